"""STOPGAP until the usage branch (runtime/usage/extract.py, `tap_for`) is merged: read `usage` and `model`
from whole small JSON answers of the operations that report tokens, so the metrics and logs have tokens in
real runs meanwhile. Same interface as `runtime.usage.extract.tap_for`; delete this module when that lands."""

from __future__ import annotations

import json

from ..usage.records import Usage

__all__ = ["tap_for"]

_OPERATIONS = frozenset({"createResponse", "createChatCompletion", "createCompletion", "createEmbedding"})
_LIMIT = 1024 * 1024


def tap_for(content_type: bytes | None, operation_id: str):
    if operation_id in _OPERATIONS and content_type and content_type.startswith(b"application/json"):
        return _JsonTap()
    return None


class _JsonTap:
    __slots__ = ("parts", "size")

    def __init__(self):
        self.parts: list[bytes] = []
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size <= _LIMIT:
            self.parts.append(chunk)

    def result(self) -> Usage | None:
        if self.size > _LIMIT:
            return None
        try:
            body = json.loads(b"".join(self.parts))
        except ValueError:
            return None
        usage = body.get("usage") if isinstance(body, dict) else None
        if not isinstance(usage, dict):
            return None
        details_in = usage.get("input_tokens_details") or usage.get("prompt_tokens_details") or {}
        details_out = usage.get("output_tokens_details") or usage.get("completion_tokens_details") or {}
        try:
            return Usage(input=int(usage.get("input_tokens", usage.get("prompt_tokens", 0)) or 0),
                         cached=int(details_in.get("cached_tokens", 0) or 0),
                         output=int(usage.get("output_tokens", usage.get("completion_tokens", 0)) or 0),
                         reasoning=int(details_out.get("reasoning_tokens", 0) or 0),
                         model=body.get("model") if isinstance(body.get("model"), str) else None)
        except (TypeError, ValueError, AttributeError):
            return None
