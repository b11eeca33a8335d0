"""A minimal HTTP/1.1 upstream client for the relay's hot path: asyncio protocol + httptools' parser.

Measured on this machine it needs a fraction of aiohttp's CPU per request (see docs/notes.md), because it
does only what a byte-for-byte relay needs: one request per connection at a time over a LIFO keep-alive
pool, the head written in one call, the body streamed with back-pressure (chunked only when the client's
request was), the response parsed by httptools and handed over chunk by chunk with flow control. No
cookies, redirects, decompression, proxies or automatic headers.

A request goes out once. It is sent again, on a fresh connection, only when a reused keep-alive connection
died before any response byte and either none of the request reached the old connection or the method is
idempotent (GET, HEAD, OPTIONS) with a body that can be sent again (none, or bytes): a POST that upstream
may have read is never repeated.

Limits, counted while parsing: a response head (interim 1xx heads included) of at most `MAX_HEAD_BYTES`,
with at most `MAX_HEADERS` fields. Only a complete body ends iteration cleanly: a FIN or reset before the
Content-Length or the last chunk, or a reset of a body delimited by the connection's end, raises.
"""

from __future__ import annotations

import asyncio
import ssl as _ssl
import time
from collections import deque
from collections.abc import AsyncIterator

import httptools

from .upstream import (
    MAX_HEAD_BYTES,
    MAX_HEADERS,
    Upstream,
    UpstreamError,
    UpstreamResponse,
    UpstreamTimeout,
    UpstreamUnreachable,
    content_length,
    error_from_os,
)

__all__ = ["H1Upstream"]

_HIGH = 512 * 1024  # response bytes buffered before reading from upstream pauses
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})  # may be sent twice (PUT and DELETE: not by the relay)


class _TooManyHeaders(Exception):
    """Raised in a parser callback to stop parsing."""


def _host_port(key: tuple[str, str, int]) -> str:
    host = key[1]
    return f"[{host}]:{key[2]}" if ":" in host else f"{host}:{key[2]}"


class _Conn(asyncio.Protocol):
    """One upstream connection; at most one exchange at a time."""

    __slots__ = ("_drain", "_paused", "closed", "ex", "idle_since", "key", "parser", "transport")

    def __init__(self):
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self.ex: _H1Response | None = None
        self.idle_since = 0.0
        self.key: tuple[str, str, int] = ("", "", 0)
        self._drain: asyncio.Future | None = None
        self._paused = False

    # asyncio.Protocol
    def connection_made(self, transport):
        self.transport = transport
        transport.set_write_buffer_limits(high=256 * 1024)

    def data_received(self, data):
        ex = self.ex
        if ex is None:  # bytes while idle: the connection cannot be trusted any more
            self.abort()
            return
        ex.got_bytes = True
        if not ex._head:  # still in the head: count it before the parser sees it
            room = ex.head_room
            if len(data) > room:
                self._head_over(ex, data, room)
                return
            ex.head_room = room - len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            ex.fail("protocol", "sent a malformed response")
            self.abort()

    def _head_over(self, ex: _H1Response, data: bytes, room: int):
        """More bytes than the head may still take: the head must end within the first `room` of them."""
        ex.head_room = 0
        try:
            self.parser.feed_data(data[:room])
        except httptools.HttpParserError:
            ex.fail("protocol", "sent a malformed response")
            self.abort()
            return
        if not ex._head:
            ex.fail("too_large", f"sent a response head over {MAX_HEAD_BYTES // 1024} KiB")
            self.abort()
            return
        self.data_received(data[room:])  # the body's first bytes (or bytes after the response)

    def connection_lost(self, exc):
        self.closed = True
        if self._drain is not None and not self._drain.done():
            self._drain.set_exception(ConnectionResetError("upstream closed the connection"))
        if self.ex is not None:
            self.ex.lost(exc)

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        if self._drain is not None and not self._drain.done():
            self._drain.set_result(None)

    async def drain(self):
        if self.closed:
            raise ConnectionResetError("upstream closed the connection")
        if self._paused:
            self._drain = asyncio.get_running_loop().create_future()
            await self._drain

    def abort(self):
        self.closed = True
        if self.transport is not None:
            self.transport.abort()

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes):
        headers = self.ex.headers
        if len(headers) >= MAX_HEADERS:
            self.ex.fail("too_large", f"sent more than {MAX_HEADERS} header fields")
            raise _TooManyHeaders
        headers.append((name.lower(), value))

    def on_headers_complete(self):
        ex = self.ex
        status = self.parser.get_status_code()
        if 100 <= status < 200 and status != 101:  # informational: wait for the real answer
            ex.headers = []
            ex.interim = True
            return
        ex.status = status
        ex.keep_alive = self.parser.should_keep_alive()
        ex.headers_done()

    def on_body(self, body: bytes):
        self.ex.feed(body)

    def on_message_complete(self):
        ex = self.ex
        if ex.interim:
            ex.interim = False
            return
        ex.complete()


