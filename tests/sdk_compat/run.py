#!/usr/bin/env python3
"""SDK parity: the official openai SDK's own test suite, straight at Prism and through the relay.

    python tests/sdk_compat/run.py [--workers 2] [--min-tests 6000] [--direct-only]
                                   [--relay-cmd "CMD ... {port}"] [-- <extra pytest args, e.g. -k models>]

1. installs Prism (npm @stoplight/prism-cli, pinned) into .cache/prism/ unless it is already there;
2. builds .cache/sdk-venv/ with the pinned openai SDK installed from its sdist (unpacked into
   .cache/sdk/openai-<version>/, whose tests/ we run) plus what its tests import; reused when present;
3. starts Prism on the upstream spec ($RELAY_SPEC, default ../shared/openai-openapi/openapi.yaml);
4. runs the SDK's tests/api_resources at Prism (TEST_API_BASE_URL=http://127.0.0.1:<prism>);
5. starts the relay (`relay serve`, with this Python) with OPENAI_BASE_URL=<prism>, relay auth on and the
   suite's keys as relay keys ("My API Key": api, "My Admin API Key": admin), and runs the same tests
   at TEST_API_BASE_URL=http://127.0.0.1:<relay>/v1;
6. compares the outcome of every test id and prints counts, times, every difference, and one line
   `parity: N/N identical`. Exits 1 if any test differs, if fewer than --min-tests ids were compared
   or if a run collected nothing or did not finish; 2 if the harness itself could not run.

Unless --no-record, recorder.py (a byte-exact recording pass-through) sits in front of Prism in the direct
run, and between the SDK and the relay and between the relay and Prism in the relay run; the harness then
also compares what reached Prism and what reached the SDK in both runs (listed; not counted in parity).

Prism and the relay are started in their own process groups and killed by PID in a finally block.
Logs and per-test outcomes (JSON) are left in .cache/sdk-compat/. SDK_COMPAT_CACHE=<dir> puts everything
that .cache/ would hold there instead.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# Everything installed or written goes under .cache/ (gitignored); SDK_COMPAT_CACHE moves it elsewhere.
CACHE = Path(os.environ.get("SDK_COMPAT_CACHE") or ROOT / ".cache").resolve()
WORK = CACHE / "sdk-compat"

PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_VERSION = "5.14.2"
PRISM_DIR = CACHE / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"

OPENAI_VERSION = "3.6.0"  # the release closest to the shared spec (2026-07-23)
OPENAI_SDIST_SHA256 = "18fe3f6e96390ef41ee27b152fc9effefca321c33673bd9b956a572493d3ab9b"
SDK_DIR = CACHE / "sdk"
SDK_SRC = SDK_DIR / f"openai-{OPENAI_VERSION}"
SDK_VENV = CACHE / "sdk-venv"
# What tests/api_resources and its conftest import, pinned to the versions in the sdist's uv.lock.
# (respx is vendored as tests/respx2; the aiohttp extra backs the `aiohttp` async_client parameter.)
SDK_TEST_REQUIREMENTS = [
    "pytest==9.0.3",
    "pytest-asyncio==1.4.0",
    "pytest-xdist==3.8.0",
    "execnet==2.1.2",
    "rich==15.0.0",
    "httpx2==2.7.0",
    "httpcore2==2.7.0",
    "pydantic==2.12.5",
    "aiohttp==3.14.3",
    "anyio==4.12.1",
    "jiter==0.16.0",
]

DEFAULT_SPEC = ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"
PRISM_PORT = 4010
MIN_TESTS = 6000
API_KEY = "My API Key"  # what the SDK's tests/conftest.py sends
ADMIN_KEY = "My Admin API Key"  # ... and on admin endpoints (admin_api_key)
UPSTREAM_KEY = "sk-sdk-compat-upstream"  # what the relay is configured to send upstream
UPSTREAM_ADMIN_KEY = "sk-admin-sdk-compat-upstream"


class HarnessError(Exception):
    """The harness could not do its job (install, start-up); not a parity result."""


def rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def log(msg: str = "") -> None:
    print(msg, flush=True)


def run(cmd: list[str], **kw) -> None:
    log("$ " + " ".join(shlex.quote(str(c)) for c in cmd))
    res = subprocess.run([str(c) for c in cmd], check=False, **kw)
    if res.returncode != 0:
        raise HarnessError(f"command failed ({res.returncode}): {' '.join(map(str, cmd))}")


# ---------------------------------------------------------------------------------------------- install


def ensure_prism() -> None:
    pkg = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if PRISM_BIN.exists() and pkg.exists() and json.loads(pkg.read_text()).get("version") == PRISM_VERSION:
        log(f"prism {PRISM_VERSION}: present in {rel(PRISM_DIR)}")
        return
    if not shutil.which("npm"):
        raise HarnessError("npm is needed to install Prism (apt-get install nodejs npm)")
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    run(["npm", "install", "--prefix", PRISM_DIR, "--no-audit", "--no-fund", "--loglevel=error",
         f"{PRISM_PACKAGE}@{PRISM_VERSION}"])
    if not PRISM_BIN.exists():
        raise HarnessError(f"npm install finished but {PRISM_BIN} is missing")


def _venv_python() -> Path:
    return SDK_VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _sdk_stamp() -> str:
    return json.dumps({"openai": OPENAI_VERSION, "sha256": OPENAI_SDIST_SHA256, "reqs": SDK_TEST_REQUIREMENTS,
                       "python": sys.version_info[:2]})


def ensure_sdk() -> None:
    stamp = SDK_VENV / ".sdk-compat-stamp"
    if (_venv_python().exists() and stamp.exists() and stamp.read_text() == _sdk_stamp()
            and (SDK_SRC / "tests" / "api_resources").is_dir()):
        log(f"openai {OPENAI_VERSION} test env: present in {rel(SDK_VENV)}")
        return
    SDK_DIR.mkdir(parents=True, exist_ok=True)
    sdist = SDK_DIR / f"openai-{OPENAI_VERSION}.tar.gz"
    if not sdist.exists() or _sha256(sdist) != OPENAI_SDIST_SHA256:
        sdist.unlink(missing_ok=True)
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
             f"openai=={OPENAI_VERSION}", "-d", SDK_DIR])
    digest = _sha256(sdist)
    if digest != OPENAI_SDIST_SHA256:
        raise HarnessError(f"{sdist.name} has sha256 {digest}, expected {OPENAI_SDIST_SHA256}")
    if SDK_SRC.exists():
        shutil.rmtree(SDK_SRC)
    with tarfile.open(sdist) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(SDK_DIR, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(SDK_DIR)
    if not (SDK_SRC / "tests" / "api_resources").is_dir():
        raise HarnessError(f"{sdist.name} has no tests/api_resources")
    if SDK_VENV.exists():
        shutil.rmtree(SDK_VENV)
    run([sys.executable, "-m", "venv", SDK_VENV])
    run([_venv_python(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         f"{SDK_SRC}[aiohttp]", *SDK_TEST_REQUIREMENTS])
    stamp.write_text(_sdk_stamp())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# -------------------------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


class Service:
    """A process started in its own process group; stopped by PID (the group) only."""

    def __init__(self, name: str, cmd: list[str], *, env: dict[str, str], cwd: Path, logfile: Path):
        self.name, self.logfile = name, logfile
        log(f"starting {name}: " + " ".join(shlex.quote(str(c)) for c in cmd))
        self._fh = open(logfile, "wb")  # noqa: SIM115 - open while the service runs
        self.proc = subprocess.Popen([str(c) for c in cmd], env=env, cwd=cwd, stdout=self._fh,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_http(self, url: str, timeout: float, *, ok_status=None) -> float:
        """Poll `url` until it answers (any HTTP status, or one of ok_status); seconds taken."""
        start = time.monotonic()
        while True:
            if self.proc.poll() is not None:
                raise HarnessError(f"{self.name} exited with {self.proc.returncode} before answering\n"
                                   + self.tail())
            status = _http_status(url)
            if status is not None and (ok_status is None or status in ok_status):
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                raise HarnessError(f"{self.name} did not answer {url} within {timeout:.0f}s"
                                   f" (last status {status})\n" + self.tail())
            time.sleep(0.5)

    def tail(self, lines: int = 40) -> str:
        try:
            text = self.logfile.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return ""
        return "\n".join(f"  | {line}" for line in text)

    def stop(self) -> None:
        if self.proc.poll() is None:
            _kill_group(self.proc, signal.SIGTERM, 10)
        self._fh.close()


def _kill_group(proc: subprocess.Popen, sig: int, grace: float) -> None:
    try:
        os.killpg(proc.pid, sig)  # the group started with start_new_session: its id is our child's PID
    except ProcessLookupError:
        return
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(10)


def _http_status(url: str, headers: dict[str, str] | None = None) -> int | None:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (OSError, ValueError):
        return None


def _clean_env() -> dict[str, str]:
    """This environment without anything that would steer the SDK or the relay behind our back."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "RELAY_", "PYTEST_", "VIRTUAL_ENV"))
           and k not in ("PYTHONPATH", "TEST_API_BASE_URL")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


