"""Bench upstream in plain asyncio (uvloop when present): an SSE source and an upload sink.

    python bench/upstream_py.py --port 9101 [--events 200 --interval 0.010]

- POST/GET whose path contains `/chat/completions` or `/responses`: `text/event-stream`, chunked;
  `--events` events (or `?events=N`) `--interval` seconds apart on an absolute schedule (the first one at
  once), each carrying its send time (`"t"`, perf_counter_ns), then `data: [DONE]`.
- any other request: the body is read and counted (Content-Length or chunked; `Expect: 100-continue`
  answered), then `{"bytes": N}`.
Keep-alive, one request at a time per connection (no pipelining), as the relay and nginx send them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

# "t": the send time, time.perf_counter_ns() (CLOCK_MONOTONIC: the same clock in every process here)
_EVENT = b'data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":0,"model":"bench","t":%d,' \
         b'"choices":[{"index":0,"delta":{"content":"tok %d"},"finish_reason":null}]}\n\n'


class _Conn(asyncio.Protocol):
    def __init__(self, server: Upstream):
        self.server = server
        self.buf = bytearray()
        self.state = "head"  # head | body | chunked | busy
        self.remaining = 0
        self.count = 0
        self.transport: asyncio.Transport | None = None
        self.keep_alive = True

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self.state == "body":
            n = len(data)
            if n < self.remaining:
                self.remaining -= n
                self.count += n
                return
            self.count += self.remaining
            data = data[self.remaining:]
            self.remaining = 0
            self._body_done()
        if data:
            self.buf += data
        self._process()

    def _process(self) -> None:
        while True:
            if self.state == "head":
                end = self.buf.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = bytes(self.buf[:end]).decode("latin-1")
                del self.buf[:end + 4]
                lines = head.split("\r\n")
                self.method, self.path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    k, _, v = line.partition(":")
                    headers[k.strip().lower()] = v.strip()
                self.keep_alive = headers.get("connection", "").lower() != "close"
                self.count = 0
                if headers.get("expect", "").lower() == "100-continue":
                    self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                if "chunked" in headers.get("transfer-encoding", "").lower():
                    self.state = "chunked"
                else:
                    self.remaining = int(headers.get("content-length") or 0)
                    self.state = "body"
                    if self.remaining == 0:
                        self._body_done()
                        continue
                    take = min(self.remaining, len(self.buf))
                    self.count += take
                    self.remaining -= take
                    del self.buf[:take]
                    if self.remaining == 0:
                        self._body_done()
                        continue
                    return
            elif self.state == "chunked":
                line_end = self.buf.find(b"\r\n")
                if line_end < 0:
                    return
                size = int(bytes(self.buf[:line_end]).split(b";")[0], 16)
                if size == 0:
                    end = self.buf.find(b"\r\n\r\n", line_end)
                    if end < 0:
                        return
                    del self.buf[:end + 4]
                    self._body_done()
                    continue
                if len(self.buf) < line_end + 2 + size + 2:
                    return
                self.count += size
                del self.buf[:line_end + 2 + size + 2]
            else:  # body (after a partial read) or busy
                return

    def _body_done(self) -> None:
        self.state = "busy"
        if "/chat/completions" in self.path or "/responses" in self.path:
            asyncio.get_running_loop().create_task(self._sse())
        else:
            body = json.dumps({"bytes": self.count}).encode()
            self._write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                        % (len(body), body))
            self._next()

    def _next(self) -> None:
        if not self.keep_alive:
            self.transport.close()
        self.state = "head"
        if self.buf:
            self._process()

    def _write(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    async def _sse(self) -> None:
        server = self.server
        self._write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                    b"Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n")
        t0 = time.perf_counter()
        events = server.events
        if "events=" in self.path:  # ?events=N: a shorter stream (warm-up)
            events = int(self.path.split("events=")[1].split("&")[0])
        for i in range(events):
            delay = t0 + i * server.interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if self.transport is None or self.transport.is_closing():
                return
            ev = _EVENT % (time.perf_counter_ns(), i)
            self._write(b"%x\r\n%s\r\n" % (len(ev), ev))
        done = b"data: [DONE]\n\n"
        self._write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(done), done))
        self._next()

    def connection_lost(self, exc) -> None:
        self.transport = None


class Upstream:
    def __init__(self, events: int, interval: float):
        self.events = events
        self.interval = interval


async def _main(args) -> None:
    loop = asyncio.get_running_loop()
    server = Upstream(args.events, args.interval)
    srv = await loop.create_server(lambda: _Conn(server), "127.0.0.1", args.port, backlog=1024)
    print(f"upstream_py listening on 127.0.0.1:{args.port}", flush=True)
    async with srv:
        await srv.serve_forever()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--events", type=int, default=200)
    p.add_argument("--interval", type=float, default=0.010)
    args = p.parse_args()
    try:
        import uvloop
    except ImportError:
        asyncio.run(_main(args))
    else:
        uvloop.run(_main(args))


if __name__ == "__main__":
    main()
