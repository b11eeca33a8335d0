"""WebSocket relay against a real fake upstream on loopback: frames, order, closes, refusals, auth, limits."""

from __future__ import annotations

import asyncio
import json
import logging
from urllib.parse import quote

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from wsfixtures import ADMIN_ONLY_KEY, RELAY_KEY, UPSTREAM_KEY, T, bearer


async def _closed(ws) -> ConnectionClosed:
    """Wait for the relay to close `ws`; return the ConnectionClosed that recv raised."""
    async with asyncio.timeout(T):
        with pytest.raises(ConnectionClosed) as info:
            while True:
                await ws.recv()
    return info.value


async def test_text_and_binary_echo(relay, upstream):
    async with asyncio.timeout(T), connect(relay.ws_url + "/realtime?model=gpt-realtime",
                                           additional_headers=bearer()) as ws:
        await ws.send('{"type": "hello", "text": "héllo ✓"}')
        assert await ws.recv() == '{"type": "hello", "text": "héllo ✓"}'
        blob = bytes(range(256)) * 64
        await ws.send(blob)
        reply = await ws.recv()
        assert isinstance(reply, bytes) and reply == blob
        await ws.send("")  # empty text stays an empty text frame
        assert await ws.recv() == ""
        await ws.send(b"")
        assert await ws.recv() == b""
    seen = upstream.seen[0]
    assert seen.path == "/v1/realtime" and seen.query == {"model": ["gpt-realtime"]}
    assert seen.messages == ['{"type": "hello", "text": "héllo ✓"}', blob, "", b""]


async def test_thousand_messages_in_order_both_ways(relay, upstream):
    sent = [f"msg-{i:04d}" if i % 3 else f"bin-{i:04d}".encode() for i in range(1000)]

    async with asyncio.timeout(T * 2), connect(relay.ws_url + "/responses", additional_headers=bearer()) as ws:
        async def produce():
            for item in sent:
                await ws.send(item)

        producer = asyncio.create_task(produce())
        received = [await ws.recv() for _ in sent]
        await producer
    assert received == sent  # same order, text stayed str, binary stayed bytes
    assert upstream.seen[0].messages == sent
    assert upstream.seen[0].path == "/v1/responses"


@pytest.mark.parametrize("code,reason", [(1000, "done"), (1008, "policy says no"), (4000, "app-defined"),
                                         (4999, "édge ✓")])
async def test_client_close_code_reaches_upstream(relay, upstream, code, reason):
    async with asyncio.timeout(T):
        ws = await connect(relay.ws_url + "/realtime?model=m", additional_headers=bearer())
        await ws.send("ping")
        assert await ws.recv() == "ping"
        await ws.close(code, reason)
        await upstream.seen[0].closed.wait()
    assert (upstream.seen[0].close_code, upstream.seen[0].close_reason) == (code, reason)


@pytest.mark.parametrize("code,reason", [(1000, "session over"), (1008, "policy violation"),
                                         (4001, "custom app code"), (1011, "upstream internal")])
async def test_upstream_close_code_reaches_client(relay, upstream, code, reason):
    async with asyncio.timeout(T), connect(relay.ws_url + f"/realtime?model=m&close={code}&reason={quote(reason)}",
                                           additional_headers=bearer()) as ws:
        await ws.send("bye")
        closed = await _closed(ws)
    assert closed.rcvd is not None
    assert (closed.rcvd.code, closed.rcvd.reason) == (code, reason)


@pytest.mark.parametrize("status", [401, 403, 429, 500])
async def test_upstream_refusal_gives_client_the_status(relay, upstream, status):
    async with asyncio.timeout(T):
        with pytest.raises(InvalidStatus) as info:
            await connect(relay.ws_url + f"/realtime?model=m&refuse={status}", additional_headers=bearer())
    response = info.value.response
    assert response.status_code == status
    assert json.loads(response.body)["error"]["message"] == f"refused with {status}"
    assert response.headers["x-request-id"] == "req_upstream_123"
    assert response.headers.get("x-relay-request-id")
    assert upstream.attempts == 1


