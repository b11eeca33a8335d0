"""Which operation a `/v1/...` request names, in near-constant time.

Generated route modules declare one FastAPI route per operation with `route_class=OperationRoute`; those
routes only document the operation for `/docs` and `/openapi.json`. Requests are matched by `DispatchIndex`,
built once from the catalog: a dict keyed by (method, segment count, first segment), then a short list of
templates ordered so that literal segments win over parameters whatever the spec's order
(`/threads/runs` before `/threads/{thread_id}`).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from fastapi.routing import APIRoute

from .catalog import Catalog, OperationSpec

__all__ = ["DispatchIndex", "Match", "OperationRoute", "is_websocket_path", "unsafe_path"]

# A path is forwarded exactly as the dispatcher matched it, so nothing in it may change meaning when upstream
# (or a proxy on the way) decodes or normalises it: no `.`/`..` segments, no backslash, no percent-encoded
# `.`, `/`, `\`, `%`, `?`, `#` or control bytes, no `%` that is not an escape.
ENCODED_UNSAFE = re.compile(r"%(2e|2f|5c|25|3f|23|[01][0-9a-f]|7f)", re.IGNORECASE)
BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
DOT_SEGMENT = re.compile(r"(^|/)\.\.?(/|$)")


def unsafe_path(path: str) -> str | None:
    """Why the raw `path` cannot be forwarded (a short phrase), or None when it can."""
    if "%" in path:
        if ENCODED_UNSAFE.search(path):
            return "a percent-encoded '.', '/', '\\', '%', '?', '#' or control byte"
        if BAD_ESCAPE.search(path):
            return "a '%' that is not a percent-escape"
    if "." in path and DOT_SEGMENT.search(path):
        return "a '.' or '..' segment"
    if "\\" in path:
        return "a backslash"
    return None

# Relay paths that speak WebSocket (the openai SDK's `connect()` endpoints); the server hands an upgrade on
# one of them to the WebSocket protocol and refuses every other upgrade.
WEBSOCKET_PATHS = frozenset({"/v1/realtime", "/v1/realtime/translations", "/v1/responses", "/v1/live/sessions"})
_WEBSOCKET_PATTERNS = (re.compile(r"^/v1/live/sessions/[^/]+/attach$"),)


def is_websocket_path(path: str) -> bool:
    return path in WEBSOCKET_PATHS or any(p.match(path) for p in _WEBSOCKET_PATTERNS)


class OperationRoute(APIRoute):
    """A generated route. Its handler only documents the operation; `bind()` makes it forward instead."""

    def bind(self, app) -> None:
        """Serve this route with the ASGI callable `app` (the forwarder), not with the documented handler."""
        self.app = app


Match = tuple[OperationSpec | None, tuple[str, ...] | None]
# (operation, None) on a match; (None, allowed methods) when the path exists for other methods; (None, ()) 404.

_NO_MATCH: Match = (None, ())


class _Template:
    __slots__ = ("plain", "segments", "variants")

    def __init__(self, segments: tuple[str | None, ...]):
        self.segments = segments  # literal text, or None for a parameter
        self.plain: OperationSpec | None = None
        self.variants: list[OperationSpec] = []  # operations with a fixed query (`?beta=true`)

    def pick(self, query_string: bytes) -> OperationSpec:
        if self.variants and query_string:
            present = set(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))
            for op in self.variants:
                if all(pair in present for pair in op.fixed_query):
                    return op
        return self.plain or self.variants[0]


def _split(path: str) -> tuple[str, ...]:
    return tuple(path.strip("/").split("/")) if path.strip("/") else ()


def _parse_template(path: str) -> tuple[str | None, ...]:
    return tuple(None if s.startswith("{") and s.endswith("}") else s for s in _split(path))


def _specificity(segments: tuple[str | None, ...]) -> tuple[int, ...]:
    return tuple(1 if s is None else 0 for s in segments)


class DispatchIndex:
    """Operation lookup by method and relay path (the part after `/v1`)."""

    def __init__(self, catalog: Catalog):
        templates: dict[tuple[str, tuple[str | None, ...]], _Template] = {}
        for op in catalog:
            segs = _parse_template(op.path)
            tpl = templates.setdefault((op.method.upper(), segs), _Template(segs))
            if op.fixed_query:
                tpl.variants.append(op)
            elif tpl.plain is None:
                tpl.plain = op
        for tpl in templates.values():  # the variant with the most fixed pairs is tried first
            tpl.variants.sort(key=lambda op: -len(op.fixed_query))

        # Fully literal paths: one dict lookup on the raw path.
        self._literal: dict[tuple[str, str], _Template] = {}
        # Templates with parameters: bucketed by (method, segment count, first segment or None).
        buckets: dict[tuple[str, int, str | None], list[_Template]] = {}
        self._paths: dict[tuple[int, str | None], set[str]] = {}  # for 405: methods by bucket
        for (method, segs), tpl in templates.items():
            if all(s is not None for s in segs):
                self._literal[(method, "/" + "/".join(segs))] = tpl
            buckets.setdefault((method, len(segs), segs[0] if segs else None), []).append(tpl)
        for bucket in buckets.values():
            bucket.sort(key=lambda t: _specificity(t.segments))
        self._buckets = buckets

    def match(self, method: str, path: str, query_string: bytes = b"") -> Match:
        """The operation for `method` and `path` (raw, after `/v1`, starting with `/`)."""
        tpl = self._literal.get((method, path))
        if tpl is None:
            tpl = self._find(method, path)
            if tpl is None:
                return self._other_methods(method, path)
        return tpl.pick(query_string), None

    def _find(self, method: str, path: str) -> _Template | None:
        parts = path[1:].split("/") if len(path) > 1 else []
        n = len(parts)
        first = parts[0] if parts else None
        for key in ((method, n, first), (method, n, None)):
            bucket = self._buckets.get(key)
            if bucket is None:
                continue
            for tpl in bucket:
                for seg, part in zip(tpl.segments, parts):
                    if seg is None:
                        if not part:
                            break
                    elif seg != part:
                        break
                else:
                    return tpl
        return None

    def _other_methods(self, method: str, path: str) -> Match:
        methods = {m for (m, _, _) in self._buckets}
        allowed = tuple(sorted(m for m in methods if m != method and self._find(m, path) is not None))
        return (None, allowed) if allowed else _NO_MATCH
