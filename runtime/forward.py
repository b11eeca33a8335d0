"""Forward one HTTP call upstream and stream the answer back, bytes unchanged.

The request body is streamed to upstream as it arrives (read whole only to validate an Actions call, up to the
validated limit), counted against the size limit on the way; the response is sent back chunk by chunk as it
arrives. What cannot be fixed by retrying is answered with `x-should-retry: false`; a response that upstream
breaks off is broken off towards the client too (`ResponseAborted`), never completed. Everything precomputable
(header sets, upstream key headers, the base URL) is computed once in `Forwarder.__init__`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable

from .call import Call
from .config import Settings
from .errors import RelayError, ResponseAborted, send_error
from .upstream import Upstream, UpstreamError
from .usage.extract import model_from_json, model_from_multipart

__all__ = ["REQUEST_ID_HEADER", "Forwarder", "fail"]

log = logging.getLogger("relay")

REQUEST_ID_HEADER = b"x-relay-request-id"

# Never sent upstream: hop-by-hop headers, the client's credentials for the relay (and credentials OpenAI's API
# does not use, which would only carry a relay key or a browser's cookies further), and what the upstream client
# sets itself (Host, framing).
_DROP_REQUEST = frozenset({
    b"host", b"connection", b"keep-alive", b"proxy-authorization", b"proxy-authenticate",
    b"proxy-connection", b"te", b"trailer", b"transfer-encoding", b"upgrade", b"expect",
    b"authorization", b"x-relay-key", b"cookie", b"api-key", b"x-api-key",
})
# Never returned to the client: hop-by-hop headers (the server frames the response itself).
_DROP_RESPONSE = frozenset({
    b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-connection", b"te", b"trailer",
    b"transfer-encoding", b"upgrade",
})
_SMALL_BODY = 64 * 1024  # responses up to this size (with a Content-Length) are sent in one message
_MODEL_KINDS = frozenset({"json", "multipart"})  # request bodies that can name a model
_MODEL_CHECK_LIMIT = 32 * 1024 * 1024  # body read to find the model, for keys limited to some models


class _State:
    """What happened to the client's side while the upstream call was running."""

    __slots__ = ("body_done", "gone", "timed_out", "too_large")

    def __init__(self):
        self.too_large = False
        self.gone = False
        self.timed_out = False
        self.body_done = False


class _ClientGone(Exception):
    pass


class _TooLarge(Exception):
    pass


def _client_left(message, state: _State) -> Exception:
    if message.get("reason") == "body_timeout":
        state.timed_out = True
    else:
        state.gone = True
    return _ClientGone()


async def _stream_body(prefix: list[bytes], more: bool, receive, limit: int, state: _State, call: Call):
    """The request body: `prefix` (already read), then the rest as it arrives, counted against `limit`."""
    total = sum(map(len, prefix))
    if total > limit:
        state.too_large = True
        raise _TooLarge()
    for chunk in prefix:
        if chunk:
            yield chunk
    call.bytes_in = total
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _client_left(message, state)
        chunk = message.get("body", b"")
        total += len(chunk)
        if total > limit:
            state.too_large = True
            raise _TooLarge()
        call.bytes_in = total
        if chunk:
            yield chunk
        more = message.get("more_body", False)
    state.body_done = True


async def _read_upto(first: bytes, more: bool, receive, cap: int, state: _State) -> tuple[list[bytes], bool]:
    """Read the body while it fits `cap`: (chunks, more to come?); over `cap` when more or the sum exceeds it."""
    chunks, total = [first], len(first)
    while more and total <= cap:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _client_left(message, state)
        chunk = message.get("body", b"")
        chunks.append(chunk)
        total += len(chunk)
        more = message.get("more_body", False)
    return chunks, more


def _too_large(limit: int, what: str = "") -> RelayError:
    return RelayError(413, f"Request body is larger than this relay accepts{what} ({limit} bytes).",
                      code="request_too_large")


