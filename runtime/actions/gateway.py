"""`/actions/v1/<spec path>`: the Actions schema's operations, answered within ChatGPT's limits.

Plain `/v1` traffic never comes here. An Actions call names one catalog operation (`/actions/v1/responses` is
`createResponse`); it must be exposed, part of the Actions surface, and allowed for the caller's key. Its
policy's `actions_adapter` says how it is answered:

- `shape` (the default): the call is made once; its answer is shaped to `RELAY_ACTIONS_MAX_CHARS`;
- `long_job`, `image_job` (runtime/actions/jobs.py): Responses background mode, awaited up to `RELAY_ACTIONS_WAIT`;
- `files_out` (runtime/actions/files_out.py): a file's content as `openaiFileResponse`;
- `files_in` (runtime/actions/files_in.py): `importChatFiles`, ChatGPT's `openaiFileIdRefs` into OpenAI Files.

Every upstream call an adapter makes goes through `RelayApp.relay` (runtime/internal.py) with the caller's
headers, so the relay key, scopes, validation, limits, ledger and metrics apply to each as to a direct call.
The whole Actions call ends within ChatGPT's 45 s (`hard_limit`); if ChatGPT hangs up first, the work is
cancelled. Errors are answered as runtime/actions/answer.py describes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from ..auth import token_from_headers
from ..catalog import OperationSpec
from ..errors import RelayError, send_error
from ..forward import REQUEST_ID_HEADER
from ..internal import AnswerTooLarge, InternalResponse, call_operation
from ..routing import unsafe_path
from .answer import Answer, answer_from, error_answer, loads_object, send_answer
from .shaping import dumps

__all__ = ["ACTIONS_PREFIX", "ActionsCall", "ActionsGateway", "read_body"]

log = logging.getLogger("relay")

ACTIONS_PREFIX = "/actions/v1"
CHATGPT_TIMEOUT = 45.0  # seconds ChatGPT waits for an action's answer
_ANSWER_MARGIN = 7.0  # seconds kept, after a long job's wait, to turn its result into an answer
_UNAUTHENTICATED = RelayError(401, "Missing or invalid relay key: send it as 'Authorization: Bearer <relay key>' "
                                   "or 'X-Relay-Key'.", code="invalid_api_key")


@dataclass
class ActionsCall:
    """One Actions call: the operation, the caller's request, and the clock it must answer within."""

    gateway: ActionsGateway
    scope: dict  # the outer request's scope: its headers carry the relay key to every inner call
    op: OperationSpec
    method: str
    path: str  # below /v1, as sent (percent-escaped)
    query: bytes
    body: bytes | None
    request_id: bytes
    key: object = None  # the caller's key record (file links name it)
    started: float = field(default_factory=time.monotonic)

    @property
    def relay(self):
        return self.gateway.relay

    @property
    def deadline(self) -> float:
        """Until when a long job is awaited (RELAY_ACTIONS_WAIT after the call arrived)."""
        return self.started + self.gateway.wait

    @property
    def hard_limit(self) -> float:
        """When the answer must be on its way, whatever happens (inside ChatGPT's 45 s)."""
        return self.started + self.gateway.hard_wait

    def remaining(self, until: float | None = None) -> float:
        return (self.deadline if until is None else until) - time.monotonic()

    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query.decode("latin-1"), keep_blank_values=True)

    async def call(self, method: str, path: str, *, query: bytes = b"", json_body=None, body: bytes | None = None,
                   chunks=None, length: int | None = None, content_type: bytes | None = None) -> InternalResponse:
        """One `/v1` call through the relay's pipeline, as the caller (its headers, its key)."""
        if json_body is not None:
            body = dumps(json_body).encode()
        return await call_operation(self.relay, self.scope, method, path, query=query, body=body, chunks=chunks,
                                    length=length, content_type=content_type, request_id=self.request_id)

    def answer(self, resp: InternalResponse) -> Answer:
        return answer_from(resp, self.gateway.max_chars)

    def json_body(self) -> dict:
        return loads_object(self.body)

    def server_url(self) -> str:
        return self.gateway.documents.server_url(self.scope)


