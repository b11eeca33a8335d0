"""What every limiter shares: refusals (429s in OpenAI's envelope with `x-relay-ratelimit-*` headers), budget
periods, and the on-error policy."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..errors import RelayError

__all__ = ["Limiter", "Refusal", "period_start", "reset_of_period"]

log = logging.getLogger("relay")

WINDOW = 60.0  # seconds: requests and tokens are counted per minute, over a moving window


def period_start(period: str, now: datetime | None = None) -> datetime:
    """The start (UTC) of the budget period `day` or `month` that holds `now`."""
    now = now or datetime.now(UTC)
    if period == "day":
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def reset_of_period(period: str, now: datetime | None = None) -> datetime:
    """When the budget period holding `now` ends (UTC)."""
    start = period_start(period, now)
    if period == "day":
        return start + timedelta(days=1)
    return (start + timedelta(days=32)).replace(day=1)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a call is refused: which limit, its size, what remains, and seconds until it allows more."""

    kind: str  # "requests" | "tokens" | "concurrent" | "budget"
    limit: float
    remaining: float
    reset: float  # seconds
    model: str | None = None  # set for a per-model limit
    period: str | None = None  # budgets: "day" | "month"

    def error(self) -> RelayError:
        wait = max(1, int(self.reset + 0.999))
        scope = f" for the model {self.model}" if self.model else ""
        if self.kind == "budget":
            until = datetime.now(UTC) + timedelta(seconds=self.reset)
            message = (f"This relay key has used its budget of ${self.limit:.2f} per {self.period}; it resets at "
                       f"{until:%Y-%m-%d %H:%M} UTC (in {_duration(self.reset)}).")
            code, name, shown = "insufficient_quota", "budget", f"{self.limit:.2f}"
        elif self.kind == "concurrent":
            message = (f"This relay key already has {int(self.limit)} calls in flight, its limit; try again when one "
                       "ends.")
            code, name, shown = "rate_limit_exceeded", "concurrent", str(int(self.limit))
        else:
            unit = "requests" if self.kind == "requests" else "tokens"
            message = (f"Rate limit reached for this relay key{scope}: {int(self.limit)} {unit} per minute. "
                       f"Try again in {_duration(self.reset)}.")
            code, name, shown = "rate_limit_exceeded", self.kind, str(int(self.limit))
        remaining = f"{max(0.0, self.remaining):.2f}" if self.kind == "budget" else str(max(0, int(self.remaining)))
        headers = [(f"x-relay-ratelimit-limit-{name}".encode(), shown.encode()),
                   (f"x-relay-ratelimit-remaining-{name}".encode(), remaining.encode()),
                   (f"x-relay-ratelimit-reset-{name}".encode(), f"{wait}s".encode())]
        # a spent budget does not come back within an SDK's retries: say so (rate limits do, within seconds)
        return RelayError(429, message, code=code, retry=self.kind != "budget", retry_after=wait, headers=headers,
                          type="insufficient_quota" if self.kind == "budget" else "requests")


def _duration(seconds: float) -> str:
    seconds = max(1, int(seconds + 0.999))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60} min" if hours < 48 else f"{hours // 24} days"


class Limiter:
    """The interface: `await admit(call)` -> RelayError | None, `settle(call)`, `start()`, `stop()`."""

    backend = "none"

    def __init__(self, settings, store=None):
        self.store = store
        self.on_error = settings.relay_limits_on_redis_error  # None: deny budgets, allow rate limits
        self.errors = 0  # backend failures (Redis unreachable), for metrics

    async def start(self, keys=None) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def admit(self, call) -> RelayError | None:
        return None

    def settle(self, call) -> None:
        pass

    def failing_open(self, key) -> bool:
        """When the backend cannot answer: allow the call (True) or refuse it (False)?"""
        if self.on_error == "allow":
            return True
        if self.on_error == "deny":
            return False
        return key.limits.budget_usd is None  # default: budgets fail closed, rate limits fail open


UNAVAILABLE = RelayError(503, "The relay cannot check this key's limits right now (its limits store is "
                              "unreachable); retry shortly.", code="limits_unavailable", retry=True, retry_after=1)
