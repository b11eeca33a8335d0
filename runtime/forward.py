"""Forward one HTTP call upstream and stream the answer back, bytes unchanged.

The request body is streamed to upstream as it arrives (never read whole unless the operation asks for
validation), counted against the size limit on the way; the response is sent back chunk by chunk as it
arrives. Everything precomputable (header sets, upstream key headers, the base URL) is computed once in
`Forwarder.__init__`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from .catalog import OperationSpec
from .config import Settings
from .errors import RelayError, send_error
from .upstream import Upstream, UpstreamError, UpstreamTimeout

__all__ = ["REQUEST_ID_HEADER", "Forwarder", "fail"]

log = logging.getLogger("relay")

REQUEST_ID_HEADER = b"x-relay-request-id"

# Never sent upstream: hop-by-hop headers, the client's credentials for the relay, and what the
# upstream client sets itself (Host, framing).
_DROP_REQUEST = frozenset({
    b"host", b"connection", b"keep-alive", b"proxy-authorization", b"proxy-authenticate",
    b"proxy-connection", b"te", b"trailer", b"transfer-encoding", b"upgrade", b"expect",
    b"authorization", b"x-relay-key",
})
# Never returned to the client: hop-by-hop headers (the ASGI server frames the response itself).
_DROP_RESPONSE = frozenset({
    b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-connection", b"te", b"trailer",
    b"transfer-encoding", b"upgrade",
})
_SMALL_BODY = 64 * 1024  # responses up to this size (with a Content-Length) are sent in one message


class _State:
    """What happened to the client's side while the upstream call was running."""

    __slots__ = ("body_done", "gone", "too_large")

    def __init__(self):
        self.too_large = False
        self.gone = False
        self.body_done = False


class _ClientGone(Exception):
    pass


class _TooLarge(Exception):
    pass


async def _stream_body(first: bytes, receive, limit: int, state: _State):
    total = len(first)
    if first:
        yield first
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            state.gone = True
            raise _ClientGone()
        chunk = message.get("body", b"")
        total += len(chunk)
        if total > limit:
            state.too_large = True
            raise _TooLarge()
        if chunk:
            yield chunk
        if not message.get("more_body", False):
            state.body_done = True
            return


async def _read_body(first: bytes, receive, limit: int) -> bytes:
    return b"".join([chunk async for chunk in _stream_body(first, receive, limit, _State())])


def _too_large(limit: int) -> RelayError:
    return RelayError(413, f"Request body is larger than this relay accepts ({limit} bytes).",
                      code="request_too_large")


