"""What an Actions call answers ChatGPT: an `Answer`, made from the inner `/v1` response or by an adapter, and
sent as JSON of at most `RELAY_ACTIONS_MAX_CHARS` characters.

Statuses, chosen for how ChatGPT treats them (it backs off an action after repeated 429s or 500s, and shows the
model only what it can read):
- upstream 2xx and 4xx (429 aside) pass with their status; the body is shaped (runtime/actions/shaping.py) only
  when it does not fit, otherwise upstream's bytes go out unchanged;
- 429 stays 429 with `retry-after` (genuine throttling, upstream's or the relay's limits); so does the relay's
  "upstream busy" 503, which is throttling by the relay;
- any other 5xx — upstream's own, or the relay's 502/503/504 for an upstream it could not reach — becomes a
  **200** whose body is an `error` object (OpenAI's envelope fields) plus `failed: true`, `upstream_status` and
  a one-line `relay_note` telling the GPT to try once more or tell the user. The inner call's real status stays
  in the access log and ledger, and in the `x-relay-upstream-status` header.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import RelayError
from ..forward import REQUEST_ID_HEADER
from ..internal import InternalResponse
from .shaping import NOTE_KEY, dumps, shape

__all__ = ["Answer", "answer_from", "error_answer", "send_answer"]

# Upstream headers an Actions answer does not repeat: framing, encodings, and the inner call's request id
# (the front adds the outer one).
_DROP = frozenset({b"content-length", b"content-type", b"content-encoding", b"transfer-encoding", b"connection",
                   b"keep-alive", REQUEST_ID_HEADER})
_RETRY_HEADERS = frozenset({b"retry-after", b"retry-after-ms"})


@dataclass
class Answer:
    """`doc` is shaped and sent as JSON, unless `raw` (JSON text that fits) is given; `files` is the
    `openaiFileResponse` list, added after shaping so that it is never cut."""

    status: int
    doc: Any = None
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    raw: bytes | None = None
    files: list | None = None


def error_answer(error: RelayError) -> Answer:
    """A refusal the relay makes itself (bad input, size, ...) in OpenAI's envelope."""
    return answer_from(InternalResponse(error.status, [(b"content-type", b"application/json"),
                                                       *error.response_headers()], error.body()), limit=None)


def answer_from(resp: InternalResponse, limit: int | None) -> Answer:
    """The Answer for an inner response, with the status mapping above."""
    headers = [(n, v) for n, v in resp.headers if n not in _DROP]
    status = resp.status
    doc = _json_or_none(resp)
    if status == 429 or (status == 503 and _error_code(doc) == "upstream_busy"):
        retry = [(n, v) for n, v in headers if n in _RETRY_HEADERS] or [(b"retry-after", b"1")]
        return Answer(429, doc if doc is not None else _error("The relay is busy; retry shortly.", "rate_limited"),
                      headers=[*[(n, v) for n, v in headers if n not in _RETRY_HEADERS], *retry])
    if status >= 500 or status == 0:
        return _failed(status, doc)
    if doc is None:
        if not resp.body:
            return Answer(status, {"status": status, "ok": 200 <= status < 300}, headers=headers)
        kind = (resp.header(b"content-type") or b"unknown").decode("latin-1")
        return Answer(status, {NOTE_KEY: f"The API answered {len(resp.body)} bytes of {kind}, which ChatGPT "
                                         "cannot read; nothing else to show."}, headers=headers)
    if limit is not None and len(resp.body) <= limit:  # bytes >= characters: it fits as it is
        return Answer(status, doc, headers=headers, raw=resp.body)
    return Answer(status, doc, headers=headers)


def _json_or_none(resp: InternalResponse):
    if not resp.body or not (resp.is_json or resp.body[:1] in (b"{", b"[")):
        return None
    try:
        return resp.json()
    except (ValueError, RecursionError):
        return None


def _error_code(doc) -> str | None:
    error = doc.get("error") if isinstance(doc, dict) else None
    return error.get("code") if isinstance(error, dict) else None


def _error(message: str, code: str) -> dict:
    return {"error": {"message": message, "type": "upstream_error", "param": None, "code": code}}


def _failed(status: int, doc) -> Answer:
    error = doc.get("error") if isinstance(doc, dict) and isinstance(doc.get("error"), dict) else None
    if error is None:
        error = _error(f"The OpenAI API failed with status {status}.", "upstream_server_error")["error"]
    where = "in the relay" if error.get("code") == "relay_error" else f"on the OpenAI side ({status or 'no answer'})"
    body = {
        "error": error,
        "failed": True,
        "upstream_status": status,
        NOTE_KEY: (f"This call failed {where}; nothing was done. Try it once more in a few seconds; if it fails "
                   "again, tell the user the service is having problems."),
    }
    return Answer(200, body, headers=[(b"x-relay-upstream-status", str(status).encode())])


async def send_answer(send, answer: Answer, limit: int, extra: list[tuple[bytes, bytes]] | None = None) -> int:
    """Send `answer` as JSON within `limit` characters; return the status sent."""
    if answer.raw is not None and not answer.files:
        data = answer.raw
    else:
        files_text = dumps(answer.files) if answer.files else ""
        budget = limit - len(files_text) - len(',"openaiFileResponse":')
        doc = answer.doc if isinstance(answer.doc, dict) or not answer.files else {"data": answer.doc}
        doc, text = shape(doc if doc is not None else {}, max(budget, 1000))
        if answer.files:  # shaping keeps a dict a dict: its text ends with "}"
            text = text[:-1] + ("," if text != "{}" else "") + '"openaiFileResponse":' + files_text + "}"
        data = text.encode()
    await send({"type": "http.response.start", "status": answer.status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
        *answer.headers, *(extra or ())]})
    await send({"type": "http.response.body", "body": data})
    return answer.status


def loads_object(body: bytes | None, what: str = "The request body") -> dict:
    """The JSON object in `body`, or a 400 `RelayError` saying what is wrong with it."""
    if not body:
        return {}
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise RelayError(400, f"{what} must be a JSON object.", code="invalid_json") from None
    except RecursionError:
        raise RelayError(400, f"{what} is nested too deeply.", code="invalid_json") from None
    if not isinstance(value, dict):
        raise RelayError(400, f"{what} must be a JSON object.", code="invalid_body")
    return value
