"""The official openai SDK's WebSocket clients, pointed at the relay (base_url=<relay>/v1, api_key=<relay key>),
against the fake upstream: a session event round trip each."""

from __future__ import annotations

import asyncio

import openai
import pytest
from wsfixtures import RELAY_KEY, UPSTREAM_KEY, T


def _client(relay) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key=RELAY_KEY, base_url=relay.http_url, max_retries=0)


async def test_sdk_realtime_connect_session_round_trip(relay, upstream):
    client = _client(relay)
    async with asyncio.timeout(T):
        async with client.realtime.connect(model="gpt-realtime") as conn:
            await conn.session.update(session={"type": "realtime", "instructions": "be brief"})
            event = await conn.recv()
    assert event.type == "session.updated"
    assert event.session.instructions == "be brief"
    seen = upstream.seen[0]
    assert seen.path == "/v1/realtime" and seen.query == {"model": ["gpt-realtime"]}
    assert seen.headers["Authorization"] == f"Bearer {UPSTREAM_KEY}"
    assert seen.messages and '"session.update"' in seen.messages[0]
    await client.close()


async def test_sdk_realtime_connect_by_call_id(relay, upstream):
    client = _client(relay)
    async with asyncio.timeout(T):
        async with client.realtime.connect(call_id="rtc_abc") as conn:
            await conn.session.update(session={"type": "realtime"})
            event = await conn.recv()
    assert event.type == "session.updated"
    assert upstream.seen[0].query == {"call_id": ["rtc_abc"]}
    await client.close()


async def test_sdk_responses_connect_round_trip(relay, upstream):
    client = _client(relay)
    async with asyncio.timeout(T):
        async with client.responses.connect() as conn:
            await conn.send({"type": "response.create", "model": "gpt-5", "input": "hi"})
            first = await conn.recv()
            second = await conn.recv()
    assert (first.type, second.type) == ("response.created", "response.completed")
    assert second.response.id == "resp_1"
    assert upstream.seen[0].path == "/v1/responses"
    assert upstream.seen[0].headers["Authorization"] == f"Bearer {UPSTREAM_KEY}"
    await client.close()


async def test_sdk_bad_key_is_refused(relay, upstream):
    client = openai.AsyncOpenAI(api_key="rk-wrong", base_url=relay.http_url, max_retries=0)
    async with asyncio.timeout(T):
        try:
            async with client.realtime.connect(model="gpt-realtime"):
                raise AssertionError("connected with a bad key")
        except Exception as exc:  # the SDK surfaces the handshake refusal (websockets InvalidStatus)
            assert "401" in str(exc)
    assert upstream.attempts == 0
    await client.close()


@pytest.mark.filterwarnings("ignore:connect\\(\\) must be used as a context manager:DeprecationWarning")
async def test_sync_sdk_realtime_connect(relay, upstream):
    """The synchronous client (websockets' sync API, in a thread) through the relay."""
    def run():
        client = openai.OpenAI(api_key=RELAY_KEY, base_url=relay.http_url, max_retries=0)
        with client.realtime.connect(model="gpt-realtime",
                                     websocket_connection_options={"open_timeout": T}) as conn:
            conn.session.update(session={"type": "realtime", "instructions": "sync"})
            event = conn.recv()
        client.close()
        return event

    async with asyncio.timeout(T):
        event = await asyncio.to_thread(run)
    assert event.type == "session.updated" and event.session.instructions == "sync"
