"""Usage read from SSE streams, line-buffered across network chunks: an event split at any byte still counts."""

from __future__ import annotations

import random

import pytest
import usage_payloads as P

from runtime.usage.extract import tap_for
from runtime.usage.records import Usage

SSE = b"text/event-stream; charset=utf-8"
WINDOW = 4 * 1024 + 64 * 1024  # what a tap keeps of a line, besides the chunk in hand


def read(chunks, operation: str) -> Usage | None:
    tap = tap_for(SSE, operation)
    assert tap is not None
    for chunk in chunks:
        tap.feed(chunk)
    return tap.result()


def splits(stream: bytes):
    """The stream in two feeds at every offset (including empty ones at the ends)."""
    for i in range(len(stream) + 1):
        yield (stream[:i], stream[i:])


RESPONSES = P.responses_stream(input_tokens=36, cached=16, output_tokens=87, reasoning=64)
RESPONSES_USAGE = Usage(input=36, cached=16, output=87, reasoning=64, model="gpt-5-mini-2025-08-07")
CHAT = P.chat_stream(prompt=23, cached=0, completion=7)
CHAT_USAGE = Usage(23, 0, 7, 0, "gpt-4o-mini-2024-07-18")

STREAMS = {
    "responses": ("createResponse", RESPONSES, RESPONSES_USAGE),
    "chat": ("createChatCompletion", CHAT, CHAT_USAGE),
    "completions": ("createCompletion", P.completions_stream(prompt=5, completion=3),
                    Usage(5, 0, 3, 0, "gpt-3.5-turbo-instruct")),
    "image_generation": ("createImage", P.image_stream(partial_size=600, final_size=900, text=10, image=40,
                                                       output=272),
                         Usage(input=50, output=272, input_image=40, output_image=272)),
    "image_edit": ("createImageEdit", P.image_stream(kind="image_edit", partial_size=600, final_size=900,
                                                      text=10, image=388, output=272),
                   Usage(input=398, output=272, input_image=388, output_image=272)),
    "transcription": ("createTranscription", P.transcription_stream(audio=14, text=0, output=31),
                      Usage(input=14, output=31, input_audio=14)),
    "speech": ("createSpeech", P.speech_stream(input_tokens=14, output_tokens=101),
               Usage(input=14, output=101, output_audio=101)),
}


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_whole_stream(name):
    operation, stream, expected = STREAMS[name]
    assert read([stream], operation) == expected


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_split_at_every_offset(name):
    operation, stream, expected = STREAMS[name]
    if len(stream) > 20_000:  # speech deltas are long: split the part around the terminal event exhaustively
        tail_start = stream.rindex(b"data:", 0, stream.rindex(b"data:")) - 50
        for i in range(tail_start, len(stream) + 1):
            assert read([stream[:i], stream[i:]], operation) == expected, i
        return
    for chunks in splits(stream):
        assert read(chunks, operation) == expected, len(chunks[0])


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_one_byte_feeds(name):
    operation, stream, expected = STREAMS[name]
    assert read([stream[i:i + 1] for i in range(len(stream))], operation) == expected


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_random_splits_into_many_feeds(name):
    operation, stream, expected = STREAMS[name]
    rng = random.Random(name)
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, len(stream)), rng.randrange(1, 12)))
        chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)])]
        assert read(chunks, operation) == expected, cuts