class _H1Response(UpstreamResponse):
    """The exchange on one connection: response head, then body chunks as they arrive."""

    __slots__ = (
        "_chunks",
        "_conn",
        "_done",
        "_error",
        "_head",
        "_head_only",
        "_loop",
        "_pool",
        "_reading",
        "_sent",
        "_size",
        "_timeout",
        "_waiter",
        "got_bytes",
        "head_room",
        "headers",
        "interim",
        "keep_alive",
        "status",
        "written",
    )

    def __init__(self, conn: _Conn, pool: H1Upstream, loop, timeout: float, head_only: bool):
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.keep_alive = False
        self.got_bytes = False
        self.written = False  # some of the request reached the connection
        self.interim = False
        self.head_room = MAX_HEAD_BYTES
        self._conn = conn
        self._pool = pool
        self._loop = loop
        self._timeout = timeout
        self._waiter: asyncio.Future | None = None
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._done = False
        self._error: UpstreamError | None = None
        self._head = False  # final response head received
        self._sent = False  # request fully written
        self._reading = True
        self._head_only = head_only

    # called by the connection
    def _wake(self):
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(False)

    def headers_done(self):
        self._head = True
        if self._head_only:  # a HEAD answer has no body whatever its headers say; not reused
            self._done = True
            self._conn.ex = None
            self._conn.abort()
        self._wake()

    def feed(self, body: bytes):
        self._chunks.append(body)
        self._size += len(body)
        if self._size > _HIGH and self._reading:
            self._reading = False
            self._conn.transport.pause_reading()
        self._wake()

    def complete(self):
        self._done = True
        conn = self._conn
        conn.ex = None
        if self.keep_alive and self._sent and not conn.closed:
            if not self._reading:
                self._reading = True
                conn.transport.resume_reading()
            self._pool._release(conn)
        else:
            conn.abort()
        self._wake()

    def lost(self, exc: BaseException | None):
        if self._done:
            return
        if self._head and exc is None and self._until_close():  # that end is the body's end
            self._done = True
        else:
            when = "mid-response" if self._head else "before answering"
            if exc is None:
                self.fail("closed", f"closed the connection {when}")
            else:
                cause = error_from_os(exc, "", connecting=False).cause if isinstance(exc, OSError) else "reset"
                what = "reset the connection" if cause == "reset" else f"broke the connection ({cause})"
                self.fail(cause, f"{what} {when}")
        self._conn.ex = None
        self._wake()

    def _until_close(self) -> bool:
        """The body is delimited by the connection's end: no Content-Length, not chunked."""
        if self.status in (204, 304):
            return False
        for name, value in self.headers:
            if name == b"content-length" or (name == b"transfer-encoding" and b"chunked" in value.lower()):
                return False
        return True

    def fail(self, cause: str, detail: str, error_class: type[UpstreamError] = UpstreamUnreachable):
        """Record the exchange's first error (none once the response is complete)."""
        if not self._done and self._error is None:
            self._error = error_class(cause, _host_port(self._conn.key), detail)
        self._wake()

    def _abandon(self):
        """An error ends the exchange: the connection is dropped, never reused."""
        conn = self._conn
        if conn.ex is self:
            conn.ex = None
        conn.abort()

    # waiting, with the read timeout
    async def _wait(self):
        waiter = self._waiter = self._loop.create_future()
        timer = self._loop.call_later(self._timeout, _expire, waiter)
        try:
            expired = await waiter
        finally:
            timer.cancel()
            self._waiter = None
        if expired:
            what = "sent no response" if not self._head else "sent no body bytes"
            self.fail("timeout", f"{what} for {self._timeout:g} s", UpstreamTimeout)

    async def wait_head(self):
        while not self._head:
            if self._error is not None:
                raise self._error
            if self._done:  # HEAD-like: finished without a head is a protocol error
                raise UpstreamUnreachable("protocol", _host_port(self._conn.key),
                                          "ended the response without a status line")
            await self._wait()

    # UpstreamResponse
    async def read(self) -> bytes:
        parts = [chunk async for chunk in self]
        return parts[0] if len(parts) == 1 else b"".join(parts)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._chunks
        while True:
            if chunks:
                data = chunks.popleft() if len(chunks) == 1 else b"".join(chunks)
                if len(chunks) > 1:
                    chunks.clear()
                self._size = 0
                if not self._reading and not self._done:
                    self._reading = True
                    self._conn.transport.resume_reading()
                yield data
                continue
            if self._done:
                return
            if self._error is not None:
                self._abandon()
                raise self._error
            try:
                await self._wait()
            except BaseException:  # cancelled: nobody reads this body any more
                self._abandon()
                raise

    async def aclose(self) -> None:
        if not self._done:
            self._done = True
            self._conn.ex = None
            self._conn.abort()
            self._wake()  # a reader waiting for the next chunk ends now


