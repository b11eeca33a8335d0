"""A recording pass-through in front of Prism, started by tests/sdk_compat/run.py (one per run).

    python tests/sdk_compat/recorder.py --port P --upstream http://127.0.0.1:4010 --out requests.jsonl

Forwards every request to the upstream unchanged (method, raw path and query, headers less hop-by-hop
ones, body; a chunked request stays chunked) and the response back, and appends one JSON line per request
with what reached it (method, raw target, framing, headers, a digest of the body) and what came back
(status, headers, a digest of the body). run.py puts one in front of Prism for the direct run, one between
the relay and Prism, and one between the SDK and the relay, and compares what upstream received and what
the SDK received in both runs, so a relay that changes either is seen even when the SDK's test passes.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json

from aiohttp import ClientSession, ClientTimeout, web
from yarl import URL  # encoded=True: the raw path and query go out byte for byte (no re-quoting)

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
        record = {
            "method": request.method,
            "target": request.raw_path,
            "framing": "chunked" if chunked else ("length" if request.content_length is not None else "none"),
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in request.raw_headers],
            "body_len": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
            # small bodies in full, so a multipart body's random boundary can be blanked before comparing
            "body_b64": base64.b64encode(body).decode() if len(body) <= 65536 else None,
        }
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in _HOP]
        data = _chunks(body) if chunked else (body if body or request.content_length is not None else None)
        try:
            async with request.app["session"].request(
                request.method, URL(upstream + request.raw_path, encoded=True), headers=headers, data=data, allow_redirects=False,
                skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
            ) as resp:
                payload = await resp.read()
                record["response"] = {
                    "status": resp.status,
                    "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in resp.raw_headers],
                    "body_len": len(payload),
                    "body_sha256": hashlib.sha256(payload).hexdigest(),
                }
                response = web.Response(status=resp.status, body=payload)
                for k, v in resp.headers.items():
                    if k.lower() not in _HOP and k.lower() not in ("content-encoding", "date", "server"):
                        response.headers.add(k, v)
                if "Content-Encoding" in resp.headers:
                    response.headers["Content-Encoding"] = resp.headers["Content-Encoding"]
        except Exception as exc:  # noqa: BLE001 - recorded, answered as a 502
            record["response"] = {"error": f"{type(exc).__name__}: {exc}"}
            response = web.Response(status=502, text=f"recorder: upstream failed: {exc}")
        out.write(json.dumps(record) + "\n")
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
