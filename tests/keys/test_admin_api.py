"""The /admin/keys and /admin/usage API over httpx's ASGI transport, on a SQLite store: auth and the manage
scope, every verb, static keys read-only, OpenAI error envelopes, and on_change after each change."""

from __future__ import annotations

import time

import httpx
import pytest
from services import free_port

from runtime.keys.admin_api import AdminAPI
from runtime.keys.records import SCOPES, KeyRecord, hash_key
from runtime.store import Store
from runtime.usage.records import UsageRow

SECRET = b"admin-api-secret-0123456789"
STATIC_TOKEN = "rk-static-operator-key"
STATIC = KeyRecord(id="env:key1", name="key1", scopes=frozenset(SCOPES), digests=((hash_key(SECRET, STATIC_TOKEN),
                                                                                    None),), source="env")


class Ring:
    """Just enough of a key ring: database keys reloaded on every call, plus the static key."""

    def __init__(self, store):
        self.store = store
        self.changes = 0

    async def authenticate(self, token: str) -> KeyRecord | None:
        digest, now = hash_key(SECRET, token), time.time()
        for record in [STATIC, *await self.store.load_keys()]:
            for stored, until in record.digests:
                if stored == digest and (until is None or now < until) and record.active(now):
                    return record
        return None

    def on_change(self) -> None:
        self.changes += 1


@pytest.fixture
async def store(tmp_path):
    async with Store(f"sqlite:///{tmp_path}/relay.db", key_secret=SECRET) as store:
        await store.upgrade()
        yield store


@pytest.fixture
def ring(store):
    return Ring(store)


@pytest.fixture
async def client(store, ring):
    app = AdminAPI(store, ring.authenticate, on_change=ring.on_change, static_keys=[STATIC])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://relay",
                                 headers={"Authorization": f"Bearer {STATIC_TOKEN}"}) as client:
        yield client


def _error(response, status, code=None, param=None):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["message"].endswith(".")
    if code is not None:
        assert body["error"]["code"] == code
    assert body["error"]["param"] == param
    return body["error"]


async def test_a_key_without_manage_is_refused(client, store):
    _, user_key = await store.create_key("user", scopes=["api"])
    _error(await client.get("/admin/keys", headers={"Authorization": ""}), 401, "missing_api_key")
    _error(await client.get("/admin/keys", headers={"Authorization": "Bearer rk-nope"}), 401, "invalid_api_key")
    _error(await client.get("/admin/keys", headers={"Authorization": f"Bearer {user_key}"}), 403,
           "insufficient_scope")
    _error(await client.post("/admin/keys", json={"name": "x"}, headers={"Authorization": "",
                                                                          "X-Relay-Key": user_key}), 403)
    _error(await client.get("/admin/nothing", headers={"Authorization": ""}), 401)  # auth before routing
    assert [r.name for r in await store.load_keys()] == ["user"]


async def test_create_returns_the_key_once_and_it_works(client, store, ring):
    response = await client.post("/admin/keys", json={
        "name": "gpt", "scopes": ["actions", "manage"], "models": ["gpt-5"], "owner": "Team GPT",
        "expires_in": "30d", "rpm": 60, "model_tpm": {"gpt-5": 9000}, "budget_usd": 10, "budget_period": "day"})
    assert response.status_code == 201 and response.headers["cache-control"] == "no-store"
    made = response.json()
    raw = made["key"]
    assert made["name"] == "gpt" and made["prefix"] == raw[:11] and made["status"] == "active"
    assert made["scopes"] == ["actions", "manage"] and made["models"] == ["gpt-5"] and made["owner"] == "Team GPT"
    assert (made["rpm"], made["model_tpm"], made["budget_usd"], made["budget_period"]) == (60, {"gpt-5": 9000},
                                                                                           10.0, "day")
    assert made["expires_at"].endswith("Z") and not any("digest" in k for k in made)
    record = await store.get_key("gpt")
    assert record.digests[0][0] == hash_key(SECRET, raw) and ring.changes == 1

    listed = await client.get("/admin/keys", headers={"X-Relay-Key": raw, "Authorization": ""})  # the new key
    assert listed.status_code == 200
    assert [(k["name"], k["source"]) for k in listed.json()["data"]] == [("gpt", "db"), ("key1", "env")]
    assert raw not in listed.text and "digest" not in listed.text and listed.json()["object"] == "list"


