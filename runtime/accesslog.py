"""The access log, cheap enough for the hot path.

One `logging` record per request costs ~30 µs of CPU under load (a fifth of the relay's whole budget), so
each request only formats its line (timestamp cached per second) and appends it to a buffer; the buffer
goes to the `relay.access` logger as one record every `interval` seconds (or at `max_lines`), each line
carrying its own timestamp and request id (the logger's formatter prints the record's message as it is).

Plain lines start with the request id, then the local time:
`req_1a2b3c4d000001 2026-01-31 12:00:00,123 GET /v1/models 200 3.21ms key=ops-team [reason=auth]`.
JSON lines (`RELAY_LOG_FORMAT=json`) are one object each, with the fields of the call (docs/observability.md).
"""

from __future__ import annotations

import asyncio
import logging
import time
from json.encoder import encode_basestring_ascii as _quote

__all__ = ["AccessLog"]

_MAX_PATH = 300


class AccessLog:
    def __init__(self, logger: logging.Logger | None = None, *, json: bool = False, interval: float = 0.1,
                 max_lines: int = 512):
        self.logger = logger or logging.getLogger("relay.access")
        self.json = json
        self._interval = interval
        self._max = max_lines
        self._lines: list[str] = []
        self._timer: asyncio.TimerHandle | None = None
        self._second = -1
        self._stamp = ""

    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)

    def add(self, request_id: bytes, method: str, path: bytes | str, status: int, started: float) -> None:
        """A request the relay answered itself (health, docs, Actions schema). `path` as the client sent it
        (raw, percent-escapes kept): it is escaped and capped here, so no request can forge or flood a line."""
        elapsed = (time.perf_counter() - started) * 1000
        stamp = self._now()
        if self.json:
            line = (f'{{"time":"{stamp}","level":"info","logger":"relay.access","message":"access",'
                    f'"request_id":"{request_id.decode()}","method":{_quote(method)},"path":{_quote(_cap(path))},'
                    f'"status":{status},"duration_ms":{elapsed:.2f}}}')
        else:
            line = f"{request_id.decode()} {stamp} {method} {_printable(_cap(path))} {status} {elapsed:.2f}ms"
        self._append(line)

    def add_call(self, call) -> None:
        """A relayed call (runtime.call.Call), once it ended."""
        elapsed = (time.perf_counter() - call.started) * 1000
        stamp = self._now()
        key = call.key
        name = key.name if key is not None else "-"
        reason = call.reason
        if not self.json:
            line = (f"{call.request_id.decode()} {stamp} {call.method} {_printable(_cap(call.path))} "
                    f"{call.status} {elapsed:.2f}ms key={_printable(name)}")
            self._append(line if reason is None else f"{line} reason={reason}")
            return
        op = call.op
        usage = call.usage
        model = (usage.model if usage is not None else None) or call.model
        ttfb = call.ttfb
        cost = call.cost_usd
        path = call.path
        if len(path) > _MAX_PATH:
            path = path[:_MAX_PATH] + b"..."
        self._append(
            f'{{"time":"{stamp}","level":"info","logger":"relay.access","message":"access",'
            f'"request_id":"{call.request_id.decode()}","method":{_word(call.method)},'
            f'"path":{_quote(path.decode("latin-1"))},"key":{_word(name)},'
            f'"operation":{"null" if op is None else _word(op.operation_id)},'
            f'"model":{"null" if model is None else _word(model)},"status":{call.status},'
            f'"duration_ms":{elapsed:.2f},"ttfb_ms":{"null" if ttfb is None else f"{ttfb * 1000:.2f}"},'
            f'"bytes_in":{call.bytes_in},"bytes_out":{call.bytes_out},'
            f'"tokens":{"null" if usage is None else _tokens(usage)},'
            f'"cost_usd":{"null" if cost is None else repr(float(cost))},'
            f'"reason":{"null" if reason is None else _word(reason)}}}')

    def _now(self) -> str:
        """The current time, the seconds formatted once per second: local time for plain lines, UTC
        (ISO 8601, `Z`) for JSON lines."""
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second)) if self.json \
                else time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(second))
        millis = int((now - second) * 1000)
        return f"{self._stamp}.{millis:03d}Z" if self.json else f"{self._stamp},{millis:03d}"

    def _append(self, line: str) -> None:
        self._lines.append(line)
        if len(self._lines) >= self._max:
            self.flush()
        elif self._timer is None:
            try:
                self._timer = asyncio.get_running_loop().call_later(self._interval, self.flush)
            except RuntimeError:  # no loop: write at once
                self.flush()

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._lines:
            lines, self._lines = self._lines, []
            self.logger.info("\n".join(lines))


_WORDS: dict[str, str] = {}  # JSON strings of the few values that repeat (methods, keys, operations, models)


def _word(text: str) -> str:
    quoted = _WORDS.get(text)
    if quoted is None:
        quoted = _quote(text)
        if len(_WORDS) < 4096:  # client-chosen model names must not grow it without bound
            _WORDS[text] = quoted
    return quoted


def _tokens(usage) -> str:
    return (f'{{"input":{usage.input},"cached":{usage.cached},"output":{usage.output},'
            f'"reasoning":{usage.reasoning}}}')


def _cap(path: bytes | str) -> str:
    if isinstance(path, bytes):
        path = path.decode("latin-1")
    return path[:_MAX_PATH] + "..." if len(path) > _MAX_PATH else path


def _printable(text: str) -> str:
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
