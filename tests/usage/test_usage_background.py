"""Usage of background Responses: read from the answer that shows the response finished (a `getResponse` poll, a
resume stream, a cancel, or the create call's own stream), tagged with the response's id so that it is counted
once; never from a foreground response's later reads, nor from a response still running."""

from __future__ import annotations

import base64
import json
import os

import pytest
import usage_payloads as P

from runtime.usage.extract import tap_for, ws_usage
from runtime.usage.records import Usage

JSON = b"application/json"
SSE = b"text/event-stream; charset=utf-8"
RID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"  # the id P.response() gives
MODEL = "gpt-5-mini-2025-08-07"


def read(body: bytes, operation: str, *, chunk: int | None = None, content_type: bytes = JSON) -> Usage | None:
    tap = tap_for(content_type, operation)
    assert tap is not None
    for i in range(0, len(body), chunk or len(body) or 1):
        tap.feed(body[i:i + (chunk or len(body))])
    return tap.result()


def background(status="completed", **kwargs) -> dict:
    obj = P.response(status=status, **kwargs)
    obj["background"] = True
    if status in ("queued", "in_progress"):
        obj["usage"] = None
        obj["output"] = []
    return obj


def test_a_poll_of_a_finished_background_response_has_its_usage_and_id():
    expected = Usage(36, 0, 87, 0, MODEL, response_id=RID)
    for body in (P.indented(background()), P.compact(background())):
        for chunk in (None, 1, 13, 4096):
            assert read(body, "getResponse", chunk=chunk) == expected
            assert read(body, "beta_getResponse", chunk=chunk) == expected
    assert expected.usage_key == "response:" + RID
    assert Usage(1, 0, 1, 0).usage_key is None


@pytest.mark.parametrize("status", ["incomplete", "failed", "cancelled"])
def test_every_finished_status_counts(status):
    usage = read(P.indented(background(status=status)), "getResponse")
    assert usage is not None and usage.response_id == RID and usage.input == 36
    assert read(P.indented(background(status=status)), "cancelResponse").response_id == RID


@pytest.mark.parametrize("status", ["queued", "in_progress"])
def test_a_running_background_response_has_no_usage(status):
    assert read(P.indented(background(status=status)), "getResponse") is None
    odd = background(status=status)
    odd["usage"] = P.response()["usage"]  # even if upstream showed a usage object early: not final yet
    assert read(P.indented(odd), "getResponse") is None


def test_reading_a_foreground_response_again_counts_nothing():
    """A foreground response's usage was counted on its create call; a later getResponse must not add it."""
    body = P.indented(P.response())
    assert read(body, "getResponse") is None
    assert read(body, "cancelResponse") is None
    stream = P.responses_stream()
    assert read(stream, "getResponse", content_type=SSE) is None


def test_a_create_is_counted_as_before_and_a_background_one_is_tagged():
    foreground = read(P.indented(P.response()), "createResponse")
    assert foreground == Usage(36, 0, 87, 0, MODEL) and foreground.response_id is None
    assert read(P.indented(background(status="queued")), "createResponse") is None  # background create: no usage
    # a background create that streams: its terminal event is the first sight of the usage, tagged
    stream = P.responses_stream().replace(b'"background":false', b'"background":true')
    assert read(stream, "createResponse", content_type=SSE) == Usage(36, 0, 87, 0, MODEL, response_id=RID)
    plain = read(P.responses_stream(), "createResponse", content_type=SSE)
    assert plain == Usage(36, 0, 87, 0, MODEL) and plain.response_id is None


def test_a_resume_stream_counts_its_terminal_event_split_anywhere():
    stream = P.responses_stream().replace(b'"background":false', b'"background":true')
    expected = Usage(36, 0, 87, 0, MODEL, response_id=RID)
    for chunk in (None, 1, 2, 37, 1000):
        assert read(stream, "getResponse", chunk=chunk, content_type=SSE) == expected
    cut = stream[: stream.rindex(b"event: response.completed")]  # the client left before the end
    assert read(cut, "getResponse", content_type=SSE) is None


def test_a_bulky_finished_response_keeps_its_model_and_id_with_bounded_memory():
    """Echoed instructions before `model` and a base64 image before `usage`: head and tail alone hold neither the
    model nor everything between; the model is found on the way, the id in the head."""
    image = base64.b64encode(os.urandom(1_500_000)).decode()
    output = [{"type": "image_generation_call", "id": "ig_1", "status": "completed", "result": image,
               "background": "opaque"},
              {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
               "content": [{"type": "output_text", "text": "Here.", "annotations": []}]}]
    obj = background(instructions="Follow the house style. " * 5000, tools=[P.IMAGE_TOOL], output=output,
                     input_tokens=1200, output_tokens=4160)
    body = P.indented(obj)
    assert len(body) > 2_000_000 and body.index(b'"model"') > 100_000
    for chunk in (65536, 16384, 333):
        tap = tap_for(JSON, "getResponse")
        most = 0
        for i in range(0, len(body), chunk):
            tap.feed(body[i:i + chunk])
            most = max(most, tap.held)
        assert tap.result() == Usage(1200, 0, 4160, 0, MODEL, response_id=RID)
        assert most < 4 * 1024 + 64 * 1024 + 2 * max(chunk, 16 * 1024)


def test_the_top_level_background_decides_not_an_image_tools():
    obj = P.response(tools=[{**P.IMAGE_TOOL, "background": "transparent"}])  # top level: background false
    assert read(P.indented(obj), "getResponse") is None
    # an upstream that leaves the key out: the image tool's (a string, never true) does not make it background
    bare = {"id": RID, "object": "response", "status": "completed", "model": MODEL,
            "tools": [{**P.IMAGE_TOOL, "background": "transparent"}], "usage": P.response()["usage"]}
    assert read(P.indented(bare), "getResponse") is None
    assert read(P.indented(bare), "createResponse").response_id is None


def test_a_responses_websocket_terminal_event_of_a_background_response_is_tagged():
    event = {"type": "response.completed", "sequence_number": 9, "response": background()}
    assert ws_usage(json.dumps(event)) == Usage(36, 0, 87, 0, MODEL, response_id=RID)
    event["response"]["background"] = False
    assert ws_usage(json.dumps(event)).response_id is None


def test_other_operations_are_untouched():
    assert tap_for(JSON, "deleteResponse") is None
    assert tap_for(JSON, "listInputItems") is None
    chat = read(P.indented(P.chat_completion()), "createChatCompletion")
    assert chat.response_id is None
