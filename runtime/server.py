"""The relay's HTTP/1.1 server protocol: the connection layer, owned (uvicorn runs it as its `http` class).

Why our own: the limits that keep one hostile client from stalling the relay have to be enforced *while
parsing*, before any ASGI call, and uvicorn's protocols have none of them. It also lets the relay answer those
refusals in OpenAI's envelope, tell the forwarder at once when a client hangs up, and write a response head
together with its first body chunk. Per connection, with every limit a setting (`ConnectionLimits`):

- request line + headers over `max_header_bytes`, or more than `max_headers` headers: 431; a target over
  `max_url_bytes`: 414. Bytes are counted before they reach the parser, so at most one read beyond the limit
  is ever held and the cost stays linear (httptools itself joins header fragments quadratically).
- no complete head within `header_timeout` of the connection opening (or of the first byte of a keep-alive
  request): closed (408 if part of a head arrived); a keep-alive connection idle for `keepalive_timeout`: closed.
- more than `max_connections` open: the oldest connection still waiting for a head is closed to make room;
  when none is, the new connection gets a 503 and is closed. Requests on existing connections carry on.
- no request-body bytes for `body_timeout` while the app waits for them: `receive()` answers
  `{"type": "http.disconnect", "reason": "body_timeout"}`, and a 408 goes out unless the app answered itself.
- an `Upgrade` that is not a WebSocket handshake (GET, `Upgrade: websocket`, a WebSocket path): 400.

Timeouts are enforced by one sweep per second over connections kept in deadline order, not a timer per request.
The ASGI scope carries `scope["extensions"]["relay.cycle"]`: `cycle.on_disconnect` (a callable the app may set)
runs as soon as the client's connection is lost, so an upstream call can be cancelled while it waits.
"""

from __future__ import annotations

import asyncio
import http
import logging
import urllib.parse
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import httptools

from .errors import ResponseAborted, error_body
from .routing import is_websocket_path

__all__ = ["ConnectionLimits", "RelayProtocol", "protocol_class"]

log = logging.getLogger("relay.server")


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    max_header_bytes: int = 64 * 1024
    max_headers: int = 100
    max_url_bytes: int = 16 * 1024
    header_timeout: float = 20.0
    keepalive_timeout: float = 5.0
    body_timeout: float = 60.0
    max_connections: int = 4096
    body_high_water: int = 1024 * 1024  # request-body bytes buffered before reading from the client pauses
    is_websocket_path: Callable[[str], bool] = is_websocket_path

    @classmethod
    def from_settings(cls, settings, is_websocket_path: Callable[[str], bool] | None = None) -> ConnectionLimits:
        return cls(max_header_bytes=settings.relay_max_header_bytes, max_headers=settings.relay_max_headers,
                   max_url_bytes=settings.relay_max_url_bytes, header_timeout=settings.relay_header_timeout,
                   keepalive_timeout=settings.relay_keepalive_timeout, body_timeout=settings.relay_body_timeout,
                   max_connections=settings.relay_max_connections,
                   is_websocket_path=is_websocket_path or globals()["is_websocket_path"])


def protocol_class(limits: ConnectionLimits) -> type[RelayProtocol]:
    """A protocol class bound to `limits`, with its own connection registry (one per server)."""
    return type("RelayProtocol", (RelayProtocol,), {"limits": limits, "_registry": None, "__slots__": ()})


def _status_line(status: int) -> bytes:
    try:
        phrase = http.HTTPStatus(status).phrase.encode()
    except ValueError:
        phrase = b""
    return b"HTTP/1.1 %d %s\r\n" % (status, phrase)


_STATUS_LINES = {status: _status_line(status) for status in range(100, 600)}
_FRAMING = {b"content-length": 1, b"Content-Length": 1, b"transfer-encoding": 2, b"Transfer-Encoding": 2,
            b"connection": 3, b"Connection": 3}
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_COALESCE = 16 * 1024  # a first body chunk up to this size is joined to the head in one write


