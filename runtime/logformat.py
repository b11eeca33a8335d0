"""Log formats of the relay process: `RELAY_LOG_FORMAT=plain` (default) or `json`.

With `json`, every line the process prints is one JSON object: the access log writes its own lines
(runtime/accesslog.py); uvicorn's loggers, the relay's and every other library's (through the root logger)
go through `JsonFormatter`; `relay serve`'s own notices through `json_line`. Fields: `time` (UTC, ISO 8601),
`level`, `logger`, `message`, `request_id` when the message starts with one (the relay's request-scoped lines
do), `exception` (the formatted traceback, one string) and `stack` when the record has them.
"""

from __future__ import annotations

import json
import logging
import re
import time

__all__ = ["FORMATS", "JsonFormatter", "json_line", "logging_config"]

FORMATS = ("plain", "json")
_REQUEST_ID = re.compile(r"(?:ws )?(req_[0-9a-f]+)\b")


class JsonFormatter(logging.Formatter):
    """One JSON object per record (a multi-line message or traceback stays inside its string)."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        out = {"time": _utc(record.created), "level": record.levelname.lower(), "logger": record.name,
               "message": message}
        found = _REQUEST_ID.match(message)
        if found:
            out["request_id"] = found.group(1)
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["exception"] = record.exc_text
        if record.stack_info:
            out["stack"] = self.formatStack(record.stack_info)
        return json.dumps(out, ensure_ascii=False, default=str, separators=(",", ":"))


def json_line(message: str, *, level: str = "info", logger: str = "relay.serve") -> str:
    """A line printed outside logging (start-up notices) in the JSON format."""
    return json.dumps({"time": _utc(time.time()), "level": level, "logger": logger, "message": message},
                      ensure_ascii=False, separators=(",", ":"))


def _utc(created: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)) + f".{int(created % 1 * 1000):03d}Z"


def logging_config(level: str, fmt: str = "plain") -> dict:
    """uvicorn's logging config plus the relay's loggers and the root logger (other libraries), all in the
    same format. Access lines arrive in batches, each line already formatted (`%(message)s`)."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    formatters = config["formatters"]
    if fmt == "json":
        for name in list(formatters):
            formatters[name] = {"()": "runtime.logformat.JsonFormatter"}
        formatters["relay"] = {"()": "runtime.logformat.JsonFormatter"}
    else:
        formatters["relay"] = {"format": "%(asctime)s %(levelname)s %(message)s"}
    formatters["relay_access"] = {"format": "%(message)s"}
    handlers = config["handlers"]
    handlers["relay"] = {"class": "logging.StreamHandler", "formatter": "relay", "stream": "ext://sys.stderr"}
    handlers["relay_access"] = {"class": "logging.StreamHandler", "formatter": "relay_access",
                                "stream": "ext://sys.stderr"}
    loggers = config["loggers"]
    loggers["relay"] = {"handlers": ["relay"], "level": level.upper(), "propagate": False}
    loggers["relay.access"] = {"handlers": ["relay_access"], "level": level.upper(), "propagate": False}
    config["root"] = {"handlers": ["relay"], "level": "WARNING"}  # libraries' warnings, in the same format
    return config
