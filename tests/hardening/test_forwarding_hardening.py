"""Forwarding under hostile clients and flaky upstreams, on real sockets, with both upstream transports:
what the client got, what reached upstream, and that the relay kept serving."""

from __future__ import annotations

import asyncio
import json
import socket
import time

import httpx
import pytest
from hardening_support import (
    CANARY,
    RELAY_KEY,
    assert_no_canary,
    connect,
    error_of,
    fake_upstream,
    get,
    read_response,
    relay_with,
)
from relay_support import load_models, make_catalog, make_settings, serve_relay

from runtime.app import build_app
from runtime.catalog import Catalog, OperationSpec, Policy


@pytest.fixture(scope="module")
def upstream():
    with fake_upstream() as fake:
        yield fake


@pytest.fixture(scope="module", params=["h1", "aiohttp"])
def transport(request):
    return request.param


@pytest.fixture(scope="module")
def relay(upstream, transport):
    with relay_with(upstream.url, RELAY_UPSTREAM_CLIENT=transport, RELAY_TIMEOUT=1.5) as (_, port, app):
        yield port, app


def _raw(port: int, request: bytes) -> tuple[int, dict, bytes]:
    with connect(port) as sock:
        sock.sendall(request)
        return read_response(sock)


@pytest.mark.parametrize("path", [
    "/v1/files/..%2fassistants/content", "/v1/files/%2e%2e/content", "/v1/files/%2E/content",
    "/v1/files/a%5cb/content", "/v1/files/a%00b/content", "/v1/files/a%25b/content", "/v1/files/a%3fb/content",
    "/v1/files/a%23b/content", "/v1/files/./content", "/v1/files/../content", "/v1/files/x%zz/content",
])
def test_unsafe_path_parameters_are_refused_and_never_forwarded(upstream, relay, path):
    port, _ = relay
    before = len(upstream.seen)
    status, headers, body = _raw(port, f"GET {path} HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n"
                                       f"Connection: close\r\n\r\n".encode())
    assert status == 400 and error_of(body)["code"] == "invalid_path", body
    assert headers["x-should-retry"] == "false"
    assert len(upstream.seen) == before


def test_ids_with_dots_still_pass(upstream, relay):
    port, _ = relay
    status, _, _ = get(port, "/v1/files/file-1.2.3/content")
    assert status == 200 and upstream.seen[-1]["path_qs"] == "/base/files/file-1.2.3/content"


def test_relay_credentials_in_cookie_and_api_key_headers_are_not_forwarded(upstream, relay):
    port, _ = relay
    status, _, _ = _raw(port, f"GET /v1/files HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n"
                              f"Cookie: session={RELAY_KEY}\r\napi-key: {RELAY_KEY}\r\nX-Api-Key: {RELAY_KEY}\r\n"
                              f"X-Other: kept\r\nConnection: close\r\n\r\n".encode())
    assert status == 200
    names = {k.decode().lower() for k, _ in upstream.seen[-1]["headers"]}
    assert not names & {"cookie", "api-key", "x-api-key", "x-relay-key"}
    assert "x-other" in names
    values = b" ".join(v for _, v in upstream.seen[-1]["headers"])
    assert RELAY_KEY.encode() not in values and f"Bearer {CANARY}".encode() in values


@pytest.mark.parametrize("query", [f"api_key={RELAY_KEY}", f"limit=5&key={RELAY_KEY.replace('-', '%2D')}",
                                   f"{RELAY_KEY}"])
def test_a_relay_key_in_the_query_is_refused(upstream, relay, query):
    port, _ = relay
    before = len(upstream.seen)
    status, _, body = get(port, f"/v1/files?{query}")
    assert status == 400 and error_of(body)["code"] == "relay_key_in_query"
    assert len(upstream.seen) == before
    status, _, _ = get(port, "/v1/files?limit=5&order=asc")
    assert status == 200 and upstream.seen[-1]["path_qs"] == "/base/files?limit=5&order=asc"


@pytest.mark.parametrize("request_line, status, code", [
    ("GET /v1/files", 401, "invalid_api_key"),
    ("GET /v1/nothing/here", 404, "unknown_url"),
    ("DELETE /v1/files", 405, "method_not_allowed"),
])
def test_errors_a_retry_cannot_fix_say_so(upstream, relay, request_line, status, code):
    port, _ = relay
    key = "rk-wrong" if status == 401 else RELAY_KEY
    got, headers, body = _raw(port, f"{request_line} HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {key}\r\n"
                                    f"Connection: close\r\n\r\n".encode())
    assert got == status and error_of(body)["code"] == code
    assert headers["x-should-retry"] == "false" and headers["x-relay-request-id"].startswith("req_")


def test_missing_upstream_key_is_not_retried(upstream):
    app = build_app(make_catalog(), (), settings=make_settings(OPENAI_API_KEY=None, OPENAI_BASE_URL=upstream.url,
                                                               _env_file=None))
    with serve_relay(app) as url:
        r = httpx.get(url + "/v1/files", headers={"Authorization": f"Bearer {RELAY_KEY}"})
    assert r.status_code == 503 and r.json()["error"]["code"] == "upstream_key_missing"
    assert r.headers["x-should-retry"] == "false"


