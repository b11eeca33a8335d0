"""Shaping a JSON answer to ChatGPT's size limit (characters of the JSON text), never failing because of size.

`shape(doc, limit)` returns `(doc, text)` with `len(text) <= limit`, where `text` is exactly what is sent
(compact JSON, non-ASCII kept as characters). An answer that fits is left alone. One that does not is made
smaller in this order, re-measuring after each step:

1. what a GPT cannot use goes: `encrypted_content`, base64 blobs, and in a Response object the echoed request
   (`instructions`, `tools`, `reasoning`, `text`, ...), its reasoning items, and message text duplicated in
   `output_text`;
2. lists are cut (largest first); a cut list page keeps upstream's cursor working (`has_more: true`,
   `last_id` = the last item kept, so `after=last_id` continues);
3. strings are truncated (longest first, `output_text` last) with an explicit marker;
4. if nesting still does not fit, a small summary of the answer.

What was left out is said in a top-level `relay_note`.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["compact_response", "dumps", "response_output_text", "shape"]

NOTE_KEY = "relay_note"
_NOTE_RESERVE = 700  # characters kept free for relay_note
_NOTE_MAX = 600
_BASE64 = re.compile(r"^(?:data:[\w/+.-]+;base64,)?[A-Za-z0-9+/_\-\s]+={0,2}$")
_BASE64_MIN = 512  # characters: shorter strings stay (ids, short tokens)
_OPAQUE_KEYS = ("encrypted_content",)
# Echoes of the request in a Response object: the GPT wrote them, it does not need them back.
_RESPONSE_ECHOES = ("instructions", "tools", "tool_choice", "reasoning", "text", "prompt", "include",
                    "max_output_tokens", "max_tool_calls", "parallel_tool_calls", "prompt_cache_key",
                    "prompt_cache_retention", "safety_identifier", "service_tier", "store", "background",
                    "temperature", "top_logprobs", "top_p", "truncation", "user", "metadata", "billing")
_MIN_STRING = 200  # a truncated string keeps at least this many characters
_MAX_ROUNDS = 200
_PROTECTED = "output_text"


def dumps(doc: Any) -> str:
    """The JSON text the relay sends for `doc` (and counts against the limit)."""
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def compact_response(response: dict) -> None:
    """A Response object as a GPT reads it best, in place: without its echoed request, reasoning items and
    encrypted content, and with its message text only in `output_text` (annotations stay). Used for every
    long-job answer, whatever its size: these parts cost the GPT's context and tell it nothing."""
    if not isinstance(response.get(_PROTECTED), str):
        response[_PROTECTED] = response_output_text(response)
    _drop_opaque_keys(response)
    _drop_response_echoes(response, 0, [])


def _drop_opaque_keys(node) -> int:
    removed = 0
    if isinstance(node, dict):
        for key in [k for k in node if k in _OPAQUE_KEYS]:
            del node[key]
            removed += 1
        values = node.values()
    elif isinstance(node, list):
        values = node
    else:
        return 0
    for value in values:
        if isinstance(value, (dict, list)):
            removed += _drop_opaque_keys(value)
    return removed


def response_output_text(response: dict) -> str:
    """The text of a Response object's output messages (what the SDKs call `output_text`)."""
    parts = []
    for item in response.get("output") or ():
        if isinstance(item, dict) and item.get("type") == "message":
            for part in item.get("content") or ():
                if isinstance(part, dict) and part.get("type") == "output_text" and isinstance(part.get("text"), str):
                    parts.append(part["text"])
    return "".join(parts)


