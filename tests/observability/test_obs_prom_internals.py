"""The prometheus_client internals runtime/metrics/_prom.py relies on. If a release changes them, this fails
(and pyproject.toml's upper bound on prometheus-client keeps such a release out until it is fixed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from prometheus_client import CollectorRegistry, Histogram, generate_latest

from runtime.metrics._prom import add_to_histogram

ROOT = Path(__file__).resolve().parents[2]
BUCKETS = (0.1, 0.5, 1.0, float("inf"))
OBSERVED = [0.05, 0.1, 0.2, 0.7, 0.7, 3.0, 0.3]


def _counts(values):
    counts = [0] * len(BUCKETS)
    for v in values:
        counts[next(i for i, b in enumerate(BUCKETS) if v <= b)] += 1
    return counts


def test_adding_bucket_counts_equals_observing_each_value():
    observed, added = CollectorRegistry(), CollectorRegistry()
    one = Histogram("h", "doc", ["op"], buckets=BUCKETS, registry=observed)
    other = Histogram("h", "doc", ["op"], buckets=BUCKETS, registry=added)
    for v in OBSERVED:
        one.labels("x").observe(v)
    add_to_histogram(other.labels("x"), _counts(OBSERVED), sum(OBSERVED))
    def lines(registry):
        return [line for line in generate_latest(registry).decode().splitlines() if "_created" not in line]

    assert lines(added) == lines(observed)
    text = generate_latest(added).decode()
    assert 'h_bucket{le="0.5",op="x"} 4.0' in text and 'h_count{op="x"} 7.0' in text


def test_a_bucket_count_of_the_wrong_length_is_refused():
    hist = Histogram("h", "doc", ["op"], buckets=BUCKETS, registry=CollectorRegistry())
    try:
        add_to_histogram(hist.labels("x"), [1, 2], 1.0)
    except ValueError as exc:
        assert "buckets" in str(exc)
    else:
        raise AssertionError("a short bucket list was accepted")


def test_multiprocess_values_sum_across_processes(tmp_path):
    """In multiprocess mode (values in mmap files), added counts from two processes sum in a scrape, and
    `use_multiprocess_values` switches a process that imported prometheus_client before the directory was set."""
    script = textwrap.dedent(f"""
        import os, sys
        from math import inf
        sys.path.insert(0, {str(ROOT)!r})
        import prometheus_client  # imported before the directory is set: the plain value class
        from prometheus_client import Histogram, Counter
        from runtime.metrics._prom import add_to_histogram, use_multiprocess_values
        use_multiprocess_values(sys.argv[1])
        h = Histogram("h", "doc", ["op"], buckets={BUCKETS!r}, registry=None)
        c = Counter("c", "doc", registry=None)
        add_to_histogram(h.labels("x"), {_counts(OBSERVED)!r}, {sum(OBSERVED)!r})
        c.inc(3)
    """)
    for _ in range(2):
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True, timeout=60)
    assert len(list(tmp_path.glob("*.db"))) >= 2
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(tmp_path))
    text = generate_latest(registry).decode()
    assert 'h_bucket{le="0.5",op="x"} 8.0' in text, text
    assert 'h_bucket{le="+Inf",op="x"} 14.0' in text, text
    assert 'h_count{op="x"} 14.0' in text and "c_total 6.0" in text, text
