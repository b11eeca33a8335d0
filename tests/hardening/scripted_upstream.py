"""A misbehaving upstream on loopback whose every byte a test scripts.

    async def script(conn):
        await conn.read_request()          # one whole request (Content-Length or chunked body)
        conn.send(b"HTTP/1.1 200 OK\\r\\ntransfer-encoding: chunked\\r\\n\\r\\n3\\r\\nabc\\r\\n")
        conn.reset()                       # RST mid-body (conn.close() sends a FIN)

    async with ScriptedUpstream(script) as up:
        ... request up.url + "/v1/x" ...
        assert up.requests == [...]        # every complete request that reached upstream, in order

Each accepted connection runs `script(conn)` in its own task; `conn.closed_at` is the loop time at which
the client's side of that connection ended (EOF or reset), once `conn.wait_closed()` has seen it. Every wait
is bounded (`TIMEOUT`), and leaving the `async with` aborts whatever is still open.
"""

from __future__ import annotations

import asyncio
import socket
import ssl as _ssl
import struct
from collections.abc import Awaitable, Callable

__all__ = ["TIMEOUT", "Conn", "ScriptedUpstream", "answer"]

TIMEOUT = 5.0  # no scripted wait lasts longer than this


class Conn:
    """One accepted connection, seen from upstream's side."""

    def __init__(self, upstream: ScriptedUpstream, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 index: int):
        self.upstream = upstream
        self.reader = reader
        self.writer = writer
        self.index = index  # 0 for the first connection accepted
        self.closed_at: float | None = None
        self.closed = asyncio.Event()
        self._reading = False  # wait_closed() is reading

    async def read_request(self) -> bytes | None:
        """One whole request (head and body) as raw bytes, recorded in `upstream.requests`; None when the
        client ended the connection before a new request began."""
        try:
            head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), TIMEOUT)
        except asyncio.IncompleteReadError as exc:
            if exc.partial:
                raise
            self._mark_closed()
            return None
        except ConnectionError:
            self._mark_closed()
            return None
        lower = head.lower()
        body = b""
        if b"\r\ncontent-length:" in lower:
            length = int(lower.split(b"\r\ncontent-length:")[1].split(b"\r\n")[0])
            body = await self.read(length)
        elif b"\r\ntransfer-encoding: chunked" in lower:
            while True:
                size_line = await asyncio.wait_for(self.reader.readuntil(b"\r\n"), TIMEOUT)
                size = int(size_line.split(b";")[0].strip(), 16)
                body += size_line + await self.read(size + 2)
                if size == 0:
                    break
        request = head + body
        self.upstream.requests.append(request)
        self.upstream.request_seen.set()
        return request

    async def read(self, n: int) -> bytes:
        return await asyncio.wait_for(self.reader.readexactly(n), TIMEOUT)

    def send(self, data: bytes) -> None:
        if self.writer.transport.is_closing():  # the same signal on both loops (uvloop raises RuntimeError)
            raise ConnectionResetError("the client ended the connection")
        self.writer.write(data)

    async def send_slowly(self, data: bytes, step: int = 1, delay: float = 0.0) -> None:
        for i in range(0, len(data), step):
            self.send(data[i:i + step])
            await self.drain()
            await asyncio.sleep(delay)

    async def drain(self) -> None:
        if self.writer.transport.is_closing():
            raise ConnectionResetError("the client ended the connection")
        await asyncio.wait_for(self.writer.drain(), TIMEOUT)

    def close(self) -> None:
        """End the connection with a FIN, after what was sent."""
        self.writer.close()

    def reset(self) -> None:
        """End the connection with a RST (SO_LINGER 0), dropping anything unsent."""
        sock = self.writer.get_extra_info("socket")
        if sock is not None and not self.writer.transport.is_closing():
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()

    async def stall(self, seconds: float = TIMEOUT) -> None:
        """Send nothing for `seconds` (or until the client hangs up, which is recorded)."""
        await self.wait_closed(seconds)

    async def wait_closed(self, timeout: float = TIMEOUT) -> bool:
        """Read and discard until the client ends the connection; True if it did within `timeout`. A
        second waiter (say, the test while the script stalls) waits for the first one's answer."""
        if self._reading:
            try:
                await asyncio.wait_for(self.closed.wait(), timeout)
            except TimeoutError:
                return False
            return True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        self._reading = True
        try:
            while self.closed_at is None:
                left = deadline - loop.time()
                if left <= 0:
                    return False
                try:
                    data = await asyncio.wait_for(self.reader.read(65536), left)
                except TimeoutError:
                    return False
                except ConnectionError:
                    data = b""
                if not data:
                    self._mark_closed()
        finally:
            self._reading = False
        return True

    def _mark_closed(self) -> None:
        if self.closed_at is None:
            self.closed_at = asyncio.get_running_loop().time()
            self.closed.set()


Script = Callable[[Conn], Awaitable[None]]


class ScriptedUpstream:
    """A raw TCP (or TLS) server on 127.0.0.1 running `script` for each connection."""

    def __init__(self, script: Script, *, ssl: _ssl.SSLContext | None = None, host: str = "127.0.0.1"):
        self.script = script
        self.ssl = ssl
        self.host = host
        self.conns: list[Conn] = []
        self.requests: list[bytes] = []
        self.request_seen = asyncio.Event()
        self._tasks: set[asyncio.Task] = set()
        self.errors: list[BaseException] = []

    async def __aenter__(self) -> ScriptedUpstream:
        self.server = await asyncio.start_server(self._handle, self.host, 0, ssl=self.ssl)
        self.port = self.server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self.ssl else 'http'}://{self.host}:{self.port}"
        return self

    async def __aexit__(self, exc_type, *exc) -> None:
        self.server.close()
        for conn in self.conns:
            conn.writer.transport.abort()  # a stalled script sees its connection end
        tasks = list(self._tasks)
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=TIMEOUT)
            for task in pending:
                task.cancel()
        if self.errors and exc_type is None:
            raise AssertionError(f"the scripted upstream failed: {self.errors!r}")

    async def _handle(self, reader, writer) -> None:
        conn = Conn(self, reader, writer, len(self.conns))
        self.conns.append(conn)
        task = asyncio.current_task()
        self._tasks.add(task)
        try:
            await self.script(conn)
        except (ConnectionError, asyncio.IncompleteReadError, _ssl.SSLError, asyncio.CancelledError):
            pass  # the client went away mid-script (what many tests provoke), or the test ended
        except Exception as exc:  # a broken script must fail its test, not vanish
            self.errors.append(exc)
        finally:
            self._tasks.discard(task)
            writer.close()  # after what the script sent (a no-op after reset())


def answer(*parts: bytes, then: str = "keep") -> Script:
    """A script that answers every request on the connection with `parts` (sent one write each), then
    `then`: "keep" (wait for the next request), "close" (FIN), "reset" (RST) or "stall" (send nothing more)."""

    async def script(conn: Conn) -> None:
        while await conn.read_request() is not None:
            for part in parts:
                conn.send(part)
                await conn.drain()
            if then == "close":
                conn.close()
                return
            if then == "reset":
                conn.reset()
                return
            if then == "stall":
                await conn.stall()
                return

    return script
