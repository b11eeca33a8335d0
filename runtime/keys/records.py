"""What the relay knows about one relay key, and how a raw key becomes what is stored.

A raw key is `rk-` + 43 url-safe characters (32 random bytes). Only `hash_key(secret, raw)` — HMAC-SHA256
with the server secret (`RELAY_KEY_SECRET`, else a random secret kept in the data directory) — is stored;
`prefix` (the first 11 characters, `rk-` + 8) is kept for people to recognise a key in lists.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

__all__ = ["KEY_PREFIX", "SCOPES", "KeyRecord", "Limits", "hash_key", "new_raw_key", "visible_prefix"]

KEY_PREFIX = "rk-"
SCOPES = frozenset({"api", "admin", "actions", "manage"})


def new_raw_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def visible_prefix(raw: str) -> str:
    return raw[:11]


def hash_key(secret: bytes, raw: str) -> bytes:
    """The stored form of a relay key: HMAC-SHA256(secret, key), 32 bytes."""
    return hmac.new(secret, raw.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-key limits (issue 13). None: no limit of that kind."""

    rpm: int | None = None  # requests per minute
    tpm: int | None = None  # tokens per minute (input + output, as the ledger counts them)
    max_concurrent: int | None = None  # calls in flight at once (streams and WebSockets included)
    budget_usd: float | None = None  # spend per budget period, from the ledger's costs
    budget_period: str = "month"  # "day" | "month" (UTC calendar periods)
    model_rpm: tuple[tuple[str, int], ...] = ()  # optional per-model requests per minute
    model_tpm: tuple[tuple[str, int], ...] = ()  # optional per-model tokens per minute

    def any(self) -> bool:
        return bool(self.rpm or self.tpm or self.max_concurrent or self.budget_usd is not None
                    or self.model_rpm or self.model_tpm)


NO_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """One relay key as the hot path sees it. Times are unix seconds (UTC)."""

    id: str  # stable id: database keys "key_<hex>", static keys "env:<name>" / "file:<name>"
    name: str  # unique; what logs, metrics and the ledger show
    scopes: frozenset[str]
    digests: tuple[tuple[bytes, float | None], ...] = ()  # (hash_key digest, valid until or None)
    owner: str | None = None
    models: frozenset[str] = frozenset()  # allowed models; empty: all
    expires_at: float | None = None
    revoked_at: float | None = None
    created_at: float | None = None
    last_used_at: float | None = None
    prefix: str = ""  # visible prefix of the current raw key, e.g. "rk-AbCdEfGh"
    limits: Limits = field(default=NO_LIMITS)
    source: str = "db"  # "db" | "env" | "file" (env and file keys are read-only)

    def active(self, now: float) -> bool:
        return self.revoked_at is None and (self.expires_at is None or now < self.expires_at)

    def allows(self, op) -> bool:
        """Whether this key may call `op` (an OperationSpec): its scope, or `actions` for an operation the
        policy exposes to ChatGPT Actions."""
        policy = op.policy
        return policy.scope in self.scopes or (policy.actions and "actions" in self.scopes)
