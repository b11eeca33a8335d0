"""The forwarder in-process over a respx-mocked upstream: what reaches upstream, what comes back, and
every refusal the relay answers itself (OpenAI's error envelope)."""


import httpx
import pytest
from relay_support import (
    ADMIN_CANARY,
    API_ONLY_KEY,
    CANARY,
    RELAY_KEY,
    UPSTREAM,
    Mocked,
    make_catalog,
    make_settings,
    mocked_upstream,
)

from runtime.app import build_app


def envelope(response, status, code=None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-relay-request-id"].startswith("req_")
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"] and "Traceback" not in error["message"]
    if code:
        assert error["code"] == code
    return error


async def test_json_post_passes_through(mocked):
    mocked.router.post("/responses").respond(
        201, content=b'{"id":"resp_1"}',
        headers={"content-type": "application/json", "x-request-id": "up-1", "openai-processing-ms": "12",
                 "x-ratelimit-remaining-requests": "99", "retry-after-ms": "5", "connection": "keep-alive"})
    body = b'{"model":"gpt-x","input":"hi"}'
    r = await mocked.request("POST", "/v1/responses", content=body, headers={
        "Content-Type": "application/json", "OpenAI-Beta": "assistants=v2", "Idempotency-Key": "idem-1",
        "X-Stainless-Lang": "python", "Accept-Encoding": "gzip", "Connection": "keep-alive"})
    assert r.status_code == 201 and r.content == b'{"id":"resp_1"}'
    for name, value in [("x-request-id", "up-1"), ("openai-processing-ms", "12"),
                        ("x-ratelimit-remaining-requests", "99"), ("retry-after-ms", "5")]:
        assert r.headers[name] == value
    assert "connection" not in r.headers
    (up,) = mocked.upstream_requests()
    assert str(up.url) == UPSTREAM + "/responses"
    assert up.content == body
    h = up.headers
    assert h["authorization"] == f"Bearer {CANARY}"
    assert h["content-type"] == "application/json" and h["content-length"] == str(len(body))
    assert h["openai-beta"] == "assistants=v2" and h["idempotency-key"] == "idem-1"
    assert h["x-stainless-lang"] == "python" and h["accept-encoding"] == "gzip"
    assert "host" not in h or h["host"] == "upstream.test"
    assert "connection" not in h and "transfer-encoding" not in h


async def test_relay_key_by_header_never_goes_upstream(mocked):
    mocked.router.get("/files").respond(200, json={"data": []})
    r = await mocked.request("GET", "/v1/files?limit=2&after=a%2Fb", key=None, headers={"X-Relay-Key": RELAY_KEY})
    assert r.status_code == 200
    (up,) = mocked.upstream_requests()
    assert up.url.raw_path == b"/v1/files?limit=2&after=a%2Fb"  # raw query unchanged
    assert "x-relay-key" not in up.headers and up.headers["authorization"] == f"Bearer {CANARY}"


async def test_no_body_means_no_body(mocked):
    mocked.router.get("/responses/resp_1").respond(200, json={})
    mocked.router.delete("/responses/resp_1").respond(200, json={})
    for method in ("GET", "DELETE"):
        r = await mocked.request(method, "/v1/responses/resp_1")
        assert r.status_code == 200
    for up in mocked.upstream_requests():
        assert "transfer-encoding" not in up.headers and "content-length" not in up.headers
        assert up.content == b""


async def test_path_params_and_beta_variant(mocked):
    mocked.router.post("/threads/runs").respond(200, json={"op": "run"})
    mocked.router.post("/responses", params={"beta": "true"}).respond(200, json={"op": "beta"})
    assert (await mocked.request("POST", "/v1/threads/runs", json={})).json() == {"op": "run"}
    r = await mocked.request("POST", "/v1/responses?beta=true", json={"a": 1})
    assert r.json() == {"op": "beta"}
    assert str(mocked.upstream_requests()[1].url) == UPSTREAM + "/responses?beta=true"


async def test_upstream_errors_pass_unchanged(mocked):
    body = b'{"error":{"message":"nope","type":"invalid_request_error","param":null,"code":"x"}}'
    mocked.router.get("/responses/bad").respond(418, content=body, headers={"content-type": "application/json",
                                                                            "x-request-id": "up-9"})
    r = await mocked.request("GET", "/v1/responses/bad")
    assert (r.status_code, r.content, r.headers["x-request-id"]) == (418, body, "up-9")


async def test_admin_operation_uses_admin_key(mocked):
    mocked.router.get("/organization/projects").respond(200, json={"data": []})
    assert (await mocked.request("GET", "/v1/organization/projects")).status_code == 200
    (up,) = mocked.upstream_requests()
    assert up.headers["authorization"] == f"Bearer {ADMIN_CANARY}"


async def test_org_and_project_from_config_win():
    router = __import__("respx").MockRouter(base_url=UPSTREAM, assert_all_called=False)
    router.get("/files").respond(200, json={})
    app = build_app(make_catalog(), (), settings=make_settings(OPENAI_ORG_ID="org-cfg", OPENAI_PROJECT_ID="proj-cfg"),
                    upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    await relay.request("GET", "/v1/files", headers={"OpenAI-Organization": "org-client",
                                                     "OpenAI-Project": "proj-client"})
    (up,) = relay.upstream_requests()
    assert up.headers.get_list("openai-organization") == ["org-cfg"]
    assert up.headers.get_list("openai-project") == ["proj-cfg"]
    await relay.client.aclose()


async def test_client_org_passes_when_not_configured(mocked):
    mocked.router.get("/files").respond(200, json={})
    await mocked.request("GET", "/v1/files", headers={"OpenAI-Organization": "org-client"})
    assert mocked.upstream_requests()[0].headers["openai-organization"] == "org-client"


@pytest.mark.parametrize("missing, path", [("OPENAI_API_KEY", "/v1/files"),
                                           ("OPENAI_ADMIN_KEY", "/v1/organization/projects")])
async def test_missing_upstream_key_is_503(missing, path):
    router = __import__("respx").MockRouter(base_url=UPSTREAM, assert_all_called=False)
    app = build_app(make_catalog(), (), settings=make_settings(**{missing: None}), upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    error = envelope(await relay.request("GET", path), 503, "upstream_key_missing")
    assert missing in error["message"]
    assert not router.calls
    await relay.client.aclose()


async def test_401_missing_and_bad_key(mocked):
    envelope(await mocked.request("GET", "/v1/files", key=None), 401, "invalid_api_key")
    envelope(await mocked.request("GET", "/v1/files", key="rk-wrong"), 401, "invalid_api_key")
    envelope(await mocked.request("GET", "/v1/files", key=CANARY), 401)  # an OpenAI key is not a relay key
    assert not mocked.router.calls


async def test_403_blocked_and_scope(tmp_path):
    keys = tmp_path / "keys.yaml"
    keys.write_text(f"keys:\n  - {{name: apionly, key: {API_ONLY_KEY}, scopes: [api]}}\n")
    router = __import__("respx").MockRouter(base_url=UPSTREAM, assert_all_called=False)
    router.get("/files").respond(200, json={})
    app = build_app(make_catalog(), (), settings=make_settings(RELAY_KEYS=None, RELAY_KEYS_FILE=str(keys)),
                    upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    assert (await relay.request("GET", "/v1/files", key=API_ONLY_KEY)).status_code == 200
    envelope(await relay.request("GET", "/v1/organization/projects", key=API_ONLY_KEY), 403, "insufficient_scope")
    envelope(await relay.request("POST", "/v1/fine_tuning/jobs", key=API_ONLY_KEY, json={}), 403,
             "operation_blocked")
    assert len(router.calls) == 1
    await relay.client.aclose()


async def test_404_and_405(mocked):
    envelope(await mocked.request("GET", "/v1/no/such/thing"), 404, "unknown_url")
    r = await mocked.request("PUT", "/v1/responses")
    envelope(r, 405, "method_not_allowed")
    assert r.headers["allow"] == "POST"
    assert not mocked.router.calls


async def test_413_by_content_length_and_while_streaming(mocked):
    mocked.router.post("/embeddings").respond(200, json={})
    big = b"x" * 5000  # createEmbedding allows 4096 bytes
    envelope(await mocked.request("POST", "/v1/embeddings", content=big), 413, "request_too_large")

    async def chunks():  # no Content-Length: counted while streaming
        for _ in range(5):
            yield b"x" * 1000

    envelope(await mocked.request("POST", "/v1/embeddings", content=chunks()), 413, "request_too_large")
    assert not mocked.router.calls


async def test_validation_names_the_field(mocked):
    mocked.router.post("/embeddings").respond(200, json={"ok": True})
    error = envelope(await mocked.request("POST", "/v1/embeddings", json={"model": "m", "input": 5}), 400,
                     "invalid_request_body")
    assert error["param"] == "input"
    error = envelope(await mocked.request("POST", "/v1/embeddings", json={"input": "x"}), 400)
    assert error["param"] == "model"
    assert not mocked.router.calls
    body = b'{"model": "m",  "input": ["a"]}'
    r = await mocked.request("POST", "/v1/embeddings", content=body, headers={"content-type": "application/json"})
    assert r.json() == {"ok": True}
    assert mocked.upstream_requests()[0].content == body  # the original bytes, not a re-serialisation


async def test_sse_passes_chunk_by_chunk(mocked):
    events = [f"event: x\ndata: {{\"i\": {i}}}\n\n".encode() for i in range(5)]

    async def stream():
        for event in events:
            yield event

    mocked.router.post("/responses").respond(200, stream=httpx.ByteStream(b"".join(events)),
                                             headers={"content-type": "text/event-stream"})
    r = await mocked.request("POST", "/v1/responses", json={"stream": True})
    assert r.content == b"".join(events)
    assert r.headers["content-type"] == "text/event-stream"


async def test_public_endpoints(mocked):
    r = await mocked.client.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    assert r.headers["x-relay-request-id"].startswith("req_")
    r = await mocked.client.get("/openapi.json")
    assert r.status_code == 200 and r.json()["components"]["securitySchemes"]["RelayKey"]["scheme"] == "bearer"
    assert (await mocked.client.get("/docs")).status_code == 200
    envelope(await mocked.client.get("/nothing-here"), 404)


async def test_request_ids_differ(mocked):
    mocked.router.get("/files").respond(200, json={})
    a = await mocked.request("GET", "/v1/files")
    b = await mocked.request("GET", "/v1/files")
    assert a.headers["x-relay-request-id"] != b.headers["x-relay-request-id"]


async def test_access_log_has_request_id(mocked, captured_logs):
    mocked.router.get("/files").respond(200, json={})
    r = await mocked.request("GET", "/v1/files")
    rid = r.headers["x-relay-request-id"]
    mocked.app.access_log.flush()  # lines are written in batches
    assert any(rid in line and "GET /v1/files 200" in line for line in captured_logs)


async def test_cors_preflight_and_headers():
    router = __import__("respx").MockRouter(base_url=UPSTREAM, assert_all_called=False)
    router.get("/files").respond(200, json={}, headers={"x-request-id": "u1"})
    app = build_app(make_catalog(), (), settings=make_settings(RELAY_CORS_ORIGINS="https://app.example"),
                    upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    r = await relay.client.options("/v1/files", headers={"Origin": "https://app.example",
                                                         "Access-Control-Request-Method": "GET",
                                                         "Access-Control-Request-Headers": "authorization"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://app.example"
    r = await relay.request("GET", "/v1/files", headers={"Origin": "https://app.example"})
    assert r.headers["access-control-allow-origin"] == "https://app.example"
    assert "x-request-id" in r.headers["access-control-expose-headers"]
    r = await relay.request("GET", "/v1/files", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    await relay.client.aclose()


async def test_open_relay_when_auth_off():
    router = __import__("respx").MockRouter(base_url=UPSTREAM, assert_all_called=False)
    router.get("/files").respond(200, json={})
    app = build_app(make_catalog(), (), settings=make_settings(RELAY_KEYS=None, RELAY_AUTH="false"),
                    upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    assert (await relay.request("GET", "/v1/files", key=None)).status_code == 200
    await relay.client.aclose()


async def test_relay_bug_is_a_500_envelope_without_the_key(mocked, captured_logs):
    def boom(request):
        raise ValueError(f"bad header Bearer {CANARY}")

    mocked.router.get("/files").mock(side_effect=boom)
    error = envelope(await mocked.request("GET", "/v1/files"), 500, "relay_error")
    assert "Traceback" not in error["message"]
    assert any("relay error ValueError: bad header Bearer ***" in line for line in captured_logs)
