"""The relay's database: keys, the keys_version marker and the usage ledger (`Store`), its migrations, and
where its data lives (`paths`). See docs/team-layer.md."""

from .errors import DuplicateKey, InvalidValue, KeyNotFound, StoreError, StoreUnavailable
from .store import REPORT_GROUPS, SCHEMA_HEAD, Store

__all__ = ["REPORT_GROUPS", "SCHEMA_HEAD", "DuplicateKey", "InvalidValue", "KeyNotFound", "Store", "StoreError",
           "StoreUnavailable"]
