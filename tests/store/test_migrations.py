"""Migrations: the head constant matches the scripts, the migrated schema is tables.py's, concurrent upgrades
are safe, an unknown revision is refused, and the already-at-head check does not import Alembic."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from runtime.store import SCHEMA_HEAD, Store, StoreUnavailable
from runtime.store.store import MIGRATIONS_DIR
from runtime.store.tables import metadata


def test_schema_head_is_the_head_of_the_migration_scripts():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_heads() == [SCHEMA_HEAD]


async def test_the_migrated_schema_is_the_tables_module(store_url):
    async with Store(store_url) as store:
        assert await store.schema_revision() is None
        assert await store.upgrade() is None  # it was empty
        assert await store.schema_revision() == SCHEMA_HEAD
        assert await store.upgrade() == SCHEMA_HEAD  # nothing to do
        async with store._read() as conn:
            diff = await conn.run_sync(lambda sync: compare_metadata(MigrationContext.configure(sync), metadata))
        assert diff == []
        assert await store.keys_version() == 0


async def test_concurrent_upgrades_of_an_empty_database_both_succeed(store_url):
    stores = [Store(store_url) for _ in range(3)]
    for s in stores:
        await s.open()
    try:
        before = await asyncio.gather(*(s.upgrade() for s in stores))
        assert sorted(before, key=lambda revision: revision or '') == [None, SCHEMA_HEAD, SCHEMA_HEAD]  # one migrated, two waited and saw it
        async with stores[0]._read() as conn:
            assert await conn.scalar(sa.text("SELECT count(*) FROM meta")) == 1
    finally:
        for s in stores:
            await s.close()


async def test_a_revision_from_a_newer_relay_is_refused_in_one_sentence(store_url):
    async with Store(store_url) as store:
        await store.upgrade()
        async with store._write() as conn:
            await conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(StoreUnavailable, match=r"revision '9999_future', which this relay version does not know"):
            await store.upgrade()


def test_the_at_head_check_does_not_import_alembic(tmp_path):
    url = f"sqlite:///{tmp_path}/relay.db"
    script = textwrap.dedent(f"""
        import asyncio, sys, time
        from runtime.store import Store

        async def main():
            async with Store({url!r}) as store:
                await store.upgrade()
                print("alembic" in sys.modules)

        asyncio.run(main())
    """)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert first.stdout.strip() == "True", first.stderr  # an empty database: Alembic migrates it
    assert second.stdout.strip() == "False", second.stderr  # at head: one query, no Alembic
