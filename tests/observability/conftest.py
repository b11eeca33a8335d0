"""Fixtures for the observability tests (helpers in obs_support.py; the runtime tests' relay_support.py)."""

from obs_support import captured_logs  # noqa: F401  (autouse: the upstream key never reaches a log line)
