"""Token usage read from upstream's own answers while the bytes stream through to the client.

Nothing is buffered whole and no byte is changed: a tap only looks at the chunks the forwarder passes on.

- JSON bodies: OpenAI writes the top-level `usage` object after everything that could hold another key of that
  name (only string-valued `metadata` may follow it), and `model` among the first keys (embeddings: right before
  `usage`). A tap keeps the first 4 KiB and the last 64 KiB of the body, so a 5 MB base64 image costs no more
  memory than a 600-byte chat answer.
- SSE streams: the usage-bearing event (Responses `response.completed|incomplete|failed`, the Chat/Completions
  `include_usage` chunk, `image_generation.completed`, `image_edit.completed`, `transcript.text.done`,
  `speech.audio.done`) is the `data:` line holding a non-null `usage` object. Lines are read across network
  chunks; a line that spans chunks keeps the same head and tail window, so an event split at any byte is still
  read and a multi-megabyte terminal event (its usage sits at its end) needs no more than the window.
- WebSocket messages: Realtime `response.done` and the Responses WebSocket terminal events (`ws_usage`).
- Background Responses: a response created with `background: true` shows its usage in every later answer that
  holds it finished — a poll (`getResponse`), a resume stream (`getResponse?stream=true`), a cancel, or the
  create call's own stream. Usage read from a Response object that says `background: true` and a finished status
  carries the response's id (`Usage.response_id`), so the team layer counts it once whoever sees it first
  (docs/team-layer.md); `getResponse`/`cancelResponse` answers yield usage only then (a foreground response was
  counted on its create call). A Response names its `model` after its echoed `instructions`, which can be long:
  for Responses the first `"model"` key is looked for in the whole object, also past the head window.

Anything unexpected yields None (tokens unknown), never an exception and never an estimate.
"""

from __future__ import annotations

import json
import re
from collections import deque
from typing import Protocol
from urllib.parse import unquote_plus

from runtime.usage.records import Usage

__all__ = ["Tap", "tap_for", "ws_usage", "model_from_json", "model_from_multipart", "model_from_query"]

_HEAD = 4 * 1024  # where `model` is looked for (it is among the first keys of responses and chat answers)
_TAIL = 64 * 1024  # where the top-level `usage` is looked for (it is last)
_PART = 16 * 1024  # chunks below this are copied together; larger ones are kept as they are
_USAGE_SPAN = 4 * 1024  # a usage object is a few hundred bytes; one that is not closed within this is not one
_KEY_SPAN = 320  # a `"model": "<name>"` pair fits in this (names are at most 256 characters)
_WS_PEEK = 256  # an event's "type" is its first key

_BLANKS = frozenset(b" \t\r\n")
_scan_json = json.JSONDecoder().scan_once  # the C scanner: one JSON value from an index
_EMPTY: dict = {}


class Tap(Protocol):
    """Reads usage from one response body as it streams; `result()` once the body has ended (or was cut).
    `feed` takes the chunks exactly as they go to the client, as immutable bytes (large ones are kept by
    reference until later chunks push them out of the window)."""

    def feed(self, chunk: bytes) -> None: ...

    def result(self) -> Usage | None: ...


class _Kind:
    """How an operation's answers name their model and what their output tokens are."""

    __slots__ = ("model_at", "output_is", "responses")

    def __init__(self, model_at: str | None, output_is: str | None = None, responses: str | None = None):
        self.model_at = model_at  # "head": among the first keys; "before_usage": the key right before usage
        self.output_is = output_is  # "image" | "audio": output tokens of that modality unless split otherwise
        # Response objects: "create" (usage counted; a background one's carries its id) or "read" (an answer
        # that shows an existing response: usage only from a finished background one, with its id)
        self.responses = responses


_TEXT = _Kind("head")  # chat completions, completions
_RESPONSES = _Kind("head", responses="create")  # createResponse, Responses WebSocket terminal events
_RESPONSE_READ = _Kind("head", responses="read")  # getResponse (JSON or resume stream), cancelResponse
_EMBEDDINGS = _Kind("before_usage")  # model follows the (large) data array
_IMAGES = _Kind(None, "image")  # images answers carry no model
_NO_MODEL = _Kind(None)  # transcriptions, translations, compactions: the answer names no model
_SPEECH = _Kind(None, "audio")  # speech SSE (`speech.audio.done`): output tokens are audio

