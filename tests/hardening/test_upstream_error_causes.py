"""Every upstream failure names its cause class and upstream's host:port, never a request header: DNS,
refused, reset, TLS, connect timeout, read timeout, closed, protocol, too large. All on loopback; the DNS
case uses a name under the reserved `.invalid` TLD and checks that no connection is attempted at all."""

from __future__ import annotations

import asyncio
import socket
import ssl

import pytest
import trustme
from scripted_upstream import Conn, ScriptedUpstream, answer
from transport_support import CANARY, OK, call, run_fixture, transport_fixture, upstream  # noqa: F401  (fixtures)

from runtime.h1 import H1Upstream
from runtime.upstream import UpstreamError, UpstreamTimeout, UpstreamUnreachable


def check(error: UpstreamError, cause: str, host: str, *words: str) -> None:
    assert error.cause == cause, error
    assert error.host == host
    message = str(error)
    assert message.startswith(f"upstream {host}: "), message
    for word in words:
        assert word in message, (word, message)
    assert CANARY.decode() not in message and "sk-" not in message and "authorization" not in message.lower()
    assert isinstance(error, UpstreamTimeout if cause in ("timeout", "connect_timeout") else UpstreamUnreachable)
    assert error.status == (504 if cause in ("timeout", "connect_timeout") else 502)


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_refused(transport, run):
    port = closed_port()

    async def main():
        async with upstream(transport) as client:
            with pytest.raises(UpstreamError) as caught:
                await call(client, f"http://127.0.0.1:{port}/v1/models")
            check(caught.value, "refused", f"127.0.0.1:{port}", "connection refused")

    run(main())


@pytest.mark.parametrize("then, cause, words", [
    ("reset", "reset", ["reset", "before answering"]),
    ("close", "closed", ["closed", "before answering"]),
    ("stall", "timeout", ["no response"]),
])
def test_reset_closed_and_timeout_before_the_head(transport, run, then, cause, words):
    async def main():
        async with ScriptedUpstream(answer(then=then)) as up, upstream(transport) as client:
            with pytest.raises(UpstreamError) as caught:
                await call(client, up.url + "/v1/models", timeout=0.3)
            check(caught.value, cause, f"127.0.0.1:{up.port}", *words)

    run(main())


def test_protocol_and_too_large(transport, run):
    async def main():
        for script, cause in ((answer(b"NOT HTTP\r\n\r\n"), "protocol"),
                              (answer(b"HTTP/1.1 200 OK\r\nx: " + b"a" * 300_000 + b"\r\n\r\n"), "too_large")):
            async with ScriptedUpstream(script) as up, upstream(transport) as client:
                with pytest.raises(UpstreamError) as caught:
                    await call(client, up.url + "/v1/models")
                check(caught.value, cause, f"127.0.0.1:{up.port}")

    run(main())


def test_connect_timeout(transport, run):
    """A listener whose accept queue is full: the kernel drops the SYN, the connect hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):  # fill the accept queue (its length depends on the kernel)
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)

        async def main():
            async with upstream(transport) as client:
                loop = asyncio.get_running_loop()
                started = loop.time()
                with pytest.raises(UpstreamError) as caught:
                    await call(client, f"http://127.0.0.1:{port}/v1/models", connect_timeout=0.3)
                check(caught.value, "connect_timeout", f"127.0.0.1:{port}", "did not accept the connection")
                assert loop.time() - started < 1.5

        run(main())
    finally:
        for sock in (*fillers, listener):
            sock.close()


def test_dns_failure_attempts_no_connection(transport, run):
    host = "relay-upstream-test.invalid"
    attempts: list = []

    async def main():
        loop = asyncio.get_running_loop()
        if run.loop == "asyncio":  # uvloop connects in C: its sockets cannot be watched from here
            real = loop.sock_connect

            async def sock_connect(sock, address):
                attempts.append(address)
                return await real(sock, address)

            loop.sock_connect = sock_connect
        async with upstream(transport) as client:
            with pytest.raises(UpstreamError) as caught:
                await call(client, f"https://{host}/v1/models")
            check(caught.value, "dns", f"{host}:443", "DNS lookup failed")

    run(main())
    assert attempts == []


@pytest.fixture(scope="module")
def untrusted_tls():
    """A server certificate for 127.0.0.1 from a throwaway CA that no client trusts by default."""
    ca = trustme.CA()
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server)
    return ca, server


def test_tls_certificate_not_trusted(transport, run, untrusted_tls):
    _, server_ctx = untrusted_tls

    async def main():
        async with ScriptedUpstream(answer(OK), ssl=server_ctx) as up, upstream(transport) as client:
            with pytest.raises(UpstreamError) as caught:
                await call(client, f"https://127.0.0.1:{up.port}/v1/models")
            check(caught.value, "tls", f"127.0.0.1:{up.port}", "TLS certificate verification failed")
            assert up.requests == []  # nothing was sent over the untrusted connection

    run(main())


def test_tls_with_the_ca_trusted_works_and_a_wrong_name_does_not(run, untrusted_tls):
    ca, server_ctx = untrusted_tls
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)

    async def main():
        async with ScriptedUpstream(answer(OK), ssl=server_ctx) as up:
            client = H1Upstream(ssl_context=client_ctx)
            resp, body = await call(client, f"https://localhost:{up.port}/v1/models")
            assert (resp.status, body) == (200, b"{}")
            await client.aclose()
        other_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert("elsewhere.example").configure_cert(other_ctx)  # a trusted CA, another name
        async with ScriptedUpstream(answer(OK), ssl=other_ctx) as up:
            client = H1Upstream(ssl_context=client_ctx)
            with pytest.raises(UpstreamError) as caught:
                await call(client, f"https://localhost:{up.port}/v1/models")
            check(caught.value, "tls", f"localhost:{up.port}", "TLS certificate verification failed")
            await client.aclose()

    run(main())


def test_a_reset_mid_body_and_a_closed_one_name_their_cause(transport, run):
    async def script(conn: Conn) -> None:
        await conn.read_request()
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc")
        await conn.drain()
        conn.reset() if conn.index == 0 else conn.close()

    async def main():
        async with ScriptedUpstream(script) as up, upstream(transport) as client:
            for cause in ("reset", "closed"):
                resp = await client.request("GET", up.url + "/v1/x", [(b"authorization", CANARY)], None,
                                            timeout=2, connect_timeout=2)
                with pytest.raises(UpstreamError) as caught:
                    await resp.read()
                check(caught.value, cause, f"127.0.0.1:{up.port}", "mid-response")

    run(main())
