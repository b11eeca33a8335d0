"""Both production upstream transports on both event loops, for tests against `scripted_upstream`.

A test module imports `transport_fixture` and `run_fixture`; a test takes the `transport` fixture (a name: "h1" | "aiohttp") and the `run` fixture (runs a coroutine
on a fresh "asyncio" or "uvloop" loop, the relay's production loop), so each case runs four times:

    def test_x(transport, run):
        async def main():
            async with ScriptedUpstream(answer(OK)) as up, upstream(transport) as client:
                resp, body = await call(client, up.url + "/v1/x")
        run(main())
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

import pytest
import uvloop

from runtime.h1 import H1Upstream
from runtime.upstream import AiohttpUpstream, Upstream

__all__ = ["CANARY", "OK", "call", "run_fixture", "transport_fixture", "upstream"]

OK = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
CANARY = b"Bearer sk-CANARY-transport-0123456789"  # sent as a request header: never in an error message


@pytest.fixture(params=["h1", "aiohttp"], name="transport")
def transport_fixture(request) -> str:
    return request.param


@pytest.fixture(params=["asyncio", "uvloop"], name="run")
def run_fixture(request):
    factory = asyncio.new_event_loop if request.param == "asyncio" else uvloop.new_event_loop

    def run(coro, *, timeout: float = 20.0):
        async def bounded():
            async with asyncio.timeout(timeout):
                return await coro

        with asyncio.Runner(loop_factory=factory) as runner:
            return runner.run(bounded())

    run.loop = request.param
    return run


@asynccontextmanager
async def upstream(name: str, **kwargs):
    client: Upstream = H1Upstream(**kwargs) if name == "h1" else AiohttpUpstream(**kwargs)
    await client.open()
    try:
        yield client
    finally:
        await client.aclose()


async def call(client: Upstream, url: str, method: str = "GET", body=None, headers=(), *,
               timeout: float = 2.0, connect_timeout: float = 2.0):
    """(response, whole body) — the request carries the canary header."""
    resp = await client.request(method, url, [(b"authorization", CANARY), *headers], body,
                                timeout=timeout, connect_timeout=connect_timeout)
    return resp, await resp.read()
