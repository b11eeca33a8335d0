"""An upstream that completes the WebSocket handshake and then never answers anything (no pongs)."""

from __future__ import annotations

import asyncio
import base64
import hashlib

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class SilentUpstream:
    def __init__(self):
        self.pings = 0
        self.server = None
        self.writers = []

    async def start(self):
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def _handle(self, reader, writer):
        self.writers.append(writer)
        request = await reader.readuntil(b"\r\n\r\n")
        key = next(line.split(b":", 1)[1].strip() for line in request.split(b"\r\n")
                   if line.lower().startswith(b"sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1(key + _GUID).digest())
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        await writer.drain()
        while chunk := await reader.read(65536):
            if chunk[:1] == b"\x89":  # a ping frame (FIN + opcode 9)
                self.pings += 1

    async def stop(self):
        for writer in self.writers:
            writer.close()
        self.server.close()
        try:
            async with asyncio.timeout(5):
                await self.server.wait_closed()
        except TimeoutError:
            pass
