"""Calling one `/v1` operation from inside the relay, through the relay's own pipeline.

Relay-owned endpoints that need an OpenAI operation (the Actions adapters, the Actions proxy) build an ASGI
scope for `/v1/<path>` and hand it to `RelayApp.relay`, so authentication, scopes, validation, limits, the
ledger, metrics and the access log apply exactly as for a direct call. The caller's own headers (its relay key
among them) are kept; the body and its framing are the caller's to give.

- `inner_scope(outer, method, path, query, headers)`: the `/v1` scope for one call.
- `call_operation(relay, outer, method, path, ...)`: make the call and collect its response
  (`InternalResponse`: status, headers, body), up to `max_bytes`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import unquote

__all__ = ["AnswerTooLarge", "InternalResponse", "call_operation", "inner_scope"]

# Headers of the outer request that do not describe the inner one: its body framing and encodings.
_OUTER_ONLY = frozenset({b"content-length", b"content-type", b"transfer-encoding", b"expect", b"accept-encoding"})
MAX_COLLECTED_BYTES = 64 * 1024 * 1024  # a Response with several base64 images is a few MB


class AnswerTooLarge(Exception):
    """The inner response was larger than the caller agreed to hold in memory."""


@dataclass(slots=True)
class InternalResponse:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None

    @property
    def is_json(self) -> bool:
        kind = self.header(b"content-type") or b""
        return kind.split(b";")[0].strip().lower().endswith(b"json")

    def json(self):
        """The body parsed as JSON (ValueError if it is not)."""
        return json.loads(self.body)


def inner_scope(outer: dict, method: str, path: str, query: bytes = b"",
                headers: list[tuple[bytes, bytes]] | None = None) -> dict:
    """An HTTP scope for `METHOD /v1<path>?<query>` carrying the outer request's headers (minus its body
    framing) plus `headers`. `path` is below `/v1`, already percent-escaped."""
    raw_path = b"/v1" + path.encode("ascii")
    kept = [(n, v) for n, v in outer.get("headers", ()) if n not in _OUTER_ONLY]
    return {
        "type": "http",
        "asgi": outer.get("asgi", {"version": "3.0"}),
        "http_version": outer.get("http_version", "1.1"),
        "scheme": outer.get("scheme", "http"),
        "server": outer.get("server"),
        "client": outer.get("client"),
        "root_path": "",
        "method": method,
        "path": unquote(raw_path.decode("ascii")),
        "raw_path": raw_path,
        "query_string": query,
        "headers": [*kept, *(headers or ())],
        "state": {},
    }


async def call_operation(relay, outer: dict, method: str, path: str, *, query: bytes = b"",
                         body: bytes | None = None, chunks: AsyncIterator[bytes] | None = None,
                         length: int | None = None, content_type: bytes | None = None,
                         request_id: bytes | None = None, actions: bool = True,
                         max_bytes: int = MAX_COLLECTED_BYTES) -> InternalResponse:
    """Call `METHOD /v1<path>` through `relay.relay` and collect the answer.

    The body is `body` (bytes) or `chunks` (an async iterator, `length` bytes in all); the response body is
    asked for uncompressed. Raises `AnswerTooLarge` beyond `max_bytes`. The inner call never sees the outer
    client's disconnect: the caller cancels its task instead."""
    headers = [(b"accept-encoding", b"identity")]
    if body is not None or chunks is not None:
        size = len(body) if body is not None else length
        headers.append((b"content-type", content_type or b"application/json"))
        headers.append((b"content-length", str(size).encode()))
    scope = inner_scope(outer, method, path, query, headers)
    receive = _body_receiver(body, chunks)
    status = 0
    answer_headers: list[tuple[bytes, bytes]] = []
    parts: list[bytes] = []
    total = 0

    async def send(message):
        nonlocal status, answer_headers, total
        if message["type"] == "http.response.start":
            status = message["status"]
            answer_headers = list(message.get("headers", ()))
        elif message["type"] == "http.response.body":
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > max_bytes:
                raise AnswerTooLarge(f"the answer of {method} /v1{path} is larger than {max_bytes} bytes")
            if chunk:
                parts.append(chunk)

    await relay.relay(scope, receive, send, request_id, actions=actions)
    return InternalResponse(status, answer_headers, b"".join(parts))


def _body_receiver(body: bytes | None, chunks: AsyncIterator[bytes] | None):
    done = False

    async def receive():
        nonlocal done
        if not done:
            if chunks is not None:
                try:
                    chunk = await anext(chunks)
                except StopAsyncIteration:
                    done = True
                    return {"type": "http.request", "body": b"", "more_body": False}
                return {"type": "http.request", "body": chunk, "more_body": True}
            done = True
            return {"type": "http.request", "body": body or b"", "more_body": False}
        await asyncio.Event().wait()  # the inner call has no client to lose; its task is cancelled instead
        return {"type": "http.disconnect"}

    return receive