def test_upstream_busy_bounds_in_flight_calls(upstream, transport):
    with relay_with(upstream.url, RELAY_UPSTREAM_CLIENT=transport, RELAY_MAX_UPSTREAM_CONNECTIONS=2,
                    RELAY_CONNECT_TIMEOUT=0.5) as (host, port, _app):
        upstream.peak = 0

        async def main():
            async with httpx.AsyncClient(base_url=f"http://{host}:{port}", timeout=10,
                                         headers={"Authorization": f"Bearer {RELAY_KEY}"}) as client:
                return await asyncio.gather(*[client.get("/v1/files?do=slow&s=1.2") for _ in range(6)])

        answers = asyncio.run(main())
    statuses = sorted(r.status_code for r in answers)
    assert statuses == [200, 200, 503, 503, 503, 503], statuses
    busy = [r for r in answers if r.status_code == 503]
    for r in busy:
        assert r.json()["error"]["code"] == "upstream_busy"
        assert r.headers["retry-after"] == "1" and r.headers["x-should-retry"] == "true"
    assert upstream.peak <= 2


def test_client_hang_up_while_waiting_for_headers_cancels_upstream(upstream, relay, transport):
    port, _ = relay
    upstream.closed_at.clear()
    with connect(port) as sock:
        sock.sendall(f"GET /v1/files?do=slow&s=1.4 HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer {RELAY_KEY}\r\n"
                     f"\r\n".encode())
        for _ in range(100):
            if upstream.active:
                break
            time.sleep(0.01)
        assert upstream.active
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    hung_up = time.monotonic()
    for _ in range(100):
        if upstream.closed_at:
            break
        time.sleep(0.005)
    assert upstream.closed_at, "upstream never saw the call end"
    took = upstream.closed_at[0] - hung_up
    print(f"{transport}: client hang-up to upstream close {took * 1000:.1f} ms")
    assert took < 0.5


@pytest.mark.parametrize("what", ["chunked-break", "length-short", "sse-stall"])
def test_a_broken_off_response_is_broken_off_for_the_client(upstream, relay, what):
    port, _ = relay
    received = b""
    with pytest.raises(httpx.RemoteProtocolError):
        with httpx.stream("GET", f"http://127.0.0.1:{port}/v1/files?do={what}", timeout=10,
                          headers={"Authorization": f"Bearer {RELAY_KEY}"}) as r:
            assert r.status_code == 200
            for chunk in r.iter_raw():
                received += chunk
    assert received  # what upstream sent before it broke off did arrive
    assert get(port)[0] == 200  # and the relay serves the next client


# --- validated bodies -------------------------------------------------------------------------------------

def _validated_catalog() -> Catalog:
    ops = list(make_catalog())
    ops.append(OperationSpec(operation_id="createModeration", name="createmoderation", method="POST",
                             path="/moderations", tag="test", request_kind="json", body_model="EmbeddingRequest",
                             policy=Policy(validate=True, actions=True)))
    return Catalog(ops, spec_version="test")


@pytest.fixture(scope="module")
def validated_relay(upstream, tmp_path_factory):
    keys = tmp_path_factory.mktemp("keys") / "keys.yaml"
    keys.write_text("keys:\n  - {name: gpt, key: rk-actions-only, scopes: [actions]}\n"
                    f"  - {{name: api, key: {RELAY_KEY}, scopes: [api]}}\n")
    settings = make_settings(OPENAI_BASE_URL=upstream.url, RELAY_KEYS=None, RELAY_KEYS_FILE=str(keys),
                             RELAY_VALIDATED_MAX_BODY_BYTES="1000")
    app = build_app(_validated_catalog(), (), settings=settings, load_models=load_models)
    with serve_relay(app) as url:
        yield url


def _post(url: str, key: str, body: bytes) -> httpx.Response:
    return httpx.post(url + "/v1/moderations", content=body, timeout=10,
                      headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})


def test_an_actions_call_over_the_validated_limit_is_413_and_not_forwarded(upstream, validated_relay):
    before = len(upstream.seen)
    big = json.dumps({"model": "m", "input": ["x" * 50] * 40}).encode()
    assert len(big) > 1000
    r = _post(validated_relay, "rk-actions-only", big)
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    assert r.headers["x-should-retry"] == "false"
    assert len(upstream.seen) == before


def test_an_api_call_over_the_validated_limit_streams_through_unchanged(upstream, validated_relay):
    big = json.dumps({"model": "m", "input": ["x" * 50] * 40}).encode()
    r = _post(validated_relay, RELAY_KEY, big)
    assert r.status_code == 200, r.text
    assert upstream.seen[-1]["body"] == big


def test_a_small_misshaped_body_is_400_for_any_key(upstream, validated_relay):
    before = len(upstream.seen)
    for key in ("rk-actions-only", RELAY_KEY):
        r = _post(validated_relay, key, b'{"model": 123, "input": "x"}')
        assert r.status_code == 400 and r.json()["error"]["param"] == "model"
    assert len(upstream.seen) == before


def test_deep_nesting_is_a_400_not_a_500(upstream, tmp_path):
    settings = make_settings(OPENAI_BASE_URL=upstream.url, RELAY_VALIDATED_MAX_BODY_BYTES=str(1 << 20))
    app = build_app(_validated_catalog(), (), settings=settings, load_models=load_models)
    deep = b'{"model": "m", "input": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with serve_relay(app) as url:
        r = _post(url, RELAY_KEY, deep)
        assert_no_canary(r)
        assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error", r.text
        envelope = httpx.post(url + "/actions/proxy", timeout=10, headers={"Authorization": f"Bearer {RELAY_KEY}"},
                              content=b'{"method": "POST", "path": "/moderations", "body": ' + b"[" * 100_000
                              + b"]" * 100_000 + b"}")
        assert envelope.status_code == 400 and envelope.json()["error"]["type"] == "invalid_request_error"
