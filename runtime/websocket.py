"""WebSocket relay: the Realtime API and the Responses API's WebSocket mode, proxied to OpenAI (issue 7).

`WebSocketRelay(settings, keys)` is a raw ASGI app for `websocket` scopes; `runtime.app.build_app` routes
every websocket scope to it. One session goes:

1. Handshake auth, before anything goes upstream: the relay key from `Authorization: Bearer`, `X-Relay-Key`,
   or (browsers cannot set headers) the subprotocol `openai-insecure-api-key.<relay key>`. The key needs the
   "api" scope. A refusal is an HTTP response in OpenAI's error envelope (ASGI `websocket.http.response`
   extension), or, on a server without it, an accepted-then-closed socket with code 1008 and the reason.
2. Connect upstream (`OPENAI_BASE_URL` with http→ws, https→wss, plus the path after `/v1` and the raw query)
   with `Authorization: Bearer <upstream key>`; the client's other subprotocols and headers (`OpenAI-Beta`,
   `OpenAI-Organization`/`-Project` unless configured, `x-stainless-*`, `User-Agent`) pass through.
   Upstream refusing the handshake gives the client the upstream's status and body; unreachable → 502,
   too slow → 504.
3. Accept the client only now, with the subprotocol upstream chose (never a key subprotocol).
4. Two pumps, one per direction, frames unchanged (text stays text, binary stays binary) and in order.
   Close codes and reasons pass through both ways; when either side goes, the other is closed at once.
   Upstream keep-alive pings every `RELAY_WS_PING_INTERVAL`; messages over `RELAY_WS_MAX_MESSAGE_BYTES` end
   the session with 1009; no message either way for `RELAY_WS_IDLE_TIMEOUT` ends it with 1000 "idle timeout".

The upstream key appears only in the upstream handshake's Authorization header: never in a message, close
reason, denial body or log line (bodies and reasons from upstream are scrubbed of it, just in case).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from .auth import token_from_headers
from .call import Call
from .config import Settings
from .errors import RelayError
from .routing import is_websocket_path
from .usage.extract import model_from_query, ws_usage

log = logging.getLogger("relay.websocket")

KEY_SUBPROTOCOL_PREFIX = "openai-insecure-api-key."

# Handshake headers never forwarded upstream: hop-by-hop, the WebSocket handshake's own (the websockets
# library writes those), the relay's credentials, and the client's cookies, origin and other browser-set
# `sec-*` headers (the relay is the client upstream sees; upstream must not mistake it for a browser).
_DROP_REQUEST_HEADERS = frozenset({
    b"host", b"connection", b"upgrade", b"keep-alive", b"proxy-connection", b"proxy-authorization",
    b"te", b"trailer", b"transfer-encoding", b"content-length", b"authorization", b"x-relay-key",
    b"cookie", b"origin", b"user-agent", b"forwarded", b"x-forwarded-for", b"x-forwarded-host",
    b"x-forwarded-proto", b"x-real-ip",
})
_CONFIG_HEADERS = {b"openai-organization": "openai_org_id", b"openai-project": "openai_project_id"}

# Upstream handshake-response headers worth returning to the client (on accept and on refusal).
_PASS_RESPONSE_PREFIXES = ("x-request-id", "openai-", "x-ratelimit-", "retry-after")

REQUEST_ID_HEADER = b"x-relay-request-id"

# Close codes that may be sent on the wire (RFC 6455 §7.4, IANA registry); 1005/1006/1015 are local-only.
def _sendable(code: int | None) -> bool:
    return code is not None and (code in (1000, 1001, 1002, 1003) or 1007 <= code <= 1014 or 3000 <= code <= 4999)



def upstream_ws_url(base_url: str, raw_path: bytes, query_string: bytes) -> str:
    """`OPENAI_BASE_URL` (http→ws, https→wss) + the relay path after `/v1` + the raw query."""
    parts = urlsplit(base_url)
    scheme = {"http": "ws", "https": "wss"}[parts.scheme]
    rest = raw_path.decode("latin-1")[len("/v1"):]
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + rest, query_string.decode("latin-1"), ""))


class _Refusal(Exception):
    """Refuse the handshake: HTTP status, body and headers for the client; `cause` (for the log line only)
    says what went wrong upstream when the client's message does not."""

    def __init__(self, status: int, body: bytes, headers: list[tuple[bytes, bytes]], reason: str,
                 cause: str | None = None, *, from_upstream: bool = False, code: str = "upstream_refused"):
        super().__init__(reason)
        self.code = code  # what metrics and the ledger call the refusal (the error code, or "upstream_refused")
        self.status = status
        self.body = body
        self.headers = headers
        self.reason = reason
        self.cause = cause
        self.from_upstream = from_upstream

    def log_level(self) -> int:
        """INFO for the client's mistakes (bad key, wrong path, upstream's 4xx about the request); WARNING
        when the relay or upstream failed (5xx) or upstream refused the relay's own key (401/403)."""
        if self.status >= 500 or (self.from_upstream and self.status in (401, 403)):
            return logging.WARNING
        return logging.INFO


