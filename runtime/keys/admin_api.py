"""`/admin/keys` and `/admin/usage`: key and usage administration over HTTP, for keys with the `manage` scope.

    GET    /admin/keys                  {"object": "list", "data": [key, ...]} (database keys, then static ones)
    POST   /admin/keys                  {"name", ...fields}          -> 201 key + "key" (shown this once)
    PATCH  /admin/keys/{name}           {...fields}                  -> key
    DELETE /admin/keys/{name}                                        -> key (revoked)
    POST   /admin/keys/{name}/rotate    {"grace": "1h"} (optional)   -> key + "key" (shown this once)
    GET    /admin/usage?group_by=key,model,day&since=&until=&key=&model=  {"object": "list", "data": [row, ...]}

Fields and the key object are runtime/keys/fields.py's; usage rows are runtime/usage/report.py's (the same as
`relay usage --json`). Static keys (RELAY_KEYS, RELAY_KEYS_FILE) are listed but cannot be changed here.
Errors use OpenAI's envelope: 401 no or unknown key, 403 no `manage` scope, 404 unknown key name, 409 name
taken or static key, 400 bad input (with `param`), 413 body over 64 KiB, 503 database unavailable.
"""

from __future__ import annotations

import inspect
import json
import logging
import time
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs

from ..auth import token_from_headers
from ..errors import RelayError, send_error
from ..store.errors import DuplicateKey, InvalidValue, KeyNotFound, StoreError, StoreUnavailable
from .fields import FIELDS, create_arguments, key_changes, key_view, parse_duration
from .records import KeyRecord

__all__ = ["AdminAPI", "as_relay_error"]

log = logging.getLogger("relay")

_MAX_BODY = 64 * 1024
_KEYS = "/admin/keys"
_USAGE = "/admin/usage"


