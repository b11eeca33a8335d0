"""OpenAI-style error envelopes for everything the relay itself refuses."""

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
    415: "invalid_request_error",
    500: "server_error",
    502: "upstream_error",
    503: "server_error",
    504: "timeout_error",
}


class ResponseAborted(Exception):
    """Raised by the app after a response has started when it cannot be completed (upstream broke off): the
    server drops the connection without finishing the body, so the client sees a truncated response, never a
    complete one."""


class RelayError(Exception):
    """An error the relay answers itself, in OpenAI's envelope."""

    def __init__(self, status: int, message: str, *, code: str | None = None, param: str | None = None,
                 type: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.type = type or _TYPES.get(status, "invalid_request_error")

    def body(self) -> bytes:
        return error_body(self.message, type=self.type, code=self.code, param=self.param)


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
            *(headers or ()),
        ],
    })
    await send({"type": "http.response.body", "body": body})
