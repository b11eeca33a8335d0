#!/usr/bin/env python3
"""Fuzz the relay the way users run it: schemathesis against the relay's own /openapi.json, plus hostile
raw-socket cases, with `relay serve` in front of a fake upstream on loopback (tests/fuzz/upstream.py).

    python tests/fuzz/run.py [--max-examples 5] [--seed 1] [--min-cases 5000] [--workers 1]
                             [--request-timeout 10] [--transports h1,aiohttp] [--phases examples,coverage,fuzzing]
                             [--coverage-mode all] [--coverage-cap 100] [--coverage-stride 16] [--include REGEX]

schemathesis runs its examples, coverage and fuzzing phases (positive and negative data) over every operation
through the first transport's relay (the coverage phase bounded per operation: `filter_case` below); the raw
cases (tests/fuzz/hostile.py) run against the relay of every transport. Pass criteria
(tests/fuzz/verdict.py), each asserted here: no relay-made 5xx, every call answered within --request-timeout,
every relay-made error OpenAI's envelope served as JSON, every operation covered, at least --min-cases cases,
the relay key never upstream and only the upstream keys as upstream's Authorization, no error or traceback in
the relay's log, and the relay still healthy at the end. Prints a summary (cases,
operations covered, statuses seen, relay-made errors by status and code, failures each with a line that
reproduces it) and exits 1 on any failure, 2 when the harness itself could not run.

The relay and the upstream run in their own process groups and are stopped by PID in a finally block; their
logs are left in .cache/fuzz/. A failure's curl line targets this run's relay; to replay it, start the fake
upstream and `relay serve` as `start_upstream`/`start_relay` do, or rerun with `--include '<label regex>'`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import hostile  # noqa: E402
from verdict import Answer, Tally, relay_made  # noqa: E402

WORK = ROOT / ".cache" / "fuzz"
RELAY_KEY = "rk-fuzz-relay-key-0123456789"
UPSTREAM_KEY = "sk-fuzz-upstream-key"
UPSTREAM_ADMIN_KEY = "sk-admin-fuzz-upstream-key"
_START_TIMEOUT = 60.0


class HarnessError(Exception):
    """The harness could not run (start-up); not a finding about the relay."""


def log(msg: str = "") -> None:
    print(msg, flush=True)


# --------------------------------------------------------------------------------------------- processes


class Service:
    """A subprocess in its own process group, stopped by its PID's group only."""

    def __init__(self, name: str, cmd: list[str], *, env: dict[str, str], cwd: Path, logfile: Path):
        self.name, self.logfile = name, logfile
        self._log = open(logfile, "wb")  # noqa: SIM115 (closed in stop())
        self.proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.alive():
            for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self._log.close()

    def tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_http(url: str, service: Service) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        if not service.alive():
            raise HarnessError(f"{service.name} exited ({service.proc.returncode}):\n{service.tail()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise HarnessError(f"{service.name} did not answer {url} within {_START_TIMEOUT:.0f} s:\n{service.tail()}")


def clean_env() -> dict[str, str]:
    """This process's environment without anything that configures the relay or points OpenAI elsewhere."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("OPENAI_", "RELAY_")) and k.upper() not in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")}


def start_upstream(scratch: Path) -> tuple[Service, int]:
    port = free_port()
    upstream = Service("fake upstream", [sys.executable, str(HERE / "upstream.py"), "--port", str(port),
                                         "--relay-key", RELAY_KEY, "--upstream-key", UPSTREAM_KEY,
                                         "--upstream-key", UPSTREAM_ADMIN_KEY],
                       env=clean_env(), cwd=scratch, logfile=WORK / "upstream.log")
    wait_http(f"http://127.0.0.1:{port}/__stats", upstream)
    return upstream, port


def relay_command() -> list[str]:
    script = Path(sys.executable).with_name("relay")
    return [str(script)] if script.exists() else [sys.executable, "-m", "runtime.cli"]


def start_relay(scratch: Path, upstream_port: int, transport: str) -> tuple[Service, int]:
    """`relay serve` with one relay key and both upstream keys, in a scratch directory (no .env is read)."""
    port = free_port()
    data = scratch / f"data-{transport}"
    env = clean_env() | {
        "RELAY_KEYS": RELAY_KEY, "OPENAI_API_KEY": UPSTREAM_KEY, "OPENAI_ADMIN_KEY": UPSTREAM_ADMIN_KEY,
        "OPENAI_BASE_URL": f"http://127.0.0.1:{upstream_port}/v1", "RELAY_UPSTREAM_CLIENT": transport,
        "RELAY_DATA_DIR": str(data), "RELAY_LOG_LEVEL": "warning", "NO_PROXY": "*",
    }
    relay = Service(f"relay ({transport})", [*relay_command(), "serve", "--host", "127.0.0.1", "--port", str(port)],
                    env=env, cwd=scratch, logfile=WORK / f"relay-{transport}.log")
    wait_http(f"http://127.0.0.1:{port}/health", relay)
    return relay, port


# -------------------------------------------------------------------------------------------- schemathesis


def run_schemathesis(base: str, args, tally: Tally) -> dict:
    """Every operation of the relay's /openapi.json through schemathesis' phases; each answer judged by
    `relay_contract`. Returns counts of cases by phase and the engine's stop reason."""
    import schemathesis
    from schemathesis.config import SchemathesisConfig
    from schemathesis.engine import events, from_schema

    by_phase: Counter = Counter()
    coverage_seen: Counter = Counter()
    auth = {"Authorization": f"Bearer {RELAY_KEY}"}

    @schemathesis.hook
    def filter_case(ctx, case):
        """Bound the coverage phase: it enumerates every scenario of every schema, 23 cases for the median
        operation but thousands for the Responses ones (70k in all). Keep the first `--coverage-cap` of an
        operation, then one in `--coverage-stride`, so every part of a large schema still gets some."""
        if case.meta is None or case.meta.phase.name.value != "coverage":
            return True
        with tally.lock:
            coverage_seen[case.operation.label] += 1
            n = coverage_seen[case.operation.label]
        return n <= args.coverage_cap or n % args.coverage_stride == 0

    @schemathesis.check
    def relay_contract(ctx, response, case):
        phase = case.meta.phase.name.value if case.meta is not None else "?"
        with tally.lock:
            by_phase[phase] += 1
        answer = Answer(response.status_code, {k.lower(): v[0] for k, v in response.headers.items() if v},
                        response.content)
        found = tally.record(case.operation.label, answer,
                             lambda: case.as_curl_command(headers=auth, base_url=base))
        if found:
            raise AssertionError("; ".join(found))
        return None

    phases = {name: {"enabled": name in args.phases} for name in ("examples", "coverage", "fuzzing", "stateful")}
    phases["coverage"]["generation"] = {"mode": args.coverage_mode}
    config = SchemathesisConfig.from_dict({
        "seed": args.seed,
        "suppress-health-check": ["all"],
        "base-url": base,
        "headers": auth,
        "workers": args.workers,
        "request-timeout": args.request_timeout,
        "continue-on-failure": True,
        "output": {"sanitization": {"enabled": False}},
        "checks": {"enabled": False, "relay_contract": {"enabled": True}},
        "phases": phases,
        "generation": {"mode": "all", "max-examples": args.max_examples},
    })
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json", config=config, timeout=30)
    if args.include:
        schema = schema.include(name_regex=args.include)
    operations = {op.ok().label for op in schema.get_all_operations()}
    stop = None
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.NonFatalError):  # timeouts and broken-off answers land here
            tally.fail(("error", event.label, type(event.value).__name__),
                       f"{event.label}: {event.info.title}: {_describe(event.value)}",
                       event.info.code_sample or "(no request recorded)")
        elif isinstance(event, events.FatalError):
            raise HarnessError(f"schemathesis failed: {event.exception!r}")
        elif isinstance(event, events.PhaseFinished) and event.phase.name.value in args.phases:
            log(f"  schemathesis phase {event.phase.name.value}: done at {time.monotonic() - started:.0f} s, "
                f"{tally.cases} cases so far")
        elif isinstance(event, events.EngineFinished):
            stop = str(event.stop_reason)
    return {"by_phase": by_phase, "operations": operations, "stop": stop}


