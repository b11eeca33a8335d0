"""Fixtures for the store tests: every test that takes `store_url` or `store` runs on SQLite and on a real
PostgreSQL (tests/services.py)."""

from __future__ import annotations

import pytest

from runtime.store import Store

SECRET = b"test-secret-0123456789abcdef"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/data/relay.db"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
async def store(store_url):
    store = Store(store_url, key_secret=SECRET)
    await store.open()
    await store.upgrade()
    yield store
    await store.close()


@pytest.fixture
async def second_store(store_url, store):
    """Another Store on the same database: what a second relay process sees."""
    other = Store(store_url, key_secret=SECRET)
    await other.open()
    yield other
    await other.close()