class _Refusal(Exception):
    def __init__(self, status: int, message: str, code: str):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class _Registry:
    """Connections of one server by what they wait for, in deadline order, and the sweep that expires them."""

    def __init__(self, limits: ConnectionLimits, loop: asyncio.AbstractEventLoop, on_refused=None):
        self.limits = limits
        self.loop = loop
        self.on_refused = on_refused  # observability: the app's `connection_refused(reason)` (metrics), if any
        self.heading: dict[RelayProtocol, float] = {}  # waiting for a complete head: deadline
        self.idle: dict[RelayProtocol, float] = {}  # keep-alive, between requests: deadline
        self.bodies: set[_Cycle] = set()  # requests whose body is still arriving
        self.refused: dict[str, int] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._reported = 0.0

    def arm(self) -> None:
        if self._timer is None:
            self._timer = self.loop.call_later(1.0, self._sweep)

    def count(self, reason: str) -> None:
        self.refused[reason] = self.refused.get(reason, 0) + 1
        if self.on_refused is not None:
            self.on_refused(reason)

    def _sweep(self) -> None:
        self._timer = None
        now = self.loop.time()
        for waiting in (self.heading, self.idle):
            while waiting:
                proto, deadline = next(iter(waiting.items()))
                if deadline > now:
                    break
                del waiting[proto]
                proto.expire()
        if self.bodies:
            limit = now - self.limits.body_timeout
            for cycle in [c for c in self.bodies if c.last_body < limit and not c.proto.read_paused]:
                self.bodies.discard(cycle)
                cycle.body_timed_out()
        if self.refused and now - self._reported >= 10:
            self._reported = now
            counts, self.refused = self.refused, {}
            log.warning("refused at the connection layer in the last 10 s: %s",
                        ", ".join(f"{reason} {n}" for reason, n in sorted(counts.items())))
        if self.heading or self.idle or self.bodies or self.refused:
            self.arm()


def _app_attribute(app, name: str):
    """`app.<name>`, looking through the middleware uvicorn may wrap the app in (each keeps it as `.app`)."""
    for _ in range(8):
        if app is None or hasattr(app, name):
            return getattr(app, name, None)
        app = getattr(app, "app", None)
    return None


