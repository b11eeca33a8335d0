"""The relay's tables (SQLAlchemy Core). Times are unix seconds (UTC) as floats, like the records; days are
UTC calendar days. The migrations in migrations/versions/ create exactly this schema (a test compares them).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "pk": "pk_%(table_name)s",
})

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # SQLite: INTEGER PRIMARY KEY is the rowid

keys = sa.Table(
    "keys", metadata,
    sa.Column("id", sa.String(40), primary_key=True),  # "key_<hex>"
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("owner", sa.Text, nullable=True),
    sa.Column("scopes", sa.JSON, nullable=False),  # sorted list of scope names
    sa.Column("models", sa.JSON, nullable=False),  # sorted list of model names; empty: all models
    sa.Column("prefix", sa.String(16), nullable=False),
    sa.Column("digest", sa.LargeBinary(32), nullable=False),  # hash_key(secret, raw key)
    sa.Column("previous_digest", sa.LargeBinary(32), nullable=True),  # the key before the last rotation...
    sa.Column("previous_valid_until", sa.Float, nullable=True),  # ...valid until then (rotation grace)
    sa.Column("expires_at", sa.Float, nullable=True),
    sa.Column("revoked_at", sa.Float, nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("last_used_at", sa.Float, nullable=True),  # written by the ledger writer, not the hot path
    sa.Column("rpm", sa.Integer, nullable=True),
    sa.Column("tpm", sa.Integer, nullable=True),
    sa.Column("max_concurrent", sa.Integer, nullable=True),
    sa.Column("budget_usd", sa.Float, nullable=True),
    sa.Column("budget_period", sa.String(8), nullable=False),  # "day" | "month"
    sa.Column("model_rpm", sa.JSON, nullable=False),  # {model: requests per minute}
    sa.Column("model_tpm", sa.JSON, nullable=False),  # {model: tokens per minute}
)

# One row, name "keys_version": bumped in the same transaction as every change to `keys` that
# authentication depends on (not last_used_at), polled by every worker to know when to reload.
meta = sa.Table(
    "meta", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

usage_events = sa.Table(
    "usage_events", metadata,
    sa.Column("id", _BigId, primary_key=True, autoincrement=True),
    sa.Column("time", sa.Float, nullable=False),
    sa.Column("request_id", sa.String(64), nullable=False),
    sa.Column("key_id", sa.String(200), nullable=False),  # no foreign key: static keys have rows too
    sa.Column("key_name", sa.String(200), nullable=False),
    sa.Column("operation", sa.String(200), nullable=False),
    sa.Column("model", sa.String(200), nullable=True),
    sa.Column("status", sa.Integer, nullable=False),
    sa.Column("duration_ms", sa.Float, nullable=False),
    sa.Column("ttfb_ms", sa.Float, nullable=True),
    sa.Column("bytes_in", sa.BigInteger, nullable=False),
    sa.Column("bytes_out", sa.BigInteger, nullable=False),
    sa.Column("input_tokens", sa.BigInteger, nullable=True),
    sa.Column("cached_tokens", sa.BigInteger, nullable=True),
    sa.Column("output_tokens", sa.BigInteger, nullable=True),
    sa.Column("reasoning_tokens", sa.BigInteger, nullable=True),
    sa.Column("cost_usd", sa.Float, nullable=True),
    # "response:<id>" when the row read a background Response's usage; with tokens None when another row
    # had counted it already (migration 0003)
    sa.Column("usage_key", sa.String(200), nullable=True),
    sa.Index(None, "time"),
    sa.Index(None, "key_id", "time"),
)

# Per UTC day, key, model and operation; the reports and budgets read only this table.
# `model` is "" when upstream's answer named none (NULLs would not collide in the unique constraint).
usage_daily = sa.Table(
    "usage_daily", metadata,
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("key_id", sa.String(200), nullable=False),
    sa.Column("key_name", sa.String(200), nullable=False),
    sa.Column("model", sa.String(200), nullable=False),
    sa.Column("operation", sa.String(200), nullable=False),
    sa.Column("requests", sa.BigInteger, nullable=False),
    sa.Column("errors", sa.BigInteger, nullable=False),  # status >= 400, or 0 (client gone before an answer)
    sa.Column("unknown_usage", sa.BigInteger, nullable=False),  # calls whose usage never arrived
    sa.Column("input_tokens", sa.BigInteger, nullable=False),
    sa.Column("cached_tokens", sa.BigInteger, nullable=False),
    sa.Column("output_tokens", sa.BigInteger, nullable=False),
    sa.Column("reasoning_tokens", sa.BigInteger, nullable=False),
    sa.Column("cost_usd", sa.Float, nullable=False),  # priced calls only
    sa.UniqueConstraint("day", "key_id", "key_name", "model", "operation"),
    sa.Index(None, "key_id", "day"),
)

DAILY_GROUP = ("day", "key_id", "key_name", "model", "operation")
DAILY_SUMS = ("requests", "errors", "unknown_usage", "input_tokens", "cached_tokens", "output_tokens",
              "reasoning_tokens", "cost_usd")

# Admin console sessions (runtime/admin/sessions.py). `id` is the SHA-256 (hex) of the random session token
# the browser holds in its cookie, so the table alone cannot be replayed; `key_digest` is the stored hash
# of the relay key that signed in (the `keys.digest` of that moment), so a rotated, revoked or changed key
# ends its sessions. No key material beyond what `keys` already holds.
admin_sessions = sa.Table(
    "admin_sessions", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("key_id", sa.String(200), nullable=False, index=True),  # a keys.id, or "env:<name>" / "file:<name>"
    sa.Column("key_digest", sa.LargeBinary(32), nullable=False),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("last_seen_at", sa.Float, nullable=False),  # idle expiry
    sa.Column("expires_at", sa.Float, nullable=False, index=True),  # absolute expiry
)

# Usage that several answers show and that must be counted once (a background Response's, read from whichever
# poll or stream first shows it finished: UsageRow.usage_key). Store.write_usage inserts the key in the same
# transaction as the row that counts it; a row whose key is already here is written without tokens and cost.
# Kept for CLAIM_SECONDS (runtime/usage/records.py: longer than OpenAI keeps a stored response), then pruned.
usage_claims = sa.Table(
    "usage_claims", metadata,
    sa.Column("usage_key", sa.String(200), primary_key=True),  # "response:<id>"
    sa.Column("request_id", sa.String(64), nullable=False),  # the call whose row counted it
    sa.Column("key_id", sa.String(200), nullable=False),  # ...and its key
    sa.Column("time", sa.Float, nullable=False, index=True),  # when that call started
)