_OPERATIONS: dict[str, _Kind] = {
    "createResponse": _RESPONSES,
    "beta_createResponse": _RESPONSES,
    "getResponse": _RESPONSE_READ,
    "beta_getResponse": _RESPONSE_READ,
    "cancelResponse": _RESPONSE_READ,
    "beta_cancelResponse": _RESPONSE_READ,
    "Compactconversation": _NO_MODEL,  # a compaction pass is billed (ResponseUsage); its answer names no model
    "beta_Compactconversation": _NO_MODEL,
    "createChatCompletion": _TEXT,
    "createCompletion": _TEXT,
    "createEmbedding": _EMBEDDINGS,
    "createImage": _IMAGES,
    "createImageEdit": _IMAGES,
    "createImageVariation": _IMAGES,
    "createTranscription": _NO_MODEL,
    "createTranslation": _NO_MODEL,
    "createSpeech": _SPEECH,
}


def tap_for(content_type: bytes | None, operation_id: str) -> Tap | None:
    """A tap for a response of `operation_id` with this Content-Type, or None when it never carries usage."""
    kind = _OPERATIONS.get(operation_id)
    if kind is None or not content_type:
        return None
    if content_type.startswith(b"application/json"):
        return _JsonTap(kind)
    content_type = content_type.lower()
    if content_type.startswith(b"text/event-stream"):
        return _SseTap(kind)
    if b"json" in content_type:
        return _JsonTap(kind)
    return None  # audio bytes, text/plain transcripts, ...


class _Window:
    """The first _HEAD bytes and the last (at least) _TAIL bytes of a byte run. Large chunks are kept by
    reference (no copy on the hot path; upstream's chunks are immutable bytes), small ones are coalesced, so it
    holds at most _HEAD + _TAIL + one chunk (or + 2 * _PART when chunks are small).

    With `seek_model` it also finds the first `"model"` key of the whole run as the bytes go by (a Response
    names its model after its echoed instructions, possibly far past the head): one `find` per chunk until
    it is found, then nothing."""

    __slots__ = ("head", "parts", "kept", "dropped", "model", "_seek")

    def __init__(self, seek_model: bool = False) -> None:
        self.head = bytearray()
        self.parts: deque[bytes | bytearray] = deque()
        self.kept = 0  # bytes in parts
        self.dropped = False  # bytes between head and parts were let go
        self.model: str | None = None  # the first "model" key's string value (seek_model)
        self._seek: bytes | None = b"" if seek_model else None  # undecided end of the run; None: not seeking

    def add(self, data: bytes) -> None:
        if self._seek is not None:
            self._seek_model(data)
        room = _HEAD - len(self.head)
        if room > 0:
            if len(data) <= room:
                self.head += data
                return
            self.head += data[:room]
            data = data[room:]
        parts = self.parts
        if len(data) >= _PART:
            parts.append(data)
        elif parts and type(parts[-1]) is bytearray and len(parts[-1]) < _PART:
            parts[-1] += data
        else:
            parts.append(bytearray(data))
        self.kept += len(data)
        while self.kept - len(parts[0]) >= _TAIL:  # the oldest part is not needed for the last _TAIL bytes
            self.kept -= len(parts.popleft())
            self.dropped = True

    def tail(self) -> bytes:
        return b"".join(self.parts)

    def whole(self) -> bytes | None:
        return None if self.dropped else bytes(self.head) + b"".join(self.parts)

    @property
    def held(self) -> int:
        return len(self.head) + self.kept

    def _seek_model(self, data: bytes) -> None:
        """Look for the first `"model"` key in the run so far. An occurrence is decided once _KEY_SPAN bytes
        follow it (or the run ended: `found_model`); the undecided end is carried to the next chunk, so a key
        split across chunks is still found. A large chunk is searched where it lies (no copy)."""
        carry = self._seek
        if len(data) < _KEY_SPAN:
            buf = carry + data
            if self._decide(buf, 0, len(buf) - _KEY_SPAN):
                return
            self._seek = buf[max(0, len(buf) - _KEY_SPAN):]
            return
        if carry:  # occurrences starting in the carry, with enough of the chunk after them to decide
            if self._decide(carry + data[:_KEY_SPAN], 0, len(carry)):
                return
        if self._decide(data, 0, len(data) - _KEY_SPAN):
            return
        self._seek = data[len(data) - _KEY_SPAN:]

    def _decide(self, buf: bytes, start: int, stop: int) -> bool:
        pos = buf.find(b'"model"', start, stop + 7) if stop > start else -1
        while 0 <= pos < stop:
            model = _model_after(buf, pos + 7, len(buf))
            if model is not False:
                self.model = model
                self._seek = None
                return True
            pos = buf.find(b'"model"', pos + 7, stop + 7)
        return False

    def found_model(self) -> str | None:
        """The first `"model"` key's value, once the run has ended (what was undecided is decided now)."""
        carry = self._seek
        if carry:
            self._decide(carry, 0, len(carry))
            self._seek = None
        return self.model


