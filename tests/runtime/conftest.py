"""Fixtures for the runtime tests (the helpers live in relay_support.py)."""

from relay_support import captured_logs, catalog, mocked  # noqa: F401  (fixtures)
