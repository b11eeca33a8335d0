"""The whole relay app (`generated.app:create_app` → `runtime.app.build_app`) on a real socket, against one
fake upstream (aiohttp) that speaks both WebSocket (`/v1/realtime`, `/v1/responses`) and HTTP
(`POST /v1/realtime/calls`, which echoes SDP): the WebSocket route through the app, and SDP bytes unchanged."""

from __future__ import annotations

import asyncio
import json

import httpx
import openai
import pytest
from aiohttp import WSMsgType, web
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from wsfixtures import RELAY_KEY, UPSTREAM_KEY, RelayServer, T, bearer, make_settings

create_app = pytest.importorskip("generated.app").create_app

# A WebRTC offer as browsers produce it: CRLF line ends, a trailing CRLF, non-ASCII-free but byte-exact.
SDP_OFFER = (
    b"v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n"
    b"a=extmap-allow-mixed\r\na=msid-semantic: WMS\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\n"
    b"c=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\na=ice-ufrag:Fq+t\r\na=ice-pwd:3bHq0HS4wT7sHQ8M1VhZ0J/Z\r\n"
    b"a=ice-options:trickle\r\na=fingerprint:sha-256 7B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35\r\n"
    b"a=setup:actpass\r\na=mid:0\r\na=sendrecv\r\na=rtpmap:111 opus/48000/2\r\na=fmtp:111 minptime=10;"
    b"useinbandfec=1\r\n"
)
SDP_ANSWER = SDP_OFFER.replace(b"a=setup:actpass", b"a=setup:active").replace(b"sendrecv", b"recvonly")


class AppUpstream:
    """aiohttp on loopback: WebSocket echo at /v1/realtime and /v1/responses; /v1/realtime/calls echoes SDP."""

    def __init__(self):
        self.ws_seen: list[dict] = []
        self.http_seen: list[dict] = []
        self.runner = None

    async def start(self):
        app = web.Application()
        app.router.add_get("/v1/realtime", self._ws)
        app.router.add_get("/v1/responses", self._ws)
        app.router.add_post("/v1/realtime/calls", self._calls)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def stop(self):
        async with asyncio.timeout(T):
            await self.runner.cleanup()

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}/v1"

    async def _ws(self, request):
        ws = web.WebSocketResponse(protocols=("realtime",))
        await ws.prepare(request)
        seen = {"path": request.path, "query": dict(request.query), "headers": dict(request.headers), "messages": []}
        self.ws_seen.append(seen)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                seen["messages"].append(msg.data)
                event = json.loads(msg.data) if msg.data.startswith("{") else {}
                if event.get("type") == "session.update":
                    await ws.send_str(json.dumps({"type": "session.updated", "event_id": "evt_1",
                                                  "session": event.get("session", {})}))
                else:
                    await ws.send_str(msg.data)
            elif msg.type == WSMsgType.BINARY:
                seen["messages"].append(msg.data)
                await ws.send_bytes(msg.data)
        return ws

    async def _calls(self, request):
        body = await request.read()
        self.http_seen.append({"content_type": request.headers.get("Content-Type"), "body": body,
                               "authorization": request.headers.get("Authorization")})
        if request.content_type == "application/sdp":
            answer = body.replace(b"a=setup:actpass", b"a=setup:active").replace(b"sendrecv", b"recvonly")
        else:  # multipart (the SDK): answer with the fixed answer
            answer = SDP_ANSWER
        return web.Response(body=answer, status=201, headers={"Content-Type": "application/sdp",
                                                               "Location": "/v1/realtime/calls/rtc_test"})


@pytest.fixture
async def app_upstream():
    upstream = await AppUpstream().start()
    yield upstream
    await upstream.stop()


@pytest.fixture
async def app_relay(app_upstream):
    settings = make_settings(app_upstream.base_url)
    server = await RelayServer(create_app(settings), lifespan="on").start()
    yield server
    await server.stop()


async def test_websocket_through_the_app(app_relay, app_upstream):
    async with asyncio.timeout(T), connect(app_relay.ws_url + "/realtime?model=gpt-realtime",
                                           additional_headers=bearer(), subprotocols=["realtime"]) as ws:
        assert ws.subprotocol == "realtime"
        await ws.send("text frame")
        assert await ws.recv() == "text frame"
        await ws.send(b"\x00\x01binary\xff")
        assert await ws.recv() == b"\x00\x01binary\xff"
    seen = app_upstream.ws_seen[0]
    assert seen["path"] == "/v1/realtime" and seen["query"] == {"model": "gpt-realtime"}
    assert seen["headers"]["Authorization"] == f"Bearer {UPSTREAM_KEY}"


async def test_sdk_realtime_through_the_app(app_relay, app_upstream):
    client = openai.AsyncOpenAI(api_key=RELAY_KEY, base_url=app_relay.http_url, max_retries=0)
    async with asyncio.timeout(T):
        async with client.realtime.connect(model="gpt-realtime") as conn:
            await conn.session.update(session={"type": "realtime", "instructions": "hi"})
            event = await conn.recv()
    assert event.type == "session.updated"
    await client.close()


async def test_bad_key_through_the_app_never_reaches_upstream(app_relay, app_upstream):
    async with asyncio.timeout(T):
        with pytest.raises(InvalidStatus) as info:
            await connect(app_relay.ws_url + "/realtime?model=m", additional_headers=bearer("rk-wrong"))
    assert info.value.response.status_code == 401
    assert json.loads(info.value.response.body)["error"]["code"] == "invalid_api_key"
    assert app_upstream.ws_seen == []


async def test_realtime_calls_sdp_bytes_unchanged(app_relay, app_upstream):
    async with asyncio.timeout(T), httpx.AsyncClient() as http:
        response = await http.post(app_relay.http_url + "/realtime/calls", content=SDP_OFFER,
                                   headers={**bearer(), "Content-Type": "application/sdp",
                                            "Accept": "application/sdp"})
    assert response.status_code == 201, response.text
    assert response.headers["content-type"] == "application/sdp"
    assert response.content == SDP_ANSWER
    seen = app_upstream.http_seen[0]
    assert seen["content_type"] == "application/sdp"
    assert seen["body"] == SDP_OFFER
    assert seen["authorization"] == f"Bearer {UPSTREAM_KEY}"


async def test_sdk_realtime_calls_create_multipart(app_relay, app_upstream):
    client = openai.AsyncOpenAI(api_key=RELAY_KEY, base_url=app_relay.http_url, max_retries=0)
    async with asyncio.timeout(T):
        answer = await client.realtime.calls.create(sdp=SDP_OFFER.decode(), session={"type": "realtime",
                                                                                       "model": "gpt-realtime"})
    assert answer.content == SDP_ANSWER
    seen = app_upstream.http_seen[0]
    assert seen["content_type"].startswith("multipart/form-data; boundary=")
    assert SDP_OFFER in seen["body"]  # the offer's bytes, CRLFs included, inside the multipart part
    await client.close()
