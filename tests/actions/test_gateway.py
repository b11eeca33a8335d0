"""`/actions/v1/...`: Actions operations answered within ChatGPT's limits, through the relay's own pipeline, while
plain `/v1` stays byte-exact; errors ChatGPT can read; refusals before anything reaches upstream."""

from __future__ import annotations

import json

import httpx
import pytest
from actions_support import ACTIONS_KEY, API_KEY, API_SCOPE_KEY, UPSTREAM, patched_catalog

LIMIT = 100_000


def file_list(n: int) -> dict:
    return {"object": "list", "first_id": "file-00000", "last_id": f"file-{n - 1:05d}", "has_more": False,
            "data": [{"id": f"file-{i:05d}", "object": "file", "bytes": 1000 + i, "created_at": 1_700_000_000 + i,
                      "filename": f"quarterly-report-{i}.pdf", "purpose": "assistants", "status": "processed"}
                     for i in range(n)]}


async def test_a_small_answer_is_upstreams_bytes(relay):
    relay.answer = httpx.Response(200, content=b'{"object": "list", "data": [{"id": "gpt-x"}]}',
                                  headers={"content-type": "application/json", "x-request-id": "up-7"})
    r = await relay.request("GET", "/actions/v1/models")
    assert r.status_code == 200 and r.content == b'{"object": "list", "data": [{"id": "gpt-x"}]}'
    assert r.headers["x-request-id"] == "up-7" and len(r.headers.get_list("x-relay-request-id")) == 1
    (sent,) = relay.sent()
    assert sent.method == "GET" and sent.url.raw_path == b"/v1/models"
    assert sent.headers["authorization"] == f"Bearer {API_KEY}" and sent.headers["accept-encoding"] == "identity"


async def test_a_long_list_is_one_page_under_the_limit_with_a_cursor_and_v1_is_untouched(relay):
    page = file_list(3_000)
    raw = json.dumps(page).encode()
    assert len(raw) > 2 * LIMIT
    relay.answer = httpx.Response(200, content=raw, headers={"content-type": "application/json"})

    direct = await relay.request("GET", "/v1/files?limit=10000")
    assert direct.content == raw  # plain /v1: byte-exact, whatever its size

    r = await relay.request("GET", "/actions/v1/files?limit=10000")
    assert r.status_code == 200 and len(r.text) <= LIMIT
    shaped = r.json()
    kept = shaped["data"]
    assert kept == page["data"][: len(kept)] and len(kept) > 500
    assert shaped["has_more"] is True and shaped["last_id"] == kept[-1]["id"]
    assert f"after={kept[-1]['id']}" in shaped["relay_note"]
    second = relay.sent()[1]
    assert second.url.raw_path == b"/v1/files?limit=10000"


async def test_the_character_limit_is_a_setting(make_relay):
    relay = make_relay(RELAY_ACTIONS_MAX_CHARS="5000")
    relay.answer = httpx.Response(200, json=file_list(200))
    r = await relay.request("GET", "/actions/v1/files")
    assert len(r.text) <= 5000 and r.json()["has_more"] is True


async def test_upstream_5xx_becomes_an_error_the_gpt_can_read(relay):
    relay.answer = httpx.Response(500, json={"error": {"message": "The server had an error", "type": "server_error",
                                                       "param": None, "code": None}})
    r = await relay.request("GET", "/actions/v1/models")
    assert r.status_code == 200
    body = r.json()
    assert body["failed"] is True and body["upstream_status"] == 500
    assert body["error"]["message"] == "The server had an error"
    assert "Try it once more" in body["relay_note"]
    assert r.headers["x-relay-upstream-status"] == "500"
    direct = await relay.request("GET", "/v1/models")
    assert direct.status_code == 500  # /v1 keeps upstream's status


async def test_an_unreachable_upstream_becomes_a_readable_error(relay):
    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    relay.answer = refuse
    r = await relay.request("GET", "/actions/v1/models")
    assert r.status_code == 200
    body = r.json()
    assert body["failed"] is True and body["upstream_status"] == 502
    assert body["error"]["code"] == "upstream_unreachable"


async def test_throttling_stays_429_with_retry_after(relay):
    relay.answer = httpx.Response(429, json={"error": {"message": "Rate limit reached", "type": "requests",
                                                       "param": None, "code": "rate_limit_exceeded"}},
                                  headers={"retry-after": "7", "retry-after-ms": "7000"})
    r = await relay.request("GET", "/actions/v1/models")
    assert r.status_code == 429 and r.headers["retry-after"] == "7" and r.headers["retry-after-ms"] == "7000"
    assert r.json()["error"]["code"] == "rate_limit_exceeded"


async def test_a_busy_relay_is_throttling_too(make_relay):
    relay = make_relay(RELAY_MAX_UPSTREAM_CONNECTIONS="1", RELAY_CONNECT_TIMEOUT="0.05")
    relay.app.forward.slots.used = 1  # every upstream slot taken
    r = await relay.request("GET", "/actions/v1/models")
    assert r.status_code == 429 and r.headers["retry-after"] == "1"
    assert r.json()["error"]["code"] == "upstream_busy"
    relay.app.forward.slots.used = 0


