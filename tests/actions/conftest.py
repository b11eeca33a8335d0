"""Fixtures for the Actions tests (the helpers live in actions_support.py)."""

import pytest
from actions_support import keys_file, make_relay, relay  # noqa: F401  (fixtures)

KEY_SECRET = "actions-test-key-secret-0123456789"


@pytest.fixture(autouse=True)
def key_secret(monkeypatch):
    """File links are signed with a key derived from RELAY_KEY_SECRET (never the developer's data dir)."""
    monkeypatch.setenv("RELAY_KEY_SECRET", KEY_SECRET)
    return KEY_SECRET
