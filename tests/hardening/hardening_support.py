"""Support for the hardening tests: raw-socket clients (what a hostile client sends), a recording fake
upstream that can misbehave on request, and the relay on real loopback sockets with chosen limits."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))

from aiohttp import web  # noqa: E402
from relay_support import (  # noqa: E402,F401
    CANARY,
    RELAY_KEY,
    assert_no_canary,
    captured_logs,
    free_port,
    make_catalog,
    make_settings,
    serve_aiohttp,
    serve_relay,
)

from runtime.app import build_app  # noqa: E402
from runtime.routing import is_websocket_path  # noqa: E402
from runtime.server import ConnectionLimits  # noqa: E402

T = 10  # seconds: the most any single wait in these tests may take


class FakeUpstream:
    """A fake OpenAI under /base that records what reached it and misbehaves where the query asks
    (`?do=slow&s=N`, `chunked-break`, `length-short`, `sse-stall`)."""

    def __init__(self):
        self.seen: list[dict] = []
        self.closed_at: list[float] = []  # monotonic times at which a handler saw its client go away
        self.active = 0
        self.peak = 0

    def app(self) -> web.Application:
        app = web.Application(client_max_size=256 * 1024 * 1024)
        app.router.add_route("*", "/base/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request):
        body = await request.read()
        self.seen.append({"method": request.method, "path_qs": request.raw_path,
                          "headers": list(request.raw_headers), "body": body})
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            tail = request.query.get("do", "")
            if tail == "slow":
                await asyncio.sleep(float(request.query.get("s", "30")))
                return web.json_response({"slow": True})
            if tail == "chunked-break":
                resp = web.StreamResponse(headers={"Content-Type": "application/json"})
                await resp.prepare(request)
                await resp.write(b'{"partial": ')
                await asyncio.sleep(0.05)
                request.transport.close()
                return resp
            if tail == "length-short":
                resp = web.StreamResponse(headers={"Content-Type": "application/octet-stream",
                                                   "Content-Length": "100000"})
                await resp.prepare(request)
                await resp.write(b"x" * 70000)
                await asyncio.sleep(0.05)
                request.transport.close()
                return resp
            if tail == "sse-stall":
                resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
                await resp.prepare(request)
                await resp.write(b"data: {\"n\": 1}\n\n")
                await asyncio.sleep(30)
                return resp
            return web.json_response({"ok": True, "length": len(body)})
        except asyncio.CancelledError:
            self.closed_at.append(time.monotonic())
            raise
        finally:
            self.active -= 1


@contextmanager
def relay_with(upstream_url: str, limits: ConnectionLimits | None = None, **settings):
    """The relay (test catalog) on a loopback port in front of `upstream_url`; yields (host, port, app)."""
    values = {"OPENAI_BASE_URL": upstream_url, "RELAY_TIMEOUT": "3", "RELAY_CONNECT_TIMEOUT": "2"}
    values.update({k: str(v) for k, v in settings.items()})
    app = build_app(make_catalog(), (), settings=make_settings(**values))
    if limits is None:
        limits = ConnectionLimits.from_settings(app.settings, is_websocket_path)
    with serve_relay(app, limits) as url:
        host, port = url.removeprefix("http://").split(":")
        yield host, int(port), app


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=T)
    return sock


def read_response(sock: socket.socket, timeout: float = T) -> tuple[int, dict[str, str], bytes]:
    """One HTTP/1.1 response (Content-Length framed, or until close). Raises on timeout."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before a response head: {data[:200]!r}")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        need = int(headers["content-length"])
        while len(rest) < need:
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        return status, headers, rest[:need]
    while True:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        if not chunk:
            break
        rest += chunk
    return status, headers, rest


def closed_by_peer(sock: socket.socket, timeout: float = T) -> bool:
    """True when the peer closes (FIN or RST) within `timeout`; data sent meanwhile is skipped."""
    sock.settimeout(timeout)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if not sock.recv(65536):
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False
    return False


def error_of(body: bytes) -> dict:
    error = json.loads(body)["error"]
    assert set(error) == {"message", "type", "param", "code"}, error
    return error


def get(port: int, path: str = "/v1/files", key: str = RELAY_KEY) -> tuple[int, dict, bytes]:
    """A normal client's keyed GET on a new connection."""
    with connect(port) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer {key}\r\n"
                     f"Connection: close\r\n\r\n".encode())
        return read_response(sock)


@contextmanager
def fake_upstream():
    fake = FakeUpstream()
    with serve_aiohttp(fake.app) as (url, loop):
        fake.url = url + "/base"
        fake.loop = loop
        yield fake


def run_in_thread(fn, *args) -> threading.Thread:
    thread = threading.Thread(target=fn, args=args, daemon=True)
    thread.start()
    return thread
