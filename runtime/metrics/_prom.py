"""The few places where the relay reaches into prometheus_client's internals (pinned in pyproject.toml;
tests/observability/test_prom_internals.py fails when a release changes them).

Why: the relay counts per call in plain dicts and flushes the sums every 0.25 s. Counters and gauges take a
sum through their public API, but a histogram only takes one observation at a time: its flush adds whole
bucket counts and the sum to the child's values instead (each write to a multiprocess value is an mmap write).
"""

from __future__ import annotations

import os

from prometheus_client import Histogram, values

__all__ = ["add_to_histogram", "use_multiprocess_values"]


def add_to_histogram(child: Histogram, counts: list[int], total: float) -> None:
    """Add `counts[i]` observations to bucket `i` (non-cumulative, the child's own bucket order, +Inf last)
    and `total` to the sum of one labelled histogram child, as that many `observe()` calls would."""
    buckets = child._buckets
    if len(buckets) != len(counts):
        raise ValueError(f"{len(counts)} bucket counts for a histogram with {len(buckets)} buckets")
    for value, n in zip(buckets, counts):
        if n:
            value.inc(n)
    child._sum.inc(total)


def use_multiprocess_values(path: str) -> None:
    """Make new metric values live in mmap files under `path` (prometheus_client's multiprocess mode).
    prometheus_client picks its value class once, when it is imported, from PROMETHEUS_MULTIPROC_DIR: a
    process that imported it before the variable was set gets the multiprocess class here instead."""
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
    if not getattr(values.ValueClass, "_multiprocess", False):
        values.ValueClass = values.MultiProcessValue()