def _expire(waiter: asyncio.Future):
    if not waiter.done():
        waiter.set_result(True)


class H1Upstream(Upstream):
    """The relay's fast upstream transport (HTTP/1.1, keep-alive pool, http and https)."""

    def __init__(self, *, keepalive_timeout: float = 30.0, max_idle_per_host: int = 256,
                 ssl_context: _ssl.SSLContext | None = None):
        self._keepalive = keepalive_timeout
        self._max_idle = max_idle_per_host
        self._idle: dict[tuple[str, str, int], list[_Conn]] = {}
        self._origins: dict[str, tuple] = {}
        self._ssl = ssl_context  # None: the system's default trust store, made on first https use

    async def aclose(self) -> None:
        for conns in self._idle.values():
            for conn in conns:
                conn.abort()
        self._idle.clear()

    def _origin(self, url: str) -> tuple[tuple[str, str, int], bytes, str]:
        """(pool key, Host header, request target) for an absolute http(s) URL."""
        start = url.index("://") + 3
        slash = url.find("/", start)
        authority = url[start:slash] if slash >= 0 else url[start:]
        target = url[slash:] if slash >= 0 else "/"
        found = self._origins.get(url[:start] + authority)
        if found is None:
            scheme = url[:start - 3]
            host, _, port = authority.rpartition(":") if authority.rfind(":") > authority.rfind("]") \
                else (authority, "", "")
            port_n = int(port) if port else (443 if scheme == "https" else 80)
            try:
                host_header = authority.encode("ascii")
            except UnicodeEncodeError:
                host_header = authority.encode("idna")
            found = ((scheme, host.strip("[]"), port_n), host_header)
            self._origins[url[:start] + authority] = found
        return found[0], found[1], target

    def _release(self, conn: _Conn):
        conn.idle_since = time.monotonic()
        idle = self._idle.setdefault(conn.key, [])
        if len(idle) < self._max_idle:
            idle.append(conn)
        else:
            conn.abort()

    async def _connect(self, key, connect_timeout: float) -> _Conn:
        scheme, host, port = key
        loop = asyncio.get_running_loop()
        ssl = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = _ssl.create_default_context()
            ssl = self._ssl
        try:
            async with asyncio.timeout(connect_timeout):
                _, conn = await loop.create_connection(_Conn, host, port, ssl=ssl,
                                                       server_hostname=host if ssl else None)
        except TimeoutError:
            raise UpstreamTimeout("connect_timeout", _host_port(key),
                                  f"did not accept the connection within {connect_timeout:g} s") from None
        except OSError as exc:
            raise error_from_os(exc, _host_port(key), connecting=True) from None
        conn.key = key
        return conn

    def _idle_conn(self, key) -> _Conn | None:
        idle = self._idle.get(key)
        if not idle:
            return None
        limit = time.monotonic() - self._keepalive
        while idle:
            conn = idle.pop()
            if not conn.closed and conn.idle_since > limit:
                return conn
            conn.abort()
        return None

    async def request(self, method, url, headers, body, *, timeout, connect_timeout):
        key, host, target = self._origin(url)
        head = [method.encode(), b" ", target.encode("latin-1"), b" HTTP/1.1\r\nhost: ", host, b"\r\n"]
        streamed = body is not None and not isinstance(body, (bytes, bytearray))
        length = None  # a streamed body's declared length
        for name, value in headers:
            if name == b"content-length":  # the body's own length is sent, never the caller's text
                if not streamed:
                    continue
                value = content_length(value)
                length = int(value)
            head += (name, b": ", value, b"\r\n")
        if body is not None and not streamed:
            head += (b"content-length: ", str(len(body)).encode(), b"\r\n")
        elif streamed and length is None:
            head.append(b"transfer-encoding: chunked\r\n")
        head.append(b"\r\n")
        head_bytes = b"".join(head)
        again = method in _IDEMPOTENT and not streamed  # may be sent twice

        loop = asyncio.get_running_loop()
        for attempt in (0, 1):
            conn = self._idle_conn(key) if attempt == 0 else None
            reused = conn is not None
            if conn is None:
                conn = await self._connect(key, connect_timeout)
            resp = _H1Response(conn, self, loop, timeout, method == "HEAD")
            conn.ex = resp
            try:
                await self._send(conn, resp, head_bytes, body, length)
                resp._sent = True
                await resp.wait_head()
                return resp
            except (UpstreamError, OSError) as exc:
                conn.ex = None
                conn.abort()
                if resp._head:  # upstream answered before taking the whole body: pass its answer on
                    return resp
                if attempt == 0 and reused and not resp.got_bytes and not isinstance(exc, UpstreamTimeout) \
                        and (again or not resp.written):
                    continue  # the kept-alive connection was gone: once more on a fresh one
                if isinstance(exc, UpstreamError):
                    raise
                error = resp._error or error_from_os(exc, _host_port(key), connecting=False)
                raise error from None
            except BaseException:  # cancelled (the client went away), or the request body failed
                conn.ex = None
                conn.abort()
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    async def _send(conn: _Conn, resp: _H1Response, head: bytes, body, length: int | None):
        if conn.closed:
            raise ConnectionResetError("upstream closed the connection")
        transport = conn.transport
        if body is None:
            transport.write(head)
        elif not isinstance(body, (bytes, bytearray)):
            await _send_stream(conn, resp, head, body, length)
            return
        elif len(body) < 65536:
            transport.write(head + body)
        else:
            transport.write(head)
            transport.write(body)
        if transport.is_closing():  # the write failed at once: none of it reached upstream
            raise ConnectionResetError("upstream closed the connection")
        resp.written = True
        await conn.drain()


async def _send_stream(conn: _Conn, resp: _H1Response, head: bytes, body, length: int | None):
    """Stream `body` after `head`: chunked when `length` is None, else exactly `length` bytes (a body that
    disagrees with its Content-Length drops the connection: nothing extra may reach upstream)."""
    transport = conn.transport
    transport.write(head)
    if transport.is_closing():
        raise ConnectionResetError("upstream closed the connection")
    resp.written = True
    left = length
    async for chunk in body:
        if conn.closed:
            raise ConnectionResetError("upstream closed the connection")
        if left is None:
            transport.writelines((b"%x\r\n" % len(chunk), chunk, b"\r\n"))
        else:
            left -= len(chunk)
            if left < 0:
                raise ValueError("the request body is longer than its Content-Length")
            transport.write(chunk)
        await conn.drain()
    if left is None:
        transport.write(b"0\r\n\r\n")
    elif left:
        raise ValueError("the request body is shorter than its Content-Length")
    await conn.drain()
