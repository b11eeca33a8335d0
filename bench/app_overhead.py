"""The relay app's own cost per request, in-process: no server, no sockets, a canned upstream.

    python bench/app_overhead.py [--n 20000] [--profile]

Builds `runtime.app.build_app(CATALOG, ROUTERS, upstream=<canned>)` and drives it with raw ASGI calls for a
small JSON POST (/v1/chat/completions, auth on), with the access log on (to a file) and off. `--profile`
adds the top functions by own time (cProfile). Prints one JSON line last (for bench/run.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import logging.config
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BODY = b'{"model":"gpt-bench","messages":[{"role":"user","content":"Say hello."}],"max_tokens":16}'
ANSWER = b'{"id":"chatcmpl-bench","object":"chat.completion","choices":[]}'


HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(ANSWER)).encode()),
           (b"x-request-id", b"req_bench"), (b"openai-processing-ms", b"1")]


class _Resp:
    status = 200

    def __init__(self):
        self.headers = list(HEADERS)

    async def read(self):
        return ANSWER

    async def aclose(self):
        pass


class _Upstream:
    """Answers every call at once with the same small JSON response."""

    async def open(self):
        pass

    async def aclose(self):
        pass

    async def request(self, method, url, headers, body, *, timeout, connect_timeout):
        return _Resp()


def _scope(path: bytes = b"/v1/chat/completions") -> dict:
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
            "path": path.decode(), "raw_path": path, "query_string": b"", "root_path": "",
            "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
            "headers": [(b"host", b"127.0.0.1:8000"), (b"authorization", b"Bearer bench-key"),
                        (b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode()),
                        (b"user-agent", b"wrk")]}


async def _drive(app, n: int) -> float:
    msg = {"type": "http.request", "body": BODY, "more_body": False}
    sent = []

    async def receive():
        return msg

    async def send(message):
        sent.append(message["type"])

    scope = _scope()
    for _ in range(200):
        await app(dict(scope), receive, send)
    if sent[:2] != ["http.response.start", "http.response.body"]:
        raise RuntimeError(f"unexpected ASGI messages: {sent[:4]}")
    t0 = time.perf_counter()
    for _ in range(n):
        await app(dict(scope), receive, send)
    return (time.perf_counter() - t0) / n * 1e6


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=20000)
    p.add_argument("--profile", action="store_true")
    args = p.parse_args()
    os.environ.update({"RELAY_KEYS": "bench-key", "OPENAI_API_KEY": "sk-bench",
                       "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
    from generated.catalog import CATALOG
    from generated.routes import ROUTERS
    from runtime.app import build_app
    from runtime.serve import log_config

    log_file = tempfile.NamedTemporaryFile("w", prefix="relay-bench-log-", suffix=".log", delete=False)  # noqa: SIM115
    real_stderr = sys.stderr
    sys.stderr = log_file  # the relay's handler is "ext://sys.stderr": send access lines to the file
    logging.config.dictConfig(log_config("info"))
    sys.stderr = real_stderr
    app = build_app(CATALOG, ROUTERS, upstream=_Upstream())
    out = {}
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    access = logging.getLogger("relay.access")
    os.environ["RELAY_LOG_FORMAT"] = "json"
    json_app = build_app(CATALOG, ROUTERS, upstream=_Upstream())
    bare_app = build_app(CATALOG, ROUTERS, upstream=_Upstream())  # metrics off (below)
    del os.environ["RELAY_LOG_FORMAT"]
    metrics = bare_app.metrics

    def _observe(call):
        metrics.inflight -= 1

    metrics.observe, metrics.keyed = _observe, lambda call: None
    on, off, as_json, no_metrics = [], [], [], []
    for _ in range(3):  # alternate, keep the best of each: the machine is shared
        access.setLevel(logging.INFO)
        on.append(runner(_drive(app, args.n)))
        as_json.append(runner(_drive(json_app, args.n)))
        access.setLevel(logging.WARNING)
        off.append(runner(_drive(app, args.n)))
        no_metrics.append(runner(_drive(bare_app, args.n)))
    access.setLevel(logging.INFO)
    out["log_on_us"], out["log_off_us"] = min(on), min(off)
    out["json_log_us"], out["no_metrics_no_log_us"] = min(as_json), min(no_metrics)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        runner(_drive(app, args.n // 4))
        prof.disable()
        stats = pstats.Stats(prof)
        rows = []
        for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():
            short = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
            rows.append((tt, ct, nc, f"{func} ({short}:{line})"))
        rows.sort(reverse=True)
        calls = args.n // 4 + 200
        out["profile"] = [[round(tt / calls * 1e6, 2), round(ct / calls * 1e6, 2), round(nc / calls, 2), name]
                          for tt, ct, nc, name in rows[:25]]
    log_file.close()
    os.unlink(log_file.name)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
