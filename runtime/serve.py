"""`relay serve`: uvicorn (uvloop + httptools) on the generated app factory."""

from __future__ import annotations

import copy
import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import sys
import time

from .config import ConfigError, load_settings

APP = "generated.app:create_app"


def log_config(level: str) -> dict:
    """uvicorn's logging config plus the relay's own logger (request id first in every line)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["relay"] = {"format": "%(asctime)s %(levelname)s %(message)s"}
    config["handlers"]["relay"] = {"class": "logging.StreamHandler", "formatter": "relay",
                                   "stream": "ext://sys.stderr"}
    config["loggers"]["relay"] = {"handlers": ["relay"], "level": level.upper(), "propagate": False}
    # access lines arrive in batches, each line already stamped: "<time> <request id> <method> <path> ..."
    config["formatters"]["relay_access"] = {"format": "%(message)s"}
    config["handlers"]["relay_access"] = {"class": "logging.StreamHandler", "formatter": "relay_access",
                                          "stream": "ext://sys.stderr"}
    config["loggers"]["relay.access"] = {"handlers": ["relay_access"], "level": level.upper(),
                                         "propagate": False}
    return config


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    """Run the relay until interrupted. Returns the process exit code (2: the configuration cannot work)."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        import generated.app  # noqa: F401  (fail here, in one sentence, rather than inside uvicorn)
    except ImportError as exc:
        print(f"The generated app cannot be imported ({exc}); run `relay generate` first.", file=sys.stderr)
        return 2
    options = _uvicorn_options(settings)
    if workers <= 1:
        return _run_worker(host, port, options, reuse_port=False)
    if not hasattr(socket, "SO_REUSEPORT"):  # not Linux/BSD: uvicorn's shared-socket workers
        import uvicorn

        _tune_uvicorn()
        uvicorn.run(APP, host=host, port=port, workers=workers, **options)
        return 0
    return _supervise(host, port, workers, options)


def _uvicorn_options(settings) -> dict:
    from .routing import is_websocket_path
    from .server import ConnectionLimits, protocol_class

    http = protocol_class(ConnectionLimits.from_settings(settings, is_websocket_path))
    return dict(factory=True, loop="uvloop", http=http, ws="websockets-sansio", lifespan="on",
                access_log=False, proxy_headers=False, server_header=False, date_header=False,
                ws_max_size=settings.relay_ws_max_message_bytes, log_level=settings.relay_log_level,
                log_config=log_config(settings.relay_log_level), timeout_graceful_shutdown=5)


def _tune_uvicorn() -> None:
    """uvicorn pauses reading a request body once 64 KiB are buffered; with 1 MiB an upload goes through in
    far fewer pause/resume rounds (1 GiB: 0.9 -> 1.2-1.9 GB/s, half the CPU; docs/notes.md, Benchmarks).
    The constant is imported by name into each protocol module, so it is set there, in every worker."""
    from uvicorn.protocols.http import h11_impl, httptools_impl

    for module in (httptools_impl, h11_impl):
        if hasattr(module, "HIGH_WATER_LIMIT"):
            module.HIGH_WATER_LIMIT = _BODY_HIGH_WATER


_BODY_HIGH_WATER = 1024 * 1024


def _listen_socket(host: str, port: int, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def _run_worker(host: str, port: int, options: dict, reuse_port: bool) -> int:
    import uvicorn

    _tune_uvicorn()
    config = uvicorn.Config(APP, host=host, port=port, **options)
    try:
        sock = _listen_socket(host, port, reuse_port)
    except OSError as exc:
        print(f"Cannot listen on {host}:{port}: {exc.strerror}.", file=sys.stderr)
        return 2
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return 0 if server.started else 3  # 3: the app failed to start (uvicorn's own code for it)


def _worker_main(host: str, port: int, options: dict) -> None:
    sys.exit(_run_worker(host, port, options, reuse_port=True))


def _supervise(host: str, port: int, workers: int, options: dict) -> int:
    """N workers, each with its own SO_REUSEPORT socket: the kernel spreads connections across them.
    (uvicorn's workers share one socket and whichever is awake accepts a burst: keep-alive clients then
    stay on one worker for good — measured, docs/notes.md.) A worker that dies is replaced."""
    try:
        _listen_socket(host, port, reuse_port=True).close()  # a port in use fails here, in one sentence
    except OSError as exc:
        print(f"Cannot listen on {host}:{port}: {exc.strerror}.", file=sys.stderr)
        return 2
    context = multiprocessing.get_context("fork")  # the parent has imported the app: workers start faster
    stopping = False
    started: dict[int, float] = {}

    def start() -> multiprocessing.Process:
        proc = context.Process(target=_worker_main, args=(host, port, options), daemon=False)
        proc.start()
        started[proc.pid] = time.monotonic()
        return proc

    def stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        for proc in procs:
            if proc.is_alive():
                os.kill(proc.pid, signal.SIGTERM)

    failed = False
    procs = [start() for _ in range(workers)]
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        alive = [p for p in procs if p.is_alive()]
        if stopping and not alive:
            return 1 if failed else 0
        multiprocessing.connection.wait([p.sentinel for p in alive] or [], timeout=1)
        if not stopping:
            for i, proc in enumerate(procs):
                if not proc.is_alive():
                    if time.monotonic() - started[proc.pid] < 5:  # dies at start-up: restarting won't help
                        stop(None, None)
                        print(f"relay worker {proc.pid} failed at start-up ({proc.exitcode}).", file=sys.stderr)
                        failed = True
                        continue
                    print(f"relay worker {proc.pid} exited ({proc.exitcode}); starting another", file=sys.stderr)
                    procs[i] = start()
