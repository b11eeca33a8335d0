"""`Store`: every query the relay and its CLI make, on SQLite (aiosqlite) or PostgreSQL (asyncpg).

Writes on SQLite start with BEGIN IMMEDIATE, so a transaction that reads before it writes waits on the busy
timeout instead of failing when another process wrote in between; reads use a plain (deferred) BEGIN and,
in WAL mode, never wait for writers.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from ..keys.records import NO_LIMITS, SCOPES, KeyRecord, Limits, hash_key, new_raw_key, visible_prefix
from ..usage.records import UsageRow
from .errors import DuplicateKey, InvalidValue, KeyNotFound, StoreError, StoreUnavailable
from .paths import async_url, redact_url
from .tables import DAILY_GROUP, DAILY_SUMS, admin_sessions, keys, meta, usage_claims, usage_daily, usage_events

__all__ = ["REPORT_GROUPS", "SCHEMA_HEAD", "Store"]

# The head of migrations/versions/ (tests/store/test_migrations.py keeps them equal). `upgrade()` compares the
# database's alembic_version to it and imports Alembic only when they differ.
SCHEMA_HEAD = "0003"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

REPORT_GROUPS = ("key", "model", "day", "operation")
_REPORT_SUMS = ("requests", "errors", "unknown_usage", "input_tokens", "cached_tokens", "output_tokens",
                "reasoning_tokens", "cost_usd")
_KEYS_VERSION = "keys_version"
_PG_MIGRATION_LOCK = 0x72656C6179  # pg_advisory_xact_lock id: b"relay"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}")
_MODEL = re.compile(r"[^\s\x00-\x1f\x7f]{1,200}")
_LIMIT_FIELDS = ("rpm", "tpm", "max_concurrent", "budget_usd", "budget_period", "model_rpm", "model_tpm")
_UPDATABLE = frozenset({"scopes", "models", "owner", "expires_at", "limits", *_LIMIT_FIELDS})


class Store:
    """The relay's database. `Store(url)` does no I/O; `open()` makes the engine (connections are made on
    first use). `key_secret` (bytes) is needed only to create and rotate keys."""

    def __init__(self, url: str, *, key_secret: bytes | None = None, pool_size: int = 5):
        self.url = url
        self._async_url = async_url(url)
        self._postgres = self._async_url.startswith("postgresql")
        self._secret = key_secret
        self._pool_size = pool_size
        self._engine: AsyncEngine | None = None
        self._writer: AsyncEngine | None = None
        self._upsert_daily = None
        self._claim = None
        self._touch_keys = None
        marks = [f"${n}" for n in range(1, len(_EVENT_COLUMNS) + 1)] if self._postgres else ["?"] * len(_EVENT_COLUMNS)
        self._insert_events = (f"INSERT INTO usage_events ({', '.join(_EVENT_COLUMNS)}) "
                               f"VALUES ({', '.join(marks)})")

    @property
    def dialect(self) -> str:
        return "postgresql" if self._postgres else "sqlite"

    @property
    def key_secret(self) -> bytes | None:
        return self._secret

    # -- lifecycle -------------------------------------------------------------------------------------

    async def open(self) -> None:
        if self._engine is not None:
            return
        if self._postgres:
            engine = create_async_engine(
                self._async_url, pool_size=self._pool_size, max_overflow=self._pool_size, pool_pre_ping=True,
                pool_recycle=1800, connect_args={"timeout": 10},
            )
        else:
            engine = create_async_engine(self._async_url, **_sqlite_engine_options(self._async_url))
            _tune_sqlite(engine)
        self._engine = engine
        self._writer = engine.execution_options(relay_write=True)
        self._upsert_daily = _daily_upsert(self._postgres)
        self._claim = _claim_insert(self._postgres)
        self._touch_keys = (
            sa.update(keys)
            .where(keys.c.id == sa.bindparam("key"))
            .where(sa.or_(keys.c.last_used_at.is_(None), keys.c.last_used_at < sa.bindparam("used")))
            .values(last_used_at=sa.bindparam("used"))
        )

    async def close(self) -> None:
        if self._engine is not None:
            engine, self._engine, self._writer = self._engine, None, None
            await engine.dispose()

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def ping(self) -> None:
        async with self._read() as conn:
            await conn.execute(sa.text("SELECT 1"))

    async def upgrade(self) -> str | None:
        """Bring the schema to `SCHEMA_HEAD` (Alembic, imported only when the database is behind). Several
        processes may call it at once: the migration runs under a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL:
        an advisory transaction lock) and re-checks the revision once it holds it. Returns the revision the
        database was at before (None: empty); `SCHEMA_HEAD` means there was nothing to do."""
        async with self._read() as conn:
            if await _revision(conn) == SCHEMA_HEAD:
                return SCHEMA_HEAD
        async with self._write() as conn:
            if self._postgres:
                await conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
            current = await _revision(conn)
            if current != SCHEMA_HEAD:
                await conn.run_sync(_alembic_upgrade, current)
        return current

    async def schema_revision(self) -> str | None:
        async with self._read() as conn:
            return await _revision(conn)

    # -- keys ------------------------------------------------------------------------------------------

    async def keys_version(self) -> int:
        async with self._read() as conn:
            value = await conn.scalar(sa.select(meta.c.value).where(meta.c.name == _KEYS_VERSION))
        return int(value or 0)

    async def load_keys(self) -> list[KeyRecord]:
        """Every database key, revoked and expired ones included (the key ring decides what is active)."""
        async with self._read() as conn:
            rows = (await conn.execute(sa.select(keys).order_by(keys.c.name))).all()
        return [_record(row) for row in rows]

    async def get_key(self, name: str) -> KeyRecord | None:
        async with self._read() as conn:
            row = (await conn.execute(sa.select(keys).where(keys.c.name == name))).first()
        return _record(row) if row is not None else None

    async def create_key(self, name: str, *, scopes: Iterable[str] = ("api",), models: Iterable[str] = (),
                         owner: str | None = None, expires_at: float | None = None,
                         limits: Limits = NO_LIMITS) -> tuple[KeyRecord, str]:
        """A new key; returns its record and the raw key (shown once, never stored)."""
        now = time.time()
        values = {
            "name": _check_name(name),
            "scopes": _check_scopes(scopes),
            "models": _check_models(models),
            "owner": _check_owner(owner),
            "expires_at": _check_time("expires_at", expires_at),
            **_limit_columns(_check_limits(limits)),
        }
        if values["expires_at"] is not None and values["expires_at"] <= now:
            raise InvalidValue("expires_at", "The expiry time is in the past.")
        raw = new_raw_key()
        values.update(id="key_" + secrets.token_hex(12), prefix=visible_prefix(raw), digest=self._hash(raw),
                      created_at=now, updated_at=now)
        async with self._write() as conn:
            if await conn.scalar(sa.select(keys.c.id).where(keys.c.name == name)) is not None:
                raise DuplicateKey(name)
            try:
                await conn.execute(sa.insert(keys).values(**values))
            except sa.exc.IntegrityError:
                raise DuplicateKey(name) from None
            await _bump_keys_version(conn)
            row = await _key_row(conn, name)
        return _record(row), raw

    async def update_key(self, name: str, **fields) -> KeyRecord:
        """Change `scopes`, `models`, `owner`, `expires_at` and limits: `limits=Limits(...)` replaces them all,
        or single fields (`rpm`, `tpm`, `max_concurrent`, `budget_usd`, `budget_period`, `model_rpm`,
        `model_tpm`; None clears one). Fields not given stay as they are."""
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise TypeError(f"update_key() got unknown fields {sorted(unknown)}")
        values: dict = {}
        if "scopes" in fields:
            values["scopes"] = _check_scopes(fields["scopes"])
        if "models" in fields:
            values["models"] = _check_models(fields["models"])
        if "owner" in fields:
            values["owner"] = _check_owner(fields["owner"])
        if "expires_at" in fields:
            values["expires_at"] = _check_time("expires_at", fields["expires_at"])
        if "limits" in fields:
            values.update(_limit_columns(_check_limits(fields["limits"])))
        single = {k: fields[k] for k in _LIMIT_FIELDS if k in fields}
        async with self._write() as conn:
            row = await _key_row(conn, name)
            if single:
                current = _record(row).limits
                merged = {f: getattr(current, f) for f in _LIMIT_FIELDS}
                merged.update({k: v for k, v in values.items() if k in merged})
                merged.update(single)
                if merged["budget_period"] is None:
                    merged["budget_period"] = "month"
                values.update(_limit_columns(_check_limits(Limits(**_limit_kwargs(merged)))))
            if values:
                values["updated_at"] = time.time()
                await conn.execute(sa.update(keys).where(keys.c.id == row.id).values(**values))
                await _bump_keys_version(conn)
                row = await _key_row(conn, name)
        return _record(row)

    async def revoke_key(self, name: str) -> KeyRecord:
        """Revoke the key (and any older key still in its rotation grace). Revoking twice keeps the first time."""
        async with self._write() as conn:
            row = await _key_row(conn, name)
            if row.revoked_at is None:
                now = time.time()
                await conn.execute(sa.update(keys).where(keys.c.id == row.id)
                                   .values(revoked_at=now, updated_at=now))
                await _bump_keys_version(conn)
                row = await _key_row(conn, name)
        return _record(row)

    async def rotate_key(self, name: str, *, grace_seconds: float = 3600.0) -> tuple[KeyRecord, str]:
        """A new raw key for `name`; the current one stays valid for `grace_seconds` (0: not at all). A key
        still in the grace of an earlier rotation is dropped: only the latest previous key is kept."""
        if not isinstance(grace_seconds, (int, float)) or isinstance(grace_seconds, bool) \
                or not math.isfinite(grace_seconds) or grace_seconds < 0:
            raise InvalidValue("grace_seconds", "The rotation grace must be a number of seconds, 0 or more.")
        raw = new_raw_key()
        digest = self._hash(raw)
        async with self._write() as conn:
            row = await _key_row(conn, name)
            if row.revoked_at is not None:
                raise InvalidValue("name", f"The key {name!r} is revoked; create a new key instead.")
            now = time.time()
            await conn.execute(sa.update(keys).where(keys.c.id == row.id).values(
                digest=digest, prefix=visible_prefix(raw), updated_at=now,
                previous_digest=row.digest if grace_seconds > 0 else None,
                previous_valid_until=now + grace_seconds if grace_seconds > 0 else None,
            ))
            await _bump_keys_version(conn)
            row = await _key_row(conn, name)
        return _record(row), raw

    # -- usage -----------------------------------------------------------------------------------------

    async def write_usage(self, rows: Sequence[UsageRow]) -> None:
        """One transaction: the usage claims of the rows that have a `usage_key`, the events, the daily
        aggregates (summed here, then upserted), and each key's last_used_at (the latest call time of the batch).

        A row with a `usage_key` counts its tokens and cost only if it claims the key: the first such row of the
        batch, when no earlier batch (of this or any other relay) did. Other rows with that key are written as
        calls whose tokens and cost are None (a repeated read). Claims are taken in key order, so concurrent
        writers on PostgreSQL wait for each other instead of deadlocking."""
        if not rows:
            return
        firsts: dict[str, UsageRow] = {}
        for row in rows:
            if row.usage_key is not None and row.input_tokens is not None and row.usage_key not in firsts:
                firsts[row.usage_key] = row
        if not firsts:
            events, aggregates, used = _summed(rows)
            async with self._write() as conn:
                await self._insert_usage(conn, events, aggregates, used)
            return
        claims = [{"usage_key": k, "request_id": r.request_id, "key_id": r.key_id, "time": r.time}
                  for k, r in sorted(firsts.items())]
        async with self._write() as conn:
            claimed = set((await conn.execute(self._claim.values(claims))).scalars())
            counted = [row if row.usage_key is None or row.input_tokens is None
                       or (row.usage_key in claimed and firsts[row.usage_key] is row) else _repeated(row)
                       for row in rows]
            await self._insert_usage(conn, *_summed(counted))

    async def _insert_usage(self, conn: AsyncConnection, events: list, aggregates: list, used: dict) -> None:
        # straight to the driver's executemany: SQLAlchemy's per-row parameter handling cost ~35 us a row (the
        # ledger writes a row for every call; measured with bench/ledger_bench.py)
        await conn.exec_driver_sql(self._insert_events, events)
        await conn.execute(self._upsert_daily, aggregates)
        await conn.execute(self._touch_keys, [{"key": k, "used": t} for k, t in used.items()])

    async def usage_claimed(self, usage_key: str) -> dict | None:
        """The claim of a usage key (`usage_key`, `request_id`, `key_id`, `time`), or None."""
        async with self._read() as conn:
            row = (await conn.execute(sa.select(usage_claims).where(usage_claims.c.usage_key == usage_key))).first()
        return dict(row._mapping) if row is not None else None

    async def prune_usage_claims(self, before: float) -> int:
        """Drop the claims of calls that started before `before` (unix seconds); returns how many."""
        async with self._write() as conn:
            result = await conn.execute(sa.delete(usage_claims).where(usage_claims.c.time < before))
        return result.rowcount or 0

    async def usage_report(self, group_by: Iterable[str] = ("key",), since: date | None = None,
                           until: date | None = None, key: str | None = None,
                           model: str | None = None) -> list[dict]:
        """Totals from the daily aggregates, grouped by any of key, model, day, operation (UTC days; `since`
        and `until` inclusive; `key` is a key name). Each row: the grouping fields (`key` also brings
        `key_id`; `day` is YYYY-MM-DD; `model` None when upstream named none), then requests, errors,
        unknown_usage (calls whose usage never arrived), the four token counts and cost_usd."""
        groups = list(dict.fromkeys(group_by))
        bad = [g for g in groups if g not in REPORT_GROUPS]
        if bad:
            raise InvalidValue("group_by", f"Cannot group usage by {bad[0]!r}; use some of {', '.join(REPORT_GROUPS)}.")
        c = usage_daily.c
        columns = {"key": (c.key_name, c.key_id), "model": (c.model,), "day": (c.day,), "operation": (c.operation,)}
        group_cols = [col for g in groups for col in columns[g]]
        query = sa.select(*group_cols, *(sa.func.sum(c[s]).label(s) for s in _REPORT_SUMS))
        if since is not None:
            query = query.where(c.day >= _day("since", since))
        if until is not None:
            query = query.where(c.day <= _day("until", until))
        if key is not None:
            query = query.where(c.key_name == key)
        if model is not None:
            query = query.where(c.model == model)
        if group_cols:
            query = query.group_by(*group_cols).order_by(*group_cols)
        async with self._read() as conn:
            result = (await conn.execute(query)).all()
        report = []
        for row in result:
            if row.requests is None:  # no group: SUM over no rows is one row of NULLs
                continue
            out: dict = {}
            for g in groups:
                if g == "key":
                    out["key"], out["key_id"] = row.key_name, row.key_id
                elif g == "day":
                    out["day"] = _day("day", row.day).isoformat()
                elif g == "model":
                    out["model"] = row.model or None
                else:
                    out["operation"] = row.operation
            for s in _REPORT_SUMS[:-1]:
                out[s] = int(getattr(row, s))
            out["cost_usd"] = round(float(row.cost_usd), 9)
            report.append(out)
        return report

    async def spend(self, key_ids: Iterable[str], since: datetime | date | float) -> dict[str, float]:
        """Cost in USD per key id from the UTC day of `since` on (budgets: the start of their period)."""
        ids = list(dict.fromkeys(key_ids))
        totals = dict.fromkeys(ids, 0.0)
        if not ids:
            return totals
        c = usage_daily.c
        query = (sa.select(c.key_id, sa.func.sum(c.cost_usd)).where(c.key_id.in_(ids))
                 .where(c.day >= _day("since", since)).group_by(c.key_id))
        async with self._read() as conn:
            for key_id, cost in (await conn.execute(query)).all():
                totals[key_id] = float(cost or 0.0)
        return totals

    async def recent_requests(self, since: float) -> dict[str, int]:
        """Calls per key name that started at or after `since` (unix seconds), from the usage events (the
        admin console's last-minute rate until live counters are wired in; rows land within ~0.5 s)."""
        c = usage_events.c
        query = sa.select(c.key_name, sa.func.count()).where(c.time >= since).group_by(c.key_name)
        async with self._read() as conn:
            return {name: int(n) for name, n in (await conn.execute(query)).all()}

    # -- admin console sessions ------------------------------------------------------------------------

    async def add_session(self, *, id: str, key_id: str, key_digest: bytes, csrf_token: str, created_at: float,
                          expires_at: float, idle_before: float) -> None:
        """Store a new console session, and drop the ones that expired (absolutely, or idle since before
        `idle_before`)."""
        t = admin_sessions.c
        async with self._write() as conn:
            await conn.execute(sa.delete(admin_sessions).where(
                sa.or_(t.expires_at <= created_at, t.last_seen_at < idle_before)))
            await conn.execute(sa.insert(admin_sessions).values(
                id=id, key_id=key_id, key_digest=key_digest, csrf_token=csrf_token, created_at=created_at,
                last_seen_at=created_at, expires_at=expires_at))

    async def get_session(self, session_id: str) -> tuple[dict, KeyRecord | None] | None:
        """The session (its columns as a dict) and, for a database key, that key as it is now (None when it
        is gone); None when there is no such session. Static keys (`env:`/`file:` ids) are the caller's."""
        async with self._read() as conn:
            row = (await conn.execute(sa.select(admin_sessions).where(admin_sessions.c.id == session_id))).first()
            if row is None:
                return None
            session = dict(row._mapping)
            key = None
            if not session["key_id"].startswith(("env:", "file:")):
                found = (await conn.execute(sa.select(keys).where(keys.c.id == session["key_id"]))).first()
                key = _record(found) if found is not None else None
        session["key_digest"] = bytes(session["key_digest"])
        return session, key

    async def touch_session(self, session_id: str, now: float) -> None:
        async with self._write() as conn:
            await conn.execute(sa.update(admin_sessions).where(admin_sessions.c.id == session_id)
                               .values(last_seen_at=now))

    async def end_session(self, session_id: str) -> None:
        async with self._write() as conn:
            await conn.execute(sa.delete(admin_sessions).where(admin_sessions.c.id == session_id))

    async def end_sessions(self, key_id: str) -> int:
        """End every console session of a key; returns how many there were."""
        async with self._write() as conn:
            result = await conn.execute(sa.delete(admin_sessions).where(admin_sessions.c.key_id == key_id))
        return result.rowcount or 0

    # -- internals -------------------------------------------------------------------------------------

    def _hash(self, raw: str) -> bytes:
        if not self._secret:
            raise StoreError("This store was opened without the key secret, so it cannot create or rotate keys.")
        return hash_key(self._secret, raw)

    @contextlib.asynccontextmanager
    async def _read(self):
        async with self._unavailable():
            async with self._connected().connect() as conn:
                yield conn

    @contextlib.asynccontextmanager
    async def _write(self):
        async with self._unavailable():
            async with self._connected(write=True).begin() as conn:
                yield conn

    def _connected(self, write: bool = False) -> AsyncEngine:
        if self._engine is None:
            raise RuntimeError("Store.open() was not called")
        return self._writer if write else self._engine

    @contextlib.asynccontextmanager
    async def _unavailable(self):
        """Database failures as one sentence (`StoreUnavailable`); refusals (`StoreError`) pass unchanged."""
        try:
            yield
        except StoreError:
            raise
        except (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.ProgrammingError, OSError,
                TimeoutError) as exc:
            raise StoreUnavailable(_unavailable_message(redact_url(self.url), exc)) from exc


# -- helpers -------------------------------------------------------------------------------------------


def _sqlite_engine_options(url: str) -> dict:
    path = url.split(":///", 1)[1] if ":///" in url else ""
    if path in ("", ":memory:"):
        return {"poolclass": sa.pool.StaticPool}  # one shared in-memory database (tests, experiments)
    folder = Path(path).expanduser().parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"The database folder {str(folder)!r} cannot be created ({exc.strerror}).") from None
    return {}


