"""Usage read from JSON answers: every operation that carries it, the traps in OpenAI's objects, size bounds."""

from __future__ import annotations

import json
import random
import tracemalloc

import pytest
import usage_payloads as P

from runtime.usage.extract import tap_for
from runtime.usage.records import Usage

JSON = b"application/json"


def read(body: bytes, operation: str, *, chunk: int | None = None, content_type: bytes = JSON) -> Usage | None:
    tap = tap_for(content_type, operation)
    assert tap is not None
    if chunk is None:
        tap.feed(body)
    else:
        for i in range(0, len(body), chunk):
            tap.feed(body[i:i + chunk])
    return tap.result()


def test_chat_completion():
    body = P.indented(P.chat_completion(prompt=1117, cached=1024, completion=46, reasoning=12))
    assert read(body, "createChatCompletion") == Usage(input=1117, cached=1024, output=46, reasoning=12,
                                                       model="gpt-4o-mini-2024-07-18")


def test_chat_completion_compact_form_and_small_chunks_agree():
    obj = P.chat_completion(prompt=19, completion=10)
    expected = Usage(19, 0, 10, 0, "gpt-4o-mini-2024-07-18")
    for body in (P.indented(obj), P.compact(obj)):
        assert read(body, "createChatCompletion") == expected
        for size in (1, 7, 64, 100):
            assert read(body, "createChatCompletion", chunk=size) == expected


def test_chat_completion_with_audio():
    obj = P.chat_completion(model="gpt-audio-2025-08-28")
    obj["usage"] = {"prompt_tokens": 120, "completion_tokens": 300, "total_tokens": 420,
                    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 100},
                    "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 260,
                                                  "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}
    assert read(P.indented(obj), "createChatCompletion") == Usage(
        input=120, output=300, model="gpt-audio-2025-08-28", input_audio=100, output_audio=260)


def test_chat_completion_without_details():
    """The spec's "Functions" example has no prompt_tokens_details: missing parts are 0."""
    obj = P.chat_completion()
    obj["usage"] = {"prompt_tokens": 82, "completion_tokens": 17, "total_tokens": 99}
    assert read(P.indented(obj), "createChatCompletion") == Usage(82, 0, 17, 0, "gpt-4o-mini-2024-07-18")


def test_legacy_completion():
    assert read(P.indented(P.completion()), "createCompletion") == Usage(5, 0, 7, 0, "gpt-3.5-turbo-instruct")


def test_response_with_reasoning_and_cache():
    body = P.indented(P.response(model="o3-2025-04-16", input_tokens=81, cached=64, cache_write=8,
                                 output_tokens=1035, reasoning=832))
    for operation in ("createResponse", "beta_createResponse"):
        assert read(body, operation) == Usage(input=81, cached=64, output=1035, reasoning=832,
                                              model="o3-2025-04-16", cache_write=8)


def test_response_traps_nested_escaped_and_metadata_usage_keys():
    """A tool schema with a "usage" property (a real nested key, before the top-level one), output text that
    mentions "usage": {...} (escaped), and metadata with a "usage" key after the top-level usage."""
    obj = P.response(input_tokens=291, output_tokens=23, tools=[P.USAGE_NAMED_TOOL, P.IMAGE_TOOL],
                     text='Here is JSON: {"usage": {"input_tokens": 999999}, "model": "gpt-fake"}',
                     metadata={"usage": "team-a", "model": "not-this-one"})
    body = P.indented(obj)
    assert body.count(b'"usage"') >= 4
    expected = Usage(291, 0, 23, 0, "gpt-5-mini-2025-08-07")
    assert read(body, "createResponse") == expected
    assert read(P.compact(obj), "createResponse") == expected


def test_response_without_usage_yet_is_unknown():
    """A background response answers `queued` with usage null; a nested "usage" object earlier must not count."""
    obj = P.response(status="queued", usage=None, tools=[P.USAGE_NAMED_TOOL])
    obj["tools"][0]["parameters"]["properties"]["usage"]["default"] = {"input_tokens": 5, "output_tokens": 5}
    assert read(P.indented(obj), "createResponse") is None


def test_response_model_is_the_top_level_one_not_a_tools_model():
    obj = P.response(model="gpt-5.1-2025-11-13", tools=[P.IMAGE_TOOL])
    assert read(P.indented(obj), "createResponse").model == "gpt-5.1-2025-11-13"


