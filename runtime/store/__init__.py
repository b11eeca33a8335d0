"""The relay's database: keys, the keys_version marker and the usage ledger (`Store`), its migrations, and
where its data lives (`paths`). See docs/team-layer.md.

The names below are imported on first use, so that `relay --help` and the CLI's argument parsing do not
pay for SQLAlchemy's import.
"""

from __future__ import annotations

__all__ = ["REPORT_GROUPS", "SCHEMA_HEAD", "DuplicateKey", "InvalidValue", "KeyNotFound", "Store", "StoreError",
           "StoreUnavailable"]

_FROM = {"REPORT_GROUPS": "store", "SCHEMA_HEAD": "store", "Store": "store", "DuplicateKey": "errors",
         "InvalidValue": "errors", "KeyNotFound": "errors", "StoreError": "errors", "StoreUnavailable": "errors"}


def __getattr__(name: str):
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_FROM[name]}"), name)