class _JsonTap:
    __slots__ = ("_kind", "_first", "_window")

    def __init__(self, kind: _Kind):
        self._kind = kind
        self._first: bytes | None = None  # the common case: the whole body in one chunk, kept without a copy
        self._window: _Window | None = None

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        window = self._window
        if window is not None:
            window.add(chunk)
        elif self._first is None:
            self._first = chunk
        else:
            window = self._window = _Window(self._kind.responses is not None)
            window.add(self._first)
            window.add(chunk)
            self._first = None

    def result(self) -> Usage | None:
        window = self._window
        if window is None:
            return None if self._first is None else _usage_in(self._kind, self._first, None)
        whole = window.whole()
        if whole is not None:
            return _usage_in(self._kind, whole, None)
        return _usage_in(self._kind, window.tail(), bytes(window.head), window.found_model())

    @property
    def held(self) -> int:
        """Bytes this tap holds on to (at most _HEAD + _TAIL + one chunk)."""
        return self._window.held if self._window is not None else len(self._first or b"")


class _SseTap:
    __slots__ = ("_kind", "_line", "_usage")

    def __init__(self, kind: _Kind):
        self._kind = kind
        self._line: _Window | None = None  # the line begun in an earlier chunk
        self._usage: Usage | None = None

    def feed(self, chunk: bytes) -> None:
        size = len(chunk)
        if not size:
            return
        start = 0
        line = self._line
        if line is not None:
            end = chunk.find(b"\n")
            if end < 0:
                line.add(chunk)
                return
            line.add(chunk[: end + 1])
            self._line = None
            self._finish(line)
            start = end + 1
        last = chunk.rfind(b"\n", start)
        if last >= 0:
            self._scan(chunk, start, last + 1)
            start = last + 1
        if start < size:
            line = self._line = _Window(self._kind.responses is not None)
            line.add(chunk[start:] if start else chunk)

    def result(self) -> Usage | None:
        line = self._line
        if line is not None:  # the stream ended without a final newline (or was cut): read what came
            self._line = None
            self._finish(line)
        return self._usage

    @property
    def held(self) -> int:
        """Bytes this tap holds on to (the current partial line's window)."""
        return self._line.held if self._line is not None else 0

    def _scan(self, chunk: bytes, start: int, end: int) -> None:
        """Complete lines in chunk[start:end]: read those that hold a `"usage"` key with an object value."""
        pos = chunk.find(b'"usage"', start, end)
        while pos >= 0:
            if _object_follows(chunk, pos + 7, end):
                line_start = max(chunk.rfind(b"\n", start, pos) + 1, start)
                line_end = chunk.find(b"\n", pos, end)
                self._take(chunk[line_start:line_end])
                pos = chunk.find(b'"usage"', line_end, end)
            else:
                pos = chunk.find(b'"usage"', pos + 7, end)

    def _finish(self, line: _Window) -> None:
        whole = line.whole()
        if whole is not None:
            if b'"usage"' in whole:
                self._take(whole)
        elif line.head.startswith(b"data:"):
            tail = line.tail()
            usage = _usage_in(self._kind, tail, bytes(line.head), line.found_model()) \
                if b'"usage"' in tail else None
            if usage is not None:
                self._usage = usage

    def _take(self, line: bytes) -> None:
        if line.startswith(b"data:"):
            usage = _usage_in(self._kind, line, None)
            if usage is not None:
                self._usage = usage


def ws_usage(message: str | bytes) -> Usage | None:
    """Usage in one upstream->client WebSocket message: Realtime `response.done`, or a Responses WebSocket
    terminal event (`response.completed`, `.incomplete`, `.failed`); None for every other message."""
    head = message[:_WS_PEEK]
    if isinstance(message, str):
        if '"response.' not in head:
            return None
        realtime = '"response.done"' in head
        if not (realtime or '"response.completed"' in head or '"response.incomplete"' in head
                or '"response.failed"' in head):
            return None
        data = message.encode("utf-8", "replace")
    else:
        if b'"response.' not in head:
            return None
        realtime = b'"response.done"' in head
        if not (realtime or b'"response.completed"' in head or b'"response.incomplete"' in head
                or b'"response.failed"' in head):
            return None
        data = message
    return _usage_in(_NO_MODEL if realtime else _RESPONSES, data, None)  # Realtime: the session has the model


