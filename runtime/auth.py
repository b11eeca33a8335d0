"""Where a request carries its relay key. The keys themselves (static and database ones, their scopes and
limits) are `runtime.keys`: `KeyRing.authenticate(token)`, `KeyRecord.allows(op)`."""

from __future__ import annotations


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