async def test_upstream_4xx_passes_with_its_status(relay):
    relay.answer = httpx.Response(404, json={"error": {"message": "No such file: file-x", "type": "invalid_request_error",
                                                       "param": "id", "code": None}})
    r = await relay.request("GET", "/actions/v1/files/file-x")
    assert r.status_code == 404 and r.json()["error"]["message"] == "No such file: file-x"


async def test_a_post_body_reaches_upstream_validated_and_unchanged(relay):
    body = {"model": "text-embedding-3-small", "input": ["héllo", "world"], "dimensions": 256}
    raw = json.dumps(body, ensure_ascii=False).encode()
    r = await relay.request("POST", "/actions/v1/embeddings", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 200
    (sent,) = relay.sent()
    assert sent.content == raw and sent.headers["content-type"] == "application/json"
    bad = await relay.request("POST", "/actions/v1/embeddings", json={"input": "x"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "model"
    assert len(relay.sent()) == 1


@pytest.mark.parametrize("method, url, body, status, code", [
    ("GET", "/actions/v1/fine_tuning/jobs", None, 403, "not_an_actions_operation"),
    ("GET", "/actions/v1/no/such/thing", None, 404, "unknown_url"),
    ("PATCH", "/actions/v1/models", None, 405, "method_not_allowed"),
    ("POST", "/actions/v1/embeddings", {"model": "m", "input": "x", "stream": True}, 400, "streaming_not_supported"),
    ("GET", "/actions/v1/responses/resp_1?stream=true", None, 400, "streaming_not_supported"),
    ("POST", "/actions/v1/embeddings", ["not", "an", "object"], 400, "invalid_body"),
    ("GET", "/actions/v1/files/%2e%2e/models", None, 400, "invalid_path"),
])
async def test_refusals_reach_nothing_upstream(relay, method, url, body, status, code):
    r = await relay.request(method, url, json=body)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert relay.sent() == []


async def test_keys_and_scopes(relay):
    assert (await relay.request("GET", "/actions/v1/models", key=None)).status_code == 401
    assert (await relay.request("GET", "/actions/v1/models", key="rk-wrong")).status_code == 401
    assert (await relay.request("GET", "/actions/v1/models", key=ACTIONS_KEY)).status_code == 200
    assert (await relay.request("GET", "/actions/v1/models", key=API_SCOPE_KEY)).status_code == 200
    assert len(relay.sent()) == 2


async def test_an_admin_operation_marked_for_actions_still_needs_the_admin_scope(make_relay):
    relay = make_relay(patched_catalog(**{"list-projects": {"actions": True}}))
    r = await relay.request("GET", "/actions/v1/organization/projects", key=API_SCOPE_KEY)
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_scope"
    assert relay.sent() == []


async def test_a_blocked_operation_is_refused(make_relay):
    relay = make_relay(patched_catalog(listModels={"exposed": False}))
    r = await relay.request("GET", "/actions/v1/models")
    assert r.status_code == 403 and r.json()["error"]["code"] == "operation_blocked"


async def test_the_inner_call_is_logged_under_the_actions_request_id(relay, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="relay")
    r = await relay.request("GET", "/actions/v1/models")
    relay.app.access_log.flush()
    rid = r.headers["x-relay-request-id"]
    lines = [rec.getMessage() for rec in caplog.records if rid in rec.getMessage()]
    assert any(" GET /v1/models 200 " in line for line in lines), lines
    assert any(" GET /actions/v1/models 200 " in line for line in lines), lines


async def test_the_proxy_answers_like_the_operations_own_action(make_relay):
    """createResponse through the envelope goes to the long-job adapter, as /actions/v1/responses does."""
    relay = make_relay(RELAY_ACTIONS_WAIT="0.5")
    done = {"id": "resp_9", "object": "response", "status": "completed", "output": [
        {"type": "message", "content": [{"type": "output_text", "text": "hi"}]}]}
    relay.answer = httpx.Response(200, json=done)
    body = {"model": "gpt-4.1-mini", "input": "Say hi"}
    via_action = await relay.request("POST", "/actions/v1/responses", json=body)
    via_proxy = await relay.proxy({"method": "POST", "path": "/responses", "body": body})
    assert via_action.status_code == via_proxy.status_code == 200
    assert via_action.json() == via_proxy.json()
    assert via_action.json()["output_text"] == "hi"
    first, second = relay.sent()
    assert json.loads(first.content) == json.loads(second.content) == {**body, "background": True, "store": True}
    assert str(first.url) == str(second.url) == UPSTREAM + "/responses"


async def test_a_relay_bug_in_an_adapter_is_a_readable_error_and_one_log_line(relay, monkeypatch, caplog):
    import logging

    from runtime.actions import jobs

    async def broken(call):
        raise RuntimeError(f"bug near {API_KEY}")

    monkeypatch.setattr(jobs, "long_job", broken)
    gateway = relay.app.inner.state.actions_gateway
    monkeypatch.setitem(gateway._adapters, "long_job", broken)
    caplog.set_level(logging.ERROR, logger="relay")
    r = await relay.request("GET", "/actions/v1/responses/resp_1")
    assert r.status_code == 200 and r.json()["failed"] is True
    assert r.json()["error"]["code"] == "relay_error"
    assert any("RuntimeError" in m and API_KEY not in m for m in caplog.messages)