async def test_upstream_unreachable_is_502(relay_factory, upstream):
    from wsfixtures import free_socket
    dead = free_socket()  # bound, never listening: connection refused
    port = dead.getsockname()[1]
    server = await relay_factory(OPENAI_BASE_URL=f"http://127.0.0.1:{port}/v1")
    try:
        async with asyncio.timeout(T):
            with pytest.raises(InvalidStatus) as info:
                await connect(server.ws_url + "/realtime?model=m", additional_headers=bearer())
    finally:
        dead.close()
    assert info.value.response.status_code == 502
    assert json.loads(info.value.response.body)["error"]["code"] == "upstream_unreachable"


async def test_client_disconnect_closes_upstream(relay, upstream):
    async with asyncio.timeout(T):
        ws = await connect(relay.ws_url + "/realtime?model=m", additional_headers=bearer())
        await ws.send("x")
        assert await ws.recv() == "x"
        ws.transport.abort()  # no close frame: the TCP connection just drops
        await upstream.seen[0].closed.wait()
    assert upstream.seen[0].close_code == 1001


async def test_browser_subprotocol_auth_replaces_key(relay, upstream):
    offered = ["realtime", f"openai-insecure-api-key.{RELAY_KEY}", "openai-beta.realtime-v1"]
    async with asyncio.timeout(T), connect(relay.ws_url + "/realtime?model=gpt-realtime",
                                           subprotocols=offered) as ws:
        await ws.send("hi")
        assert await ws.recv() == "hi"
        assert ws.subprotocol == "realtime"
        handshake = str(ws.response.headers)
    assert RELAY_KEY not in handshake and UPSTREAM_KEY not in handshake
    seen = upstream.seen[0]
    assert seen.headers["Authorization"] == f"Bearer {UPSTREAM_KEY}"
    assert seen.headers["Sec-WebSocket-Protocol"] == "realtime, openai-beta.realtime-v1"
    assert seen.subprotocol == "realtime"
    assert RELAY_KEY not in str(seen.headers)


async def test_headers_pass_and_relay_key_stays_home(relay_factory, upstream):
    server = await relay_factory(OPENAI_PROJECT_ID="proj_config")
    headers = {"X-Relay-Key": RELAY_KEY, "OpenAI-Beta": "realtime=v1", "OpenAI-Organization": "org_client",
               "OpenAI-Project": "proj_client", "x-stainless-lang": "python", "Cookie": "session=abc",
               "Origin": "https://app.example", "Sec-Fetch-Mode": "websocket"}
    async with asyncio.timeout(T), connect(server.ws_url + "/realtime?call_id=rtc_123",
                                           additional_headers=headers, user_agent_header="test-agent/1") as ws:
        await ws.send("x")
        await ws.recv()
        returned = ws.response.headers
    assert returned["x-request-id"] == "req_ws_upstream"  # upstream's handshake headers come back
    assert returned["openai-processing-ms"] == "7"
    assert returned["x-relay-request-id"].startswith("req_")
    seen = upstream.seen[0]
    assert seen.query == {"call_id": ["rtc_123"]}
    assert seen.headers["OpenAI-Beta"] == "realtime=v1"
    assert seen.headers["OpenAI-Organization"] == "org_client"
    assert seen.headers.get_all("OpenAI-Project") == ["proj_config"]  # configuration wins
    assert seen.headers["x-stainless-lang"] == "python"
    assert seen.headers["User-Agent"] == "test-agent/1"
    assert seen.headers.get_all("Authorization") == [f"Bearer {UPSTREAM_KEY}"]
    for dropped in ("Cookie", "X-Relay-Key", "Origin", "Sec-Fetch-Mode"):
        assert dropped not in seen.headers
    assert RELAY_KEY not in str(seen.headers)


