"""Micro-benchmark of reading usage on the hot path (runtime/usage/extract.py, prices.py).

    python bench/usage_bench.py [--quick]

Prints the best of several timeit repeats per figure, in microseconds, and json.loads of the same 600-byte chat
answer as a yardstick: on a shared or throttled machine every figure moves with it.
"""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "usage"))

import usage_payloads as P  # noqa: E402

from runtime.usage.extract import (  # noqa: E402
    model_from_json,
    model_from_multipart,
    model_from_query,
    tap_for,
    ws_usage,
)
from runtime.usage.prices import Prices  # noqa: E402
from runtime.usage.records import Usage  # noqa: E402

JSON = b"application/json"
SSE = b"text/event-stream; charset=utf-8"


def best(fn, number: int, repeat: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def sse_chunks(stream: bytes) -> list[bytes]:
    """One network chunk per SSE event, as upstream flushes them."""
    return [event + b"\n\n" for event in stream.split(b"\n\n") if event]


def main() -> None:
    quick = "--quick" in sys.argv
    n, r = (20_000, 3) if quick else (100_000, 7)
    rows: list[tuple[str, float, str]] = []

    chat = P.indented(P.chat_completion(prompt=19, completion=10))
    chat_compact = P.compact(P.chat_completion(prompt=19, completion=10))

    def json_tap(body=chat):
        tap = tap_for(JSON, "createChatCompletion")
        tap.feed(body)
        return tap.result()

    assert json_tap() == Usage(19, 0, 10, 0, "gpt-4o-mini-2024-07-18")
    rows.append(("yardstick: json.loads(chat answer)", best(lambda: json.loads(chat), n, r), f"{len(chat)} B"))
    rows.append(("tap_for, operation without usage", best(lambda: tap_for(JSON, "listModels"), n, r), "<= 0.3"))
    rows.append(("JSON tap, chat answer (indented)", best(json_tap, n, r), f"{len(chat)} B, <= 5"))
    rows.append(("JSON tap, chat answer (compact)", best(lambda: json_tap(chat_compact), n, r),
                 f"{len(chat_compact)} B"))

    chat_events = sse_chunks(P.chat_stream(words=("Hello",)))
    chat_delta = chat_events[1]
    responses_events = sse_chunks(P.responses_stream())
    responses_delta = next(e for e in responses_events if b"output_text.delta" in e)
    transcript_delta = sse_chunks(P.transcription_stream())[0]
    for label, operation, chunk in (("chat delta, usage:null", "createChatCompletion", chat_delta),
                                    ("Responses output_text.delta", "createResponse", responses_delta),
                                    ("transcript.text.delta", "createTranscription", transcript_delta)):
        tap = tap_for(SSE, operation)
        rows.append((f"SSE feed, one {label} event", best(lambda tap=tap, chunk=chunk: tap.feed(chunk), n, r),
                     f"{len(chunk)} B, <= 2"))
    tap = tap_for(SSE, "createResponse")
    half = len(responses_delta) // 2
    rows.append(("SSE feed, an event split over two chunks",
                 best(lambda: (tap.feed(responses_delta[:half]), tap.feed(responses_delta[half:])), n, r) / 2,
                 "per chunk"))

    def whole_stream(events, operation):
        tap = tap_for(SSE, operation)
        for event in events:
            tap.feed(event)
        return tap.result()

    assert whole_stream(responses_events, "createResponse") is not None
    rows.append(("SSE Responses stream, all events + result", best(
        lambda: whole_stream(responses_events, "createResponse"), n // 20, r),
        f"{len(responses_events)} events"))
    assert whole_stream(chat_events, "createChatCompletion") is not None
    rows.append(("SSE chat stream (include_usage), all + result", best(
        lambda: whole_stream(chat_events, "createChatCompletion"), n // 10, r), f"{len(chat_events)} events"))

    audio_delta = P.compact(P.realtime_session_messages()[2]).decode()
    done = P.compact(P.realtime_response_done()).decode()
    rows.append(("ws_usage, Realtime audio delta (rejected)", best(lambda: ws_usage(audio_delta), n, r),
                 f"{len(audio_delta)} chars"))
    rows.append(("ws_usage, Realtime response.done", best(lambda: ws_usage(done), n // 10, r),
                 f"{len(done)} chars"))

    prices = Prices.load(None)
    usage = Usage(19, 0, 10, 0, "gpt-4o-mini-2024-07-18")
    realtime = ws_usage(done)
    rows.append(("prices.cost, text usage (cached lookup)", best(lambda: prices.cost(usage), n, r), "~1"))
    rows.append(("prices.cost, realtime usage by modality", best(lambda: prices.cost(realtime, "gpt-realtime"),
                                                                 n, r), ""))

    small = json.dumps({"messages": [{"role": "user", "content": "Say hello."}], "model": "gpt-4o-mini"}).encode()
    large = json.dumps({"messages": [{"role": "user", "content": "x" * 100_000}], "model": "gpt-4o-mini"}).encode()
    rows.append(("model_from_json, small chat request", best(lambda: model_from_json(small), n, r),
                 f"{len(small)} B"))
    rows.append(("model_from_json, 100 KB chat request", best(lambda: model_from_json(large), n // 100, r),
                 f"{len(large)} B"))
    boundary = b"bench"
    form = (b"--bench\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\ngpt-4o-transcribe\r\n"
            b"--bench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n"
            b"Content-Type: audio/wav\r\n\r\n" + bytes(range(256)) * 4096 + b"\r\n--bench--\r\n")
    content_type = b"multipart/form-data; boundary=" + boundary
    assert model_from_multipart(form, content_type) == "gpt-4o-transcribe"
    rows.append(("model_from_multipart, 1 MB audio form", best(lambda: model_from_multipart(form, content_type),
                                                               n // 100, r), f"{len(form)} B"))
    rows.append(("model_from_query, realtime URL", best(lambda: model_from_query(b"model=gpt-realtime"), n, r),
                 ""))

    width = max(len(label) for label, _, _ in rows)
    print(f"{'figure':<{width}}  {'µs':>8}  note (target µs)")
    for label, micros, note in rows:
        print(f"{label:<{width}}  {micros:8.2f}  {note}")


if __name__ == "__main__":
    main()
