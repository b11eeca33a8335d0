"""The memory limiter's semantics in-process (the real-process tests are tests/team/test_limits.py): tokens per
minute are checked before a call and charged after it from upstream's usage, per-model limits count only that
model, refusals name the limit with the headers, and windows and leases free up."""

from __future__ import annotations

import pytest

from runtime.call import Call
from runtime.config import load_settings
from runtime.keys.records import KeyRecord, Limits
from runtime.limits.memory import MemoryLimiter
from runtime.usage.records import Usage


@pytest.fixture
def limiter():
    return MemoryLimiter(load_settings(RELAY_KEYS="k", _env_file=None))


def _call(key: KeyRecord, model: str | None = None) -> Call:
    call = Call(b"req_1", "POST", b"/v1/responses", 0.0)
    call.key = key
    call.model = model
    return call


async def test_tokens_per_minute_are_charged_after_and_checked_before(limiter):
    key = KeyRecord(id="db:t", name="t", scopes=frozenset({"api"}), limits=Limits(tpm=30))
    for expected_ok in (True, True, False):  # 0 used, then 18, then 36 >= 30
        call = _call(key)
        error = await limiter.admit(call)
        if not expected_ok:
            assert error.status == 429 and error.code == "rate_limit_exceeded"
            assert "30 tokens per minute" in error.message
            headers = dict(error.response_headers())
            assert headers[b"x-relay-ratelimit-limit-tokens"] == b"30"
            assert headers[b"x-relay-ratelimit-remaining-tokens"] == b"0"
            assert int(headers[b"retry-after"]) >= 1
            return
        assert error is None
        call.usage = Usage(input=11, output=7)
        limiter.settle(call)
    raise AssertionError("never refused")


async def test_per_model_requests_count_only_that_model(limiter):
    key = KeyRecord(id="db:m", name="m", scopes=frozenset({"api"}), limits=Limits(model_rpm=(("gpt-x", 2),)))
    for _ in range(2):
        call = _call(key, "gpt-x")
        assert await limiter.admit(call) is None
        limiter.settle(call)
    refused = await limiter.admit(_call(key, "gpt-x"))
    assert refused.status == 429 and "for the model gpt-x" in refused.message
    for _ in range(5):  # other models are not limited
        call = _call(key, "gpt-y")
        assert await limiter.admit(call) is None
        limiter.settle(call)


async def test_leases_are_released_and_windows_expire(limiter, monkeypatch):
    import runtime.limits.memory as memory

    now = [1000.0]
    monkeypatch.setattr(memory.time, "monotonic", lambda: now[0])
    key = KeyRecord(id="db:c", name="c", scopes=frozenset({"api"}), limits=Limits(rpm=3, max_concurrent=1))
    first = _call(key)
    assert await limiter.admit(first) is None
    busy = await limiter.admit(_call(key))
    assert busy.status == 429 and "calls in flight" in busy.message
    limiter.settle(first)
    assert limiter.inflight("db:c") == 0
    for _ in range(2):
        call = _call(key)
        assert await limiter.admit(call) is None
        limiter.settle(call)
    assert (await limiter.admit(_call(key))).status == 429  # 3 requests this minute
    now[0] += 61
    assert await limiter.admit(_call(key)) is None  # the minute has passed
