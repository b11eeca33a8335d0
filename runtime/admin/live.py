"""Where the console's Live view gets its numbers.

The interface is one callable, sync or async, taking no arguments:

    live() -> {key name: {"inflight": int | None, "last_minute": int | None}}

`inflight`: calls of that key in progress now; `last_minute`: calls of that key started in the last 60 s.
The callable may have a `fields` attribute naming the counts it knows (default: both); a known count that
is missing for a key is 0 (keys without traffic may be left out), an unknown one is shown as "–".

`runtime.metrics.Metrics.live` (the same counters as /metrics, summed over the workers) is meant to be
handed to the console as this callable (`team.console.live = metrics.live`). Until then `ledger_live(store)`
gives the last-minute counts from the usage ledger (every worker and every relay; rows land about 0.5 s
after a call ends, and a call counts once it has ended) and no in-flight counts.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Mapping

__all__ = ["LiveSource", "ledger_live", "read_live"]

_FIELDS = ("inflight", "last_minute")

LiveSource = Callable[[], Mapping[str, Mapping[str, int | None]] | Awaitable[Mapping[str, Mapping[str, int | None]]]]


def ledger_live(store) -> LiveSource:
    async def live() -> dict[str, dict[str, int | None]]:
        counts = await store.recent_requests(time.time() - 60)
        return {name: {"last_minute": n} for name, n in counts.items()}

    live.fields = ("last_minute",)
    return live


async def read_live(source: LiveSource, names) -> dict[str, dict[str, int | None]]:
    """The counts of `source` for the key names `names` and any other key it reports: whole numbers, 0 for
    a count the source knows but left out, None for one it does not know."""
    value = source()
    if inspect.isawaitable(value):
        value = await value
    known = tuple(getattr(source, "fields", _FIELDS))
    reported = {str(name): entry for name, entry in (value or {}).items()}
    out: dict[str, dict[str, int | None]] = {}
    for name in [*names, *sorted(n for n in reported if n not in names)]:
        entry = reported.get(name, {})
        out[name] = {f: (_count(entry.get(f, 0)) if f in known else None) for f in _FIELDS}
    return out


def _count(value) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
