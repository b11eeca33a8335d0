"""Truncation is an error, never a clean end: a chunked, SSE or Content-Length body that upstream breaks
off (FIN or RST) raises UpstreamUnreachable from iteration and from read(); a stall mid-body longer than the
read timeout raises UpstreamTimeout. Only a body delimited by the connection's end, ended by a FIN, is
complete."""

from __future__ import annotations

import asyncio

import pytest
from scripted_upstream import Conn, ScriptedUpstream
from transport_support import call, run_fixture, transport_fixture, upstream  # noqa: F401  (fixtures)

from runtime.upstream import UpstreamTimeout, UpstreamUnreachable

CHUNKED = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n" \
          b"5\r\n{\"a\":\r\n"
EVENT = b'event: delta\ndata: {"n": 1}\n\n'
SSE = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n" \
      b"%x\r\n%s\r\n" % (len(EVENT), EVENT)
LENGTH = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"a\":"
UNTIL_CLOSE = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{\"a\":"
BODIES = {"chunked": CHUNKED, "sse": SSE, "content-length": LENGTH}


def breaks_off(head_and_first_bytes: bytes, then: str):
    async def script(conn: Conn) -> None:
        await conn.read_request()
        conn.send(head_and_first_bytes)
        await conn.drain()
        if then == "close":
            conn.close()
        elif then == "reset":
            conn.reset()
        else:
            await conn.stall()

    return script


async def consume(resp, how: str) -> list[bytes]:
    """The chunks seen before the error (all of them when `how` is "read", which returns one)."""
    seen: list[bytes] = []
    if how == "read":
        seen.append(await resp.read())
    else:
        async for chunk in resp:
            seen.append(chunk)
    return seen


@pytest.mark.parametrize("how", ["iterate", "read"])
@pytest.mark.parametrize("then", ["close", "reset"])
@pytest.mark.parametrize("body", list(BODIES))
def test_a_body_broken_off_raises(transport, run, body, then, how):
    async def main():
        async with ScriptedUpstream(breaks_off(BODIES[body], then)) as up, upstream(transport) as client:
            resp = await client.request("GET", up.url + "/v1/x", [], None, timeout=2, connect_timeout=2)
            assert resp.status == 200
            seen: list[bytes] = []
            with pytest.raises(UpstreamUnreachable) as caught:
                seen = await consume(resp, how)
            assert caught.value.cause == ("closed" if then == "close" else "reset"), caught.value
            assert "mid-response" in str(caught.value)
            assert seen == []  # nothing after the error, and read() returns nothing partial
            with pytest.raises(UpstreamUnreachable):  # it stays an error if asked again
                await consume(resp, "iterate")

    run(main())


@pytest.mark.parametrize("body", list(BODIES))
def test_iteration_yields_what_arrived_before_the_break(transport, run, body):
    async def main():
        async with ScriptedUpstream(breaks_off(BODIES[body], "close")) as up, upstream(transport) as client:
            resp = await client.request("GET", up.url + "/v1/x", [], None, timeout=2, connect_timeout=2)
            seen: list[bytes] = []
            with pytest.raises(UpstreamUnreachable):
                async for chunk in resp:
                    seen.append(chunk)
            expected = {"chunked": b'{"a":', "sse": EVENT, "content-length": b'{"a":'}
            assert b"".join(seen) == expected[body]

    run(main())


@pytest.mark.parametrize("how", ["iterate", "read"])
@pytest.mark.parametrize("body", list(BODIES) + ["until-close"])
def test_a_stall_mid_body_past_the_read_timeout_raises_a_timeout(transport, run, body, how):
    head = UNTIL_CLOSE if body == "until-close" else BODIES[body]

    async def main():
        async with ScriptedUpstream(breaks_off(head, "stall")) as up, upstream(transport) as client:
            resp = await client.request("GET", up.url + "/v1/x", [], None, timeout=0.3, connect_timeout=2)
            loop = asyncio.get_running_loop()
            started = loop.time()
            with pytest.raises(UpstreamTimeout) as caught:
                await consume(resp, how)
            assert caught.value.cause == "timeout" and caught.value.status == 504
            assert 0.25 < loop.time() - started < 1.5
            # the connection is dropped, not pooled: upstream sees it end
            assert await up.conns[0].wait_closed(1.0)

    run(main())


def test_a_body_until_the_connection_end_is_complete_on_fin(transport, run):
    async def main():
        async with ScriptedUpstream(breaks_off(UNTIL_CLOSE + b'"done"}', "close")) as up, \
                upstream(transport) as client:
            resp, body = await call(client, up.url + "/v1/x")
            assert (resp.status, body) == (200, b'{"a":"done"}')

    run(main())


def test_a_body_until_the_connection_end_is_an_error_on_reset(transport, run):
    async def script(conn: Conn) -> None:
        await conn.read_request()
        conn.send(UNTIL_CLOSE)
        await conn.drain()
        await asyncio.sleep(0.05)  # the client has read the head and the first bytes
        conn.reset()

    async def main():
        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            resp = await client.request("GET", up.url + "/v1/x", [], None, timeout=2, connect_timeout=2)
            with pytest.raises(UpstreamUnreachable) as caught:
                await resp.read()
            assert caught.value.cause == "reset"

    run(main())


def test_a_complete_chunked_body_then_a_reset_is_complete(transport, run):
    """What ended cleanly stays complete: a reset after the last chunk is not a truncation."""
    async def script(conn: Conn) -> None:
        await conn.read_request()
        conn.send(CHUNKED + b"4\r\n\"b\"}\r\n0\r\n\r\n")
        await conn.drain()
        await asyncio.sleep(0.05)
        conn.reset()

    async def main():
        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            resp, body = await call(client, up.url + "/v1/x")
            assert body == b'{"a":"b"}'

    run(main())
