"""The admin console's session rows (migration 0002) on SQLite and a real PostgreSQL: stored, read back with
the key as it is now, touched, ended one by one or all of a key's, expired ones dropped; recent requests."""

from __future__ import annotations

import time

from runtime.keys.records import hash_key
from runtime.usage.records import UsageRow

SECRET = b"test-secret-0123456789abcdef"  # the store fixture's (conftest.py)


def _session(sid: str, key_id: str, now: float, **changes) -> dict:
    values = {"id": sid, "key_id": key_id, "key_digest": b"d" * 32, "csrf_token": "csrf-" + sid,
              "created_at": now, "expires_at": now + 3600, "idle_before": now - 600}
    return values | changes


async def test_a_session_is_read_back_with_its_key_as_it_is_now(store, second_store):
    record, raw = await store.create_key("admin", scopes=["manage"])
    now = time.time()
    await store.add_session(**_session("s1", record.id, now, key_digest=hash_key(SECRET, raw)))
    row, key = await second_store.get_session("s1")  # another relay sees it
    assert row["key_id"] == record.id and row["csrf_token"] == "csrf-s1"
    assert row["key_digest"] == hash_key(SECRET, raw) and row["last_seen_at"] == row["created_at"] == now
    assert row["expires_at"] == now + 3600 and key.name == "admin" and key.revoked_at is None
    await store.revoke_key("admin")
    _, key = await second_store.get_session("s1")
    assert key.revoked_at is not None  # read from the database, not a cache
    assert await store.get_session("nope") is None


async def test_static_key_sessions_carry_no_database_key(store):
    await store.add_session(**_session("s2", "env:env-1", time.time()))
    row, key = await store.get_session("s2")
    assert row["key_id"] == "env:env-1" and key is None


async def test_touch_end_and_end_all_of_a_key(store):
    now = time.time()
    for sid, key_id in (("a", "key_1"), ("b", "key_1"), ("c", "key_2")):
        await store.add_session(**_session(sid, key_id, now))
    await store.touch_session("a", now + 90)
    assert (await store.get_session("a"))[0]["last_seen_at"] == now + 90
    await store.end_session("c")
    assert await store.get_session("c") is None
    assert await store.end_sessions("key_1") == 2
    assert await store.get_session("a") is None and await store.get_session("b") is None


async def test_adding_a_session_drops_the_expired_and_idle_ones(store):
    now = time.time()
    await store.add_session(**_session("old", "key_1", now - 7200, expires_at=now - 1))
    await store.add_session(**_session("idle", "key_1", now - 1000, expires_at=now + 3600, idle_before=now - 2000))
    await store.add_session(**_session("live", "key_1", now - 10))
    await store.add_session(**_session("new", "key_1", now, idle_before=now - 600))
    assert await store.get_session("old") is None and await store.get_session("idle") is None
    assert await store.get_session("live") is not None and await store.get_session("new") is not None


async def test_recent_requests_counts_calls_per_key_since_a_time(store):
    now = time.time()
    rows = [UsageRow(time=t, request_id=f"r{i}", key_id="key_1", key_name=name, operation="createResponse",
                     model=None, status=200, duration_ms=1.0, ttfb_ms=None, bytes_in=0, bytes_out=0)
            for i, (t, name) in enumerate([(now - 5, "a"), (now - 30, "a"), (now - 59, "b"), (now - 61, "b"),
                                           (now - 3600, "c")])]
    await store.write_usage(rows)
    assert await store.recent_requests(now - 60) == {"a": 2, "b": 1}
