"""The model a request asks for, as upstream will read it (per-key model allowlists depend on it)."""

from __future__ import annotations

import json

import httpx

from runtime.usage.extract import model_from_json, model_from_multipart, model_from_query


def test_json_model_after_large_messages_as_the_python_sdk_orders_it():
    body = json.dumps({"messages": [{"role": "user", "content": "x" * 100_000}], "model": "gpt-4o-mini",
                       "stream": True}).encode()
    assert model_from_json(body) == "gpt-4o-mini"


def test_json_nested_models_are_not_the_request_model():
    body = json.dumps({"tools": [{"type": "image_generation", "model": "gpt-image-1"}],
                       "input": [{"role": "user", "content": 'use "model": "gpt-5"'}],
                       "model": "gpt-5-nano"}).encode()
    assert model_from_json(body) == "gpt-5-nano"
    only_nested = json.dumps({"tools": [{"type": "image_generation", "model": "gpt-image-1"}],
                              "prompt": {"id": "pmpt_123"}}).encode()
    assert model_from_json(only_nested) is None


def test_json_duplicate_model_keys():
    assert model_from_json(b'{"model": "gpt-4o-mini", "model": "gpt-5"}') is None  # which one upstream uses: unknown
    assert model_from_json(b'{"model": "gpt-4o-mini", "model": "gpt-4o-mini"}') == "gpt-4o-mini"


def test_json_not_a_model():
    assert model_from_json(b"") is None
    assert model_from_json(b'{"input": "hi"}') is None
    assert model_from_json(b'{"model": 5}') is None
    assert model_from_json(b'{"model": null}') is None
    assert model_from_json(b'["model"]') is None
    assert model_from_json(b'{"model": "gpt-4o"') is None
    assert model_from_json(b'{"model": "gpt-4o"} trailing') is None
    assert model_from_json(b'\xff{"model": "gpt-4o"}') is None
    assert model_from_json(b'{"x": ' + b"[" * 100_000 + b'"model"') is None
    assert model_from_json('{"model": "gpt-4o-\u00e9"}'.encode()) == "gpt-4o-\u00e9"
    assert model_from_json(b'{"model": "gpt\\u002d4o"}') == "gpt-4o"  # escapes decoded as upstream decodes them


def multipart(data: dict, files: dict) -> tuple[bytes, bytes]:
    request = httpx.Request("POST", "http://127.0.0.1/v1/audio/transcriptions", data=data, files=files)
    return request.read(), request.headers["content-type"].encode()


def test_multipart_model_field_before_and_after_the_file():
    audio = b"RIFF" + bytes(range(256)) * 4000
    body, content_type = multipart({"model": "gpt-4o-transcribe", "response_format": "json"},
                                   {"file": ("speech.wav", audio, "audio/wav")})
    assert model_from_multipart(body, content_type) == "gpt-4o-transcribe"
    boundary = content_type.split(b"boundary=")[1]
    delimiter = b"--" + boundary
    parts = body.split(delimiter)
    reordered = delimiter.join([parts[0], parts[3], parts[1], parts[2], parts[4]])  # file first
    assert reordered.index(b'name="file"') < reordered.index(b'name="model"')
    assert model_from_multipart(reordered, content_type) == "gpt-4o-transcribe"


def test_multipart_file_content_that_looks_like_a_model_field():
    fake = b'\r\nContent-Disposition: form-data; name="model"\r\n\r\ngpt-5\r\n'
    body, content_type = multipart({"model": "whisper-1"}, {"file": ("notes.txt", fake * 3, "text/plain")})
    assert model_from_multipart(body, content_type) == "whisper-1"


def test_multipart_quoted_boundary_and_unquoted_name():
    body = (b"--abc\r\nContent-Disposition: form-data; name=model\r\n\r\ngpt-image-1\r\n"
            b"--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"model.png\"\r\n"
            b"Content-Type: image/png\r\n\r\n\x89PNG\r\n--abc--\r\n")
    assert model_from_multipart(body, b'multipart/form-data; boundary="abc"') == "gpt-image-1"
    assert model_from_multipart(body, b"multipart/form-data; boundary=abc") == "gpt-image-1"


def test_multipart_without_model_duplicates_and_malformed():
    body, content_type = multipart({"prompt": "a cat"}, {"image": ("model.png", b"\x89PNG", "image/png")})
    assert model_from_multipart(body, content_type) is None
    twice = (b"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\ngpt-image-1\r\n"
             b"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\ngpt-image-1-mini\r\n--b--\r\n")
    assert model_from_multipart(twice, b"multipart/form-data; boundary=b") is None
    assert model_from_multipart(twice, b"multipart/form-data") is None  # no boundary
    assert model_from_multipart(twice[:60], b"multipart/form-data; boundary=b") is None  # cut off
    assert model_from_multipart(b"", b"multipart/form-data; boundary=b") is None
    unclosed = b"--b\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\ngpt-image-1\r\n--b"
    assert model_from_multipart(unclosed, b"multipart/form-data; boundary=b") is None


def test_query_model():
    assert model_from_query(b"model=gpt-realtime") == "gpt-realtime"
    assert model_from_query(b"intent=transcription&model=gpt-4o-mini-realtime-preview-2024-12-17") == \
        "gpt-4o-mini-realtime-preview-2024-12-17"
    assert model_from_query(b"model=gpt%2Drealtime") == "gpt-realtime"
    assert model_from_query(b"mod%65l=gpt-realtime") == "gpt-realtime"  # upstream decodes names too
    assert model_from_query(b"model=gpt-realtime&mod%65l=gpt-realtime-mini") is None
    assert model_from_query(b"model=a&model=a") == "a"
    assert model_from_query(b"") is None
    assert model_from_query(b"models=gpt-realtime&xmodel=y") is None
    assert model_from_query(b"model") == ""