@pytest.mark.parametrize("headers,subprotocols,status", [
    ({}, None, 401),
    (bearer("rk-wrong"), None, 401),
    ({"X-Relay-Key": "rk-wrong"}, None, 401),
    ({}, ["realtime", "openai-insecure-api-key.rk-wrong"], 401),
    (bearer(ADMIN_ONLY_KEY), None, 403),
])
async def test_bad_key_refused_without_upstream_attempt(relay_factory, upstream, keys_file, headers,
                                                        subprotocols, status):
    server = await relay_factory(keys_file=keys_file)
    async with asyncio.timeout(T):
        with pytest.raises(InvalidStatus) as info:
            await connect(server.ws_url + "/realtime?model=m", additional_headers=headers,
                          subprotocols=subprotocols)
    response = info.value.response
    assert response.status_code == status
    error = json.loads(response.body)["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert "rk-wrong" not in response.body.decode()
    assert upstream.attempts == 0 and upstream.seen == []


async def test_unknown_websocket_path_is_404(relay, upstream):
    async with asyncio.timeout(T):
        with pytest.raises(InvalidStatus) as info:
            await connect(relay.ws_url + "/chat/completions", additional_headers=bearer())
    assert info.value.response.status_code == 404
    assert upstream.attempts == 0


async def test_refusal_without_denial_extension_closes_1008(upstream):
    """On an ASGI server without `websocket.http.response`, a refusal is accept + close 1008 with the reason."""
    from wsfixtures import RelayServer, make_settings

    from runtime.keys.ring import KeyRing
    from runtime.websocket import WebSocketRelay

    settings = make_settings(upstream.base_url)
    relay = WebSocketRelay(settings, KeyRing.from_settings(settings))

    async def no_extension(scope, receive, send):
        scope = {**scope, "extensions": {}}
        await relay(scope, receive, send)

    server = await RelayServer(no_extension).start()
    try:
        async with asyncio.timeout(T), connect(server.ws_url + "/realtime?model=m",
                                               additional_headers=bearer("rk-wrong")) as ws:
            closed = await _closed(ws)
        assert closed.rcvd.code == 1008 and closed.rcvd.reason.startswith("401: Missing or invalid relay key")
        assert upstream.attempts == 0
        async with asyncio.timeout(T), connect(server.ws_url + "/realtime?model=m&refuse=429",
                                               additional_headers=bearer()) as ws:
            closed = await _closed(ws)
        assert closed.rcvd.code == 1014 and "HTTP 429" in closed.rcvd.reason
    finally:
        await server.stop()


async def test_client_message_over_limit_closes_1009(relay_factory, upstream):
    server = await relay_factory(RELAY_WS_MAX_MESSAGE_BYTES=1024)
    async with asyncio.timeout(T), connect(server.ws_url + "/realtime?model=m", additional_headers=bearer()) as ws:
        await ws.send("a" * 1024)  # at the limit: fine
        assert await ws.recv() == "a" * 1024
        await ws.send("é" * 600)  # 1,200 bytes of UTF-8 in 600 characters: over
        closed = await _closed(ws)
        await upstream.seen[0].closed.wait()
    assert closed.rcvd.code == 1009
    assert upstream.seen[0].messages == ["a" * 1024]
    assert upstream.seen[0].close_code == 1001


async def test_upstream_message_over_limit_closes_1009(relay_factory, upstream):
    server = await relay_factory(RELAY_WS_MAX_MESSAGE_BYTES=1024)
    async with asyncio.timeout(T), connect(server.ws_url + "/realtime?model=m&inflate=2000",
                                           additional_headers=bearer(), max_size=None) as ws:
        await ws.send("small")  # the fake upstream answers with 2,000 bytes
        closed = await _closed(ws)
    assert closed.rcvd.code == 1009 and "upstream" in closed.rcvd.reason


async def test_idle_timeout_closes_both_sides(relay_factory, upstream):
    server = await relay_factory(RELAY_WS_IDLE_TIMEOUT=0.3)
    async with asyncio.timeout(T), connect(server.ws_url + "/realtime?model=m", additional_headers=bearer()) as ws:
        await ws.send("keep")
        await ws.recv()
        closed = await _closed(ws)
        await upstream.seen[0].closed.wait()
    assert closed.rcvd.code == 1000 and closed.rcvd.reason.startswith("idle timeout")
    assert upstream.seen[0].close_code == 1000


async def test_upstream_that_stops_answering_pings_is_closed(relay_factory):
    """Keep-alive: an upstream that completes the handshake and then goes silent (no pongs) is detected."""
    from ws_silent_upstream import SilentUpstream

    silent = await SilentUpstream().start()
    try:
        server = await relay_factory(OPENAI_BASE_URL=silent.base_url, RELAY_WS_PING_INTERVAL=0.2,
                                     RELAY_CONNECT_TIMEOUT=0.5)
        async with asyncio.timeout(T), connect(server.ws_url + "/realtime?model=m",
                                               additional_headers=bearer()) as ws:
            closed = await _closed(ws)
        assert closed.rcvd.code == 1011 and "ping" in closed.rcvd.reason
        assert silent.pings >= 1
    finally:
        await silent.stop()


async def test_upstream_key_never_leaks(relay_factory, upstream, caplog):
    caplog.set_level(logging.DEBUG)
    server = await relay_factory()
    texts = []
    async with asyncio.timeout(T):
        async with connect(server.ws_url + "/realtime?model=m", additional_headers=bearer()) as ws:
            texts.append(str(ws.response.headers))
            await ws.send("x")
            await ws.recv()
        async with connect(server.ws_url + "/realtime?model=m&close=4000&reason=r",
                           additional_headers=bearer()) as ws:
            await ws.send("x")
            texts.append(repr(await _closed(ws)))
        for query in ("refuse=401", "refuse=500"):
            with pytest.raises(InvalidStatus) as info:
                await connect(server.ws_url + f"/realtime?model=m&{query}", additional_headers=bearer())
            texts.append(str(info.value.response.headers) + info.value.response.body.decode())
    assert upstream.seen[0].headers["Authorization"] == f"Bearer {UPSTREAM_KEY}"  # it was used...
    relay_side = [r for r in caplog.records if r.name != "websockets.server"]  # not the fake upstream's own
    assert any(r.name == "relay.websocket.upstream" and r.levelno == logging.DEBUG for r in relay_side)
    for record in relay_side:  # ...but never logged
        assert UPSTREAM_KEY not in record.getMessage()
    for text in texts:
        assert UPSTREAM_KEY not in text


async def test_slow_upstream_handshake_is_504(relay_factory, upstream):
    server = await relay_factory(RELAY_CONNECT_TIMEOUT=0.3)
    async with asyncio.timeout(T):
        with pytest.raises(InvalidStatus) as info:
            await connect(server.ws_url + "/realtime?model=m&delay=0.8", additional_headers=bearer())
    assert info.value.response.status_code == 504
    assert json.loads(info.value.response.body)["error"]["type"] == "timeout_error"


async def test_client_gone_during_upstream_handshake_closes_upstream(relay, upstream):
    async with asyncio.timeout(T):
        async def try_connect():
            await connect(relay.ws_url + "/realtime?model=m&delay=0.3", additional_headers=bearer())

        attempt = asyncio.create_task(try_connect())
        while upstream.attempts == 0:
            await asyncio.sleep(0.01)
        attempt.cancel()  # the client gives up while the relay waits for upstream
        await asyncio.gather(attempt, return_exceptions=True)
        await upstream.connected.wait()  # upstream accepts after its delay...
        await upstream.seen[0].closed.wait()  # ...and the relay closes it at once
    assert upstream.seen[0].close_code == 1001


async def test_concurrent_sessions_stay_separate(relay, upstream):
    async def session(i):
        async with connect(relay.ws_url + f"/realtime?model=m{i}", additional_headers=bearer()) as ws:
            for j in range(20):
                await ws.send(f"{i}:{j}")
                assert await ws.recv() == f"{i}:{j}"
            return ws.subprotocol

    async with asyncio.timeout(T * 2):
        await asyncio.gather(*(session(i) for i in range(20)))
    assert sorted(s.query["model"][0] for s in upstream.seen) == sorted(f"m{i}" for i in range(20))
    for seen in upstream.seen:
        i = seen.query["model"][0][1:]
        assert seen.messages == [f"{i}:{j}" for j in range(20)]