class AdminAPI:
    """A raw ASGI app for the paths above. `authenticate(token) -> KeyRecord | None` (may be async) is the
    relay's own key check; `on_change()` (may be async) runs after every change that succeeded, before the
    answer is sent; `static_keys` (records, or a callable returning them) are the read-only keys."""

    def __init__(self, store, authenticate: Callable, on_change: Callable | None = None,
                 static_keys: Iterable[KeyRecord] | Callable[[], Iterable[KeyRecord]] = ()):
        self._store = store
        self._authenticate = authenticate
        self._on_change = on_change
        self._static_keys = static_keys

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        try:
            await self._authorize(scope)
            status, body = await self._route(scope, receive)
        except RelayError as exc:
            await send_error(send, exc, [(b"cache-control", b"no-store")])
            return
        except StoreUnavailable as exc:
            log.warning("admin API: %s", exc)
            await send_error(send, RelayError(503, "The relay's database is unavailable; try again shortly.",
                                              code="database_unavailable"), [(b"cache-control", b"no-store")])
            return
        except StoreError as exc:
            await send_error(send, as_relay_error(exc), [(b"cache-control", b"no-store")])
            return
        payload = json.dumps(body, separators=(",", ":")).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
            (b"cache-control", b"no-store"),
        ]})
        await send({"type": "http.response.body", "body": payload})

    async def _authorize(self, scope) -> None:
        token = token_from_headers(scope.get("headers", ()))
        if not token:
            raise RelayError(401, "Missing relay key: send it as 'Authorization: Bearer <key>' or 'X-Relay-Key'.",
                             code="missing_api_key")
        record = await _maybe_await(self._authenticate(token))
        if record is None or not record.active(time.time()):
            raise RelayError(401, "Invalid relay key.", code="invalid_api_key")
        if "manage" not in record.scopes:
            raise RelayError(403, "This key lacks the 'manage' scope needed for key and usage administration.",
                             code="insufficient_scope")

    async def _route(self, scope, receive) -> tuple[int, object]:
        method, path = scope["method"], scope["path"]
        if path == _USAGE:
            _allow(method, "GET")
            return 200, await self.usage(_query(scope))
        if path == _KEYS:
            _allow(method, "GET", "POST")
            if method == "GET":
                return 200, await self.list_keys()
            return 201, await self.create_key(await _json_body(receive))
        if path.startswith(_KEYS + "/"):
            name, _, action = path[len(_KEYS) + 1:].partition("/")
            if name and action == "rotate":
                _allow(method, "POST")
                return 200, await self.rotate_key(name, await _json_body(receive, required=False))
            if name and not action:
                _allow(method, "PATCH", "DELETE")
                if method == "PATCH":
                    return 200, await self.update_key(name, await _json_body(receive))
                return 200, await self.revoke_key(name)
        raise RelayError(404, f"Unknown admin path {path!r}.", code="unknown_url")

    # The operations, also called by the admin console (runtime/admin/) with the same checks and errors:
    # `StoreError`s (one sentence) and `RelayError`s (static keys are read-only).

    async def list_keys(self) -> dict:
        now = time.time()
        records = await self._store.load_keys()
        return {"object": "list", "data": [key_view(r, now) for r in (*records, *self._statics())]}

    async def create_key(self, body: dict) -> dict:
        """Create a key from `body` (name + fields); the answer holds the raw key, shown this once."""
        name = body.pop("name", None)
        if not isinstance(name, str) or not name:
            raise InvalidValue("name", "A new key needs a 'name'.")
        if any(r.name == name for r in self._statics()):
            raise DuplicateKey(name)
        record, raw = await self._store.create_key(name, **create_arguments(_only_fields(body)))
        await self._changed()
        return {"name": record.name, "key": raw, **key_view(record)}

    async def update_key(self, name: str, body: dict) -> dict:
        self._refuse_static(name)
        changes = key_changes(_only_fields(body))
        record = await self._store.update_key(name, **changes) if changes else await self._store.get_key(name)
        if record is None:
            raise KeyNotFound(name)
        if changes:
            await self._changed()
        return key_view(record)

    async def revoke_key(self, name: str) -> dict:
        self._refuse_static(name)
        before = await self._store.get_key(name)
        record = await self._store.revoke_key(name)
        if before is not None and before.revoked_at is None:
            await self._changed()
        return key_view(record)

    async def rotate_key(self, name: str, body: dict) -> dict:
        self._refuse_static(name)
        unknown = [k for k in body if k not in ("grace", "grace_seconds")]
        if unknown:
            raise InvalidValue(unknown[0], f"Unknown field {unknown[0]!r}; rotate takes 'grace' (e.g. \"1h\").")
        grace = body.get("grace", body.get("grace_seconds", 3600))
        seconds = parse_duration(grace, "grace") if isinstance(grace, str) else grace
        record, raw = await self._store.rotate_key(name, grace_seconds=seconds)
        await self._changed()
        return {"name": record.name, "key": raw, **key_view(record)}

    async def usage(self, params: dict) -> dict:
        """Usage rows for the query parameters `params` (group_by, since, until, key, model: text)."""
        from ..usage.report import report_query

        unknown = [k for k in params if k not in ("group_by", "since", "until", "key", "model")]
        if unknown:
            raise InvalidValue(unknown[0], f"Unknown query parameter {unknown[0]!r}; use group_by, since, until, "
                                           f"key, model.")
        query = report_query(params.get("group_by", "key"), params.get("since"), params.get("until"),
                             params.get("key"), params.get("model"))
        return {"object": "list", "data": await self._store.usage_report(**query)}

    def _statics(self) -> list[KeyRecord]:
        keys = self._static_keys() if callable(self._static_keys) else self._static_keys
        return list(keys)

    def _refuse_static(self, name: str) -> None:
        for record in self._statics():
            if record.name == name:
                where = "RELAY_KEYS" if record.source == "env" else "RELAY_KEYS_FILE"
                raise RelayError(409, f"The key {name!r} comes from {where} and is read-only here; change it there.",
                                 code="static_key", param="name")

    async def _changed(self) -> None:
        if self._on_change is None:
            return
        try:
            await _maybe_await(self._on_change())
        except Exception:  # the change is committed; other workers see it through keys_version anyway
            log.exception("admin API: on_change failed")


def as_relay_error(exc: StoreError) -> RelayError:
    """A store refusal as the HTTP error it is (404 unknown key, 409 name taken, 400 bad value)."""
    if isinstance(exc, KeyNotFound):
        return RelayError(404, str(exc), code="key_not_found", param="name")
    if isinstance(exc, DuplicateKey):
        return RelayError(409, str(exc), code="key_exists", param="name")
    if isinstance(exc, InvalidValue):
        return RelayError(400, str(exc), code="invalid_value", param=exc.param)
    return RelayError(400, str(exc), code="invalid_request")


def _query(scope) -> dict:
    return {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}


def _allow(method: str, *allowed: str) -> None:
    if method not in allowed:
        raise RelayError(405, f"{method} is not allowed here; use {' or '.join(allowed)}.", code="method_not_allowed")


def _only_fields(body: dict) -> dict:
    unknown = [k for k in body if k not in FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], f"Unknown field {unknown[0]!r}; a key has name, {', '.join(FIELDS)}.")
    return body


async def _json_body(receive, *, required: bool = True) -> dict:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise RelayError(400, "The client went away before sending the whole body.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > _MAX_BODY:
            raise RelayError(413, f"The request body is larger than {_MAX_BODY // 1024} KiB.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    raw = b"".join(chunks)
    if not raw.strip() and not required:
        return {}
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RelayError(400, "The request body is not valid JSON.", code="invalid_json") from None
    if not isinstance(body, dict):
        raise RelayError(400, "The request body must be a JSON object.", code="invalid_json")
    return body


async def _maybe_await(value):
    return await value if inspect.isawaitable(value) else value
