"""Per-key limits and budgets (issue 13): requests and tokens per minute, calls in flight, USD per day or month.

`Limiter.admit(call)` runs just before a call goes upstream (after the body was checked, so per-model limits
know the model) and either refuses it — a 429 in OpenAI's envelope, nothing sent upstream — or lets it through
holding a lease; `Limiter.settle(call)` runs once when the call ends, for any reason (client gone, upstream
reset, timeout): it releases the lease and charges the tokens and cost upstream reported (two-phase: checked
before, charged after). Keys without limits cost nothing here.

Two backends with the same semantics: `memory` (one process; the default) and `redis` (`RELAY_REDIS_URL`:
every worker and relay instance shares counters and leases, one round trip per admitted call).
Budgets are soft caps: the call that crosses a budget completes, the next is refused; calls already in flight
when it was crossed complete too, so the overshoot is bounded by the key's concurrency limit.
"""

from __future__ import annotations

from .base import Limiter, Refusal, period_start, reset_of_period

__all__ = ["Limiter", "Refusal", "build_limiter", "period_start", "reset_of_period"]


def build_limiter(settings, store=None, *, workers: int = 1) -> Limiter:
    """The limiter the settings ask for: Redis when RELAY_REDIS_URL is set, else memory."""
    if settings.relay_redis_url:
        from .redis import RedisLimiter

        return RedisLimiter(settings, store)
    from .memory import MemoryLimiter

    return MemoryLimiter(settings, store)
