"""Benchmarks: the relay against the upstream direct, nginx proxy_pass, a seed-style relay and a lean relay.

    python bench/run.py [--duration 5] [--scenarios 1,2,3,4,5,6,clients] [--repeat 1] [--strict]

Everything runs on 127.0.0.1 in one run (so the ratios survive machine noise); every process started is
ended at the end. Needs `wrk`, `nginx` and `curl` (`apt-get install -y wrk nginx curl`; `nox -s bench`
installs them when it runs as root). Prints one table per scenario and one `ratio ...` line per scenario;
exits 0 unless `--strict` and a target was missed.

Scenarios: 1 small JSON POST c=1 · 2 small JSON POST c=32 · 3 SSE timing · 4 1 GiB upload/download ·
5 generate cold/warm and start-up · 6 route dispatch first vs last route · team: what each part of the team
layer costs (database keys, limits in memory and Redis, metrics and JSON logs, the ledger, the connection
layer; with `--before PATH`, an earlier checkout too) · clients: upstream client choice in a lean relay ·
servers: ASGI server options (opt-in) · profile: py-spy of the relay under load (opt-in) · hardening:
bench/hardening_bench.py, hostile clients and first-run figures (opt-in; needs none of the tools).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as H
import sse_client

KEY = "bench-key"
UPSTREAM_KEY = "sk-bench"
SMALL_BODY = json.dumps({"model": "gpt-bench", "messages": [{"role": "user", "content": "Say hello."}],
                         "max_tokens": 16}, separators=(",", ":"))
CHAT = "/v1/chat/completions"
DEFAULT_SCENARIOS = "1,2,3,4,5,6,team,app,clients"
ALL_SCENARIOS = DEFAULT_SCENARIOS + ",servers,profile,hardening"
SELF_CONTAINED = {"hardening"}  # scenarios that start their own upstream and need neither wrk, nginx nor curl
GiB = 1 << 30


class Unavailable(Exception):
    pass


@dataclass
class Target:
    key: str
    label: str
    base: str
    auth: str = ""
    proc: H.Proc | None = None
    warm: bool = True  # Python targets: a 1 s wrk run first, to fill the pools


@dataclass
class Check:
    scenario: str
    what: str
    value: float
    target: str
    met: bool | None  # None: not measured

    def status(self) -> str:
        return "n/a" if self.met is None else ("MET" if self.met else "MISSED")


class Bench:
    def __init__(self, args, tmp: Path):
        self.args = args
        self.tmp = tmp
        self.procs = H.Procs(tmp)
        self.targets: dict[str, Target] = {}
        self.failed: dict[str, str] = {}
        self.checks: list[Check] = []
        self.startups: list[float] = []
        self.results: dict = {}
        self.up_ng = H.free_port()
        self.up_py = H.free_port()
        self.big_file = tmp / "big" / "big.bin"

    # ------------------------------------------------------------ processes

    def start_upstreams(self) -> None:
        self.big_file.parent.mkdir()
        os.chmod(self.tmp, 0o755)
        os.chmod(self.big_file.parent, 0o755)
        with open(self.big_file, "wb") as f:
            f.truncate(self.args.big_bytes)
        os.chmod(self.big_file, 0o644)
        ng = H.start_nginx(self.procs, "nginx-upstream", H.nginx_upstream_conf(self.tmp / "nginx-upstream", self.up_ng,
                                                                               self.big_file), [self.up_ng])
        p = self.procs.spawn("upstream-py", [H.python(), str(H.BENCH / "upstream_py.py"), "--port", str(self.up_py),
                                             "--events", str(self.args.sse_events),
                                             "--interval", str(self.args.sse_interval_ms / 1000)])
        H.wait_port(p, self.up_py)
        self.targets["direct"] = Target("direct", "upstream direct (nginx)", f"http://127.0.0.1:{self.up_ng}",
                                        proc=ng, warm=False)
        self.targets["direct-py"] = Target("direct-py", "upstream direct (asyncio)", f"http://127.0.0.1:{self.up_py}",
                                           proc=p, warm=False)

    def get(self, key: str) -> Target:
        if key in self.targets:
            return self.targets[key]
        if key in self.failed:
            raise Unavailable(self.failed[key])
        try:
            self.targets[key] = self._start(key)
        except Exception as exc:  # noqa: BLE001 - a target that cannot start is reported, not fatal
            self.failed[key] = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else repr(exc)
            log = getattr(exc, "log", "")
            print(f"  ! {key} unavailable: {exc}{log}", flush=True)
            raise Unavailable(self.failed[key]) from None
        return self.targets[key]

    def _upstream(self, key: str) -> str:
        port = self.up_py if key.endswith("-py") or key in ("relay-up",) else self.up_ng
        return f"http://127.0.0.1:{port}"

    def _start(self, key: str) -> Target:
        up = self._upstream(key)
        port = H.free_port()
        if key in ("nginx", "nginx-py"):
            other = "nginx-py" if key == "nginx" else "nginx"
            px_ng, px_py = (port, H.free_port()) if key == "nginx" else (H.free_port(), port)
            px = H.start_nginx(self.procs, "nginx-proxy", H.nginx_proxy_conf(self.tmp / "nginx-proxy",
                                                                             {px_ng: self.up_ng, px_py: self.up_py}),
                               [px_ng, px_py])
            self.targets[other] = Target(other, "nginx proxy_pass", f"http://127.0.0.1:{px_py if key == 'nginx' else px_ng}",
                                         KEY, px, warm=False)
            return Target(key, "nginx proxy_pass", f"http://127.0.0.1:{port}", KEY, px, warm=False)
        if key.startswith("seed"):
            p = self.procs.spawn(key, [H.python(), "-m", "uvicorn", "--app-dir", str(H.BENCH), "seed_relay:app",
                                       "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                                 env={"SEED_UPSTREAM": up + "/v1", "SEED_KEY": KEY, "OPENAI_API_KEY": UPSTREAM_KEY})
            H.wait_port(p, port)
            return Target(key, "seed-style FastAPI+httpx", f"http://127.0.0.1:{port}", KEY, p)
        if key.startswith("lean"):  # lean, lean:<client>, lean:<client>:<server variant>
            parts = key.split(":")
            client = parts[1] if len(parts) > 1 else "aiohttp"
            variant = parts[2] if len(parts) > 2 else "uvicorn"
            if client == "httpx-aiohttp" and not _importable("httpx_aiohttp"):
                raise RuntimeError("httpx-aiohttp is not installed (pip install httpx-aiohttp)")
            argv = _server_argv(variant, "lean_relay:app", port)
            p = self.procs.spawn(key.replace(":", "_"), argv,
                                 env={"LEAN_CLIENT": client, "LEAN_UPSTREAM": up + "/v1", "OPENAI_API_KEY": UPSTREAM_KEY})
            H.wait_port(p, port)
            label = f"lean ASGI + {client}" + (f" [{variant}]" if variant != "uvicorn" else "")
            return Target(key, label, f"http://127.0.0.1:{port}", KEY, p)
        if key.startswith("team:"):
            return self._start_team(key, up, port)
        if key.startswith("relay"):
            workers = 2 if key == "relay-w2" else 1
            env = self.relay_env(up)
            if key == "relay-aiohttp":  # the runtime's other upstream transport, for the client choice
                env["RELAY_UPSTREAM_CLIENT"] = "aiohttp"
            p = self.procs.spawn(key, [H.python(), "-m", "runtime.cli", "serve", "--host", "127.0.0.1",
                                       "--port", str(port), "--workers", str(workers)], env=env)
            self.startups.append(H.wait_http(p, f"http://127.0.0.1:{port}/health", timeout=30))
            label = f"relay {workers} worker" + ("s" if workers > 1 else "")
            if key == "relay-aiohttp":
                label += " (aiohttp client)"
            return Target(key, label, f"http://127.0.0.1:{port}", KEY, p)
        raise KeyError(key)

    def _start_team(self, key: str, up: str, port: int) -> Target:
        """The relay with one part of the team layer changed, for the cost of each part (scenario `team`)."""
        variant = key.split(":", 1)[1]
        data = Path(tempfile.mkdtemp(prefix=key.replace(":", "_") + "-", dir=self.tmp))
        env = self.relay_env(up) | {"RELAY_DATA_DIR": str(data)}
        # every variant of this build starts the same way (bench/relay_variant.py), so only its tweak differs
        argv = [H.python(), str(H.BENCH / "relay_variant.py")]
        cwd = H.ROOT
        auth = KEY
        if variant == "before":
            cwd = Path(self.args.before).resolve()
            env = self.relay_env(up) | {"PYTHONPATH": str(cwd)}
            argv = [H.python(), "-m", "runtime.cli", "serve"]
        if variant in ("nometrics", "noledger", "uvicorn"):
            env[{"nometrics": "BENCH_NO_METRICS", "noledger": "BENCH_NO_LEDGER",
                 "uvicorn": "BENCH_UVICORN_HTTP"}[variant]] = "1"
        if variant == "json":
            env["RELAY_LOG_FORMAT"] = "json"
        if variant == "redis":
            env["RELAY_REDIS_URL"] = self.redis_url()
        if variant in ("dbkey", "limits", "rates", "budget", "redis"):  # a database key, made with the CLI first
            rates = ["--rpm", "1000000000", "--tpm", "1000000000000", "--max-concurrent", "100000"]
            budget = ["--budget-usd", "1000000000"]
            limits = {"dbkey": [], "rates": rates, "budget": budget}.get(variant, rates + budget)
            import subprocess
            done = subprocess.run([H.python(), "-m", "runtime.cli", "keys", "create", f"bench-{variant}", "--json",
                                   *limits], env=dict(os.environ) | env, cwd=H.ROOT, capture_output=True, text=True,
                                  timeout=60)
            if done.returncode:
                raise RuntimeError(f"relay keys create failed: {done.stderr.strip()[-300:]}")
            auth = json.loads(done.stdout)["key"]
        p = self.procs.spawn(key.replace(":", "_"), [*argv, "--host", "127.0.0.1", "--port", str(port)], env=env,
                             cwd=cwd)
        H.wait_http(p, f"http://127.0.0.1:{port}/health", timeout=30)
        return Target(key, TEAM_VARIANTS[variant], f"http://127.0.0.1:{port}", auth, p)

    def redis_url(self) -> str:
        if getattr(self, "_redis", None) is None:
            sys.path.insert(0, str(H.ROOT / "tests"))
            from services import start_redis

            self._redis = start_redis()
            self._redis_url = self._redis.__enter__()
        return self._redis_url

    def relay_env(self, upstream: str) -> dict:
        return {"RELAY_KEYS": KEY, "OPENAI_API_KEY": UPSTREAM_KEY, "OPENAI_ADMIN_KEY": "sk-admin-bench",
                "OPENAI_BASE_URL": upstream + "/v1",
                "RELAY_MAX_BODY_BYTES": str(4 * GiB), "RELAY_AUTH": "true", "PYTHONUNBUFFERED": "1"}

    def stop(self, key: str) -> None:
        t = self.targets.pop(key, None)
        if t is not None and t.proc is not None:
            self.procs.stop(t.proc)

    # ------------------------------------------------------------ helpers

    def wrk(self, t: Target, conns: int, path: str = CHAT, method: str = "POST", body: str = SMALL_BODY,
            duration: float | None = None) -> H.WrkResult:
        duration = duration or self.args.duration
        url = t.base + path
        if t.warm:
            H.wrk(url, conns=conns, duration=1, method=method, body=body, auth=t.auth)
        runs = []
        for _ in range(self.args.repeat):
            cpu0 = t.proc.cpu_by_pid() if t.proc is not None else None
            wait0 = t.proc.runqueue_wait_s() if t.proc is not None else 0.0
            r = H.wrk(url, conns=conns, duration=duration, method=method, body=body, auth=t.auth)
            if cpu0 is not None and r.requests:
                cpu1 = t.proc.cpu_by_pid()
                split = {pid: cpu1[pid] - cpu0.get(pid, 0.0) for pid in cpu1}
                r.cpu_us = sum(split.values()) / r.requests * 1e6
                r.raw["cpu_us"] = r.cpu_us
                r.raw["cpu_split_s"] = sorted((round(v, 2) for v in split.values() if v > 0.05), reverse=True)
                r.raw["cpu_busy"] = sum(split.values()) / (r.raw["duration_us"] / 1e6)  # cores in use
                r.raw["runq_wait"] = (t.proc.runqueue_wait_s() - wait0) / (r.raw["duration_us"] / 1e6)
            runs.append(r)
        runs.sort(key=lambda r: r.rps)
        res = runs[len(runs) // 2]
        if self.args.repeat > 1:
            res.raw["rps_runs"] = [round(r.rps) for r in runs]
        if res.errors or res.requests == 0:
            print(f"  ! {t.label}: {res.errors} errors of {res.requests} requests ({res.raw})", flush=True)
        return res

    def check(self, scenario: str, what: str, value: float | None, target: str, ok) -> None:
        met = None if value is None else bool(ok(value))
        self.checks.append(Check(scenario, what, value if value is not None else float("nan"), target, met))


def _server_argv(variant: str, app: str, port: int) -> list[str]:
    py = H.python()
    base = [py, "-m", "uvicorn", "--app-dir", str(H.BENCH), app, "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "warning"]
    variants = {
        "uvicorn": ["--no-access-log", "--http", "httptools", "--loop", "uvloop"],
        "uvicorn-accesslog": ["--http", "httptools", "--loop", "uvloop", "--log-level", "info"],
        "uvicorn-h11": ["--no-access-log", "--http", "h11", "--loop", "uvloop"],
        "uvicorn-asyncio": ["--no-access-log", "--http", "httptools", "--loop", "asyncio"],
        "uvicorn-backlog": ["--no-access-log", "--backlog", "4096", "--limit-concurrency", "1000"],
        "uvicorn-w2": ["--no-access-log", "--workers", "2"],
    }
    if variant.startswith("granian"):
        extra = ["--workers", "2"] if variant == "granian-w2" else []
        return [py, "-m", "granian", "--interface", "asgi", "--host", "127.0.0.1", "--port", str(port),
                "--loop", "uvloop", "--http", "1", "--no-ws", "--log-level", "warning", "--working-dir",
                str(H.BENCH), *extra, app]
    return base + variants[variant]


# ---------------------------------------------------------------- output

def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    print(f"\n### {title}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(x).ljust(w) for x, w in zip(r, widths)) + " |")
    sys.stdout.flush()


def fmt(x, spec=",.0f", na="n/a"):
    return na if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, spec)


# ---------------------------------------------------------------- scenarios

def _wrk_rows(b: Bench, keys: list[str], conns: int) -> tuple[dict[str, H.WrkResult], list[list[str]]]:
    res, rows = {}, []
    for key in keys:
        try:
            t = b.get(key)
        except Unavailable as exc:
            rows.append([key, "n/a", "n/a", "n/a", "n/a", "n/a", f"unavailable: {exc}"[:70]])
            continue
        r = b.wrk(t, conns)
        res[key] = r
        note = f"{r.errors} errors" if r.errors else ""
        if "rps_runs" in r.raw:
            note = (note + " runs " + "/".join(f"{x:,}" for x in r.raw["rps_runs"])).strip()
        rows.append([t.label, fmt(r.rps), fmt(r.p50_ms, ".3f"), fmt(r.p90_ms, ".3f"), fmt(r.p99_ms, ".3f"),
                     fmt(r.cpu_us, ".0f"), note])
        print(f"  {t.label:34s} c={conns}: {r.short()}, {fmt(r.cpu_us, '.0f')} us CPU/request", flush=True)
    return res, rows


def scenario_1(b: Bench) -> None:
    print("\n== 1: small JSON POST, c=1", flush=True)
    keys = ["direct", "nginx", "seed", "lean", "relay"]
    res, rows = _wrk_rows(b, keys, 1)
    table(f"1. small JSON POST {CHAT}, c=1, {b.args.duration:g} s", ["target", "rps", "p50 ms", "p90 ms", "p99 ms", "CPU us/req", "note"], rows)
    d = res.get("direct")
    added = {k: r.p50_ms - d.p50_ms for k, r in res.items()} if d else {}
    relay_added = added.get("relay")
    b.check("1", "relay p50 added over direct, c=1 (ms)", relay_added, "<= 0.40", lambda v: v <= 0.40)
    b.results["1"] = {k: r.raw for k, r in res.items()}
    print("ratio 1 (c=1 p50 added over direct): " + ", ".join(
        f"{b.targets[k].label} +{v:.3f} ms" for k, v in added.items() if k != "direct")
        + f" | target relay <= 0.400 ms: {b.checks[-1].status()}")


def scenario_2(b: Bench) -> None:
    print("\n== 2: small JSON POST, c=32", flush=True)
    keys = ["direct", "nginx", "seed", "lean", "relay", "relay-w2"]
    res, rows = _wrk_rows(b, keys, 32)
    table(f"2. small JSON POST {CHAT}, c=32, {b.args.duration:g} s", ["target", "rps", "p50 ms", "p90 ms", "p99 ms", "CPU us/req", "note"], rows)
    rps = {k: r.rps for k, r in res.items() if not r.errors}

    def ratio(a, c):
        return rps[a] / rps[c] if a in rps and c in rps and rps[c] else None

    vs_nginx, vs_seed, scale = ratio("relay", "nginx"), ratio("relay", "seed"), ratio("relay-w2", "relay")
    lean_nginx = ratio("lean", "nginx")
    b.check("2", "relay 1w rps / nginx rps", vs_nginx, ">= 0.12", lambda v: v >= 0.12)
    b.check("2", "relay 1w rps / seed-style rps", vs_seed, ">= 10", lambda v: v >= 10)
    b.check("2", "relay 2w rps / relay 1w rps", scale, ">= 1.7", lambda v: v >= 1.7)
    b.results["2"] = {k: r.raw for k, r in res.items()}
    cpu = {k: r.cpu_us for k, r in res.items() if r.cpu_us}

    def cpu_ratio(a, c):  # how many requests of `a` one request of `c` costs, by CPU: c/a
        return cpu[c] / cpu[a] if a in cpu and c in cpu else None

    w1, w2 = res.get("relay"), res.get("relay-w2")
    if w1 and w2 and w1.cpu_us and w2.cpu_us:
        print(f"  relay CPU in use during the run: 1 worker {w1.raw['cpu_busy']:.2f} cores (and runnable but waiting "
              f"for a CPU {w1.raw['runq_wait']:.2f} cores' worth), 2 workers {w2.raw['cpu_busy']:.2f} cores (waiting "
              f"{w2.raw['runq_wait']:.2f}; per process, CPU s: {w2.raw['cpu_split_s']}); CPU/request 2w/1w "
              f"{w2.cpu_us / w1.cpu_us:.2f}x; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    b.check("2", "relay 1w CPU/request: nginx's / relay's (noise-robust view of rps / nginx)",
            cpu_ratio("relay", "nginx"), ">= 0.12", lambda v: v >= 0.12)
    b.check("2", "relay 1w CPU/request: seed-style's / relay's", cpu_ratio("relay", "seed"), ">= 10", lambda v: v >= 10)
    print(f"ratio 2 (c=32 rps): relay/nginx {fmt(vs_nginx, '.1%')} (>= 12%), relay/seed {fmt(vs_seed, '.1f')}x (>= 10x), "
          f"2w/1w {fmt(scale, '.2f')}x (>= 1.7x), lean-aiohttp/nginx {fmt(lean_nginx, '.1%')}; by CPU per request: "
          f"relay {fmt(cpu.get('relay'), '.0f')} us, nginx {fmt(cpu.get('nginx'), '.0f')} us, lean {fmt(cpu.get('lean'), '.0f')} us, "
          f"seed {fmt(cpu.get('seed'), '.0f')} us -> relay/nginx {fmt(cpu_ratio('relay', 'nginx'), '.1%')}, "
          f"relay/seed {fmt(cpu_ratio('relay', 'seed'), '.1f')}x | "
          + ", ".join(f"{c.what.split(' rps')[0]}: {c.status()}" for c in b.checks[-5:-2]))


def scenario_3(b: Bench) -> None:
    print(f"\n== 3: SSE, {b.args.sse_events} events {b.args.sse_interval_ms:g} ms apart", flush=True)
    keys = ["direct-py", "nginx-py", "seed-py", "relay-py"]
    res, rows = {}, []
    for key in keys:
        try:
            t = b.get(key)
            r = sse_client.run(t.base + CHAT, auth=t.auth, runs=b.args.sse_runs)
        except Unavailable as exc:
            rows.append([key] + ["n/a"] * 8 + [f"unavailable: {exc}"[:60]])
            continue
        except Exception as exc:  # noqa: BLE001
            rows.append([b.targets[key].label] + ["n/a"] * 8 + [f"failed: {exc}"[:60]])
            continue
        res[key] = r
        rows.append([t.label, f"{r['ttfb_ms']:.2f} / {r['ttfb_p90']:.2f}", fmt(r["lat_p50"], ".2f"), fmt(r["lat_p99"], ".2f"),
                     fmt(r["dev_p50"], ".2f"), fmt(r["dev_p99"], ".2f"), fmt(r["dev_max"], ".2f"), str(r["events"]),
                     f"{r['reads']} / {r['batched']}", ""])
        print(f"  {t.label:34s} ttfb p50 {r['ttfb_ms']:.2f} ms p90 {r['ttfb_p90']:.2f} ms, latency p50/p99 {r['lat_p50']:.2f}/{r['lat_p99']:.2f} ms, "
              f"|gap - upstream gap| p50/p99/max {r['dev_p50']:.2f}/{r['dev_p99']:.2f}/{r['dev_max']:.2f} ms, "
              f"{r['events']} events in {r['reads']} reads", flush=True)
    table(f"3. SSE POST {CHAT}, {b.args.sse_events} events {b.args.sse_interval_ms:g} ms apart, {b.args.sse_runs} streams each, "
          "TTFB over 15 short streams "
          "(latency = arrival - upstream send; gap dev = |arrival gap - send gap|)",
          ["target", "TTFB p50/p90 ms", "lat p50", "lat p99", "gap dev p50", "gap dev p99", "gap dev max", "events",
           "reads / batched", "note"], rows)
    d, r = res.get("direct-py"), res.get("relay-py")
    ttfb = r["ttfb_ms"] - d["ttfb_ms"] if d and r else None
    gap = r["dev_p99"] if r else None
    b.check("3", "relay SSE TTFB added, median of 15 (ms)", ttfb, "<= 1.0", lambda v: v <= 1.0)
    b.check("3", "relay SSE per-event gap vs upstream's, p99 |dev| (ms)", gap, "<= 2.0", lambda v: v <= 2.0)
    b.results["3"] = res
    nginx = res.get("nginx-py")
    ng = f"nginx TTFB +{nginx['ttfb_ms'] - d['ttfb_ms']:.2f} ms" if nginx and d else "nginx n/a"
    print(f"ratio 3 (SSE vs upstream): relay TTFB +{fmt(ttfb, '.2f')} ms (<= 1 ms: {b.checks[-2].status()}), "
          f"gap p99 |dev| {fmt(gap, '.2f')} ms (<= 2 ms: {b.checks[-1].status()}; direct {fmt(d and d['dev_p99'], '.2f')} ms), "
          f"latency p50 added {fmt(r['lat_p50'] - d['lat_p50'] if r and d else None, '.2f')} ms; {ng}")


def scenario_4(b: Bench) -> None:
    size = b.args.big_bytes
    print(f"\n== 4: {size / GiB:g} GiB upload and download", flush=True)
    upload = H.make_multipart_file(b.tmp / "big" / "upload.bin", size)
    H.warm_file(upload)
    H.warm_file(b.big_file)
    rows, res, rss = [], {}, {}
    plan = [("upload", "direct-py", "/v1/files"), ("upload", "nginx-py", "/v1/files"), ("upload", "relay-up", "/v1/files"),
            ("download", "direct", "/v1/files/file-bench/content"), ("download", "nginx", "/v1/files/file-bench/content"),
            ("download", "relay-down", "/v1/files/file-bench/content")]
    for direction, key, path in plan:
        try:
            t = b.get(key)
        except Unavailable as exc:
            rows.append([direction, key, "n/a", "n/a", "n/a", "n/a", "n/a", f"unavailable: {exc}"[:60]])
            continue
        cpu0 = t.proc.cpu_seconds() if t.proc is not None else None
        try:
            r = H.curl_transfer(t.base + path, upload=upload if direction == "upload" else None, auth=t.auth,
                                timeout=max(120, size / 20e6))
        except Exception as exc:  # noqa: BLE001
            rows.append([direction, t.label, "n/a", "n/a", "n/a", "n/a", "n/a", f"failed: {exc}"[:60]])
            continue
        cpu = (t.proc.cpu_seconds() - cpu0) / (size / GiB) if cpu0 is not None else None
        peak = None
        if t.proc is not None and key.startswith("relay"):
            peaks = t.proc.peak_rss_mb()
            peak = max(peaks.values()) if peaks else None
            rss[direction] = peak
            b.stop(key)
        ok = r["code"] == 200 and r["bytes"] == (upload.stat().st_size if direction == "upload" else size)
        res[(direction, key.split("-")[0])] = r["mbps"] if ok else None
        rows.append([direction, t.label, fmt(r["mbps"], ",.0f"), fmt(r["seconds"], ".2f"), str(r["code"]),
                     fmt(cpu, ".2f"), fmt(peak, ".1f", ""), "" if ok else f"short: {r['bytes']} bytes"])
        print(f"  {direction:8s} {t.label:30s} {r['mbps']:,.0f} MB/s in {r['seconds']:.2f} s (HTTP {r['code']}), "
              f"{fmt(cpu, '.2f')} CPU s/GiB" + (f", peak RSS {peak:.1f} MB" if peak else ""), flush=True)
    table(f"4. {size / GiB:g} GiB bodies (curl, sparse file)",
          ["direction", "target", "MB/s", "seconds", "status", "CPU s/GiB", "peak RSS MB", "note"], rows)
    ratios = {}
    for direction in ("upload", "download"):
        rl, ng = res.get((direction, "relay")), res.get((direction, "nginx"))
        ratios[direction] = rl / ng if rl and ng else None
        b.check("4", f"relay {direction} throughput / nginx", ratios[direction], ">= 0.50", lambda v: v >= 0.5)
        b.check("4", f"relay peak RSS during {direction} (MB)", rss.get(direction), "<= 100", lambda v: v <= 100)
    b.results["4"] = {"rows": rows}
    print(f"ratio 4 (big bodies vs nginx): upload {fmt(ratios['upload'], '.0%')}, download {fmt(ratios['download'], '.0%')} "
          f"(>= 50%); relay peak RSS upload {fmt(rss.get('upload'), '.1f')} MB, download {fmt(rss.get('download'), '.1f')} MB "
          f"(<= 100 MB) | " + ", ".join(c.status() for c in b.checks[-4:]))


def scenario_5(b: Bench) -> None:
    print("\n== 5: relay generate (cold, warm) and start-up", flush=True)
    import gen_bench
    rows = []
    gen = gen_bench.measure(b.tmp, H.ROOT)
    for name, secs, note in gen:
        rows.append([name, fmt(secs, ".2f"), note])
        print(f"  {name}: {fmt(secs, '.2f')} s {note}", flush=True)
    starts = []
    for i in range(b.args.startups):
        key = f"relay-start{i}"
        try:
            t = b.get(key)
        except Unavailable as exc:
            rows.append(["relay serve start-up to /health 200", "n/a", f"unavailable: {exc}"[:60]])
            break
        starts.append(t.proc.ready_s)
        b.stop(key)
    all_starts = starts or []
    if starts:
        rows.append([f"relay serve (1 worker) spawn to /health 200, {len(starts)} starts",
                     f"{min(starts):.2f} / {statistics.median(starts):.2f} / {max(starts):.2f}", "min / median / max"])
    table("5. generate and start-up", ["what", "seconds", "note"], rows)
    med = statistics.median(all_starts) if all_starts else None
    b.check("5", "relay start-up, spawn to /health 200 (s, median)", med, "<= 1.0", lambda v: v <= 1.0)
    b.results["5"] = {"generate": gen, "startups": starts}
    cold = next((s for n, s, _ in gen if n.startswith("generate cold")), None)
    warm = next((s for n, s, _ in gen if n.startswith("generate warm")), None)
    print(f"ratio 5 (generate, start-up): cold {fmt(cold, '.1f')} s, warm {fmt(warm, '.1f')} s, "
          f"warm/cold {fmt(warm / cold if cold and warm else None, '.0%')}; start-up median {fmt(med, '.2f')} s "
          f"(<= 1 s: {b.checks[-1].status()})")


def scenario_6(b: Bench) -> None:
    print("\n== 6: route dispatch, first vs last generated route", flush=True)
    import dispatch_bench
    info = dispatch_bench.analyse(H.ROOT)
    if not info:
        print("  ! generated.catalog not importable: scenario skipped", flush=True)
        b.check("6", "dispatch last/first c=1 p50 (end to end; or last - first <= 0.02 ms)", None, "<= 1.10",
                lambda v: True)
        return
    lookups = info.get("lookup_us", {})
    if info.get("error"):
        print(f"  in-process lookup not measured: {info['error']}", flush=True)
    for w in info.get("wrong", [])[:5]:
        print(f"  ! dispatch mismatch: {w}", flush=True)
    routes = [("first", info["first"][0], info["first"][1]), ("last", info["last"][0], info["last"][1])]
    gets = {k: v for k, v in lookups.items() if v[0] == "GET"}
    if gets:
        slow = max(gets, key=lambda k: gets[k][2])
        if slow not in (routes[0][1], routes[1][1]):
            routes.append(("slowest", slow, gets[slow][1]))
    rows, res = [], {}
    for label, op_id, path in routes:
        us = lookups.get(op_id, [None, None, None])[2]
        try:
            t = b.get("relay")
        except Unavailable as exc:
            rows.append([label, op_id, path[:48], "n/a", "n/a", "n/a", "n/a", fmt(us, ".2f"), f"unavailable: {exc}"[:50]])
            continue
        r1 = b.wrk(t, 1, path=path, method="GET", body="")
        r32 = b.wrk(t, 32, path=path, method="GET", body="")
        res[label] = (r1, r32)
        rows.append([label, op_id, path[:48], fmt(r1.p50_ms, ".3f"), fmt(r1.rps), fmt(r32.rps), fmt(r32.cpu_us, ".0f"),
                     fmt(us, ".2f"),
                     f"{r1.errors + r32.errors} errors" if r1.errors + r32.errors else ""])
        print(f"  {label:7s} GET {path}: c=1 {r1.short()}; c=32 {r32.rps:,.0f} rps; lookup {fmt(us, '.2f')} us",
              flush=True)
    table(f"6. route dispatch (relay, 1 worker; {info.get('n', '?')} operations)",
          ["route", "operationId", "path", "c=1 p50 ms", "c=1 rps", "c=32 rps", "c=32 CPU us/req", "lookup us", "note"],
          rows)
    if lookups:
        us_all = sorted(v[2] for v in lookups.values())
        worst = max(lookups, key=lambda k: lookups[k][2])
        print(f"  in-process DispatchIndex.match over all {len(us_all)} operations: min {us_all[0]:.2f} us, "
              f"median {statistics.median(us_all):.2f} us, max {us_all[-1]:.2f} us ({worst} {lookups[worst][1]}); "
              f"unknown path (404) {info.get('unknown_path_us', float('nan')):.2f} us", flush=True)
    first, last = res.get("first"), res.get("last")
    p50_ratio = last[0].p50_ms / first[0].p50_ms if first and last else None
    rps_ratio = last[1].rps / first[1].rps if first and last else None
    # flat end to end: within 10 %, or within 0.02 ms (the run-to-run noise of a c=1 p50 on a shared machine)
    added = last[0].p50_ms - first[0].p50_ms if first and last else None
    b.check("6", "dispatch last/first c=1 p50 (end to end; or last - first <= 0.02 ms)", p50_ratio,
            "<= 1.10", lambda v: v <= 1.10 or added <= 0.02)
    worst_us = max(v[2] for v in lookups.values()) if lookups else None  # reported, not a target
    b.results["6"] = info
    print(f"ratio 6 (dispatch last/first): c=1 p50 {fmt(p50_ratio, '.2f')}x ({fmt(added, '+.3f')} ms), c=32 rps {fmt(rps_ratio, '.2f')}x; "
          f"lookup first {fmt(lookups.get(routes[0][1], [0, 0, None])[2], '.2f')} us, last "
          f"{fmt(lookups.get(routes[1][1], [0, 0, None])[2], '.2f')} us, slowest {fmt(worst_us, '.2f')} us | "
          f"e2e flat: {b.checks[-1].status()}")


TEAM_VARIANTS = {
    "static": "static key (RELAY_KEYS)",
    "dbkey": "database key",
    "limits": "database key + limits (memory)",
    "rates": "database key + rpm, tpm, concurrency (memory)",
    "budget": "database key + budget (memory)",
    "redis": "database key + limits (Redis)",
    "nometrics": "static key, metrics off",
    "noledger": "static key, no ledger rows",
    "json": "static key, metrics + JSON logs",
    "uvicorn": "static key, uvicorn's httptools protocol",
    "before": "before this session (b4db42c)",
}


def scenario_team(b: Bench) -> None:
    """What each part of the team layer costs: the same relay build with one part changed at a time."""
    print("\n== team: the cost of each part of the team layer (small JSON POST)", flush=True)
    default = [v for v in TEAM_VARIANTS if v not in ("rates", "budget")]
    variants = [v for v in (b.args.team_variants.split(",") if b.args.team_variants else default)
                if v != "before" or b.args.before]
    runs: dict[str, list] = {v: [] for v in variants}
    rounds = max(1, b.args.team_rounds)
    for n in range(rounds):  # interleaved rounds, a fresh relay each time: the medians resist the machine's noise
        for variant in variants:
            key = f"team:{variant}"
            try:
                t = b.get(key)
            except Unavailable:  # said once; the later rounds skip it
                continue
            r1, r32 = b.wrk(t, 1), b.wrk(t, 32)
            runs[variant].append((r1, r32))
            print(f"  [{n + 1}/{rounds}] {t.label:42s} c=1 p50 {fmt(r1.p50_ms, '.3f')} ms; c=32 {r32.short()}, "
                  f"{fmt(r32.cpu_us, '.1f')} us CPU/request", flush=True)
            b.stop(key)
            if variant == "redis":
                trips = _redis_trips(t, r32.requests)
                if trips:
                    print(f"  Redis round trips per request (c=32 run): {trips}", flush=True)
                    b.results.setdefault("team", {})["redis_round_trips"] = trips
    res, rows = {}, []
    for variant, got in runs.items():
        if not got:
            rows.append([TEAM_VARIANTS[variant], "n/a", "n/a", "n/a", "n/a", "unavailable"])
            continue
        r1 = sorted((g[0] for g in got), key=lambda r: r.p50_ms)[len(got) // 2]
        r32 = sorted((g[1] for g in got), key=lambda r: r.cpu_us or 0)[len(got) // 2]
        res[variant] = (r1, r32)
        errors = sum(g[0].errors + g[1].errors for g in got)
        rows.append([TEAM_VARIANTS[variant], fmt(r1.p50_ms, ".3f"), fmt(r32.rps), fmt(r32.p50_ms, ".2f"),
                     fmt(r32.cpu_us, ".1f"), " / ".join(fmt(g[1].cpu_us, ".0f") for g in got)
                     + (f"; {errors} errors" if errors else "")])
    table(f"team: each part of the team layer, same build, median of {rounds} interleaved rounds (c=32 CPU is the "
          f"relay's own, all its processes)",
          ["variant", "c=1 p50 ms", "c=32 rps", "c=32 p50 ms", "c=32 CPU us/req", "CPU us/req per round"], rows)

    def delta(a, c):
        if a in res and c in res and res[a][1].cpu_us and res[c][1].cpu_us:
            return res[a][1].cpu_us - res[c][1].cpu_us, (res[a][0].p50_ms - res[c][0].p50_ms) * 1000
        return None, None

    for what, a, c, target in (("database key vs static key", "dbkey", "static", 5),
                                ("the ledger (a row per call)", "static", "noledger", None),
                                ("limits (memory) vs none", "limits", "dbkey", 10),
                                ("limits (Redis) vs none", "redis", "dbkey", None),
                                ("metrics + JSON logs vs metrics off, plain logs", "json", "nometrics", 5),
                                ("relay connection layer vs uvicorn's protocol", "static", "uvicorn", 3),
                                ("now vs before this session", "static", "before", None)):
        cpu, p50 = delta(a, c)
        if cpu is None:
            continue
        b.check("team", f"{what}: added CPU us/request at c=32", cpu,
                f"<= {target}" if target is not None else "reported", (lambda v, t=target: t is None or v <= t))
        print(f"ratio team ({what}): {cpu:+.1f} us CPU/request at c=32, {p50:+.0f} us p50 at c=1"
              + (f" | target <= {target} us: {b.checks[-1].status()}" if target is not None else ""))
    b.results["team"] = b.results.get("team", {}) | {k: {"c1": v[0].raw, "c32": v[1].raw} for k, v in res.items()}


def _redis_trips(t: Target, requests: int) -> str | None:
    """The limiter logs its Redis round trips when it stops (admission scripts and settle pipelines)."""
    import re

    text = t.proc.log.read_text(errors="replace") if t.proc is not None else ""
    found = re.findall(r"limits: (\d+) admission round trips, (\d+) settle round trips for (\d+) admitted calls", text)
    if not found:
        return None
    admit, settle, calls = (int(x) for x in found[-1])
    return (f"{admit / calls:.2f} admission + {settle / calls:.3f} settle = {(admit + settle) / calls:.2f} per "
            f"call ({calls} admitted calls in the whole run, warm-up included)")


def scenario_app(b: Bench) -> None:
    print("\n== app: the relay app's own CPU per request, in-process (canned upstream, no sockets)", flush=True)
    import subprocess
    r = subprocess.run([H.python(), str(H.BENCH / "app_overhead.py"), "--profile"], check=False, cwd=H.ROOT,
                       capture_output=True, text=True, timeout=300)
    try:
        d = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"  ! app_overhead failed: {(r.stderr or r.stdout).strip()[-400:]}")
        return
    rows = [[f"{us:.2f}", f"{cum:.2f}", f"{calls:g}", name] for us, cum, calls, name in d.get("profile", [])[:15]]
    print(f"  relay app per request: {d['log_on_us']:.1f} us with the access log, {d['log_off_us']:.1f} us without; "
          f"JSON access log {d['json_log_us']:.1f} us; metrics off and no access log {d['no_metrics_no_log_us']:.1f} us")
    table("app: top functions by own time per request (cProfile, inflates small calls)",
          ["own us", "cum us", "calls", "function"], rows)
    b.results["app"] = d
    print(f"ratio app: relay app code {d['log_on_us']:.1f} us/request in-process (log on), {d['log_off_us']:.1f} us "
          f"(log off); metrics + JSON access log cost {d['json_log_us'] - d['no_metrics_no_log_us']:.1f} us "
          f"in-process (JSON log on vs metrics off and no log)")


def scenario_clients(b: Bench) -> None:
    print("\n== clients: upstream client inside a lean raw-ASGI relay (uvicorn, 1 worker, no access log)", flush=True)
    rows, res = [], {}
    for key in ("relay", "relay-aiohttp"):  # the relay itself with each of its transports
        try:
            t = b.get(key)
        except Unavailable as exc:
            rows.append([key, "n/a", "n/a", "n/a", "n/a", "n/a", f"unavailable: {exc}"[:60]])
            continue
        r1, r32 = b.wrk(t, 1), b.wrk(t, 32)
        rows.append([t.label, fmt(r1.rps), fmt(r1.p50_ms, ".3f"), fmt(r32.rps), fmt(r32.p50_ms, ".2f"),
                     fmt(r32.cpu_us, ".0f"), f"{r1.errors + r32.errors} errors" if r1.errors + r32.errors else ""])
        print(f"  {t.label:30s} c=1 {r1.short()}; c=32 {r32.short()}, {fmt(r32.cpu_us, '.0f')} us CPU/request",
              flush=True)
        if key == "relay-aiohttp":
            b.stop(key)
    for client in ("aiohttp", "httpx", "httpx-tuned", "httpx-aiohttp", "proto"):
        key = f"lean:{client}"
        try:
            t = b.get(key)
        except Unavailable as exc:
            rows.append([client, "n/a", "n/a", "n/a", "n/a", f"unavailable: {exc}"[:60]])
            continue
        r1, r32 = b.wrk(t, 1), b.wrk(t, 32)
        res[client] = (r1, r32)
        rows.append([client, fmt(r1.rps), fmt(r1.p50_ms, ".3f"), fmt(r32.rps), fmt(r32.p50_ms, ".2f"),
                     fmt(r32.cpu_us, ".0f"), f"{r1.errors + r32.errors} errors" if r1.errors + r32.errors else ""])
        print(f"  {client:14s} c=1 {r1.short()}; c=32 {r32.short()}, {fmt(r32.cpu_us, '.0f')} us CPU/request",
              flush=True)
        b.stop(key)
    table("clients: the relay per transport, and a lean relay per upstream client", ["client", "c=1 rps", "c=1 p50 ms", "c=32 rps", "c=32 p50 ms", "c=32 CPU us/req", "note"], rows)
    b.results["clients"] = {k: {"c1": v[0].raw, "c32": v[1].raw} for k, v in res.items()}
    best = max(res, key=lambda k: res[k][1].rps) if res else None
    print("ratio clients (c=32 rps vs aiohttp): " + ", ".join(
        f"{k} {v[1].rps / res['aiohttp'][1].rps:.2f}x" for k, v in res.items() if "aiohttp" in res)
        + f" | fastest at c=32: {best}")


def scenario_servers(b: Bench) -> None:
    print("\n== servers: ASGI server options (lean relay, aiohttp client)", flush=True)
    import lean_relay  # noqa: F401  (fail early if it does not import)
    rows = []
    variants = ["uvicorn", "uvicorn-accesslog", "uvicorn-h11", "uvicorn-asyncio", "uvicorn-backlog", "uvicorn-w2"]
    if H.have("granian") or _importable("granian"):
        variants += ["granian", "granian-w2"]
    for client in ("none", "aiohttp"):
        for variant in variants:
            key = f"lean:{client}:{variant}"
            try:
                t = b.get(key)
            except Unavailable as exc:
                rows.append([client, variant, "n/a", "n/a", "n/a", f"unavailable: {exc}"[:60]])
                continue
            r1, r32 = b.wrk(t, 1), b.wrk(t, 32)
            rows.append([client, variant, fmt(r1.rps), fmt(r1.p50_ms, ".3f"), fmt(r32.rps), fmt(r32.cpu_us, ".0f"),
                         f"{r1.errors + r32.errors} errors" if r1.errors + r32.errors else ""])
            print(f"  {client:8s} {variant:18s} c=1 {r1.short()}; c=32 {r32.rps:,.0f} rps, "
                  f"{fmt(r32.cpu_us, '.0f')} us CPU/request", flush=True)
            b.stop(key)
    table("servers: lean relay per ASGI server option (client none = answer fixed JSON, no upstream)",
          ["client", "server", "c=1 rps", "c=1 p50 ms", "c=32 rps", "c=32 CPU us/req", "note"], rows)
    cl = _client_only(b)
    print(f"ratio servers: aiohttp client alone (no server) c=32: {cl:,.0f} req/s")


def _client_only(b: Bench) -> float:
    import asyncio

    import aiohttp

    async def go() -> float:
        url = b.targets["direct"].base + CHAT
        n, conc = 20000, 32
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as s:
            async def worker(k):
                for _ in range(k):
                    async with s.post(url, data=SMALL_BODY, headers={"Content-Type": "application/json"}) as r:
                        await r.read()
            await asyncio.gather(*(worker(50) for _ in range(conc)))
            t0 = time.perf_counter()
            await asyncio.wait_for(asyncio.gather(*(worker(n // conc) for _ in range(conc))), 60)
            return n / (time.perf_counter() - t0)

    return asyncio.run(go())


def _importable(mod: str) -> bool:
    import importlib.util
    return importlib.util.find_spec(mod) is not None


def scenario_profile(b: Bench) -> None:
    print("\n== profile: py-spy on the relay (1 worker) under wrk c=32", flush=True)
    import profile_relay
    try:
        t = b.get(b.args.profile_target)
    except Unavailable as exc:
        print(f"  ! {b.args.profile_target} unavailable: {exc}")
        return
    text = profile_relay.profile(t, b.tmp, seconds=b.args.profile_seconds, body=SMALL_BODY, path=CHAT, auth=t.auth)
    print(text)


def scenario_hardening(b: Bench) -> None:
    print("\n== hardening: bench/hardening_bench.py (its own relays, fake upstream and attackers)", flush=True)
    import shlex
    import subprocess
    argv = [H.python(), str(H.BENCH / "hardening_bench.py"), *shlex.split(b.args.hardening_args)]
    r = subprocess.run(argv, check=False, cwd=H.ROOT, timeout=1800)  # its output goes straight to ours
    if r.returncode:
        raise RuntimeError(f"hardening_bench exited {r.returncode}")


SCENARIOS = {"1": scenario_1, "2": scenario_2, "3": scenario_3, "4": scenario_4, "5": scenario_5, "6": scenario_6,
             "team": scenario_team, "app": scenario_app, "clients": scenario_clients, "servers": scenario_servers,
             "profile": scenario_profile, "hardening": scenario_hardening}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--duration", type=float, default=5.0, help="seconds per wrk measurement (default 5)")
    p.add_argument("--repeat", type=int, default=1, help="wrk runs per point; the median rps is kept")
    p.add_argument("--scenarios", default=DEFAULT_SCENARIOS, help=f"comma list of {ALL_SCENARIOS} or 'all'")
    p.add_argument("--big-bytes", type=int, default=GiB, help="size of the upload and download (default 1 GiB)")
    p.add_argument("--sse-events", type=int, default=200)
    p.add_argument("--sse-interval-ms", type=float, default=10.0)
    p.add_argument("--sse-runs", type=int, default=3, help="streams per target")
    p.add_argument("--startups", type=int, default=3, help="extra relay starts timed in scenario 5")
    p.add_argument("--profile-seconds", type=float, default=10.0)
    p.add_argument("--profile-target", default="relay", help="what scenario `profile` profiles, e.g. team:limits")
    p.add_argument("--hardening-args", default="", help="arguments for bench/hardening_bench.py, e.g. "
                   "'--before /tmp/relay-before' or '--quick --parts 1,6'")
    p.add_argument("--json", type=Path, help="also write the results here")
    p.add_argument("--before", help="a checkout of an earlier commit: scenario `team` measures it too")
    p.add_argument("--team-rounds", type=int, default=3, help="interleaved rounds of scenario `team` (medians)")
    p.add_argument("--team-variants", help=f"comma list of scenario `team`'s variants (default all: "
                                           f"{', '.join(TEAM_VARIANTS)})")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = p.parse_args(argv)
    scenarios = ALL_SCENARIOS.split(",") if args.scenarios == "all" else args.scenarios.split(",")
    needs_tools = not set(scenarios) <= SELF_CONTAINED
    missing = [t for t in ("wrk", "nginx", "curl") if not H.have(t)] if needs_tools else []
    if missing:
        print(f"bench needs {', '.join(missing)}: apt-get install -y wrk nginx curl (or run `nox -s bench` as root)")
        return 2 if args.strict else 0
    t_start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="relay-bench-"))
    b = Bench(args, tmp)
    print(f"bench: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, "
          f"wrk -t1 {args.duration:g} s x {args.repeat}, logs in {tmp}", flush=True)
    try:
        if needs_tools:
            b.start_upstreams()
        for s in scenarios:
            try:
                SCENARIOS[s](b)
            except Exception as exc:  # noqa: BLE001 - one broken scenario must not hide the others
                import traceback
                traceback.print_exc()
                print(f"ratio {s}: scenario failed: {exc}")
    finally:
        b.procs.stop_all()
        if getattr(b, "_redis", None) is not None:
            b._redis.__exit__(None, None, None)
    rows = [[c.scenario, c.what, fmt(c.value, ".3g"), c.target, c.status()] for c in b.checks]
    table("targets", ["scenario", "what", "value", "target", "status"], rows)
    load = os.getloadavg()
    print(f"\nbench finished in {time.perf_counter() - t_start:.0f} s; load average now {load[0]:.2f}/{load[1]:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"results": b.results, "checks": [c.__dict__ for c in b.checks]},
                                        default=str, indent=1))
    import shutil
    shutil.rmtree(tmp / "big", ignore_errors=True)
    if b.failed:
        print(f"logs of the targets that could not start are kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    missed = [c for c in b.checks if c.met is not True]
    if args.strict and missed:
        print(f"strict: {len(missed)} target(s) missed or not measured")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
