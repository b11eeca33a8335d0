"""Issue 13 end to end: per-key limits on real `relay serve` processes — in memory, and shared through a real
redis-server by two relays — with what reached the fake upstream counted."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import threading
import time

import httpx
import pytest
from services import redis_command
from team_support import MODEL, Relay, cli, create_key, fake_openai, free_port, relay_env


def _post(url: str, key: str, body: dict | None = None) -> httpx.Response:
    return httpx.post(url + "/v1/responses", json=body or {"model": MODEL, "input": "hi"}, timeout=20,
                      headers={"Authorization": f"Bearer {key}", "Connection": "close"})


def _upstream_calls(fake, key_name: str, relays) -> int:
    return len([e for e in fake.seen if e["path"] == "/v1/responses"])


def _key_id(env: dict, name: str) -> str:
    done = cli(env, "keys", "list", "--json")
    return next(k["id"] for k in json.loads(done.stdout) if k["name"] == name)


def _assert_rate_limited(r: httpx.Response, kind: str) -> None:
    assert r.status_code == 429, r.text
    error = r.json()["error"]
    assert error["code"] == "rate_limit_exceeded" and error["type"] == "requests"
    assert int(r.headers["retry-after"]) >= 1
    assert r.headers[f"x-relay-ratelimit-limit-{kind}"] and r.headers[f"x-relay-ratelimit-remaining-{kind}"] == "0"
    assert r.headers[f"x-relay-ratelimit-reset-{kind}"].endswith("s")


def test_two_relays_sharing_redis_enforce_one_rpm_limit(tmp_path, redis_url):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, RELAY_REDIS_URL=redis_url)
        first, second = Relay(env, workers=2), Relay(env)
        try:
            key = create_key(env, "ten", "--rpm", "10")
            before = len(fake.seen)
            answers = [_post((first if i % 2 else second).url, key) for i in range(30)]
            ok = [r for r in answers if r.status_code == 200]
            refused = [r for r in answers if r.status_code != 200]
            assert len(ok) == 10 and len(refused) == 20
            for r in refused:
                _assert_rate_limited(r, "requests")
                assert "10 requests per minute" in r.json()["error"]["message"]
            assert len(fake.seen) - before == 10  # nothing beyond the 10 reached upstream
            assert all(r.headers.get("x-relay-ratelimit-limit-requests") is None for r in ok)  # upstream's own only
        finally:
            first.stop()
            second.stop()


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_a_third_simultaneous_stream_is_refused_until_one_ends(tmp_path, backend, request):
    extra = {"RELAY_REDIS_URL": request.getfixturevalue("redis_url")} if backend == "redis" else {}
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **extra)
        relay = Relay(env)
        try:
            key = create_key(env, f"two-{backend}", "--max-concurrent", "2")
            auth = {"Authorization": f"Bearer {key}"}
            streams, readers = [], []
            with httpx.Client(base_url=relay.url, headers=auth, timeout=20) as one, \
                    httpx.Client(base_url=relay.url, headers=auth, timeout=20) as two:
                for client in (one, two):
                    stream = client.stream("POST", "/v1/responses", json={"model": MODEL, "stream": True,
                                                                        "endless": True})
                    response = stream.__enter__()
                    assert response.status_code == 200
                    readers.append(response.iter_raw())  # kept: a dropped iterator closes the response
                    next(readers[-1])
                    streams.append(stream)
                third = _post(relay.url, key)
                _assert_rate_limited(third, "concurrent")
                streams.pop().__exit__(None, None, None)  # one stream ends (the client hangs up)
                deadline = time.monotonic() + 3
                while _post(relay.url, key).status_code != 200:
                    assert time.monotonic() < deadline, "the lease was not released"
                    time.sleep(0.05)
                streams.pop().__exit__(None, None, None)
        finally:
            relay.stop()


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_a_spent_day_budget_refuses_the_next_call(tmp_path, backend, request):
    extra = {"RELAY_REDIS_URL": request.getfixturevalue("redis_url")} if backend == "redis" else {}
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **extra)
        relay = Relay(env)
        try:
            key = create_key(env, f"cheap-{backend}", "--budget-usd", "0.000001", "--budget-period", "day")
            assert _post(relay.url, key).status_code == 200  # this call crosses the budget: it completes
            deadline = time.monotonic() + 3
            while (r := _post(relay.url, key)).status_code == 200:
                assert time.monotonic() < deadline, "the budget never refused"
                time.sleep(0.05)
            assert r.status_code == 429
            error = r.json()["error"]
            assert error["code"] == "insufficient_quota" and error["type"] == "insufficient_quota"
            assert "budget of $0.00 per day" in error["message"] and "resets at" in error["message"]
            assert r.headers["x-should-retry"] == "false" and int(r.headers["retry-after"]) > 0
            assert r.headers["x-relay-ratelimit-limit-budget"] == "0.00"
            seen = len(fake.seen)
            assert _post(relay.url, key).status_code == 429 and len(fake.seen) == seen
            # the ledger recorded the crossing call with its cost (written within about half a second)
            deadline = time.monotonic() + 5
            while not (rows := json.loads(cli(env, "usage", "--by", "key", "--key", f"cheap-{backend}",
                                              "--json").stdout)):
                assert time.monotonic() < deadline, "the crossing call never reached the ledger"
                time.sleep(0.2)
            assert rows[0]["cost_usd"] > 0.000001
        finally:
            relay.stop()


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_a_hundred_cancelled_streams_leave_no_lease_behind(tmp_path, backend, request):
    extra = {"RELAY_REDIS_URL": request.getfixturevalue("redis_url")} if backend == "redis" else {}
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **extra)
        relay = Relay(env)
        try:
            key = create_key(env, f"many-{backend}", "--max-concurrent", "100")

            async def open_and_cancel(n: int) -> list[int]:
                async with httpx.AsyncClient(base_url=relay.url, timeout=20,
                                             limits=httpx.Limits(max_connections=n + 10),
                                             headers={"Authorization": f"Bearer {key}"}) as client:
                    async def one():
                        async with client.stream("POST", "/v1/responses", json={
                                "model": MODEL, "stream": True, "endless": True}) as r:
                            if r.status_code == 200:
                                await r.aiter_raw().__anext__()
                            return r.status_code  # leaving the block hangs up mid-stream

                    return await asyncio.gather(*[one() for _ in range(n)])

            assert asyncio.run(open_and_cancel(100)) == [200] * 100
            if backend == "redis":
                lease_key = "{rk:" + _key_id(env, f"many-{backend}") + "}:lease"
                deadline = time.monotonic() + 3
                while redis_command(extra["RELAY_REDIS_URL"], "ZCARD", lease_key) != b":0\r\n":
                    assert time.monotonic() < deadline, "leases left behind"
                    time.sleep(0.05)
            time.sleep(0.3)
            assert asyncio.run(open_and_cancel(100)) == [200] * 100  # every slot came back
        finally:
            relay.stop()


def test_a_killed_relays_leases_expire(tmp_path, redis_url):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, RELAY_REDIS_URL=redis_url, RELAY_LIMITS_LEASE_TTL="6")
        doomed, other = Relay(env), Relay(env)
        key = create_key(env, "solo", "--max-concurrent", "1")
        opened = threading.Event()

        def stream():
            try:
                with httpx.stream("POST", doomed.url + "/v1/responses", timeout=30, json={
                        "model": MODEL, "stream": True, "endless": True},
                        headers={"Authorization": f"Bearer {key}"}) as r:
                    chunks = r.iter_raw()
                    next(chunks)
                    opened.set()
                    for _ in chunks:
                        pass
            except httpx.HTTPError:
                pass

        threading.Thread(target=stream, daemon=True).start()
        assert opened.wait(10)
        os.kill(doomed.proc.pid, signal.SIGKILL)  # no chance to release anything
        killed = time.monotonic()
        doomed.proc.wait(10)
        try:
            assert _post(other.url, key).status_code == 429  # the dead relay's lease still counts
            while _post(other.url, key).status_code != 200:
                assert time.monotonic() - killed < 15, "the lease never expired"
                time.sleep(0.2)
            print(f"a killed relay's lease lapsed {time.monotonic() - killed:.1f} s after the kill (TTL 6 s)")
        finally:
            other.stop()


def test_redis_unreachable_follows_the_policy_and_never_500s(tmp_path):
    closed = f"redis://127.0.0.1:{free_port()}/0"
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, RELAY_REDIS_URL=closed)
        relay = Relay(env)
        try:
            rated = create_key(env, "rated", "--rpm", "100")
            budgeted = create_key(env, "budgeted", "--budget-usd", "10")
            free = create_key(env, "free")
            assert _post(relay.url, rated).status_code == 200  # rate limits fail open by default
            r = _post(relay.url, budgeted)
            assert r.status_code == 503 and r.json()["error"]["code"] == "limits_unavailable"  # budgets fail closed
            assert r.headers["retry-after"] == "1"
            assert _post(relay.url, free).status_code == 200  # no limits: Redis is never asked
        finally:
            log = relay.stop()
        assert "Redis at redis://127.0.0.1" in log and "Traceback" not in log
        env["RELAY_LIMITS_ON_REDIS_ERROR"] = "deny"
        relay = Relay(env)
        try:
            assert _post(relay.url, rated).status_code == 503
        finally:
            relay.stop()


def test_several_workers_without_redis_say_limits_are_per_worker(tmp_path):
    with fake_openai() as fake:
        relay = Relay(relay_env(tmp_path / "data", fake.url), workers=2)
        try:
            deadline = time.monotonic() + 5
            while not any("enforced per worker" in line for line in relay.log):
                assert time.monotonic() < deadline, "".join(relay.log)
                time.sleep(0.05)
        finally:
            relay.stop()
