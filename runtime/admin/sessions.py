"""Admin console sessions: a `manage` relay key is exchanged once for a server-side session.

Design (docs/admin-console.md):
- The browser holds only a random 256-bit session token in a cookie (HttpOnly, SameSite=Strict, Secure when
  the request came over https, Path=/admin/console, Max-Age = the absolute lifetime). The relay key never
  leaves the sign-in POST: it is not in a URL, a page, or the cookie.
- The database (`admin_sessions`, migration 0002) keeps SHA-256(token) — a leaked table cannot be replayed —
  with the key's id, the key's stored digest at sign-in, a per-session CSRF token, and the times. Sessions
  live in the database so that every worker of every relay behind one balancer accepts them, and signing
  out ends them everywhere.
- Every request re-checks the key behind the session as it is *now*: database keys are read from the
  database in the same lookup (not the per-worker cache), so revoking a manage key, removing its `manage`
  scope, its expiry, or the end of a rotation grace ends its sessions at once; static keys are checked
  against this worker's RELAY_KEYS / RELAY_KEYS_FILE.
- Expiry: 8 h idle, 24 h absolute. `last_seen_at` is written at most once a minute per session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..keys.records import KeyRecord

__all__ = ["COOKIE", "COOKIE_PATH", "IDLE_SECONDS", "LIFETIME_SECONDS", "Session", "Sessions", "clear_cookie",
           "session_cookie"]

COOKIE = "relay_console"
COOKIE_PATH = "/admin/console"
IDLE_SECONDS = 8 * 3600
LIFETIME_SECONDS = 24 * 3600
_TOUCH_EVERY = 60.0


@dataclass(frozen=True, slots=True)
class Session:
    id: str  # SHA-256 hex of the cookie's token: what the database keys it by
    key: KeyRecord  # the manage key behind it, as it is now
    csrf_token: str
    expires_at: float

    def csrf_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.csrf_token.encode())


class Sessions:
    """`digest(token)` is the key ring's hash of a relay key; `static_keys()` the worker's read-only keys."""

    def __init__(self, store, digest: Callable[[str], bytes], static_keys: Callable[[], Iterable[KeyRecord]], *,
                 idle: float = IDLE_SECONDS, lifetime: float = LIFETIME_SECONDS):
        self._store = store
        self._digest = digest
        self._static_keys = static_keys
        self.idle = idle
        self.lifetime = lifetime

    async def begin(self, key: KeyRecord, raw_key: str) -> tuple[str, Session] | None:
        """A new session for `key` (authenticated by the worker's key ring, with `manage`): the cookie token
        and the session; None when the database says the key no longer may manage (the ring can lag it by
        up to a poll interval)."""
        now = time.time()
        digest = self._digest(raw_key)
        if key.source == "db":
            key = await self._store.get_key(key.name)
            if key is None or not _may_manage(key, digest, now):
                return None
        token = secrets.token_urlsafe(32)
        session = Session(id=_session_id(token), key=key, csrf_token=secrets.token_urlsafe(32),
                          expires_at=now + self.lifetime)
        await self._store.add_session(id=session.id, key_id=key.id, key_digest=digest,
                                      csrf_token=session.csrf_token, created_at=now, expires_at=session.expires_at,
                                      idle_before=now - self.idle)
        return token, session

    async def resume(self, token: str | None) -> Session | None:
        """The live session for a cookie token, or None (unknown, expired, or its key no longer may manage)."""
        if not token or len(token) > 100:
            return None
        session_id = _session_id(token)
        found = await self._store.get_session(session_id)
        if found is None:
            return None
        row, key = found
        now = time.time()
        if now >= row["expires_at"] or now - row["last_seen_at"] >= self.idle:
            await self._store.end_session(session_id)
            return None
        if key is None:
            key = next((k for k in self._static_keys() if k.id == row["key_id"]), None)
        if key is None or not _may_manage(key, row["key_digest"], now):
            await self._store.end_session(session_id)
            return None
        if now - row["last_seen_at"] >= _TOUCH_EVERY:
            await self._store.touch_session(session_id, now)
        return Session(id=session_id, key=key, csrf_token=row["csrf_token"], expires_at=row["expires_at"])

    async def end(self, session: Session) -> None:
        await self._store.end_session(session.id)


def session_cookie(token: str, *, secure: bool, max_age: float) -> bytes:
    return _cookie(token, secure=secure, max_age=int(max_age))


def clear_cookie(*, secure: bool) -> bytes:
    return _cookie("", secure=secure, max_age=0)


def _cookie(value: str, *, secure: bool, max_age: int) -> bytes:
    parts = [f"{COOKIE}={value}", f"Path={COOKIE_PATH}", f"Max-Age={max_age}", "HttpOnly", "SameSite=Strict"]
    if secure:
        parts.append("Secure")
    return "; ".join(parts).encode()


def _session_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _may_manage(key: KeyRecord, digest: bytes, now: float) -> bool:
    """The key is active, has `manage`, and the exact key that signed in is still one of its valid keys
    (not replaced by a rotation whose grace is over, nor a different RELAY_KEYS value under the same name)."""
    if not key.active(now) or "manage" not in key.scopes:
        return False
    return any(hmac.compare_digest(stored, digest) and (until is None or now < until)
               for stored, until in key.digests)
