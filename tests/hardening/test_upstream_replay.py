"""A request goes upstream once: a POST that a kept-alive connection took whole before dying is never sent
again (duplicate creates, double billing); only GET/HEAD/OPTIONS, or a request none of which was written,
go again on a fresh connection. Counted at the scripted upstream."""

from __future__ import annotations

import asyncio
import time

import pytest
from scripted_upstream import Conn, ScriptedUpstream
from transport_support import OK, call, run_fixture, transport_fixture, upstream  # noqa: F401  (fixtures)

from runtime.upstream import UpstreamUnreachable


def hang_up_after_reading(how: str):
    """Connection 0 answers its first request, reads the second whole, then ends without an answer
    (`how`: "close" = FIN, "reset" = RST). Later connections answer everything."""

    async def script(conn: Conn) -> None:
        n = 0
        while await conn.read_request() is not None:
            n += 1
            if conn.index == 0 and n == 2:
                conn.close() if how == "close" else conn.reset()
                return
            conn.send(OK)
            await conn.drain()

    return script


@pytest.mark.parametrize("how", ["close", "reset"])
def test_a_post_read_whole_by_a_dying_kept_alive_connection_is_not_sent_again(transport, run, how):
    async def main():
        async with ScriptedUpstream(hang_up_after_reading(how)) as up, upstream(transport) as client:
            resp, _ = await call(client, up.url + "/v1/responses", "POST", b'{"n":1}')
            assert resp.status == 200
            with pytest.raises(UpstreamUnreachable) as caught:
                await call(client, up.url + "/v1/responses", "POST", b'{"n":2}')
            assert caught.value.cause == ("closed" if how == "close" else "reset")
            assert caught.value.status == 502
            second = [r for r in up.requests if r.endswith(b'{"n":2}')]
            assert len(second) == 1  # before the fix, h1 sent it twice
            assert len(up.conns) == 1  # no fresh connection was opened for it
            # the pool is not poisoned: the next call works on a fresh connection
            resp, body = await call(client, up.url + "/v1/responses", "POST", b'{"n":3}')
            assert (resp.status, body) == (200, b"{}")

    run(main())


def test_a_get_is_sent_again_on_a_fresh_connection(transport, run):
    async def main():
        async with ScriptedUpstream(hang_up_after_reading("close")) as up, upstream(transport) as client:
            await call(client, up.url + "/v1/models")
            resp, body = await call(client, up.url + "/v1/models/gpt-4o")
            assert (resp.status, body) == (200, b"{}")
            gets = [r for r in up.requests if r.startswith(b"GET /v1/models/gpt-4o ")]
            assert len(gets) == 2 and len(up.conns) == 2

    run(main())


def test_h1_sends_a_post_again_when_none_of_it_was_written(run):
    """The kept-alive connection was reset while idle and the loop has not yet seen it: the write fails at
    once, so no byte reached upstream and the POST may go on a fresh connection."""
    async def script(conn: Conn) -> None:
        while await conn.read_request() is not None:
            conn.send(OK)
            await conn.drain()
            if conn.index == 0:
                conn.reset()
                return

    async def main():
        async with ScriptedUpstream(script) as up, upstream("h1") as client:
            await call(client, up.url + "/v1/responses", "POST", b'{"n":1}')
            while not up.conns[0].writer.transport.is_closing():
                await asyncio.sleep(0.001)
            time.sleep(0.05)  # the RST reaches this socket while the loop is blocked: h1 still sees it idle
            resp, body = await call(client, up.url + "/v1/responses", "POST", b'{"n":2}')
            assert (resp.status, body) == (200, b"{}")
            assert len([r for r in up.requests if r.endswith(b'{"n":2}')]) == 1
            assert len(up.conns) == 2

    run(main())

