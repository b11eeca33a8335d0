"""Metrics, /metrics and access lines through the relay app (in-process over a mocked upstream, and on a real
socket for the connection layer's refusals)."""

from __future__ import annotations

import json
import logging
import socket

import httpx
import pytest
import respx
from obs_support import API_KEY, by_label, parse_json_lines, total
from relay_support import (
    ADMIN_CANARY,
    CANARY,
    RELAY_KEY,
    UPSTREAM,
    Mocked,
    make_catalog,
    make_settings,
    mocked_upstream,
    serve_relay,
)

from runtime.app import build_app


@pytest.fixture
def keys_file(tmp_path):
    path = tmp_path / "keys.yaml"
    path.write_text(f"keys:\n  - {{name: api-only, key: {API_KEY}, scopes: [api]}}\n")
    return path


def relay(keys_file, **settings) -> Mocked:
    router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False, assert_all_mocked=True)
    app = build_app(make_catalog(), (), settings=make_settings(RELAY_KEYS_FILE=str(keys_file), **settings),
                    upstream=mocked_upstream(router))
    return Mocked(app, router)


def assert_no_secrets(text: str) -> None:
    for secret in (CANARY, ADMIN_CANARY, RELAY_KEY, API_KEY):
        assert secret not in text


async def test_metrics_need_a_manage_key(keys_file):
    r = relay(keys_file)
    missing = await r.request("GET", "/metrics", key=None)
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "invalid_api_key" and missing.json()["error"]["type"]
    assert missing.headers["x-relay-request-id"]
    wrong = await r.request("GET", "/metrics", key="rk-not-a-key")
    assert wrong.status_code == 401
    api_only = await r.request("GET", "/metrics", key=API_KEY)
    assert api_only.status_code == 403 and api_only.json()["error"]["code"] == "insufficient_scope"
    ok = await r.request("GET", "/metrics")  # RELAY_KEYS keys have every scope, `manage` included
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("text/plain")
    assert "relay_inflight_requests" in ok.text
    head = await r.request("HEAD", "/metrics")
    assert head.status_code == 200 and head.content == b""
    post = await r.request("POST", "/metrics")
    assert post.status_code == 405 and post.json()["error"]["code"] == "method_not_allowed"


async def test_public_metrics(keys_file):
    r = relay(keys_file, RELAY_METRICS_PUBLIC="true")
    assert (await r.request("GET", "/metrics", key=None)).status_code == 200


async def test_calls_through_the_app_are_counted(keys_file):
    r = relay(keys_file)
    r.router.get("/files").respond(200, json={"data": []}, headers={"x-ratelimit-remaining-requests": "77"})
    r.router.post("/responses").respond(200, json={
        "id": "resp_1", "model": "gpt-test-2", "output": [],
        "usage": {"input_tokens": 40, "input_tokens_details": {"cached_tokens": 8}, "output_tokens": 9,
                  "output_tokens_details": {"reasoning_tokens": 4}}})
    r.router.get("/responses/gone").respond(503, json={"error": {"message": "down"}})
    for _ in range(3):
        assert (await r.request("GET", "/v1/files")).status_code == 200
    assert (await r.request("GET", "/v1/files", key=API_KEY)).status_code == 200
    assert (await r.request("POST", "/v1/responses", json={"model": "gpt-test-2"})).status_code == 200
    assert (await r.request("GET", "/v1/files", key="rk-wrong")).status_code == 401
    assert (await r.request("GET", "/v1/nothing")).status_code == 404
    assert (await r.request("POST", "/v1/fine_tuning/jobs", json={})).status_code == 403
    assert (await r.request("GET", "/v1/organization/projects", key=API_KEY)).status_code == 403
    assert (await r.request("GET", "/v1/responses/gone")).status_code == 503
    text = (await r.request("GET", "/metrics")).text
    assert total(text, "relay_requests_total", operation="listFiles", status="200", key="env-1") == 3
    assert total(text, "relay_requests_total", operation="listFiles", status="200", key="api-only") == 1
    assert total(text, "relay_requests_total", operation="unknown", status="401", key="-") == 1
    assert total(text, "relay_requests_total", operation="unknown", status="404", key="env-1") == 1
    assert total(text, "relay_requests_total") == 10
    assert by_label(text, "relay_rejections_total", "reason") == {"auth": 1, "path": 1, "policy": 1, "scope": 1}
    assert by_label(text, "relay_upstream_errors_total", "cause") == {"http_503": 1}
    assert total(text, "relay_tokens_total", key="env-1", model="gpt-test-2", kind="input") == 40
    assert total(text, "relay_tokens_total", key="env-1", model="gpt-test-2", kind="cached") == 8
    assert total(text, "relay_tokens_total", key="env-1", model="gpt-test-2", kind="output") == 9
    assert total(text, "relay_tokens_total", key="env-1", model="gpt-test-2", kind="reasoning") == 4
    assert total(text, "relay_upstream_ratelimit_remaining", kind="requests") == 77
    assert total(text, "relay_upstream_ttfb_seconds_count", operation="listFiles") == 4
    assert total(text, "relay_inflight_requests") == 0
    assert_no_secrets(text)
    assert r.app.metrics.live()["requests_last_minute"] == {"env-1": 7, "api-only": 2, "-": 1}