_BODY_TIMEOUT = RelayError(408, "The request body stopped arriving before it was complete.", code="request_timeout")


class _Slots:
    """In-flight upstream calls of this worker, at most `size`; a caller waits for a slot up to a timeout."""

    __slots__ = ("_waiters", "size", "used")

    def __init__(self, size: int):
        self.size = size
        self.used = 0
        self._waiters: deque[asyncio.Future] = deque()

    async def acquire(self, timeout: float) -> bool:
        if self.used < self.size:
            self.used += 1
            return True
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                await waiter  # the releaser hands its slot over: `used` does not change
            return True
        except TimeoutError:
            return False
        except BaseException:
            if waiter.done() and not waiter.cancelled():  # handed a slot just as we were cancelled
                self.release()
            raise

    def release(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(True)
                return
        self.used -= 1


class Forwarder:
    """Forwards calls for one settings/upstream pair. `await forwarder(call, scope, receive, send)`."""

    def __init__(self, settings: Settings, upstream: Upstream, *, validator: Callable | None = None,
                 tap_for: Callable | None = None, limiter=None):
        self.settings = settings
        self.upstream = upstream
        self.limiter = limiter  # per-key limits: admitted just before the call goes upstream
        self._validator = validator  # (op, body bytes) -> RelayError | None
        self._tap_for = tap_for  # (content type, operation id) -> usage tap | None
        self._base = settings.openai_base_url
        self._host = settings.openai_base_url.split("://", 1)[-1].split("/", 1)[0]
        self._timeout = settings.relay_timeout
        self._connect_timeout = settings.relay_connect_timeout
        self._max_body = settings.relay_max_body_bytes
        self._validated_limit = settings.relay_validated_max_body_bytes
        self.slots = _Slots(settings.relay_max_upstream_connections)
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

    async def __call__(self, call: Call, scope, receive, send) -> int:
        """Forward the call; return the status sent to the client (0 if the client went away first)."""
        op = call.op
        policy = op.policy
        extra = self._keys.get(policy.upstream_key)
        if extra is None:
            which = "OPENAI_ADMIN_KEY" if policy.upstream_key == "admin" else "OPENAI_API_KEY"
            return await fail(call, send, RelayError(
                503, f"The relay has no upstream key for this operation: {which} is not configured.",
                code="upstream_key_missing", retry=False), "upstream_key")

        # Request headers: the client's, minus hop-by-hop and credentials, plus the upstream key.
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
        validate = self._validator is not None and policy.validate and op.body_model is not None
        # Actions calls are always validated: over the validated limit is a 413. Other keys' bodies are
        # validated when they fit it, and streamed unchecked beyond it (constant memory, no false 413).
        vlimit = min(policy.max_body_bytes or self._validated_limit, limit)
        if length is not None:
            if not length.strip().isdigit():
                return await fail(call, send, RelayError(400, "Invalid Content-Length header."), "body")
            size = int(length)
            if length != b"%d" % size:  # "25 " or "025" (the parser allows them): sent upstream as "25"
                headers[headers.index((b"content-length", length))] = (b"content-length", b"%d" % size)
            if size > limit:
                return await fail(call, send, _too_large(limit), "body")
            if validate and call.actions and size > vlimit:
                return await fail(call, send, _too_large(vlimit, " for this Actions operation"), "body")

        state = _State()
        body = None
        if has_body:
            message = await receive()
            if message["type"] == "http.disconnect":
                _client_left(message, state)
                return await fail(call, send, _BODY_TIMEOUT, "body") if state.timed_out else 0
            first = message.get("body", b"")
            more = message.get("more_body", False)
            if len(first) > limit:
                return await fail(call, send, _too_large(limit), "body")
            key = call.key
            check_model = (bool(key.models) or bool(key.limits.model_rpm or key.limits.model_tpm)) \
                and op.request_kind in _MODEL_KINDS
            if validate or check_model:
                cap = max(vlimit, min(limit, _MODEL_CHECK_LIMIT)) if check_model else vlimit
                try:
                    chunks, more = await _read_upto(first, more, receive, cap, state)
                except _ClientGone:
                    return await fail(call, send, _BODY_TIMEOUT, "body") if state.timed_out else 0
                size = sum(map(len, chunks))
                whole = not more and size <= cap
                if whole:
                    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
                    call.bytes_in = size
                    state.body_done = True
                if check_model:
                    if not whole:
                        return await fail(call, send, _too_large(cap, " for a key limited to some models"), "body")
                    refusal = self._check_model(call, body, scope["headers"])
                    if refusal is not None:
                        return await fail(call, send, refusal, "model")
                if validate and whole and size <= vlimit:
                    error = self._validator(op, body)
                    if error is not None:
                        return await fail(call, send, error, "validation")
                elif validate and call.actions:
                    return await fail(call, send, _too_large(vlimit, " for this Actions operation"), "body")
                if body is None:  # beyond what is checked: the rest streams through unchanged
                    body = _stream_body(chunks, more, receive, limit, state, call)
            elif not more:
                body = first
                call.bytes_in = len(first)
                state.body_done = True
            else:
                body = _stream_body([first], True, receive, limit, state, call)
        else:
            state.body_done = True

        raw_path = scope.get("raw_path") or scope["path"].encode()
        url = self._base + raw_path[3:].decode("latin-1")
        query = scope.get("query_string")
        if query:
            url = url + "?" + query.decode("latin-1")

        if self.limiter is not None and call.key.limits.any():
            refusal = await self.limiter.admit(call)
            if refusal is not None:
                return await fail(call, send, refusal, "budget" if refusal.code == "insufficient_quota" else "limits")

        extensions = scope.get("extensions")
        cycle = extensions.get("relay.cycle") if extensions else None
        if cycle is not None:  # the server tells us at once when the client hangs up: stop the upstream call
            if cycle.disconnected:
                return 0
            cycle.on_disconnect = asyncio.current_task().cancel
        try:
            if not await self.slots.acquire(self._connect_timeout):
                log.warning("%s upstream busy: %d calls in flight", call.request_id.decode(), self.slots.size)
                return await fail(call, send, RelayError(
                    503, f"The relay has {self.slots.size} upstream calls in flight; retry shortly.",
                    code="upstream_busy", retry=True, retry_after=1), "upstream_busy")
            try:
                return await self._exchange(call, scope, receive, send, url, headers, body, state, limit, cycle)
            finally:
                self.slots.release()
        except asyncio.CancelledError:
            if cycle is not None and cycle.disconnected:
                asyncio.current_task().uncancel()
                call.status = 0
                return 0
            raise
        finally:
            if cycle is not None:
                cycle.on_disconnect = None

    @staticmethod
    def _check_model(call: Call, body: bytes, headers) -> RelayError | None:
        """A key limited to some models may not name another (a body without a model passes)."""
        if call.op.request_kind == "multipart":
            content_type = next((v for n, v in headers if n == b"content-type"), b"")
            model = model_from_multipart(body, content_type)
        else:
            model = model_from_json(body)
        if model is None:
            return None
        call.model = model
        allowed = call.key.models
        if model in allowed:
            return None
        return RelayError(403, f"This relay key may not use the model {model[:100]!r}; it may use: "
                               f"{', '.join(sorted(allowed))}.", code="model_not_allowed", param="model")

    async def _exchange(self, call: Call, scope, receive, send, url, headers, body, state: _State, limit: int,
                        cycle) -> int:
        op = call.op
        rid = call.request_id
        if call.trace is not None:  # observability: the upstream span; upstream gets its traceparent
            call.trace.upstream_started(call, headers)
        try:
            resp = await self.upstream.request(scope["method"], url, headers, body,
                                               timeout=op.policy.timeout or self._timeout,
                                               connect_timeout=self._connect_timeout)
        except (UpstreamError, _ClientGone, _TooLarge) as exc:
            return await self._failed(call, send, exc, state, limit)
        except Exception:
            if state.gone or state.too_large or state.timed_out:
                return await self._failed(call, send, None, state, limit)
            raise
        call.ttfb = time.perf_counter() - call.started
        call.upstream_headers = resp.headers  # observability: x-ratelimit-remaining-* read at the metrics' flush

        status = resp.status
        out = [(REQUEST_ID_HEADER, rid)]
        length = None
        content_type = None
        for name, value in resp.headers:
            if name in _DROP_RESPONSE:
                continue
            if name == b"content-length":
                length = value
            elif name == b"content-type":
                content_type = value
            out.append((name, value))
        streaming = content_type is not None and content_type.startswith(b"text/event-stream")
        tap = self._tap_for(content_type, op.operation_id) if self._tap_for is not None and status < 300 else None

        if not streaming and length is not None and len(length) < 7 and length.isdigit() \
                and int(length) <= _SMALL_BODY:
            try:
                data = await resp.read()
            except UpstreamError as exc:
                return await self._failed(call, send, exc, state, limit)
            call.status = status
            await send({"type": "http.response.start", "status": status, "headers": out})
            await send({"type": "http.response.body", "body": data})
            call.bytes_out = len(data)
            if tap is not None:
                tap.feed(data)
                call.usage = tap.result()
            return status

        call.status = status
        await send({"type": "http.response.start", "status": status, "headers": out})
        watcher = None
        if cycle is None and state.body_done:  # another ASGI server: watch receive() for the disconnect
            watcher = asyncio.get_running_loop().create_task(_watch(receive, resp, state))
        complete = False
        sent = 0
        try:
            async for chunk in resp:
                sent += len(chunk)
                if tap is not None:
                    tap.feed(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            complete = True
        except UpstreamError as exc:
            if not state.gone:
                call.reason = "upstream_incomplete"
                log.warning("%s upstream broke off mid-response after %d bytes: %s", rid.decode(), sent, exc)
        finally:
            call.bytes_out = sent
            if watcher is not None:
                watcher.cancel()
            if not complete:
                await resp.aclose()
            if tap is not None:
                call.usage = tap.result()
        if state.gone or (cycle is not None and cycle.disconnected):
            call.status = 0  # the client went away before the response was complete
            return 0
        if not complete:
            raise ResponseAborted()  # the client must see a truncated response, not a complete one
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        return status

    async def _failed(self, call: Call, send, exc, state: _State, limit: int) -> int:
        if state.gone:
            return 0
        if state.timed_out:
            return await fail(call, send, _BODY_TIMEOUT, "body")
        if state.too_large:
            return await fail(call, send, _too_large(limit), "body")
        rid = call.request_id.decode()
        what = str(exc) if exc is not None else f"upstream {self._host}: connection failed"
        log.warning("%s upstream failed %s %s: %s", rid, call.method, call.op.operation_id, what)
        if getattr(exc, "status", 502) == 504:
            return await fail(call, send, RelayError(
                504, f"The upstream API did not answer in time ({what}).", code="upstream_timeout"),
                "upstream_timeout")
        return await fail(call, send, RelayError(502, f"The upstream API failed ({what}).",
                                                 code="upstream_unreachable"), "upstream_error")


async def _watch(receive, resp, state: _State) -> None:
    """Close the upstream response as soon as the client disconnects (servers without the relay's cycle)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            state.gone = True
            await resp.aclose()
            return


async def fail(call: Call | None, send, error: RelayError, reason: str | None = None,
               request_id: bytes | None = None) -> int:
    """Answer `error` in OpenAI's envelope with the relay's request id; return the status sent."""
    rid = call.request_id if call is not None else request_id
    await send_error(send, error, [(REQUEST_ID_HEADER, rid)])
    if call is not None:
        call.status = error.status
        call.reason = reason
    return error.status
