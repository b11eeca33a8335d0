"""The Store on SQLite and a real PostgreSQL: keys, the version marker seen by a second store (a second relay),
rotation grace, expiry, usage upserts across batches and days, reports and spend."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from services import free_port
from sqlalchemy.ext.asyncio import create_async_engine

from runtime.keys.records import Limits, hash_key
from runtime.store import DuplicateKey, InvalidValue, KeyNotFound, Store, StoreError, StoreUnavailable
from runtime.store.paths import async_url
from runtime.usage.records import UsageRow

SECRET = b"test-secret-0123456789abcdef"  # the store fixture's (conftest.py)
DAY = 86400
BASE = datetime(2025, 3, 1, tzinfo=UTC).timestamp()  # a Saturday, 00:00 UTC


async def test_create_key_returns_the_raw_key_once_and_keeps_only_its_hash(store):
    record, raw = await store.create_key("alice", scopes=["api", "manage"], models=["gpt-5"], owner="Alice")
    assert raw.startswith("rk-") and len(raw) == 46
    assert record.digests == ((hash_key(SECRET, raw), None),)
    assert record.prefix == raw[:11]
    assert record.id.startswith("key_") and record.source == "db"
    assert record.scopes == {"api", "manage"} and record.models == {"gpt-5"} and record.owner == "Alice"
    assert record.created_at == pytest.approx(time.time(), abs=5)
    assert record.active(time.time())
    assert await store.get_key("alice") == record
    assert await store.load_keys() == [record]
    assert await store.get_key("nobody") is None


async def test_every_key_change_bumps_the_version_a_second_store_sees(store, second_store):
    start = await second_store.keys_version()
    await store.create_key("bob")
    assert await second_store.keys_version() == start + 1
    await store.update_key("bob", rpm=10)
    assert await second_store.keys_version() == start + 2
    assert (await second_store.get_key("bob")).limits.rpm == 10
    await store.rotate_key("bob", grace_seconds=60)
    assert await second_store.keys_version() == start + 3
    await store.revoke_key("bob")
    assert await second_store.keys_version() == start + 4
    [seen] = await second_store.load_keys()
    assert seen.revoked_at is not None and not seen.active(time.time())

    # no change, no bump: revoking twice, an empty update, and the ledger's last_used_at
    await store.revoke_key("bob")
    await store.update_key("bob")
    await store.write_usage([_row(time.time(), seen.id, "bob")])
    assert await second_store.keys_version() == start + 4
    assert (await second_store.get_key("bob")).last_used_at is not None


async def test_names_stay_unique_even_after_revocation(store):
    await store.create_key("carol")
    with pytest.raises(DuplicateKey, match="'carol' already exists"):
        await store.create_key("carol")
    await store.revoke_key("carol")
    with pytest.raises(DuplicateKey):
        await store.create_key("carol")


async def test_two_stores_creating_the_same_name_at_once_yield_one_key(store, second_store):
    results = await asyncio.gather(store.create_key("race"), second_store.create_key("race"), return_exceptions=True)
    assert sum(isinstance(r, DuplicateKey) for r in results) == 1
    assert [r.name for r in await store.load_keys()] == ["race"]


@pytest.mark.parametrize(("kwargs", "param"), [
    ({"name": "bad name"}, "name"),
    ({"name": ""}, "name"),
    ({"name": "x" * 65}, "name"),
    ({"name": "ok", "scopes": ["api", "root"]}, "scopes"),
    ({"name": "ok", "scopes": []}, "scopes"),
    ({"name": "ok", "models": ["gpt 5"]}, "models"),
    ({"name": "ok", "owner": "two\nlines"}, "owner"),
    ({"name": "ok", "expires_at": time.time() - 10}, "expires_at"),
    ({"name": "ok", "limits": Limits(rpm=0)}, "rpm"),
    ({"name": "ok", "limits": Limits(tpm=1.5)}, "tpm"),
    ({"name": "ok", "limits": Limits(budget_usd=-1)}, "budget_usd"),
    ({"name": "ok", "limits": Limits(budget_period="week")}, "budget_period"),
    ({"name": "ok", "limits": Limits(model_rpm=(("gpt-5", 0),))}, "model_rpm"),
])
async def test_bad_values_are_refused_naming_the_field(store, kwargs, param):
    kwargs = dict(kwargs)
    name = kwargs.pop("name")
    with pytest.raises(InvalidValue) as caught:
        await store.create_key(name, **kwargs)
    assert caught.value.param == param
    assert await store.load_keys() == []


async def test_update_changes_only_the_fields_given(store):
    await store.create_key("dave", limits=Limits(rpm=60, tpm=1000, budget_usd=5, budget_period="day",
                                                 model_rpm=(("gpt-5", 10),)))
    record = await store.update_key("dave", rpm=None, model_tpm={"gpt-5": 500}, owner="Dave", models=["gpt-5"])
    assert record.limits == Limits(rpm=None, tpm=1000, budget_usd=5.0, budget_period="day",
                                   model_rpm=(("gpt-5", 10),), model_tpm=(("gpt-5", 500),))
    assert record.owner == "Dave" and record.models == {"gpt-5"} and record.scopes == {"api"}
    record = await store.update_key("dave", limits=Limits(max_concurrent=2))
    assert record.limits == Limits(max_concurrent=2)
    with pytest.raises(InvalidValue) as caught:
        await store.update_key("dave", max_concurrent=-1)
    assert caught.value.param == "max_concurrent"
    assert (await store.get_key("dave")).limits == Limits(max_concurrent=2)
    with pytest.raises(KeyNotFound, match="no key named 'nobody'"):
        await store.update_key("nobody", rpm=1)


async def test_rotation_keeps_the_previous_key_for_the_grace_period_only(store):
    first, raw1 = await store.create_key("erin")
    before = time.time()
    rotated, raw2 = await store.rotate_key("erin", grace_seconds=60)
    assert raw2 != raw1 and rotated.prefix == raw2[:11] and rotated.id == first.id
    (new, new_until), (old, old_until) = rotated.digests
    assert new == hash_key(SECRET, raw2) and new_until is None
    assert old == hash_key(SECRET, raw1) and before + 60 <= old_until <= time.time() + 60

    again, raw3 = await store.rotate_key("erin", grace_seconds=0)  # no grace: only the newest key works
    assert again.digests == ((hash_key(SECRET, raw3), None),)

    third, raw4 = await store.rotate_key("erin", grace_seconds=30)
    assert [d for d, _ in third.digests] == [hash_key(SECRET, raw4), hash_key(SECRET, raw3)]

    with pytest.raises(InvalidValue):
        await store.rotate_key("erin", grace_seconds=-1)
    await store.revoke_key("erin")
    with pytest.raises(InvalidValue, match="revoked"):
        await store.rotate_key("erin")
    with pytest.raises(KeyNotFound):
        await store.rotate_key("nobody")


async def test_expiry_is_kept_and_can_be_moved(store):
    now = time.time()
    record, _ = await store.create_key("frank", expires_at=now + 3600)
    assert record.expires_at == pytest.approx(now + 3600)
    assert record.active(now) and not record.active(now + 3601)
    record = await store.update_key("frank", expires_at=now - 1)  # expire it now
    assert not record.active(time.time())
    record = await store.update_key("frank", expires_at=None)
    assert record.expires_at is None and record.active(time.time() + 10 * 365 * DAY)


async def test_revoke_keeps_the_first_revocation_time(store):
    await store.create_key("gina")
    first = await store.revoke_key("gina")
    time.sleep(0.01)
    again = await store.revoke_key("gina")
    assert again.revoked_at == first.revoked_at
    with pytest.raises(KeyNotFound):
        await store.revoke_key("nobody")


async def test_a_store_without_the_secret_reads_but_cannot_create(store_url, store):
    reader = Store(store_url)
    async with reader:
        await store.create_key("hal")
        assert [r.name for r in await reader.load_keys()] == ["hal"]
        with pytest.raises(StoreError, match="without the key secret"):
            await reader.create_key("ivy")
        with pytest.raises(StoreError, match="without the key secret"):
            await reader.rotate_key("hal")


# -- ledger --------------------------------------------------------------------------------------------


def _row(t, key_id, key_name, *, model="gpt-5", operation="createResponse", status=200, tokens=(100, 20, 50, 10),
         cost=0.001, request_id=None):
    i, c, o, r = tokens if tokens is not None else (None, None, None, None)
    return UsageRow(time=t, request_id=request_id or f"req_{t}", key_id=key_id, key_name=key_name,
                    operation=operation, model=model, status=status, duration_ms=12.5, ttfb_ms=3.0, bytes_in=100,
                    bytes_out=2000, input_tokens=i, cached_tokens=c, output_tokens=o, reasoning_tokens=r,
                    cost_usd=cost if tokens is not None else None)


def _mixed_rows(n=300):
    """Calls over three UTC days, two keys (one static), three models (one None), errors, unknown usage."""
    rows = []
    for i in range(n):
        key = ("key_a", "alice") if i % 3 else ("env:ops", "ops")
        model = ("gpt-5", "gpt-4o", None)[i % 3 if i % 7 else 2]
        unknown = i % 11 == 0
        rows.append(_row(BASE + (i % 3) * DAY + i * 7.0, *key, model=model,
                         operation="createResponse" if i % 2 else "createEmbedding",
                         status=(200, 200, 429, 0)[i % 4], tokens=None if unknown else (i, i // 4, 2 * i, i // 8),
                         cost=i * 1e-5, request_id=f"req_{i}"))
    return rows


def _expected(rows, groups):
    out = defaultdict(lambda: defaultdict(float))
    for row in rows:
        day = datetime.fromtimestamp(row.time, UTC).date().isoformat()
        values = {"key": (row.key_name, row.key_id), "model": (row.model,), "day": (day,),
                  "operation": (row.operation,)}
        group = tuple(v for g in groups for v in values[g])
        sums = out[group]
        sums["requests"] += 1
        sums["errors"] += row.status == 0 or row.status >= 400
        sums["unknown_usage"] += row.input_tokens is None
        for f in ("input_tokens", "cached_tokens", "output_tokens", "reasoning_tokens"):
            sums[f] += getattr(row, f) or 0
        sums["cost_usd"] += row.cost_usd or 0.0
    return out


def _as_group(report_row, groups):
    values = {"key": (report_row.get("key"), report_row.get("key_id")), "model": (report_row.get("model"),),
              "day": (report_row.get("day"),), "operation": (report_row.get("operation"),)}
    return tuple(v for g in groups for v in values[g])


@pytest.mark.parametrize("groups", [[], ["key"], ["model"], ["day"], ["operation"], ["key", "model", "day"],
                                    ["day", "operation", "model", "key"]])
async def test_usage_report_equals_the_rows_written_in_overlapping_batches(store, groups):
    rows = _mixed_rows()
    for start in range(0, len(rows), 70):  # the same (day, key, model, operation) groups recur across batches
        await store.write_usage(rows[start:start + 70])
    report = await store.usage_report(group_by=groups)
    expected = _expected(rows, groups)
    assert len(report) == len(expected)
    for line in report:
        sums = expected[_as_group(line, groups)]
        for field in ("requests", "errors", "unknown_usage", "input_tokens", "cached_tokens", "output_tokens",
                      "reasoning_tokens"):
            assert line[field] == sums[field], (line, field)
            assert isinstance(line[field], int)
        assert line["cost_usd"] == pytest.approx(sums["cost_usd"], abs=1e-9)
    order = [tuple("" if v is None else v for v in _as_group(r, groups)) for r in report]
    assert order == sorted(order)
    assert await _count(store.url, "usage_events") == len(rows)


async def test_events_keep_every_field_of_the_row(store):
    row = _row(BASE + 5, "key_a", "alice", tokens=None, model=None, status=0)
    await store.write_usage([row])
    engine = create_async_engine(async_url(store.url))
    try:
        async with engine.connect() as conn:
            stored = (await conn.execute(sa.text("SELECT * FROM usage_events"))).mappings().one()
    finally:
        await engine.dispose()
    for field in UsageRow.__slots__:
        assert stored[field] == getattr(row, field), field


async def test_report_filters_are_inclusive_utc_days(store):
    rows = _mixed_rows(90)
    await store.write_usage(rows)
    day1 = date(2025, 3, 1)
    only_second = await store.usage_report(group_by=["day"], since=day1 + timedelta(days=1),
                                           until=day1 + timedelta(days=1))
    assert [r["day"] for r in only_second] == ["2025-03-02"]
    assert only_second[0]["requests"] == sum(1 for r in rows if BASE + DAY <= r.time < BASE + 2 * DAY)

    alice = await store.usage_report(group_by=["model"], key="alice")
    assert sum(r["requests"] for r in alice) == sum(1 for r in rows if r.key_name == "alice")
    unnamed = await store.usage_report(group_by=["key"], model="gpt-4o")
    assert sum(r["requests"] for r in unnamed) == sum(1 for r in rows if r.model == "gpt-4o")
    assert await store.usage_report(group_by=["key"], since=date(2030, 1, 1)) == []
    assert await store.usage_report(group_by=[], key="nobody") == []
    with pytest.raises(InvalidValue) as caught:
        await store.usage_report(group_by=["weekday"])
    assert caught.value.param == "group_by"


async def test_last_used_at_is_the_latest_call_and_never_moves_back(store):
    record, _ = await store.create_key("jack")
    await store.write_usage([_row(BASE + 10, record.id, "jack"), _row(BASE + 30, record.id, "jack"),
                             _row(BASE + 20, record.id, "jack")])
    assert (await store.get_key("jack")).last_used_at == BASE + 30
    await store.write_usage([_row(BASE + 5, record.id, "jack")])  # a late batch of older calls
    assert (await store.get_key("jack")).last_used_at == BASE + 30
    await store.write_usage([_row(BASE + 40, record.id, "jack"), _row(BASE + 50, "env:ops", "ops")])
    assert (await store.get_key("jack")).last_used_at == BASE + 40


async def test_spend_sums_cost_from_the_day_of_since(store):
    rows = [_row(BASE + d * DAY + 100, "key_a", "alice", cost=1.25) for d in range(4)]
    rows += [_row(BASE + d * DAY + 200, "key_b", "bob", cost=0.5) for d in range(4)]
    rows += [_row(BASE + 3 * DAY, "key_a", "alice", tokens=None)]  # unknown usage: no cost
    await store.write_usage(rows)
    since = datetime.fromtimestamp(BASE + 2 * DAY + 3600, UTC)  # mid-day: the whole day counts
    assert await store.spend(["key_a", "key_b", "key_c"], since) == {"key_a": 2.5, "key_b": 1.0, "key_c": 0.0}
    assert await store.spend(["key_a"], BASE) == {"key_a": 5.0}
    assert await store.spend([], BASE) == {}


async def test_two_stores_writing_at_once_lose_nothing(store, second_store):
    batches = [[_row(BASE + i * 10 + j, "key_a", "alice", request_id=f"r{i}-{j}") for j in range(50)]
               for i in range(10)]
    await asyncio.gather(*(s.write_usage(b) for s, b in zip([store, second_store] * 5, batches)))
    [total] = await store.usage_report(group_by=[])
    assert total["requests"] == 500 and total["input_tokens"] == 500 * 100


async def test_a_database_that_cannot_be_reached_is_one_sentence_without_the_password(tmp_path):
    url = f"postgresql://relay:hunter2secret@127.0.0.1:{free_port()}/relay"
    async with Store(url) as store:
        with pytest.raises(StoreUnavailable) as caught:
            await store.ping()
    message = str(caught.value)
    assert "hunter2secret" not in message and "relay:***@127.0.0.1" in message
    assert message.startswith("The database at ") and message.endswith(".") and "\n" not in message

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(StoreUnavailable, match="cannot be created"):
        await Store(f"sqlite:///{blocked}/relay.db").open()


async def _count(url, table):
    engine = create_async_engine(async_url(url))
    try:
        async with engine.connect() as conn:
            return await conn.scalar(sa.text(f"SELECT count(*) FROM {table}"))
    finally:
        await engine.dispose()


async def test_reports_and_spend_read_only_the_daily_aggregates(store):
    rows = _mixed_rows(120)
    await store.write_usage(rows)
    report, spent = await store.usage_report(group_by=["key", "day"]), await store.spend(["key_a"], BASE)
    engine = create_async_engine(async_url(store.url))
    try:
        async with engine.begin() as conn:
            await conn.execute(sa.text("DELETE FROM usage_events"))
    finally:
        await engine.dispose()
    assert await store.usage_report(group_by=["key", "day"]) == report
    assert await store.spend(["key_a"], BASE) == spent and spent["key_a"] > 0