def test_response_with_long_instructions_still_names_its_model():
    """`model` follows `instructions`: past the head window it is still found (the top-level one, not the image
    tool's), whether the body is held whole or only its head and tail are, at any chunking."""
    for instructions in ("Be brief. " * 2000, "Be \"brief\": model. " * 20_000):  # 20 kB; 400 kB, quotes inside
        obj = P.response(instructions=instructions, tools=[P.IMAGE_TOOL], input_tokens=5000, output_tokens=5)
        body = P.indented(obj)
        for chunk in (None, 1, 7, 319, 320, 321, 4096, 16384, 65536):
            usage = read(body, "createResponse", chunk=chunk)
            assert (usage.input, usage.output, usage.model) == (5000, 5, "gpt-5-mini-2025-08-07"), chunk


def test_compaction():
    obj = {"id": "resp_001", "object": "response.compaction", "created_at": 1731459200,
           "output": [{"type": "compaction", "id": "cmp_001", "encrypted_content": "encrypted-summary"}],
           "usage": {"input_tokens": 42897, "output_tokens": 12000, "total_tokens": 54912}}
    assert read(P.indented(obj), "Compactconversation") == Usage(42897, 0, 12000, 0, None)


def test_embeddings_small_and_large():
    small = P.indented(P.embeddings(prompt=8))
    assert read(small, "createEmbedding") == Usage(8, 0, 0, 0, "text-embedding-3-small")
    large = P.indented(P.embeddings(count=20, prompt=4000, model="text-embedding-3-large"))
    assert len(large) > 500_000
    assert read(large, "createEmbedding", chunk=65536) == Usage(4000, 0, 0, 0, "text-embedding-3-large")


def test_image_generation_and_edit():
    body = P.indented(P.images_response(text=10, image=40, output=4160))
    expected = Usage(input=50, output=4160, input_image=40, output_image=4160)
    assert read(body, "createImage") == expected
    assert read(body, "createImageEdit") == expected


def test_image_usage_without_output_details_counts_output_as_image():
    body = P.indented(P.images_response(text=12, image=0, output=1056, output_details=False))
    assert read(body, "createImage") == Usage(input=12, output=1056, output_image=1056)


def test_dall_e_answer_without_usage_is_unknown():
    body = P.indented({"created": 1713833628, "data": [{"url": "https://example.invalid/image.png"}]})
    assert read(body, "createImageVariation") is None


def test_transcription_tokens_and_duration():
    assert read(P.indented(P.transcription(audio=14, text=3, output=45)), "createTranscription") == Usage(
        input=17, output=45, input_audio=14)
    duration = {"task": "transcribe", "language": "english", "duration": 8.47, "text": "The beach...",
                "usage": {"type": "duration", "seconds": 9}}
    assert read(P.indented(duration), "createTranscription") is None  # billed by the minute: no tokens


def test_translation_without_usage():
    assert read(P.indented({"text": "Hello, my name is Wolfgang."}), "createTranslation") is None


def test_operations_and_content_types_without_usage_get_no_tap():
    assert tap_for(JSON, "listModels") is None
    assert tap_for(JSON, "retrieveResponse") is None  # polling a response must not count it again
    assert tap_for(JSON, "createModeration") is None
    assert tap_for(b"audio/mpeg", "createSpeech") is None
    assert tap_for(b"text/plain; charset=utf-8", "createTranscription") is None
    assert tap_for(None, "createChatCompletion") is None
    assert tap_for(b"", "createChatCompletion") is None
    assert tap_for(b"Application/JSON; charset=utf-8", "createChatCompletion") is not None


def test_error_bodies_have_no_usage():
    body = P.indented({"error": {"message": "Rate limit reached", "type": "requests", "param": None,
                                 "code": "rate_limit_exceeded"}})
    assert read(body, "createChatCompletion") is None


def test_empty_and_no_feed():
    tap = tap_for(JSON, "createChatCompletion")
    assert tap.result() is None
    tap.feed(b"")
    assert tap.result() is None


def test_five_megabyte_image_keeps_bounded_memory():
    """A 5 MB base64 image with usage at its end, fed in 64 KiB chunks: the tap holds at most its window."""
    body = P.indented(P.images_response(b64_size=5_000_000, text=20, image=0, output=6240))
    assert len(body) > 5_000_000
    chunks = [body[i:i + 65536] for i in range(0, len(body), 65536)]
    tap = tap_for(JSON, "createImage")
    most = 0
    tracemalloc.start()
    try:
        for chunk in chunks:
            tap.feed(chunk)
            most = max(most, tap.held)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert tap.result() == Usage(input=20, output=6240, output_image=6240)
    assert most <= 4 * 1024 + 64 * 1024 + 65536  # head + tail + the chunk in hand
    assert peak < 320 * 1024  # all the tap allocated while 5 MB went through, bytearray over-allocation included


