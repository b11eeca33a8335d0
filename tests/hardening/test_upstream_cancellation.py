"""Cancelling the task that awaits `request()` (the forwarder does when the client hangs up), or one that
reads the body, drops the upstream connection at once: upstream sees it end within 100 ms, whether the call
was waiting for the response head, still sending a streamed body, or waiting for the next body chunk. The
pool is not poisoned by it."""

from __future__ import annotations

import asyncio

import pytest
from scripted_upstream import Conn, ScriptedUpstream
from transport_support import OK, call, run_fixture, transport_fixture, upstream  # noqa: F401  (fixtures)

LIMIT = 0.100  # seconds from cancel() to upstream seeing the connection end


async def cancel_and_measure(task: asyncio.Task, conn: Conn) -> float:
    loop = asyncio.get_running_loop()
    cancelled_at = loop.time()
    task.cancel()
    assert await conn.wait_closed(1.0), "upstream never saw the connection end"
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 1.0)
    return conn.closed_at - cancelled_at


@pytest.mark.parametrize("reused", [False, True])
def test_cancel_while_waiting_for_the_head_closes_upstream_at_once(transport, run, reused):
    gone: list[float] = []  # seconds from cancel() to upstream seeing the end

    async def script(conn: Conn) -> None:
        n = 0
        while await conn.read_request() is not None:
            n += 1
            if n == 1 and reused:
                conn.send(OK)
                await conn.drain()
                continue
            conn.upstream.slow = conn  # a long completion: no answer yet
            await conn.wait_closed()  # records when the client's end arrives
            return

    async def main():
        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            if reused:
                await call(client, up.url + "/v1/responses", "POST", b"{}")
                up.request_seen.clear()
            task = asyncio.create_task(client.request("POST", up.url + "/v1/responses", [], b'{"n":2}',
                                                      timeout=30, connect_timeout=2))
            await asyncio.wait_for(up.request_seen.wait(), 2)
            await asyncio.sleep(0.02)  # the call is parked waiting for the head
            gone.append(await cancel_and_measure(task, up.slow))
            assert gone[0] < LIMIT, f"{gone[0] * 1000:.1f} ms"
            assert len(up.conns) == 1
            # the next call gets a fresh connection and works
            async def answer_all(conn: Conn) -> None:
                while await conn.read_request() is not None:
                    conn.send(OK)
                    await conn.drain()
            up.script = answer_all
            resp, body = await call(client, up.url + "/v1/responses", "POST", b"{}")
            assert (resp.status, body) == (200, b"{}") and len(up.conns) == 2

    run(main())


def test_cancel_while_sending_a_streamed_body_closes_upstream_at_once(transport, run):
    """A client that stops sending mid-upload and hangs up: the forwarder cancels, upstream sees the end."""
    async def script(conn: Conn) -> None:
        await asyncio.wait_for(conn.reader.readuntil(b"\r\n\r\n"), 5)
        conn.upstream.request_seen.set()
        await conn.wait_closed()  # reads the body's first bytes, records when the client's end arrives

    async def main():
        stalled = asyncio.Event()

        async def body():
            yield b"x" * 1000
            stalled.set()
            await asyncio.sleep(30)  # the client went quiet
            yield b"never"

        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            task = asyncio.create_task(client.request("POST", up.url + "/v1/files", [(b"content-length", b"5000")],
                                                      body(), timeout=30, connect_timeout=2))
            await asyncio.wait_for(up.request_seen.wait(), 2)
            await asyncio.wait_for(stalled.wait(), 2)
            took = await cancel_and_measure(task, up.conns[0])
            assert took < LIMIT, f"{took * 1000:.1f} ms"

    run(main())


@pytest.mark.parametrize("how", ["read", "iterate"])
def test_cancel_while_reading_the_body_closes_upstream_at_once(transport, run, how):
    async def script(conn: Conn) -> None:
        await conn.read_request()
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                  b"6\r\ndata: \r\n")
        await conn.drain()
        await conn.wait_closed()

    async def main():
        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            resp = await client.request("POST", up.url + "/v1/responses", [], b"{}", timeout=30, connect_timeout=2)

            async def consume():
                if how == "read":
                    return await resp.read()
                return [chunk async for chunk in resp]

            task = asyncio.create_task(consume())
            await asyncio.sleep(0.05)  # parked waiting for the next chunk
            took = await cancel_and_measure(task, up.conns[0])
            assert took < LIMIT, f"{took * 1000:.1f} ms"

    run(main())