async def test_open_relay_counts_anonymous(keys_file):
    router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False)
    router.get("/files").respond(200, json={})
    app = build_app(make_catalog(), (), settings=make_settings(RELAY_AUTH="false", RELAY_KEYS=None),
                    upstream=mocked_upstream(router))
    r = Mocked(app, router)
    assert (await r.request("GET", "/v1/files", key=None)).status_code == 200
    text = (await r.request("GET", "/metrics", key=None)).text  # an open relay is open, its metrics too
    assert total(text, "relay_requests_total", key="anonymous", status="200") == 1


async def test_plain_access_lines_start_with_the_request_id(keys_file, caplog):
    caplog.set_level(logging.INFO, logger="relay.access")
    r = relay(keys_file)
    r.router.get("/files").respond(200, json={})
    ok = await r.request("GET", "/v1/files")
    refused = await r.request("GET", "/v1/files", key="rk-wrong")
    r.app.access_log.flush()
    lines = [line for rec in caplog.records if rec.name == "relay.access" for line in rec.getMessage().splitlines()]
    assert len(lines) == 2
    rid, refused_rid = ok.headers["x-relay-request-id"], refused.headers["x-relay-request-id"]
    assert lines[0].startswith(rid + " ") and " GET /v1/files 200 " in lines[0] and lines[0].endswith("ms key=env-1")
    assert lines[1].startswith(refused_rid + " ") and lines[1].endswith("ms key=- reason=auth"), lines


async def test_json_access_lines(keys_file, caplog):
    caplog.set_level(logging.INFO, logger="relay.access")
    r = relay(keys_file, RELAY_LOG_FORMAT="json")
    r.router.post("/responses").respond(200, json={
        "model": "gpt-json", "usage": {"input_tokens": 3, "output_tokens": 2}})
    ok = await r.request("POST", "/v1/responses", json={"model": "gpt-json"})
    refused = await r.request("GET", "/v1/files/%0a\"x", key=None)
    health = await r.request("GET", "/health", key=None)
    r.app.access_log.flush()
    lines = parse_json_lines("\n".join(rec.getMessage() for rec in caplog.records if rec.name == "relay.access"))
    by_id = {line["request_id"]: line for line in lines}
    line = by_id[ok.headers["x-relay-request-id"]]
    assert line["logger"] == "relay.access" and line["level"] == "info" and line["time"].endswith("Z")
    assert line["method"] == "POST" and line["path"] == "/v1/responses" and line["status"] == 200
    assert line["key"] == "env-1" and line["operation"] == "createResponse" and line["model"] == "gpt-json"
    assert line["tokens"] == {"input": 3, "cached": 0, "output": 2, "reasoning": 0}
    assert line["duration_ms"] >= line["ttfb_ms"] >= 0 and line["bytes_in"] > 0 and line["bytes_out"] > 0
    assert line["cost_usd"] is None and line["reason"] is None
    line = by_id[refused.headers["x-relay-request-id"]]
    assert line["status"] == 401 and line["reason"] == "auth" and line["key"] == "-" and line["operation"] is None
    assert line["path"] == "/v1/files/%0a%22x" or "\n" not in json.dumps(line)
    assert line["tokens"] is None and line["ttfb_ms"] is None
    assert by_id[health.headers["x-relay-request-id"]]["path"] == "/health"


async def test_connection_layer_refusals_are_counted(keys_file):
    app = build_app(make_catalog(), (), settings=make_settings(RELAY_KEYS_FILE=str(keys_file),
                                                               RELAY_MAX_URL_BYTES="300"),
                    upstream=mocked_upstream(respx.MockRouter(base_url=UPSTREAM)))
    with serve_relay(app) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"GET /v1/" + b"a" * 400 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            assert sock.recv(100).startswith(b"HTTP/1.1 414")
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            text = (await client.get("/metrics", headers={"Authorization": f"Bearer {RELAY_KEY}"})).text
    assert total(text, "relay_rejections_total", key="-", reason="uri_too_long") == 1
