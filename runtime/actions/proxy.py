"""`POST /actions/proxy` (relay key): `{method, path, query, body}` names one Actions operation below `/v1`.

The envelope is checked against the catalog (method + path template, `policy.actions`, `policy.exposed`, the
key's scopes) and refused with an OpenAI error envelope if it is not a plain JSON call to such an operation (or
one whose adapter speaks JSON for it: `files_in`, `files_out`); otherwise it is answered exactly as the
operation's own action `/actions/v1/<path>` would answer it (runtime/actions/gateway.py): same adapter, same
shaping, and every upstream call through `RelayApp.relay`.
"""

from __future__ import annotations

import json
import logging
import re
from urllib.parse import quote, urlencode

from ..auth import token_from_headers
from ..errors import RelayError, send_error
from ..forward import REQUEST_ID_HEADER
from .gateway import ActionsCall, ActionsGateway

__all__ = ["PROXY_PATH", "ActionsProxy"]

log = logging.getLogger("relay")

PROXY_PATH = "/actions/proxy"
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_ENVELOPE_KEYS = ("method", "path", "query", "body")
_JSON_REQUEST_KINDS = frozenset({"json", "none"})
_RAW_RESPONSE_KINDS = frozenset({"binary", "sdp"})
_FILE_ADAPTERS = frozenset({"files_in", "files_out"})  # adapters that turn a file operation into JSON
# Control characters (CR, LF, NUL, ...) are refused in the method, the path and query keys/values.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# Percent-escapes that could smuggle a dot, a slash, a backslash or a second round of decoding.
_ENCODED_TRAVERSAL = re.compile(r"%(2e|2f|5c|25)", re.IGNORECASE)
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ENCODED_CONTROL = re.compile(r"%([01][0-9a-f]|7f)", re.IGNORECASE)
# Characters left as they are in the forwarded path; everything else (spaces, non-ASCII) is %-escaped.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


class _Refused(Exception):
    def __init__(self, status: int, message: str, code: str, param: str | None = None):
        super().__init__(message)
        self.error = RelayError(status, message, code=code, param=param)


def _refuse(message: str, code: str, param: str | None = None, status: int = 400):
    raise _Refused(status, message, code, param)


class ActionsProxy:
    """The raw-ASGI `POST /actions/proxy` endpoint for one `RelayApp`."""

    def __init__(self, relay, gateway: ActionsGateway | None = None):
        self.relay = relay
        if gateway is None:
            from .documents import ActionsDocuments

            gateway = ActionsGateway(relay, ActionsDocuments(None, relay.settings.relay_public_url))
        self.gateway = gateway
        settings = relay.settings  # an envelope is an Actions call: the validated-body limit applies
        self._max_body = min(settings.relay_max_body_bytes, settings.relay_validated_max_body_bytes)

    async def __call__(self, scope, receive, send) -> None:
        outer = (scope.get("state") or {}).get("request_id")
        rid = outer.encode() if isinstance(outer, str) else self.relay.new_request_id()
        extra = [] if outer else [(REQUEST_ID_HEADER, rid)]

        key = await self.relay.keystore.authenticate_fresh(token_from_headers(scope["headers"]))
        if key is None:
            await send_error(send, RelayError(
                401, "Missing or invalid relay key: send it as 'Authorization: Bearer <relay key>' "
                     "or 'X-Relay-Key'.", code="invalid_api_key"), extra)
            return
        try:
            length = next((v for n, v in scope["headers"] if n == b"content-length"), b"")
            if length.strip().isdigit() and int(length) > self._max_body:  # no need to read what is refused
                _refuse(f"Request body is larger than this relay accepts ({self._max_body} bytes).",
                        "request_too_large", status=413)
            raw = await self._read(receive)
            call = self.plan(raw, key)
        except _Refused as refused:
            log.info("%s actions proxy refused: %s", rid.decode(), refused.error.code)
            await send_error(send, refused.error, extra)
            return

        method, path, query_string, body, op = call
        actions_call = ActionsCall(self.gateway, scope, op, method, path, query_string, body, rid, key)
        await self.gateway.serve(actions_call, receive, send, extra)

    async def _read(self, receive) -> bytes:
        parts, total = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                _refuse("The client went away.", "client_gone")
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self._max_body:
                _refuse(f"Request body is larger than this relay accepts ({self._max_body} bytes).",
                        "request_too_large", status=413)
            parts.append(chunk)
            if not message.get("more_body", False):
                return b"".join(parts)

    def plan(self, raw: bytes, key) -> tuple:
        """Check one envelope; return (method, path below /v1, query string, JSON body or None, operation)."""
        try:
            envelope = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            _refuse("The request body must be a JSON object {method, path, query, body}.", "invalid_json")
        except RecursionError:
            _refuse("The request body is nested too deeply.", "invalid_json")
        if not isinstance(envelope, dict):
            _refuse("The request body must be a JSON object {method, path, query, body}.", "invalid_envelope")
        unknown = sorted(set(envelope) - set(_ENVELOPE_KEYS))
        if unknown:
            _refuse(f"Unknown field {unknown[0]!r}: the envelope has only method, path, query and body.",
                    "invalid_envelope", unknown[0])

        method = envelope.get("method")
        if not isinstance(method, str) or not method:
            _refuse("'method' must be an HTTP method name, e.g. \"GET\".", "invalid_method", "method")
        if _CONTROL.search(method):
            _refuse("'method' must not contain control characters (CR, LF, ...).", "control_characters", "method")
        method = method.upper()
        if method not in _METHODS:
            _refuse(f"Method {method!r} is not supported; use one of {', '.join(sorted(_METHODS))}.",
                    "unsupported_method", "method")

        path = _check_path(envelope.get("path"))
        query_string = _query_string(envelope.get("query"))
        body = envelope.get("body")
        if body is not None and not isinstance(body, dict):
            _refuse("'body' must be a JSON object (or left out).", "invalid_body", "body")
        if body is not None and body.get("stream") not in (None, False):
            _refuse("Streaming is not available through Actions: leave out 'stream' or set it to false.",
                    "streaming_not_supported", "body.stream")

        op, allowed = self.relay.index.match(method, path, query_string)
        if op is None:
            if allowed:
                _refuse(f"{method} {path} is not an operation; this path takes {', '.join(allowed)}.",
                        "unknown_operation", "method")
            _refuse(f"{method} {path} is not an OpenAI API operation this relay knows.", "unknown_operation",
                    "path")
        if not op.policy.exposed:
            _refuse(f"The operation {op.operation_id} is blocked by this relay's policy.", "operation_blocked",
                    status=403)
        if not op.policy.actions:
            _refuse(f"The operation {op.operation_id} is not available to ChatGPT Actions.",
                    "not_an_actions_operation", status=403)
        if not key.allows(op):
            _refuse(f"This relay key may not call {op.operation_id} (needs scope '{op.policy.scope}').",
                    "insufficient_scope", status=403)
        if (op.request_kind not in _JSON_REQUEST_KINDS or op.response_kind in _RAW_RESPONSE_KINDS) \
                and op.policy.actions_adapter not in _FILE_ADAPTERS:
            _refuse(f"The operation {op.operation_id} sends or returns {op.request_kind}/{op.response_kind} "
                    f"data, which the Actions proxy does not carry (JSON only).", "unsupported_content")
        if op.request_kind == "none":
            if body:
                _refuse(f"The operation {op.operation_id} takes no request body.", "unexpected_body", "body")
            return method, path, query_string, None, op
        if body is None:
            body = {}
        return (method, path, query_string, json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode(),
                op)


