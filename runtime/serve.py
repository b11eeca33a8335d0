"""`relay serve`: uvicorn (uvloop + httptools) on the generated app factory."""

from __future__ import annotations

import copy
import sys

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
    import uvicorn

    uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, loop="uvloop", http="httptools",
                ws="websockets-sansio", lifespan="on", access_log=False, proxy_headers=False, server_header=False,
                date_header=False, ws_max_size=settings.relay_ws_max_message_bytes,
                log_level=settings.relay_log_level, log_config=log_config(
                    settings.relay_log_level), timeout_graceful_shutdown=5)
    return 0