class ActionsGateway:
    """The raw-ASGI endpoint for `/actions/v1/...` of one `RelayApp`; also runs calls for the proxy."""

    def __init__(self, relay, documents):
        from . import files_in, files_out, jobs

        settings = relay.settings
        self.relay = relay
        self.documents = documents
        self.wait = settings.relay_actions_wait
        self.hard_wait = max(self.wait + 1.0, min(CHATGPT_TIMEOUT - 3.0, self.wait + _ANSWER_MARGIN))
        self.max_chars = settings.relay_actions_max_chars
        self.max_body = min(settings.relay_max_body_bytes, settings.relay_validated_max_body_bytes)
        self.image_model = settings.relay_actions_image_model
        self.links = files_out.FileLinks(settings)
        self.fetcher = files_in.FileFetcher(settings.relay_actions_file_hosts, settings.relay_actions_max_file_bytes)
        self._adapters = {
            "shape": forward,
            "long_job": jobs.long_job,
            "image_job": jobs.image_job,
            "files_out": files_out.download,
            "files_in": files_in.import_files,
        }

    async def __call__(self, scope, receive, send) -> None:
        outer = (scope.get("state") or {}).get("request_id")
        rid = outer.encode() if isinstance(outer, str) else self.relay.new_request_id()
        extra = [] if outer else [(REQUEST_ID_HEADER, rid)]
        key = await self.relay.keystore.authenticate_fresh(token_from_headers(scope["headers"]))
        if key is None:
            await send_error(send, _UNAUTHENTICATED, extra)
            return
        raw = scope.get("raw_path") or scope["path"].encode()
        raw = raw.split(b"?", 1)[0]
        path = raw[len(ACTIONS_PREFIX):].decode("latin-1")
        method = scope["method"]
        query = scope.get("query_string", b"")
        try:
            op = self.operation(method, path, query, key)
            body = await read_body(receive, self.max_body)
        except RelayError as error:
            await send_error(send, error, extra)
            return
        if body is None:
            return  # the client went away
        call = ActionsCall(self, scope, op, method, path, query, body or None, rid, key)
        await self.serve(call, receive, send, extra)

    def operation(self, method: str, path: str, query: bytes, key) -> OperationSpec:
        """The Actions operation for `METHOD /actions/v1<path>`, or the RelayError refusing it."""
        unsafe = unsafe_path(path)
        if unsafe is not None:
            raise RelayError(400, f"The path holds {unsafe}, which the relay does not forward.", code="invalid_path")
        op, allowed = self.relay.index.match(method, path, query)
        if op is None:
            if allowed:
                raise RelayError(405, f"Method {method} is not allowed for {ACTIONS_PREFIX}{path[:200]}.",
                                 code="method_not_allowed", headers=[(b"allow", ", ".join(allowed).encode())])
            raise RelayError(404, f"Unknown Actions path: {method} {ACTIONS_PREFIX}{path[:200]}.", code="unknown_url")
        if not op.policy.exposed:
            raise RelayError(403, f"The operation {op.operation_id} is blocked by this relay's policy.",
                             code="operation_blocked")
        if not op.policy.actions:
            raise RelayError(403, f"The operation {op.operation_id} is not available to ChatGPT Actions.",
                             code="not_an_actions_operation")
        if not key.allows(op):
            raise RelayError(403, f"This relay key may not call {op.operation_id} (needs scope "
                                  f"'{op.policy.scope}').", code="insufficient_scope")
        return op

    async def serve(self, call: ActionsCall, receive, send, extra: list[tuple[bytes, bytes]]) -> None:
        """Run the call's adapter (cancelled if the client goes away) and send its answer."""
        adapter = self._adapters.get(call.op.policy.actions_adapter or "shape")
        if adapter is None:
            log.error("%s unknown actions_adapter %r", call.request_id.decode(), call.op.policy.actions_adapter)
            adapter = forward
        work = asyncio.ensure_future(self._run(adapter, call))
        watch = asyncio.ensure_future(_until_disconnect(receive))
        try:
            await asyncio.wait({work, watch}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            watch.cancel()
            if not work.done():
                work.cancel()
        if not work.done() or work.cancelled():
            try:
                await work
            except (asyncio.CancelledError, Exception):  # noqa: BLE001 - the client left: nothing to answer
                pass
            log.info("%s actions call abandoned: the client went away", call.request_id.decode())
            return
        await send_answer(send, work.result(), self.max_chars, extra)

    async def _run(self, adapter, call: ActionsCall) -> Answer:
        try:
            async with asyncio.timeout(max(0.1, call.hard_limit - time.monotonic())):
                return await adapter(call)
        except RelayError as error:
            return error_answer(error)
        except TimeoutError:
            log.warning("%s actions call %s ran out of time", call.request_id.decode(), call.op.operation_id)
            return answer_from(InternalResponse(504, [], b""), self.max_chars)
        except AnswerTooLarge as exc:
            log.warning("%s actions call %s: %s", call.request_id.decode(), call.op.operation_id, exc)
            return answer_from(InternalResponse(502, [], b""), self.max_chars)
        except Exception as exc:  # noqa: BLE001 - a relay bug: one scrubbed log line, an error the GPT can read
            message = str(exc)[:300]
            for secret in (self.relay.settings.openai_api_key, self.relay.settings.openai_admin_key):
                if secret is not None and secret.get_secret_value():
                    message = message.replace(secret.get_secret_value(), "***")
            log.error("%s actions call %s failed: %s: %s", call.request_id.decode(), call.op.operation_id,
                      type(exc).__name__, message)
            failed = RelayError(500, "The relay failed to handle this call.", code="relay_error")
            return answer_from(InternalResponse(500, [(b"content-type", b"application/json")], failed.body()),
                               self.max_chars)


async def _until_disconnect(receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def read_body(receive, limit: int) -> bytes | None:
    """The whole request body (None if the client went away); over `limit` bytes is a 413 RelayError."""
    parts, total = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        total += len(chunk)
        if total > limit:
            raise RelayError(413, f"Request body is larger than this relay accepts for Actions ({limit} bytes).",
                             code="request_too_large")
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts)


# --- the `shape` adapter -------------------------------------------------------------------------------------------

async def forward(call: ActionsCall) -> Answer:
    """One call, its answer shaped: the default for Actions operations."""
    op = call.op
    _refuse_streaming_query(call)
    body = None
    if op.request_kind == "json":
        payload = call.json_body()
        if payload.get("stream") not in (None, False):
            raise RelayError(400, "Streaming is not available through Actions: leave out 'stream'.",
                             code="streaming_not_supported", param="stream")
        body = call.body if call.body else b"{}"
    elif op.request_kind != "none":
        raise RelayError(400, f"The operation {op.operation_id} takes {op.request_kind} data, which Actions cannot "
                              "send.", code="unsupported_content")
    return call.answer(await call.call(call.method, call.path, query=call.query, body=body))


def _refuse_streaming_query(call: ActionsCall) -> None:
    for name, value in call.query_pairs():
        if name == "stream" and value.lower() not in ("", "false", "0"):
            raise RelayError(400, "Streaming is not available through Actions: leave out 'stream'.",
                             code="streaming_not_supported", param="stream")
