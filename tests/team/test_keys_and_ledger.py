"""Issue 12 end to end: `relay serve` processes sharing one database (SQLite by default, a real PostgreSQL),
keys issued and revoked live with the CLI and the admin API, and a ledger whose totals equal the usage the
fake upstream sent — for JSON, Responses SSE, Chat SSE with include_usage, a stream cut by the client and a
Realtime session."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
import websockets
from team_support import (
    BOOTSTRAP,
    MODEL,
    UPSTREAM_KEY,
    USAGE,
    Relay,
    cli,
    create_key,
    fake_openai,
    get_models,
    relay_env,
    wait_until_known,
)

from runtime.usage.prices import Prices
from runtime.usage.records import Usage


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request) -> dict:
    if request.param == "sqlite":
        return {}  # the default: relay.db in the data directory
    return {"RELAY_DATABASE_URL": request.getfixturevalue("postgres_url"),
            "RELAY_KEY_SECRET": "team-tests-secret-0123456789"}


def _worker(response: httpx.Response) -> str:
    return response.headers["x-relay-request-id"][:12]  # "req_" + the worker's 8 hex chars


def _until(predicate, timeout: float, step: float = 0.02) -> float:
    """Seconds from now to the start of the first check of `predicate()` that held (bounded by `timeout`)."""
    started = time.monotonic()
    while True:
        attempt = time.monotonic()
        if predicate():
            return attempt - started
        assert attempt - started < timeout, "condition not met in time"
        time.sleep(step)


def _seen_on_every_worker(url: str, key: str, status: int, workers: int, calls: int = 12) -> bool:
    """`calls` fresh connections in a row all answered `status`, and every worker answered."""
    seen = set()
    for _ in range(calls):
        r = httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {key}", "Connection": "close"})
        if r.status_code != status:
            return False
        seen.add(_worker(r))
    return len(seen) == workers


def test_a_key_works_at_once_and_a_revoked_one_stops_everywhere_within_2_s(tmp_path, database):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **database)
        first, second = Relay(env, workers=2), Relay(env)
        try:
            key = create_key(env, "alice", "--scopes", "api")
            assert key.startswith("rk-")
            assert get_models(first.url, key) == 200 and get_models(second.url, key) == 200  # at once
            took = _until(lambda: _seen_on_every_worker(first.url, key, 200, 2)
                          and _seen_on_every_worker(second.url, key, 200, 1), timeout=5)
            print(f"created -> working on every worker: {took:.2f} s")
            assert took < 2

            assert cli(env, "keys", "revoke", "alice").returncode == 0
            took = _until(lambda: _seen_on_every_worker(first.url, key, 401, 2)
                          and _seen_on_every_worker(second.url, key, 401, 1), timeout=5)
            print(f"revoked -> refused on every worker: {took:.2f} s")
            assert took < 2
            assert all(UPSTREAM_KEY not in str(e["headers"]) or e["headers"]["Authorization"] ==
                       f"Bearer {UPSTREAM_KEY}" for e in fake.seen)
            assert not any(key in json.dumps(e["headers"]) for e in fake.seen)  # never forwarded upstream
        finally:
            first.stop()
            second.stop()


def test_rotation_keeps_the_old_key_for_the_grace_period(tmp_path):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url)
        relay = Relay(env)
        try:
            old = create_key(env, "carol")
            done = cli(env, "keys", "rotate", "carol", "--grace", "6s", "--json")
            rotated = time.monotonic()
            assert done.returncode == 0, done.stderr
            new = json.loads(done.stdout)["key"]
            assert get_models(relay.url, old) == 200  # still within the grace
            _until(lambda: get_models(relay.url, new) == 200, timeout=3)
            assert time.monotonic() - rotated < 5 and get_models(relay.url, old) == 200
            _until(lambda: get_models(relay.url, old) == 401, timeout=8)
            assert get_models(relay.url, new) == 200
        finally:
            relay.stop()


async def _realtime_session(url: str, key: str, responses: int) -> None:
    ws_url = url.replace("http://", "ws://") + f"/v1/realtime?model={MODEL}"
    async with websockets.connect(ws_url, additional_headers={"Authorization": f"Bearer {key}"},
                                  open_timeout=10) as ws:
        for _ in range(responses):
            await ws.send(json.dumps({"type": "response.create"}))
            while json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] != "response.done":
                pass


def _expected(kinds: list[str]) -> dict:
    totals = {"input_tokens": 0, "cached_tokens": 0, "output_tokens": 0, "reasoning_tokens": 0}
    cost = 0.0
    prices = Prices.load(None)
    for kind in kinds:
        i, c, o, r = USAGE[kind]
        totals["input_tokens"] += i
        totals["cached_tokens"] += c
        totals["output_tokens"] += o
        totals["reasoning_tokens"] += r
        cost += prices.cost(Usage(input=i, cached=c, output=o, reasoning=r), MODEL)
    return totals | {"cost_usd": cost}


def test_the_ledger_counts_exactly_what_upstream_reported(tmp_path, database):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **database)
        relay = Relay(env, workers=2)
        try:
            key = create_key(env, "bob")
            wait_until_known(relay.url, key, workers=2)
            auth = {"Authorization": f"Bearer {key}"}
            with httpx.Client(base_url=relay.url, headers=auth, timeout=20) as client:
                for _ in range(2):  # JSON
                    assert client.post("/v1/responses", json={"model": MODEL, "input": "hi"}).status_code == 200
                with client.stream("POST", "/v1/responses", json={"model": MODEL, "stream": True}) as r:
                    body = b"".join(r.iter_raw())  # Responses SSE: the terminal event over many writes
                assert b"response.completed" in body
                with client.stream("POST", "/v1/chat/completions", json={
                        "model": MODEL, "stream": True, "stream_options": {"include_usage": True},
                        "messages": [{"role": "user", "content": "hi"}]}) as r:
                    assert b"[DONE]" in b"".join(r.iter_raw())
                with client.stream("POST", "/v1/responses", json={"model": MODEL, "stream": True,
                                                                  "endless": True}) as r:
                    next(r.iter_raw())  # the client leaves mid-stream: its usage never arrives
            asyncio.run(_realtime_session(relay.url, key, responses=2))

            expected = _expected(["responses", "responses", "responses_sse", "chat_sse", "realtime", "realtime"])

            def row():
                done = cli(env, "usage", "--by", "key", "--key", "bob", "--json")
                assert done.returncode == 0, done.stderr
                rows = json.loads(done.stdout)
                return rows[0] if rows and rows[0]["requests"] == 6 else None

            _until(lambda: row() is not None, timeout=10, step=0.3)
            got = row()
            assert got["key"] == "bob"
            for field in ("input_tokens", "cached_tokens", "output_tokens", "reasoning_tokens"):
                assert got[field] == expected[field], field
            assert got["cost_usd"] == pytest.approx(expected["cost_usd"], rel=1e-9)

            by_op = {r["operation"]: r for r in json.loads(cli(env, "usage", "--by", "operation", "--key", "bob",
                                                               "--json").stdout)}
            assert by_op["createResponse"]["requests"] == 4
            assert by_op["createChatCompletion"]["output_tokens"] == USAGE["chat_sse"][2]
            assert by_op["realtimeWebSocket"]["input_tokens"] == 2 * USAGE["realtime"][0]
        finally:
            relay.stop()

        # a restart keeps the keys and the usage
        relay = Relay(env)
        try:
            assert get_models(relay.url, key) == 200
            done = cli(env, "usage", "--by", "key", "--key", "bob", "--json")
            assert json.loads(done.stdout)[0]["requests"] >= 6
        finally:
            relay.stop()
        if not database:  # the database file never holds a usable key
            for path in (tmp_path / "data").iterdir():
                if path.is_file():
                    assert key.encode() not in path.read_bytes() and BOOTSTRAP.encode() not in path.read_bytes()


def test_admin_api_issues_and_revokes_keys_for_a_manage_key(tmp_path):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url)
        relay = Relay(env)
        try:
            manage = {"Authorization": f"Bearer {BOOTSTRAP}"}
            r = httpx.post(relay.url + "/admin/keys", headers=manage, json={"name": "dave", "scopes": ["api"]})
            assert r.status_code in (200, 201), r.text
            key = r.json()["key"]
            assert get_models(relay.url, key) == 200  # works at once on this relay
            listed = httpx.get(relay.url + "/admin/keys", headers=manage)
            assert listed.status_code == 200 and key not in listed.text
            assert "dave" in listed.text
            assert httpx.get(relay.url + "/admin/keys", headers={"Authorization": f"Bearer {key}"}).status_code == 403
            assert httpx.delete(relay.url + "/admin/keys/dave", headers=manage).status_code == 200
            assert get_models(relay.url, key) == 401
        finally:
            relay.stop()


def test_a_key_limited_to_some_models_cannot_name_another(tmp_path):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url)
        relay = Relay(env)
        try:
            key = create_key(env, "erin", "--models", MODEL)
            wait_until_known(relay.url, key)
            auth = {"Authorization": f"Bearer {key}"}
            before = len(fake.seen)
            r = httpx.post(relay.url + "/v1/responses", headers=auth, json={"model": "gpt-5", "input": "x"})
            assert r.status_code == 403 and r.json()["error"]["code"] == "model_not_allowed"
            assert len(fake.seen) == before
            body = json.dumps({"input": "x", "model": MODEL}).encode()
            r = httpx.post(relay.url + "/v1/responses", headers={**auth, "Content-Type": "application/json"},
                           content=body)
            assert r.status_code == 200
            assert fake.seen[-1]["body"] == body  # read to find the model, forwarded unchanged
        finally:
            relay.stop()
