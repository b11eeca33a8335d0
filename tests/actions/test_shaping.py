"""Shaping an Actions answer to ChatGPT's character limit: what goes first, what is kept, and that every answer
fits, whatever it holds."""

from __future__ import annotations

import base64
import json
import random

import pytest

from runtime.actions.shaping import NOTE_KEY, dumps, response_output_text, shape

LIMIT = 100_000
_TEXT = 'abc é✓\n"\\ '


def bulky_response(text: str, *, instructions=30_000, reasoning=40_000, image_bytes=0) -> dict:
    """A Response object as upstream returns it: echoed request, reasoning, output text, maybe an image."""
    output = [
        {"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "gAAAA" + "x" * reasoning},
        {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
         "content": [{"type": "output_text", "text": text, "annotations": []}]},
    ]
    if image_bytes:
        output.append({"type": "image_generation_call", "id": "ig_1", "status": "completed",
                       "result": base64.b64encode(random.Random(1).randbytes(image_bytes)).decode()})
    return {
        "id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "gpt-5",
        "instructions": "Be helpful. " * (instructions // 12),
        "tools": [{"type": "function", "name": f"tool_{i}", "parameters": {"type": "object", "properties": {
            "q": {"type": "string", "description": "d" * 300}}}} for i in range(20)],
        "output": output, "reasoning": {"effort": "high"}, "usage": {"input_tokens": 10, "output_tokens": 20},
        "output_text": response_output_text({"output": output}),
    }


def test_an_answer_that_fits_is_left_alone():
    doc = {"object": "list", "data": [{"id": "a"}], "has_more": False}
    shaped, text = shape(doc, LIMIT)
    assert shaped == {"object": "list", "data": [{"id": "a"}], "has_more": False}
    assert text == dumps(doc) and NOTE_KEY not in shaped


def test_a_bulky_response_keeps_its_output_text_whole():
    text = "Lorem ipsum — ünïcödé ✓ " * 2_500  # ~62,000 characters
    doc = bulky_response(text, image_bytes=200_000)
    assert len(dumps(doc)) > 3 * LIMIT
    shaped, out = shape(doc, LIMIT)
    assert len(out) <= LIMIT and json.loads(out) == shaped
    assert shaped["output_text"] == text
    assert "instructions" not in shaped and "tools" not in shaped
    assert all(item["type"] != "reasoning" for item in shaped["output"])
    assert "encrypted" in shaped[NOTE_KEY] or "reasoning" in shaped[NOTE_KEY]
    image = next(item for item in shaped["output"] if item["type"] == "image_generation_call")
    assert image["result"].startswith("[base64 data removed")
    assert shaped["id"] == "resp_1" and shaped["status"] == "completed" and shaped["usage"]["output_tokens"] == 20


def test_a_list_page_is_cut_with_a_cursor_that_continues_it():
    items = [{"id": f"file-{i:05d}", "object": "file", "filename": f"report-{i}.pdf", "bytes": i,
              "purpose": "assistants", "status": "processed"} for i in range(5_000)]
    doc = {"object": "list", "data": items, "first_id": "file-00000", "last_id": "file-04999", "has_more": False}
    shaped, text = shape(doc, LIMIT)
    assert len(text) <= LIMIT
    kept = shaped["data"]
    assert 0 < len(kept) < len(items) and kept == items[: len(kept)]
    assert shaped["has_more"] is True and shaped["last_id"] == kept[-1]["id"]
    assert f"after={kept[-1]['id']}" in shaped[NOTE_KEY]
    assert len(text) > LIMIT * 0.8  # the page is as full as the limit allows, not cut to a stub


def test_a_long_string_is_truncated_with_a_marker():
    doc = {"id": "x", "content": "lorem ipsum " * 40_000}
    shaped, text = shape(doc, LIMIT)
    assert len(text) <= LIMIT
    assert "[truncated by the relay:" in shaped["content"] and shaped["content"].startswith("lorem ipsum " * 1000)
    assert "truncated" in shaped[NOTE_KEY]


def test_output_text_is_truncated_last():
    doc = {"object": "response", "id": "r", "status": "completed", "output_text": "t" * 150_000,
           "output": [{"type": "message", "content": [{"type": "output_text", "text": "t" * 150_000}]}],
           "other": "o" * 60_000}
    shaped, text = shape(doc, LIMIT)
    assert len(text) <= LIMIT
    assert len(shaped["other"]) < 1_000  # cut first, down to its minimum
    assert shaped["output_text"].startswith("t" * 90_000) and "[truncated by the relay:" in shaped["output_text"]


def test_a_top_level_list_and_a_scalar_fit_too():
    shaped, text = shape([{"n": i, "pad": "p" * 100} for i in range(10_000)], LIMIT)
    assert len(text) <= LIMIT and isinstance(shaped, dict) and NOTE_KEY in shaped
    shaped, text = shape("s" * 300_000, LIMIT)
    assert len(text) <= LIMIT and "[truncated by the relay:" in shaped["value"]


def test_deep_nesting_falls_back_to_a_summary():
    node: dict = {"leaf": True}
    for _ in range(400):
        node = {"n": node, "pad": "p" * 100}
    doc = {"id": "deep", "status": "completed", "tree": node, "more": [node, node]}
    size = len(dumps(doc))
    shaped, text = shape(doc, 2_000)
    assert size > 2_000 and len(text) <= 2_000


@pytest.mark.parametrize("seed", range(8))
def test_any_answer_fits_any_limit(seed):
    rng = random.Random(seed)

    def value(depth):
        kind = rng.random()
        if depth > 3 or kind < 0.35:
            return rng.choice([rng.randint(0, 10**9), rng.random(), None, True,
                               (_TEXT * 400)[rng.randint(0, 8):][: rng.randint(0, 3_000)]])
        if kind < 0.7:
            return [value(depth + 1) for _ in range(rng.randint(0, 8))]
        return {f"k{i}": value(depth + 1) for i in range(rng.randint(0, 6))}

    doc = {f"top{i}": value(0) for i in range(30)}
    for limit in (2_000, 10_000, 100_000):
        shaped, text = shape(json.loads(dumps(doc)), limit)
        assert len(text) <= limit
        assert json.loads(text) == shaped
