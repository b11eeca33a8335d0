"""`relay serve`: uvicorn (uvloop) running the relay's own HTTP protocol (runtime/server.py) on the generated
app factory, with one worker or N workers under a small supervisor.

The listening sockets are bound here, in the parent, before any worker starts: the port is first checked with
a plain bind (which fails while any other process listens on it, SO_REUSEPORT or not), then each worker gets
its own SO_REUSEPORT socket, so the kernel balances connections across this relay's workers and a second relay
can never join the same port. Once every worker answers, one line says where the relay listens and how it is
configured; an open relay or a missing upstream key is said loudly, whatever the log level.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import sys
import time

from .config import ConfigError, load_settings

APP = "generated.app:create_app"
_FD_RESERVE = 256  # descriptors beyond the connection limits: logs, the database, DNS, the listening socket
_READY_TIMEOUT = 60.0


def log_config(level: str, fmt: str = "plain") -> dict:
    """uvicorn's logging config plus the relay's own loggers, plain or JSON (runtime/logformat.py)."""
    from .logformat import logging_config

    return logging_config(level, fmt)


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> int:
    """Run the relay until interrupted. Returns the process exit code (2: the configuration cannot work)."""
    try:
        settings = load_settings()
    except ConfigError as exc:
        _say(os.environ.get("RELAY_LOG_FORMAT", "plain").lower(), str(exc), "error")
        return 2
    # --- observability: the workers' metrics directory, before the app (and prometheus_client) is imported.
    # One worker keeps its metrics in-process (nothing to sum) unless the operator names a directory.
    from .metrics.multiproc import prepare_directory, remove_directory

    metrics_dir, own_dir = None, False
    if workers > 1 or os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        try:
            metrics_dir, own_dir = prepare_directory()
        except OSError as exc:
            _say(settings.relay_log_format, f"PROMETHEUS_MULTIPROC_DIR cannot be used: {exc.strerror or exc}.",
                 "error")
            return 2
    try:
        return _serve(settings, host, port, workers)
    finally:
        if own_dir:
            remove_directory(metrics_dir)


def _say(fmt: str, message: str, level: str = "info") -> None:
    """A notice printed whatever the log level (start-up line, warnings), in the log format."""
    if fmt == "json":
        from .logformat import json_line

        message = json_line(message, level=level)
    print(message, file=sys.stderr, flush=True)


def _serve(settings, host: str, port: int, workers: int) -> int:
    fmt = settings.relay_log_format
    if fmt == "json":
        import logging

        logging.captureWarnings(True)  # warnings.warn() output goes through the JSON formatter too
    try:
        import generated.app  # noqa: F401  (fail here, in one sentence, rather than inside uvicorn)
        from generated.catalog import CATALOG
    except ImportError as exc:
        _say(fmt, f"The generated app cannot be imported ({exc}); run `relay generate` first.", "error")
        return 2
    if workers > 1 and any(op.policy.validate for op in CATALOG):
        import importlib  # the body models, once, before the fork: every worker starts with them loaded

        importlib.import_module("generated.models")
    try:
        database_keys = _prepare_database(settings)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    warning = raise_fd_limit(settings.relay_max_connections + settings.relay_max_upstream_connections
                             + _FD_RESERVE)
    if warning:
        _say(fmt, warning, "warning")
    try:
        sockets = bind(host, port, workers)
    except OSError as exc:
        _say(fmt, f"Cannot listen on {host}:{port}: {exc.strerror or exc}.", "error")
        return 2
    options = _uvicorn_options(settings)
    announce = _announcement(settings, CATALOG, host, sockets[0].getsockname()[1], workers, database_keys)
    if workers <= 1:
        return _run_worker(sockets[0], options, on_ready=announce)
    return _supervise(sockets, options, announce, fmt)


def bind(host: str, port: int, workers: int) -> list[socket.socket]:
    """The listening sockets, one per worker. Raises OSError when another process holds the port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    probe = socket.socket(family, socket.SOCK_STREAM)
    try:  # a plain bind fails while anything listens on the port, SO_REUSEPORT listeners included
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
        port = probe.getsockname()[1]
    finally:
        probe.close()
    reuse = workers > 1 and hasattr(socket, "SO_REUSEPORT")
    sockets = []
    try:
        for _ in range(workers if reuse else 1):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if reuse:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            sock.set_inheritable(True)
            sockets.append(sock)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def _prepare_database(settings) -> str:
    """Create the data directory, apply the migrations (before any worker starts) and describe the database's
    keys for the start-up line. A database that cannot be used stops start-up in one sentence."""
    import asyncio

    from .store import Store, StoreError, paths

    url = paths.database_url(settings)
    if url.startswith("sqlite"):
        paths.ensure_data_dir(paths.data_dir(settings))
    secret = paths.key_secret(settings)

    async def prepare() -> str:
        async with Store(url, key_secret=secret) as store:
            await store.upgrade()
            keys = await store.load_keys()
        active = sum(key.active(time.time()) for key in keys)
        if settings.relay_auth and not settings.static_keys and not active:
            raise ConfigError("Relay auth is on (RELAY_AUTH) but no relay keys are configured: set RELAY_KEYS or "
                              "RELAY_KEYS_FILE, create one with `relay keys create NAME`, or set RELAY_AUTH=false "
                              "to run an open relay.")
        return f"{active} database key(s) in {paths.redact_url(url)}"

    try:
        return asyncio.run(prepare())
    except StoreError as exc:
        raise ConfigError(str(exc)) from None