@pytest.mark.parametrize(("body", "param"), [
    ({"name": "x", "rpm": 0}, "rpm"),
    ({"name": "x", "rpm": "60"}, "rpm"),
    ({"name": "x", "scopes": ["root"]}, "scopes"),
    ({"name": "x", "expires_in": "soon"}, "expires_in"),
    ({"name": "x", "expires_at": "yesterday-ish"}, "expires_at"),
    ({"name": "x", "budget_usd": -5}, "budget_usd"),
    ({"name": "x", "budget_period": "week"}, "budget_period"),
    ({"name": "x", "model_rpm": ["gpt-5"]}, "model_rpm"),
    ({"name": "x", "colour": "blue"}, "colour"),
    ({"name": "bad name"}, "name"),
    ({"scopes": ["api"]}, "name"),
])
async def test_bad_input_is_400_naming_the_field(client, store, ring, body, param):
    _error(await client.post("/admin/keys", json=body), 400, param=param)
    assert await store.load_keys() == [] and ring.changes == 0


async def test_malformed_requests(client):
    _error(await client.post("/admin/keys", content=b"{not json"), 400, "invalid_json")
    _error(await client.post("/admin/keys", json=["name"]), 400, "invalid_json")
    _error(await client.post("/admin/keys", content=b"{" + b" " * 70_000 + b"}"), 413)
    _error(await client.put("/admin/keys", json={}), 405, "method_not_allowed")
    _error(await client.get("/admin/keys/x/rotate"), 405)
    _error(await client.get("/admin/nothing"), 404, "unknown_url")
    _error(await client.get("/admin/keys/x/y"), 404)


async def test_names_are_unique_including_static_keys(client, store):
    assert (await client.post("/admin/keys", json={"name": "dup"})).status_code == 201
    _error(await client.post("/admin/keys", json={"name": "dup"}), 409, "key_exists", "name")
    _error(await client.post("/admin/keys", json={"name": "key1"}), 409, "key_exists", "name")


async def test_static_keys_cannot_be_changed(client, ring):
    for request in (client.patch("/admin/keys/key1", json={"rpm": 1}), client.delete("/admin/keys/key1"),
                    client.post("/admin/keys/key1/rotate")):
        error = _error(await request, 409, "static_key", "name")
        assert "RELAY_KEYS" in error["message"]
    assert ring.changes == 0


async def test_patch_changes_only_what_it_names(client, store, ring):
    await client.post("/admin/keys", json={"name": "ana", "rpm": 60, "tpm": 1000, "model_rpm": {"gpt-5": 5}})
    response = await client.patch("/admin/keys/ana", json={"rpm": None, "model_rpm": {"gpt-4o": 7},
                                                           "scopes": "api,manage", "models": ["gpt-4o"],
                                                           "owner": "Ana", "expires_at": "2099-01-01T00:00:00Z"})
    assert response.status_code == 200, response.text
    view = response.json()
    assert (view["rpm"], view["tpm"], view["model_rpm"]) == (None, 1000, {"gpt-4o": 7})
    assert view["scopes"] == ["api", "manage"] and view["models"] == ["gpt-4o"] and view["owner"] == "Ana"
    assert view["expires_at"] == "2099-01-01T00:00:00Z" and "key" not in view
    record = await store.get_key("ana")
    assert record.limits.tpm == 1000 and record.limits.rpm is None and record.owner == "Ana"
    assert ring.changes == 2
    assert (await client.patch("/admin/keys/ana", json={})).status_code == 200
    assert ring.changes == 2  # nothing changed, nothing refreshed
    _error(await client.patch("/admin/keys/ghost", json={"rpm": 1}), 404, "key_not_found", "name")
    _error(await client.patch("/admin/keys/ana", json={"tpm": -1}), 400, param="tpm")


