"""Usage keys in the ledger (migration 0003), on SQLite and a real PostgreSQL: a background Response's usage, read
by several calls in one batch, in several batches, or by two stores (two relays) writing at once, is counted by
exactly one row; the other rows stay as calls without tokens or cost. A failed batch claims nothing."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import create_async_engine

from runtime.store import SCHEMA_HEAD, Store
from runtime.store.paths import async_url
from runtime.store.store import MIGRATIONS_DIR
from runtime.usage.records import UsageRow

BASE = datetime(2025, 3, 1, tzinfo=UTC).timestamp()


def _row(t: float, request_id: str, *, key: str | None = None, tokens=(100, 20, 50, 10), cost=0.25,
         key_id="key_a", key_name="alice", operation="getResponse") -> UsageRow:
    i, c, o, r = tokens if tokens is not None else (None, None, None, None)
    return UsageRow(time=t, request_id=request_id, key_id=key_id, key_name=key_name, operation=operation,
                    model="gpt-5", status=200, duration_ms=3.0, ttfb_ms=1.0, bytes_in=0, bytes_out=900,
                    input_tokens=i, cached_tokens=c, output_tokens=o, reasoning_tokens=r,
                    cost_usd=cost if tokens is not None else None, usage_key=key)


async def _events(store: Store) -> list[dict]:
    engine = create_async_engine(async_url(store.url))
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(sa.text("SELECT request_id, input_tokens, cost_usd, usage_key FROM "
                                               "usage_events ORDER BY time, request_id"))).mappings().all()
    finally:
        await engine.dispose()
    return [dict(r) for r in rows]


async def _total(store: Store) -> dict:
    [total] = await store.usage_report(group_by=[])
    return total


async def test_the_first_row_of_a_batch_counts_and_the_repeats_are_calls_without_tokens(store):
    rows = [_row(BASE + 1, "poll-1", key="response:resp_A"),
            _row(BASE + 2, "poll-2", key="response:resp_A"),
            _row(BASE + 3, "other", tokens=(7, 0, 3, 0), cost=0.5, operation="createResponse"),
            _row(BASE + 4, "poll-3", key="response:resp_A"),
            _row(BASE + 5, "running", key=None, tokens=None)]  # a poll of a job still running: no usage
    before = [dataclasses.replace(r) for r in rows]
    await store.write_usage(rows)
    assert rows == before  # the caller's rows are not changed (a failed write is retried with them)
    total = await _total(store)
    assert total["requests"] == 5 and total["unknown_usage"] == 3
    assert (total["input_tokens"], total["output_tokens"], total["cost_usd"]) == (107, 53, pytest.approx(0.75))
    events = await _events(store)
    assert [(e["request_id"], e["input_tokens"], e["usage_key"]) for e in events] == [
        ("poll-1", 100, "response:resp_A"), ("poll-2", None, "response:resp_A"), ("other", 7, None),
        ("poll-3", None, "response:resp_A"), ("running", None, None)]
    claim = await store.usage_claimed("response:resp_A")
    assert claim == {"usage_key": "response:resp_A", "request_id": "poll-1", "key_id": "key_a", "time": BASE + 1}
    assert await store.usage_claimed("response:resp_B") is None


async def test_a_later_batch_does_not_count_a_claimed_response_again(store):
    await store.write_usage([_row(BASE + 1, "p1", key="response:resp_A")])
    await store.write_usage([_row(BASE + 2, "p2", key="response:resp_A"), _row(BASE + 3, "p3", key="response:resp_B")])
    await store.write_usage([_row(BASE + 4, "p4", key="response:resp_B"), _row(BASE + 5, "p5", key="response:resp_A")])
    total = await _total(store)
    assert total["requests"] == 5 and total["input_tokens"] == 200 and total["cost_usd"] == pytest.approx(0.5)
    assert await store.spend(["key_a"], BASE) == {"key_a": pytest.approx(0.5)}


async def test_two_stores_writing_the_same_responses_at_once_count_each_once(store, second_store):
    """Two relays' ledgers flushing batches that read the same ten responses, in different orders."""
    keys = [f"response:resp_{n}" for n in range(10)]
    batches = []
    for writer in range(8):
        order = keys if writer % 2 else list(reversed(keys))
        batches.append([_row(BASE + writer + n / 100, f"w{writer}-{n}", key=k) for n, k in enumerate(order)])
    await asyncio.gather(*(s.write_usage(b) for s, b in zip([store, second_store] * 4, batches)))
    total = await _total(store)
    assert total["requests"] == 80 and total["unknown_usage"] == 70
    assert total["input_tokens"] == 10 * 100 and total["cost_usd"] == pytest.approx(10 * 0.25)
    counted = [e for e in await _events(store) if e["input_tokens"] is not None]
    assert sorted(e["usage_key"] for e in counted) == keys
    for event in counted:
        assert (await store.usage_claimed(event["usage_key"]))["request_id"] == event["request_id"]


async def test_a_batch_that_fails_claims_nothing(store):
    rows = [_row(BASE + 1, "p1", key="response:resp_A")]
    real = store._insert_usage

    async def broken(*args):
        raise sa.exc.OperationalError("INSERT", {}, Exception("disk I/O error"))

    store._insert_usage = broken
    with pytest.raises(Exception, match="cannot be used"):
        await store.write_usage(rows)
    store._insert_usage = real
    assert await store.usage_claimed("response:resp_A") is None
    await store.write_usage(rows)  # the ledger's retry: the same rows, now counted
    assert (await _total(store))["input_tokens"] == 100


async def test_old_claims_are_pruned(store):
    await store.write_usage([_row(BASE + 1, "p1", key="response:old"), _row(BASE + 100, "p2", key="response:new")])
    assert await store.prune_usage_claims(BASE + 50) == 1
    assert await store.usage_claimed("response:old") is None
    assert (await store.usage_claimed("response:new"))["request_id"] == "p2"


def _migrate_to(sync_conn, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = sync_conn
    command.upgrade(config, revision)


async def test_upgrading_a_0002_ledger_keeps_its_rows(store_url):
    assert SCHEMA_HEAD == "0003"
    async with Store(store_url) as empty:  # makes the SQLite folder
        assert await empty.schema_revision() is None
    engine = create_async_engine(async_url(store_url))
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_migrate_to, "0002")
            await conn.execute(sa.text(
                "INSERT INTO usage_events (time, request_id, key_id, key_name, operation, model, status, "
                "duration_ms, ttfb_ms, bytes_in, bytes_out, input_tokens, cached_tokens, output_tokens, "
                "reasoning_tokens, cost_usd) VALUES (1.0, 'old', 'key_a', 'alice', 'createResponse', 'gpt-5', "
                "200, 1.0, 1.0, 0, 0, 5, 0, 5, 0, 0.1)"))
    finally:
        await engine.dispose()
    async with Store(store_url) as store:
        assert await store.upgrade() == "0002"
        assert await store.schema_revision() == "0003"
        assert await _events(store) == [{"request_id": "old", "input_tokens": 5, "cost_usd": 0.1, "usage_key": None}]
        await store.write_usage([_row(BASE, "new", key="response:resp_A")])
        assert (await store.usage_claimed("response:resp_A"))["request_id"] == "new"