# ------------------------------------------------------------------------------------------------ suite


def run_suite(label: str, base_url: str, args: argparse.Namespace) -> dict:
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"outcomes-{label}.json"
    out.unlink(missing_ok=True)
    logfile = WORK / f"pytest-{label}.log"
    env = _clean_env()
    env.update(TEST_API_BASE_URL=base_url, SDK_COMPAT_OUTCOMES=str(out), PYTHONPATH=str(HERE / "plugins"),
               PYTHONDONTWRITEBYTECODE="1")
    cmd = [str(_venv_python()), "-m", "pytest", "tests/api_resources", "-o", "addopts=", "-q", "--tb=short",
           "-p", "sdk_compat_outcomes", "-p", "no:cacheprovider", "-p", "no:randomly"]
    if args.workers > 0:
        cmd += ["-n", str(args.workers)]
    cmd += args.pytest_args
    log(f"\n== {label}: TEST_API_BASE_URL={base_url}")
    log("$ " + " ".join(shlex.quote(c) for c in cmd) + f"   (log: {rel(logfile)})")
    start = time.monotonic()
    with open(logfile, "w+b") as fh:
        proc = subprocess.Popen(cmd, cwd=SDK_SRC, env=env, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        timed_out = False
        try:
            proc.wait(args.run_timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            log(f"{label}: still running after {args.run_timeout:.0f}s; interrupting it")
            _kill_group(proc, signal.SIGINT, 30)
        finally:
            if proc.poll() is None:
                _kill_group(proc, signal.SIGKILL, 5)
        wall = time.monotonic() - start
        fh.seek(0)
        last = [line for line in fh.read().decode(errors="replace").splitlines() if line.strip()]
    log(f"{label}: pytest exit {proc.returncode} in {wall:.0f}s; last line: {last[-1] if last else '(none)'}")
    if out.exists():
        data = json.loads(out.read_text())
    else:
        data = {"collected": 0, "exitstatus": proc.returncode, "tests": {}}
        log(f"{label}: no outcome report was written; log tail:\n" + "\n".join(last[-30:]))
    data.update(wall=wall, timed_out=timed_out, returncode=proc.returncode, label=label)
    return data


def counts(data: dict) -> dict[str, int]:
    c: dict[str, int] = {}
    for entry in data["tests"].values():
        c[entry["outcome"]] = c.get(entry["outcome"], 0) + 1
    return c


def fmt_counts(data: dict) -> str:
    c = counts(data)
    order = ["passed", "failed", "error", "skipped", "xfailed", "xpassed"]
    parts = [f"{k} {c[k]}" for k in order if c.get(k)] + [f"{k} {v}" for k, v in c.items() if k not in order]
    return ", ".join(parts) or "no tests"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def short_message(text: str, limit: int = 400) -> str:
    """The gist of a failure: its `E ` lines (else its last line), on one line, truncated."""
    lines = [_ANSI.sub("", line) for line in (text or "").splitlines()]
    e_lines = [line[1:].strip() for line in lines if line.startswith("E ")]
    picked = " | ".join(e_lines[:4]) if e_lines else next((ln.strip() for ln in reversed(lines) if ln.strip()), "")
    picked = re.sub(r"\s+", " ", picked)
    return picked if len(picked) <= limit else picked[: limit - 1] + "…"


def signature(text: str) -> str:
    """A failure message with the run-specific parts (addresses, ports, ids) blanked, for grouping."""
    msg = short_message(text, 200)
    msg = re.sub(r"https?://127\.0\.0\.1:\d+(/v1)?", "<base>", msg)
    msg = re.sub(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b", "<uuid>", msg)
    msg = re.sub(r"0x[0-9a-f]+", "<addr>", msg)
    return msg


_AUTH_CLASS = {API_KEY: "api key", ADMIN_KEY: "admin key", UPSTREAM_KEY: "api key", UPSTREAM_ADMIN_KEY: "admin key"}
_BOUNDARY = re.compile(r"boundary=\"?([^\";,]+)")
_HOP_HEADERS = {"host", "content-length", "connection", "keep-alive", "transfer-encoding", "date", "server"}
RELAY_OWN_RESPONSE_HEADERS = {"x-relay-request-id"}  # the relay adds these by design: counted, not compared


def _request_key(rec: dict, prefix: str = "") -> tuple:
    """What must be equal between two recorded requests: (method, target, framing, body length, body
    digest, headers). Host, length and hop headers aside; the auth token is reduced to its kind; a
    multipart boundary and the idempotency key (random per request) are blanked. `prefix` is cut
    from the target (the client side of the relay run has /v1 in front)."""
    headers = []
    boundary = None
    for name, value in rec["headers"]:
        name = name.lower()
        if name in _HOP_HEADERS:
            continue
        if name == "authorization":
            scheme, _, token = value.partition(" ")
            value = f"{scheme} <{_AUTH_CLASS.get(token, 'other: ' + token[:12])}>"
        elif name == "idempotency-key":
            value = "<random>"
        elif name == "content-type" and (m := _BOUNDARY.search(value)):
            boundary = m.group(1)
            value = value.replace(boundary, "<boundary>")
        headers.append((name, value))
    body = rec["body_sha256"]
    if boundary and rec.get("body_b64") is not None:
        raw = base64.b64decode(rec["body_b64"]).replace(boundary.encode("latin-1"), b"<boundary>")
        body = hashlib.sha256(raw).hexdigest()
    framing = rec["framing"]
    if framing == "length" and rec["body_len"] == 0 and rec["method"] in ("GET", "HEAD", "DELETE", "OPTIONS"):
        framing = "none"  # `Content-Length: 0` on a bodiless request is the same request
    target = rec["target"]
    if prefix and target.startswith(prefix):
        target = target[len(prefix):]
    return (rec["method"], target, framing, rec["body_len"], body, tuple(sorted(headers)))


def _response_key(rec: dict, prefix: str = "") -> tuple:
    """(method, target, request body digest) to pair on, then what must be equal in the response:
    status, body length and digest, headers (hop ones, Date and Server aside; x-request-id's value blanked)."""
    req = _request_key(rec, prefix)
    resp = rec.get("response") or {"error": "no response recorded"}
    if "error" in resp:
        return (*req[:2], req[4], "error", 0, resp["error"], ())
    headers = tuple(sorted((n.lower(), "<id>" if n.lower().endswith("request-id") else v)
                           for n, v in resp["headers"]
                           if n.lower() not in _HOP_HEADERS and n.lower() not in RELAY_OWN_RESPONSE_HEADERS))
    return (*req[:2], req[4], resp["status"], resp["body_len"], resp["body_sha256"], headers)


def _header_diff(a: tuple, b: tuple) -> list[str]:
    parts = []
    for name in sorted({n for n, _ in set(a) ^ set(b)}):
        av = [v for n, v in a if n == name]
        bv = [v for n, v in b if n == name]
        parts.append(f"header {name}: {av or 'absent'} -> {bv or 'absent'}")
    return parts


def _request_diff(d: tuple, r: tuple) -> list[str]:
    parts = []
    if d[1] != r[1]:
        parts.append("path differs" if d[1].split("?")[0] != r[1].split("?")[0] else "query string differs")
    if d[2] != r[2]:
        parts.append(f"framing {d[2]} -> {r[2]}")
    if d[3:5] != r[3:5]:
        parts.append(f"body ({d[3]} -> {r[3]} bytes)")
    return parts + _header_diff(d[5], r[5])


def _response_diff(d: tuple, r: tuple) -> list[str]:
    parts = []
    if d[1] != r[1]:
        parts.append("request path differs" if d[1].split("?")[0] != r[1].split("?")[0]
                     else "request query string differs")
    if d[2] != r[2]:
        parts.append("request body differs")
    if d[3] != r[3]:
        parts.append(f"status {d[3]} -> {r[3]}" + (f" ({str(r[5])[:120]})" if r[3] == "error" else ""))
    if d[4:6] != r[4:6]:
        parts.append(f"body ({d[4]} -> {r[4]} bytes)")
    return parts + _header_diff(d[6], r[6])


def _read_records(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def compare_traffic(title: str, a: list[tuple], b: list[tuple], diff) -> int:
    """Compare two multisets of normalized records; print a summary and what differs, grouped."""
    from collections import Counter

    ca, cb = Counter(a), Counter(b)
    only_a, only_b = ca - cb, cb - ca
    log(f"{title}: {len(a)} direct, {len(b)} through the relay, {sum((ca & cb).values())} identical")
    if not only_a and not only_b:
        return 0
    by_path: dict[tuple, tuple[list, list]] = {}  # pair leftovers by method + path, closest twin first
    for side, only in ((0, only_a), (1, only_b)):
        for key, n in only.items():
            by_path.setdefault((key[0], key[1].split("?")[0]), ([], []))[side].extend([key] * n)
    reasons: Counter = Counter()
    examples: dict[str, str] = {}
    for ds, rs in by_path.values():
        rs = list(rs)
        for d in ds:
            example = d[1]
            if not rs:
                reason = "only direct"
            else:
                diffs = [diff(d, r) for r in rs[:300]]
                best = min(range(len(diffs)), key=lambda i: len(diffs[i]))
                reason = "; ".join(diffs[best]) or "?"
                if rs[best][1] != d[1]:
                    example = f"{d[1]} -> {rs[best][1]}"
                rs.pop(best)
            reasons[reason] += 1
            examples.setdefault(reason, f"{d[0]} {example}")
        for r in rs:
            reasons["only through the relay"] += 1
            examples.setdefault("only through the relay", f"{r[0]} {r[1]}")
    log(f"  {sum(only_a.values())} direct without an identical one through the relay, "
        f"{sum(only_b.values())} the other way round:")
    for reason, n in reasons.most_common(30):
        log(f"  {n:5d} x {reason[:300]}\n          e.g. {examples[reason][:240]}")
    if len(reasons) > 30:
        log(f"  ... {len(reasons) - 30} more kinds")
    return sum(only_a.values()) + sum(only_b.values())


def compare_recorded(traffic: dict[str, tuple[Path, int]]) -> None:
    """What reached upstream (Prism) and what came back to the SDK, direct vs through the relay.
    Listed, not counted in parity. The first N lines of each file are the harness's own probes."""
    recs = {label: _read_records(path)[skip:] for label, (path, skip) in traffic.items()}
    log("")
    compare_traffic("upstream requests (method, raw path and query, framing, body, headers but host, "
                    "length and the auth key's kind)",
                    [_request_key(r) for r in recs["direct"]], [_request_key(r) for r in recs["upstream"]],
                    _request_diff)
    compare_traffic("responses to the SDK (status, body, headers but hop ones, date, server; *request-id "
                    "values)",
                    [_response_key(r) for r in recs["direct"]],
                    [_response_key(r, "/v1") for r in recs["client"]], _response_diff)
    for name in sorted(RELAY_OWN_RESPONSE_HEADERS):
        n = sum(1 for r in recs["client"]
                if any(h.lower() == name for h, _ in (r.get("response") or {}).get("headers", [])))
        log(f"relay's own response header {name}: on {n} of {len(recs['client'])} responses (not compared)")


def compare(direct: dict, relay: dict, args: argparse.Namespace, traffic: dict | None) -> int:
    d_tests, r_tests = direct["tests"], relay["tests"]
    ids = sorted(set(d_tests) | set(r_tests))
    diffs = []
    same_fail_other_msg = []
    for tid in ids:
        d, r = d_tests.get(tid), r_tests.get(tid)
        d_out = d["outcome"] if d else "missing"
        r_out = r["outcome"] if r else "missing"
        if d_out != r_out:
            diffs.append((tid, d_out, r_out, (r or {}).get("message") or (d or {}).get("message") or ""))
        elif d_out in ("failed", "error") and signature(d["message"]) != signature(r["message"]):
            same_fail_other_msg.append((tid, d["message"], r["message"]))

    log("\n== SDK parity: openai " + OPENAI_VERSION + " tests/api_resources")
    for data, name in ((direct, "direct (Prism)"), (relay, "through the relay")):
        log(f"{name:>18}: {len(data['tests'])} test ids, {fmt_counts(data)}; {data['wall']:.0f}s wall"
            f"{' (TIMED OUT)' if data['timed_out'] else ''}")

    if diffs:
        log(f"\n{len(diffs)} test(s) differ (direct -> relay):")
        groups: dict[tuple[str, str, str], list[str]] = {}
        for tid, d_out, r_out, msg in diffs:
            groups.setdefault((d_out, r_out, signature(msg)), []).append(tid)
        log("  grouped by change and failure message:")
        for (d_out, r_out, sig), tids in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            log(f"  {len(tids):5d} x {d_out} -> {r_out}: {sig or '(no message)'}")
        shown = diffs if args.show_all or len(diffs) <= args.max_listed else diffs[: args.max_listed]
        log("  every difference:" if shown is diffs else f"  first {len(shown)} differences:")
        for tid, d_out, r_out, msg in shown:
            log(f"  {tid}: {d_out} -> {r_out}" + (f"\n      {short_message(msg)}" if msg else ""))
        if shown is not diffs:
            log(f"  ... {len(diffs) - len(shown)} more (all in {rel(WORK / 'differences.txt')})")
    with open(WORK / "differences.txt", "w", encoding="utf-8") as fh:
        for tid, d_out, r_out, msg in diffs:
            fh.write(f"{tid}: {d_out} -> {r_out}\n{msg}\n\n")

    if same_fail_other_msg:
        log(f"\nnote: {len(same_fail_other_msg)} test(s) fail both ways but with a different message "
            f"(same outcome, counted identical; {rel(WORK / 'same-outcome-other-message.txt')}):")
        for tid, dm, rm in same_fail_other_msg[:10]:
            log(f"  {tid}\n      direct: {short_message(dm, 200)}\n      relay:  {short_message(rm, 200)}")
    with open(WORK / "same-outcome-other-message.txt", "w", encoding="utf-8") as fh:
        for tid, dm, rm in same_fail_other_msg:
            fh.write(f"{tid}\n--- direct\n{dm}\n--- relay\n{rm}\n\n")

    if traffic:
        compare_recorded(traffic)

    problems = []
    for data, name in ((direct, "direct"), (relay, "relay")):
        if not data["tests"]:
            problems.append(f"the {name} run recorded no tests")
        if data["timed_out"]:
            problems.append(f"the {name} run did not finish within {args.run_timeout:.0f}s")
        if data["returncode"] not in (0, 1):
            problems.append(f"the {name} run's pytest exited with {data['returncode']}")
        if data.get("collected") and data["collected"] != len(data["tests"]):
            problems.append(f"the {name} run collected {data['collected']} tests but reported "
                            f"{len(data['tests'])}")
    if len(ids) < args.min_tests:
        problems.append(f"only {len(ids)} test ids compared (at least {args.min_tests} expected)")
    identical = len(ids) - len(diffs)
    log("")
    for p in problems:
        log(f"problem: {p}")
    log(f"parity: {identical}/{len(ids)} identical")
    return 1 if diffs or problems else 0


# ------------------------------------------------------------------------------------------------- main


def relay_command(port: int, args: argparse.Namespace) -> list[str]:
    if args.relay_cmd:  # e.g. another relay build to compare against: "{port}" is replaced
        return [part.replace("{port}", str(port)) for part in shlex.split(args.relay_cmd)]
    script = Path(sys.executable).parent / "relay"
    if script.exists():
        return [str(script), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return [sys.executable, "-m", "runtime.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]


def check_relay_auth(base: str) -> None:
    """Relay auth must be on for this comparison: no key -> 401/403; the suite's key -> not 401."""
    anonymous = _http_status(base + "/models")
    keyed = _http_status(base + "/models", {"Authorization": f"Bearer {API_KEY}"})
    log(f"relay auth check: GET /v1/models without a key -> {anonymous}, with {API_KEY!r} -> {keyed}")
    if anonymous not in (401, 403):
        raise HarnessError("the relay answered a request without a key: relay auth is not on")
    if keyed in (401, 403):
        raise HarnessError(f"the relay refused the suite's key {API_KEY!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=int(os.environ.get("SDK_COMPAT_WORKERS", "2")),
                        help="pytest-xdist workers per run (0: no xdist)")
    parser.add_argument("--spec", default=os.environ.get("RELAY_SPEC", str(DEFAULT_SPEC)),
                        help="the spec Prism serves (env RELAY_SPEC)")
    parser.add_argument("--min-tests", type=int, default=MIN_TESTS, help="fail if fewer test ids are compared")
    parser.add_argument("--run-timeout", type=float, default=360.0, help="seconds allowed per suite run")
    parser.add_argument("--max-listed", type=int, default=200, help="differences printed one by one")
    parser.add_argument("--show-all", action="store_true", help="print every difference however many")
    parser.add_argument("--relay-cmd", default=os.environ.get("SDK_COMPAT_RELAY_CMD"),
                        help="command that serves a relay on {port} instead of `relay serve`")
    parser.add_argument("--direct-only", action="store_true", help="only the run straight at Prism")
    parser.add_argument("--no-record", action="store_true",
                        help="no recording pass-throughs: the SDK talks to Prism and the relay directly, "
                             "and what upstream and the SDK received is not compared")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --), e.g. -k models")
    args = parser.parse_args(argv)

    spec = Path(args.spec).resolve()
    if not spec.is_file():
        log(f"error: no spec at {spec} (set RELAY_SPEC, or fetch it: nox -s fetch_spec)")
        return 2
    WORK.mkdir(parents=True, exist_ok=True)

    services: list[Service] = []
    keys_dir = tempfile.TemporaryDirectory(prefix="sdk-compat-")

    def _on_term(signum, frame):  # nox / CI stopping us: still run the finally block
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _on_term)
    started = time.monotonic()
    try:
        ensure_prism()
        ensure_sdk()
        log(f"setup: {time.monotonic() - started:.0f}s")

        prism_port = PRISM_PORT if port_free(PRISM_PORT) else free_port()
        if prism_port != PRISM_PORT:
            log(f"port {PRISM_PORT} is taken; Prism gets {prism_port}")
        prism_url = f"http://127.0.0.1:{prism_port}"
        prism = Service("prism", [PRISM_BIN, "mock", spec, "-p", str(prism_port), "-h", "127.0.0.1",
                                  "-v", "fatal"], env=_clean_env(), cwd=ROOT, logfile=WORK / "prism.log")
        services.append(prism)

        # recording pass-throughs (unless --no-record): SDK -> [direct] -> Prism in the direct run;
        # SDK -> [client] -> relay -> [upstream] -> Prism in the relay run
        recorders: dict[str, tuple[Service, str, Path]] = {}

        def recorder(label: str, upstream: str) -> str:
            port = free_port()
            out = WORK / f"traffic-{label}.jsonl"
            out.unlink(missing_ok=True)
            rec = Service(f"recorder ({label})", [sys.executable, HERE / "recorder.py", "--port", str(port),
                                                  "--upstream", upstream, "--out", out],
                          env=_clean_env(), cwd=ROOT, logfile=WORK / f"recorder-{label}.log")
            services.append(rec)
            recorders[label] = (rec, f"http://127.0.0.1:{port}", out)
            return f"http://127.0.0.1:{port}"

        direct_url = relay_upstream = prism_url
        if not args.no_record:
            direct_url = recorder("direct", prism_url)
            relay_upstream = recorder("upstream", prism_url)

        relay = relay_url = None
        if not args.direct_only:
            keys_file = Path(keys_dir.name) / "keys.yaml"
            keys_file.write_text(
                "keys:\n"
                f"  - {{name: sdk, key: {json.dumps(API_KEY)}, scopes: [api]}}\n"
                f"  - {{name: sdk-admin, key: {json.dumps(ADMIN_KEY)}, scopes: [admin]}}\n")
            relay_port = free_port()
            relay_env = _clean_env()
            relay_env.update(OPENAI_BASE_URL=relay_upstream, OPENAI_API_KEY=UPSTREAM_KEY,
                             OPENAI_ADMIN_KEY=UPSTREAM_ADMIN_KEY, RELAY_AUTH="true",
                             RELAY_KEYS_FILE=str(keys_file), RELAY_LOG_LEVEL="warning",
                             PYTHONPATH=str(ROOT))
            relay = Service("relay", relay_command(relay_port, args), env=relay_env, cwd=ROOT,
                            logfile=WORK / "relay.log")
            services.append(relay)
            relay_url = f"http://127.0.0.1:{relay_port}"
            client_url = recorder("client", relay_url) if not args.no_record else relay_url

        took = prism.wait_http(prism_url + "/models", timeout=180)
        log(f"prism answers on {prism_url} after {took:.0f}s")
        for label in ("direct", "upstream"):
            if label in recorders:
                recorders[label][0].wait_http(recorders[label][1] + "/models", timeout=60)
        probes = {label: len(_read_records(out)) for label, (_, _, out) in recorders.items()}
        direct = run_suite("direct", direct_url, args)
        if args.direct_only:
            log(f"\ndirect (Prism): {len(direct['tests'])} test ids, {fmt_counts(direct)}; "
                f"{direct['wall']:.0f}s wall")
            ok = direct["tests"] and direct["returncode"] in (0, 1) and not direct["timed_out"]
            return 0 if ok else 1

        try:
            relay.wait_http(relay_url + "/health", timeout=90, ok_status=(200,))
        except HarnessError as exc:
            log(f"\ndirect (Prism): {len(direct['tests'])} test ids, {fmt_counts(direct)}; "
                f"{direct['wall']:.0f}s wall")
            log(f"error: {exc}")
            log(f"parity: 0/{len(direct['tests'])} identical")
            return 1
        log(f"relay answers on {relay_url}/health")
        check_relay_auth(relay_url + "/v1")
        if "client" in recorders:
            recorders["client"][0].wait_http(client_url + "/health", timeout=60, ok_status=(200,))
        for label, (_, _, out) in recorders.items():
            if label != "direct":
                probes[label] = len(_read_records(out))
        through = run_suite("relay", client_url + "/v1", args)
        if relay.proc.poll() is not None:
            log(f"warning: the relay exited ({relay.proc.returncode}) during the run\n" + relay.tail())
        traffic = {label: (out, probes[label]) for label, (_, _, out) in recorders.items()} or None
        status = compare(direct, through, args, traffic)
        log(f"total: {time.monotonic() - started:.0f}s (logs and outcomes in {rel(WORK)}/)")
        return status
    except HarnessError as exc:
        log(f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        for service in reversed(services):
            service.stop()
        keys_dir.cleanup()


if __name__ == "__main__":
    sys.exit(main())
