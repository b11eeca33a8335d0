"""`GET /ready`: 200 when the database, Redis (when configured) and the upstream host answer; 503 naming the
failing part otherwise, without URLs or passwords. Public and cheap."""

from __future__ import annotations

import asyncio
import json
import time

import respx
from relay_support import UPSTREAM, Mocked, make_catalog, make_settings, mocked_upstream
from services import free_port, start_postgres

from runtime.app import build_app
from runtime.ready import Readiness
from runtime.store import Store


async def test_ready_when_everything_answers(tmp_path, redis_url):
    store = Store(f"sqlite:///{tmp_path / 'relay.db'}")
    await store.open()
    try:
        ready = Readiness(upstream_url="http://localhost:9/v1", redis_url=redis_url, store=store)
        status, body = await ready.check()
        await ready.aclose()
    finally:
        await store.close()
    assert status == 200
    assert body == {"status": "ready", "checks": {"database": "ok", "redis": "ok", "upstream": "ok"}}


async def test_a_stopped_database_is_named():
    with start_postgres() as url:
        store = Store(url)
        await store.open()
        assert (await Readiness(upstream_url=None, store=store).check())[0] == 200
    try:  # the server is gone now
        started = time.monotonic()
        status, body = await Readiness(upstream_url=None, store=store, timeout=5).check()
    finally:
        await store.close()
    assert status == 503 and body["failing"] == ["database"], body
    assert body["checks"]["database"] != "ok" and time.monotonic() - started < 6
    assert "postgres" not in json.dumps(body) and "127.0.0.1" not in json.dumps(body)


async def test_redis_on_a_closed_port_is_named_without_its_url():
    url = f"redis://:hunter2-password@127.0.0.1:{free_port()}/0"
    ready = Readiness(upstream_url="http://localhost:9/v1", redis_url=url, timeout=2)
    status, body = await ready.check()
    await ready.aclose()
    assert status == 503 and body["failing"] == ["redis"] and body["checks"]["upstream"] == "ok"
    assert body["checks"]["redis"].startswith("unavailable")
    assert "hunter2" not in json.dumps(body) and "127.0.0.1" not in json.dumps(body)


async def test_an_unresolvable_upstream_host_is_named():
    status, body = await Readiness(upstream_url="https://api.openai.invalid/v1").check()
    assert status == 503 and body == {"status": "unavailable", "failing": ["upstream"],
                                      "checks": {"upstream": "does not resolve"}}
    assert "openai.invalid" not in json.dumps(body)


class _SlowStore:
    def __init__(self, delay: float):
        self.delay = delay
        self.pings = 0

    async def ping(self):
        self.pings += 1
        await asyncio.sleep(self.delay)


async def test_a_hanging_dependency_is_a_timeout_and_answers_are_shared():
    store = _SlowStore(10)
    ready = Readiness(upstream_url=None, store=store, timeout=0.2, ttl=5)
    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/ready", "headers": []}
    started = time.monotonic()
    statuses = await asyncio.gather(*(ready.handle(scope, None, send) for _ in range(5)))
    assert statuses == [503] * 5 and time.monotonic() - started < 2
    assert store.pings == 1  # five concurrent probes, one check
    await ready.handle(scope, None, send)
    assert store.pings == 1  # reused within ttl
    body = json.loads(sent[1]["body"])
    assert body["checks"] == {"database": "timeout"}


async def test_ready_and_health_through_the_app(tmp_path):
    router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False)
    app = build_app(make_catalog(), (), settings=make_settings(
        OPENAI_BASE_URL="http://localhost:9/v1", RELAY_REDIS_URL=f"redis://127.0.0.1:{free_port()}/0"),
        upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    r = await relay.request("GET", "/ready", key=None)
    assert r.status_code == 503 and r.json()["failing"] == ["redis"] and r.headers["x-relay-request-id"]
    assert (await relay.request("GET", "/health", key=None)).status_code == 200  # the process is up
    app.readiness = Readiness(upstream_url="http://localhost:9/v1")
    r = await relay.request("GET", "/ready", key=None)
    assert r.status_code == 200 and r.json() == {"status": "ready", "checks": {"upstream": "ok"}}
