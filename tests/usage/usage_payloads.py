"""Upstream answers as OpenAI sends them, built from the spec's examples and the openai SDK's types.

Non-streaming JSON bodies are indented (that is how api.openai.com answers); SSE and WebSocket events are
compact. Every builder returns bytes exactly as they would cross the wire.
"""

from __future__ import annotations

import base64
import json
import os


def indented(obj) -> bytes:
    return json.dumps(obj, indent=2).encode()


def compact(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def sse(events, *, event_lines: bool = True, done: bool = False, newline: bytes = b"\n") -> bytes:
    """Events as `event: <type>` + `data: <json>` + blank line (Responses style) or bare `data:` lines (Chat)."""
    out = []
    for event in events:
        if event_lines:
            out.append(b"event: " + event["type"].encode() + newline)
        out.append(b"data: " + compact(event) + newline + newline)
    if done:
        out.append(b"data: [DONE]" + newline + newline)
    return b"".join(out)


def b64(size: int) -> str:
    return base64.b64encode(os.urandom(size * 3 // 4)).decode()


# -- Chat Completions ----------------------------------------------------------------------------------------------

def chat_completion(*, model="gpt-4o-mini-2024-07-18", prompt=19, cached=0, completion=10, reasoning=0,
                    content="Hello! How can I assist you today?") -> dict:
    return {
        "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
        "object": "chat.completion",
        "created": 1741569952,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None,
                                              "annotations": []},
                     "logprobs": None, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": reasoning, "audio_tokens": 0,
                                          "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0},
        },
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
    }


def chat_stream(*, include_usage=True, model="gpt-4o-mini-2024-07-18", prompt=23, cached=0, completion=7,
                words=("Hello", "!", " How", " can", " I", " help", "?")) -> bytes:
    base = {"id": "chatcmpl-C0ffee", "object": "chat.completion.chunk", "created": 1741569952, "model": model,
            "service_tier": "default", "system_fingerprint": "fp_06737a9306"}
    extra = {"usage": None} if include_usage else {}
    events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "refusal": None},
                                    "logprobs": None, "finish_reason": None}], **extra}]
    for word in words:
        events.append({**base, "choices": [{"index": 0, "delta": {"content": word}, "logprobs": None,
                                            "finish_reason": None}], **extra})
    events.append({**base, "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}],
                   **extra})
    if include_usage:
        events.append({**base, "choices": [], "usage": {
            "prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                          "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}})
    return sse(events, event_lines=False, done=True)


