"""`KeyRing`: every relay key this worker accepts, cached in memory and kept in step with the database.

The hot path is one dict lookup by the HMAC-SHA256 digest of the presented token: the time does not depend
on how much of a key matched, and no database is touched. The digest of a token seen lately is remembered
in memory (up to `_SEEN` tokens, never written anywhere), which spares the HMAC (~2-7 µs) on every call.
Revocation, expiry and the rotation grace are checked against the cached record on every call, so they need
no refresh. A background task polls the store's `keys_version` marker every `poll` seconds and reloads all
keys when it moved: a key revoked or rotated anywhere (CLI, admin API, another relay) stops working here
within about a second.

A new key must work at once, before the next poll: an unknown `rk-` token (`authenticate_fresh`) waits for a
version check that starts after it arrived. Those checks are shared by every waiting call and run at most
`_MISS_CHECKS` times a second, so unknown tokens can never make the database a bottleneck. A database that
cannot be read keeps the last keys it gave (logged), never fewer.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import time

from .records import KEY_PREFIX, SCOPES, KeyRecord, hash_key

__all__ = ["OPEN_ACCESS", "KeyRing"]

log = logging.getLogger("relay")

OPEN_ACCESS = KeyRecord(id="open", name="anonymous", scopes=SCOPES, source="env")
_MISS_CHECKS = 10.0  # version checks per second at most, for tokens the cache does not know
_SEEN = 4096  # presented tokens whose digest is remembered (the HMAC was ~7 us a call under load)


class KeyRing:
    def __init__(self, secret: bytes, static: list[KeyRecord] = (), *, required: bool = True, store=None,
                 poll: float = 0.5):
        self.required = required
        self.store = store
        self._secret = secret
        self._static = list(static)
        self._db: list[KeyRecord] = []
        self._by_digest: dict[bytes, tuple[KeyRecord, float | None]] = {}
        self._version: int | None = None
        self._poll = poll
        self._task: asyncio.Task | None = None
        self._failing = False
        self._seen: dict[str, bytes] = {}  # token -> its digest, for tokens seen lately (in memory only)
        self._pending: asyncio.Future | None = None  # the next miss check, not started yet
        self._checker: asyncio.Task | None = None
        self._next_check = 0.0
        self._index()

    @classmethod
    def from_settings(cls, settings, *, store=None, secret: bytes | None = None) -> KeyRing:
        """The static keys of `settings` (RELAY_KEYS, RELAY_KEYS_FILE) hashed with `secret` (default: a random
        secret for this process, enough when no database shares the hashes), plus `store`'s keys once started."""
        secret = secret if secret is not None else os.urandom(32)
        static = [KeyRecord(id=f"{key.source}:{key.name}", name=key.name, scopes=key.scopes,
                            digests=((hash_key(secret, key.key), None),), owner=key.owner, models=key.models,
                            limits=key.limits,
                            source=key.source)
                  for key in settings.static_keys]
        return cls(secret, static, required=settings.relay_auth, store=store)

    @property
    def static(self) -> list[KeyRecord]:
        return list(self._static)

    def __len__(self) -> int:
        return len(self._static) + len(self._db)

    def keys(self) -> list[KeyRecord]:
        return [*self._static, *self._db]

    def authenticate(self, token: str | None) -> KeyRecord | None:
        """The active key for `token`; `OPEN_ACCESS` when auth is off; else None."""
        if not self.required:
            return OPEN_ACCESS
        if not token:
            return None
        digest = self._seen.get(token)
        if digest is None:
            digest = hmac.digest(self._secret, token.encode("utf-8", "surrogatepass"), "sha256")
            if len(self._seen) >= _SEEN:
                self._seen.clear()
            self._seen[token] = digest
        found = self._by_digest.get(digest)
        if found is None:
            return None
        key, valid_until = found
        if key.revoked_at is not None or key.expires_at is not None or valid_until is not None:
            now = time.time()
            if not key.active(now) or (valid_until is not None and now >= valid_until):
                return None
        return key

    async def authenticate_fresh(self, token: str | None) -> KeyRecord | None:
        """`authenticate`, but an unknown database-style key first waits for a fresh version check (a key
        created a moment ago works at once)."""
        key = self.authenticate(token)
        if key is not None or self.store is None or not token or not token.startswith(KEY_PREFIX):
            return key
        loop = asyncio.get_running_loop()
        if self._pending is None:
            self._pending = loop.create_future()
            if self._checker is None or self._checker.done():
                self._checker = loop.create_task(self._check_misses())
        await asyncio.shield(self._pending)
        return self.authenticate(token)

    async def _check_misses(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending is not None:
            wait = self._next_check - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            waiting, self._pending = self._pending, None  # later misses wait for the next check
            try:
                if await self.store.keys_version() != self._version:
                    await self.refresh()
            except Exception as exc:  # noqa: BLE001 - the poller says so if it lasts
                log.debug("relay keys: check for a new key failed (%s)", type(exc).__name__)
            finally:
                self._next_check = loop.time() + 1.0 / _MISS_CHECKS
                if not waiting.done():
                    waiting.set_result(None)

    def digest(self, token: str) -> bytes:
        """The stored form of `token` as this ring hashes it (the admin console ties its sessions to it)."""
        return hash_key(self._secret, token)

    # --- keeping in step with the store ------------------------------------------------------------------
    async def start(self) -> None:
        """Load the database keys (failing loudly if the database cannot be read at start), then poll."""
        if self.store is None:
            return
        await self.refresh()
        self._task = asyncio.get_running_loop().create_task(self._watch())

    async def stop(self) -> None:
        if self._checker is not None:
            self._checker.cancel()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def refresh(self) -> None:
        """Reload the database keys now (the admin API calls this after a change it made)."""
        version = await self.store.keys_version()
        keys = await self.store.load_keys()
        self._db = keys
        self._version = version
        self._index()

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self._poll)
            try:
                version = await self.store.keys_version()
                if version != self._version:
                    await self.refresh()
                if self._failing:
                    self._failing = False
                    log.warning("relay keys: the database answers again; keys are current")
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - keep the last keys, say so once, keep polling
                if not self._failing:
                    self._failing = True
                    log.warning("relay keys: cannot read the database (%s); keeping the %d keys loaded last",
                                type(exc).__name__, len(self))

    def _index(self) -> None:
        index: dict[bytes, tuple[KeyRecord, float | None]] = {}
        for key in (*self._static, *self._db):
            for digest, valid_until in key.digests:
                index[digest] = (key, valid_until)
        self._by_digest = index