class RelayProtocol(asyncio.Protocol):
    limits: ConnectionLimits = ConnectionLimits()
    _registry: _Registry | None = None

    __slots__ = (
        "_expect_continue", "_head_bytes", "_head_size", "_headers", "_in_head", "_n_headers", "_upgrade",
        "_url", "_write_waiter", "app", "app_state", "client", "config", "connections", "cycle", "loop",
        "parser", "pipeline", "read_paused", "reg", "scheme", "server", "server_state", "transport",
        "write_paused",
    )

    def __init__(self, config, server_state, app_state, _loop=None):
        if not config.loaded:
            config.load()
        self.config = config
        self.app = config.loaded_app
        self.loop = _loop or asyncio.get_event_loop()
        self.server_state = server_state
        self.connections = server_state.connections
        self.app_state = app_state
        cls = type(self)
        if cls._registry is None:
            cls._registry = _Registry(cls.limits, self.loop, _app_attribute(self.app, "connection_refused"))
        self.reg = cls._registry
        self.parser = httptools.HttpRequestParser(self)
        self.parser.set_dangerous_leniencies(lenient_data_after_close=True)
        self.transport: asyncio.Transport | None = None
        self.cycle: _Cycle | None = None
        self.pipeline: deque = deque()
        self.read_paused = False
        self.write_paused = False
        self._write_waiter: asyncio.Future | None = None
        self._in_head = True
        self._head_bytes = 0
        self._head_size = 0
        self._n_headers = 0
        self._url = b""
        self._headers: list = []
        self._expect_continue = False
        self._upgrade = None

    # --- asyncio.Protocol ----------------------------------------------------------------------------
    def connection_made(self, transport):
        self.transport = transport
        self.server = transport.get_extra_info("sockname")
        peer = transport.get_extra_info("peername")
        self.client = (peer[0], peer[1]) if isinstance(peer, tuple) else None
        self.scheme = "https" if transport.get_extra_info("sslcontext") else "http"
        reg = self.reg
        if len(self.connections) >= reg.limits.max_connections and not self._make_room():
            reg.count("connections")
            self._answer(503, "The relay has too many open connections; retry shortly.", "too_many_connections",
                         retry=True)
            return
        self.connections.add(self)
        reg.heading[self] = self.loop.time() + reg.limits.header_timeout
        reg.arm()

    def _make_room(self) -> bool:
        """Close the oldest connection that is not in a request (idle keep-alive first, then one still
        sending its head): under a flood of idle or trickling connections new clients still get in."""
        for waiting in (self.reg.idle, self.reg.heading):
            if waiting:
                oldest = next(iter(waiting))
                del waiting[oldest]
                self.reg.count("evicted")
                oldest.expire()
                return True
        return False

    def connection_lost(self, exc):
        self.connections.discard(self)
        reg = self.reg
        reg.heading.pop(self, None)
        reg.idle.pop(self, None)
        cycle = self.cycle
        if cycle is not None:
            reg.bodies.discard(cycle)
            if not cycle.response_complete:
                cycle.lost()
        self.pipeline.clear()
        waiter = self._write_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        self.parser = None

    def eof_received(self):
        pass

    def pause_writing(self):
        self.write_paused = True

    def resume_writing(self):
        self.write_paused = False
        waiter = self._write_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def drain(self):
        while self.write_paused and not self.transport.is_closing():
            self._write_waiter = self.loop.create_future()
            await self._write_waiter

    def pause_reading(self):
        if not self.read_paused:
            self.read_paused = True
            self.transport.pause_reading()

    def resume_reading(self):
        if self.read_paused:
            self.read_paused = False
            self.transport.resume_reading()

    def data_received(self, data):
        if self.transport.is_closing():
            return
        reg = self.reg
        if self in reg.idle:  # a keep-alive connection starts its next request: the head timeout runs
            del reg.idle[self]
            reg.heading[self] = self.loop.time() + reg.limits.header_timeout
        if self._in_head:
            room = reg.limits.max_header_bytes - self._head_bytes
            if len(data) > room:  # the head must end within the room left, or it is too large
                self._feed(data[:room])
                if self.parser is None or self.transport.is_closing():
                    return
                if self._in_head:
                    self._refuse(_Refusal(431, "The request head (request line and headers) is larger than "
                                               f"this relay accepts ({reg.limits.max_header_bytes} bytes).",
                                          "request_header_fields_too_large"))
                    return
                data = data[room:]
            else:
                self._head_bytes += len(data)
        self._feed(data)

    def _feed(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserCallbackError as exc:
            refusal = exc.__context__
            if not isinstance(refusal, _Refusal):
                log.warning("request parsing failed: %s", type(refusal).__name__)
                refusal = _Refusal(400, "The request could not be parsed.", "invalid_request")
            self._refuse(refusal)
        except httptools.HttpParserUpgrade:
            self._upgrade_connection()
        except httptools.HttpParserError:
            self._refuse(_Refusal(400, "Malformed HTTP request.", "invalid_request"))

    # --- httptools callbacks ---------------------------------------------------------------------------
    def on_message_begin(self):
        self._url = b""
        self._headers = []
        self._n_headers = 0
        self._head_size = 0
        self._expect_continue = False
        self._upgrade = None

    def on_url(self, url):
        self._url += url
        if len(self._url) > self.reg.limits.max_url_bytes:
            raise _Refusal(414, f"The request target is longer than this relay accepts "
                                f"({self.reg.limits.max_url_bytes} bytes).", "uri_too_long")

    def on_header(self, name, value):
        self._n_headers += 1
        self._head_size += len(name) + len(value) + 4
        limits = self.reg.limits
        if self._n_headers > limits.max_headers:
            raise _Refusal(431, f"The request has more headers than this relay accepts ({limits.max_headers}).",
                           "request_header_fields_too_large")
        if self._head_size > limits.max_header_bytes:
            raise _Refusal(431, "The request head (request line and headers) is larger than this relay accepts "
                                f"({limits.max_header_bytes} bytes).", "request_header_fields_too_large")
        name = name.lower()
        if name == b"expect" and value.lower() == b"100-continue":
            self._expect_continue = True
        elif name == b"upgrade":
            self._upgrade = value.lower()
        self._headers.append((name, value))

    def on_headers_complete(self):
        self._in_head = False
        reg = self.reg
        reg.heading.pop(self, None)
        parser = self.parser
        method = parser.get_method().decode("ascii")
        if parser.should_upgrade():
            return  # feed_data raises HttpParserUpgrade next: _upgrade_connection decides
        parsed = httptools.parse_url(self._url)
        raw_path = parsed.path
        path = raw_path.decode("ascii")
        if "%" in path:
            path = urllib.parse.unquote(path)
        version = parser.get_http_version()
        root = self.config.root_path
        cycle = _Cycle(self, keep_alive=version != "1.0" and parser.should_keep_alive(),
                       expect_continue=self._expect_continue)
        cycle.scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": version,
            "server": self.server,
            "client": self.client,
            "scheme": self.scheme,
            "method": method,
            "root_path": root,
            "path": root + path if root else path,
            "raw_path": root.encode("ascii") + raw_path if root else raw_path,
            "query_string": parsed.query or b"",
            "headers": self._headers,
            "state": self.app_state.copy(),
            "extensions": {"relay.cycle": cycle},
        }
        current = self.cycle
        if current is None or current.response_complete:
            self.cycle = cycle
            cycle.start()
        else:  # pipelined: wait for the current response, and stop reading meanwhile
            self.pause_reading()
            self.pipeline.appendleft(cycle)

    def on_body(self, body):
        cycle = self._cycle_for_body()
        if cycle.response_complete or cycle.timed_out:
            return
        cycle.chunks.append(body)
        cycle.buffered += len(body)
        cycle.last_body = self.loop.time()
        if cycle.buffered > self.reg.limits.body_high_water:
            self.pause_reading()
        cycle.wake()

    def on_message_complete(self):
        self._in_head = True
        self._head_bytes = 0
        cycle = self._cycle_for_body()
        if cycle is None:
            return
        cycle.more_body = False
        self.reg.bodies.discard(cycle)
        cycle.wake()

    def _cycle_for_body(self):
        return self.pipeline[0] if self.pipeline else self.cycle

    # --- after a response --------------------------------------------------------------------------------
    def on_response_complete(self, cycle: _Cycle) -> None:
        self.server_state.total_requests += 1
        if not cycle.keep_alive:
            self.transport.close()
            return
        if self.transport.is_closing():
            return
        self.resume_reading()
        if self.pipeline:
            self.cycle = self.pipeline.pop()
            self.cycle.start()
        elif self._in_head and self._head_bytes == 0:
            self.reg.idle[self] = self.loop.time() + self.reg.limits.keepalive_timeout
            self.reg.arm()
        else:
            self.reg.heading[self] = self.loop.time() + self.reg.limits.header_timeout
            self.reg.arm()

    def expire(self) -> None:
        """Called by the sweep (or to make room): the head did not come in time, or keep-alive ran out."""
        if self.transport is None or self.transport.is_closing():
            return
        if self._in_head and (self._head_bytes or self._url):
            self.reg.count("header_timeout")
            self._answer(408, "The request head did not arrive in time.", "request_timeout")
        else:
            self.transport.close()

    def shutdown(self) -> None:
        """uvicorn's graceful shutdown: close idle connections, end busy ones after their response."""
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close()
        else:
            self.cycle.keep_alive = False

    # --- refusals ------------------------------------------------------------------------------------------
    def _refuse(self, refusal: _Refusal) -> None:
        self.reg.count(refusal.code)
        cycle = self.cycle
        if cycle is not None and cycle.response_started and not cycle.response_complete:
            self.transport.close()  # a response is under way: no second one on this connection
            return
        self._answer(refusal.status, refusal.message, refusal.code)

    def _answer(self, status: int, message: str, code: str, *, retry: bool = False) -> None:
        """Write a complete error response in OpenAI's envelope and close the connection."""
        kind = "server_error" if status >= 500 else ("timeout_error" if status == 408 else "invalid_request_error")
        body = error_body(message, type=kind, code=code)
        new_id = getattr(self.app, "new_request_id", None)
        head = [_STATUS_LINES[status], b"content-type: application/json\r\ncontent-length: %d\r\n" % len(body),
                b"connection: close\r\n"]
        if new_id is not None:
            head.append(b"x-relay-request-id: %s\r\n" % new_id())
        head.append(b"retry-after: 1\r\nx-should-retry: true\r\n" if retry else b"x-should-retry: false\r\n")
        self.transport.write(b"".join(head) + b"\r\n" + body)
        self.transport.close()
        if self.parser is not None:
            self.pause_reading()

    def _upgrade_connection(self) -> None:
        try:
            scope_path = urllib.parse.unquote(httptools.parse_url(self._url).path.decode("ascii"))
        except (httptools.HttpParserError, AttributeError, UnicodeDecodeError):
            scope_path = ""  # CONNECT's authority-form target, a target without a path, non-ASCII bytes: refused
        method = self.parser.get_method()
        ws_class = self.config.ws_protocol_class
        # A WebSocket handshake on another path still goes to the app, which answers 404 in the handshake.
        if self._upgrade != b"websocket" or method != b"GET" or ws_class is None \
                or not (self.reg.limits.is_websocket_path(scope_path) or scope_path.startswith("/v1/")):
            self._refuse(_Refusal(400, "Only WebSocket upgrades (GET with 'Upgrade: websocket' on a WebSocket "
                                       "path) are accepted here; send this request without 'Upgrade'.",
                                  "unsupported_upgrade"))
            return
        self.connections.discard(self)
        self.reg.heading.pop(self, None)
        head = [b"GET ", self._url, b" HTTP/1.1\r\n"]
        for name, value in self._headers:
            head += (name, b": ", value, b"\r\n")
        head.append(b"\r\n")
        protocol = ws_class(config=self.config, server_state=self.server_state, app_state=self.app_state)
        protocol.connection_made(self.transport)
        protocol.data_received(b"".join(head))
        self.transport.set_protocol(protocol)