def _tune_sqlite(engine: AsyncEngine) -> None:
    @sa.event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # the driver emits no BEGIN of its own; _begin does
        cursor = dbapi_connection.cursor()
        for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @sa.event.listens_for(engine.sync_engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("relay_write") else "BEGIN")


def _daily_upsert(postgres: bool):
    if postgres:
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(usage_daily)
    return stmt.on_conflict_do_update(
        index_elements=list(DAILY_GROUP),
        set_={name: usage_daily.c[name] + stmt.excluded[name] for name in DAILY_SUMS},
    )


def _claim_insert(postgres: bool):
    """INSERT claims, skipping those already taken; RETURNING the keys this statement took."""
    if postgres:
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(usage_claims).on_conflict_do_nothing(index_elements=["usage_key"]).returning(
        usage_claims.c.usage_key)


async def _revision(conn: AsyncConnection) -> str | None:
    if conn.dialect.name == "postgresql":  # a catalog scan, not to_regclass(): its cache can predate the lock wait
        exists = await conn.scalar(sa.text(
            "SELECT 1 FROM pg_catalog.pg_tables WHERE tablename = 'alembic_version' AND schemaname = current_schema()"))
    else:
        exists = await conn.scalar(sa.text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"))
    if not exists:
        return None
    return await conn.scalar(sa.text("SELECT version_num FROM alembic_version"))


def _alembic_upgrade(sync_conn, current: str | None) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = sync_conn
    if current is not None:
        try:
            ScriptDirectory.from_config(config).get_revision(current)
        except CommandError:
            raise StoreUnavailable(f"The database schema is at revision {current!r}, which this relay version "
                                   f"does not know (a newer relay migrated it): upgrade the relay.") from None
    command.upgrade(config, "head")


async def _bump_keys_version(conn: AsyncConnection) -> None:
    await conn.execute(sa.update(meta).where(meta.c.name == _KEYS_VERSION).values(value=meta.c.value + 1))


async def _key_row(conn: AsyncConnection, name: str):
    row = (await conn.execute(sa.select(keys).where(keys.c.name == name))).first()
    if row is None:
        raise KeyNotFound(name)
    return row


def _record(row) -> KeyRecord:
    digests = [(bytes(row.digest), None)]
    if row.previous_digest is not None:
        digests.append((bytes(row.previous_digest), row.previous_valid_until))
    return KeyRecord(
        id=row.id, name=row.name, scopes=frozenset(row.scopes), digests=tuple(digests), owner=row.owner,
        models=frozenset(row.models), expires_at=row.expires_at, revoked_at=row.revoked_at,
        created_at=row.created_at, last_used_at=row.last_used_at, prefix=row.prefix, source="db",
        limits=Limits(rpm=row.rpm, tpm=row.tpm, max_concurrent=row.max_concurrent, budget_usd=row.budget_usd,
                      budget_period=row.budget_period, model_rpm=tuple(sorted(row.model_rpm.items())),
                      model_tpm=tuple(sorted(row.model_tpm.items()))),
    )


def _summed(rows: Sequence[UsageRow]) -> tuple[list[tuple], list[dict], dict[str, float]]:
    """A batch as event rows, daily aggregates and each key's latest call time."""
    events = [_event(row) for row in rows]
    daily: dict[tuple, list] = {}
    used: dict[str, float] = {}
    day_of: dict[int, date] = {}
    for row in rows:
        whole = int(row.time // 86400)
        day = day_of.get(whole)
        if day is None:
            day = day_of[whole] = datetime.fromtimestamp(whole * 86400, UTC).date()
        group = (day, row.key_id, row.key_name, row.model or "", row.operation)
        sums = daily.get(group)
        if sums is None:
            sums = daily[group] = [0, 0, 0, 0, 0, 0, 0, 0.0]
        sums[0] += 1
        if row.status == 0 or row.status >= 400:
            sums[1] += 1
        if row.input_tokens is None:
            sums[2] += 1
        else:
            sums[3] += row.input_tokens
            sums[4] += row.cached_tokens or 0
            sums[5] += row.output_tokens or 0
            sums[6] += row.reasoning_tokens or 0
        if row.cost_usd is not None:
            sums[7] += row.cost_usd
        if row.time > used.get(row.key_id, -1.0):
            used[row.key_id] = row.time
    aggregates = [dict(zip(DAILY_GROUP, group)) | dict(zip(DAILY_SUMS, sums)) for group, sums in daily.items()]
    return events, aggregates, used


def _repeated(row: UsageRow) -> UsageRow:
    """A row whose usage was counted by another: the call stays, its tokens and cost do not count again."""
    return dataclasses.replace(row, input_tokens=None, cached_tokens=None, output_tokens=None,
                               reasoning_tokens=None, cost_usd=None)


_EVENT_COLUMNS = ("time", "request_id", "key_id", "key_name", "operation", "model", "status", "duration_ms",
                  "ttfb_ms", "bytes_in", "bytes_out", "input_tokens", "cached_tokens", "output_tokens",
                  "reasoning_tokens", "cost_usd", "usage_key")  # the order of _event's tuples


def _event(row: UsageRow) -> tuple:
    return (row.time, row.request_id, row.key_id, row.key_name, row.operation, row.model, row.status,
            row.duration_ms, row.ttfb_ms, row.bytes_in, row.bytes_out, row.input_tokens, row.cached_tokens,
            row.output_tokens, row.reasoning_tokens, row.cost_usd, row.usage_key)


def _day(param: str, value) -> date:
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).date()
    if isinstance(value, str):  # SQLite hands back ISO strings through text() queries
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InvalidValue(param, f"{param} must be a date (YYYY-MM-DD).")


def _unavailable_message(url: str, exc: BaseException) -> str:
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = detail[0].rstrip(".") if detail else type(exc).__name__
    return f"The database at {url} cannot be used ({reason})."


# -- validation ----------------------------------------------------------------------------------------


def _check_name(name) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InvalidValue("name", "A key name is 1-64 characters: letters, digits and . _ @ + - "
                                   "(starting with a letter or digit).")
    return name


def _check_scopes(scopes) -> list[str]:
    if isinstance(scopes, str) or not isinstance(scopes, Iterable):
        raise InvalidValue("scopes", "scopes must be a list of scope names.")
    scopes = sorted(set(scopes))
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown or not scopes:
        raise InvalidValue("scopes", f"Scopes must be some of {', '.join(sorted(SCOPES))}"
                                     + (f"; {unknown[0]!r} is not one." if unknown else "."))
    return scopes


def _check_models(models) -> list[str]:
    if isinstance(models, str) or not isinstance(models, Iterable):
        raise InvalidValue("models", "models must be a list of model names (empty: every model).")
    models = sorted(set(models))
    for m in models:
        if not isinstance(m, str) or not _MODEL.fullmatch(m):
            raise InvalidValue("models", f"{m!r} is not a model name.")
    return models


def _check_owner(owner) -> str | None:
    if owner is None:
        return None
    if not isinstance(owner, str) or len(owner) > 200 or any(ord(ch) < 32 for ch in owner):
        raise InvalidValue("owner", "owner must be one line of text (at most 200 characters).")
    return owner or None


def _check_time(param: str, value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidValue(param, f"{param} must be a time in unix seconds.")
    return float(value)


def _positive_int(param: str, value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValue(param, f"{param} must be a whole number of at least 1.")
    return value


def _model_limits(param: str, value) -> tuple[tuple[str, int], ...]:
    items = value.items() if isinstance(value, Mapping) else (value or ())
    try:
        pairs = {m: n for m, n in items}
    except (TypeError, ValueError):
        raise InvalidValue(param, f"{param} must map model names to whole numbers.") from None
    for m, n in pairs.items():
        if not isinstance(m, str) or not _MODEL.fullmatch(m):
            raise InvalidValue(param, f"{m!r} is not a model name.")
        _positive_int(param, n)
    return tuple(sorted(pairs.items()))


def _check_limits(limits) -> Limits:
    if not isinstance(limits, Limits):
        raise InvalidValue("limits", "limits must be a Limits record.")
    budget = limits.budget_usd
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, (int, float))
                               or not math.isfinite(budget) or budget < 0):
        raise InvalidValue("budget_usd", "budget_usd must be an amount in USD, 0 or more.")
    if limits.budget_period not in ("day", "month"):
        raise InvalidValue("budget_period", "budget_period must be 'day' or 'month'.")
    return Limits(
        rpm=_positive_int("rpm", limits.rpm), tpm=_positive_int("tpm", limits.tpm),
        max_concurrent=_positive_int("max_concurrent", limits.max_concurrent),
        budget_usd=None if budget is None else float(budget), budget_period=limits.budget_period,
        model_rpm=_model_limits("model_rpm", limits.model_rpm), model_tpm=_model_limits("model_tpm", limits.model_tpm),
    )


def _limit_kwargs(values: dict) -> dict:
    return {k: (_model_limits(k, v) if k in ("model_rpm", "model_tpm") else v) for k, v in values.items()}


def _limit_columns(limits: Limits) -> dict:
    return {
        "rpm": limits.rpm, "tpm": limits.tpm, "max_concurrent": limits.max_concurrent,
        "budget_usd": limits.budget_usd, "budget_period": limits.budget_period,
        "model_rpm": dict(limits.model_rpm), "model_tpm": dict(limits.model_tpm),
    }
