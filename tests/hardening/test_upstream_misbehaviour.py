"""Nothing a misbehaving upstream does escapes `request()`, `read()` or iteration as anything but an
UpstreamError (502/504 for the forwarder, never a relay-made 500), on both transports and both loops; and
the request's framing is the transport's own, whatever Content-Length text the caller passed."""

from __future__ import annotations

import asyncio

import pytest
from scripted_upstream import Conn, ScriptedUpstream, answer
from transport_support import CANARY, call, run_fixture, transport_fixture, upstream  # noqa: F401  (fixtures)

from runtime.upstream import MAX_HEADERS, UpstreamError

OK_HEAD = b"HTTP/1.1 200 OK\r\n"

# name: (script, the causes each transport may give)
NASTY = {
    "garbage status line": (answer(b"HELLO WORLD\r\n\r\n"), {"protocol"}),
    "non-numeric status": (answer(b"HTTP/1.1 2x0 OK\r\ncontent-length: 0\r\n\r\n"), {"protocol"}),
    "bad chunk size": (answer(OK_HEAD + b"transfer-encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"), {"protocol"}),
    "chunk longer than its size": (answer(OK_HEAD + b"transfer-encoding: chunked\r\n\r\n2\r\nabcdef\r\n0\r\n\r\n"),
                                   {"protocol"}),
    "negative content-length": (answer(OK_HEAD + b"content-length: -5\r\n\r\nabc"), {"protocol"}),
    "conflicting content-lengths": (answer(OK_HEAD + b"content-length: 3\r\ncontent-length: 5\r\n\r\nabcde"),
                                    {"protocol"}),
    "content-length and chunked": (answer(OK_HEAD + b"content-length: 3\r\ntransfer-encoding: chunked\r\n\r\n"
                                          b"3\r\nabc\r\n0\r\n\r\n"), {"protocol"}),
    "header without a colon": (answer(OK_HEAD + b"no colon here\r\ncontent-length: 0\r\n\r\n"), {"protocol"}),
    "NUL in a header": (answer(OK_HEAD + b"x-a: b\x00c\r\ncontent-length: 0\r\n\r\n"), {"protocol"}),
    "huge header": (answer(OK_HEAD + b"x-big: " + b"a" * 300_000 + b"\r\ncontent-length: 0\r\n\r\n"),
                    {"too_large"}),
    "too many headers": (answer(OK_HEAD + b"".join(b"x-%d: v\r\n" % i for i in range(MAX_HEADERS + 50))
                                + b"content-length: 0\r\n\r\n"), {"too_large"}),
    "HTTP/0.9 (no status line)": (answer(b"hello world\n", then="close"), {"protocol"}),
    "1xx forever": (answer(*[b"HTTP/1.1 103 Early Hints\r\nlink: </a>; rel=preload\r\n\r\n"] * 8000,
                           then="stall"), {"too_large", "timeout"}),
    "close before head": (answer(then="close"), {"closed"}),
    "reset before head": (answer(then="reset"), {"reset"}),
    "close mid-head": (answer(OK_HEAD + b"content-le", then="close"), {"closed", "protocol"}),
    "stall before head": (answer(then="stall"), {"timeout"}),
    "bytes after a complete body": (answer(OK_HEAD + b"content-length: 2\r\n\r\n{}GARBAGE"), {"ok", "protocol"}),
}


@pytest.mark.parametrize("name", list(NASTY))
def test_a_misbehaving_upstream_raises_only_upstream_errors(transport, run, name):
    script, causes = NASTY[name]

    async def main():
        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            try:
                resp = await client.request("GET", up.url + "/v1/models", [(b"authorization", CANARY)], None,
                                            timeout=0.5, connect_timeout=0.5)
                [chunk async for chunk in resp]
                cause = "ok"
            except UpstreamError as exc:  # anything else fails the test
                cause = exc.cause
                assert str(exc).startswith(f"upstream 127.0.0.1:{up.port}: ")
                assert CANARY.decode() not in str(exc) and "sk-" not in str(exc)
                assert exc.status == (504 if cause in ("timeout", "connect_timeout") else 502)
            assert cause in causes, (name, cause)

    run(main())


