"""Run the relay (`relay serve`) with a server-side tweak, for experiments the bench reports on.

    BENCH_HIGH_WATER=1048576 BENCH_GC=freeze|log python bench/relay_variant.py --port 8000

BENCH_HIGH_WATER: uvicorn's request-body high-water mark (64 KiB by default: reading pauses, and resumes
after each `receive()`, once that much body is buffered).
BENCH_COALESCE=1: write a Content-Length response's head together with its first body message (one
send() syscall instead of two for a small response; uvicorn writes them separately).
BENCH_REUSEPORT=N: N worker processes, each with its own listening socket bound with SO_REUSEPORT (the
kernel spreads connections across them), instead of uvicorn's `--workers N`, where the workers share one
socket and whichever is awake accepts a whole burst of connections.
BENCH_NO_METRICS=1: the metrics count nothing (only calls in flight): the cost of metrics, by difference.
BENCH_NO_LEDGER=1: no ledger rows (the cost of the ledger, by difference).
BENCH_UVICORN_HTTP=1: uvicorn's own httptools protocol instead of the relay's connection layer
(runtime/server.py): the cost of that layer's limits, by difference.
BENCH_GC=log: print every garbage-collector pause over 0.5 ms to stderr; BENCH_GC=freeze: `gc.freeze()`
once the app is built (start-up objects leave the collected generations), and log pauses too.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if os.environ.get("BENCH_HIGH_WATER"):
    from uvicorn.protocols.http import httptools_impl

    httptools_impl.HIGH_WATER_LIMIT = int(os.environ["BENCH_HIGH_WATER"])

if os.environ.get("BENCH_COALESCE"):
    from uvicorn.protocols.http.httptools_impl import RequestResponseCycle

    _send = RequestResponseCycle.send

    class _Capture:
        def __init__(self, real, prefix=None):
            self.real, self.prefix, self.data = real, prefix, []

        def write(self, data):
            if self.prefix is None:
                self.data.append(data)
            else:
                self.real.write(self.prefix + data)
                self.prefix = b""

        def __getattr__(self, name):
            return getattr(self.real, name)

    async def send(self, message):
        kind = message["type"]
        if kind == "http.response.start" and any(k.lower() == b"content-length" for k, _ in message.get("headers", ())):
            real, self.transport = self.transport, _Capture(self.transport)
            try:
                await _send(self, message)
            finally:
                self._held, self.transport = b"".join(self.transport.data), real
            return
        held = getattr(self, "_held", None)
        if held is not None and kind == "http.response.body":
            self._held = None
            real, cap = self.transport, _Capture(self.transport, held)
            self.transport = cap
            try:
                await _send(self, message)
            finally:
                self.transport = real
                if cap.prefix:  # nothing written (HEAD): the head alone
                    real.write(cap.prefix)
            return
        await _send(self, message)

    RequestResponseCycle.send = send

if os.environ.get("BENCH_NO_METRICS"):
    from runtime.metrics import Metrics

    def _observe(self, call):
        self.inflight -= 1

    Metrics.observe = _observe
    Metrics.keyed = lambda self, call: None

if os.environ.get("BENCH_NO_LEDGER"):
    from runtime.usage.ledger import Ledger

    Ledger.record = lambda self, *args: None

if os.environ.get("BENCH_UVICORN_HTTP"):
    import runtime.serve

    _options = runtime.serve._uvicorn_options

    def _uvicorn_http(settings):
        return _options(settings) | {"http": "httptools"}

    runtime.serve._uvicorn_options = _uvicorn_http

_GC = os.environ.get("BENCH_GC", "")
if _GC:
    _start = [0.0]

    def _gc_pause(phase, info):
        if phase == "start":
            _start[0] = time.perf_counter()
        elif (pause := time.perf_counter() - _start[0]) > 0.0005:
            print(f"gc pause gen{info['generation']} {pause * 1000:.2f} ms, {info['collected']} collected",
                  file=sys.stderr, flush=True)

    gc.callbacks.append(_gc_pause)

if _GC == "freeze":
    import generated.app

    _create = generated.app.create_app

    def create_app(*args, **kwargs):
        app = _create(*args, **kwargs)
        gc.collect()
        gc.freeze()
        return app

    generated.app.create_app = create_app



def _reuseport_worker(host: str, port: int) -> None:
    import socket

    import uvicorn

    from runtime.config import load_settings
    from runtime.serve import APP, log_config

    settings = load_settings()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    config = uvicorn.Config(APP, factory=True, loop="uvloop", http="httptools", lifespan="on", access_log=False,
                            proxy_headers=False, server_header=False, date_header=False,
                            log_level=settings.relay_log_level, log_config=log_config(settings.relay_log_level))
    uvicorn.Server(config).run(sockets=[sock])


def _reuseport(n: int, argv: list[str]) -> int:
    import signal
    import subprocess

    children = [subprocess.Popen([sys.executable, __file__, "--reuseport-child", *argv]) for _ in range(n)]

    def stop(signum, frame):
        for child in children:
            child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return max(abs(child.wait()) for child in children)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--reuseport-child":
        rest = args[1:]
        host = rest[rest.index("--host") + 1] if "--host" in rest else "127.0.0.1"
        _reuseport_worker(host, int(rest[rest.index("--port") + 1]))
    elif os.environ.get("BENCH_REUSEPORT"):
        sys.exit(_reuseport(int(os.environ["BENCH_REUSEPORT"]), args))
    else:
        from runtime.cli import main

        sys.exit(main(["serve", *args]))
