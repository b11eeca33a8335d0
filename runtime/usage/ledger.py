"""`Ledger`: one row per relayed call, written to the database in batches, off the request path.

`record(call)` (the hot path) turns a finished `Call` into a `UsageRow` — tokens as upstream reported them,
None when they never arrived, and the cost the team layer priced — and appends it to a bounded buffer. A
background task writes the buffer with `Store.write_usage()` every `interval` seconds or as soon as
`batch` rows wait. A slow or failing database never slows or fails a call: rows wait in the buffer (up to
`capacity`), the write is retried with back-off, and rows that no longer fit are dropped oldest first —
counted in `dropped` and logged, never lost silently. Shutdown writes what is left. Once an hour the writer
also drops usage claims older than CLAIM_SECONDS (Store.prune_usage_claims).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

from .records import CLAIM_SECONDS, UsageRow

__all__ = ["Ledger"]

log = logging.getLogger("relay")

_PRUNE_EVERY = 3600.0  # seconds between prunings of old usage claims


class Ledger:
    def __init__(self, store, *, interval: float = 0.5, batch: int = 500, capacity: int = 100_000):
        self.store = store
        self.dropped = 0  # rows lost because the buffer was full (the database was down too long)
        self.on_drop = None  # (n) -> None: the metrics' counter of dropped rows
        self.written = 0
        self._rows: deque[UsageRow] = deque()
        self._interval = interval
        self._batch = batch
        self._capacity = capacity
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._failing = False
        self._prune_at = 0.0  # monotonic time of the next pruning of usage claims

    def record(self, call, repeated: str | None = None) -> None:
        """Queue the row for a finished call (a valid key and an operation, or a refusal of one). `repeated`:
        the usage key of usage this call read again (already counted; the row keeps the key, not the tokens)."""
        usage = call.usage
        op = call.op
        key = call.key
        now_wall = time.time()
        now = time.perf_counter()
        model = (usage.model if usage is not None else None) or call.model
        ttfb = call.ttfb
        row = UsageRow(
            time=now_wall - (now - call.started), request_id=call.request_id.decode(), key_id=key.id,
            key_name=key.name, operation=op.operation_id if op is not None else "-", model=model,
            status=call.status, duration_ms=(now - call.started) * 1000,
            ttfb_ms=ttfb * 1000 if ttfb is not None else None, bytes_in=call.bytes_in, bytes_out=call.bytes_out,
            input_tokens=usage.input if usage is not None else None,
            cached_tokens=usage.cached if usage is not None else None,
            output_tokens=usage.output if usage is not None else None,
            reasoning_tokens=usage.reasoning if usage is not None else None, cost_usd=call.cost_usd,
            usage_key=usage.usage_key if usage is not None else repeated)
        rows = self._rows
        rows.append(row)
        if len(rows) > self._capacity:
            rows.popleft()
            self._lost(1)
            if self.dropped == 1 or self.dropped % 1000 == 0:
                log.error("ledger: the database has not taken rows for a while; %d rows dropped so far "
                          "(buffer of %d full)", self.dropped, self._capacity)
        if len(rows) >= self._batch and self._wake is not None:
            self._wake.set()

    def _lost(self, n: int) -> None:
        self.dropped += n
        if self.on_drop is not None:
            self.on_drop(n)

    def pending(self) -> int:
        return len(self._rows)

    async def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop the writer and write what is left (bounded by `timeout`)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        try:
            async with asyncio.timeout(timeout):
                while self._rows:
                    if not await self._write_batch():
                        break
        except TimeoutError:
            pass
        if self._rows:
            self._lost(len(self._rows))
            log.error("ledger: %d rows could not be written before shutdown", len(self._rows))
            self._rows.clear()

    async def flush(self) -> None:
        """Write every row queued so far (tests, reports that must include the last calls)."""
        while self._rows:
            if not await self._write_batch():
                raise RuntimeError("the ledger cannot write to the database")

    async def _run(self) -> None:
        delay = self._interval
        while True:
            try:
                async with asyncio.timeout(delay):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()
            ok = True
            while self._rows and ok:
                ok = await self._write_batch()
            delay = self._interval if ok else min(max(delay * 2, 1.0), 30.0)  # back off while it fails
            if ok and time.monotonic() >= self._prune_at:
                await self._prune()

    async def _prune(self) -> None:
        self._prune_at = time.monotonic() + _PRUNE_EVERY
        try:
            await self.store.prune_usage_claims(time.time() - CLAIM_SECONDS)
        except Exception as exc:  # noqa: BLE001 - an old claim more is harmless; tried again in an hour
            log.warning("ledger: pruning old usage claims failed (%s: %s)", type(exc).__name__, str(exc)[:200])

    async def _write_batch(self) -> bool:
        rows = self._rows
        batch = [rows.popleft() for _ in range(min(self._batch, len(rows)))]
        try:
            await self.store.write_usage(batch)
        except BaseException as exc:
            rows.extendleft(reversed(batch))  # back at the front, in order; retried with back-off
            while len(rows) > self._capacity:
                rows.popleft()
                self._lost(1)
            if isinstance(exc, asyncio.CancelledError):
                raise
            if not isinstance(exc, Exception):
                raise
            if not self._failing:
                self._failing = True
                log.error("ledger: writing %d rows failed (%s: %s); they stay queued and are retried",
                          len(batch), type(exc).__name__, str(exc)[:200])
            return False
        self.written += len(batch)
        if self._failing:
            self._failing = False
            log.warning("ledger: the database takes rows again (%d queued)", len(rows))
        return True