def shape(doc: Any, limit: int) -> tuple[Any, str]:
    """`doc` made to fit `limit` characters of JSON text; returns (doc, text). `doc` may be changed in place."""
    text = dumps(doc)
    if len(text) <= limit:
        return doc, text
    budget = max(limit - _NOTE_RESERVE, limit // 2)
    notes: list[str] = []
    if not isinstance(doc, (dict, list)):
        doc = _truncate_text(str(doc) if not isinstance(doc, str) else doc, budget)
        notes.append("the answer was truncated")
        return _finish({"value": doc}, notes, limit)
    steps = (_drop_opaque, _drop_response_echoes, _cut_lists, _truncate_strings)
    for step in steps:
        step(doc, budget, notes)
        if len(dumps(doc)) <= budget:
            return _finish(doc, notes, limit)
    return _finish(_summary(doc, budget), notes + ["the answer was too deeply nested to show; a summary is shown"],
                   limit)


def _finish(doc: Any, notes: list[str], limit: int) -> tuple[Any, str]:
    if notes:
        note = "Shortened to fit ChatGPT's limit: " + "; ".join(dict.fromkeys(notes)) + "."
        earlier = doc.get(NOTE_KEY) if isinstance(doc, dict) else None
        if isinstance(earlier, str) and earlier and not earlier.startswith("Shortened to fit"):
            note = earlier[:_NOTE_MAX // 2] + " " + note
        if len(note) > _NOTE_MAX:
            note = note[: _NOTE_MAX - 1] + "…"
        if isinstance(doc, dict):
            doc[NOTE_KEY] = note
        else:
            doc = {"data": doc, NOTE_KEY: note}
    text = dumps(doc)
    if len(text) > limit:  # cannot happen with the reserve; the guarantee holds regardless
        doc = {NOTE_KEY: "The answer was too large for ChatGPT and could not be shortened.",
               "truncated_json": text[: max(0, limit - 200)]}
        text = dumps(doc)
        while len(text) > limit:
            doc["truncated_json"] = doc["truncated_json"][: -max(1, len(text) - limit)]
            text = dumps(doc)
    return doc, text


# --- step 1: what a GPT cannot use -----------------------------------------------------------------------------

def _drop_opaque(doc, budget: int, notes: list[str]) -> None:
    removed = {"opaque": 0, "base64": 0}

    def walk(node):
        if isinstance(node, dict):
            for key in list(node):
                value = node[key]
                if key in _OPAQUE_KEYS and value:
                    del node[key]
                    removed["opaque"] += 1
                elif isinstance(value, str) and _is_base64(value):
                    node[key] = f"[base64 data removed: {len(value)} characters]"
                    removed["base64"] += 1
                else:
                    walk(value)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                if isinstance(value, str) and _is_base64(value):
                    node[i] = f"[base64 data removed: {len(value)} characters]"
                    removed["base64"] += 1
                else:
                    walk(value)

    walk(doc)
    if removed["opaque"]:
        notes.append(f"{removed['opaque']} encrypted field(s) removed")
    if removed["base64"]:
        notes.append(f"{removed['base64']} base64 blob(s) removed")


def _is_base64(value: str) -> bool:
    if len(value) < _BASE64_MIN or " " in value[:200]:
        return False
    sample = value[:1000]  # real base64 mixes cases and digits; "aaaa..." or a long word is text
    if not (any(c.isdigit() for c in sample) and any(c.isupper() for c in sample) and any(c.islower() for c in sample)):
        return False
    return _BASE64.match(value) is not None


def _drop_response_echoes(doc, budget: int, notes: list[str]) -> None:
    for response in _response_objects(doc):
        echoed = [key for key in _RESPONSE_ECHOES if response.get(key) not in (None, [], {})]
        for key in echoed:
            del response[key]
        if echoed:
            notes.append("the echoed request (" + ", ".join(echoed[:4]) + (", ..." if len(echoed) > 4 else "")
                         + ") removed")
        output = response.get("output")
        if isinstance(output, list):
            kept = [item for item in output if not (isinstance(item, dict) and item.get("type") == "reasoning")]
            if len(kept) < len(output):
                notes.append(f"{len(output) - len(kept)} reasoning item(s) removed")
                response["output"] = kept
            if isinstance(response.get(_PROTECTED), str):  # the text is in output_text once
                for item in kept:
                    if isinstance(item, dict) and item.get("type") == "message":
                        item["content"] = [{"type": "output_text", "text": "(in output_text)",
                                            **({"annotations": part["annotations"]} if part.get("annotations")
                                               else {})}
                                           for part in item.get("content") or () if isinstance(part, dict)
                                           and part.get("type") == "output_text"]


def _response_objects(doc):
    if isinstance(doc, dict):
        if doc.get("object") == "response":
            yield doc
        for value in doc.values():
            if isinstance(value, (dict, list)):
                yield from _response_objects(value)
    elif isinstance(doc, list):
        for value in doc:
            yield from _response_objects(value)


# --- step 2: lists ------------------------------------------------------------------------------------------------

def _cut_lists(doc, budget: int, notes: list[str]) -> None:
    for _ in range(_MAX_ROUNDS):
        excess = len(dumps(doc)) - budget
        if excess <= 0:
            return
        found = _largest_list(doc)
        if found is None:
            return
        parent, key, items, size = found
        sizes = [len(dumps(item)) + 1 for item in items]
        keep, room = 0, size - excess
        while keep < len(items) - 1 and room - sizes[keep] >= 2:
            room -= sizes[keep]
            keep += 1
        keep = max(1, keep) if len(items) > 1 else len(items)
        if keep >= len(items):
            return
        parent[key] = items[:keep]
        if parent is doc and key == "data" and isinstance(doc, dict) and doc.get("object") == "list":
            last = items[keep - 1].get("id") if isinstance(items[keep - 1], dict) else None
            doc["has_more"] = True
            if last is not None:
                doc["last_id"] = last
                notes.append(f"only the first {keep} of {len(items)} items fit; call again with after={last} "
                             "for the next ones")
            else:
                notes.append(f"only the first {keep} of {len(items)} items fit")
        else:
            notes.append(f"'{key}' cut to its first {keep} of {len(items)} items")


def _largest_list(doc):
    """(parent, key, list, JSON size) of the largest list with more than one item, or None."""
    best = None

    def walk(node):
        nonlocal best
        children = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in children:
            if isinstance(value, list):
                if len(value) > 1:
                    size = len(dumps(value))
                    if best is None or size > best[3]:
                        best = (node, key, value, size)
                walk(value)
            elif isinstance(value, dict):
                walk(value)

    if isinstance(doc, (dict, list)):
        walk(doc)
    return best


# --- step 3: strings -------------------------------------------------------------------------------------------------

def _truncate_strings(doc, budget: int, notes: list[str]) -> None:
    """Cut the longest strings first (output_text only when nothing else is left), several per measurement."""
    for protect in (True, False):
        for _ in range(_MAX_ROUNDS // 4):
            excess = len(dumps(doc)) - budget
            if excess <= 0:
                return
            found = sorted(_strings(doc, protect), key=lambda f: len(f[2]), reverse=True)
            if not found:
                break
            for parent, key, value in found:
                keep = max(_MIN_STRING, len(value) - excess - 120)
                if keep >= len(value):
                    continue
                parent[key] = _truncate_text(value, keep)
                excess -= len(value) - len(parent[key])
                notes.append(f"'{key}' truncated" if not isinstance(key, int) else "a long text was truncated")
                if excess <= 0:
                    break


def _truncate_text(value: str, keep: int) -> str:
    if len(value) <= keep:
        return value
    return value[:keep] + f"… [truncated by the relay: {keep} of {len(value)} characters shown]"


def _strings(doc, protect: bool) -> list:
    """(parent, key, value) of every string long enough to cut (`output_text` left out when `protect`)."""
    found = []

    def walk(node):
        children = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in children:
            if isinstance(value, str):
                if len(value) > _MIN_STRING + 60 and not (protect and key == _PROTECTED):
                    found.append((node, key, value))
            elif isinstance(value, (dict, list)):
                walk(value)

    walk(doc)
    return found


# --- step 4: a summary -----------------------------------------------------------------------------------------------

def _summary(doc, budget: int) -> dict:
    """The scalars at the top of `doc` (ids, status, output_text...) and the names of what was left out."""
    out: dict = {}
    if isinstance(doc, dict):
        left_out = []
        for key, value in doc.items():
            if isinstance(value, (dict, list)):
                left_out.append(key)
            else:
                out[key] = value
        if left_out:
            out["left_out"] = left_out[:50]
    for _ in range(_MAX_ROUNDS):  # a scalar itself too long (cannot be after step 3, but stay bounded)
        excess = len(dumps(out)) - budget
        if excess <= 0:
            return out
        key = max((k for k in out if isinstance(out[k], str)), key=lambda k: len(out[k]), default=None)
        if key is None or len(out[key]) <= _MIN_STRING:
            return {}
        out[key] = _truncate_text(out[key], max(_MIN_STRING, len(out[key]) - excess - 120))
    return {}
