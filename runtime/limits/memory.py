"""In-process limits (one worker): moving one-minute windows of request times and token charges, an in-flight
counter per key, and budget spend read from the ledger's daily aggregates.

Budgets need the spend of every worker and relay, which the database has: the spend of keys with a budget is
re-read every `refresh` seconds (5), and what this worker settled since (not yet written by the ledger, or
written after the read) is added on top — so the worker that records the crossing call refuses the next at
once, other workers and relays sharing the database within `refresh` seconds (with Redis: at once).

A background Response's usage, which several polls may show, reaches `settle` once per worker: `Team.finish`
drops this worker's repeats first (runtime/usage/once.py), and the ledger the budget re-reads counts it once
across workers and relays.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from datetime import UTC, datetime

from .base import WINDOW, Limiter, Refusal, period_start, reset_of_period

__all__ = ["MemoryLimiter"]

log = logging.getLogger("relay")


class _Window:
    """Amounts in the last minute, in one-second buckets ([second, amount]) with their running sum: at most
    61 buckets whatever the rate (one entry per call would keep a minute of calls alive: 360,000 objects at
    6,000 calls/s, and the garbage collector walking them). A bucket leaves the window when its second is a
    full minute old, so a limit is exact to within a second."""

    __slots__ = ("buckets", "total")

    def __init__(self):
        self.buckets: deque[list] = deque()
        self.total = 0

    def trim(self, now: float) -> None:
        buckets = self.buckets
        edge = now - WINDOW
        while buckets and buckets[0][0] <= edge:
            self.total -= buckets.popleft()[1]

    def add(self, now: float, amount: int) -> None:
        second = int(now)
        buckets = self.buckets
        if buckets and buckets[-1][0] == second:
            buckets[-1][1] += amount
        else:
            buckets.append([second, amount])
        self.total += amount

    def reset(self, now: float) -> float:
        return self.buckets[0][0] + WINDOW - now if self.buckets else 0.0


class MemoryLimiter(Limiter):
    backend = "memory"

    def __init__(self, settings, store=None, *, refresh: float = 5.0):
        super().__init__(settings, store)
        self._requests: dict[str, _Window] = {}
        self._tokens: dict[str, _Window] = {}
        self._inflight: dict[str, int] = {}
        self._spend_db: dict[str, float] = {}  # key id -> spend this period, as the database said
        self._spend_local: deque[tuple[float, float, str, float]] = deque()  # (time, wall time, key id, cost)
        self._local_sum: dict[str, float] = {}  # key id -> the costs in _spend_local
        self._periods: dict[str, tuple[float, float]] = {}  # period -> (start, next start), unix seconds
        self._refresh = refresh
        self._refreshed_at = 0.0
        self._keys = None
        self._task: asyncio.Task | None = None

    async def start(self, keys=None) -> None:
        """`keys()` lists the current keys (the KeyRing's); those with a budget get their spend read."""
        self._keys = keys
        if self.store is not None and keys is not None:
            await self._read_spend()
            self._task = asyncio.get_running_loop().create_task(self._watch_spend())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def admit(self, call):
        key = call.key
        limits = key.limits
        kid = key.id
        now = time.monotonic()
        refusal = None
        model = call.model
        if limits.rpm:
            refusal = self._over(self._requests, kid, limits.rpm, now, "requests")
        if refusal is None and model and limits.model_rpm:
            cap = dict(limits.model_rpm).get(model)
            if cap:
                refusal = self._over(self._requests, f"{kid}\0{model}", cap, now, "requests", model)
        if refusal is None and limits.tpm:
            refusal = self._over(self._tokens, kid, limits.tpm, now, "tokens")
        if refusal is None and model and limits.model_tpm:
            cap = dict(limits.model_tpm).get(model)
            if cap:
                refusal = self._over(self._tokens, f"{kid}\0{model}", cap, now, "tokens", model)
        if refusal is None and limits.max_concurrent and self._inflight.get(kid, 0) >= limits.max_concurrent:
            refusal = Refusal("concurrent", limits.max_concurrent, 0, 1.0)
        if refusal is None and limits.budget_usd is not None:
            spent = self.spent(kid, limits.budget_period)
            if spent >= limits.budget_usd:
                now_utc = datetime.now(UTC)
                reset = (reset_of_period(limits.budget_period, now_utc) - now_utc).total_seconds()
                refusal = Refusal("budget", limits.budget_usd, limits.budget_usd - spent, reset,
                                  period=limits.budget_period)
        if refusal is not None:
            return refusal.error()
        if limits.rpm:  # take: one request in every window the call counts against
            self._requests[kid].add(now, 1)
        if model and limits.model_rpm and dict(limits.model_rpm).get(model):
            self._requests[f"{kid}\0{model}"].add(now, 1)
        self._inflight[kid] = self._inflight.get(kid, 0) + 1
        call.lease = kid
        return None

    def _over(self, windows: dict, name: str, cap: int, now: float, kind: str, model: str | None = None):
        window = windows.get(name)
        if window is None:
            window = windows[name] = _Window()
        window.trim(now)
        if window.total >= cap:
            return Refusal(kind, cap, cap - window.total, window.reset(now), model)
        return None

    def settle(self, call) -> None:
        if call.lease is None:
            return
        kid = call.lease
        call.lease = None
        left = self._inflight.get(kid, 1) - 1
        if left > 0:
            self._inflight[kid] = left
        else:
            self._inflight.pop(kid, None)
        limits = call.key.limits
        usage = call.usage
        if usage is not None and (limits.tpm or limits.model_tpm):
            now = time.monotonic()
            tokens = usage.input + usage.output
            if limits.tpm:
                self._window(self._tokens, kid).add(now, tokens)
            if call.model and dict(limits.model_tpm).get(call.model):
                self._window(self._tokens, f"{kid}\0{call.model}").add(now, tokens)
        if call.cost_usd and limits.budget_usd is not None:
            self._spend_local.append((time.monotonic(), time.time(), kid, call.cost_usd))
            self._local_sum[kid] = self._local_sum.get(kid, 0.0) + call.cost_usd

    @staticmethod
    def _window(windows: dict, name: str) -> _Window:
        window = windows.get(name)
        if window is None:
            window = windows[name] = _Window()
        return window

    def inflight(self, key_id: str) -> int:
        return self._inflight.get(key_id, 0)

    # --- budgets ------------------------------------------------------------------------------------------
    def spent(self, key_id: str, period: str = "month") -> float:
        """Spend this period: the database's last figure plus what this worker settled since (counted twice
        for at most a second: a budget errs on the side of refusing)."""
        now = time.time()
        bounds = self._periods.get(period)
        if bounds is None or now >= bounds[1]:  # a new period: what this worker spent before it no longer counts
            start = period_start(period)
            bounds = self._periods[period] = (start.timestamp(), reset_of_period(period, start).timestamp())
            self._drop_local(bounds[0])
        return self._spend_db.get(key_id, 0.0) + self._local_sum.get(key_id, 0.0)

    def _drop_local(self, before_wall: float = float("-inf"), before_monotonic: float = float("-inf")) -> None:
        """Forget the local spend from before either bound, and recount the per-key sums."""
        self._spend_local = deque(e for e in self._spend_local if e[1] >= before_wall and e[0] >= before_monotonic)
        sums: dict[str, float] = {}
        for _, _, kid, cost in self._spend_local:
            sums[kid] = sums.get(kid, 0.0) + cost
        self._local_sum = sums

    async def _read_spend(self) -> None:
        started = time.monotonic()
        budgeted = [k for k in self._keys() if k.limits.budget_usd is not None]
        spend: dict[str, float] = {}
        for period in {k.limits.budget_period for k in budgeted}:
            ids = [k.id for k in budgeted if k.limits.budget_period == period]
            spend.update(await self.store.spend(ids, period_start(period)))
        self._spend_db = spend
        # rows written just before the read may not be in it yet: keep the last second's local spend
        self._drop_local(before_monotonic=started - 1.0)
        self._refreshed_at = started

    async def _watch_spend(self) -> None:
        failing = False
        while True:
            await asyncio.sleep(self._refresh)
            try:
                await self._read_spend()
                failing = False
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - keep the last figures (plus local spend), say so once
                self.errors += 1
                if not failing:
                    failing = True
                    log.warning("limits: cannot read budget spend from the database (%s); using the last "
                                "figures plus this worker's spend", type(exc).__name__)
