"""The relay under uvicorn (uvloop + httptools) on a loopback port, in front of a fake upstream (aiohttp)
on another: byte-exact bodies both ways, SSE timing, disconnects, refused/reset/slow upstreams."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import itertools
import os
import threading
import time

import httpx
import pytest
from aiohttp import web
from relay_support import (
    CANARY,
    RELAY_KEY,
    assert_no_canary,
    free_port,
    make_catalog,
    make_settings,
    serve_aiohttp,
    serve_relay,
)

from runtime.app import build_app

DOWNLOAD = hashlib.sha256(b"seed").digest() * (5 * 1024 * 1024 // 32)  # 5 MiB of non-text bytes
EVENTS = [f"event: response.output_text.delta\ndata: {{\"n\": {i}, \"delta\": \"tok{i}\"}}\n\n".encode()
          for i in range(20)]


class Upstream:
    """A fake OpenAI under /base that records what reached it."""

    def __init__(self):
        self.seen: list[dict] = []
        self.disconnected = threading.Event()
        self.disconnected_at = 0.0

    def record(self, request: web.Request, body: bytes | None = None) -> dict:
        entry = {"method": request.method, "path_qs": request.raw_path, "headers": list(request.raw_headers),
                 "body_sha256": hashlib.sha256(body).hexdigest() if body is not None else None,
                 "body_len": len(body) if body is not None else None}
        self.seen.append(entry)
        return entry

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/base/files", self.upload)
        app.router.add_post("/base/embeddings", self.upload)
        app.router.add_get("/base/files", self.echo)
        app.router.add_get("/base/files/{file_id}/content", self.download)
        app.router.add_post("/base/responses", self.sse)
        app.router.add_get("/base/slow/{kind}", self.slow)
        return app

    async def echo(self, request):
        body = await request.read()
        entry = self.record(request, body)
        return web.json_response({**entry, "headers": [[k.decode(), v.decode()] for k, v in entry["headers"]]})

    async def upload(self, request):
        body = await request.read()
        entry = self.record(request, body)
        return web.json_response({"sha256": entry["body_sha256"], "length": len(body),
                                  "content_type": request.headers.get("Content-Type")})

    async def download(self, request):
        self.record(request)
        headers = {"Content-Type": "application/octet-stream",
                   "Content-Disposition": 'attachment; filename="data.bin"', "X-Request-Id": "up-dl"}
        range_ = request.headers.get("Range")
        if range_:
            start, end = (int(x) for x in range_.removeprefix("bytes=").split("-"))
            headers["Content-Range"] = f"bytes {start}-{end}/{len(DOWNLOAD)}"
            return web.Response(status=206, body=DOWNLOAD[start:end + 1], headers=headers)
        return web.Response(body=DOWNLOAD, headers=headers)

    async def sse(self, request):
        body = await request.json()
        self.record(request)
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "X-Request-Id": "up-sse"})
        await resp.prepare(request)
        if body.get("endless"):
            try:
                await resp.write(EVENTS[0])
                await asyncio.sleep(30)
            except asyncio.CancelledError:  # handler_cancellation: the relay closed the connection
                self.disconnected_at = time.monotonic()
                self.disconnected.set()
                raise
        if body.get("die"):
            await resp.write(EVENTS[0])
            await asyncio.sleep(0.05)
            request.transport.abort()
            return resp
        for i, event in enumerate(EVENTS):
            if i:
                await asyncio.sleep(0.05)
            await resp.write(event)
        await resp.write_eof()
        return resp

    async def slow(self, request):
        self.record(request)
        kind = request.match_info["kind"]
        if kind == "slow":
            await asyncio.sleep(5)
        elif kind == "reset":
            request.transport.abort()
            await asyncio.sleep(1)
        elif kind == "gzip":
            return web.Response(body=gzip.compress(b'{"ok": true}' * 100),
                                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
        return web.json_response({})


@pytest.fixture(scope="module")
def upstream():
    fake = Upstream()
    with serve_aiohttp(fake.app) as (url, _loop):
        fake.url = url
        yield fake


@pytest.fixture(scope="module", params=["h1", "aiohttp"])
def client_kind(request):
    """Every socket test runs with both production upstream transports."""
    return request.param


@pytest.fixture(scope="module")
def relay_url(upstream, client_kind):
    settings = make_settings(OPENAI_BASE_URL=upstream.url + "/base", RELAY_TIMEOUT="2",
                             RELAY_UPSTREAM_CLIENT=client_kind)
    with serve_relay(build_app(make_catalog(), (), settings=settings)) as url:
        yield url


@pytest.fixture
async def client(relay_url, upstream):
    upstream.seen.clear()
    async with httpx.AsyncClient(base_url=relay_url, headers={"Authorization": f"Bearer {RELAY_KEY}"},
                                 timeout=10) as c:
        yield c
    for entry in upstream.seen:  # the relay key never reached upstream; the upstream key always did
        values = b" ".join(v for _, v in entry["headers"])
        assert RELAY_KEY.encode() not in values
        assert header(entry, b"authorization") == [f"Bearer {CANARY}".encode()]


def header(entry, name: bytes):
    return [v for k, v in entry["headers"] if k.lower() == name]


async def test_multipart_upload_is_byte_exact(client, upstream):
    data = os.urandom(300_000) + b"\r\n--fake-boundary\r\n\x00\xff"
    request = client.build_request("POST", "/v1/files", data={"purpose": "assistants"},
                                   files={"file": ("x.bin", data)})
    sent = request.read()
    r = await client.send(request)
    assert_no_canary(r)
    assert r.status_code == 200, r.text
    assert r.json()["sha256"] == hashlib.sha256(sent).hexdigest() and r.json()["length"] == len(sent)
    assert r.json()["content_type"] == r.request.headers["content-type"]  # boundary intact
    (entry,) = upstream.seen
    assert header(entry, b"content-length") == [str(len(sent)).encode()]
    assert header(entry, b"transfer-encoding") == []


async def test_streamed_upload_without_length(client, upstream):
    chunks = [os.urandom(64 * 1024) for _ in range(40)]

    async def body():
        for chunk in chunks:
            yield chunk

    r = await client.post("/v1/files", content=body(), headers={"Content-Type": "application/octet-stream"})
    assert r.json()["sha256"] == hashlib.sha256(b"".join(chunks)).hexdigest()
    assert header(upstream.seen[0], b"transfer-encoding") == [b"chunked"]


async def test_download_is_byte_exact(client, upstream):
    digest = hashlib.sha256()
    async with client.stream("GET", "/v1/files/file-1/content") as r:
        assert r.status_code == 200
        async for chunk in r.aiter_raw():
            digest.update(chunk)
    assert digest.digest() == hashlib.sha256(DOWNLOAD).digest()
    assert r.headers["content-length"] == str(len(DOWNLOAD))
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"] == 'attachment; filename="data.bin"'
    assert r.headers["x-request-id"] == "up-dl" and r.headers["x-relay-request-id"]


async def test_range_passes(client):
    r = await client.get("/v1/files/file-1/content", headers={"Range": "bytes=100-199"})
    assert r.status_code == 206 and r.content == DOWNLOAD[100:200]
    assert r.headers["content-range"] == f"bytes 100-199/{len(DOWNLOAD)}"


async def test_no_body_and_no_added_headers(relay_url, upstream):
    upstream.seen.clear()
    async with httpx.AsyncClient(base_url=relay_url) as c:
        c.headers.clear()  # no User-Agent, Accept or Accept-Encoding from the client
        r = await c.get("/v1/files?order=asc&x=%2F", headers={"X-Relay-Key": RELAY_KEY})
    assert r.status_code == 200
    (entry,) = upstream.seen
    assert entry["path_qs"] == "/base/files?order=asc&x=%2F"
    names = {k.lower() for k, _ in entry["headers"]}
    assert names == {b"host", b"authorization"}, names
    assert entry["body_len"] == 0


async def test_compressed_response_passes_unchanged(client):
    async with client.stream("GET", "/v1/slow/gzip", headers={"Accept-Encoding": "gzip"}) as r:
        raw = b"".join([c async for c in r.aiter_raw()])
    assert r.headers["content-encoding"] == "gzip"
    assert gzip.decompress(raw) == b'{"ok": true}' * 100
    assert r.headers["content-length"] == str(len(raw))


async def test_sse_arrives_event_by_event(client):
    arrivals = []
    start = time.monotonic()
    async with client.stream("POST", "/v1/responses", json={"stream": True}) as r:
        assert r.headers["content-type"] == "text/event-stream"
        async for chunk in r.aiter_raw():
            arrivals.append((time.monotonic() - start, chunk))
    assert b"".join(c for _, c in arrivals) == b"".join(EVENTS)
    assert len(arrivals) >= 18, [len(c) for _, c in arrivals]  # not buffered into a few big chunks
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(arrivals)]
    assert sorted(gaps)[len(gaps) // 2] == pytest.approx(0.05, abs=0.015)
    assert arrivals[-1][0] - arrivals[0][0] > 0.8  # spread over ~0.95 s, not all at the end


async def test_client_disconnect_closes_upstream(client, upstream, captured_logs):
    upstream.disconnected.clear()
    async with client.stream("POST", "/v1/responses", json={"stream": True, "endless": True}) as r:
        async for chunk in r.aiter_raw():
            assert chunk == EVENTS[0]
            break
        closed_at = time.monotonic()
    assert await asyncio.to_thread(upstream.disconnected.wait, 5)
    assert upstream.disconnected_at - closed_at < 0.5
    # and the relay's own task ended at once (its access line, status 0: client gone), long before the
    # 2 s read timeout
    for _ in range(40):
        if any("POST /v1/responses 0 " in line for line in captured_logs):
            break
        await asyncio.sleep(0.025)
    assert any("POST /v1/responses 0 " in line for line in captured_logs)


async def test_upstream_dies_mid_stream_breaks_client_stream(client):
    """Upstream resets mid-stream: the client gets what was sent, then a broken response (no terminating
    chunk), never a clean end it would take for a complete answer."""
    received = b""
    with pytest.raises(httpx.RemoteProtocolError):
        async with client.stream("POST", "/v1/responses", json={"stream": True, "die": True}) as r:
            async for chunk in r.aiter_raw():
                received += chunk
    assert received == EVENTS[0]


async def test_refused_is_502(upstream, client_kind):
    settings = make_settings(OPENAI_BASE_URL=f"http://127.0.0.1:{free_port()}/v1", RELAY_UPSTREAM_CLIENT=client_kind)
    with serve_relay(build_app(make_catalog(), (), settings=settings)) as url:
        async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {RELAY_KEY}"}) as c:
            r = await c.get("/v1/files")
    assert_no_canary(r)
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_unreachable"


async def test_reset_is_502(client):
    r = await client.get("/v1/slow/reset")
    assert_no_canary(r)
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_unreachable"


async def test_slow_is_504_within_timeout(client):
    start = time.monotonic()
    r = await client.get("/v1/slow/slow")  # slowOp's policy timeout: 0.5 s
    elapsed = time.monotonic() - start
    assert_no_canary(r)
    assert r.status_code == 504 and r.json()["error"]["type"] == "timeout_error"
    assert 0.45 < elapsed < 1.5


@pytest.mark.parametrize("method, path, kw, status", [
    ("GET", "/v1/files", {"headers": {"Authorization": "Bearer wrong"}}, 401),
    ("POST", "/v1/fine_tuning/jobs", {"json": {}}, 403),
    ("GET", "/v1/nope", {}, 404),
    ("DELETE", "/v1/files", {}, 405),
    ("POST", "/v1/embeddings", {"content": b"x" * 5000}, 413),
])
async def test_refusals_are_envelopes(client, upstream, method, path, kw, status):
    r = await client.request(method, path, **kw)
    assert r.status_code == status
    assert set(r.json()["error"]) == {"message", "type", "param", "code"}
    assert upstream.seen == []


async def test_413_while_streaming_a_chunked_upload(client, upstream):
    async def body():
        for _ in range(10):
            yield b"x" * 1000

    r = await client.post("/v1/embeddings", content=body())  # createEmbedding allows 4096 bytes
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    assert all(entry["body_len"] is None for entry in upstream.seen)  # upstream never got a whole body


async def test_upstream_error_status_passes(client):
    r = await client.post("/v1/responses", content=b"not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 500  # the fake upstream's own failure, passed through unchanged
    assert r.text == "500 Internal Server Error\n\nServer got itself in trouble"
