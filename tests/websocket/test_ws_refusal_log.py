"""Issue 11, item 10: every refused WebSocket handshake logs exactly one line, and that line carries the
relay's request id (the one in the refusal's `x-relay-request-id`): INFO for the client's mistakes, WARNING
for upstream failures. Never uvicorn's ERROR "returned without completing handshake" with no request id.

The whole app (`generated.app:create_app`) under uvicorn with the production WebSocket implementation."""

from __future__ import annotations

import asyncio
import logging

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from wsfixtures import RELAY_KEY, UPSTREAM_KEY, RelayServer, T, bearer, free_socket, make_settings

create_app = pytest.importorskip("generated.app").create_app


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        # the relay's server side only (the fake upstream logs too), each record once (handler on parents too)
        if record.name.startswith(("relay", "uvicorn")) and not any(seen is record for seen in self.records):
            self.records.append(record)


@pytest.fixture
def records():
    handler = _Records()
    loggers = [logging.getLogger(name) for name in ("", "relay", "uvicorn", "uvicorn.error")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:  # the levels `relay serve` runs at by default
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
    yield handler.records
    for lg, level in zip(loggers, levels):
        lg.removeHandler(handler)
        lg.setLevel(level)


async def _refused(url: str, headers: dict) -> tuple[int, str]:
    with pytest.raises(InvalidStatus) as refused:
        async with asyncio.timeout(T):
            async with connect(url, additional_headers=headers, open_timeout=T):
                pass
    response = refused.value.response
    return response.status_code, response.headers["x-relay-request-id"]


async def _settled(records: list, count: int) -> list[logging.LogRecord]:
    """The records logged since `count`, once the server has finished with the connection."""
    await asyncio.sleep(0.3)  # uvicorn logs its own lines after the app returns; give it the chance to
    return records[count:]


def _closed_port_url() -> str:
    sock = free_socket()  # bound, never listening: connections are refused
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/v1"


async def test_each_refusal_is_one_line_with_the_request_id(upstream, records):
    ws_impl = "websockets-sansio"  # what `relay serve` runs
    relay = await RelayServer(create_app(make_settings(upstream.base_url)), ws=ws_impl, log_level="info",
                              lifespan="on").start()
    dead = await RelayServer(create_app(make_settings(_closed_port_url())), ws=ws_impl, log_level="info",
                             lifespan="on").start()
    cases = [  # (url, headers, status, level)
        (relay.ws_url + "/realtime", bearer("rk-wrong"), 401, logging.INFO),
        (relay.ws_url + "/no/such/socket", bearer(), 404, logging.INFO),
        (relay.ws_url + "/realtime?refuse=400", bearer(), 400, logging.INFO),
        (relay.ws_url + "/realtime?refuse=500", bearer(), 500, logging.WARNING),
        (dead.ws_url + "/realtime", bearer(), 502, logging.WARNING),
    ]
    try:
        for url, headers, status, level in cases:
            count = len(records)
            got, request_id = await _refused(url, headers)
            assert got == status
            new = await _settled(records, count)
            lines = [(r.name, r.levelname, r.getMessage()) for r in new]
            assert len(new) == 1, (url, lines)
            (record,) = new
            message = record.getMessage()
            assert record.name == "relay.websocket" and record.levelno == level, (url, lines)
            assert message.startswith(f"{request_id} ws ") and f"refused {status}" in message, message
            assert RELAY_KEY not in message and UPSTREAM_KEY not in message and "rk-wrong" not in message
        assert not [r for r in records if r.levelno >= logging.ERROR]
        assert any("ConnectionRefusedError" in r.getMessage() for r in records)  # the cause, for the operator
    finally:
        await relay.stop()
        await dead.stop()


async def test_an_accepted_session_logs_open_and_closed_with_its_request_id(upstream, records):
    relay = await RelayServer(create_app(make_settings(upstream.base_url)), ws="websockets-sansio",
                              log_level="info", lifespan="on").start()
    try:
        async with asyncio.timeout(T):
            async with connect(relay.ws_url + "/realtime", additional_headers=bearer()) as ws:
                request_id = ws.response.headers["x-relay-request-id"]
                await ws.send("hello")
                assert await ws.recv() == "hello"
        new = await _settled(records, 0)
        messages = [r.getMessage() for r in new]
        assert len(new) == 2 and all(m.startswith(f"{request_id} ws /v1/realtime ") for m in messages), messages
        assert " open key=env-1 " in messages[0] and " closed " in messages[1]
    finally:
        await relay.stop()
