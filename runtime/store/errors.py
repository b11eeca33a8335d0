"""What the store refuses, each with one sentence for a person (the CLI prints it, the admin API sends it)."""

from __future__ import annotations

__all__ = ["DuplicateKey", "InvalidValue", "KeyNotFound", "StoreError", "StoreUnavailable"]


class StoreError(Exception):
    """A store operation cannot be done; `str(exc)` is one sentence."""


class StoreUnavailable(StoreError):
    """The database cannot be reached, is locked for too long, or has a schema this relay does not know."""


class KeyNotFound(StoreError):
    def __init__(self, name: str):
        super().__init__(f"There is no key named {name!r}.")
        self.name = name


class DuplicateKey(StoreError):
    def __init__(self, name: str):
        super().__init__(f"A key named {name!r} already exists (names stay taken after a key is revoked).")
        self.name = name


class InvalidValue(StoreError):
    """A value given for a key is not acceptable; `param` names the field."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param