def test_terminal_event_split_over_three_feeds_at_every_pair_of_offsets():
    """The event Envoy lost: `response.completed` split across reads, here over three of them."""
    start = RESPONSES.rindex(b"event: response.completed")
    head, event = RESPONSES[:start], RESPONSES[start:]
    step = max(1, len(event) // 60)
    for i in range(0, len(event), step):
        for j in range(i, len(event) + 1, step):
            assert read([head + event[:i], event[i:j], event[j:]], "createResponse") == RESPONSES_USAGE


def test_crlf_line_endings():
    stream = P.responses_stream(input_tokens=5, output_tokens=6).replace(b"\n", b"\r\n")
    for chunks in splits(stream[-3000:]):
        assert read([stream[:-3000] + chunks[0], chunks[1]], "createResponse").input == 5


def test_incomplete_and_failed_terminals():
    incomplete = P.responses_stream(terminal="response.incomplete", input_tokens=40, output_tokens=16)
    assert read([incomplete], "createResponse") == Usage(40, 0, 16, 0, "gpt-5-mini-2025-08-07")
    failed = P.responses_stream(terminal="response.failed", input_tokens=40, output_tokens=0)
    assert read([failed], "createResponse") == Usage(40, 0, 0, 0, "gpt-5-mini-2025-08-07")
    failed_without = P.responses_stream(terminal="response.failed", usage=None)
    assert read([failed_without], "createResponse") is None


def test_chat_stream_without_include_usage_is_unknown():
    assert read([P.chat_stream(include_usage=False)], "createChatCompletion") is None


def test_client_gone_before_the_usage_chunk_is_unknown():
    """A stream cut anywhere before its usage-bearing line is complete gives None, never a partial count."""
    for name in ("responses", "chat", "image_generation", "transcription"):
        operation, stream, expected = STREAMS[name]
        end = stream.rindex(b'"usage":{')
        for cut in range(0, end, max(1, end // 300)):
            assert read([stream[:cut]], operation) is None, (name, cut)
        # cut after the usage object but before the line ended: what upstream sent is still read
        assert read([stream[:stream.index(b"}", end) + 40]], operation) in (None, expected)


def test_responses_stream_with_usage_named_tool_and_escaped_text():
    """`response.created` echoes a tool schema with a nested "usage" object and "usage": null; a delta's text
    holds an escaped "usage": {...}. Only the terminal event counts."""
    stream = P.responses_stream(tools=[P.USAGE_NAMED_TOOL, P.IMAGE_TOOL], metadata={"usage": "team-a"},
                                deltas=('{"usage": {"input_tokens": 999}', " done"), input_tokens=291,
                                output_tokens=23)
    expected = Usage(291, 0, 23, 0, "gpt-5-mini-2025-08-07")
    assert read([stream], "createResponse") == expected
    assert read([stream[i:i + 97] for i in range(0, len(stream), 97)], "createResponse") == expected


def test_huge_terminal_event_keeps_bounded_memory():
    """A `response.completed` that echoes a 3 MB image_generation_call result: its usage, at the end of a
    3 MB line, is read while the tap never holds more than its window."""
    image_call = {"type": "image_generation_call", "id": "ig_1", "status": "completed",
                  "result": P.b64(3_000_000), "revised_prompt": "a cat", "background": "opaque",
                  "output_format": "png", "quality": "high", "size": "1024x1024"}
    stream = P.responses_stream(output=[image_call], tools=[P.IMAGE_TOOL], input_tokens=1200, output_tokens=300)
    tap = tap_for(SSE, "createResponse")
    most = 0
    for i in range(0, len(stream), 16384):
        tap.feed(stream[i:i + 16384])
        most = max(most, tap.held)
    assert tap.result() == Usage(1200, 0, 300, 0, "gpt-5-mini-2025-08-07")
    assert most <= WINDOW + 16384


def test_image_stream_with_large_partials_and_final_image():
    stream = P.image_stream(partials=3, partial_size=400_000, final_size=1_500_000, text=30, image=0, output=4160)
    for size in (1000, 65536, 1 << 20):
        tap = tap_for(SSE, "createImage")
        most = 0
        for i in range(0, len(stream), size):
            tap.feed(stream[i:i + size])
            most = max(most, tap.held)
        assert tap.result() == Usage(input=30, output=4160, output_image=4160)
        assert most <= WINDOW + max(size, 2 * 16 * 1024)  # small feeds coalesce into parts under 32 KiB


def test_stream_ending_without_final_newline_still_counts():
    stream = CHAT.replace(b"\n\ndata: [DONE]\n\n", b"")
    assert not stream.endswith(b"\n")
    assert read([stream], "createChatCompletion") == CHAT_USAGE


def test_the_last_usage_bearing_event_wins():
    first = P.chat_stream(prompt=1, completion=1).replace(b"data: [DONE]\n\n", b"")
    assert read([first + CHAT], "createChatCompletion") == CHAT_USAGE


def test_garbage_streams_never_raise():
    rng = random.Random(99)
    alphabet = b'data: {"usage":}[]0123456789,\n\r event'
    for _ in range(2000):
        stream = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 300)))
        chunks = [stream[i:i + rng.randrange(1, 40)] for i in range(0, len(stream), 40)]
        result = read(chunks, rng.choice(["createResponse", "createChatCompletion", "createImage"]))
        assert result is None or isinstance(result, Usage)


def test_payloads_are_what_the_openai_sdk_parses():
    from openai.types import ImageEditStreamEvent, ImageGenStreamEvent
    from openai.types.audio import TranscriptionStreamEvent
    from openai.types.chat import ChatCompletionChunk
    from openai.types.responses import ResponseStreamEvent
    from pydantic import TypeAdapter

    def data(stream):
        return [line[6:] for line in stream.split(b"\n") if line.startswith(b"data: {")]

    for terminal in ("response.completed", "response.incomplete", "response.failed"):
        for line in data(P.responses_stream(terminal=terminal, tools=[P.USAGE_NAMED_TOOL])):
            TypeAdapter(ResponseStreamEvent).validate_json(line)
    for line in data(CHAT):
        ChatCompletionChunk.model_validate_json(line)
    for line in data(STREAMS["image_generation"][1]):
        TypeAdapter(ImageGenStreamEvent).validate_json(line)
    for line in data(STREAMS["image_edit"][1]):
        TypeAdapter(ImageEditStreamEvent).validate_json(line)
    for line in data(STREAMS["transcription"][1]):
        TypeAdapter(TranscriptionStreamEvent).validate_json(line)
