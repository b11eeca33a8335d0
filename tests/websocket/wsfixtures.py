"""Real sockets on loopback: a fake OpenAI WebSocket upstream (the `websockets` library) and the relay served
by uvicorn, both in the test's event loop. Every await in the tests is bounded by `asyncio.timeout`."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest
import uvicorn
from websockets.asyncio.server import serve
from websockets.datastructures import Headers
from websockets.http11 import Response

from runtime.config import Settings
from runtime.keys.ring import KeyRing
from runtime.server import ConnectionLimits, protocol_class
from runtime.websocket import WebSocketRelay

UPSTREAM_KEY = "sk-canary-UPSTREAM-0123456789abcdef"
RELAY_KEY = "rk-test-relay-key-42"
ADMIN_ONLY_KEY = "rk-admin-only"
T = 5.0  # seconds: the bound on any single wait in these tests


@dataclass
class Seen:
    """What the fake upstream saw of one connection."""
    path: str
    query: dict
    headers: Headers
    subprotocol: str | None = None
    messages: list = field(default_factory=list)
    close_code: int | None = None
    close_reason: str | None = None
    closed: asyncio.Event = field(default_factory=asyncio.Event)


class FakeUpstream:
    """A WebSocket server that behaves like OpenAI's Realtime/Responses endpoints, driven by the query:

    - default: echo every message back unchanged (text as text, binary as binary);
    - `?refuse=<status>`: refuse the handshake with that status and a JSON error body;
    - `?close=<code>&reason=<r>`: after the first message, close with that code and reason;
    - `?delay=<s>`: wait that long before answering the handshake;
    - `?inflate=<n>`: answer every message with n bytes of text;
    - a text message `{"type": "session.update", ...}` is answered with `session.updated` (SDK round trip);
      `{"type": "response.create"}` with `response.created` + `response.completed`.
    """

    def __init__(self):
        self.attempts = 0  # handshake requests received (refused ones included)
        self.seen: list[Seen] = []
        self.server = None
        self.port = None
        self.connected = asyncio.Event()

    async def start(self):
        self.server = await serve(self._handler, "127.0.0.1", 0, process_request=self._process_request,
                                  process_response=self._process_response,
                                  select_subprotocol=self._select_subprotocol, max_size=None)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self):
        self.server.close()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(T):
                await self.server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _select_subprotocol(self, connection, subprotocols):
        for proto in subprotocols:  # like OpenAI: pick "realtime" if offered, never a key subprotocol
            if proto == "realtime":
                return proto
        return None

    async def _process_request(self, connection, request):
        self.attempts += 1
        query = parse_qs(urlsplit(request.path).query)
        if "delay" in query:  # a slow handshake
            await asyncio.sleep(float(query["delay"][0]))
        if "refuse" in query:
            status = int(query["refuse"][0])
            body = json.dumps({"error": {"message": f"refused with {status}", "type": "invalid_request_error",
                                         "param": None, "code": "refused"}}).encode()
            headers = Headers([("Content-Type", "application/json"), ("x-request-id", "req_upstream_123"),
                               ("Content-Length", str(len(body)))])
            return Response(status, HTTPStatus(status).phrase, headers, body)
        return None

    def _process_response(self, connection, request, response):
        if response.status_code == 101:
            response.headers["x-request-id"] = "req_ws_upstream"
            response.headers["openai-processing-ms"] = "7"
        return response

    async def _handler(self, ws):
        parts = urlsplit(ws.request.path)
        seen = Seen(path=parts.path, query=parse_qs(parts.query), headers=ws.request.headers,
                    subprotocol=ws.subprotocol)
        self.seen.append(seen)
        self.connected.set()
        close = seen.query.get("close")
        try:
            async for message in ws:
                seen.messages.append(message)
                if close:
                    reason = seen.query.get("reason", [""])[0]
                    await ws.close(int(close[0]), reason)
                    break
                inflate = seen.query.get("inflate")
                reply = ["y" * int(inflate[0])] if inflate else _reply(message)
                for item in reply:
                    await ws.send(item)
        finally:
            await ws.wait_closed()
            rcvd = ws.protocol.close_rcvd or ws.protocol.close_sent
            seen.close_code = rcvd.code if rcvd else None
            seen.close_reason = rcvd.reason if rcvd else None
            seen.closed.set()


def _reply(message):
    if isinstance(message, str) and message.startswith("{"):
        try:
            event = json.loads(message)
        except ValueError:
            return [message]
        kind = event.get("type")
        if kind == "session.update":
            session = dict(event.get("session") or {})
            session.setdefault("type", "realtime")
            return [json.dumps({"type": "session.updated", "event_id": "evt_1", "session": session})]
        if kind == "response.create":
            return [json.dumps({"type": "response.created", "sequence_number": 0,
                                "response": {"id": "resp_1", "object": "response", "status": "in_progress"}}),
                    json.dumps({"type": "response.completed", "sequence_number": 1,
                                "response": {"id": "resp_1", "object": "response", "status": "completed"}})]
    return [message]


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class RelayServer:
    """`app` served by uvicorn on a free loopback port, in this event loop."""

    def __init__(self, app, **config):
        self.sock = free_socket()
        self.port = self.sock.getsockname()[1]
        self.config = uvicorn.Config(app, **{"lifespan": "off", "log_level": "warning",
                                             "http": protocol_class(ConnectionLimits()), **config})
        self.server = uvicorn.Server(self.config)
        self.task = None

    async def start(self):
        self.task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        async with asyncio.timeout(T):
            while not self.server.started:
                if self.task.done():
                    self.task.result()
                await asyncio.sleep(0.005)
        return self

    async def stop(self):
        self.server.should_exit = True
        try:
            async with asyncio.timeout(T):
                await self.task
        except TimeoutError:
            self.task.cancel()
        self.sock.close()

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def make_settings(upstream_base: str, **overrides) -> Settings:
    keys_file = overrides.pop("keys_file", None)
    values = dict(OPENAI_API_KEY=UPSTREAM_KEY, OPENAI_BASE_URL=upstream_base, RELAY_KEYS=RELAY_KEY,
                  RELAY_WS_PING_INTERVAL=20, RELAY_CONNECT_TIMEOUT=3)
    if keys_file:
        values["RELAY_KEYS_FILE"] = keys_file
    values.update(overrides)
    return Settings(_env_file=None, **values)


def ws_only(relay: WebSocketRelay):
    """Until `runtime.app.build_app` exists: websocket scopes to the relay, nothing else."""
    async def app(scope, receive, send):
        if scope["type"] == "websocket":
            await relay(scope, receive, send)
        elif scope["type"] == "http":
            await send({"type": "http.response.start", "status": 404, "headers": []})
            await send({"type": "http.response.body", "body": b""})
    return app


@pytest.fixture
async def upstream():
    fake = await FakeUpstream().start()
    yield fake
    await fake.stop()


@pytest.fixture
def keys_file(tmp_path):
    path = tmp_path / "keys.yaml"
    path.write_text(f"keys:\n  - {{name: admins, key: {ADMIN_ONLY_KEY}, scopes: [admin]}}\n")
    return str(path)


@pytest.fixture
async def relay_factory(upstream):
    servers = []

    async def make(ws_impl: str = "auto", **overrides):
        settings = make_settings(upstream.base_url, **overrides)
        relay = WebSocketRelay(settings, KeyRing.from_settings(settings))
        server = await RelayServer(ws_only(relay), ws=ws_impl).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        await server.stop()


@pytest.fixture
async def relay(relay_factory):
    return await relay_factory()


def bearer(key: str = RELAY_KEY) -> dict:
    return {"Authorization": f"Bearer {key}"}