# -- finding things in JSON bytes without parsing the whole ------------------------------------------------------


def _skip_blanks(buf: bytes, i: int, end: int) -> int:
    while i < end and buf[i] in _BLANKS:
        i += 1
    return i


def _object_follows(buf: bytes, i: int, end: int) -> bool:
    """After a `"key"` ending before i: is it a key (a colon follows) whose value is an object?"""
    i = _skip_blanks(buf, i, end)
    if i >= end or buf[i] != 58:  # ':'
        return False
    i = _skip_blanks(buf, i + 1, end)
    return i < end and buf[i] == 123  # '{'


def _find_usage(buf: bytes) -> tuple[object, int]:
    """The value of the last `"usage"` key in buf that is not a string, and the key's position.

    Inside a JSON string every quote is escaped, so an unescaped `"usage"` is a real key or a string value; the
    top-level key is the last non-string one (a string value may follow it only in `metadata`). Returns
    (None, -1) when there is none, (None, pos) when its value is null or not a closed object."""
    end = len(buf)
    pos = buf.rfind(b'"usage"')
    if pos >= 0:  # OpenAI's two forms: compact (SSE, WebSocket) and indented (JSON bodies)
        after = buf[pos + 7: pos + 10]
        i = pos + 8 if after[:2] == b':{' else pos + 9 if after == b': {' else 0
        if i:
            try:
                return _scan_json(buf[i: i + _USAGE_SPAN].decode("latin-1"), 0)[0], pos
            except (ValueError, StopIteration, RecursionError):
                return None, pos
    while pos >= 0:
        i = _skip_blanks(buf, pos + 7, end)
        if i < end and buf[i] == 58:  # ':' — a key, not a value
            i = _skip_blanks(buf, i + 1, end)
            if i >= end or buf[i] != 34:  # not a string value: this key decides
                if i >= end or buf[i] != 123:  # null, cut off, or garbage
                    return None, pos
                try:
                    value = _scan_json(buf[i: i + _USAGE_SPAN].decode("latin-1"), 0)[0]
                except (ValueError, StopIteration, RecursionError):
                    return None, pos
                return value, pos
        pos = buf.rfind(b'"usage"', 0, pos)
    return None, -1


def _model_after(buf: bytes, i: int, end: int) -> str | None | bool:
    """The string value of a `"model"` key ending before i; False when that was not a key."""
    i = _skip_blanks(buf, i, end)
    if i >= end or buf[i] != 58:
        return False
    i = _skip_blanks(buf, i + 1, end)
    if i >= end or buf[i] != 34:
        return None
    close = buf.find(b'"', i + 1, min(end, i + 257))
    if close < 0:
        return None
    raw = buf[i + 1: close]
    if b"\\" in raw:  # model names carry no escapes
        return None
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        return None


def _first_model(buf: bytes, end: int = _HEAD) -> str | None:
    """The first `"model"` key's string value within buf[:end]."""
    end = min(len(buf), end)
    pos = buf.find(b'"model"', 0, end)
    if pos >= 0:  # compact or indented, as in _find_usage
        after = buf[pos + 7: pos + 10]
        i = pos + 9 if after[:2] == b':"' else pos + 10 if after == b': "' else 0
        if i:
            close = buf.find(b'"', i, min(end, i + 256))
            raw = buf[i:close]
            if close > 0 and b"\\" not in raw and raw.isascii():
                return raw.decode("ascii")
    while pos >= 0:
        model = _model_after(buf, pos + 7, end)
        if model is not False:
            return model
        pos = buf.find(b'"model"', pos + 7, end)
    return None


def _last_model(buf: bytes, before: int) -> str | None:
    pos = buf.rfind(b'"model"', 0, before)
    while pos >= 0:
        model = _model_after(buf, pos + 7, before)
        if model is not False:
            return model
        pos = buf.rfind(b'"model"', 0, pos)
    return None