def test_an_interim_response_then_silence_times_out(transport, run):
    """aiohttp stops its read timeout at a 1xx; the transport's own deadline still ends the wait."""
    async def main():
        async with ScriptedUpstream(answer(b"HTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\n", then="stall")) as up, \
                upstream(transport) as client:
            loop = asyncio.get_running_loop()
            started = loop.time()
            with pytest.raises(UpstreamError) as caught:
                await client.request("POST", up.url + "/v1/responses", [], b"{}", timeout=0.4, connect_timeout=0.4)
            assert caught.value.cause == "timeout" and caught.value.status == 504
            assert loop.time() - started < 1.5

    run(main())


def test_the_client_content_length_text_is_not_forwarded(transport, run):
    """`Content-Length: 25 ` (trailing blank) from the client: aiohttp used to raise ValueError (a relay-made
    500). Upstream now gets one canonical Content-Length that matches the body, from both transports."""
    body = b'{"model":"gpt-4o","x":1}_'
    assert len(body) == 25

    async def stream():
        yield body[:10]
        yield body[10:]

    async def main():
        async with ScriptedUpstream(answer(OK_HEAD + b"content-length: 2\r\n\r\n{}")) as up, \
                upstream(transport) as client:
            for sent, text in ((body, b"25 "), (body, b"999"), (b"", b"25"), (stream(), b" 25 ")):
                resp, data = await call(client, up.url + "/v1/responses", "POST", sent,
                                        [(b"content-type", b"application/json"), (b"content-length", text)])
                assert (resp.status, data) == (200, b"{}")
            for request in up.requests:
                head, _, got = request.partition(b"\r\n\r\n")
                lengths = [line for line in head.lower().split(b"\r\n") if line.startswith(b"content-length:")]
                assert lengths == [b"content-length: %d" % len(got)], request
                assert b"transfer-encoding" not in head.lower()
            assert [r.partition(b"\r\n\r\n")[2] for r in up.requests] == [body, body, b"", body]

    run(main())


def test_a_response_content_length_with_blanks_is_read(transport, run):
    """Blanks around a response's Content-Length value are legal (RFC 9110 OWS): the body is read whole."""
    async def main():
        async with ScriptedUpstream(answer(OK_HEAD + b"content-length:  5 \r\n\r\nhello")) as up, \
                upstream(transport) as client:
            resp, data = await call(client, up.url + "/v1/models")
            assert (resp.status, data) == (200, b"hello")

    run(main())


def test_h1_drops_the_connection_when_a_streamed_body_disagrees_with_its_length(run):
    """A streamed body longer than its Content-Length never reaches upstream past that length (no request
    smuggled onto a kept-alive connection); shorter ends the connection instead of leaving upstream waiting."""
    from runtime.h1 import H1Upstream

    async def script(conn: Conn) -> None:
        head = await asyncio.wait_for(conn.reader.readuntil(b"\r\n\r\n"), 5)
        conn.upstream.requests.append(head + await conn.reader.read())  # everything until the client ends

    async def main():
        for chunks, length in (([b"abc", b"defgh"], b"4"), ([b"ab"], b"4")):
            async def stream(chunks=chunks):
                for chunk in chunks:
                    yield chunk

            async with ScriptedUpstream(script) as up:
                client = H1Upstream()
                with pytest.raises(ValueError, match="Content-Length"):
                    await client.request("POST", up.url + "/v1/files", [(b"content-length", length)], stream(),
                                         timeout=2, connect_timeout=2)
                for _ in range(200):  # the script records the request once the client ended the connection
                    if up.requests:
                        break
                    await asyncio.sleep(0.01)
                sent = up.requests[0].partition(b"\r\n\r\n")[2]
                assert len(sent) <= int(length) and sent == b"".join(chunks)[:len(sent)]
                await client.aclose()

    run(main())

