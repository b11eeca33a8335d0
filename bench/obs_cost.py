"""What metrics and JSON logs cost per call, in-process (no server, no sockets).

    python bench/obs_cost.py [--n 20000]

1. `Metrics.observe(call)` alone (timeit), for a call with usage, upstream ttfb and headers, and for a refusal.
2. `AccessLog.add_call(call)` alone, plain and JSON lines (written in batches to /dev/null).
3. The whole app per request (bench/app_overhead.py's canned upstream, a small JSON POST): metrics off + plain
   log, metrics on + plain log, metrics on + JSON log; best of 5 alternated runs each.
All figures are CPU time (process time), so other processes on a shared machine inflate them less.
Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
import timeit
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _call():
    from runtime.call import Call
    from runtime.usage.records import Usage

    call = Call(b"req_0123abcd000001", "POST", b"/v1/chat/completions", time.perf_counter() - 0.01)
    call.key = SimpleNamespace(name="ops-team")
    call.op = SimpleNamespace(operation_id="createChatCompletion")
    call.status = 200
    call.ttfb = 0.008
    call.bytes_in, call.bytes_out = 120, 480
    call.usage = Usage(input=40, cached=8, output=12, reasoning=0, model="gpt-bench")
    call.cost_usd = 0.00012
    call.upstream_headers = [(b"content-type", b"application/json"), (b"x-ratelimit-remaining-requests", b"9")]
    return call


def _per_call(fn, n: int) -> float:
    """CPU µs per call (process time: other processes on a shared machine do not count)."""
    return min(timeit.repeat(fn, number=n, repeat=5, timer=time.process_time)) / n * 1e6


def micro(n: int) -> dict:
    from runtime.accesslog import AccessLog
    from runtime.metrics import Metrics

    metrics = Metrics()
    call = _call()
    refused = _call()
    refused.key = refused.op = refused.usage = refused.cost_usd = refused.ttfb = refused.upstream_headers = None
    refused.status, refused.reason = 401, "auth"

    def observe(c=call):
        metrics.inflight += 1
        metrics.observe(c)

    def baseline():
        metrics.inflight += 1

    base = _per_call(baseline, n)
    out = {"observe_us": _per_call(observe, n) - base,
           "observe_refusal_us": _per_call(lambda: observe(refused), n) - base}
    metrics.flush()
    sink = logging.getLogger("bench.access")
    sink.propagate = False
    sink.addHandler(logging.StreamHandler(open(os.devnull, "w")))  # noqa: SIM115
    sink.setLevel(logging.INFO)
    for fmt in ("plain", "json"):
        log = AccessLog(sink, json=fmt == "json")
        out[f"access_{fmt}_us"] = _per_call(lambda log=log: log.add_call(call), n)
        log.flush()
    return out


async def _drive(app, n: int) -> float:
    """CPU µs per request through the whole app (process time)."""
    from app_overhead import BODY, _scope

    msg = {"type": "http.request", "body": BODY, "more_body": False}

    async def receive():
        return msg

    async def send(message):
        pass

    scope = _scope()
    for _ in range(200):
        await app(dict(scope), receive, send)
    t0 = time.process_time()
    for _ in range(n):
        await app(dict(scope), receive, send)
    return (time.process_time() - t0) / n * 1e6


def whole_app(n: int) -> dict:
    import logging.config
    import tempfile

    from app_overhead import _Upstream

    os.environ.update({"RELAY_KEYS": "bench-key", "OPENAI_API_KEY": "sk-bench",
                       "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
    from generated.catalog import CATALOG
    from generated.routes import ROUTERS
    from runtime.accesslog import AccessLog
    from runtime.app import build_app
    from runtime.serve import log_config

    log_file = tempfile.NamedTemporaryFile("w", prefix="relay-bench-log-", suffix=".log", delete=False)  # noqa: SIM115
    real_stderr = sys.stderr
    sys.stderr = log_file  # the relay's handlers write to "ext://sys.stderr": send the lines to the file
    logging.config.dictConfig(log_config("info", "json"))
    sys.stderr = real_stderr
    app = build_app(CATALOG, ROUTERS, upstream=_Upstream())
    observe = app.metrics.observe
    plain, jsonl = AccessLog(json=False), AccessLog(json=True)

    def off(call):
        app.metrics.inflight -= 1

    try:
        import uvloop
        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    variants = {"metrics_off_plain_us": (off, plain), "metrics_on_plain_us": (observe, plain),
                "metrics_on_json_us": (observe, jsonl)}
    best: dict[str, float] = {}
    for _ in range(5):  # alternate, keep the best of each: the machine is shared
        for name, (obs, log) in variants.items():
            app.metrics.observe, app.access_log = obs, log
            best[name] = min(best.get(name, float("inf")), runner(_drive(app, n)))
    log_file.close()
    os.unlink(log_file.name)
    best["metrics_and_json_delta_us"] = best["metrics_on_json_us"] - best["metrics_off_plain_us"]
    return best


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=20000)
    args = p.parse_args()
    async def in_loop():  # the access log arms its batch timer in the running loop (as in the relay)
        return micro(args.n * 10)

    out = asyncio.run(in_loop())
    out.update(whole_app(args.n))
    print(json.dumps({k: round(v, 3) for k, v in out.items()}))


if __name__ == "__main__":
    main()
