"""CPU per request of the h1 upstream client alone (uvloop), against a raw loopback server in a child process.

    python bench/h1_client_cpu.py [--n 20000] [--concurrency 1,32] [--root DIR]

Each round sends `n` small JSON POSTs (c workers, keep-alive) and reads each OpenAI-sized response (~20
headers); the client process's own CPU time divided by `n` is the figure (best of 3 rounds; it survives a
busy machine far better than rps). `--root` imports `runtime` from another checkout (say, an unpacked
`git archive` of an older commit) to compare before and after a change.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import time

BODY = b'{"id":"x","object":"chat.completion","choices":[]}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ndate: Mon, 01 Jan 2024 00:00:00 GMT\r\ncontent-type: application/json\r\n"
    b"content-length: %d\r\nconnection: keep-alive\r\nopenai-organization: org-x\r\nopenai-processing-ms: 12\r\n"
    b"openai-version: 2020-10-01\r\nx-ratelimit-limit-requests: 10000\r\nx-ratelimit-limit-tokens: 2000000\r\n"
    b"x-ratelimit-remaining-requests: 9999\r\nx-ratelimit-remaining-tokens: 1999990\r\n"
    b"x-ratelimit-reset-requests: 6ms\r\nx-ratelimit-reset-tokens: 0s\r\nx-request-id: req_0123456789abcdef\r\n"
    b"strict-transport-security: max-age=31536000\r\ncf-cache-status: DYNAMIC\r\nserver: cloudflare\r\n"
    b"cf-ray: 8a1b2c3d4e5f-AMS\r\nalt-svc: h3=\":443\"; ma=86400\r\n\r\n" % len(BODY)
) + BODY
REQUEST = b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}'


def _server(ports) -> None:
    import uvloop

    class Answer(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport
            self.buffer = b""

        def data_received(self, data):
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                head = self.buffer[:end].lower()
                length = int(head.split(b"content-length: ")[1].split(b"\r\n")[0]) if b"content-length: " in head else 0
                if len(self.buffer) < end + 4 + length:
                    return
                self.buffer = self.buffer[end + 4 + length:]
                self.transport.write(RESPONSE)

    async def main():
        server = await asyncio.get_running_loop().create_server(Answer, "127.0.0.1", 0)
        ports.put(server.sockets[0].getsockname()[1])
        await asyncio.sleep(3600)

    uvloop.run(main())


async def _round(port: int, n: int, concurrency: int) -> float:
    from runtime.h1 import H1Upstream

    client = H1Upstream()
    url = f"http://127.0.0.1:{port}/v1/chat/completions"
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(REQUEST)).encode()),
               (b"user-agent", b"OpenAI/Python 1.50.0"), (b"authorization", b"Bearer sk-bench")]

    async def worker(count: int):
        for _ in range(count):
            resp = await client.request("POST", url, headers, REQUEST, timeout=10, connect_timeout=5)
            await resp.read()

    await asyncio.gather(*(worker(200) for _ in range(concurrency)))  # warm-up: connections, caches
    started = time.process_time()
    await asyncio.gather(*(worker(n // concurrency) for _ in range(concurrency)))
    cpu = time.process_time() - started
    await client.aclose()
    return cpu / n * 1e6


def main() -> None:
    import uvloop

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--concurrency", default="1,32")
    parser.add_argument("--root", help="import runtime from this directory instead")
    args = parser.parse_args()
    if args.root:
        sys.path.insert(0, args.root)
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=_server, args=(ports,), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=10)
        for concurrency in (int(c) for c in args.concurrency.split(",")):
            rounds = [uvloop.run(_round(port, args.n, concurrency)) for _ in range(3)]
            print(f"c={concurrency}: h1 client CPU {min(rounds):.1f} µs/request (best of 3; "
                  f"{', '.join(f'{r:.1f}' for r in rounds)})")
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