def _usage_in(kind: _Kind, buf: bytes, head: bytes | None, model: str | None = None) -> Usage | None:
    """Usage from a JSON text (or its tail, with `head` its first bytes when they are apart, and `model` the
    first model key found in between)."""
    value, pos = _find_usage(buf)
    if not isinstance(value, dict):
        return None
    response_id = None
    if kind.responses is not None:
        response_id = _background_id(buf if head is None else head)
        if response_id is None and kind.responses == "read":
            return None  # a foreground response (counted when it was made) or one still running
        if model is None:  # the whole object is here: its first model key, wherever it is
            model = _first_model(buf if head is None else head, len(buf) if head is None else _HEAD)
    elif kind.model_at == "head":
        model = _first_model(buf if head is None else head)
    elif kind.model_at == "before_usage":
        model = _last_model(buf, pos)
    else:
        model = None
    usage = _to_usage(value, kind, model)
    if usage is not None and response_id is not None:
        usage.response_id = response_id
    return usage


_FINISHED = frozenset({"completed", "incomplete", "failed", "cancelled"})
_NOT_SIMPLE = object()  # a value _key_value does not read (object, array, number, long or escaped string)


def _background_id(buf: bytes) -> str | None:
    """The id of the Response object at the start of buf when it says `background: true` and has finished; else
    None. `id`, `status` and `background` are among a Response's first keys (before anything nested that could
    hold keys of those names), also inside an SSE or WebSocket event (`{"type":…,"response":{"id":…`)."""
    end = min(len(buf), _HEAD)
    pos = buf.find(b'"background"', 0, end)
    if pos < 0 or buf.startswith(b": false", pos + 12) or buf.startswith(b":false", pos + 12):
        return None  # the common case, a foreground response: one find
    if _key_value(buf, b'"background"', end) is not True or _key_value(buf, b'"status"', end) not in _FINISHED:
        return None
    rid = _key_value(buf, b'"id"', end)
    return rid if type(rid) is str and rid else None


def _key_value(buf: bytes, name: bytes, end: int):
    """The value of the first `name` key (quoted) in buf[:end]: a str (up to 256 characters, no escapes), True,
    False or None; _NOT_SIMPLE for any other value or when there is no such key."""
    size = len(name)
    pos = buf.find(name, 0, end)
    while pos >= 0:
        i = _skip_blanks(buf, pos + size, end)
        if i < end and buf[i] == 58:  # ':' — a key
            i = _skip_blanks(buf, i + 1, end)
            if i >= end:
                return _NOT_SIMPLE
            first = buf[i]
            if first == 34:  # '"'
                close = buf.find(b'"', i + 1, min(end, i + 258))
                raw = buf[i + 1: close]
                if close < 0 or b"\\" in raw or not raw.isascii():
                    return _NOT_SIMPLE
                return raw.decode("ascii")
            for literal, value in ((b"true", True), (b"false", False), (b"null", None)):
                if buf.startswith(literal, i):
                    return value
            return _NOT_SIMPLE
        pos = buf.find(name, pos + size, end)
    return _NOT_SIMPLE


# -- mapping the usage shapes ----------------------------------------------------------------------------------


def _to_usage(usage: dict, kind: _Kind, model: str | None) -> Usage | None:
    """Responses/Realtime/images/transcription shapes (input_tokens, output_tokens, *_details) and Chat/
    completions/embeddings shapes (prompt_tokens, completion_tokens, *_details) into one Usage. A missing count
    is 0; a count that is not a non-negative integer makes the whole object malformed (None)."""
    get = usage.get
    if "input_tokens" in usage or "output_tokens" in usage:
        input_ = get("input_tokens") or 0
        output = get("output_tokens") or 0
        into = get("input_tokens_details") or get("input_token_details") or _EMPTY  # Realtime/audio: "token"
        out = get("output_tokens_details") or get("output_token_details") or _EMPTY
    elif "prompt_tokens" in usage or "completion_tokens" in usage:
        input_ = get("prompt_tokens") or 0
        output = get("completion_tokens") or 0
        into = get("prompt_tokens_details") or _EMPTY
        out = get("completion_tokens_details") or _EMPTY
    else:
        return None  # e.g. a transcription billed by duration ({"type": "duration", "seconds": ...})
    if type(input_) is not int or type(output) is not int or input_ < 0 or output < 0 or get("type") == "duration":
        return None
    if into is _EMPTY and out is _EMPTY and kind.output_is is None:
        return Usage(input_, 0, output, 0, model)
    if type(into) is not dict or type(out) is not dict:
        return None
    got = into.get
    cached_details = got("cached_tokens_details") or _EMPTY
    if type(cached_details) is not dict:
        return None
    parts = (
        got("cached_tokens") or 0,
        got("cache_write_tokens") or 0,
        got("audio_tokens") or 0,
        got("image_tokens") or 0,
        cached_details.get("audio_tokens") or 0,
        cached_details.get("image_tokens") or 0,
        out.get("reasoning_tokens") or 0,
        out.get("audio_tokens") or 0,
        out.get("image_tokens") or 0,
    )
    if not any(parts) and kind.output_is is None:  # the common case: details present, all zero
        return Usage(input_, 0, output, 0, model)
    for part in parts:
        if type(part) is not int or part < 0:
            return None
    cached, cache_write, input_audio, input_image, cached_audio, cached_image, reasoning, output_audio, \
        output_image = parts
    if kind.output_is == "image" and "image_tokens" not in out:
        output_image = output
    elif kind.output_is == "audio" and "audio_tokens" not in out:
        output_audio = output
    # A part larger than its total is upstream's inconsistency: trust parts only up to the totals.
    if cached > input_ or cache_write + cached > input_ or input_audio + input_image > input_ \
            or cached_audio > min(cached, input_audio) or cached_image > min(cached - cached_audio, input_image) \
            or reasoning > output or output_audio + output_image > output:
        cached = min(cached, input_)
        cache_write = min(cache_write, input_ - cached)
        input_audio = min(input_audio, input_)
        input_image = min(input_image, input_ - input_audio)
        cached_audio = min(cached_audio, cached, input_audio)
        cached_image = min(cached_image, cached - cached_audio, input_image)
        reasoning = min(reasoning, output)
        output_audio = min(output_audio, output)
        output_image = min(output_image, output - output_audio)
    return Usage(input_, cached, output, reasoning, model, cache_write, input_audio, input_image, cached_audio,
                 cached_image, output_audio, output_image)