def _check_path(path) -> str:
    """The operation path below `/v1` ("/models/gpt-4o"), or a refusal naming what is wrong with it."""
    if not isinstance(path, str) or not path.strip():
        _refuse("'path' must be the operation's path, e.g. \"/models\".", "invalid_path", "path")
    if _CONTROL.search(path) or _ENCODED_CONTROL.search(path):
        _refuse("'path' must not contain control characters (CR, LF, ...), raw or %-encoded.",
                "control_characters", "path")
    if path.startswith(("//", "\\")) or _SCHEME.match(path) or "://" in path:
        _refuse("'path' must be a path below /v1, not an absolute URL.", "absolute_url", "path")
    if "?" in path or "#" in path:
        _refuse("'path' must not contain '?' or '#': pass query parameters in 'query'.", "invalid_path", "path")
    if "\\" in path:
        _refuse("'path' must not contain backslashes.", "invalid_path", "path")
    if _ENCODED_TRAVERSAL.search(path):
        _refuse("'path' must not contain encoded dots, slashes, backslashes or percent signs "
                "(%2e, %2f, %5c, %25).", "encoded_traversal", "path")
    if _BAD_ESCAPE.search(path):
        _refuse("'path' has a '%' that is not a percent-escape.", "invalid_path", "path")
    if not path.startswith("/"):
        path = "/" + path
    segments = path[1:].split("/")
    if any(s in (".", "..") for s in segments):
        _refuse("'path' must not contain '.' or '..' segments.", "path_traversal", "path")
    if segments[0] == "v1":
        segments = segments[1:]
    if segments and segments[0] == "actions":
        _refuse("The Actions proxy cannot call the relay's own /actions endpoints.", "recursive_call", "path")
    if not segments or any(s == "" for s in segments):
        _refuse("'path' must name an operation, without empty segments (e.g. \"/vector_stores/vs_1/files\").",
                "invalid_path", "path")
    return quote("/" + "/".join(segments), safe=_PATH_SAFE)


def _query_string(query) -> bytes:
    if query is None:
        return b""
    if not isinstance(query, dict):
        _refuse("'query' must be a JSON object of parameter names to values (or left out).", "invalid_query",
                "query")
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if _CONTROL.search(name):
            _refuse("Query parameter names must not contain control characters (CR, LF, ...).",
                    "control_characters", "query")
        if name == "stream" and value not in (None, False, "false"):
            _refuse("Streaming is not available through Actions: leave out 'stream'.", "streaming_not_supported",
                    "query.stream")
        for item in (value if isinstance(value, list) else [value]):
            if item is None:
                continue
            if isinstance(item, bool):
                text = "true" if item else "false"
            elif isinstance(item, (int, float, str)):
                text = str(item)
            else:
                _refuse(f"Query parameter {name!r} must be a string, number, boolean or a list of them.",
                        "invalid_query", f"query.{name}")
            if _CONTROL.search(text):
                _refuse(f"Query parameter {name!r} must not contain control characters (CR, LF, ...).",
                        "control_characters", f"query.{name}")
            pairs.append((name, text))
    return urlencode(pairs).encode("ascii")
