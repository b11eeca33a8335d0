"""Regressions found by `nox -s fuzz` (tests/fuzz/run.py), each on real sockets: what the client got, what
reached the fake upstream, and that the relay kept serving."""

from __future__ import annotations

import pytest
from hardening_support import RELAY_KEY, connect, error_of, fake_upstream, get, read_response, relay_with

_WS = b"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n" \
      b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"


@pytest.fixture(scope="module")
def upstream():
    with fake_upstream() as fake:
        yield fake


@pytest.fixture(scope="module", params=["h1", "aiohttp"])
def relay(request, upstream):
    with relay_with(upstream.url, RELAY_UPSTREAM_CLIENT=request.param) as (_, port, app):
        yield port


def _raw(port: int, request: bytes) -> tuple[int, dict, bytes]:
    with connect(port) as sock:
        sock.sendall(request)
        return read_response(sock)


def _keyed(head: bytes) -> bytes:
    return head + b"Host: relay\r\nAuthorization: Bearer " + RELAY_KEY.encode() + b"\r\n"


@pytest.mark.parametrize("request_head", [
    b"CONNECT 127.0.0.1:443 HTTP/1.1\r\n",  # httptools treats every CONNECT as an upgrade
    b"CONNECT 127.0.0.1:443 HTTP/1.1\r\n" + _WS,
    b"GET http://relay HTTP/1.1\r\n" + _WS,  # absolute form without a path
], ids=["connect", "connect-upgrade", "absolute-no-path"])
def test_upgrade_targets_the_url_parser_rejects_get_a_400_envelope(upstream, relay, request_head):
    """Was: an exception in the connection layer (a traceback in the log), the connection closed unanswered."""
    before = len(upstream.seen)
    status, headers, body = _raw(relay, _keyed(request_head) + b"\r\n")
    assert status == 400, body
    assert headers["content-type"] == "application/json" and headers["connection"] == "close"
    assert error_of(body)["code"] == "unsupported_upgrade"
    assert len(upstream.seen) == before
    assert get(relay)[0] == 200


def test_websocket_handshake_on_a_plain_path_gets_a_404_envelope(upstream, relay):
    """Was: uvicorn's own 403, text/plain with an empty body and no x-relay-request-id."""
    before = len(upstream.seen)
    status, headers, body = _raw(relay, _keyed(b"GET /v1/files HTTP/1.1\r\n" + _WS) + b"\r\n")
    assert status == 404, body
    assert headers["content-type"] == "application/json" and headers["x-relay-request-id"].startswith("req_")
    assert headers["x-should-retry"] == "false"
    error = error_of(body)
    assert error["code"] == "unknown_url" and "/v1/files" in error["message"]
    assert len(upstream.seen) == before
    assert get(relay)[0] == 200


@pytest.mark.parametrize("value", [b"%d ", b"%d\t", b"0%d"], ids=["trailing-space", "trailing-tab", "leading-zero"])
def test_content_length_the_parser_allows_is_forwarded_in_canonical_form(upstream, relay, value):
    """Was (aiohttp transport): a relay-made 500, aiohttp refusing to send 'Content-Length: 25 '."""
    body = b'{"assistant_id": "asst_1"}'
    status, headers, answer = _raw(relay, _keyed(b"POST /v1/threads/runs HTTP/1.1\r\n")
                                   + b"Content-Type: application/json\r\nContent-Length: " + value % len(body)
                                   + b"\r\nConnection: close\r\n\r\n" + body)
    assert status == 200, answer
    seen = upstream.seen[-1]
    assert seen["method"] == "POST" and seen["path_qs"] == "/base/threads/runs" and seen["body"] == body
    lengths = [v for k, v in seen["headers"] if k.lower() == b"content-length"]
    assert lengths == [b"%d" % len(body)]