def _describe(exc: BaseException) -> str:
    """The exception and, for a group (hypothesis' flaky-failure report), what it holds."""
    text = f"{type(exc).__name__}: {str(exc)[:300]}"
    for inner in getattr(exc, "exceptions", ()):
        text += f" [{_describe(inner)}]"
    return text


# -------------------------------------------------------------------------------------------- raw cases


def run_hostile(port: int, transport: str, args, tally: Tally) -> int:
    count = 0
    for case in hostile.cases(RELAY_KEY):
        label = f"raw[{transport}] {case.name}"
        repro = hostile.reproduce(port, RELAY_KEY, case.name)
        answer = hostile.send(port, case.data, args.request_timeout)
        count += 1
        if isinstance(answer, str):
            tally.fail(("raw", transport, case.name), f"{label}: {answer}", repro)
            continue
        tally.record(label, answer, repro)
        if case.expect is not None and not (relay_made(answer) and answer.status in case.expect):
            who = "relay" if relay_made(answer) else "upstream (forwarded)"
            tally.fail(("raw-expect", transport, case.name),
                       f"{label}: {who} answered {answer.status}, expected the relay to answer "
                       f"{'/'.join(map(str, sorted(case.expect)))}", repro)
    return count


# ------------------------------------------------------------------------------------------------ checks


