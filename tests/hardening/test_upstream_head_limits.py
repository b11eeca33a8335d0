"""A response head over 256 KiB, or with more than 128 fields, is a 502 (`too_large`), counted while
parsing: h1 never holds more than the limit, however much upstream sends."""

from __future__ import annotations

import tracemalloc

import pytest
from scripted_upstream import Conn, ScriptedUpstream, answer
from transport_support import call, run_fixture, transport_fixture, upstream  # noqa: F401  (fixtures)

from runtime.upstream import MAX_HEAD_BYTES, MAX_HEADERS, UpstreamUnreachable

STATUS = b"HTTP/1.1 200 OK\r\n"
END = b"content-length: 2\r\n\r\n{}"


def fields(count: int, size: int) -> bytes:
    """`count` header fields of `size` bytes each (CRLF included), under aiohttp's 8190-byte field cap."""
    value = b"v" * (size - len(b"x-pad-0000: \r\n"))
    return b"".join(b"x-pad-%04d: %s\r\n" % (i, value) for i in range(count))


@pytest.mark.parametrize("head", [
    pytest.param(STATUS + b"x-big: " + b"a" * 300_000 + b"\r\n" + END, id="one-300KiB-field"),
    pytest.param(STATUS + fields(MAX_HEADERS + 1, 40) + END, id="129-fields"),
    pytest.param(STATUS + b"x-big: " + b"a" * (MAX_HEAD_BYTES + 1) + END, id="limit-plus-one"),
])
def test_an_oversized_response_head_is_a_502(transport, run, head):
    async def main():
        async with ScriptedUpstream(answer(head)) as up, upstream(transport) as client:
            with pytest.raises(UpstreamUnreachable) as caught:
                await call(client, up.url + "/v1/models")
            assert caught.value.cause == "too_large" and caught.value.status == 502
            assert str(caught.value).startswith(f"upstream 127.0.0.1:{up.port}: ")
            assert "larger than" in str(caught.value) or "more than" in str(caught.value) \
                or "over" in str(caught.value)

    run(main())


def test_a_large_head_within_the_limits_passes(transport, run):
    head = STATUS + fields(MAX_HEADERS - 2, 1950) + END  # ~240 KiB in 126 fields + content-length
    assert MAX_HEAD_BYTES - 20_000 < len(head) < MAX_HEAD_BYTES

    async def main():
        async with ScriptedUpstream(answer(head)) as up, upstream(transport) as client:
            resp, body = await call(client, up.url + "/v1/models")
            assert (resp.status, body) == (200, b"{}")
            assert len(resp.headers) == MAX_HEADERS - 1

    run(main())


def test_h1_head_limit_counts_the_whole_head_exactly(run):
    """At exactly the limit the head passes; one byte more is refused, whatever the read sizes."""
    from runtime.h1 import H1Upstream

    def head_of(size: int) -> bytes:
        pad = size - len(STATUS) - len(b"x-big: \r\n") - len(b"content-length: 2\r\n\r\n")
        return STATUS + b"x-big: " + b"a" * pad + b"\r\n" + b"content-length: 2\r\n\r\n"

    async def main():
        for size, passes in ((MAX_HEAD_BYTES, True), (MAX_HEAD_BYTES + 1, False)):
            head = head_of(size)
            for step in (1 << 20, 4096, 7):
                async def script(conn: Conn, head=head, step=step):
                    await conn.read_request()
                    data = head + b"{}"
                    for i in range(0, len(data), step):
                        conn.send(data[i:i + step])
                    await conn.drain()
                    await conn.wait_closed()

                async with ScriptedUpstream(script) as up:
                    client = H1Upstream()
                    if passes:
                        resp, body = await call(client, up.url + "/")
                        assert body == b"{}", (size, step)
                    else:
                        with pytest.raises(UpstreamUnreachable, match="head over 256 KiB"):
                            await call(client, up.url + "/")
                    await client.aclose()

    run(main())


def test_h1_never_holds_more_than_the_limit_of_an_endless_head(transport, run):
    """Upstream streams a 10 MB header: the call fails as soon as 256 KiB are in, and the client's Python
    allocations peak far below what upstream sent (before: the whole 10 MB value was held)."""
    async def endless(conn: Conn) -> None:
        await conn.read_request()
        conn.send(STATUS + b"x-endless: ")
        for _ in range(160):
            conn.send(b"a" * 65536)
            await conn.drain()
        conn.send(b"\r\n" + END)
        await conn.drain()

    async def main():
        async with ScriptedUpstream(endless) as up, upstream(transport) as client:
            tracemalloc.start()
            try:
                with pytest.raises(UpstreamUnreachable) as caught:
                    await call(client, up.url + "/v1/models")
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            assert caught.value.cause == "too_large"
            assert peak < 4 * MAX_HEAD_BYTES, peak  # upstream's own buffers included; before: 20 MB

    run(main())


def test_h1_counts_interim_heads_toward_the_limit(run):
    """Endless 1xx heads end as `too_large` once they add up to 256 KiB, before any timeout."""
    from runtime.h1 import H1Upstream

    interim = b"HTTP/1.1 103 Early Hints\r\nlink: </a>; rel=preload\r\n\r\n"

    async def main():
        async with ScriptedUpstream(answer(*[interim] * (MAX_HEAD_BYTES // len(interim) + 10), then="stall")) as up:
            client = H1Upstream()
            with pytest.raises(UpstreamUnreachable) as caught:
                await call(client, up.url + "/v1/models", timeout=5)
            assert caught.value.cause == "too_large"
            await client.aclose()

    run(main())
