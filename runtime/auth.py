"""Relay keys: who may call the relay, and which operations each key may reach.

A key carries scopes: "api" (the regular API), "admin" (operations that need OpenAI's admin key) and
"actions" (only the operations the policy exposes to ChatGPT Actions). `RELAY_KEYS=k1,k2` gives full
access; `RELAY_KEYS_FILE` (YAML or JSON) names scoped keys:

    keys:
      - {name: gpt-actions, key: rk-..., scopes: [actions]}
      - {name: ops-team, key: rk-..., scopes: [api, admin]}
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from .catalog import OperationSpec
from .config import SCOPES, ConfigError, Settings


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
        keys = [RelayKey(f"key{i + 1}", frozenset(SCOPES), _digest(k.get_secret_value()))
                for i, k in enumerate(settings.relay_keys)]
        if settings.relay_keys_file is not None:
            keys.extend(_read_keys_file(settings.relay_keys_file))
        return cls(keys, required=settings.relay_auth)

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> tuple[RelayKey, ...]:
        """Every key (file links name the key that minted them)."""
        return self._keys

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


def _read_keys_file(path) -> list[RelayKey]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"RELAY_KEYS_FILE {str(path)!r} cannot be read: {exc}.") from None
    entries = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"RELAY_KEYS_FILE {str(path)!r} must hold a non-empty list under 'keys'.")
    keys = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str) or not entry["key"]:
            raise ConfigError(f"RELAY_KEYS_FILE entry {i + 1} needs a non-empty string 'key'.")
        scopes = entry.get("scopes", ["api"])
        if isinstance(scopes, str):
            scopes = [scopes]
        unknown = set(scopes) - SCOPES
        if unknown or not scopes:
            raise ConfigError(f"RELAY_KEYS_FILE entry {i + 1} has unknown scopes {sorted(unknown)}; "
                              f"use some of {sorted(SCOPES)}.")
        keys.append(RelayKey(str(entry.get("name", f"file-key{i + 1}")), frozenset(scopes), _digest(entry["key"])))
    return keys
