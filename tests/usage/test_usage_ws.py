"""Usage in WebSocket messages: Realtime `response.done`, Responses WebSocket terminal events."""

from __future__ import annotations

import json

import pytest
import usage_payloads as P

from runtime.usage.extract import ws_usage
from runtime.usage.records import Usage


def test_realtime_response_done_from_the_spec():
    message = P.compact(P.realtime_response_done()).decode()
    assert ws_usage(message) == Usage(input=132, cached=64, output=121, reasoning=0, model=None, input_audio=13,
                                      cached_audio=0, output_audio=91)


def test_realtime_cached_audio_and_images():
    usage = ws_usage(P.compact(P.realtime_response_done(text=300, audio=2000, image=256, cached_text=256,
                                                        cached_audio=1536, out_text=40, out_audio=500)))
    assert usage == Usage(input=2556, cached=1792, output=540, input_audio=2000, input_image=256,
                          cached_audio=1536, output_audio=500)


def test_a_realtime_session_adds_up_its_responses():
    from runtime.usage.prices import Prices

    first = ws_usage(P.compact(P.realtime_response_done()))
    second = ws_usage(P.compact(P.realtime_response_done(text=400, audio=900, cached_text=256, cached_audio=512,
                                                         out_text=50, out_audio=700)))
    session = first + second
    assert session == Usage(input=1432, cached=832, output=871, input_audio=913, cached_audio=512,
                            output_audio=791)
    assert session == sum([first, second], Usage())
    prices = Prices.load(None)
    assert prices.cost(session, "gpt-realtime") == pytest.approx(
        prices.cost(first, "gpt-realtime") + prices.cost(second, "gpt-realtime"))
    assert (Usage(model="gpt-realtime") + first).model == "gpt-realtime"


def test_bytes_and_str_messages_agree():
    message = P.compact(P.realtime_response_done())
    assert ws_usage(message) == ws_usage(message.decode())


def test_responses_websocket_terminal_events():
    for terminal, status in (("response.completed", "completed"), ("response.incomplete", "incomplete")):
        event = {"type": terminal, "sequence_number": 9,
                 "response": P.response(status=status, input_tokens=1500, cached=1024, output_tokens=200,
                                        reasoning=128, tools=[P.USAGE_NAMED_TOOL], metadata={"usage": "x"})}
        assert ws_usage(json.dumps(event, separators=(",", ":"))) == Usage(
            1500, 1024, 200, 128, "gpt-5-mini-2025-08-07")


@pytest.mark.parametrize("message", P.realtime_session_messages(), ids=lambda m: m["type"])
def test_other_realtime_messages_are_not_usage(message):
    assert ws_usage(json.dumps(message, separators=(",", ":"))) is None


def test_responses_stream_events_other_than_terminal_are_not_usage():
    for line in P.responses_stream().split(b"\n"):
        if line.startswith(b"data: ") and b'"response.completed"' not in line[:80]:
            assert ws_usage(line[6:]) is None


def test_a_transcript_that_names_the_events_is_not_usage():
    delta = {"type": "response.output_audio_transcript.delta", "event_id": "e", "response_id": "r",
             "item_id": "i", "output_index": 0, "content_index": 0,
             "delta": 'say "response.done" then {"usage": {"input_tokens": 7}}'}
    assert ws_usage(json.dumps(delta)) is None


def test_response_done_without_usage_or_malformed():
    done = P.realtime_response_done()
    done["response"]["usage"] = None
    assert ws_usage(json.dumps(done)) is None
    for cut in range(0, len(P.compact(P.realtime_response_done())), 7):
        assert ws_usage(P.compact(P.realtime_response_done())[:cut]) in (None, ws_usage(
            P.compact(P.realtime_response_done())))
    assert ws_usage("") is None
    assert ws_usage(b"\x00\xff" * 10) is None
    assert ws_usage('{"type":"response.done"}') is None


def test_realtime_payloads_are_what_the_openai_sdk_parses():
    from openai.types.realtime import RealtimeServerEvent, ResponseDoneEvent
    from pydantic import TypeAdapter

    ResponseDoneEvent.model_validate_json(P.compact(P.realtime_response_done()))
    for message in P.realtime_session_messages():
        TypeAdapter(RealtimeServerEvent).validate_json(P.compact(message))
