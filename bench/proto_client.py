"""A prototype upstream client for the bench: HTTP/1.1 keep-alive over asyncio Protocols, parsed with
httptools (the parser uvicorn already uses). Not production code: it measures what an upstream client
without aiohttp's per-request machinery costs (no TLS, no redirects, no proxies, no cookies, no timeouts).

    client = ProtoClient("127.0.0.1", 9100)
    resp = await client.request("POST", "/v1/chat/completions", [(b"content-type", b"application/json")], body)
    resp.status, resp.headers, await resp.read()   # or: async for chunk in resp
"""

from __future__ import annotations

import asyncio
from collections import deque

import httptools

_HIGH = 1 << 20  # buffered response bytes before reading from upstream pauses


class ProtoResponse:
    __slots__ = ("_conn", "headers", "status")

    def __init__(self, conn: _Conn):
        self._conn = conn
        self.status = conn.status
        self.headers = conn.headers

    async def read(self) -> bytes:
        return b"".join([c async for c in self])

    async def __aiter__(self):
        conn = self._conn
        while True:
            if conn.chunks:
                chunk = conn.chunks.popleft()
                conn.buffered -= len(chunk)
                if conn.paused and conn.buffered < _HIGH // 2:
                    conn.paused = False
                    conn.transport.resume_reading()
                yield chunk
                continue
            if conn.complete:
                conn.release()
                return
            if conn.error is not None:
                raise conn.error
            conn.waiter = asyncio.get_running_loop().create_future()
            await conn.waiter

    async def aclose(self) -> None:
        self._conn.close()


class _Conn(asyncio.Protocol):
    def __init__(self, pool: ProtoClient):
        self.pool = pool
        self.parser = httptools.HttpResponseParser(self)
        self.transport = None
        self.headers_fut = None
        self.waiter = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.paused = False
        self.complete = False
        self.error = None
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.keep_alive = True
        self.write_ready = None

    # protocol
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(ConnectionError(f"bad upstream response: {exc}"))
            self.transport.close()

    def connection_lost(self, exc):
        if not self.complete:
            self._fail(ConnectionError("upstream closed the connection"))
        self.keep_alive = False

    def pause_writing(self):
        self.write_ready = asyncio.get_running_loop().create_future()

    def resume_writing(self):
        if self.write_ready is not None and not self.write_ready.done():
            self.write_ready.set_result(None)
        self.write_ready = None

    # parser callbacks
    def on_header(self, name, value):
        self.headers.append((name.lower(), value))

    def on_headers_complete(self):
        self.status = self.parser.get_status_code()
        self.keep_alive = self.parser.should_keep_alive()
        if self.headers_fut is not None and not self.headers_fut.done():
            self.headers_fut.set_result(None)

    def on_body(self, body):
        self.chunks.append(body)
        self.buffered += len(body)
        if self.buffered > _HIGH and not self.paused:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self):
        self.complete = True
        self._wake()

    def _wake(self):
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    def _fail(self, exc):
        self.error = exc
        if self.headers_fut is not None and not self.headers_fut.done():
            self.headers_fut.set_exception(exc)
        self._wake()

    # pool
    def reset(self):
        self.chunks.clear()
        self.buffered = 0
        self.complete = False
        self.error = None
        self.headers = []
        self.headers_fut = asyncio.get_running_loop().create_future()

    def release(self):
        if self.keep_alive and not self.transport.is_closing():
            self.pool.idle.append(self)
        else:
            self.transport.close()

    def close(self):
        self.keep_alive = False
        if self.transport is not None:
            self.transport.close()


class ProtoClient:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.host_header = f"{host}:{port}".encode()
        self.idle: list[_Conn] = []

    async def _conn(self) -> _Conn:
        while self.idle:
            conn = self.idle.pop()
            if not conn.transport.is_closing():
                return conn
        loop = asyncio.get_running_loop()
        _, conn = await loop.create_connection(lambda: _Conn(self), self.host, self.port)
        return conn

    async def request(self, method: str, target: str, headers, body=None) -> ProtoResponse:
        conn = await self._conn()
        conn.reset()
        head = [b"%s %s HTTP/1.1\r\nhost: %s\r\n" % (method.encode(), target.encode("latin-1"), self.host_header)]
        head += [b"%s: %s\r\n" % (k, v) for k, v in headers]
        if isinstance(body, (bytes, bytearray)) or body is None:
            data = body or b""
            if data or method in ("POST", "PUT", "PATCH"):
                head.append(b"content-length: %d\r\n" % len(data))
            head.append(b"\r\n")
            conn.transport.write(b"".join(head) + data)
        else:  # an async iterator; the caller passed content-length (or we chunk)
            chunked = not any(k == b"content-length" for k, _ in headers)
            head.append(b"transfer-encoding: chunked\r\n\r\n" if chunked else b"\r\n")
            conn.transport.write(b"".join(head))
            async for chunk in body:
                conn.transport.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                if conn.write_ready is not None:
                    await conn.write_ready
            if chunked:
                conn.transport.write(b"0\r\n\r\n")
        await conn.headers_fut
        return ProtoResponse(conn)
