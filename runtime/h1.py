"""A minimal HTTP/1.1 upstream client for the relay's hot path: asyncio protocol + httptools' parser.

Measured on this machine it needs a fraction of aiohttp's CPU per request (see docs/notes.md), because it
does only what a byte-for-byte relay needs: one request per connection at a time over a LIFO keep-alive
pool, the head written in one call, the body streamed with back-pressure (chunked only when the client's
request was), the response parsed by httptools and handed over chunk by chunk with flow control. No
cookies, redirects, decompression, proxies or automatic headers.

A reused keep-alive connection that the server closed before answering is retried once on a fresh one
when the request body can be sent again (none, or bytes).
"""

from __future__ import annotations

import asyncio
import ssl as _ssl
import time
from collections import deque
from collections.abc import AsyncIterator

import httptools

from .upstream import Upstream, UpstreamResponse, UpstreamTimeout, UpstreamUnreachable

__all__ = ["H1Upstream"]

_HIGH = 512 * 1024  # response bytes buffered before reading from upstream pauses
_REPLAY_LIMIT = 1024 * 1024  # streamed request bytes kept for a retry after a stale keep-alive connection


class _Stale(Exception):
    """A reused connection closed before any response byte: safe to retry a replayable request."""


class _Conn(asyncio.Protocol):
    """One upstream connection; at most one exchange at a time."""

    __slots__ = ("_drain", "_paused", "closed", "ex", "idle_since", "key", "parser", "transport")

    def __init__(self):
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self.ex: _H1Response | None = None
        self.idle_since = 0.0
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
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            ex.fail(UpstreamUnreachable(f"upstream sent a malformed response ({type(exc).__name__})"))
            self.abort()

    def connection_lost(self, exc):
        self.closed = True
        if self._drain is not None and not self._drain.done():
            self._drain.set_exception(ConnectionResetError("upstream closed the connection"))
        if self.ex is not None:
            self.ex.lost()

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
        self.ex.headers.append((name.lower(), value))

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
        "_framed",
        "_head",
        "_head_only",
        "_loop",
        "_pool",
        "_reading",
        "_reused",
        "_sent",
        "_size",
        "_timeout",
        "_waiter",
        "got_bytes",
        "headers",
        "interim",
        "keep_alive",
        "status",
    )

    def __init__(self, conn: _Conn, pool: H1Upstream, loop, timeout: float):
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.keep_alive = False
        self.got_bytes = False
        self.interim = False
        self._conn = conn
        self._pool = pool
        self._loop = loop
        self._timeout = timeout
        self._waiter: asyncio.Future | None = None
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._done = False
        self._error: Exception | None = None
        self._head = False  # headers received
        self._sent = False  # request fully written
        self._reading = True
        self._framed = True
        self._reused = False
        self._head_only = False

    # called by the connection
    def _wake(self):
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def headers_done(self):
        self._head = True
        self._framed = any(n in (b"content-length", b"transfer-encoding") for n, _ in self.headers) \
            or self.status in (204, 304)
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

    def lost(self):
        if self._done:
            return
        if self._head and not self._framed:  # body delimited by the connection's end
            self._done = True
        elif not self.got_bytes and self._reused:
            self._error = _Stale()
        else:
            self._error = UpstreamUnreachable("upstream closed the connection mid-response")
        self._conn.ex = None
        self._wake()

    def fail(self, error: Exception):
        if not self._done:
            self._error = error
        self._wake()

    # waiting, with the read timeout
    async def _wait(self):
        waiter = self._waiter = self._loop.create_future()
        timer = self._loop.call_later(self._timeout, _expire, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None

    async def wait_head(self):
        while not self._head:
            if self._error is not None:
                raise self._error
            if self._done:  # HEAD-like: finished without a head is a protocol error
                raise UpstreamUnreachable("upstream ended the response without a status line")
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
                error = self._error
                raise error if isinstance(error, UpstreamUnreachable) else \
                    UpstreamUnreachable("upstream closed the connection mid-response")
            await self._wait()

    async def aclose(self) -> None:
        if not self._done:
            self._done = True
            self._conn.ex = None
            self._conn.abort()
            self._wake()  # a reader waiting for the next chunk ends now


class _Replay:
    """An async iterator over `chunks` already sent, then the rest of `stream`; with `keep`, it records the
    chunks it passes on (until more than `keep` bytes: then `kept` is False and nothing can be replayed)."""

    __slots__ = ("_iter", "_keep", "_next", "_size", "chunks", "kept")

    def __init__(self, chunks: list[bytes], stream, *, keep: int = 0):
        self.chunks = chunks
        self.kept = True
        self._iter = stream.__aiter__() if hasattr(stream, "__aiter__") else stream
        self._keep = keep
        self._next = 0 if not keep else len(chunks)
        self._size = 0

    def __aiter__(self):
        return self

    async def __anext__(self) -> bytes:
        if self._next < len(self.chunks) and not self._keep:
            self._next += 1
            return self.chunks[self._next - 1]
        chunk = await self._iter.__anext__()
        if self._keep and self.kept:
            self._size += len(chunk)
            if self._size > self._keep:
                self.kept = False
                self.chunks.clear()
            else:
                self.chunks.append(chunk)
        return chunk


def _expire(waiter: asyncio.Future):
    if not waiter.done():
        waiter.set_exception(UpstreamTimeout("upstream did not answer in time"))


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
            raise UpstreamTimeout("upstream did not accept the connection in time") from None
        except OSError as exc:
            raise UpstreamUnreachable(f"upstream unreachable ({type(exc).__name__})") from None
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
        replayable = body is None or isinstance(body, (bytes, bytearray))
        head = [method.encode(), b" ", target.encode("latin-1"), b" HTTP/1.1\r\nhost: ", host, b"\r\n"]
        has_length = False
        for name, value in headers:
            if name == b"content-length":
                has_length = True
            head += (name, b": ", value, b"\r\n")
        chunked = False
        if body is not None:
            if isinstance(body, (bytes, bytearray)):
                if not has_length:
                    head += (b"content-length: ", str(len(body)).encode(), b"\r\n")
            elif not has_length:
                chunked = True
                head.append(b"transfer-encoding: chunked\r\n")
        head.append(b"\r\n")
        head_bytes = b"".join(head)

        stream = body if not replayable else None
        tee = None
        for attempt in (0, 1):
            conn = self._idle_conn(key) if attempt == 0 else None
            reused = conn is not None
            if conn is None:
                conn = await self._connect(key, connect_timeout)
            if stream is not None:  # a streamed body: keep its first MiB while on a reused connection
                if attempt == 1:
                    body = _Replay(tee.chunks, stream)
                elif reused:
                    tee = _Replay([], stream, keep=_REPLAY_LIMIT)
                    body = tee
            loop = asyncio.get_running_loop()
            resp = _H1Response(conn, self, loop, timeout)
            resp._reused = reused
            resp._head_only = method == "HEAD"
            conn.ex = resp
            try:
                await self._send(conn, head_bytes, body, chunked)
                resp._sent = True
                await resp.wait_head()
                return resp
            except _Stale:
                if reused and (replayable or (tee is not None and tee.kept)) and attempt == 0:
                    continue
                raise UpstreamUnreachable("upstream closed the connection before answering") from None
            except OSError as exc:
                conn.abort()
                conn.ex = None
                if resp._head:  # upstream answered (e.g. refused the body early): pass its answer
                    return resp
                if reused and (replayable or (tee is not None and tee.kept)) and not resp.got_bytes \
                        and attempt == 0:
                    continue
                raise UpstreamUnreachable(f"upstream broke off the request ({type(exc).__name__})") from None
            except BaseException:
                conn.ex = None
                conn.abort()
                raise
        raise UpstreamUnreachable("upstream closed the connection before answering")  # pragma: no cover

    @staticmethod
    async def _send(conn: _Conn, head: bytes, body, chunked: bool):
        if conn.closed:
            raise ConnectionResetError("upstream closed the connection")
        transport = conn.transport
        if body is None:
            transport.write(head)
        elif isinstance(body, (bytes, bytearray)):
            transport.write(head + body if len(body) < 65536 else head)
            if len(body) >= 65536:
                transport.write(body)
            await conn.drain()
        else:
            transport.write(head)
            async for chunk in body:
                if conn.closed:
                    raise ConnectionResetError("upstream closed the connection")
                if chunked:
                    transport.writelines((b"%x\r\n" % len(chunk), chunk, b"\r\n"))
                else:
                    transport.write(chunk)
                await conn.drain()
            if chunked:
                transport.write(b"0\r\n\r\n")
            await conn.drain()

