"""Long jobs through Actions: background mode awaited up to RELAY_ACTIONS_WAIT, a pending handle after it, polling
through the pipeline, images through the Responses image tool and back as files."""

from __future__ import annotations

import base64
import json
import random
import time

import httpx
import pytest
from actions_support import PUBLIC_URL, parse_multipart

WAIT = 0.6


def png(size: int, seed: int = 1) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(seed).randbytes(size - 8)


class FakeResponses:
    """A stateful fake of the Responses and Files APIs: a background response completes `duration` seconds
    after it was created; files uploaded are kept and served back."""

    def __init__(self, duration: float, text: str = "The answer.", image: bytes | None = None):
        self.duration = duration
        self.text = text
        self.image = image
        self.created: dict[str, tuple[float, dict]] = {}
        self.files: dict[str, tuple[dict, bytes]] = {}
        self.poll_failures = 0  # the next polls answer 500
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if request.method == "POST" and path == "/v1/responses":
            body = json.loads(request.content)
            rid = f"resp_{len(self.created) + 1}"
            self.created[rid] = (time.monotonic(), body)
            return httpx.Response(200, json=self._response(rid))
        if request.method == "GET" and path.startswith("/v1/responses/"):
            rid = path.rsplit("/", 1)[1]
            if rid not in self.created:
                return httpx.Response(404, json={"error": {"message": f"No response {rid}", "type": "invalid_request_error",
                                                           "param": None, "code": None}})
            if self.poll_failures:
                self.poll_failures -= 1
                return httpx.Response(500, json={"error": {"message": "boom", "type": "server_error"}})
            return httpx.Response(200, json=self._response(rid))
        if request.method == "POST" and path.endswith("/cancel"):
            return httpx.Response(200, json={"id": path.split("/")[3], "object": "response", "status": "cancelled"})
        if request.method == "POST" and path == "/v1/files":
            fields = parse_multipart(request.headers["content-type"], request.content)
            file_id = f"file-{len(self.files) + 1}"
            meta = {"id": file_id, "object": "file", "bytes": len(fields["file"][2]), "filename": fields["file"][0],
                    "purpose": fields["purpose"][2].decode()}
            self.files[file_id] = (meta, fields["file"][2])
            return httpx.Response(200, json=meta)
        if request.method == "GET" and path.startswith("/v1/files/") and path.endswith("/content"):
            meta, data = self.files[path.split("/")[3]]
            return httpx.Response(200, content=data, headers={"content-type": "application/octet-stream",
                                                              "openai-organization": "org-secret"})
        return httpx.Response(404, json={"error": {"message": "not faked"}})

    def _response(self, rid: str) -> dict:
        started, body = self.created[rid]
        done = time.monotonic() - started >= self.duration or not body.get("background")
        output = []
        if done:
            output.append({"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "gAAAA" + "x" * 500})
            if self.image is not None:
                output.append({"type": "image_generation_call", "id": "ig_1", "status": "completed",
                               "output_format": "png", "result": base64.b64encode(self.image).decode()})
            output.append({"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
                           "content": [{"type": "output_text", "text": self.text, "annotations": []}]})
        return {"id": rid, "object": "response", "created_at": 1, "model": body.get("model"),
                "status": "completed" if done else "in_progress", "background": body.get("background"),
                "instructions": body.get("instructions"), "tools": body.get("tools", []), "output": output,
                "usage": {"input_tokens": 5, "output_tokens": 7} if done else None}

    def sent(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]


@pytest.fixture
def jobs_relay(make_relay):
    def make(duration, **kw):
        relay = make_relay(RELAY_ACTIONS_WAIT=str(WAIT), RELAY_PUBLIC_URL=PUBLIC_URL)
        relay.answer = FakeResponses(duration, **kw)
        return relay, relay.answer
    return make


async def test_a_quick_response_is_answered_at_once_with_output_text_first(jobs_relay):
    relay, fake = jobs_relay(0.2, text="Forty-two.")
    started = time.monotonic()
    r = await relay.request("POST", "/actions/v1/responses", json={"model": "gpt-5", "input": "The answer?"})
    assert r.status_code == 200
    doc = r.json()
    assert doc["status"] == "completed" and doc["output_text"] == "Forty-two."
    assert list(doc)[:4] == ["id", "object", "status", "output_text"]
    assert time.monotonic() - started < WAIT + 1
    (create,) = fake.sent("POST", "/v1/responses")
    assert json.loads(create.content) == {"model": "gpt-5", "input": "The answer?", "background": True, "store": True}
    polls = fake.sent("GET", "/v1/responses/resp_1")
    assert 1 <= len(polls) <= 3


async def test_a_long_response_gets_a_pending_handle_then_getresponse_delivers_it(jobs_relay):
    relay, fake = jobs_relay(1.0, text="Long thoughts.")
    started = time.monotonic()
    first = await relay.request("POST", "/actions/v1/responses", json={"model": "o3", "input": "Think hard."})
    took = time.monotonic() - started
    handle = first.json()
    assert first.status_code == 200 and handle["status"] == "in_progress"
    assert handle["response_id"] == "resp_1" and "getResponse" in handle["next_step"]
    assert "resp_1" in handle["next_step"] and "\n" not in handle["next_step"]
    assert WAIT - 0.05 <= took < WAIT + 0.8
    second = await relay.request("GET", "/actions/v1/responses/resp_1")
    doc = second.json()
    assert doc["status"] == "completed" and doc["output_text"] == "Long thoughts."


async def test_getresponse_waits_too_and_keeps_the_query(jobs_relay):
    relay, fake = jobs_relay(5.0)
    await relay.request("POST", "/actions/v1/responses", json={"model": "o3", "input": "x"})
    started = time.monotonic()
    r = await relay.request("GET", "/actions/v1/responses/resp_1?include=reasoning.encrypted_content&stream=false")
    assert r.json()["status"] == "in_progress" and time.monotonic() - started >= WAIT - 0.05
    polls = fake.sent("GET", "/v1/responses/resp_1")
    assert polls and all(p.url.query == b"include=reasoning.encrypted_content" for p in polls[-2:])


async def test_a_failing_poll_is_retried(jobs_relay):
    relay, fake = jobs_relay(0.0)
    fake.poll_failures = 1
    fake.duration = 0.3
    r = await relay.request("POST", "/actions/v1/responses", json={"model": "gpt-5", "input": "x"})
    assert r.json()["status"] == "completed"


async def test_an_unknown_response_is_a_404(jobs_relay):
    relay, _ = jobs_relay(0.0)
    r = await relay.request("GET", "/actions/v1/responses/resp_nope")
    assert r.status_code == 404 and "resp_nope" in r.json()["error"]["message"]


async def test_cancel_passes_through(jobs_relay):
    relay, fake = jobs_relay(5.0)
    r = await relay.request("POST", "/actions/v1/responses/resp_1/cancel")
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert fake.sent("POST", "/v1/responses/resp_1/cancel")


async def test_an_upstream_error_on_create_is_readable(jobs_relay):
    relay, _ = jobs_relay(0.0)
    relay.answer = httpx.Response(503, json={"error": {"message": "Engine overloaded", "type": "server_error"}})
    r = await relay.request("POST", "/actions/v1/responses", json={"model": "gpt-5", "input": "x"})
    assert r.status_code == 200 and r.json()["failed"] is True and r.json()["upstream_status"] == 503


# --- images -------------------------------------------------------------------------------------------------------

async def test_create_image_runs_the_image_tool_in_background(jobs_relay):
    relay, fake = jobs_relay(5.0, image=png(1000))
    r = await relay.request("POST", "/actions/v1/images/generations", json={
        "prompt": "A lighthouse at dawn", "model": "gpt-image-1", "size": "1024x1024", "quality": "high"})
    assert r.status_code == 200
    handle = r.json()
    assert handle["status"] == "in_progress" and "getResponse" in handle["next_step"]
    (create,) = fake.sent("POST", "/v1/responses")
    sent = json.loads(create.content)
    assert sent["input"] == "A lighthouse at dawn" and sent["model"] == "gpt-4.1-mini"
    assert sent["tools"] == [{"type": "image_generation", "model": "gpt-image-1", "size": "1024x1024",
                              "quality": "high"}]
    assert sent["tool_choice"] == {"type": "image_generation"}
    assert sent["background"] is True and sent["store"] is True


@pytest.mark.parametrize("body, param", [
    ({"prompt": "x", "n": 2}, "n"),
    ({"prompt": "x", "model": "dall-e-3"}, "model"),
    ({"model": "gpt-image-1"}, "prompt"),
    ({"prompt": 5}, "prompt"),
])
async def test_create_image_refusals(jobs_relay, body, param):
    relay, fake = jobs_relay(0.0)
    r = await relay.request("POST", "/actions/v1/images/generations", json=body)
    assert r.status_code == 400 and r.json()["error"]["param"] == param
    assert fake.requests == []


async def test_a_small_image_comes_back_inline(jobs_relay):
    image = png(20_000)
    relay, fake = jobs_relay(0.0, image=image)
    r = await relay.request("POST", "/actions/v1/images/generations", json={"prompt": "A red dot"})
    doc = r.json()
    assert doc["status"] == "completed"
    (file,) = doc["openaiFileResponse"]
    assert file["mime_type"] == "image/png" and file["name"].endswith(".png")
    assert base64.b64decode(file["content"]) == image
    call = next(item for item in doc["output"] if item["type"] == "image_generation_call")
    assert "openaiFileResponse" in call["result"]
    assert fake.sent("POST", "/v1/files") == []


async def test_a_large_image_is_stored_in_files_and_linked(jobs_relay):
    image = png(300_000)
    relay, fake = jobs_relay(0.0, image=image)
    r = await relay.request("POST", "/actions/v1/images/generations", json={"prompt": "A detailed map"})
    assert len(r.text) <= 100_000
    doc = r.json()
    (url,) = doc["openaiFileResponse"]
    assert url.startswith(PUBLIC_URL + "/actions/files/")
    (upload,) = fake.sent("POST", "/v1/files")
    fields = parse_multipart(upload.headers["content-type"], upload.content)
    assert fields["purpose"][2] == b"user_data"
    assert fields["expires_after[anchor]"][2] == b"created_at" and fields["expires_after[seconds]"][2] == b"3600"
    assert fields["file"][1] == "image/png" and fields["file"][2] == image
    fetched = await relay.request("GET", url.removeprefix(PUBLIC_URL), key=None)
    assert fetched.status_code == 200 and fetched.content == image
    assert fetched.headers["content-type"] == "image/png"
    assert fetched.headers["content-disposition"].startswith('attachment; filename="image-')
    assert "openai-organization" not in fetched.headers


async def test_polling_stops_when_chatgpt_hangs_up(jobs_relay):
    """ChatGPT gives up after 45 s: the relay stops polling for a caller that is gone, and sends nothing."""
    import asyncio

    from actions_support import RELAY_KEY

    relay, fake = jobs_relay(30.0)
    relay.app.inner.state.actions_gateway.wait = 20.0  # would poll for 20 s
    body = json.dumps({"model": "o3", "input": "x"}).encode()
    hang_up = asyncio.Event()
    sent: list[dict] = []
    first = True

    async def receive():
        nonlocal first
        if first:
            first = False
            return {"type": "http.request", "body": body, "more_body": False}
        await hang_up.wait()
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/actions/v1/responses", "raw_path": b"/actions/v1/responses",
             "query_string": b"", "headers": [(b"authorization", f"Bearer {RELAY_KEY}".encode()),
                                              (b"content-type", b"application/json")],
             "scheme": "http", "server": ("relay.test", 80), "client": ("127.0.0.1", 5), "root_path": "",
             "http_version": "1.1", "asgi": {"version": "3.0"}}
    call = asyncio.ensure_future(relay.app(scope, receive, send))
    await asyncio.sleep(1.2)
    polls = len(fake.sent("GET", "/v1/responses/resp_1"))
    assert polls >= 1
    hang_up.set()
    async with asyncio.timeout(2):
        await call
    await asyncio.sleep(1.5)
    assert len(fake.sent("GET", "/v1/responses/resp_1")) == polls  # no poll after the hang-up
    assert all(m["type"] != "http.response.body" for m in sent)