class Forwarder:
    """Forwards calls for one settings/upstream pair. `await forwarder(op, scope, receive, send, rid)`."""

    def __init__(self, settings: Settings, upstream: Upstream, *, validator: Callable | None = None):
        self.settings = settings
        self.upstream = upstream
        self._validator = validator  # (op, body bytes) -> RelayError | None
        self._base = settings.openai_base_url
        self._timeout = settings.relay_timeout
        self._connect_timeout = settings.relay_connect_timeout
        self._max_body = settings.relay_max_body_bytes
        drop = set(_DROP_REQUEST)
        fixed: list[tuple[bytes, bytes]] = []
        if settings.openai_org_id:
            drop.add(b"openai-organization")
            fixed.append((b"openai-organization", settings.openai_org_id.encode()))
        if settings.openai_project_id:
            drop.add(b"openai-project")
            fixed.append((b"openai-project", settings.openai_project_id.encode()))
        self._drop = frozenset(drop)
        self._keys: dict[str, list[tuple[bytes, bytes]] | None] = {}
        for which, secret in (("api", settings.openai_api_key), ("admin", settings.openai_admin_key)):
            value = secret.get_secret_value() if secret is not None else ""
            self._keys[which] = [(b"authorization", b"Bearer " + value.encode()), *fixed] if value else None

    async def __call__(self, op: OperationSpec, scope, receive, send, request_id: bytes) -> int:
        """Forward the call; return the status sent to the client (0 if the client went away)."""
        policy = op.policy
        extra = self._keys.get(policy.upstream_key)
        if extra is None:
            which = "OPENAI_ADMIN_KEY" if policy.upstream_key == "admin" else "OPENAI_API_KEY"
            return await fail(send, RelayError(
                503, f"The relay has no upstream key for this operation: {which} is not configured.",
                code="upstream_key_missing"), request_id)

        # Request headers: the client's, minus hop-by-hop and relay credentials, plus the upstream key.
        drop = self._drop
        headers: list[tuple[bytes, bytes]] = []
        length = None
        has_body = False
        for name, value in scope["headers"]:
            if name in drop:
                if name == b"transfer-encoding":
                    has_body = True
                continue
            if name == b"content-length":
                length = value
                has_body = True
            headers.append((name, value))
        headers.extend(extra)

        limit = policy.max_body_bytes or self._max_body
        if length is not None:
            try:
                if int(length) > limit:
                    return await fail(send, _too_large(limit), request_id)
            except ValueError:
                return await fail(send, RelayError(400, "Invalid Content-Length header."), request_id)

        state = _State()
        body = None
        if has_body:
            message = await receive()
            if message["type"] == "http.disconnect":
                return 0
            first = message.get("body", b"")
            if len(first) > limit:
                return await fail(send, _too_large(limit), request_id)
            if not message.get("more_body", False):
                body = first
                state.body_done = True
            elif self._validator is not None and policy.validate:
                try:
                    body = await _read_body(first, receive, limit)
                except _TooLarge:
                    return await fail(send, _too_large(limit), request_id)
                except _ClientGone:
                    return 0
                state.body_done = True
            else:
                body = _stream_body(first, receive, limit, state)
        else:
            state.body_done = True
        if self._validator is not None and policy.validate and isinstance(body, bytes):
            error = self._validator(op, body)
            if error is not None:
                return await fail(send, error, request_id)

        raw_path = scope.get("raw_path") or scope["path"].encode()
        url = self._base + raw_path[3:].decode("latin-1")
        query = scope.get("query_string")
        if query:
            url = url + "?" + query.decode("latin-1")

        try:
            resp = await self.upstream.request(scope["method"], url, headers, body,
                                               timeout=policy.timeout or self._timeout,
                                               connect_timeout=self._connect_timeout)
        except (UpstreamError, _ClientGone, _TooLarge) as exc:
            if state.gone:
                return 0
            if state.too_large:
                return await fail(send, _too_large(limit), request_id)
            if isinstance(exc, UpstreamTimeout):
                log.warning("%s upstream timeout %s %s", request_id.decode(), scope["method"], op.operation_id)
                return await fail(send, RelayError(504, "The upstream API did not answer in time.",
                                                    code="upstream_timeout"), request_id)
            log.warning("%s upstream error %s %s: %s", request_id.decode(), scope["method"], op.operation_id, exc)
            return await fail(send, RelayError(502, "The upstream API could not be reached.",
                                                code="upstream_unreachable"), request_id)
        except Exception:
            if state.gone:
                return 0
            if state.too_large:
                return await fail(send, _too_large(limit), request_id)
            raise

        status = resp.status
        out = [(REQUEST_ID_HEADER, request_id)]
        length = None
        streaming = False
        for name, value in resp.headers:
            if name in _DROP_RESPONSE:
                continue
            if name == b"content-length":
                length = value
            elif name == b"content-type" and value.startswith(b"text/event-stream"):
                streaming = True
            out.append((name, value))

        if not streaming and length is not None and len(length) < 7 and length.isdigit() \
                and int(length) <= _SMALL_BODY:
            try:
                data = await resp.read()
            except UpstreamError as exc:
                log.warning("%s upstream broke off: %s", request_id.decode(), exc)
                return await fail(send, RelayError(502, "The upstream API broke off its response.",
                                                    code="upstream_unreachable"), request_id)
            await send({"type": "http.response.start", "status": status, "headers": out})
            await send({"type": "http.response.body", "body": data})
            return status

        await send({"type": "http.response.start", "status": status, "headers": out})
        watcher = asyncio.get_running_loop().create_task(_watch(receive, resp, state)) if state.body_done else None
        complete = False
        try:
            async for chunk in resp:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            complete = True
        except UpstreamError as exc:
            if not state.gone:
                log.warning("%s upstream broke off mid-stream: %s", request_id.decode(), exc)
        finally:
            if watcher is not None:
                watcher.cancel()
            if not complete:
                await resp.aclose()
        if state.gone:
            return 0
        if complete or length is None:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        # else: fewer bytes than Content-Length; returning without completing makes the server drop the
        # connection, so the client sees a truncated response rather than a hang.
        return status


async def _watch(receive, resp, state: _State) -> None:
    """Close the upstream response as soon as the client disconnects."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            state.gone = True
            await resp.aclose()
            return


async def fail(send, error: RelayError, request_id: bytes) -> int:
    """Answer `error` in OpenAI's envelope with the relay's request id; return the status sent."""
    await send_error(send, error, [(REQUEST_ID_HEADER, request_id)])
    return error.status
