"""OpenAI-style error envelopes for everything the relay itself refuses.

Every relay-made error also tells the client whether retrying can help: `x-should-retry: false` for what a
retry cannot fix (the OpenAI SDKs honour it and stop retrying), `x-should-retry: true` and `retry-after` where
the relay knows that waiting helps (busy, rate limits).
"""

from __future__ import annotations

import json

_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    408: "timeout_error",
    413: "invalid_request_error",
    414: "invalid_request_error",
    415: "invalid_request_error",
    429: "rate_limit_error",
    431: "invalid_request_error",
    500: "server_error",
    502: "upstream_error",
    503: "server_error",
    504: "timeout_error",
}
# Statuses a retry cannot fix. 429, 500, 502, 504 and a busy 503 stay retryable.
_FINAL = frozenset({400, 401, 403, 404, 405, 408, 409, 413, 414, 415, 422, 431})


class ResponseAborted(Exception):
    """Raised by the app after a response has started when it cannot be completed (upstream broke off): the
    server drops the connection without finishing the body, so the client sees a truncated response, never a
    complete one."""


class RelayError(Exception):
    """An error the relay answers itself, in OpenAI's envelope. `retry`: None decides by status;
    `retry_after`: seconds, sent as `retry-after`; `headers`: extra response headers."""

    def __init__(self, status: int, message: str, *, code: str | None = None, param: str | None = None,
                 type: str | None = None, retry: bool | None = None, retry_after: float | None = None,
                 headers: list[tuple[bytes, bytes]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.type = type or _TYPES.get(status, "invalid_request_error")
        self.retry = status not in _FINAL if retry is None else retry
        self.retry_after = retry_after
        self.headers = headers or []

    def body(self) -> bytes:
        return error_body(self.message, type=self.type, code=self.code, param=self.param)

    def response_headers(self) -> list[tuple[bytes, bytes]]:
        headers = [(b"x-should-retry", b"true" if self.retry else b"false"), *self.headers]
        if self.retry_after is not None:
            headers.append((b"retry-after", b"%d" % max(1, round(self.retry_after))))
        return headers


def error_body(message: str, *, type: str, code: str | None = None, param: str | None = None) -> bytes:
    return json.dumps(
        {"error": {"message": message, "type": type, "param": param, "code": code}},
        separators=(",", ":"),
    ).encode()


async def send_error(send, error: RelayError, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """Send `error` as a complete ASGI HTTP response."""
    body = error.body()
    await send({
        "type": "http.response.start",
        "status": error.status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            *error.response_headers(),
            *(headers or ()),
        ],
    })
    await send({"type": "http.response.body", "body": body})