def completions_stream(*, prompt=5, completion=3) -> bytes:
    base = {"id": "cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe", "object": "text_completion", "created": 1690759702,
            "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "fp_44709d6fcb"}
    events = [{**base, "choices": [{"text": piece, "index": 0, "logprobs": None, "finish_reason": None}],
               "usage": None} for piece in ("This", " is", " a test")]
    events.append({**base, "choices": [], "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                                                    "total_tokens": prompt + completion}})
    return sse(events, event_lines=False, done=True)


def completion(*, prompt=5, completion=7) -> dict:
    return {"id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7", "object": "text_completion", "created": 1589478378,
            "model": "gpt-3.5-turbo-instruct", "system_fingerprint": "fp_44709d6fcb",
            "choices": [{"text": "\n\nThis is indeed a test", "index": 0, "logprobs": None,
                         "finish_reason": "length"}],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}}


# -- Responses -----------------------------------------------------------------------------------------------------

# A function tool whose JSON schema has a property named "usage" with an object schema: the echoed `tools`
# then holds a nested "usage" key before the top-level one.
USAGE_NAMED_TOOL = {
    "type": "function", "name": "report_usage", "description": "Record a \"usage\": {\"input_tokens\": 1} line",
    "parameters": {"type": "object", "properties": {
        "usage": {"type": "object", "properties": {"input_tokens": {"type": "integer"},
                                                   "output_tokens": {"type": "integer"}}},
        "model": {"type": "string"}},
        "required": ["usage", "model"], "additionalProperties": False},
    "strict": True,
}
IMAGE_TOOL = {"type": "image_generation", "model": "gpt-image-1", "size": "auto", "quality": "auto"}


def response(*, model="gpt-5-mini-2025-08-07", status="completed", input_tokens=36, cached=0, cache_write=0,
             output_tokens=87, reasoning=0, text="In a peaceful grove beneath a silver moon...", output=None,
             tools=(), metadata=None, instructions=None, usage="present") -> dict:
    usage_obj = {"input_tokens": input_tokens,
                 "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": cache_write},
                 "output_tokens": output_tokens, "output_tokens_details": {"reasoning_tokens": reasoning},
                 "total_tokens": input_tokens + output_tokens}
    return {
        "id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
        "object": "response",
        "created_at": 1741476542,
        "status": status,
        "background": False,
        "completed_at": 1741476543 if status == "completed" else None,
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
        "instructions": instructions,
        "max_output_tokens": None,
        "max_tool_calls": None,
        "model": model,
        "output": output if output is not None else [
            {"type": "message", "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b",
             "status": "completed", "role": "assistant",
             "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}]}],
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "prompt_cache_key": None,
        "reasoning": {"effort": "medium", "summary": None},
        "safety_identifier": None,
        "service_tier": "default",
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": list(tools),
        "top_logprobs": 0,
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": usage_obj if usage == "present" else None,
        "user": None,
        "metadata": metadata if metadata is not None else {},
    }


def responses_stream(*, terminal="response.completed", deltas=("In", " a", " peaceful", " grove"), **kwargs) -> bytes:
    """A Responses API stream as the SDK's ResponseStreamEvent union describes it."""
    final = response(status={"response.completed": "completed", "response.incomplete": "incomplete",
                              "response.failed": "failed"}[terminal], text="".join(deltas), **kwargs)
    started = {**final, "status": "in_progress", "output": [], "usage": None, "completed_at": None,
               "incomplete_details": None}
    item_id = final["output"][0].get("id", "msg_1") if final["output"] else "msg_1"
    events = [{"type": "response.created", "sequence_number": 0, "response": started},
              {"type": "response.in_progress", "sequence_number": 1, "response": started},
              {"type": "response.output_item.added", "sequence_number": 2, "output_index": 0,
               "item": {"id": item_id, "type": "message", "status": "in_progress", "role": "assistant",
                        "content": []}},
              {"type": "response.content_part.added", "sequence_number": 3, "item_id": item_id, "output_index": 0,
               "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []}}]
    seq = 4
    for delta in deltas:
        events.append({"type": "response.output_text.delta", "sequence_number": seq, "item_id": item_id,
                       "output_index": 0, "content_index": 0, "delta": delta, "logprobs": [],
                       "obfuscation": "xYz12"})
        seq += 1
    text = "".join(deltas)
    events += [{"type": "response.output_text.done", "sequence_number": seq, "item_id": item_id,
                "output_index": 0, "content_index": 0, "text": text, "logprobs": []},
               {"type": "response.content_part.done", "sequence_number": seq + 1, "item_id": item_id,
                "output_index": 0, "content_index": 0,
                "part": {"type": "output_text", "text": text, "annotations": [], "logprobs": []}},
               {"type": "response.output_item.done", "sequence_number": seq + 2, "output_index": 0,
                "item": final["output"][0] if final["output"] else {"id": item_id}},
               {"type": terminal, "sequence_number": seq + 3, "response": final}]
    return sse(events)


# -- Embeddings, images, audio -------------------------------------------------------------------------------------

def embeddings(*, count=1, dims=1536, prompt=8, model="text-embedding-3-small") -> dict:
    data = [{"object": "embedding", "index": i,
             "embedding": [round(((i * 7919 + j * 104729) % 20001 - 10000) / 1e6, 9) for j in range(dims)]}
            for i in range(count)]
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": prompt,
                                                                       "total_tokens": prompt}}


def image_usage(*, text=10, image=40, output=4160, output_details=True) -> dict:
    usage = {"total_tokens": text + image + output, "input_tokens": text + image, "output_tokens": output,
             "input_tokens_details": {"text_tokens": text, "image_tokens": image}}
    if output_details:
        usage["output_tokens_details"] = {"image_tokens": output, "text_tokens": 0}
    return usage


def images_response(*, b64_size=1000, **usage) -> dict:
    return {"created": 1713833628, "background": "opaque", "data": [{"b64_json": b64(b64_size)}],
            "output_format": "png", "quality": "high", "size": "1024x1024", "usage": image_usage(**usage)}


def image_stream(*, kind="image_generation", partials=2, partial_size=20_000, final_size=60_000, **usage) -> bytes:
    events = [{"type": f"{kind}.partial_image", "b64_json": b64(partial_size), "created_at": 1620000000,
               "size": "1024x1024", "quality": "high", "background": "opaque", "output_format": "png",
               "partial_image_index": i} for i in range(partials)]
    events.append({"type": f"{kind}.completed", "b64_json": b64(final_size), "created_at": 1620000000,
                   "size": "1024x1024", "quality": "high", "background": "opaque", "output_format": "png",
                   "usage": image_usage(output_details=False, **usage)})
    return sse(events)


def transcription(*, audio=14, text=0, output=45) -> dict:
    return {"text": "Imagine the wildest idea that you've ever had, and you're curious about how it might scale.",
            "usage": {"type": "tokens", "input_tokens": audio + text,
                      "input_token_details": {"text_tokens": text, "audio_tokens": audio},
                      "output_tokens": output, "total_tokens": audio + text + output}}


def transcription_stream(*, audio=14, text=0, output=31) -> bytes:
    words = ["I", " see", " skies", " of", " blue"]
    events = [{"type": "transcript.text.delta", "delta": w,
               "logprobs": [{"token": w, "logprob": -0.00007588794, "bytes": list(w.encode())}]} for w in words]
    events.append({"type": "transcript.text.done", "text": "".join(words),
                   "logprobs": [{"token": w, "logprob": -0.0001, "bytes": list(w.encode())} for w in words],
                   "usage": {"type": "tokens", "input_tokens": audio + text,
                             "input_token_details": {"text_tokens": text, "audio_tokens": audio},
                             "output_tokens": output, "total_tokens": audio + text + output}})
    return sse(events, event_lines=False)


def speech_stream(*, input_tokens=14, output_tokens=101) -> bytes:
    events = [{"type": "speech.audio.delta", "audio": b64(3000)} for _ in range(3)]
    events.append({"type": "speech.audio.done", "usage": {"input_tokens": input_tokens,
                                                         "output_tokens": output_tokens,
                                                         "total_tokens": input_tokens + output_tokens}})
    return sse(events, event_lines=False)


# -- Realtime ------------------------------------------------------------------------------------------------------

def realtime_usage(*, text=119, audio=13, image=0, cached_text=64, cached_audio=0, out_text=30, out_audio=91):
    return {"total_tokens": text + audio + image + out_text + out_audio,
            "input_tokens": text + audio + image, "output_tokens": out_text + out_audio,
            "input_token_details": {"text_tokens": text, "audio_tokens": audio, "image_tokens": image,
                                    "cached_tokens": cached_text + cached_audio,
                                    "cached_tokens_details": {"text_tokens": cached_text,
                                                              "audio_tokens": cached_audio, "image_tokens": 0}},
            "output_token_details": {"text_tokens": out_text, "audio_tokens": out_audio}}


def realtime_response_done(**usage) -> dict:
    """The spec's RealtimeServerEventResponseDone example."""
    return {"type": "response.done", "event_id": "event_CCXHxcMy86rrKhBLDdqCh", "response": {
        "object": "realtime.response", "id": "resp_CCXHw0UJld10EzIUXQCNh", "status": "completed",
        "status_details": None,
        "output": [{"id": "item_CCXHwGjjDUfOXbiySlK7i", "type": "message", "status": "completed",
                    "role": "assistant", "content": [{"type": "output_audio", "transcript":
                                                      "Loud and clear! I can hear you perfectly."}]}],
        "conversation_id": "conv_CCXHsurMKcaVxIZvaCI5m", "output_modalities": ["audio"],
        "max_output_tokens": "inf",
        "audio": {"output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "alloy"}},
        "usage": realtime_usage(**usage), "metadata": None}}


def realtime_session_messages() -> list[dict]:
    """What else a Realtime session sends: none of it is usage."""
    return [
        {"type": "session.created", "event_id": "event_1", "session": {"type": "realtime", "object":
                                                                        "realtime.session", "id": "sess_1",
                                                                        "model": "gpt-realtime-2025-08-28"}},
        {"type": "response.created", "event_id": "event_2", "response": {"object": "realtime.response",
                                                                          "id": "resp_1", "status": "in_progress",
                                                                          "output": [], "usage": None}},
        {"type": "response.output_audio.delta", "event_id": "event_3", "response_id": "resp_1",
         "item_id": "item_1", "output_index": 0, "content_index": 0, "delta": b64(8000)},
        {"type": "response.output_audio_transcript.delta", "event_id": "event_4", "response_id": "resp_1",
         "item_id": "item_1", "output_index": 0, "content_index": 0,
         "delta": "the \"usage\": {\"input_tokens\": 5} field"},
        {"type": "response.output_item.done", "event_id": "event_5", "response_id": "resp_1", "output_index": 0,
         "item": {"id": "item_1", "type": "message", "status": "completed", "role": "assistant", "content": []}},
        {"type": "rate_limits.updated", "event_id": "event_6",
         "rate_limits": [{"name": "tokens", "limit": 20000, "remaining": 19000, "reset_seconds": 4.2}]},
    ]
