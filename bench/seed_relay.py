"""The "before" baseline: a seed-style relay. FastAPI catch-all route, body read whole, one
httpx.AsyncClient forwarding it, the upstream body read whole and returned as a `Response`.

    SEED_UPSTREAM=http://127.0.0.1:9100/v1 SEED_KEY=bench-key uvicorn seed_relay:app --app-dir bench
"""

from __future__ import annotations

import os

import httpx
from fastapi import FastAPI, Request, Response

UPSTREAM = os.environ.get("SEED_UPSTREAM", "http://127.0.0.1:9100/v1").rstrip("/")
KEY = os.environ.get("SEED_KEY", "bench-key")
UPSTREAM_KEY = os.environ.get("OPENAI_API_KEY", "sk-bench")
HOP = {"host", "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
       "proxy-authorization", "proxy-authenticate", "authorization", "content-length", "content-encoding"}

app = FastAPI()
_client: httpx.AsyncClient | None = None


@app.api_route("/v1/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def relay(path: str, request: Request) -> Response:
    global _client
    if request.headers.get("authorization") != f"Bearer {KEY}":
        return Response('{"error":{"message":"bad key"}}', status_code=401, media_type="application/json")
    if _client is None:
        _client = httpx.AsyncClient(timeout=600)
    body = await request.body()
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP}
    headers["authorization"] = f"Bearer {UPSTREAM_KEY}"
    r = await _client.request(request.method, f"{UPSTREAM}/{path}", params=request.query_params,
                              headers=headers, content=body)
    out = {k: v for k, v in r.headers.items() if k.lower() not in HOP}
    return Response(r.content, status_code=r.status_code, headers=out)
