"""A forward proxy named by the environment (HTTP(S)_PROXY, NO_PROXY) is used for upstream calls: the
relay's own h1 client only connects directly, so the relay then uses its aiohttp transport."""

from __future__ import annotations

import socketserver
import threading
from contextlib import contextmanager

import httpx
import pytest
from relay_support import CANARY, RELAY_KEY, make_catalog, make_settings, serve_relay

from runtime.app import build_app
from runtime.h1 import H1Upstream
from runtime.upstream import AiohttpUpstream

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
               "no_proxy")


@pytest.fixture(autouse=True)
def _clean_proxy_env(monkeypatch):
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


def _upstream_of(base_url: str):
    return build_app(make_catalog(), settings=make_settings(OPENAI_BASE_URL=base_url)).upstream


def test_no_proxy_configured_uses_h1():
    assert isinstance(_upstream_of("https://api.example.com/v1"), H1Upstream)


def test_https_proxy_switches_to_aiohttp(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    assert isinstance(_upstream_of("https://api.example.com/v1"), AiohttpUpstream)
    assert isinstance(_upstream_of("http://api.example.com/v1"), H1Upstream)  # only https is proxied


def test_no_proxy_bypass_keeps_h1(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "api.example.com")
    assert isinstance(_upstream_of("https://api.example.com/v1"), H1Upstream)


class _FakeProxy(socketserver.BaseRequestHandler):
    seen: list[bytes] = []

    def handle(self):
        head = b""
        while b"\r\n\r\n" not in head:
            data = self.request.recv(65536)
            if not data:
                return
            head += data
        type(self).seen.append(head)
        body = b'{"via":"proxy"}'
        self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                             b"Connection: close\r\n\r\n%s" % (len(body), body))


@contextmanager
def _fake_proxy():
    _FakeProxy.seen = []
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _FakeProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_calls_go_through_the_forward_proxy(monkeypatch):
    with _fake_proxy() as proxy_url:
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        # The upstream host does not resolve: only the proxy can have answered.
        app = build_app(make_catalog(), settings=make_settings(OPENAI_BASE_URL="http://upstream.invalid:8080/v1"))
        assert isinstance(app.upstream, AiohttpUpstream)
        with serve_relay(app) as relay_url:
            r = httpx.get(relay_url + "/v1/files?limit=2", headers={"Authorization": f"Bearer {RELAY_KEY}"},
                          trust_env=False)  # the test client itself goes direct
    assert r.status_code == 200 and r.json() == {"via": "proxy"}
    assert len(_FakeProxy.seen) == 1
    head = _FakeProxy.seen[0].decode("latin-1")
    assert head.startswith("GET http://upstream.invalid:8080/v1/files?limit=2 HTTP/1.1\r\n"), head
    assert f"Authorization: Bearer {CANARY}".lower() in head.lower()
    assert RELAY_KEY not in head