def _relay_refusal(error: RelayError, cause: str | None = None) -> _Refusal:
    return _Refusal(error.status, error.body(), [(b"content-type", b"application/json"), *error.response_headers()],
                    error.message, cause, code=error.code or "websocket")


# uvicorn's own lines about each handshake (no relay request id; and an ERROR "returned without completing
# handshake" after every denial response, which is how the relay refuses). The relay logs one line per
# handshake itself, with its request id, so these are dropped.
_UVICORN_HANDSHAKE_LINES = frozenset({
    '%s - "WebSocket %s" [accepted]', '%s - "WebSocket %s" 403', '%s - "WebSocket %s" %d',
    "connection open", "connection rejected (%d %s)", "HTTP response sent (%d %s)",
    "ASGI callable returned without completing handshake.", "ASGI callable returned without sending handshake.",
})


class _DropUvicornHandshakeLines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg not in _UVICORN_HANDSHAKE_LINES


def _quiet_uvicorn_handshakes() -> None:
    server_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DropUvicornHandshakeLines) for f in server_log.filters):
        server_log.addFilter(_DropUvicornHandshakeLines())


class _NoRedirect(ws_connect):
    """Never follow upstream redirects: the Authorization header must not travel to another origin."""

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc


class _RedactKey(logging.Filter):
    """The websockets library logs handshake headers at DEBUG: keep the upstream key out of those lines."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    def filter(self, record: logging.LogRecord) -> bool:
        if self.key:
            message = record.getMessage()
            if self.key in message:
                record.msg, record.args = message.replace(self.key, "***"), ()
        return True


class WebSocketRelay:
    """ASGI app for `websocket` scopes: Realtime / Responses WebSocket mode through the relay."""

    upstream_compression: str | None = "deflate"  # permessage-deflate offered upstream (None: off)

    def __init__(self, settings: Settings, keys, *, connect=None, on_start=None, on_key=None, on_finish=None,
                 limiter=None):
        self.settings = settings
        self.keys = keys
        self._limiter = limiter  # a session is one call: one request, one lease while it lasts
        self._on_start = on_start  # (Call, scope) -> None
        self._on_key = on_key  # (Call) -> None, once the session's key is known
        self._on_finish = on_finish  # (Call) -> None: the ledger, limits and metrics see the session as one call
        self._connect = connect or _NoRedirect
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
        self._upstream_key = key
        # a logger of our own for the upstream connections, so the redacting filter sees every record
        self._upstream_log = logging.getLogger("relay.websocket.upstream")
        if not any(isinstance(f, _RedactKey) and f.key == key for f in self._upstream_log.filters):
            self._upstream_log.addFilter(_RedactKey(key))
        _quiet_uvicorn_handshakes()

    # ---- ASGI entry -------------------------------------------------------------------------------
    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "websocket":
            raise RuntimeError(f"WebSocketRelay serves websocket scopes, not {scope['type']!r}")
        request_id = _request_id(scope)
        started = time.monotonic()
        message = await receive()
        if message["type"] != "websocket.connect":  # client went before the handshake reached us
            return
        path = scope.get("path", "")
        call = Call(request_id.encode(), "GET", scope.get("raw_path") or path.encode(), time.perf_counter())
        call.op = _ws_operation(path)
        if self._on_start is not None:
            self._on_start(call, scope)
        try:
            await self._session(scope, receive, send, request_id, path, started, call)
        finally:
            if self._on_finish is not None:
                self._on_finish(call)

    async def _session(self, scope, receive, send, request_id: str, path: str, started: float, call: Call) -> None:
        try:
            fresh = getattr(self.keys, "authenticate_fresh", None)
            if fresh is not None:  # a key created a moment ago: let the key cache catch up first
                await fresh(_token(scope))
            key = call.key = self._authorize(scope, path)
            if self._on_key is not None:
                self._on_key(call)
            call.model = model_from_query(scope.get("query_string") or b"")
            self._check_model(key, call.model)
            if self._limiter is not None and key.limits.any():
                error = await self._limiter.admit(call)
                if error is not None:
                    refusal = _relay_refusal(error)
                    refusal.code = "budget" if error.code == "insufficient_quota" else "limits"
                    raise refusal
            upstream = await self._open_upstream(scope)
        except _Refusal as refusal:
            log.log(refusal.log_level(), "%s ws %s refused %d: %s [%.3fs]", request_id, path, refusal.status,
                    self._scrub(refusal.cause or refusal.reason), time.monotonic() - started)
            call.status = refusal.status
            call.reason = refusal.code
            await self._refuse(scope, send, refusal, request_id)
            return
        try:
            accept_headers = [(REQUEST_ID_HEADER, request_id.encode())] + _pass_response_headers(
                upstream.response.headers if upstream.response else None)
            await send({"type": "websocket.accept", "subprotocol": upstream.subprotocol,
                        "headers": accept_headers})
        except OSError:  # client gone while we were connecting upstream
            await upstream.close(1001, "client went away")
            log.info("%s ws %s client left during handshake", request_id, path)
            return
        call.status = 101
        call.ttfb = time.perf_counter() - call.started
        log.info("%s ws %s open key=%s subprotocol=%s", request_id, path, key.name, upstream.subprotocol)
        session = _Session(self, upstream, receive, send, request_id)
        try:
            outcome = await session.run()
        finally:
            call.usage = session.usage
            call.bytes_in, call.bytes_out = session.bytes_in, session.bytes_out
        log.info("%s ws %s closed %s [%.3fs]", request_id, path, outcome, time.monotonic() - started)

    @staticmethod
    def _check_model(key, model: str | None) -> None:
        if key.models and model is not None and model not in key.models:
            raise _relay_refusal(RelayError(
                403, f"This relay key may not use the model {model[:100]!r}; it may use: "
                     f"{', '.join(sorted(key.models))}.", code="model_not_allowed", param="model"))

    # ---- handshake --------------------------------------------------------------------------------
    def _authorize(self, scope, path: str):
        if not is_websocket_path(path):
            raise _relay_refusal(RelayError(404, f"No WebSocket endpoint at {path}.", code="unknown_url"))
        key = self.keys.authenticate(_token(scope))
        if key is None:
            raise _relay_refusal(RelayError(
                401, "Missing or invalid relay key: send it as 'Authorization: Bearer <key>', 'X-Relay-Key', "
                     "or the subprotocol 'openai-insecure-api-key.<key>'.", code="invalid_api_key"))
        if "api" not in key.scopes:
            raise _relay_refusal(RelayError(403, "This relay key lacks the 'api' scope needed for WebSockets.",
                                            code="insufficient_scope"))
        if not self._upstream_key:
            raise _relay_refusal(RelayError(503, "The relay has no upstream key (OPENAI_API_KEY is not set).",
                                            code="upstream_key_missing"))
        return key

    def _upstream_headers(self, scope) -> list[tuple[str, str]]:
        headers = [("Authorization", f"Bearer {self._upstream_key}")]
        for name, value in scope.get("headers") or ():
            name = name.lower()
            if name in _DROP_REQUEST_HEADERS or name.startswith(b"sec-"):  # sec-websocket-*, sec-fetch-*, ...
                continue
            if name in _CONFIG_HEADERS and getattr(self.settings, _CONFIG_HEADERS[name]):
                continue  # configuration wins
            headers.append((name.decode("latin-1"), value.decode("latin-1")))
        if self.settings.openai_org_id:
            headers.append(("OpenAI-Organization", self.settings.openai_org_id))
        if self.settings.openai_project_id:
            headers.append(("OpenAI-Project", self.settings.openai_project_id))
        return headers

    async def _open_upstream(self, scope) -> ClientConnection:
        s = self.settings
        url = upstream_ws_url(s.openai_base_url, scope.get("raw_path") or scope["path"].encode(),
                              scope.get("query_string") or b"")
        subprotocols = [p for p in scope.get("subprotocols") or () if not p.startswith(KEY_SUBPROTOCOL_PREFIX)]
        user_agent = next((v.decode("latin-1") for n, v in scope.get("headers") or () if n.lower() == b"user-agent"),
                          None)
        try:
            return await self._connect(
                url,
                subprotocols=subprotocols or None,
                compression=self.upstream_compression,
                additional_headers=self._upstream_headers(scope),
                user_agent_header=user_agent,
                open_timeout=s.relay_connect_timeout,
                ping_interval=s.relay_ws_ping_interval,
                ping_timeout=s.relay_ws_ping_interval,
                close_timeout=min(2.0, s.relay_connect_timeout),  # also bounds waiting on a dead peer
                max_size=s.relay_ws_max_message_bytes,
                proxy=None,
                logger=self._upstream_log,
            )
        except InvalidStatus as exc:
            response = exc.response
            body = self._scrub_bytes(response.body or b"")
            headers = _pass_response_headers(response.headers)
            ctype = response.headers.get("Content-Type")
            if ctype:
                headers.append((b"content-type", ctype.encode("latin-1")))
            raise _Refusal(response.status_code, body, headers,
                           f"upstream refused the WebSocket handshake with HTTP {response.status_code}",
                           from_upstream=True) from None
        except TimeoutError:
            raise _relay_refusal(RelayError(504, "Upstream did not complete the WebSocket handshake within "
                                                 f"{s.relay_connect_timeout:g}s.", code="upstream_timeout"),
                                 f"upstream {url} did not complete the handshake within "
                                 f"{s.relay_connect_timeout:g}s") from None
        except (OSError, InvalidHandshake) as exc:
            raise _relay_refusal(RelayError(502, f"Upstream WebSocket unreachable ({type(exc).__name__}).",
                                            code="upstream_unreachable"),
                                 f"upstream {url} unreachable: {type(exc).__name__}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - anything else the client library raises is still a 502
            raise _relay_refusal(RelayError(502, f"Upstream WebSocket handshake failed ({type(exc).__name__}).",
                                            code="upstream_error"),
                                 f"upstream {url} handshake failed: {type(exc).__name__}: {exc}") from None

    async def _refuse(self, scope, send, refusal: _Refusal, request_id: str) -> None:
        try:
            if "websocket.http.response" in (scope.get("extensions") or {}):
                headers = [(REQUEST_ID_HEADER, request_id.encode()), *refusal.headers]
                if not any(n == b"content-type" for n, _ in headers):
                    headers.append((b"content-type", b"application/json"))
                await send({"type": "websocket.http.response.start", "status": refusal.status, "headers": headers})
                await send({"type": "websocket.http.response.body", "body": refusal.body})
            else:  # no denial-response extension: accept, then close with the explanation
                await send({"type": "websocket.accept", "headers": [(REQUEST_ID_HEADER, request_id.encode())]})
                code = 1008 if refusal.status in (401, 403, 404) else 1014
                await send({"type": "websocket.close", "code": code,
                            "reason": _truncate_reason(f"{refusal.status}: {self._scrub(refusal.reason)}")})
        except OSError:
            pass  # the client has already gone

    # ---- secrets ----------------------------------------------------------------------------------
    def _scrub(self, text: str) -> str:
        return text.replace(self._upstream_key, "***") if self._upstream_key and self._upstream_key in text else text

    def _scrub_bytes(self, data: bytes) -> bytes:
        key = self._upstream_key.encode()
        return data.replace(key, b"***") if key and key in data else data


class _Session:
    """One open client ↔ upstream pair: two pumps, an idle watchdog, and the closing of both sides."""

    def __init__(self, relay: WebSocketRelay, upstream: ClientConnection, receive, send, request_id: str):
        self.relay = relay
        self.request_id = request_id
        self.upstream = upstream
        self.receive = receive
        self.send = send
        self.max_bytes = relay.settings.relay_ws_max_message_bytes
        self.idle_timeout = relay.settings.relay_ws_idle_timeout
        self.last_activity = time.monotonic()
        self.client_closed = False  # the client side is finished (disconnected or sent a close)
        self.messages_in = 0
        self.messages_out = 0
        self.bytes_in = 0
        self.bytes_out = 0
        self.usage = None  # summed over the session's response.done / response.completed events

    async def run(self) -> str:
        up = asyncio.ensure_future(self._client_to_upstream())
        down = asyncio.ensure_future(self._upstream_to_client())
        idle = asyncio.ensure_future(self._watch_idle())
        try:
            done, _ = await asyncio.wait({up, down, idle}, return_when=asyncio.FIRST_COMPLETED)
            outcome = next(iter(done)).result()
        except Exception as exc:  # a bug or an unexpected library error: end both sides, don't hang
            log.warning("%s ws session failed: %s: %s", self.request_id, type(exc).__name__,
                        self.relay._scrub(str(exc)))
            outcome = f"relay error {type(exc).__name__}"
            await self._close_client(1011, "relay error")
        finally:
            for task in (up, down, idle):
                task.cancel()
            await asyncio.gather(up, down, idle, return_exceptions=True)
            await self._close_upstream(1001, "relay session ended")  # no-op when already closed
        return f"{outcome} in={self.messages_in} out={self.messages_out}"

    # client → upstream
    async def _client_to_upstream(self) -> str:
        upstream = self.upstream
        while True:
            message = await self.receive()
            kind = message["type"]
            if kind == "websocket.receive":
                data = message.get("text")
                if data is None:
                    data = message.get("bytes") or b""
                    size = len(data)
                else:
                    size = len(data) if len(data) * 4 <= self.max_bytes else len(data.encode("utf-8", "surrogatepass"))
                if size > self.max_bytes:
                    await self._close_client(1009, f"message too big: over {self.max_bytes} bytes")
                    await self._close_upstream(1001, "client sent a message over the relay's limit")
                    return "client message too big"
                self.last_activity = time.monotonic()
                self.messages_in += 1
                try:
                    await upstream.send(data)
                except ConnectionClosed:
                    # upstream is gone: its pump reports the close; wait for it so the client gets that code
                    await asyncio.sleep(3600)
            elif kind == "websocket.disconnect":
                self.client_closed = True
                code = message.get("code", 1005)
                reason = message.get("reason") or ""
                if _sendable(code):
                    await self._close_upstream(code, reason)
                else:  # 1005 (no status) / 1006 (dropped): upstream hears "going away"
                    await self._close_upstream(1001, "client went away")
                return f"client closed {code}"

    # upstream → client
    async def _upstream_to_client(self) -> str:
        upstream = self.upstream
        send = self.send
        try:
            while True:
                data = await upstream.recv()
                if self.client_closed:
                    break
                self.last_activity = time.monotonic()
                self.messages_out += 1
                self.bytes_out += len(data)
                usage = ws_usage(data)
                if usage is not None:
                    self.usage = usage if self.usage is None else self.usage + usage
                if isinstance(data, str):
                    await send({"type": "websocket.send", "text": data})
                else:
                    await send({"type": "websocket.send", "bytes": data})
        except ConnectionClosed as exc:
            code, reason = _client_close_for(exc)
            await self._close_client(code, self.relay._scrub(reason))
            return f"upstream closed {code}"
        except (OSError, RuntimeError):  # the client is gone; its disconnect event ends the other pump
            pass
        await asyncio.sleep(3600)
        return "client gone"

    async def _watch_idle(self) -> str:
        while True:
            remaining = self.last_activity + self.idle_timeout - time.monotonic()
            if remaining <= 0:
                reason = f"idle timeout: no message for {self.idle_timeout:g}s"
                await self._close_client(1000, reason)
                await self._close_upstream(1000, reason)
                return "idle timeout"
            await asyncio.sleep(remaining)

    async def _close_client(self, code: int, reason: str) -> None:
        if self.client_closed:
            return
        self.client_closed = True
        try:
            await self.send({"type": "websocket.close", "code": code, "reason": _truncate_reason(reason)})
        except (OSError, RuntimeError):
            pass  # already gone

    async def _close_upstream(self, code: int, reason: str) -> None:
        try:
            await self.upstream.close(code, _truncate_reason(reason))
        except Exception:  # noqa: BLE001 - closing a broken connection must not raise
            pass


def _client_close_for(exc: ConnectionClosed) -> tuple[int, str]:
    """The close code and reason the client gets when the upstream connection ends."""
    if exc.rcvd is not None:  # upstream closed: pass its code and reason through
        code, reason = exc.rcvd.code, exc.rcvd.reason
        if _sendable(code):
            return code, reason
        return 1000, reason  # 1005: upstream closed without a status
    if exc.sent is not None and _sendable(exc.sent.code) and exc.sent.code != 1000:
        return exc.sent.code, f"upstream: {exc.sent.reason}"  # e.g. 1009 too big, 1011 ping timeout
    return 1011, "upstream connection lost"


def _pass_response_headers(headers) -> list[tuple[bytes, bytes]]:
    if headers is None:
        return []
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers.raw_items()
            if name.lower().startswith(_PASS_RESPONSE_PREFIXES)]


def _truncate_reason(reason: str) -> str:
    """Close reasons are limited to 123 bytes of UTF-8."""
    data = reason.encode("utf-8")
    if len(data) <= 123:
        return reason
    return data[:120].decode("utf-8", "ignore") + "..."


class _WebSocketOperation:
    """What the ledger and metrics call a WebSocket session (no catalog operation describes the upgrade)."""

    __slots__ = ("operation_id",)

    def __init__(self, operation_id: str):
        self.operation_id = operation_id


_WS_OPERATIONS = {"/v1/realtime": _WebSocketOperation("realtimeWebSocket"),
                  "/v1/realtime/translations": _WebSocketOperation("realtimeTranslationsWebSocket"),
                  "/v1/responses": _WebSocketOperation("responsesWebSocket")}
_LIVE = _WebSocketOperation("liveSessionWebSocket")


def _ws_operation(path: str) -> _WebSocketOperation | None:
    return _WS_OPERATIONS.get(path) or (_LIVE if path.startswith("/v1/live/") else None)


def _token(scope) -> str | None:
    """The relay key: a header, or (browsers cannot set headers) the `openai-insecure-api-key.` subprotocol."""
    token = token_from_headers(scope.get("headers") or [])
    if token is None:
        token = next((p[len(KEY_SUBPROTOCOL_PREFIX):] for p in scope.get("subprotocols") or ()
                      if p.startswith(KEY_SUBPROTOCOL_PREFIX)), None)
    return token


def _request_id(scope) -> str:
    state = scope.get("state") or {}
    rid = state.get("request_id") if isinstance(state, dict) else None
    return str(rid) if rid else "req_ws" + uuid.uuid4().hex[:24]