def raise_fd_limit(need: int) -> str | None:
    """Raise the soft open-files limit to `need` where the hard limit allows; a one-line warning if it cannot."""
    try:
        import resource
    except ImportError:  # not POSIX
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= need:
        return None
    target = need if hard == resource.RLIM_INFINITY else min(need, hard)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ValueError, OSError):
        target = soft
    if target < need:
        return (f"warning: the open-files limit is {target}, below the {need} that RELAY_MAX_CONNECTIONS + "
                f"RELAY_MAX_UPSTREAM_CONNECTIONS need per worker; lower those or raise `ulimit -n`.")
    return None


def _uvicorn_options(settings) -> dict:
    from .routing import is_websocket_path
    from .server import ConnectionLimits, protocol_class

    http = protocol_class(ConnectionLimits.from_settings(settings, is_websocket_path))
    return dict(factory=True, loop="uvloop", http=http, ws="websockets-sansio", lifespan="on",
                access_log=False, proxy_headers=False, server_header=False, date_header=False,
                ws_max_size=settings.relay_ws_max_message_bytes, log_level=settings.relay_log_level,
                log_config=log_config(settings.relay_log_level, settings.relay_log_format), timeout_graceful_shutdown=5,
                backlog=2048)


def _announcement(settings, catalog, host: str, port: int, workers: int, database_keys: str):
    """The start-up line, and the warnings that must not go unnoticed (printed, not logged: they show at any
    log level)."""
    shown_host = f"[{host}]" if ":" in host else host
    if settings.relay_auth:
        auth = f"{len(settings.static_keys)} static key(s), {database_keys}"
    else:
        auth = "OPEN (RELAY_AUTH=false: no relay key needed)"
    spec = catalog.spec_version or "?"
    line = (f"relay listening on http://{shown_host}:{port} — {workers} worker(s), {len(catalog)} operations, "
            f"spec {spec} ({catalog.spec_sha256[:12]}), auth: {auth}, upstream {settings.openai_base_url}")

    fmt = settings.relay_log_format

    def announce() -> None:
        _say(fmt, line)
        if not settings.relay_auth:
            _say(fmt, "WARNING: this relay is OPEN: anyone who can reach it spends the upstream key. Set "
                      "RELAY_AUTH=true and relay keys unless it is only reachable by you.", "warning")
        if settings.openai_api_key is None:
            _say(fmt, "WARNING: OPENAI_API_KEY is not set: every API call will be answered 503 "
                      "upstream_key_missing.", "warning")
        if workers > 1 and not settings.relay_redis_url:
            _say(fmt, f"WARNING: per-key limits are enforced per worker ({workers} workers, no RELAY_REDIS_URL): a "
                      f"key with rpm 10 may make up to {10 * workers} calls a minute; set RELAY_REDIS_URL to share "
                      "them.", "warning")

    return announce


def _run_worker(sock: socket.socket, options: dict, on_ready=None) -> int:
    import uvicorn

    class _Server(uvicorn.Server):
        async def startup(self, sockets=None):
            await super().startup(sockets=sockets)
            if self.started and on_ready is not None:
                on_ready()

    server = _Server(uvicorn.Config(APP, **options))
    server.run(sockets=[sock])
    return 0 if server.started else 3  # 3: the app failed to start (uvicorn's own code for it)


def _worker_main(sock: socket.socket, options: dict, ready) -> None:
    sys.exit(_run_worker(sock, options, on_ready=ready.set))


def _supervise(sockets: list[socket.socket], options: dict, announce, fmt: str = "plain") -> int:
    """N workers, each with its own SO_REUSEPORT socket: the kernel spreads connections across them.
    (uvicorn's workers share one socket and whichever is awake accepts a burst: keep-alive clients then
    stay on one worker for good — measured, docs/notes.md.) A worker that dies is replaced on its socket."""
    from .metrics.multiproc import worker_exited

    context = multiprocessing.get_context("fork")  # the parent has imported the app: workers start faster
    stopping = False
    started: dict[int, float] = {}
    ready = [context.Event() for _ in sockets]

    def start(i: int) -> multiprocessing.Process:
        proc = context.Process(target=_worker_main, args=(sockets[i], options, ready[i]), daemon=False)
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
    announced = False
    procs = [start(i) for i in range(len(sockets))]
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    deadline = time.monotonic() + _READY_TIMEOUT
    while True:
        alive = [p for p in procs if p.is_alive()]
        if stopping and not alive:
            return 1 if failed else 0
        if not announced and not stopping and all(e.is_set() for e in ready):
            announced = True
            announce()
        multiprocessing.connection.wait([p.sentinel for p in alive] or [], timeout=0.05 if not announced else 1)
        if not announced and time.monotonic() > deadline and not stopping:
            _say(fmt, "relay workers did not start in time.", "error")
            stop(None, None)
            failed = True
        if not stopping:
            for i, proc in enumerate(procs):
                if not proc.is_alive():
                    worker_exited(proc.pid)  # metrics: its in-flight gauge goes, its counters stay
                    if time.monotonic() - started[proc.pid] < 5:  # dies at start-up: restarting won't help
                        stop(None, None)
                        _say(fmt, f"relay worker {proc.pid} failed at start-up ({proc.exitcode}).", "error")
                        failed = True
                        continue
                    _say(fmt, f"relay worker {proc.pid} exited ({proc.exitcode}); starting another", "warning")
                    procs[i] = start(i)
