"""`relay db upgrade`, and what the `keys`, `usage` and `db` verbs share: opening the store that the relay
uses (same environment and `.env`), one-sentence errors with exit code 2, plain tables.

Argument parsing imports nothing heavy; SQLAlchemy is imported when a verb runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable, Sequence

__all__ = ["CliError", "open_store", "print_table", "register", "run_verb"]


class CliError(Exception):
    """A refusal of the CLI itself; `str(exc)` is one sentence."""


def register(subparsers) -> None:
    db = subparsers.add_parser("db", help="the relay's database (RELAY_DATABASE_URL)")
    verbs = db.add_subparsers(dest="db_verb", required=True)
    upgrade = verbs.add_parser("upgrade", help="apply the database migrations (relay serve also does at start)")
    upgrade.set_defaults(handler=upgrade_command)


def upgrade_command(args) -> int:
    async def upgrade():
        from .paths import redact_url
        from .store import SCHEMA_HEAD

        async with open_store(upgrade=False) as store:
            before = await store.upgrade()
        state = "already at" if before == SCHEMA_HEAD else f"upgraded from {before or 'an empty database'} to"
        print(f"The database at {redact_url(store.url)} is {state} revision {SCHEMA_HEAD}.")

    return run_verb(upgrade)


@contextlib.asynccontextmanager
async def open_store(*, key_secret: bool = False, upgrade: bool = True):
    """The relay's store from the environment (over `.env`), migrated to the current schema (the check is
    one query when it already is). `key_secret`: load the secret, to create or rotate keys."""
    from . import paths
    from .store import Store

    env = paths.environment()
    secret = paths.key_secret(env) if key_secret else None
    store = Store(paths.database_url(env), key_secret=secret, pool_size=1)
    await store.open()
    try:
        if upgrade:
            await store.upgrade()
        yield store
    finally:
        await store.close()


def run_verb(verb: Callable[[], object]) -> int:
    """Run the coroutine function `verb`; a refusal prints one sentence on stderr and returns 2."""
    from ..config import ConfigError
    from .errors import StoreError

    try:
        asyncio.run(verb())
    except (CliError, StoreError, ConfigError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, right: Sequence[bool] = ()) -> None:
    """A plain aligned table on stdout; `right[i]` right-aligns column i (numbers)."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        line = "  ".join(cell.rjust(w) if i < len(right) and right[i] else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(row, widths)))
        print(line.rstrip())
