"""A lean raw-ASGI relay (no auth, routing or logging): the ceiling for an upstream client and ASGI server.

    LEAN_CLIENT=aiohttp|httpx|httpx-tuned|httpx-aiohttp|proto|none LEAN_UPSTREAM=http://127.0.0.1:9100/v1 \
        uvicorn lean_relay:app --app-dir bench --no-access-log
"""

from __future__ import annotations

import os

UPSTREAM = os.environ.get("LEAN_UPSTREAM", "http://127.0.0.1:9100/v1").rstrip("/")
CLIENT = os.environ.get("LEAN_CLIENT", "aiohttp")
AUTH = ("authorization", "Bearer " + os.environ.get("OPENAI_API_KEY", "sk-bench"))
AUTH_B = (b"authorization", AUTH[1].encode())
UPSTREAM_PATH = "/" + UPSTREAM.split("://", 1)[1].partition("/")[2]
DROP = {b"host", b"connection", b"keep-alive", b"authorization", b"transfer-encoding", b"te", b"upgrade"}
_client = None
FIXED = b'{"id":"chatcmpl-bench","object":"chat.completion","choices":[]}'  # LEAN_CLIENT=none: no upstream


def _make_client():
    if CLIENT == "proto":  # bench/proto_client.py: asyncio Protocol + httptools, no aiohttp
        from urllib.parse import urlsplit

        from proto_client import ProtoClient
        u = urlsplit(UPSTREAM)
        return ProtoClient(u.hostname, u.port)
    if CLIENT == "aiohttp":
        import aiohttp
        return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), auto_decompress=False)
    import httpx
    if CLIENT == "httpx-aiohttp":
        from httpx_aiohttp import AiohttpTransport
        return httpx.AsyncClient(transport=AiohttpTransport(limits=httpx.Limits(max_keepalive_connections=64)))
    if CLIENT == "httpx-tuned":
        return httpx.AsyncClient(limits=httpx.Limits(max_connections=None, max_keepalive_connections=64))
    return httpx.AsyncClient()  # httpx defaults: 100 connections, 20 kept alive


async def app(scope, receive, send):
    global _client
    if scope["type"] != "http":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        return await send({"type": "lifespan.shutdown.complete"})
    body, more = b"", True
    while more:
        msg = await receive()
        body, more = body + msg.get("body", b""), msg.get("more_body", False)
    if CLIENT == "none":
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(FIXED)).encode())]})
        return await send({"type": "http.response.body", "body": FIXED})
    qs = scope["query_string"]
    url = UPSTREAM + scope["path"][3:] + ("?" + qs.decode("latin-1") if qs else "")
    headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"] if k not in DROP]
    headers.append(AUTH)
    _client = _client or _make_client()
    if CLIENT == "proto":
        target = UPSTREAM_PATH + url[len(UPSTREAM):]
        hdrs = [(k, v) for k, v in scope["headers"] if k not in DROP and k != b"content-length"]
        hdrs.append(AUTH_B)
        r = await _client.request(scope["method"], target, hdrs, body)
        out = [(k, v) for k, v in r.headers if k not in DROP]
        await send({"type": "http.response.start", "status": r.status, "headers": out})
        async for chunk in r:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    elif CLIENT == "aiohttp":
        async with _client.request(scope["method"], url, headers=headers, data=body or None) as r:
            out = [(k.lower(), v) for k, v in r.raw_headers if k.lower() not in DROP]
            await send({"type": "http.response.start", "status": r.status, "headers": out})
            async for chunk in r.content.iter_any():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
    else:
        r = await _client.send(_client.build_request(scope["method"], url, headers=headers, content=body),
                               stream=True)
        try:
            out = [(k.lower(), v) for k, v in r.headers.raw if k.lower() not in DROP]
            await send({"type": "http.response.start", "status": r.status_code, "headers": out})
            async for chunk in r.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        finally:
            await r.aclose()
    await send({"type": "http.response.body", "body": b""})
