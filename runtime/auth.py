"""Relay keys: who may call the relay, and which operations each key may reach.

A key carries scopes: "api" (the regular API), "admin" (operations that need OpenAI's admin key),
"actions" (only the operations the policy exposes to ChatGPT Actions) and "manage" (managing keys).
The keys come from `settings.static_keys` (`RELAY_KEYS`, `RELAY_KEYS_FILE`), read and checked by
`runtime.config.load_settings()`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from .catalog import OperationSpec
from .config import SCOPES, Settings


@dataclass(frozen=True, slots=True)
class RelayKey:
    name: str
    scopes: frozenset[str]
    digest: bytes  # sha256 of the key; the key itself is not kept

    def allows(self, op: OperationSpec) -> bool:
        policy = op.policy
        return policy.scope in self.scopes or (policy.actions and "actions" in self.scopes)


OPEN_ACCESS = RelayKey("anonymous", frozenset(SCOPES), b"")


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class KeyStore:
    """Relay keys, compared in constant time (every stored digest is compared on every lookup)."""

    def __init__(self, keys: list[RelayKey], *, required: bool = True):
        self._keys = tuple(keys)
        self.required = required

    @classmethod
    def from_settings(cls, settings: Settings) -> KeyStore:
        keys = [RelayKey(key.name, key.scopes, _digest(key.key)) for key in settings.static_keys]
        return cls(keys, required=settings.relay_auth)

    def __len__(self) -> int:
        return len(self._keys)

    def authenticate(self, token: str | None) -> RelayKey | None:
        """The key for `token`, `OPEN_ACCESS` when auth is off, or None."""
        if not self.required:
            return OPEN_ACCESS
        if not token:
            return None
        digest = _digest(token)
        found = None
        for key in self._keys:  # no early exit: the time taken does not depend on which key matched
            if hmac.compare_digest(digest, key.digest) and found is None:
                found = key
        return found


def token_from_headers(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The relay key from `Authorization: Bearer …` or `X-Relay-Key`, from raw ASGI headers."""
    bearer = None
    for name, value in headers:
        if name == b"x-relay-key":
            return value.decode("latin-1").strip()
        if name == b"authorization":
            scheme, _, rest = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer":
                bearer = rest.strip()
    return bearer

