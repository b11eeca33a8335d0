"""Actions test support: the generated catalog, models and Actions files under the runtime, over a
respx-mocked httpx upstream that records every request it is sent."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest
import respx

catalog_module = pytest.importorskip("generated.catalog")

from runtime.app import build_app
from runtime.catalog import Catalog
from runtime.config import load_settings
from runtime.upstream import HttpxUpstream

CATALOG = catalog_module.CATALOG
GENERATED_DIR = Path(catalog_module.__file__).parent
UPSTREAM = "https://api.openai.test/v1"
API_KEY = "sk-actions-CANARY-upstream"
ADMIN_KEY = "sk-admin-actions-CANARY"
RELAY_KEY = "rk-actions-full"  # RELAY_KEYS: every scope
ACTIONS_KEY = "rk-actions-only"  # RELAY_KEYS_FILE: scopes [actions]
API_SCOPE_KEY = "rk-api-scope"  # RELAY_KEYS_FILE: scopes [api]
PUBLIC_URL = "https://relay.team.example"


def load_models():
    import generated.models

    return generated.models


class Relay:
    """The relay in-process, its upstream mock, and helpers for direct and proxied calls."""

    def __init__(self, app, router: respx.MockRouter):
        self.app = app
        self.router = router
        self.answer = httpx.Response(200, json={"object": "thing", "id": "x_1"},
                                     headers={"x-request-id": "up-1", "openai-processing-ms": "3"})
        # `answer`: an httpx.Response, or a function of the request returning one (a stateful fake upstream)
        router.route().mock(side_effect=lambda request: self.answer(request) if callable(self.answer)
                            else self.answer)
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://relay.test")

    async def request(self, method, url, *, key=RELAY_KEY, headers=None, **kw) -> httpx.Response:
        headers = dict(headers or {})
        if key is not None:
            headers.setdefault("Authorization", f"Bearer {key}")
        response = await self.client.request(method, url, headers=headers, **kw)
        for _, value in response.headers.raw:
            assert API_KEY.encode() not in value and ADMIN_KEY.encode() not in value
        assert API_KEY.encode() not in response.content
        return response

    async def proxy(self, envelope, *, key=RELAY_KEY, headers=None) -> httpx.Response:
        return await self.request("POST", "/actions/proxy", key=key, json=envelope, headers=headers)

    def sent(self) -> list[httpx.Request]:
        requests = [call.request for call in self.router.calls]
        for request in requests:
            for _, value in request.headers.raw:
                for relay_key in (RELAY_KEY, ACTIONS_KEY, API_SCOPE_KEY):
                    assert relay_key.encode() not in value
        return requests


def patched_catalog(**policies) -> Catalog:
    """The generated catalog with some operations' policies changed: `createFile={"actions": True}`."""
    ops = []
    for op in CATALOG:
        change = policies.get(op.operation_id)
        ops.append(dataclasses.replace(op, policy=dataclasses.replace(op.policy, **change)) if change else op)
    return Catalog(ops, spec_sha256=CATALOG.spec_sha256, spec_version=CATALOG.spec_version)


@pytest.fixture
def keys_file(tmp_path) -> Path:
    path = tmp_path / "keys.yaml"
    path.write_text(f"keys:\n"
                    f"  - {{name: gpt, key: {ACTIONS_KEY}, scopes: [actions]}}\n"
                    f"  - {{name: api, key: {API_SCOPE_KEY}, scopes: [api]}}\n")
    return path


@pytest.fixture
async def make_relay(keys_file):
    """`make_relay(catalog=CATALOG, **settings)` → a `Relay`; clients are closed after the test."""
    made: list[Relay] = []

    def make(catalog=CATALOG, **overrides) -> Relay:
        values = {"OPENAI_API_KEY": API_KEY, "OPENAI_ADMIN_KEY": ADMIN_KEY, "OPENAI_BASE_URL": UPSTREAM,
                  "RELAY_KEYS": RELAY_KEY, "RELAY_KEYS_FILE": str(keys_file), "_env_file": None}
        values.update(overrides)
        router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False, assert_all_mocked=True)

        async def handler(request: httpx.Request):
            await request.aread()
            return await router.async_handler(request)

        upstream = HttpxUpstream(httpx.AsyncClient(transport=httpx.MockTransport(handler)))
        app = build_app(catalog, (), settings=load_settings(**{k: v for k, v in values.items() if v is not None
                                                               or k == "_env_file"}),
                        load_models=load_models, generated_dir=GENERATED_DIR, upstream=upstream)
        relay = Relay(app, router)
        made.append(relay)
        return relay

    yield make
    for relay in made:
        await relay.client.aclose()


@pytest.fixture
def relay(make_relay) -> Relay:
    return make_relay()


def parse_multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, str | None, bytes]]:
    """A multipart/form-data body as {field: (filename, content type, bytes)} (test oracle, strict framing)."""
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    boundary = content_type.split("boundary=", 1)[1].encode()
    assert body.startswith(b"--" + boundary + b"\r\n") and body.endswith(b"\r\n--" + boundary + b"--\r\n")
    parts = body[len(boundary) + 4: -(len(boundary) + 8)].split(b"\r\n--" + boundary + b"\r\n")
    fields = {}
    for part in parts:
        head, _, data = part.partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        disposition = headers["Content-Disposition"]
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = disposition.split('filename="', 1)[1].split('"', 1)[0] if 'filename="' in disposition else None
        fields[name] = (filename, headers.get("Content-Type"), data)
    return fields
