"""`POST /actions/proxy`: every default Actions operation reaches upstream exactly as a direct call does (the
operations with a long-job or file adapter exactly as their own action does); every refusal is an OpenAI envelope
and sends nothing upstream; validation and key scopes apply as for /v1."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import httpx
import pytest
from actions_support import ACTIONS_KEY, API_KEY, API_SCOPE_KEY, CATALOG, RELAY_KEY, UPSTREAM, patched_catalog

ACTIONS_OPS = [op for op in CATALOG if op.policy.actions and op.policy.exposed]
# Operations answered by the `shape` adapter: one upstream call, the same as the direct one.
SHAPED_OPS = [op for op in ACTIONS_OPS if op.policy.actions_adapter in (None, "shape")]

# A valid body for each default Actions operation that takes one (validation is on for all of them).
BODIES = {
    "createEmbedding": {"model": "text-embedding-3-small", "input": ["hello", "world"], "dimensions": 256},
    "createImage": {"prompt": "A lighthouse at dawn, watercolor", "model": "gpt-image-1", "n": 1},
    "createModeration": {"input": "Is this fine?", "model": "omni-moderation-latest"},
    "createResponse": {"model": "gpt-4.1-mini", "input": "Say hi — in Ελληνικά", "store": False,
                       "metadata": {"team": "a"}},
    "createVectorStore": {"name": "Team docs", "file_ids": ["file-1", "file-2"]},
    "createVectorStoreFile": {"file_id": "file-abc"},
    "searchVectorStore": {"query": "refund policy", "max_num_results": 3},
    "createConversation": {"metadata": {"topic": "demo"}},
}
# Query parameters for each operation that has some: lists become repeated keys, booleans true/false.
QUERIES = {
    "limit": 5, "order": "desc", "after": "obj_1", "before": "obj_0", "purpose": "assistants",
    "filter": "completed", "starting_after": 2, "include_obfuscation": False,
    "include": ["message.output_text.logprobs", "file_search_call.results"],
}
PATH_VALUES = {"model": "ft:gpt-4.1-mini:team:custom:abc123"}  # colons stay as they are


def _call(op):
    path = op.path
    for name in op.path_params:
        path = path.replace("{" + name + "}", PATH_VALUES.get(name, f"{name.split('_')[0]}_123"))
    query = {name: QUERIES[name] for name in op.query_params if name in QUERIES}
    body = BODIES.get(op.operation_id) if op.request_kind == "json" else None
    return path, query, body


def test_every_body_operation_has_a_sample_body():
    missing = [op.operation_id for op in SHAPED_OPS if op.request_kind == "json" and op.operation_id not in BODIES]
    assert not missing, f"add a valid sample body for {missing}"


def _same_request(a: httpx.Request, b: httpx.Request):
    assert a.method == b.method
    assert a.url.raw_path == b.url.raw_path  # path and query string, bytes
    assert a.content == b.content
    assert a.headers.get("content-type") == b.headers.get("content-type")
    assert a.headers["authorization"] == b.headers["authorization"] == f"Bearer {API_KEY}"
    # The relay reads an Actions answer (to shape it): it asks for it uncompressed.
    assert b.headers["accept-encoding"] == "identity"
    assert sorted(h for h in a.headers.multi_items() if h[0] != "accept-encoding") == \
        sorted(h for h in b.headers.multi_items() if h[0] != "accept-encoding")


@pytest.mark.parametrize("op", SHAPED_OPS, ids=lambda op: op.operation_id)
async def test_proxy_and_direct_send_the_same_upstream_request(relay, op):
    path, query, body = _call(op)
    client_headers = {"OpenAI-Beta": "assistants=v2", "X-Client-Trace": "t-1"}

    as_text = {k: (("true" if v else "false") if isinstance(v, bool) else v) for k, v in query.items()}
    url = "/v1" + path + ("?" + urlencode(as_text, doseq=True) if query else "")
    if body is not None:
        direct = await relay.request(op.method, url, content=json.dumps(body, separators=(",", ":"),
                                                                        ensure_ascii=False).encode(),
                                     headers={**client_headers, "Content-Type": "application/json"})
    else:
        direct = await relay.request(op.method, url, headers=client_headers)
    envelope = {"method": op.method, "path": path}
    if query:
        envelope["query"] = query  # JSON booleans and numbers, as a model sends them
    if body is not None:
        envelope["body"] = body
    proxied = await relay.proxy(envelope, headers=client_headers)

    assert direct.status_code == proxied.status_code == 200, (direct.text, proxied.text)
    assert direct.content == proxied.content
    assert proxied.headers["x-request-id"] == "up-1"
    assert len(proxied.headers.get_list("x-relay-request-id")) == 1
    first, second = relay.sent()
    assert first.url.path.startswith("/v1" + op.path.split("{")[0])
    if query:
        assert first.url.query
    if body is not None:
        assert json.loads(first.content) == body
    _same_request(first, second)


async def test_path_with_leading_v1_and_without_leading_slash(relay):
    for path in ("/v1/models", "v1/models", "models", "/models"):
        r = await relay.proxy({"method": "get", "path": path})
        assert r.status_code == 200, r.text
    assert {str(req.url) for req in relay.sent()} == {UPSTREAM + "/models"}


async def test_post_without_body_sends_an_empty_object(relay):
    r = await relay.proxy({"method": "POST", "path": "/conversations"})
    assert r.status_code == 200
    (sent,) = relay.sent()
    assert sent.content == b"{}" and sent.headers["content-type"] == "application/json"


async def test_get_sends_no_body(relay):
    r = await relay.proxy({"method": "GET", "path": "/files", "query": {"limit": 2}, "body": None})
    assert r.status_code == 200
    (sent,) = relay.sent()
    assert sent.content == b"" and "content-type" not in sent.headers and str(sent.url).endswith("?limit=2")


async def test_upstream_errors_come_back_unchanged(relay):
    relay.answer = httpx.Response(404, json={"error": {"message": "No such file", "code": "not_found"}})
    r = await relay.proxy({"method": "GET", "path": "/files/file-x"})
    assert r.status_code == 404 and r.json()["error"]["message"] == "No such file"


async def test_relay_key_in_x_relay_key_header(relay):
    r = await relay.proxy({"method": "GET", "path": "/models"}, key=None, headers={"X-Relay-Key": RELAY_KEY})
    assert r.status_code == 200 and len(relay.sent()) == 1


# --- refusals: each one an envelope, nothing sent upstream ---------------------------------------------------

async def _refused(relay, envelope, status, code, param=None, *, key=RELAY_KEY, raw=None):
    if raw is not None:
        r = await relay.request("POST", "/actions/proxy", key=key, content=raw,
                                headers={"Content-Type": "application/json"})
    else:
        r = await relay.proxy(envelope, key=key)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code, error
    assert error["type"] == ("permission_error" if status == 403 else "invalid_request_error")
    assert error["message"]
    if param is not None:
        assert error["param"] == param
    assert r.headers["x-relay-request-id"].startswith("req_")
    assert relay.sent() == [], "nothing may reach upstream"
    return error


async def test_refuses_without_a_relay_key(relay):
    await _refused(relay, {"method": "GET", "path": "/models"}, 401, "invalid_api_key", key=None)


async def test_refuses_a_wrong_relay_key(relay):
    await _refused(relay, {"method": "GET", "path": "/models"}, 401, "invalid_api_key", key="rk-nope")


async def test_refuses_an_absolute_url(relay):
    await _refused(relay, {"method": "GET", "path": "https://evil.example/v1/models"}, 400, "absolute_url", "path")


async def test_refuses_a_scheme_relative_url(relay):
    await _refused(relay, {"method": "GET", "path": "//evil.example/v1/models"}, 400, "absolute_url", "path")


async def test_refuses_a_scheme_without_slashes(relay):
    await _refused(relay, {"method": "GET", "path": "javascript:alert(1)"}, 400, "absolute_url", "path")


async def test_refuses_dot_dot_segments(relay):
    await _refused(relay, {"method": "GET", "path": "/files/../models"}, 400, "path_traversal", "path")


async def test_refuses_dot_segments(relay):
    await _refused(relay, {"method": "GET", "path": "/./models"}, 400, "path_traversal", "path")


@pytest.mark.parametrize("path", ["/files/%2e%2e/models", "/files/%2E%2e/models", "/files/.%2e/models",
                                  "/files/file%2fx", "/files/file%2Fx", "/files/file%5cx", "/files/%252e%252e"])
async def test_refuses_encoded_traversal(relay, path):
    await _refused(relay, {"method": "GET", "path": path}, 400, "encoded_traversal", "path")


async def test_refuses_a_backslash(relay):
    await _refused(relay, {"method": "GET", "path": "/files\\..\\models"}, 400, "invalid_path", "path")


async def test_refuses_a_question_mark_in_path(relay):
    await _refused(relay, {"method": "GET", "path": "/files?limit=1"}, 400, "invalid_path", "path")


async def test_refuses_a_fragment_in_path(relay):
    await _refused(relay, {"method": "GET", "path": "/files#x"}, 400, "invalid_path", "path")


async def test_refuses_crlf_in_path(relay):
    await _refused(relay, {"method": "GET", "path": "/models\r\nX-Injected: 1"}, 400, "control_characters",
                   "path")


@pytest.mark.parametrize("path", ["/files/file%0d%0aX-Injected:%201", "/files/file%0A", "/files/a%00b",
                                  "/files/a%7F"])
async def test_refuses_encoded_control_characters_in_path(relay, path):
    await _refused(relay, {"method": "GET", "path": path}, 400, "control_characters", "path")


async def test_other_escapes_and_unicode_in_path_are_kept_encoded(relay):
    r = await relay.proxy({"method": "GET", "path": "/files/file%3Aa bé"})
    assert r.status_code == 200
    assert relay.sent()[0].url.raw_path == b"/v1/files/file%3Aa%20b%C3%A9"


async def test_refuses_crlf_in_method(relay):
    await _refused(relay, {"method": "GET\r\nX-Injected: 1", "path": "/models"}, 400, "control_characters",
                   "method")


async def test_refuses_crlf_in_query_key(relay):
    await _refused(relay, {"method": "GET", "path": "/files", "query": {"limit\r\nX": 1}}, 400,
                   "control_characters", "query")


async def test_refuses_lf_in_query_value(relay):
    await _refused(relay, {"method": "GET", "path": "/files", "query": {"after": "a\nb"}}, 400,
                   "control_characters", "query.after")


async def test_refuses_stream_true_in_body(relay):
    await _refused(relay, {"method": "POST", "path": "/responses",
                           "body": {"model": "gpt-4.1-mini", "input": "hi", "stream": True}},
                   400, "streaming_not_supported", "body.stream")


async def test_refuses_stream_in_query(relay):
    await _refused(relay, {"method": "GET", "path": "/responses/resp_1", "query": {"stream": True}},
                   400, "streaming_not_supported", "query.stream")


async def test_allows_stream_false(relay):
    r = await relay.proxy({"method": "POST", "path": "/responses",
                           "body": {"model": "gpt-4.1-mini", "input": "hi", "stream": False}})
    assert r.status_code == 200 and json.loads(relay.sent()[0].content)["stream"] is False


async def test_refuses_a_multipart_operation(make_relay):
    relay = make_relay(patched_catalog(createImageEdit={"actions": True}))
    await _refused(relay, {"method": "POST", "path": "/images/edits", "body": {"prompt": "x"}}, 400,
                   "unsupported_content")


async def test_refuses_a_binary_operation(make_relay):
    relay = make_relay(patched_catalog(RetrieveVideoContent={"actions": True}))
    await _refused(relay, {"method": "GET", "path": "/videos/video_1/content"}, 400, "unsupported_content")


async def test_refuses_an_sdp_operation(make_relay):
    relay = make_relay(patched_catalog(**{"create-realtime-call": {"actions": True}}))
    await _refused(relay, {"method": "POST", "path": "/realtime/calls"}, 400, "unsupported_content")


@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "HEAD", "OPTIONS", "FETCH"])
async def test_refuses_unknown_methods(relay, method):
    await _refused(relay, {"method": method, "path": "/models"}, 400, "unsupported_method", "method")


@pytest.mark.parametrize("path", ["/actions/proxy", "/actions/openapi.json", "/v1/actions/proxy",
                                  "actions/tools.json"])
async def test_refuses_recursion_into_actions(relay, path):
    await _refused(relay, {"method": "POST", "path": path, "body": {}}, 400, "recursive_call", "path")


@pytest.mark.parametrize("query", [["limit", 1], "limit=1", 5])
async def test_refuses_a_query_that_is_not_an_object(relay, query):
    await _refused(relay, {"method": "GET", "path": "/files", "query": query}, 400, "invalid_query", "query")


async def test_refuses_a_nested_query_value(relay):
    await _refused(relay, {"method": "GET", "path": "/files", "query": {"limit": {"x": 1}}}, 400,
                   "invalid_query", "query.limit")


@pytest.mark.parametrize("body", [["input"], "text", 3])
async def test_refuses_a_body_that_is_not_an_object(relay, body):
    await _refused(relay, {"method": "POST", "path": "/embeddings", "body": body}, 400, "invalid_body", "body")


async def test_refuses_a_body_for_an_operation_without_one(relay):
    await _refused(relay, {"method": "GET", "path": "/models", "body": {"x": 1}}, 400, "unexpected_body", "body")


async def test_refuses_an_unknown_operation(relay):
    await _refused(relay, {"method": "GET", "path": "/no/such/thing"}, 400, "unknown_operation", "path")


async def test_refuses_a_method_the_path_does_not_take(relay):
    error = await _refused(relay, {"method": "PATCH", "path": "/models"}, 400, "unknown_operation", "method")
    assert "GET" in error["message"]


async def test_refuses_a_non_actions_operation(relay):
    await _refused(relay, {"method": "GET", "path": "/fine_tuning/jobs"}, 403, "not_an_actions_operation")


async def test_refuses_a_blocked_operation(make_relay):
    relay = make_relay(patched_catalog(listModels={"exposed": False}))
    await _refused(relay, {"method": "GET", "path": "/models"}, 403, "operation_blocked")


async def test_refuses_a_body_that_is_not_json(relay):
    await _refused(relay, None, 400, "invalid_json", raw=b"method=GET&path=/models")


async def test_refuses_an_envelope_that_is_not_an_object(relay):
    await _refused(relay, None, 400, "invalid_envelope", raw=b'["GET", "/models"]')


async def test_refuses_unknown_envelope_fields(relay):
    await _refused(relay, {"method": "GET", "path": "/models", "headers": {"x": "y"}}, 400, "invalid_envelope",
                   "headers")


async def test_refuses_a_missing_path(relay):
    await _refused(relay, {"method": "GET"}, 400, "invalid_path", "path")


async def test_refuses_a_missing_method(relay):
    await _refused(relay, {"path": "/models"}, 400, "invalid_method", "method")


async def test_refuses_empty_segments(relay):
    await _refused(relay, {"method": "GET", "path": "/files//file-1"}, 400, "invalid_path", "path")


async def test_refuses_an_envelope_larger_than_the_body_limit(make_relay):
    relay = make_relay(RELAY_MAX_BODY_BYTES="2048")
    await _refused(relay, {"method": "POST", "path": "/embeddings",
                           "body": {"model": "m", "input": "x" * 4096}}, 413, "request_too_large")


async def test_get_on_the_proxy_is_405(relay):
    r = await relay.request("GET", "/actions/proxy")
    assert r.status_code == 405 and "error" in r.json() and relay.sent() == []


# --- validation: mis-shaped bodies never reach upstream -------------------------------------------------------

@pytest.mark.parametrize("body, field", [
    ({"model": "text-embedding-3-small", "input": 123}, "input"),
    ({"input": "hello"}, "model"),
])
async def test_mis_shaped_body_is_400_naming_the_field(relay, body, field):
    for via_proxy in (True, False):
        if via_proxy:
            r = await relay.proxy({"method": "POST", "path": "/embeddings", "body": body})
        else:
            r = await relay.request("POST", "/v1/embeddings", json=body)
        assert r.status_code == 400, r.text
        error = r.json()["error"]
        # The field itself, not the union member pydantic tried ("input", never "input.str").
        assert error["param"] == field and error["code"] == "invalid_request_body"
    assert relay.sent() == []


async def test_mis_shaped_search_body(relay):
    r = await relay.proxy({"method": "POST", "path": "/vector_stores/vs_1/search", "body": {"max_num_results": 2}})
    assert r.status_code == 400 and r.json()["error"]["param"] == "query"
    assert relay.sent() == []


# --- key scopes ------------------------------------------------------------------------------------------------

async def test_actions_key_calls_actions_operations_directly_and_via_proxy(relay):
    direct = await relay.request("GET", "/v1/models", key=ACTIONS_KEY)
    proxied = await relay.proxy({"method": "GET", "path": "/models"}, key=ACTIONS_KEY)
    body = {"model": "text-embedding-3-small", "input": "hi"}
    direct_post = await relay.request("POST", "/v1/embeddings", key=ACTIONS_KEY, json=body)
    proxied_post = await relay.proxy({"method": "POST", "path": "/embeddings", "body": body}, key=ACTIONS_KEY)
    assert [r.status_code for r in (direct, proxied, direct_post, proxied_post)] == [200] * 4
    assert len(relay.sent()) == 4


async def test_actions_key_is_refused_a_non_actions_operation_directly_and_via_proxy(relay):
    direct = await relay.request("GET", "/v1/fine_tuning/jobs", key=ACTIONS_KEY)
    assert direct.status_code == 403 and direct.json()["error"]["code"] == "insufficient_scope"
    proxied = await relay.proxy({"method": "GET", "path": "/fine_tuning/jobs"}, key=ACTIONS_KEY)
    assert proxied.status_code == 403 and proxied.json()["error"]["type"] == "permission_error"
    assert relay.sent() == []


async def test_actions_key_may_not_reach_a_non_actions_operation_even_if_marked_for_actions_elsewhere(make_relay):
    """Scope is checked by the key: an `api`-scoped Actions operation is fine for the actions key, but a
    non-Actions operation is refused by scope even when the proxy would allow its path."""
    relay = make_relay(patched_catalog(listPaginatedFineTuningJobs={"actions": True}))
    r = await relay.proxy({"method": "GET", "path": "/fine_tuning/jobs"}, key=ACTIONS_KEY)
    assert r.status_code == 200  # now an Actions operation: the actions scope covers it
    r = await relay.proxy({"method": "POST", "path": "/fine_tuning/jobs", "body": {}}, key=ACTIONS_KEY)
    assert r.status_code == 403
    assert len(relay.sent()) == 1


async def test_api_scoped_key_uses_the_proxy_for_actions_operations_only(relay):
    assert (await relay.proxy({"method": "GET", "path": "/models"}, key=API_SCOPE_KEY)).status_code == 200
    r = await relay.proxy({"method": "GET", "path": "/fine_tuning/jobs"}, key=API_SCOPE_KEY)
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_an_actions_operation"
    assert (await relay.request("GET", "/v1/fine_tuning/jobs", key=API_SCOPE_KEY)).status_code == 200


async def test_proxy_call_is_logged_twice_under_one_request_id(relay, caplog):
    """The access log has the /v1 call (from the shared pipeline) and the /actions/proxy call, same id."""
    import logging

    caplog.set_level(logging.INFO, logger="relay")
    r = await relay.proxy({"method": "GET", "path": "/models"})
    relay.app.access_log.flush()
    rid = r.headers["x-relay-request-id"]
    lines = [line for rec in caplog.records if rec.name.startswith("relay")
             for line in rec.getMessage().splitlines() if rid in line]
    assert any(" GET /v1/models 200 " in line for line in lines), lines
    assert any(" POST /actions/proxy 200 " in line for line in lines), lines
    assert all(API_KEY not in line for line in caplog.messages)