# -- the model a request asks for (per-key model allowlists, the ledger) ---------------------------------------


def _pairs(pairs: list) -> list:
    return pairs


_PAIRS_DECODER = json.JSONDecoder(object_pairs_hook=_pairs)  # objects stay pair lists: duplicates stay visible


def model_from_json(body: bytes) -> str | None:
    """The top-level "model" of a JSON request body; None when absent, not a string, the body is not a JSON
    object, or the key is given twice with different values (which one upstream uses is not ours to guess)."""
    if b'"model"' not in body or not body.lstrip(b" \t\r\n").startswith(b"{"):
        return None
    try:
        top = _PAIRS_DECODER.decode(body.decode("utf-8"))  # the top-level object, as its list of pairs
    except (ValueError, RecursionError):
        return None
    found = None
    for key, value in top:
        if key == "model":
            if not isinstance(value, str) or (found is not None and value != found):
                return None
            found = value
    return found


_BOUNDARY = re.compile(rb'boundary=(?:"([^"]+)"|([^;\s]+))', re.IGNORECASE)
_PART_NAME = re.compile(rb'(?im)^content-disposition:[^\r\n]*?;\s*name=(?:"([^"]*)"|([^;\s]+))')


def model_from_multipart(body: bytes, content_type: bytes) -> str | None:
    """The `model` form field of a multipart/form-data body; None when absent, malformed, or given twice with
    different values. Parts are found by their boundary, so a file that contains `name="model"` is no field."""
    match = _BOUNDARY.search(content_type)
    if match is None:
        return None
    delimiter = b"--" + (match.group(1) or match.group(2))
    found = None
    pos = body.find(delimiter)
    while pos >= 0:
        pos += len(delimiter)
        if body.startswith(b"--", pos):
            return found  # the closing delimiter
        head_end = body.find(b"\r\n\r\n", pos)
        if head_end < 0:
            return None
        part_end = body.find(b"\r\n" + delimiter, head_end + 4)
        if part_end < 0:
            return None
        name = _PART_NAME.search(body, pos, head_end)
        if name is not None and (name.group(1) if name.group(1) is not None else name.group(2)) == b"model":
            value = body[head_end + 4: part_end].decode("utf-8", "replace")
            if found is not None and value != found:
                return None
            found = value
        pos = part_end + 2
    return None  # no closing delimiter: not a complete form


def model_from_query(query_string: bytes) -> str | None:
    """The `model` query parameter (Realtime WebSocket URLs); None when absent or given twice differently."""
    if b"model" not in query_string and b"%" not in query_string:
        return None
    found = None
    for part in query_string.decode("utf-8", "replace").split("&"):
        name, _, value = part.partition("=")
        if name != "model":
            if "%" not in name and "+" not in name:
                continue
            if unquote_plus(name) != "model":
                continue
        value = unquote_plus(value)
        if found is not None and value != found:
            return None
        found = value
    return found
