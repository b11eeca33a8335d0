"""Long jobs through Actions: Responses background mode, awaited inside ChatGPT's 45 s.

- `long_job` on `createResponse`: the body goes upstream with `background: true` (and `store: true`, which
  background mode needs to be polled); on `getResponse`: the response is fetched. Either way, while its status
  is `queued` or `in_progress` the relay polls `GET /v1/responses/{id}` (through the pipeline) until
  `RELAY_ACTIONS_WAIT` after the call arrived. Finished: the response, with `output_text` first, generated
  images as `openaiFileResponse` (runtime/actions/files_out.py), without what a GPT cannot use (its echoed
  request, reasoning, encrypted content: `compact_response`), shaped to the character limit. Not finished:
  a pending handle — `response_id`, `status` and a one-line `next_step` telling the GPT to call `getResponse`.
  `cancelResponse` needs nothing special (the `shape` adapter).
- `image_job` on `createImage`: the Images API body becomes a background Response whose only tool is the
  image generation tool (`tool_choice` forces it; the main model is `RELAY_ACTIONS_IMAGE_MODEL`), then as above.
  The job lives upstream, so any relay instance can answer the `getResponse` that follows, and the image comes
  back through the same `getResponse` as text does. One image per call (`n` above 1 is refused); DALL·E models
  are refused (the image tool runs GPT image models only).
"""

from __future__ import annotations

import asyncio
import time
from urllib.parse import quote, urlencode

from ..errors import RelayError
from ..internal import InternalResponse
from .answer import Answer
from .gateway import ActionsCall, _refuse_streaming_query
from .shaping import NOTE_KEY, compact_response

__all__ = ["PENDING", "image_job", "long_job"]

PENDING = frozenset({"queued", "in_progress"})
_FIRST_POLL = 0.5  # seconds before the first poll; then x1.5 up to _MAX_POLL
_MAX_POLL = 3.0
_POLL_ROOM = 2.0  # seconds a poll must leave before the call's hard limit
_IMAGE_TOOL_FIELDS = ("model", "size", "quality", "background", "output_format", "output_compression",
                      "moderation")
_IMAGE_INSTRUCTIONS = ("Generate exactly one image for the user's prompt with the image generation tool. Do not "
                       "ask questions; if the prompt is vague, choose sensible details yourself.")


async def long_job(call: ActionsCall) -> Answer:
    _refuse_streaming_query(call)
    if call.method == "POST":
        body = call.json_body()
        if body.get("stream") not in (None, False):
            raise RelayError(400, "Streaming is not available through Actions: leave out 'stream'.",
                             code="streaming_not_supported", param="stream")
        body.pop("stream_options", None)
        body["background"] = True
        body["store"] = True  # background responses are polled from the store
        resp = await call.call("POST", call.path, query=call.query, json_body=body)
        return await finish(call, resp, b"")
    resp = await call.call("GET", call.path, query=call.query)
    return await finish(call, resp, call.query)


async def image_job(call: ActionsCall) -> Answer:
    body = call.json_body()
    validator = call.relay.validator
    if validator is not None and call.op.policy.validate and call.op.body_model:
        error = validator(call.op, call.body or b"{}")
        if error is not None:
            raise error
    prompt = body.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        raise RelayError(400, "'prompt' is required: describe the image.", code="invalid_value", param="prompt")
    if body.get("n") not in (None, 1):
        raise RelayError(400, "Through Actions one image is made per call: leave out 'n' and call createImage again "
                              "for another image.", code="invalid_value", param="n")
    model = body.get("model")
    if isinstance(model, str) and model.startswith("dall-e"):
        raise RelayError(400, f"{model} is not available through Actions: images are made with GPT image models "
                              "(leave out 'model', or use gpt-image-1).", code="invalid_value", param="model")
    tool = {"type": "image_generation"}
    tool.update({name: body[name] for name in _IMAGE_TOOL_FIELDS if body.get(name) is not None})
    request = {
        "model": call.gateway.image_model,
        "instructions": _IMAGE_INSTRUCTIONS,
        "input": prompt,
        "tools": [tool],
        "tool_choice": {"type": "image_generation"},
        "background": True,
        "store": True,
    }
    resp = await call.call("POST", "/responses", json_body=request)
    return await finish(call, resp, b"")


async def finish(call: ActionsCall, resp: InternalResponse, query: bytes) -> Answer:
    """Await the Response in `resp` until the call's deadline, then answer it (or a pending handle)."""
    response = _response(resp)
    if response is None:
        return call.answer(resp)
    polled = await _await(call, response, _poll_query(query))
    if isinstance(polled, InternalResponse):
        return call.answer(polled)
    if polled.get("status") in PENDING:
        return _pending(call, polled)
    return await _finished(call, polled)


def _response(resp: InternalResponse) -> dict | None:
    if not (200 <= resp.status < 300 and resp.is_json):
        return None
    try:
        doc = resp.json()
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict) and doc.get("object") == "response" and doc.get("id") else None


def _poll_query(query: bytes) -> bytes:
    """The getResponse query without what would make it stream."""
    from urllib.parse import parse_qsl

    pairs = [(k, v) for k, v in parse_qsl(query.decode("latin-1"), keep_blank_values=True)
             if k not in ("stream", "starting_after", "include_obfuscation")]
    return urlencode(pairs).encode("ascii")


async def _await(call: ActionsCall, response: dict, query: bytes) -> dict | InternalResponse:
    """Poll while the response is pending and the deadline allows: the last response seen, or an error answer."""
    path = "/responses/" + quote(str(response["id"]), safe="")
    interval = _FIRST_POLL
    last = response
    while last.get("status") in PENDING:
        remaining = call.remaining()
        if remaining <= 0:
            break
        await asyncio.sleep(min(interval, remaining))
        interval = min(interval * 1.5, _MAX_POLL)
        room = call.remaining(call.hard_limit) - _POLL_ROOM
        if room <= 0:
            break
        try:
            async with asyncio.timeout(room):
                resp = await call.call("GET", path, query=query)
        except TimeoutError:
            break
        polled = _response(resp)
        if polled is not None:
            last = polled
        elif resp.status < 500 and resp.status not in (0, 429):
            return resp  # the job is gone (404) or the key may not poll: say so
        # 5xx and 429 while polling: the job runs on upstream; keep the last status and try again
    return last


def _pending(call: ActionsCall, response: dict) -> Answer:
    rid = response["id"]
    status = response.get("status")
    doc = {
        "id": rid,
        "object": "response",
        "status": status,
        "response_id": rid,
        "next_step": (f"Not finished yet ({status}). Call getResponse with response_id \"{rid}\" to wait for it "
                      "again (tell the user it is still working if this repeats); cancelResponse stops it."),
        "waited_seconds": round(time.monotonic() - call.started, 1),
    }
    for name in ("model", "created_at"):
        if response.get(name) is not None:
            doc[name] = response[name]
    return Answer(200, doc)


async def _finished(call: ActionsCall, response: dict) -> Answer:
    from .files_out import image_files

    files, notes = await image_files(call, response)
    compact_response(response)
    doc = {name: response[name] for name in ("id", "object", "status") if name in response}
    doc["output_text"] = response.pop("output_text", "")
    for name, value in response.items():
        doc.setdefault(name, value)
    if notes:
        doc[NOTE_KEY] = " ".join(notes)
    return Answer(200, doc, files=files or None)
