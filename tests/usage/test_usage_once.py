"""The team layer's first line against counting a background Response twice: `Recent` (bounded), `Team.finish`
turning a worker's repeat into a call without usage (no price, no tpm or budget charge, a ledger row without
tokens that keeps the usage key), and the ledger writer pruning old claims."""

from __future__ import annotations

import time

from runtime.call import Call
from runtime.config import load_settings
from runtime.keys.records import KeyRecord, Limits
from runtime.store import Store
from runtime.team import Team
from runtime.usage.ledger import Ledger
from runtime.usage.once import Recent
from runtime.usage.records import CLAIM_SECONDS, Usage, UsageRow


def test_recent_remembers_a_bounded_number_of_keys():
    recent = Recent(size=3)
    assert [recent.first(k) for k in ("a", "b", "a", "c", "d")] == [True, True, False, True, True]
    assert len(recent) == 3
    assert recent.first("a") is False  # used lately: kept
    assert recent.first("b") is True  # the oldest went first


class _Rows:
    def __init__(self):
        self.calls = []

    def record(self, call, repeated=None):
        self.calls.append((call.usage, call.cost_usd, repeated))


def _call(key: KeyRecord, usage: Usage | None) -> Call:
    call = Call(b"req_1", "GET", b"/v1/responses/resp_1", time.perf_counter())
    call.key, call.usage, call.status = key, usage, 200
    return call


async def test_a_workers_repeat_is_counted_once_by_price_limits_and_ledger():
    team = Team(load_settings(_env_file=None, RELAY_KEYS="rk-once-test"))
    team.ledger = rows = _Rows()
    key = KeyRecord(id="key_x", name="x", scopes=frozenset({"api"}), limits=Limits(tpm=10_000, budget_usd=5.0))
    limiter = team.limiter
    done = Usage(1500, 200, 45, 12, "gpt-4o-mini", response_id="resp_1")
    for _ in range(3):  # three polls that show the finished response
        call = _call(key, Usage(**{f: getattr(done, f) for f in done.__dataclass_fields__}))
        assert await limiter.admit(call) is None
        team.finish(call)
    other = _call(key, Usage(18, 0, 7, 0, "gpt-4o-mini"))  # a plain call: counted as always
    assert await limiter.admit(other) is None
    team.finish(other)

    first, *repeats, plain = rows.calls
    assert first[0].input == 1500 and first[1] > 0 and first[2] is None
    assert repeats == [(None, None, "response:resp_1")] * 2
    assert plain[0].input == 18 and plain[2] is None
    assert limiter._tokens["key_x"].total == 1545 + 25  # tpm charged once for the response
    assert limiter.spent("key_x", "month") == first[1] + plain[1]


async def test_the_ledger_row_keeps_the_key_of_a_repeat_and_the_writer_prunes_old_claims(tmp_path):
    async with Store(f"sqlite:///{tmp_path}/relay.db") as store:
        await store.upgrade()
        ledger = Ledger(store)
        key = KeyRecord(id="key_x", name="x", scopes=frozenset({"api"}))
        call = _call(key, None)
        ledger.record(call, "response:resp_1")
        (row,) = ledger._rows
        assert (row.usage_key, row.input_tokens, row.cost_usd) == ("response:resp_1", None, None)
        await ledger.flush()

        old = time.time() - CLAIM_SECONDS - 60
        await store.write_usage([UsageRow(time=old, request_id="r-old", key_id="key_x", key_name="x",
                                          operation="getResponse", model="m", status=200, duration_ms=1.0,
                                          ttfb_ms=1.0, bytes_in=0, bytes_out=1, input_tokens=1, cached_tokens=0,
                                          output_tokens=1, reasoning_tokens=0, cost_usd=0.0,
                                          usage_key="response:old")])
        assert await store.usage_claimed("response:old") is not None
        await ledger._prune()
        assert await store.usage_claimed("response:old") is None
