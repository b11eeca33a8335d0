"""`Metrics`: the relay's Prometheus metrics, cheap on the hot path and summed over workers.

Per call, `observe(call)` only updates plain dicts (a few lookups and additions, histogram buckets found with
`bisect`): prometheus_client's multiprocess values write to an mmap file on every `inc`, several µs per call
with a dozen of them. Every `interval` seconds the sums are flushed into prometheus_client's values (one write
per label set that changed), and a scrape first flushes its own worker, then waits one interval so every
other worker has flushed its calls too.

With `PROMETHEUS_MULTIPROC_DIR` set (`relay serve` sets it to a fresh directory, runtime/metrics/multiproc.py),
the values live in mmap files there and a scrape reads them all with a `MultiProcessCollector`; without it
(the app run in-process, as in tests) they live in this process and are scraped from its own registry.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from bisect import bisect_left
from collections.abc import Callable
from math import inf
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from ._prom import add_to_histogram, use_multiprocess_values
from .endpoint import serve_metrics

__all__ = ["DURATION_BUCKETS", "TTFB_BUCKETS", "Metrics", "ratelimit_remaining"]

# Seconds. LLM calls run from milliseconds (models list, embeddings) to many minutes (long generations).
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0,
                    600.0, inf)
TTFB_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, inf)

UNAUTHENTICATED = "-"  # the key label of a call without a valid relay key
UNKNOWN_OPERATION = "unknown"  # the operation label of a path that matched no operation
NO_MODEL = "-"
OTHER_MODEL = "other"  # every model after the first `max_models` distinct ones (label values stay bounded)

# call.reason values that are upstream's failures, not the relay's refusals -> relay_upstream_errors_total{cause}
_UPSTREAM_CAUSES = {"upstream_error": "unreachable", "upstream_timeout": "timeout",
                    "upstream_incomplete": "incomplete"}
_TOKEN_KINDS = ("input", "cached", "output", "reasoning")
_WINDOW_SLOT = 5.0  # seconds per slot of the last-minute window behind `live()`
_WINDOW_SLOTS = 12
_LIVE_FILE = "live-{pid}.json"  # not *.db: the MultiProcessCollector ignores it
_LIVE_STALE = 5.0  # seconds: a worker whose live file is older than this is gone


class _Sums:
    """What one (operation, status, key) counted since the last flush: calls, and their durations and upstream
    times as histogram bucket counts (non-cumulative) and sums."""

    __slots__ = ("n", "durations", "duration_sum", "ttfbs", "ttfb_sum")

    def __init__(self):
        self.n = 0
        self.durations = [0] * len(DURATION_BUCKETS)
        self.duration_sum = 0.0
        self.ttfbs = [0] * len(TTFB_BUCKETS)
        self.ttfb_sum = 0.0


class Metrics:
    """Counters for every finished call (`observe`), the connection layer's refusals (`connection_refused`),
    ledger rows dropped (`ledger_dropped`), `/metrics` (`handle`) and live figures for the admin console
    (`live`). `inflight` is the number of calls in progress in this worker: the front adds 1 when a call
    starts; `observe` takes it off when the call ends.

    `authenticate(token) -> key | None` checks a scrape's Bearer key, which needs the `manage` scope unless
    `public`. Multiprocess mode is the process's: on when `PROMETHEUS_MULTIPROC_DIR` is set (prometheus_client
    reads it whenever it makes a value), so a process holds one `Metrics`."""

    def __init__(self, *, authenticate: Callable | None = None, public: bool = False, interval: float = 0.25,
                 max_models: int = 200):
        self.inflight = 0
        self._key_inflight: dict[str, int] = {}  # key name -> calls in flight
        self.interval = interval
        self._authenticate = authenticate
        self._public = public
        self._dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if self._dir:
            if not os.path.isdir(self._dir):
                raise ValueError(f"PROMETHEUS_MULTIPROC_DIR {self._dir!r} is not a directory")
            use_multiprocess_values(self._dir)
            self._registry = None  # each scrape reads every worker's files
        else:
            self._registry = CollectorRegistry(auto_describe=True)
        self._max_models = max_models
        self._models: dict[str | None, str] = {None: NO_MODEL, "": NO_MODEL}
        # pending sums since the last flush
        self._calls: dict[tuple, _Sums] = {}  # (operation, status, key name) -> _Sums
        self._rejections: dict[tuple, int] = {}
        self._upstream_errors: dict[str, int] = {}
        self._usage: dict[tuple, list] = {}  # (key, model) -> [input, cached, output, reasoning, cost]
        self._dropped = 0
        # upstream's latest response headers per operation, with their time (x-ratelimit-remaining-* are read
        # from them at the flush: the most recent response that carried them wins)
        self._headers: dict[str, tuple[float, list]] = {}
        self._flushed_inflight = 0
        # the last minute's calls per key, counted at each flush in slots of _WINDOW_SLOT seconds (for live())
        self._window: dict[int, dict[str, int]] = {}
        self._live_written: tuple | None = None
        self._live_at = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._stopped = False
        self._children: dict[tuple, object] = {}
        self._define(self._registry)

    def _define(self, registry) -> None:
        self._m_requests = Counter("relay_requests_total", "Relayed calls by operation, status sent and key name "
                                   "(status 0: the client went away first).", ["operation", "status", "key"],
                                   registry=registry)
        self._m_duration = Histogram("relay_request_duration_seconds", "Time from a call's arrival to its end.",
                                     ["operation"], buckets=DURATION_BUCKETS, registry=registry)
        self._m_ttfb = Histogram("relay_upstream_ttfb_seconds", "Time from a call's arrival to upstream's "
                                 "response head.", ["operation"], buckets=TTFB_BUCKETS, registry=registry)
        self._m_tokens = Counter("relay_tokens_total", "Tokens upstream reported (cached is part of input, "
                                 "reasoning part of output).", ["key", "model", "kind"], registry=registry)
        self._m_cost = Counter("relay_cost_usd_total", "Cost of the calls at the relay's prices (USD).",
                               ["key", "model"], registry=registry)
        self._m_inflight = Gauge("relay_inflight_requests", "Calls in progress.", registry=registry,
                                 multiprocess_mode="livesum")
        self._m_rejections = Counter("relay_rejections_total", "Calls the relay refused itself, by reason "
                                     "(key '-': before a key was known, connection-layer refusals included).",
                                     ["key", "reason"], registry=registry)
        self._m_upstream_errors = Counter("relay_upstream_errors_total", "Upstream failures: unreachable, timeout, "
                                          "incomplete (broke off mid-response), http_<status> (429 and 5xx).",
                                          ["cause"], registry=registry)
        self._m_ratelimit = Gauge("relay_upstream_ratelimit_remaining", "Upstream's x-ratelimit-remaining-* "
                                  "on its latest response.", ["kind"], registry=registry,
                                  multiprocess_mode="mostrecent")
        self._m_dropped = Counter("relay_ledger_dropped_total", "Ledger rows dropped because the database was "
                                  "unavailable and the buffer was full.", registry=registry)

    # --- the hot path ---------------------------------------------------------------------------------------
    def keyed(self, call) -> None:
        """The call's key is known: it is in flight for that key too (until `observe`)."""
        name = call.key.name
        self._key_inflight[name] = self._key_inflight.get(name, 0) + 1
        call.counted = True

    def observe(self, call) -> None:
        """Count one finished call (called once per call, after the ledger priced it)."""
        now = time.perf_counter()
        elapsed = now - call.started
        self.inflight -= 1
        key = call.key
        if call.counted:
            left = self._key_inflight.get(key.name, 1) - 1
            if left > 0:
                self._key_inflight[key.name] = left
            else:
                self._key_inflight.pop(key.name, None)
        op = call.op
        status = call.status
        counter = (op.operation_id if op is not None else UNKNOWN_OPERATION, status,
                   key.name if key is not None else UNAUTHENTICATED)
        sums = self._calls.get(counter)
        if sums is None:
            sums = self._calls[counter] = _Sums()
        sums.n += 1
        sums.durations[bisect_left(DURATION_BUCKETS, elapsed)] += 1
        sums.duration_sum += elapsed
        ttfb = call.ttfb
        if ttfb is not None:
            sums.ttfbs[bisect_left(TTFB_BUCKETS, ttfb)] += 1
            sums.ttfb_sum += ttfb
            if call.upstream_headers is not None:
                self._headers[counter[0]] = (now, call.upstream_headers)
        if call.reason is not None or status >= 500 or status == 429:
            self._failed(counter[2], call.reason, status)
        if call.usage is not None or call.cost_usd is not None:
            self._used(counter[2], call.usage, call.cost_usd, call.model)
        if self._timer is None and not self._stopped:
            self._arm()

    def _failed(self, name: str, reason: str | None, status: int) -> None:
        if reason is None:  # upstream's own answer: the relay's refusals carry a reason
            cause = f"http_{status}"
        else:
            cause = _UPSTREAM_CAUSES.get(reason)
            if cause is None:
                counter = (name, reason)
                self._rejections[counter] = self._rejections.get(counter, 0) + 1
                return
        self._upstream_errors[cause] = self._upstream_errors.get(cause, 0) + 1

    def _used(self, name: str, usage, cost: float | None, model: str | None) -> None:
        model = (usage.model if usage is not None else None) or model
        label = self._models.get(model) or self._model_label(model)
        counter = (name, label)
        sums = self._usage.get(counter)
        if sums is None:
            sums = self._usage[counter] = [0, 0, 0, 0, 0.0]
        if usage is not None:
            sums[0] += usage.input
            sums[1] += usage.cached
            sums[2] += usage.output
            sums[3] += usage.reasoning
        if cost is not None:
            sums[4] += cost

    def connection_refused(self, reason: str) -> None:
        """A refusal at the connection layer (runtime/server.py: header, url, connections, timeouts...)."""
        counter = (UNAUTHENTICATED, reason)
        self._rejections[counter] = self._rejections.get(counter, 0) + 1
        if self._timer is None and not self._stopped:
            self._arm()

    def ledger_dropped(self, rows: int = 1) -> None:
        self._dropped += rows

    def _model_label(self, model: str) -> str:
        if len(self._models) - 2 < self._max_models:  # two entries are the None/"" aliases
            label = model[:100] if model.isprintable() else model[:100].encode("unicode_escape").decode("ascii")
            self._models[model] = label
            return label
        return OTHER_MODEL

    # --- flushing ---------------------------------------------------------------------------------------------
    def _arm(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a synchronous caller): sums wait for the next flush or scrape
            return
        self._timer = loop.call_later(self.interval, self._tick)

    def _tick(self) -> None:
        self._timer = None
        self.flush()
        if not self._stopped:
            self._arm()

    def stop(self) -> None:
        """Flush and stop the periodic flush (at shutdown)."""
        self._stopped = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.flush()

    def flush(self) -> None:
        """Move the sums counted since the last flush into prometheus_client's values."""
        child = self._child
        if self._calls:
            pending, self._calls = self._calls, {}
            self._count_window(pending)
            durations: dict[str, _Sums] = {}
            for (operation, status, key), sums in pending.items():
                child(self._m_requests, operation, str(status), key).inc(sums.n)
                total = durations.get(operation)
                if total is None:
                    durations[operation] = sums
                else:
                    total.durations = [a + b for a, b in zip(total.durations, sums.durations)]
                    total.duration_sum += sums.duration_sum
                    total.ttfbs = [a + b for a, b in zip(total.ttfbs, sums.ttfbs)]
                    total.ttfb_sum += sums.ttfb_sum
            for operation, sums in durations.items():
                add_to_histogram(child(self._m_duration, operation), sums.durations, sums.duration_sum)
                if any(sums.ttfbs):
                    add_to_histogram(child(self._m_ttfb, operation), sums.ttfbs, sums.ttfb_sum)
        if self._rejections:
            pending, self._rejections = self._rejections, {}
            for (key, reason), n in pending.items():
                child(self._m_rejections, key, reason).inc(n)
        if self._upstream_errors:
            pending, self._upstream_errors = self._upstream_errors, {}
            for cause, n in pending.items():
                child(self._m_upstream_errors, cause).inc(n)
        if self._usage:
            pending, self._usage = self._usage, {}
            for (key, model), sums in pending.items():
                for kind, n in zip(_TOKEN_KINDS, sums):
                    if n:
                        child(self._m_tokens, key, model, kind).inc(n)
                if sums[4]:
                    child(self._m_cost, key, model).inc(sums[4])
        if self._dropped:
            n, self._dropped = self._dropped, 0
            self._m_dropped.inc(n)
        if self._headers:
            pending, self._headers = self._headers, {}
            found: dict[str, float] = {}
            for _, headers in sorted(pending.values(), key=lambda item: item[0], reverse=True):
                for kind, value in zip(("requests", "tokens"), ratelimit_remaining(headers)):
                    if value is not None and kind not in found:
                        found[kind] = value
                if len(found) == 2:
                    break
            for kind, value in found.items():
                child(self._m_ratelimit, kind).set(value)
        if self.inflight != self._flushed_inflight:
            self._flushed_inflight = self.inflight
            self._m_inflight.set(self.inflight)
        if self._dir:
            self._write_live()

    def _child(self, metric, *labels):
        found = self._children.get((metric, labels))
        if found is None:
            found = self._children[(metric, labels)] = metric.labels(*labels)
        return found

    # --- live figures -----------------------------------------------------------------------------------------
    def _count_window(self, pending: dict) -> None:
        slot = int(time.monotonic() / _WINDOW_SLOT)
        counts = self._window.get(slot)
        if counts is None:
            counts = self._window[slot] = {}
            for old in [s for s in self._window if s <= slot - _WINDOW_SLOTS]:
                del self._window[old]
        for (_, _, key), sums in pending.items():
            counts[key] = counts.get(key, 0) + sums.n

    def _window_counts(self) -> dict[str, int]:
        oldest = int(time.monotonic() / _WINDOW_SLOT) - _WINDOW_SLOTS + 1
        counts: dict[str, int] = {}
        for slot, per_key in self._window.items():
            if slot >= oldest:
                for key, n in per_key.items():
                    counts[key] = counts.get(key, 0) + n
        for (_, _, key), sums in self._calls.items():  # not flushed yet
            counts[key] = counts.get(key, 0) + sums.n
        return counts

    def _write_live(self) -> None:
        """This worker's figures for the others' live(): when they changed, else once a second (a file
        older than _LIVE_STALE is a dead worker's)."""
        now = time.time()
        figures = (self.inflight, self._window_counts(), dict(self._key_inflight))
        if figures == self._live_written and now - self._live_at < 1.0:
            return
        self._live_written, self._live_at = figures, now
        path = Path(self._dir) / _LIVE_FILE.format(pid=os.getpid())
        temp = path.with_suffix(".tmp")
        try:
            temp.write_text(json.dumps({"time": now, "inflight": figures[0], "requests_last_minute": figures[1],
                                        "inflight_by_key": figures[2]}))
            os.replace(temp, path)
        except OSError:  # the directory went away (shutdown): live() falls back to this worker
            pass

    def live(self) -> dict:
        """Calls in flight and the last minute's calls per key name: summed over the workers of this relay
        (from the files each worker writes at every flush, at most one interval old) in multiprocess mode,
        this worker's otherwise. `{"workers": n, "inflight": n, "requests_last_minute": {key: n}}`."""
        own = {"inflight": self.inflight, "requests_last_minute": self._window_counts(),
               "inflight_by_key": dict(self._key_inflight)}
        if not self._dir:
            return {"workers": 1, **own}
        total = {"workers": 1, "inflight": own["inflight"], "requests_last_minute": dict(own["requests_last_minute"]),
                 "inflight_by_key": dict(own["inflight_by_key"])}
        now = time.time()
        mine = _LIVE_FILE.format(pid=os.getpid())
        for path in Path(self._dir).glob(_LIVE_FILE.format(pid="*")):
            if path.name == mine:
                continue
            try:
                figures = json.loads(path.read_text())
            except (OSError, ValueError):
                continue
            if not isinstance(figures, dict) or now - figures.get("time", 0) > _LIVE_STALE:
                continue
            total["workers"] += 1
            total["inflight"] += int(figures.get("inflight", 0))
            for key, n in (figures.get("requests_last_minute") or {}).items():
                total["requests_last_minute"][key] = total["requests_last_minute"].get(key, 0) + int(n)
            for key, n in (figures.get("inflight_by_key") or {}).items():
                total["inflight_by_key"][key] = total["inflight_by_key"].get(key, 0) + int(n)
        return total

    def live_by_key(self) -> dict[str, dict[str, int]]:
        """`live()` per key name, as the admin console reads it: {key: {"inflight": n, "last_minute": n}}."""
        figures = self.live()
        names = set(figures["requests_last_minute"]) | set(figures["inflight_by_key"])
        return {name: {"inflight": figures["inflight_by_key"].get(name, 0),
                       "last_minute": figures["requests_last_minute"].get(name, 0)} for name in names}

    live_by_key.fields = ("inflight", "last_minute")

    # --- scraping ---------------------------------------------------------------------------------------------
    async def scrape(self) -> bytes:
        """The Prometheus text exposition of every worker's metrics."""
        self.flush()
        if self._registry is not None:
            return generate_latest(self._registry)
        await asyncio.sleep(self.interval + 0.05)  # every other worker flushes within one interval
        self.flush()
        return await asyncio.to_thread(_collect, self._dir)

    async def handle(self, scope, receive, send, headers=()) -> int:
        """`GET /metrics` (ASGI); `headers` are added to the response (the request id). Returns the status."""
        return await serve_metrics(self, scope, send, self._authenticate, self._public, headers)


def _collect(path: str) -> bytes:
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=path)
    return generate_latest(registry)


def ratelimit_remaining(headers) -> tuple[float | None, float | None]:
    """(requests, tokens) from upstream's `x-ratelimit-remaining-requests` / `-tokens` response headers
    (raw `(name, value)` pairs, lower-case names); None for a header that is missing or not a number."""
    requests = tokens = None
    for name, value in headers:
        if name == b"x-ratelimit-remaining-requests":
            requests = _number(value)
        elif name == b"x-ratelimit-remaining-tokens":
            tokens = _number(value)
    return requests, tokens


def _number(value: bytes) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and number not in (inf, -inf) else None
