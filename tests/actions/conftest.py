"""Fixtures for the Actions tests (the helpers live in actions_support.py)."""

from actions_support import keys_file, make_relay, relay  # noqa: F401  (fixtures)
