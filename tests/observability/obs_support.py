"""Support for the observability tests: calls built in-process, Prometheus text parsing, a fake upstream that
reports usage and rate limits (aiohttp, in a thread, on loopback)."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))

from prometheus_client.parser import text_string_to_metric_families  # noqa: E402
from relay_support import captured_logs, serve_aiohttp  # noqa: E402,F401  (fixture: no canary in any log line)

from runtime.call import Call  # noqa: E402
from runtime.usage.records import Usage  # noqa: E402

CANARY = "sk-CANARY-obs-upstream-key-0123456789"
MANAGE_KEY = "rk-obs-manage-key-abcdefghijklmnop"  # RELAY_KEYS: every scope, named env-1
API_KEY = "rk-obs-api-only-key-qrstuvwxyz012345"  # keys file: scope api only, named api-only

CHAT_USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18,
              "prompt_tokens_details": {"cached_tokens": 3}, "completion_tokens_details": {"reasoning_tokens": 2}}
EMBED_USAGE = {"prompt_tokens": 5, "total_tokens": 5}


def make_call(*, key="ops", operation="createResponse", status=200, elapsed=0.2, ttfb=0.1, usage=None,
              cost=None, reason=None, model=None, headers=None) -> Call:
    call = Call(b"req_test000001", "POST", b"/v1/responses", time.perf_counter() - elapsed)
    call.key = SimpleNamespace(name=key, scopes=frozenset({"api"})) if key is not None else None
    call.op = SimpleNamespace(operation_id=operation, path="/responses") if operation is not None else None
    call.status = status
    call.ttfb = ttfb
    call.usage = usage
    call.cost_usd = cost
    call.reason = reason
    call.model = model
    call.upstream_headers = headers
    return call


def usage(input=10, cached=2, output=5, reasoning=1, model="gpt-test") -> Usage:
    return Usage(input=input, cached=cached, output=output, reasoning=reasoning, model=model)


def samples(text: str) -> list:
    """Every sample of a Prometheus text exposition: (name, labels dict, value)."""
    return [(s.name, s.labels, s.value) for family in text_string_to_metric_families(text) for s in family.samples]


def total(text: str, name: str, **labels) -> float:
    """The sum of `name`'s samples whose labels include `labels`."""
    return sum(value for n, lbls, value in samples(text)
               if n == name and all(lbls.get(k) == v for k, v in labels.items()))


def by_label(text: str, name: str, label: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for n, lbls, value in samples(text):
        if n == name:
            out[lbls.get(label)] = out.get(lbls.get(label), 0) + value
    return out


@contextmanager
def fake_upstream():
    """An OpenAI-like upstream on 127.0.0.1: chat completions and embeddings with usage, rate-limit headers;
    `GET /models/broken` drops the connection. Yields (base URL ending in /v1, list of received requests)."""
    from aiohttp import web

    seen: list[dict] = []

    async def record(request):
        body = await request.read()
        seen.append({"method": request.method, "path": request.path_qs, "headers": dict(request.headers),
                     "body": body})
        return body

    async def chat(request):
        await record(request)
        return web.json_response({"id": "chatcmpl-1", "object": "chat.completion", "model": "gpt-test-0001",
                                  "choices": [], "usage": CHAT_USAGE},
                                 headers={"x-ratelimit-remaining-requests": "4999",
                                          "x-ratelimit-remaining-tokens": "99000"})

    async def embeddings(request):
        await record(request)
        return web.json_response({"object": "list", "data": [], "model": "text-embedding-test",
                                  "usage": EMBED_USAGE})

    async def broken(request):
        await record(request)
        request.transport.close()
        await asyncio.sleep(1)
        return web.Response()

    def make_app():
        app = web.Application()
        app.router.add_post("/v1/chat/completions", chat)
        app.router.add_post("/v1/embeddings", embeddings)
        app.router.add_get("/v1/models/broken", broken)
        return app

    with serve_aiohttp(make_app) as (url, _loop):
        yield url + "/v1", seen


def parse_json_lines(text: str) -> list[dict]:
    """Every non-empty line as JSON (fails, naming the line, on one that is not an object)."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            raise AssertionError(f"not a JSON line: {line!r}") from None
        assert isinstance(value, dict), line
        out.append(value)
    return out
