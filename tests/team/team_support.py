"""Support for the team-layer tests: `relay serve` as real processes sharing one database, the `relay` CLI,
and a fake OpenAI on loopback that answers with known usage (JSON, Responses SSE, Chat SSE with
include_usage, an endless stream, a Realtime WebSocket, background Responses polled and resumed)."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
from aiohttp import WSMsgType, web

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))
from relay_support import serve_aiohttp  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
T = 30  # the most any wait here may take
BOOTSTRAP = "rk-bootstrap-manage-key"
UPSTREAM_KEY = "sk-CANARY-team-upstream-0123456789"

# What the fake upstream reports, per kind of call: (input, cached, output, reasoning).
USAGE = {
    "responses": (11, 3, 7, 2),
    "responses_sse": (20, 0, 9, 4),
    "chat_sse": (13, 5, 6, 0),
    "realtime": (40, 8, 30, 0),  # per response.done
    "background": (1500, 200, 45, 12),  # per background response, once it finished
}
MODEL = "gpt-4o-mini"
IMAGE_B64 = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8).decode()  # what the image tool makes


def _responses_usage(kind: str) -> dict:
    i, c, o, r = USAGE[kind]
    return {"input_tokens": i, "input_tokens_details": {"cached_tokens": c}, "output_tokens": o,
            "output_tokens_details": {"reasoning_tokens": r}, "total_tokens": i + o}


class FakeOpenAI:
    """Records every request (method, path, headers, body) and answers with the usage above."""

    def __init__(self):
        self.seen: list[dict] = []
        self.background: dict[str, tuple[float, dict]] = {}  # id -> (created, request body)
        self.answered: list[tuple[str, bytes]] = []  # (path with query, body) of every background answer

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v1/responses", self.responses)
        app.router.add_get("/v1/responses/{id}", self.get_response)
        app.router.add_post("/v1/chat/completions", self.chat)
        app.router.add_get("/v1/realtime", self.realtime)
        app.router.add_get("/v1/models", self.models)
        return app

    def _record(self, request, body: bytes) -> None:
        self.seen.append({"method": request.method, "path": request.raw_path,
                          "headers": dict(request.headers), "body": body})

    async def models(self, request):
        self._record(request, b"")
        return web.json_response({"object": "list", "data": [{"id": MODEL, "object": "model"}]})

    async def responses(self, request):
        body = await request.read()
        self._record(request, body)
        payload = json.loads(body)
        if payload.get("background"):
            rid = f"resp_bg{len(self.background) + 1:04d}"
            self.background[rid] = (time.monotonic(), payload)
            if payload.get("stream"):  # a background job streamed from its creation
                return await self._stream_response(request, rid)
            return self._answer(request, self._response(rid))
        if payload.get("endless"):
            resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await resp.prepare(request)
            await resp.write(b'event: response.created\ndata: {"type":"response.created"}\n\n')
            for _ in range(600):  # until the relay hangs up (bounded: 60 s)
                await resp.write(b'event: response.output_text.delta\ndata: {"type":"response.output_text.delta",'
                                 b'"delta":"x"}\n\n')
                await __import__("asyncio").sleep(0.1)
            return resp
        if payload.get("stream"):
            resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await resp.prepare(request)
            done = {"type": "response.completed", "response": {
                "id": "resp_1", "object": "response", "model": MODEL, "status": "completed",
                "output": [{"type": "message", "content": [{"type": "output_text", "text": "hi " * 50}]}],
                "usage": _responses_usage("responses_sse")}}
            events = [b'event: response.created\ndata: {"type":"response.created"}\n\n',
                      b'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"hi"}\n\n',
                      b"event: response.completed\ndata: " + json.dumps(done).encode() + b"\n\n"]
            wire = b"".join(events)
            for i in range(0, len(wire), 37):  # the terminal event split over many network writes
                await resp.write(wire[i:i + 37])
            await resp.write_eof()
            return resp
        return web.json_response({"id": "resp_1", "object": "response", "model": MODEL, "status": "completed",
                                  "output": [], "usage": _responses_usage("responses")})

    def _response(self, rid: str) -> dict:
        """The background Response now: in progress until `metadata.seconds` (default 0.5) after its creation,
        then completed with USAGE["background"]. It echoes the request's (possibly long) instructions before
        its model, as OpenAI does."""
        created, payload = self.background[rid]
        seconds = float((payload.get("metadata") or {}).get("seconds", "0.5"))
        done = time.monotonic() - created >= seconds
        i, c, o, r = USAGE["background"]
        return {"id": rid, "object": "response", "created_at": 1700000000, "status": "completed" if done else
                "in_progress" if time.monotonic() - created > 0.05 else "queued",
                "background": True, "error": None, "incomplete_details": None,
                "instructions": payload.get("instructions"), "metadata": payload.get("metadata") or {},
                "model": payload.get("model", MODEL),
                "output": ([{"type": "image_generation_call", "id": "ig_bg", "status": "completed",
                             "output_format": "png", "result": IMAGE_B64}]
                           if any(t.get("type") == "image_generation" for t in payload.get("tools") or ()) else [])
                + [{"type": "message", "id": "msg_bg", "status": "completed", "role": "assistant",
                    "content": [{"type": "output_text", "text": "Done. " * 40, "annotations": []}]}]
                if done else [],
                "store": True, "tools": [],
                "usage": {"input_tokens": i, "input_tokens_details": {"cached_tokens": c}, "output_tokens": o,
                          "output_tokens_details": {"reasoning_tokens": r}, "total_tokens": i + o} if done
                else None}

    def _answer(self, request, doc: dict):
        data = json.dumps(doc, indent=2).encode()  # indented, as api.openai.com answers
        self.answered.append((request.path_qs, data))
        return web.Response(body=data, content_type="application/json")

    async def get_response(self, request):
        self._record(request, b"")
        rid = request.match_info["id"]
        if rid not in self.background:
            return web.json_response({"error": {"message": f"No response with id '{rid}'.", "type":
                                                "invalid_request_error", "param": None, "code": None}}, status=404)
        if request.query.get("stream") == "true":
            return await self._stream_response(request, rid)
        return self._answer(request, self._response(rid))

    async def _stream_response(self, request, rid: str):
        """A background response's events (creation or resume): waits for it to finish, then its terminal event,
        written over many small network writes."""
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8"})
        await resp.prepare(request)
        for _ in range(300):  # bounded: 30 s
            response = self._response(rid)
            if response["status"] == "completed":
                break
            await asyncio.sleep(0.1)
        started = {**response, "status": "in_progress", "output": [], "usage": None}
        events = [{"type": "response.created", "sequence_number": 0, "response": started},
                  {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "msg_bg",
                   "output_index": 0, "content_index": 0, "delta": "Done."},
                  {"type": "response.completed", "sequence_number": 2, "response": response}]
        wire = b"".join(b"event: " + e["type"].encode() + b"\ndata: " + json.dumps(e, separators=(",", ":")).encode()
                        + b"\n\n" for e in events)
        self.answered.append((request.path_qs, wire))
        for i in range(0, len(wire), 997):
            await resp.write(wire[i:i + 997])
        await resp.write_eof()
        return resp

    async def chat(self, request):
        body = await request.read()
        self._record(request, body)
        i, c, o, r = USAGE["chat_sse"]
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        for n in range(3):
            chunk = {"id": "c1", "object": "chat.completion.chunk", "model": MODEL,
                     "choices": [{"index": 0, "delta": {"content": f"t{n}"}}], "usage": None}
            await resp.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        last = {"id": "c1", "object": "chat.completion.chunk", "model": MODEL, "choices": [],
                "usage": {"prompt_tokens": i, "completion_tokens": o, "total_tokens": i + o,
                          "prompt_tokens_details": {"cached_tokens": c},
                          "completion_tokens_details": {"reasoning_tokens": r}}}
        await resp.write(b"data: " + json.dumps(last).encode() + b"\n\ndata: [DONE]\n\n")
        await resp.write_eof()
        return resp

    async def realtime(self, request):
        self._record(request, b"")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        i, c, o, r = USAGE["realtime"]
        async for msg in ws:
            if msg.type == WSMsgType.TEXT and json.loads(msg.data).get("type") == "response.create":
                await ws.send_str(json.dumps({"type": "response.output_audio.delta", "delta": "AAAA"}))
                await ws.send_str(json.dumps({"type": "response.done", "response": {
                    "id": "r1", "status": "completed", "usage": {
                        "total_tokens": i + o, "input_tokens": i, "output_tokens": o,
                        "input_token_details": {"cached_tokens": c, "text_tokens": i, "audio_tokens": 0},
                        "output_token_details": {"text_tokens": o, "audio_tokens": 0}}}}))
            elif msg.type != WSMsgType.TEXT:
                break
        return ws


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def relay_env(data_dir: Path, upstream: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_"))}
    env.update(PYTHONPATH=str(ROOT), RELAY_DATA_DIR=str(data_dir), RELAY_KEYS=BOOTSTRAP,
               OPENAI_API_KEY=UPSTREAM_KEY, OPENAI_BASE_URL=upstream, RELAY_LOG_LEVEL="warning")
    env.update({k: str(v) for k, v in extra.items()})
    return env


class Relay:
    """One `relay serve` process; `url` once it said it listens."""

    def __init__(self, env: dict, workers: int = 1):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "runtime.cli", "serve", "--port", str(self.port),
                                      "--workers", str(workers)], env=env, cwd=str(ROOT),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + T
        while True:
            assert self.proc.poll() is None, "relay exited: " + "".join(self.log)
            assert time.monotonic() < deadline, "relay did not start: " + "".join(self.log)
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if "relay listening on" in line:
                break

    def _read(self):
        for line in self.proc.stderr:
            self.log.append(line)
            self.lines.put(line)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        text = "".join(self.log)
        assert UPSTREAM_KEY not in text
        return text


def cli(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "runtime.cli", *args], env=env, cwd=str(ROOT),
                          capture_output=True, text=True, timeout=T)


def create_key(env: dict, name: str, *options: str) -> str:
    done = cli(env, "keys", "create", name, "--json", *options)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["key"]


def wait_until_known(url: str, key: str, workers: int = 1) -> None:
    """Until every worker's key ring has loaded `key` (its poll runs every 0.5 s, so a key the CLI just made
    may be unknown for that long). Probed with GET /admin/keys, which the ledger does not record: 401 while
    the key is unknown, 403 or 200 once it is known. Bounded by T."""
    deadline = time.monotonic() + T
    while not all(httpx.get(url + "/admin/keys", headers={"Authorization": f"Bearer {key}", "Connection": "close"},
                            timeout=10).status_code != 401 for _ in range(4 * workers)):
        assert time.monotonic() < deadline, "the relay never loaded the key"
        time.sleep(0.05)


def get_models(url: str, key: str) -> int:
    return httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {key}", "Connection": "close"},
                     timeout=10).status_code


@contextmanager
def fake_openai():
    fake = FakeOpenAI()
    with serve_aiohttp(fake.app) as (url, _loop):
        fake.url = url + "/v1"
        yield fake
