"""Every generated operation through the relay, against a respx-mocked upstream: what reached upstream
(method, path with its parameters, query, body bytes, content type, the upstream key in place of the relay
key) and what came back (status, headers, body bytes)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

catalog_module = pytest.importorskip("generated.catalog")
CATALOG = catalog_module.CATALOG

from runtime.app import build_app
from runtime.config import load_settings
from runtime.upstream import HttpxUpstream

UPSTREAM = "https://api.openai.test/v1"
API_KEY = "sk-every-route-CANARY"
ADMIN_KEY = "sk-admin-every-route-CANARY"
RELAY_KEY = "rk-every-route"

_KIND_RESPONSES = {
    "json": ("application/json", b'{"object":"thing","id":"x_1"}'),
    "sse": ("text/event-stream", b'event: a\ndata: {"n":1}\n\nevent: b\ndata: {"n":2}\n\n'),
    "binary": ("application/octet-stream", bytes(range(256)) * 4),
    "sdp": ("application/sdp", b"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n"),
    "none": (None, b""),
}


class _Upstream:
    """One catch-all respx route answering with whatever the current test set."""

    def __init__(self):
        self.router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False)
        self.answer: httpx.Response | None = None
        self.router.route().mock(side_effect=lambda request: self.answer)

    def transport(self) -> HttpxUpstream:
        async def handler(request):
            await request.aread()
            return await self.router.async_handler(request)

        return HttpxUpstream(httpx.AsyncClient(transport=httpx.MockTransport(handler)))


@pytest.fixture(scope="module")
def relay():
    upstream = _Upstream()
    settings = load_settings(OPENAI_API_KEY=API_KEY, OPENAI_ADMIN_KEY=ADMIN_KEY, OPENAI_BASE_URL=UPSTREAM,
                             RELAY_KEYS=RELAY_KEY, _env_file=None)
    # no models: validation (covered in tests/runtime) is off, so every operation reaches upstream
    app = build_app(CATALOG, (), settings=settings, upstream=upstream.transport())
    return app, upstream


def _request_body(op) -> tuple[bytes | None, str | None]:
    if op.request_kind == "none":
        return None, None
    if op.request_kind == "multipart":
        request = httpx.Request("POST", "http://x", data={"purpose": "test", "model": "m"},
                                files={"file": ("a.bin", b"\x00\x01\xfe\xff" * 64, "application/octet-stream")})
        return request.read(), request.headers["content-type"]
    if op.request_kind == "sdp":
        return b"v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=-\r\n", "application/sdp"
    if op.request_kind == "binary":
        return bytes(range(256)), "application/octet-stream"
    return json.dumps({"model": "gpt-test", "input": op.operation_id}).encode(), "application/json"


def _path(op) -> str:
    path = op.path
    for name in op.path_params:
        path = path.replace("{" + name + "}", f"{name}-v%3A1")
    return path


def _query(op) -> str:
    pairs = [f"{k}={v}" for k, v in op.fixed_query]
    if op.query_params:
        pairs.append(f"{op.query_params[0]}=q%2F1")
    return "&".join(pairs)


@pytest.mark.parametrize("op", [op for op in CATALOG if op.policy.exposed], ids=lambda op: op.operation_id)
async def test_every_route(relay, op):
    app, upstream = relay
    upstream.router.reset()
    content_type, answer = _KIND_RESPONSES[op.response_kind]
    headers = {"x-request-id": "up-" + op.name, "openai-processing-ms": "7"}
    if content_type:
        headers["content-type"] = content_type
    status = 204 if op.response_kind == "none" else 200
    upstream.answer = httpx.Response(status, content=answer if status != 204 else b"", headers=headers)

    body, body_type = _request_body(op)
    path, query = _path(op), _query(op)
    request_headers = {"Authorization": f"Bearer {RELAY_KEY}", "OpenAI-Beta": "test=v1"}
    if body_type:
        request_headers["Content-Type"] = body_type
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://relay.test") as client:
        r = await client.request(op.method, "/v1" + path + ("?" + query if query else ""), content=body,
                                 headers=request_headers)

    # what came back
    assert r.status_code == status, r.text
    assert r.content == (answer if status != 204 else b"")
    assert r.headers["x-request-id"] == "up-" + op.name and r.headers["openai-processing-ms"] == "7"
    if content_type:
        assert r.headers["content-type"] == content_type
    assert r.headers["x-relay-request-id"].startswith("req_")
    for _, value in r.headers.raw:
        assert API_KEY.encode() not in value and ADMIN_KEY.encode() not in value

    # what reached upstream
    (call,) = upstream.router.calls
    sent = call.request
    assert sent.method == op.method
    assert sent.url.raw_path == ("/v1" + path + ("?" + query if query else "")).encode()
    assert sent.url.host == "api.openai.test"
    assert sent.content == (body or b"")
    assert sent.headers.get("content-type") == body_type
    # the client's framing: its Content-Length kept (httpx sends "0" on a body-less POST), never chunked
    assert sent.headers.get("content-length") == r.request.headers.get("content-length")
    assert "transfer-encoding" not in sent.headers
    key = ADMIN_KEY if op.policy.upstream_key == "admin" else API_KEY
    assert sent.headers.get_list("authorization") == [f"Bearer {key}"]
    assert sent.headers["openai-beta"] == "test=v1"
    assert "x-relay-key" not in sent.headers
    for _, value in sent.headers.raw:
        assert RELAY_KEY.encode() not in value
    # the relay picked this operation, not a look-alike
    assert app.index.match(op.method, path, query.encode())[0] is op


_VALIDATED = [op for op in CATALOG if op.policy.exposed and op.policy.validate and op.body_model]


@pytest.mark.parametrize("op", _VALIDATED, ids=lambda op: op.operation_id)
async def test_validated_operations_refuse_a_misshaped_body(relay, op):
    import importlib

    _, upstream = relay
    settings = load_settings(OPENAI_API_KEY=API_KEY, OPENAI_ADMIN_KEY=ADMIN_KEY, OPENAI_BASE_URL=UPSTREAM,
                             RELAY_KEYS=RELAY_KEY, _env_file=None)
    app = build_app(CATALOG, (), settings=settings, upstream=upstream.transport(),
                    load_models=lambda: importlib.import_module("generated.models"))
    model = getattr(importlib.import_module("generated.models"), op.body_model)
    required = [name for name, field in model.model_fields.items() if field.is_required()]
    upstream.router.reset()
    upstream.answer = httpx.Response(200, json={})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://relay.test") as client:
        r = await client.request(op.method, "/v1" + _path(op), content=b"{}", headers={
            "Authorization": f"Bearer {RELAY_KEY}", "Content-Type": "application/json"})
    if not required:
        assert r.status_code == 200 and len(upstream.router.calls) == 1
        return
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error" and error["param"] in {
        f.alias or name for name, f in model.model_fields.items()} | set(required)
    assert not upstream.router.calls
