"""Prometheus metrics (multiprocess), `/metrics` and live figures: see metrics.py and docs/observability.md."""

from .metrics import Metrics, ratelimit_remaining

__all__ = ["Metrics", "ratelimit_remaining"]