def test_one_byte_feeds_of_a_large_body_are_linear():
    body = P.indented(P.images_response(b64_size=400_000, output=100))
    tap = tap_for(JSON, "createImage")
    for i in range(len(body)):
        tap.feed(body[i:i + 1])
    assert tap.result().output == 100
    assert tap.held <= 4 * 1024 + 64 * 1024 + 16 * 1024  # small feeds are coalesced into 16 KiB parts


@pytest.mark.parametrize("usage", [
    '{"prompt_tokens": "19", "completion_tokens": 10}',
    '{"prompt_tokens": -1, "completion_tokens": 10}',
    '{"prompt_tokens": 1.5, "completion_tokens": 10}',
    '{"prompt_tokens": true, "completion_tokens": 10}',
    '{"prompt_tokens": 19, "completion_tokens": 10, "prompt_tokens_details": [1]}',
    '{"prompt_tokens": 19, "completion_tokens": 10, "prompt_tokens_details": {"cached_tokens": "x"}}',
    '{"input_tokens": 19, "output_tokens": 1, "input_tokens_details": {"cached_tokens": -3}}',
    '{"total_tokens": 29}',
    '{"type": "duration", "seconds": 3}',
    '{"prompt_tokens": 19, "completion_tokens": ',
    'null',
    '"usage"',
    '[1, 2]',
    '{' * 5000,
    '{"a": ' + '[' * 3000,
])
def test_malformed_usage_is_unknown(usage):
    body = ('{"id": "x", "model": "gpt-4o", "usage": ' + usage + '}').encode()
    assert read(body, "createChatCompletion") is None


def test_parts_beyond_their_totals_are_capped():
    body = P.compact({"model": "gpt-4o", "usage": {
        "prompt_tokens": 10, "completion_tokens": 5,
        "prompt_tokens_details": {"cached_tokens": 50, "audio_tokens": 40},
        "completion_tokens_details": {"reasoning_tokens": 9, "audio_tokens": 9}}})
    usage = read(body, "createChatCompletion")
    assert (usage.input, usage.cached, usage.input_audio, usage.cached_audio) == (10, 10, 10, 0)
    assert (usage.output, usage.reasoning, usage.output_audio) == (5, 5, 5)


def test_truncated_bodies_never_raise():
    """A client that leaves mid-body cuts it anywhere: the tap answers None or the real usage, nothing else."""
    body = P.indented(P.response(tools=[P.USAGE_NAMED_TOOL], metadata={"usage": "a"}))
    expected = Usage(36, 0, 87, 0, "gpt-5-mini-2025-08-07")
    for cut in range(len(body)):
        assert read(body[:cut], "createResponse") in (None, expected)


def test_random_bytes_never_raise():
    rng = random.Random(1234)
    alphabet = b'{}[]":,0123456789 usagemodel\\\n-.'
    for _ in range(3000):
        body = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 200)))
        if rng.random() < 0.5:
            body = b'{"usage":' + body
        for operation in ("createChatCompletion", "createResponse", "createEmbedding", "createImage"):
            result = read(body, operation)
            assert result is None or isinstance(result, Usage)


def test_payloads_are_what_the_openai_sdk_parses():
    from openai.types import Completion, CreateEmbeddingResponse, ImagesResponse
    from openai.types.audio import Transcription
    from openai.types.chat import ChatCompletion
    from openai.types.responses import Response

    ChatCompletion.model_validate_json(P.indented(P.chat_completion()))
    Completion.model_validate_json(P.indented(P.completion()))
    Response.model_validate_json(P.indented(P.response(tools=[P.USAGE_NAMED_TOOL, P.IMAGE_TOOL],
                                                       metadata={"usage": "team-a"})))
    CreateEmbeddingResponse.model_validate_json(P.indented(P.embeddings()))
    ImagesResponse.model_validate_json(P.indented(P.images_response()))
    Transcription.model_validate_json(P.indented(P.transcription()))
    assert json.loads(P.indented(P.chat_completion()))["usage"]["total_tokens"] == 29