# uvicorn's websockets-sansio logs this after every handshake refused with an HTTP answer (the denial-response
# extension), though the client got that answer: uvicorn never marks the handshake done on that path (open
# upstream as Kludex/uvicorn PR 3138). A handshake really left unanswered shows as a 500 the checks catch.
_UVICORN_NOISE = "ASGI callable returned without completing handshake."


def relay_log_problems(relay: Service) -> tuple[list[str], int]:
    """Error lines and tracebacks in the relay's log (warnings, e.g. counted refusals, are expected), and how
    many lines were uvicorn's known noise."""
    lines = relay.logfile.read_text(errors="replace").splitlines()
    errors = [line for line in lines if "Traceback" in line or " ERROR " in line or line.startswith("ERROR")]
    kept = [line for line in errors if _UVICORN_NOISE not in line]
    return kept, len(errors) - len(kept)


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as resp:
            return resp.status == 200
    except OSError:
        return False


def upstream_stats(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats", timeout=5) as resp:
        return json.loads(resp.read())


def summarize(tally: Tally, info: dict, args, elapsed: float) -> None:
    log()
    log("=" * 100)
    by_phase = ", ".join(f"{k} {v}" for k, v in sorted(info["by_phase"].items()))
    log(f"cases: {tally.cases} in {elapsed:.0f} s (schemathesis: {by_phase}; raw socket: {info['raw']})")
    log(f"operations covered: {len(info['covered'])}/{len(info['operations'])}")
    per_op = sorted(n for label, n in tally.operations.items() if label in info["covered"])
    if per_op:
        busiest = sorted(((n, label) for label, n in tally.operations.items() if label in info["covered"]),
                         reverse=True)[:5]
        log(f"  cases per operation: min {per_op[0]}, median {per_op[len(per_op) // 2]}, max {per_op[-1]} "
            f"({'; '.join(f'{label} {n}' for n, label in busiest)})")
    if info["uncovered"]:
        log("  not covered: " + ", ".join(sorted(info["uncovered"])))
    log("statuses seen: " + ", ".join(f"{s} x{n}" for s, n in sorted(tally.statuses.items())))
    log(f"upstream 5xx passed through (not relay-made): {tally.passed_through_5xx}")
    log(f"fake upstream saw: {info['upstream']}")
    if info.get("log_noise"):
        log(f"relay log: {info['log_noise']} x uvicorn's '{_UVICORN_NOISE}' after refused WebSocket handshakes "
            "(a uvicorn logging bug, not counted)")
    log("relay-made errors by status/code:")
    for (status, code), n in sorted(tally.relay_errors.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        log(f"  {status} {code}: {n}")
    log(f"failures: {tally.failure_count} ({len(tally.failures)} distinct)")
    for description, repro in tally.failures.values():
        log(f"  - {description}")
        log(f"    {repro}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=5, help="fuzzing-phase cases per operation and mode")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-cases", type=int, default=5000)
    # One worker: on 2 cores it is as fast as two (the relay and the upstream take the other core), and two
    # threads generating at once trip CPython 3.11's AST race (gh-106905: "AST constructor recursion depth
    # mismatch" from hypothesis' ast.parse), which schemathesis reports as a flaky failure.
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--request-timeout", type=float, default=10.0, help="seconds: no answer by then is a hang")
    parser.add_argument("--transports", default="h1,aiohttp",
                        help="upstream transports; schemathesis runs through the first, raw cases through all")
    parser.add_argument("--phases", default="examples,coverage,fuzzing")
    parser.add_argument("--include", help="only the operations whose label ('POST /v1/files') matches this regex")
    parser.add_argument("--coverage-mode", default="all", choices=("positive", "negative", "all"),
                        help="what the coverage phase generates")
    parser.add_argument("--coverage-cap", type=int, default=100, help="coverage cases per operation kept in full")
    parser.add_argument("--coverage-stride", type=int, default=16, help="beyond the cap, one coverage case in N")
    args = parser.parse_args()
    args.phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    transports = [t.strip() for t in args.transports.split(",") if t.strip()]

    WORK.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    tally = Tally()
    services: list[Service] = []
    problems: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="relay-fuzz-") as scratch_dir:
            scratch = Path(scratch_dir)
            upstream, upstream_port = start_upstream(scratch)
            services.append(upstream)
            relays = []
            for transport in transports:
                relay, port = start_relay(scratch, upstream_port, transport)
                services.append(relay)
                relays.append((transport, relay, port))
            log(f"fake upstream on :{upstream_port}; " + ", ".join(f"relay ({t}) on :{p}" for t, _, p in relays))

            first_transport, _, first_port = relays[0]
            log(f"schemathesis through the {first_transport} relay (phases {', '.join(args.phases)}, "
                f"max-examples {args.max_examples}, seed {args.seed}, {args.workers} workers)")
            info = run_schemathesis(f"http://127.0.0.1:{first_port}", args, tally)
            info["raw"] = 0
            for transport, _, port in relays:
                info["raw"] += run_hostile(port, transport, args, tally)
            info["covered"] = {label for label in tally.operations if not label.startswith("raw[")}
            info["uncovered"] = info["operations"] - info["covered"]
            info["upstream"] = upstream_stats(upstream_port)
            for transport, relay, port in relays:
                if not healthy(port):
                    problems.append(f"relay ({transport}) no longer answers /health")
                errors, noise = relay_log_problems(relay)
                for line in errors[:20]:
                    problems.append(f"relay ({transport}) logged: {line[:300]}")
                info["log_noise"] = info.get("log_noise", 0) + noise
    except HarnessError as exc:
        log(f"harness error: {exc}")
        return 2
    finally:
        for service in reversed(services):
            service.stop()
    elapsed = time.monotonic() - started

    if info["uncovered"]:
        problems.append(f"{len(info['uncovered'])} operations got no case")
    if tally.cases < args.min_cases:
        problems.append(f"only {tally.cases} cases, fewer than --min-cases {args.min_cases}")
    if info["upstream"]["relay_key_seen"]:
        problems.append(f"the relay key reached upstream in {info['upstream']['relay_key_seen']} requests")
    if info["upstream"]["wrong_authorization"]:
        problems.append(f"{info['upstream']['wrong_authorization']} requests reached upstream without exactly "
                        "one of the upstream keys as Authorization")
    if info["stop"] != "completed":
        problems.append(f"schemathesis stopped early: {info['stop']}")
    for problem in problems:
        tally.fail(("run", problem), problem, f"(see {WORK.relative_to(ROOT)}/)")
    summarize(tally, info, args, elapsed)
    verdict = "FAILED" if tally.failure_count else "passed"
    log(f"fuzz: {verdict}: {tally.cases} cases, {len(info['covered'])} operations, "
        f"{tally.failure_count} failures, {elapsed:.0f} s")
    return 1 if tally.failure_count else 0


if __name__ == "__main__":
    sys.exit(main())
