"""The connection layer (runtime/server.py) on real sockets: limits enforced while parsing, before any ASGI
call and without a key; refusals in OpenAI's envelope; the relay keeps serving normal clients throughout."""

from __future__ import annotations

import time

import pytest
from hardening_support import (
    RELAY_KEY,
    T,
    closed_by_peer,
    connect,
    error_of,
    fake_upstream,
    get,
    read_response,
    relay_with,
)

from runtime.routing import is_websocket_path
from runtime.server import ConnectionLimits


@pytest.fixture(scope="module")
def upstream():
    with fake_upstream() as fake:
        yield fake


def _limits(**kw) -> ConnectionLimits:
    return ConnectionLimits(is_websocket_path=is_websocket_path, **kw)


def _assert_serving(port: int, upstream) -> None:
    before = len(upstream.seen)
    status, _, body = get(port)
    assert status == 200, body
    assert len(upstream.seen) == before + 1


def test_oversized_head_is_431_after_the_limit_not_after_the_whole_head(upstream):
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        sock.sendall(b"GET /v1/files HTTP/1.1\r\nHost: relay\r\nX-Big: ")
        sent = 0
        refused = None
        for _ in range(64):  # up to 4 MiB of one header value, 64 KiB at a time
            try:
                sock.sendall(b"a" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += 65536
            sock.settimeout(0.05)
            try:
                refused = sock.recv(65536)
                break
            except TimeoutError:
                continue
        assert refused, "no answer while the header grew"
        assert sent <= 256 * 1024  # answered within a few reads of the 64 KiB limit
        assert refused.startswith(b"HTTP/1.1 431 ")
        head, _, body = refused.partition(b"\r\n\r\n")
        assert b"x-should-retry: false" in head and b"connection: close" in head
        assert error_of(body)["code"] == "request_header_fields_too_large"
        assert not upstream.seen or all(e["headers"] for e in upstream.seen)
        _assert_serving(port, upstream)


def test_too_many_headers_is_431_and_nothing_is_forwarded(upstream):
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        before = len(upstream.seen)
        headers = "".join(f"X-H{i}: v\r\n" for i in range(101))
        sock.sendall(f"GET /v1/files HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n{headers}\r\n"
                     .encode())
        status, headers_out, body = read_response(sock)
        assert status == 431 and error_of(body)["code"] == "request_header_fields_too_large"
        assert headers_out["x-should-retry"] == "false"
        assert len(upstream.seen) == before
        _assert_serving(port, upstream)


def test_long_target_is_414_envelope(upstream):
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        sock.sendall(b"GET /v1/files?" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: r\r\n\r\n")
        status, headers, body = read_response(sock)
        assert status == 414 and error_of(body)["code"] == "uri_too_long"
        assert headers["content-type"] == "application/json" and headers["x-should-retry"] == "false"


def test_malformed_request_is_400_envelope(upstream):
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        sock.sendall(b"GET /v1/files HTTP/1.1\r\nHost r\r\n\r\n")
        status, headers, body = read_response(sock)
        assert status == 400 and error_of(body)["code"] == "invalid_request"
        assert headers["content-type"] == "application/json"


def test_a_silent_connection_is_closed_after_the_header_timeout(upstream):
    with relay_with(upstream.url, _limits(header_timeout=1.0)) as (_, port, _app), connect(port) as sock:
        started = time.monotonic()
        assert closed_by_peer(sock, timeout=4)
        assert 0.9 <= time.monotonic() - started < 3.5


def test_a_trickled_head_gets_408_at_the_header_timeout(upstream):
    with relay_with(upstream.url, _limits(header_timeout=1.0)) as (_, port, _app), connect(port) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /v1/files HTTP/1.1\r\n")
        answer = b""
        for _ in range(40):  # a byte every 100 ms: the head never completes
            try:
                sock.sendall(b"X")
            except (BrokenPipeError, ConnectionResetError):
                break
            sock.settimeout(0.1)
            try:
                answer += sock.recv(65536)
                if answer.endswith(b"}"):
                    break
            except TimeoutError:
                pass
        assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]
        assert time.monotonic() - started < 3.5
        assert error_of(answer.partition(b"\r\n\r\n")[2])["code"] == "request_timeout"


def test_keep_alive_idle_is_short(upstream):
    with relay_with(upstream.url, _limits(keepalive_timeout=1.0, header_timeout=20)) as (_, port, _app), \
            connect(port) as sock:
        sock.sendall(f"GET /v1/files HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n\r\n".encode())
        status, _, _ = read_response(sock)
        assert status == 200
        started = time.monotonic()
        assert closed_by_peer(sock, timeout=4)
        assert time.monotonic() - started < 3


def test_connection_flood_evicts_idle_connections_and_normal_clients_get_in(upstream):
    with relay_with(upstream.url, _limits(max_connections=20)) as (_, port, app):
        idle = [connect(port) for _ in range(60)]  # 3x the limit, each sending nothing
        try:
            time.sleep(0.2)
            for _ in range(10):
                status, _, body = get(port)
                assert status == 200, body
            alive = 0
            for sock in idle:
                sock.setblocking(False)
                try:
                    if sock.recv(1) == b"":
                        continue
                except BlockingIOError:
                    alive += 1
                except ConnectionError:
                    continue
            assert alive <= 20
        finally:
            for sock in idle:
                sock.close()


def test_at_the_limit_with_every_connection_busy_new_ones_get_503(upstream):
    with relay_with(upstream.url, _limits(max_connections=3)) as (_, port, _app):
        busy = []
        try:
            for _ in range(3):  # three requests in flight, upstream takes 1.5 s each
                sock = connect(port)
                sock.sendall(f"GET /v1/files?do=slow&s=1.5 HTTP/1.1\r\nHost: r\r\n"
                             f"Authorization: Bearer {RELAY_KEY}\r\n\r\n".encode())
                busy.append(sock)
            time.sleep(0.3)
            with connect(port) as extra:
                status, headers, body = read_response(extra)
            assert status == 503 and error_of(body)["code"] == "too_many_connections"
            assert headers["retry-after"] == "1" and headers["x-should-retry"] == "true"
            for sock in busy:  # the requests on existing connections still complete
                status, _, _ = read_response(sock)
                assert status == 200
        finally:
            for sock in busy:
                sock.close()


def test_body_that_stops_arriving_is_408_and_upstream_is_aborted(upstream):
    with relay_with(upstream.url, _limits(body_timeout=1.0)) as (_, port, _app), connect(port) as sock:
        before = len(upstream.seen)
        sock.sendall(f"POST /v1/responses HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n"
                     f"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"model\":".encode())
        started = time.monotonic()
        status, headers, body = read_response(sock, timeout=5)
        assert status == 408 and error_of(body)["code"] == "request_timeout"
        assert headers["x-should-retry"] == "false"
        assert 0.9 <= time.monotonic() - started < 3.5
        time.sleep(0.2)
        assert len(upstream.seen) == before  # upstream never got a complete request


@pytest.mark.parametrize("request_bytes", [
    # an h2c upgrade with a body: the body must not be dropped while its Content-Length is forwarded
    b"POST /v1/responses HTTP/1.1\r\nHost: r\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
    b"HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\nContent-Length: 2\r\n\r\n{}",
    # a WebSocket upgrade on a POST with a body: not a handshake
    b"POST /v1/responses HTTP/1.1\r\nHost: r\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
    b"Content-Length: 2\r\n\r\n{}",
], ids=["h2c-with-body", "websocket-post"])
def test_upgrades_that_are_not_websocket_handshakes_get_400(upstream, request_bytes):
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        before = len(upstream.seen)
        key = f"Authorization: Bearer {RELAY_KEY}\r\n".encode()
        sock.sendall(request_bytes.replace(b"Host: r\r\n", b"Host: r\r\n" + key))
        status, _, body = read_response(sock, timeout=5)
        assert status == 400 and error_of(body)["code"] == "unsupported_upgrade"
        assert len(upstream.seen) == before
        _assert_serving(port, upstream)


def test_pipelined_requests_are_answered_in_order(upstream):
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        one = f"GET /v1/files?n=1 HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n\r\n".encode()
        two = f"GET /v1/files?n=2 HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n" \
              f"Connection: close\r\n\r\n".encode()
        sock.sendall(one + two)
        data = b""
        sock.settimeout(T)
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        assert data.count(b"HTTP/1.1 200 OK") == 2
        paths = [e["path_qs"] for e in upstream.seen[-2:]]
        assert paths == ["/base/files?n=1", "/base/files?n=2"]


def test_every_response_header_is_sent_once(upstream):
    """Content-Length is the server's to write: exactly once (Node's parser refuses a duplicate)."""
    with relay_with(upstream.url) as (_, port, _app), connect(port) as sock:
        sock.sendall(f"GET /v1/files HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n"
                     f"Connection: close\r\n\r\n".encode())
        data = b""
        sock.settimeout(T)
        while chunk := sock.recv(65536):
            data += chunk
        head = data.partition(b"\r\n\r\n")[0].lower().split(b"\r\n")[1:]
        names = [line.partition(b":")[0] for line in head]
        assert names.count(b"content-length") == 1 and len(names) == len(set(names)), head