class _Cycle:
    """One request and its response: the ASGI `receive` and `send` of one call."""

    __slots__ = (
        "body_read", "buffered", "chunked", "chunks", "disconnected", "expect_continue", "keep_alive",
        "last_body", "left", "more_body", "on_disconnect", "pending_head", "proto", "response_complete",
        "response_started", "scope", "timed_out", "waiter",
    )

    def __init__(self, proto: RelayProtocol, *, keep_alive: bool, expect_continue: bool):
        self.proto = proto
        self.scope: dict | None = None
        self.keep_alive = keep_alive
        self.expect_continue = expect_continue
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.more_body = True
        self.body_read = False  # the message with more_body=False was handed to the app
        self.last_body = proto.loop.time()
        self.disconnected = False
        self.timed_out = False
        self.waiter: asyncio.Future | None = None
        self.response_started = False
        self.response_complete = False
        self.chunked = False
        self.left = 0  # Content-Length bytes still to send
        self.pending_head: bytes | None = None
        self.on_disconnect: Callable[[], object] | None = None

    def start(self) -> None:
        proto = self.proto
        if self.more_body:
            self.last_body = proto.loop.time()
            proto.reg.bodies.add(self)
        task = proto.loop.create_task(self.run(proto.app))
        tasks = proto.server_state.tasks
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    def wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def lost(self) -> None:
        self.disconnected = True
        self.wake()
        callback, self.on_disconnect = self.on_disconnect, None
        if callback is not None:
            callback()

    def body_timed_out(self) -> None:
        self.timed_out = True
        self.keep_alive = False
        self.proto.reg.count("body_timeout")
        self.proto.pause_reading()
        self.wake()

    async def run(self, app) -> None:
        try:
            await app(self.scope, self.receive, self.send)
        except ResponseAborted:
            self.keep_alive = False
            self.proto.transport.close()
        except asyncio.CancelledError:
            self.proto.transport.close()
            raise
        except BaseException as exc:  # an app bug: one line (no request bytes), and an envelope if possible
            log.error("unhandled %s in the relay app: %s", type(exc).__name__, exc, exc_info=exc)
            if not self.response_started and not self.disconnected:
                self._send_error(500, "The relay failed to handle this request.", "relay_error")
            else:
                self.proto.transport.close()
            if not isinstance(exc, Exception):
                raise
        else:
            if not self.response_started and not self.disconnected:
                if self.timed_out:
                    self._send_error(408, "The request body stopped arriving.", "request_timeout")
                else:
                    log.error("the relay app returned without answering %s %s", self.scope["method"],
                              self.scope["path"][:200].encode("unicode_escape").decode())
                    self._send_error(500, "The relay failed to handle this request.", "relay_error")
            elif not self.response_complete and not self.disconnected:
                self.proto.transport.close()
        finally:
            self.proto.reg.bodies.discard(self)
            self.scope = None  # the scope refers to this cycle: break the cycle now
            self.on_disconnect = None

    def _send_error(self, status: int, message: str, code: str) -> None:
        self.keep_alive = False
        self.proto._answer(status, message, code)
        self.response_started = self.response_complete = True

    # --- ASGI ---------------------------------------------------------------------------------------------
    async def receive(self):
        proto = self.proto
        if self.expect_continue:
            self.expect_continue = False
            if not proto.transport.is_closing():
                proto.transport.write(_CONTINUE)
        while not self.chunks and not self.disconnected and not self.response_complete and not self.timed_out \
                and self.more_body:
            proto.resume_reading()
            self.waiter = proto.loop.create_future()
            try:
                await self.waiter
            finally:
                self.waiter = None
        if self.timed_out:
            return {"type": "http.disconnect", "reason": "body_timeout"}
        if self.disconnected or self.response_complete:
            return {"type": "http.disconnect"}
        if self.chunks or not self.body_read:
            chunks = self.chunks
            body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
            self.chunks = []
            self.buffered = 0
            if not self.more_body:
                self.body_read = True
            elif proto.read_paused and not proto.pipeline:
                proto.resume_reading()
            return {"type": "http.request", "body": body, "more_body": self.more_body}
        # the whole body was read: later calls wait for the client to go away (or the response to end)
        self.waiter = proto.loop.create_future()
        try:
            await self.waiter
        finally:
            self.waiter = None
        return {"type": "http.disconnect"}

    async def send(self, message) -> None:
        proto = self.proto
        if proto.write_paused and not self.disconnected:
            await proto.drain()
        if self.disconnected:
            return
        kind = message["type"]
        if not self.response_started:
            if kind != "http.response.start":
                raise RuntimeError(f"Expected ASGI message 'http.response.start', got {kind!r}.")
            self.response_started = True
            self.expect_continue = False
            status = message["status"]
            head = [_STATUS_LINES.get(status) or _status_line(status)]
            length = None
            for name, value in (*proto.server_state.default_headers, *message.get("headers", ())):
                framing = _FRAMING.get(name) or (_FRAMING.get(name.lower()) if not name.islower() else None)
                if framing == 1:
                    length = value
                    continue  # written once below, unless the body is chunked
                elif framing == 2:
                    if value.lower() == b"chunked":
                        self.chunked = True
                    continue  # the server frames the body itself
                elif framing == 3:
                    if b"close" in value.lower():
                        self.keep_alive = False
                    continue
                head += (name, b": ", value, b"\r\n")
            if self.chunked:
                length = None
            if length is not None:
                self.left = int(length)
                head += (b"content-length: ", length, b"\r\n")
            elif self.scope["method"] != "HEAD" and status not in (204, 304) and not 100 <= status < 200:
                self.chunked = True
                head.append(b"transfer-encoding: chunked\r\n")
            if not self.keep_alive:
                head.append(b"connection: close\r\n")
            head.append(b"\r\n")
            self.pending_head = b"".join(head)
            proto.loop.call_soon(self._flush_head)  # unless the first body chunk comes first: one write
            return
        if self.response_complete:
            raise RuntimeError(f"Unexpected ASGI message {kind!r} after the response completed.")
        if kind != "http.response.body":
            raise RuntimeError(f"Expected ASGI message 'http.response.body', got {kind!r}.")
        body = message.get("body", b"")
        more = message.get("more_body", False)
        transport = proto.transport
        head, self.pending_head = self.pending_head, None
        if self.scope["method"] == "HEAD":
            out = b""
        elif self.chunked:
            out = b"%x\r\n%b\r\n" % (len(body), body) if body else b""
            if not more:
                out += b"0\r\n\r\n"
        else:
            self.left -= len(body)
            if self.left < 0:
                raise RuntimeError("Response content longer than Content-Length.")
            out = body
        if head is not None:
            if len(out) <= _COALESCE:
                transport.write(head + out)
            else:
                transport.writelines((head, out))
        elif out:
            transport.write(out)
        if not more:
            if self.left and self.scope["method"] != "HEAD":
                raise RuntimeError("Response content shorter than Content-Length.")
            self.response_complete = True
            self.wake()
            proto.reg.bodies.discard(self)
            proto.on_response_complete(self)

    def _flush_head(self) -> None:
        head, self.pending_head = self.pending_head, None
        if head is not None and not self.disconnected:
            self.proto.transport.write(head)
