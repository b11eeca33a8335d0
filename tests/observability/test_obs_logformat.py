"""`RELAY_LOG_FORMAT`: the JSON formatter, and the logging configuration `relay serve` installs (applied in a
child process: dictConfig changes the whole process's logging)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from obs_support import parse_json_lines

from runtime.config import ConfigError, load_settings
from runtime.logformat import JsonFormatter, json_line

ROOT = Path(__file__).resolve().parents[2]


def _record(message, *args, exc_info=None, name="relay", level=logging.WARNING):
    return logging.LogRecord(name, level, __file__, 1, message, args, exc_info)


def test_a_record_is_one_json_line_with_its_request_id():
    line = JsonFormatter().format(_record("%s upstream error: %s", "req_0a1b2c3d000042", "line one\nline two é"))
    assert "\n" not in line
    value = json.loads(line)
    assert value["level"] == "warning" and value["logger"] == "relay" and value["time"].endswith("Z")
    assert value["message"] == "req_0a1b2c3d000042 upstream error: line one\nline two é"
    assert value["request_id"] == "req_0a1b2c3d000042"
    ws = json.loads(JsonFormatter().format(_record("ws req_00ff00ff000001 /v1/realtime open key=k")))
    assert ws["request_id"] == "req_00ff00ff000001"
    assert "request_id" not in json.loads(JsonFormatter().format(_record("Started server process [1]")))


def test_an_exception_is_one_field():
    try:
        raise ValueError("boom")
    except ValueError:
        line = JsonFormatter().format(_record("failed", exc_info=sys.exc_info(), level=logging.ERROR))
    assert "\n" not in line
    value = json.loads(line)
    assert value["message"] == "failed" and "Traceback" in value["exception"] and "ValueError: boom" in value["exception"]


def test_notices_outside_logging():
    value = json.loads(json_line("relay listening on http://127.0.0.1:1", level="warning"))
    assert value["logger"] == "relay.serve" and value["level"] == "warning" and value["message"].startswith("relay")


def test_an_unknown_format_is_one_sentence():
    with pytest.raises(ConfigError, match="RELAY_LOG_FORMAT is invalid"):
        load_settings(RELAY_KEYS="k", RELAY_LOG_FORMAT="xml", _env_file=None)


_SCRIPT = textwrap.dedent("""
    import logging, logging.config, sys, warnings
    from runtime.serve import log_config
    logging.config.dictConfig(log_config("info", sys.argv[1]))
    logging.captureWarnings(True)
    logging.getLogger("uvicorn.error").info("Started server process [%d]", 1)
    logging.getLogger("uvicorn.access").info("uvicorn's own access line")
    logging.getLogger("relay").warning("%s upstream error: %s", "req_0000000a000001", "reset")
    logging.getLogger("relay.websocket").info("ws %s /v1/realtime open", "req_0000000a000002")
    logging.getLogger("sqlalchemy.engine").warning("a library's warning")
    logging.getLogger("relay.access").debug("not at info")
    warnings.warn("deprecated thing")
    try:
        1 / 0
    except ZeroDivisionError:
        logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
    from runtime.accesslog import AccessLog
    log = AccessLog(json=sys.argv[1] == "json")
    log.add(b"req_0000000a000003", "GET", "/health", 200, 0.0)
    log.add(b"req_0000000a000004", "GET", "/docs\\n\\"x", 200, 0.0)
""")


def _run(fmt: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELAY_")}
    result = subprocess.run([sys.executable, "-c", _SCRIPT, fmt], env={**env, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stderr + result.stdout


def test_json_every_line_from_every_logger():
    lines = parse_json_lines(_run("json"))
    by_logger = {}
    for line in lines:
        by_logger.setdefault(line["logger"], []).append(line)
    assert set(by_logger) == {"uvicorn.error", "uvicorn.access", "relay", "relay.websocket", "sqlalchemy.engine",
                              "py.warnings", "relay.access"}, by_logger
    assert by_logger["relay"][0]["request_id"] == "req_0000000a000001"
    assert by_logger["relay.websocket"][0]["request_id"] == "req_0000000a000002"
    error = by_logger["uvicorn.error"][-1]
    assert error["level"] == "error" and "ZeroDivisionError" in error["exception"]
    assert "deprecated thing" in by_logger["py.warnings"][0]["message"]
    access = by_logger["relay.access"]
    assert [a["request_id"] for a in access] == ["req_0000000a000003", "req_0000000a000004"]
    assert access[1]["path"] == '/docs\n"x' and access[0]["status"] == 200 and "duration_ms" in access[0]


def test_plain_lines():
    lines = _run("plain").splitlines()
    relay = next(line for line in lines if "upstream error" in line)
    assert relay.split(" ")[2:4] == ["WARNING", "req_0000000a000001"]  # date, time, level, then the request id
    access = [line for line in lines if line.startswith("req_0000000a00000")]
    assert len(access) == 2 and " GET /health 200 " in access[0]
    assert "\\n" in access[1]  # a control character in a path is escaped, never a line break
    assert any("a library's warning" in line for line in lines)