async def test_revoke_and_rotate(client, store, ring):
    made = (await client.post("/admin/keys", json={"name": "bo", "scopes": ["manage"]})).json()
    old = made["key"]
    rotated = await client.post("/admin/keys/bo/rotate", json={"grace": "1h"})
    assert rotated.status_code == 200
    new = rotated.json()["key"]
    assert new != old and rotated.json()["previous_key_valid_until"] is not None
    as_old = {"Authorization": f"Bearer {old}"}
    assert (await client.get("/admin/keys", headers=as_old)).status_code == 200  # still in its grace

    again = await client.post("/admin/keys/bo/rotate", json={"grace_seconds": 0})
    newest = again.json()["key"]
    _error(await client.get("/admin/keys", headers={"Authorization": f"Bearer {new}"}), 401)
    assert (await client.get("/admin/keys", headers={"Authorization": f"Bearer {newest}"})).status_code == 200
    _error(await client.post("/admin/keys/bo/rotate", json={"grace": "later"}), 400, param="grace")
    _error(await client.post("/admin/keys/bo/rotate", json={"keep": True}), 400, param="keep")

    revoked = await client.delete("/admin/keys/bo")
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
    _error(await client.get("/admin/keys", headers={"Authorization": f"Bearer {newest}"}), 401)
    assert (await client.delete("/admin/keys/bo")).json()["status"] == "revoked"  # again: no change
    _error(await client.delete("/admin/keys/ghost"), 404, "key_not_found", "name")
    _error(await client.post("/admin/keys/bo/rotate"), 400, param="name")
    assert ring.changes == 4  # create, rotate, rotate, revoke


async def test_usage_is_the_reports_rows(client, store):
    base = time.time() - 86400
    await store.write_usage([
        UsageRow(time=base + i * 900, request_id=f"r{i}", key_id="key_x", key_name=("ann", "ben")[i % 2],
                 operation="createResponse", model="gpt-5", status=200, duration_ms=1, ttfb_ms=1, bytes_in=1,
                 bytes_out=1, input_tokens=i, cached_tokens=0, output_tokens=2 * i, reasoning_tokens=0,
                 cost_usd=0.01)
        for i in range(40)])
    response = await client.get("/admin/usage", params={"group_by": "key,model,day", "since": "2d"})
    assert response.status_code == 200
    assert response.json() == {"object": "list",
                               "data": await store.usage_report(group_by=["key", "model", "day"])}
    only = (await client.get("/admin/usage", params={"group_by": "day", "key": "ann"})).json()["data"]
    assert sum(r["requests"] for r in only) == 20
    default = (await client.get("/admin/usage")).json()["data"]
    assert [r["key"] for r in default] == ["ann", "ben"]
    _error(await client.get("/admin/usage", params={"group_by": "user"}), 400, param="group_by")
    _error(await client.get("/admin/usage", params={"since": "last week"}), 400, param="since")
    _error(await client.get("/admin/usage", params={"until": "2025-01-01", "since": "2025-02-01"}), 400,
           param="since")
    _error(await client.get("/admin/usage", params={"groupby": "key"}), 400, param="groupby")
    _error(await client.post("/admin/usage"), 405)


async def test_an_unavailable_database_is_503_without_details():
    url = f"postgresql://relay:pw-secret@127.0.0.1:{free_port()}/relay"
    async with Store(url, key_secret=SECRET) as down:
        app = AdminAPI(down, lambda token: STATIC if token == STATIC_TOKEN else None)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://relay") as client:
            response = await client.get("/admin/keys", headers={"Authorization": f"Bearer {STATIC_TOKEN}"})
    error = _error(response, 503, "database_unavailable")
    assert "127.0.0.1" not in error["message"] and "pw-secret" not in response.text
