"""The fuzz run's fake OpenAI: answers every method and path at once with a small JSON echo, and stamps every
answer with `x-fake-upstream` so the runner can tell what upstream said from what the relay made.

    python tests/fuzz/upstream.py --port N --relay-key RK --upstream-key K [--upstream-key K2]
                                                (prints "ready <port>" once it listens)

About one request in 16 (chosen by a hash of the raw target and body, so a case replays alike) is answered with
an upstream-style 5xx: those pass through the relay and must not be counted as the relay's own. It also counts
requests that carry the relay key anywhere (head, target or body) and requests whose Authorization is not one
of the upstream keys. Counters are at `GET /__stats` (never reached through the relay: its paths all start with
`/v1/`).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import zlib
from collections import Counter

from aiohttp import web

STAMP = "x-fake-upstream"
_PASSTHROUGH_5XX = (500, 502, 503)


class FakeUpstream:
    def __init__(self, relay_key: str, upstream_keys: list[str]):
        self.relay_key = relay_key.encode()
        self.authorizations = {f"Bearer {key}" for key in upstream_keys}
        self.calls = Counter()  # by method
        self.statuses = Counter()
        self.relay_key_seen = 0
        self.wrong_authorization = 0

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/__stats", self.stats)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    async def stats(self, _request: web.Request) -> web.Response:
        return web.json_response({"calls": dict(self.calls), "statuses": {str(k): v for k, v in self.statuses.items()},
                                  "relay_key_seen": self.relay_key_seen,
                                  "wrong_authorization": self.wrong_authorization}, headers={STAMP: "1"})

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.calls[request.method] += 1
        head = b"".join(name + b":" + value for name, value in request.raw_headers)
        if self.relay_key in head or self.relay_key in request.raw_path.encode("latin-1", "replace") \
                or self.relay_key in body:
            self.relay_key_seen += 1
        authorization = request.headers.getall("Authorization", [])
        if len(authorization) != 1 or authorization[0] not in self.authorizations:
            self.wrong_authorization += 1
        digest = zlib.crc32(request.raw_path.encode("latin-1", "replace") + body)
        status = _PASSTHROUGH_5XX[digest % 3] if digest % 16 == 0 else 200
        self.statuses[status] += 1
        if status >= 500:
            payload = {"error": {"message": "fake upstream failure", "type": "server_error", "param": None,
                                 "code": None}}
        else:
            payload = {"object": "fake", "method": request.method, "path": request.raw_path, "body_bytes": len(body)}
        return web.json_response(payload, status=status, headers={STAMP: "1"})


async def _main(args) -> None:
    runner = web.AppRunner(FakeUpstream(args.relay_key, args.upstream_key).app(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", args.port)
    await site.start()
    print(f"ready {site._server.sockets[0].getsockname()[1]}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--relay-key", required=True)
    parser.add_argument("--upstream-key", action="append", required=True)
    try:
        asyncio.run(_main(parser.parse_args()))
    except KeyboardInterrupt:
        sys.exit(0)
