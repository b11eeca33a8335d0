"""A recording pass-through in front of Prism, started by tests/sdk_compat/run.py (one per run).

    python tests/sdk_compat/recorder.py --port P --upstream http://127.0.0.1:4010 --out requests.jsonl

Forwards every request to the upstream unchanged (method, raw path and query, headers less hop-by-hop
ones, body; a chunked request stays chunked) and the response back, and appends one JSON line per request
with what reached it: method, raw target, framing, headers and a digest of the body. run.py compares the
lines of the direct run with those of the relay run, so a relay that changes what upstream receives is
seen even when the SDK's test passes anyway.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json

from aiohttp import ClientSession, ClientTimeout, web

_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
        "host", "content-length"}


async def _chunks(body: bytes):
    if body:
        yield body


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    upstream = args.upstream.rstrip("/")
    out = open(args.out, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - open for the server's life

    async def forward(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        chunked = "chunked" in request.headers.get("Transfer-Encoding", "").lower()
        out.write(json.dumps({
            "method": request.method,
            "target": request.raw_path,
            "framing": "chunked" if chunked else ("length" if request.content_length is not None else "none"),
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in request.raw_headers],
            "body_len": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
            # small multipart bodies in full, so their random boundary can be blanked before comparing
            "body_b64": base64.b64encode(body).decode() if len(body) <= 65536 else None,
        }) + "\n")
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _HOP]
        data = _chunks(body) if chunked else (body if body or request.content_length is not None else None)
        async with request.app["session"].request(
            request.method, upstream + request.raw_path, headers=headers, data=data, allow_redirects=False,
            skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
        ) as resp:
            payload = await resp.read()
            response = web.Response(status=resp.status, body=payload)
            for k, v in resp.headers.items():
                if k.lower() not in _HOP and k.lower() not in ("content-encoding", "date", "server"):
                    response.headers.add(k, v)
            if "Content-Encoding" in resp.headers:
                response.headers["Content-Encoding"] = resp.headers["Content-Encoding"]
            return response

    async def startup(app: web.Application) -> None:
        app["session"] = ClientSession(timeout=ClientTimeout(total=300), auto_decompress=False)

    async def cleanup(app: web.Application) -> None:
        await app["session"].close()
        out.close()

    app = web.Application(client_max_size=1 << 30)
    app.on_startup.append(startup)
    app.on_cleanup.append(cleanup)
    app.router.add_route("*", "/{tail:.*}", forward)
    web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
