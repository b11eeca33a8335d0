"""`Recent`: the usage keys this worker counted lately, so that a background Response's usage, shown again by
later polls of the same worker, is priced, charged to the limits and counted in metrics once.

It is only the cheap first line: another worker or relay may have counted the same response, which the ledger's
claims (Store.write_usage) and Redis's (limits/redis.py) settle across processes. Bounded: the oldest keys go
first once `size` are held (a re-read that old is caught by the claims alone)."""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["Recent"]


class Recent:
    __slots__ = ("_keys", "_size")

    def __init__(self, size: int = 16_384):
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def first(self, key: str) -> bool:
        """True the first time `key` is seen (within the last `size` keys); it is then remembered."""
        keys = self._keys
        if key in keys:
            keys.move_to_end(key)
            return False
        keys[key] = None
        if len(keys) > self._size:
            keys.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._keys)
