"""Done-when for issue 15: a ChatGPT-like Actions runtime (chatgpt_harness.py) against the relay and a fake
OpenAI, all on real loopback sockets, with both upstream transports.

Time runs at SCALE: the relay waits 35 s x SCALE for a long job, the fake takes 60 s x SCALE to finish a
background response, and ChatGPT's 45 s timeout is 45 s x SCALE — the same shape as the real numbers, in seconds
instead of minutes. Answers and requests are held to the real 100,000-character limit."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

import pytest
from actions_support import ACTIONS_KEY, API_KEY, CATALOG, GENERATED_DIR, RELAY_KEY, load_models
from chatgpt_harness import (
    MAX_CHARS,
    ChatGPTActions,
    FakeOpenAI,
    FileShare,
    RequestTooLarge,
    png_bytes,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))
from relay_support import serve_aiohttp, serve_relay  # noqa: E402

from runtime.app import build_app  # noqa: E402
from runtime.config import load_settings  # noqa: E402

SCALE = 0.08
WAIT = 35 * SCALE
JOB = 60 * SCALE
TIMEOUT = 45 * SCALE
PUBLIC = "https://gpt-relay.team.example"
LONG_TEXT = "".join(f"Section {i}: the quarterly figures, explained — ünïcödé included. " * 9 + "\n"
                    for i in range(100))  # ~60,000 characters: fits alone, not with what surrounds it
INSTRUCTIONS = "You are the team's analyst. Follow the house style guide below.\n" + "Rule: be precise. " * 1_100
TOOLS = [{"type": "function", "name": f"lookup_{i}", "description": "Look up a record. " * 20, "strict": False,
          "parameters": {"type": "object", "properties": {f"field_{j}": {"type": "string", "description": "x" * 80}
                                                          for j in range(12)}}} for i in range(15)]


@pytest.fixture(params=["h1", "aiohttp"])
def stack(request, keys_file):
    fake = FakeOpenAI(job_seconds=JOB, text=LONG_TEXT, image=png_bytes(600_000))
    with serve_aiohttp(fake.app) as (upstream, _):
        settings = load_settings(
            _env_file=None, OPENAI_API_KEY=API_KEY, OPENAI_BASE_URL=upstream + "/v1", RELAY_KEYS=RELAY_KEY,
            RELAY_KEYS_FILE=str(keys_file), RELAY_PUBLIC_URL=PUBLIC, RELAY_ACTIONS_WAIT=str(WAIT),
            RELAY_ACTIONS_FILE_HOSTS="127.0.0.1", RELAY_UPSTREAM_CLIENT=request.param)
        app = build_app(CATALOG, (), settings=settings, load_models=load_models, generated_dir=GENERATED_DIR)
        with serve_relay(app) as relay_url:
            yield fake, relay_url


@pytest.fixture
async def gpt(stack):
    fake, relay_url = stack
    chatgpt = ChatGPTActions(PUBLIC + "/actions/openapi.json", ACTIONS_KEY, relay_url, timeout=TIMEOUT)
    await chatgpt.import_schema()
    yield chatgpt, fake
    await chatgpt.aclose()
    if os.environ.get("HARNESS_REPORT"):  # HARNESS_REPORT=1 pytest -s ...: each call's figures
        for name, result in chatgpt.calls:
            print(f"\n  {name}: status {result.status}, {result.seconds:.2f} s (limit {TIMEOUT:.2f}), "
                  f"{result.chars} characters, {result.body.get('status', '')}", end="")
    for seen in fake.requests:  # the relay key never travels upstream; the team's key does
        assert seen["authorization"] == f"Bearer {API_KEY}"


async def _until_done(chatgpt: ChatGPTActions, first, most: int = 3):
    results = [first]
    while results[-1].body.get("status") in ("queued", "in_progress") and len(results) < most:
        results.append(await chatgpt.call("getResponse", response_id=results[-1].body["response_id"]))
    return results


async def test_the_served_schema_imports(gpt):
    chatgpt, _ = gpt
    assert chatgpt.relay_checker_agrees() == []
    assert len(chatgpt.operations) <= 30
    assert chatgpt.operations["importChatFiles"].file_refs
    assert all(op.path.startswith("/actions/") for op in chatgpt.operations.values())


async def test_a_long_response_is_delivered_within_three_calls_with_its_text_intact(gpt):
    chatgpt, fake = gpt
    request = {"model": "o3", "instructions": INSTRUCTIONS, "tools": TOOLS, "input": "Write the quarterly report."}
    assert len(json.dumps(request)) < MAX_CHARS
    first = await chatgpt.call("createResponse", **request)
    assert first.status == 200 and first.body["status"] in ("queued", "in_progress")
    assert "getResponse" in first.body["next_step"]
    results = await _until_done(chatgpt, first)
    assert 2 <= len(results) <= 3
    final = results[-1].body
    assert final["status"] == "completed"
    assert final["output_text"] == LONG_TEXT
    for result in results:
        assert result.status == 200 and result.seconds < TIMEOUT and result.chars < MAX_CHARS
    assert results[0].seconds >= WAIT * 0.95  # it waited as long as it may before handing back a handle
    # What upstream holds is too big for ChatGPT: the relay left out what a GPT cannot use.
    (rid,) = fake.responses
    assert len(json.dumps(fake._response(rid))) > 1.3 * MAX_CHARS
    assert "instructions" not in final and "tools" not in final
    assert [item["type"] for item in final["output"]] == ["message"]
    assert "encrypted_content" not in json.dumps(final) and final["usage"]["output_tokens"] == 9_000
    created = [r for r in fake.requests if r["method"] == "POST" and r["path"] == "/v1/responses"]
    assert len(created) == 1 and json.loads(created[0]["body"])["background"] is True


async def test_a_generated_image_reaches_the_gpt_as_an_openai_file_response(gpt):
    chatgpt, fake = gpt
    first = await chatgpt.call("createImage", prompt="A lighthouse at dawn, watercolor", size="1024x1024")
    results = await _until_done(chatgpt, first)
    final = results[-1]
    assert final.body["status"] == "completed" and final.chars < MAX_CHARS
    assert all(r.seconds < TIMEOUT for r in results)
    files = await chatgpt.fetch_files(final)
    assert len(files) == 1
    assert files[0].data == fake.image and files[0].mime_type == "image/png" and files[0].name.endswith(".png")
    assert files[0].url.startswith(PUBLIC + "/actions/files/")
    (stored,) = fake.uploads()
    assert stored["purpose"] == "user_data" and stored["content_type"] == "image/png"
    assert "expires_after[seconds]" in stored["fields"]


async def test_a_3mb_pdf_arrives_at_the_files_api_byte_exact(gpt):
    chatgpt, fake = gpt
    share = await FileShare().start()
    try:
        document = b"%PDF-1.7\n" + random.Random(15).randbytes(3 * 1024 * 1024) + b"\n%%EOF\n"
        ref = share.attach("Board deck Q3.pdf", document, "application/pdf")
        result = await chatgpt.call("importChatFiles", openaiFileIdRefs=[ref], purpose="assistants",
                                    vector_store_id="vs_team")
    finally:
        await share.close()
    assert result.status == 200 and result.seconds < TIMEOUT
    (entry,) = result.body["data"]
    meta, stored = fake.files[entry["file_id"]]
    assert hashlib.sha256(stored).digest() == hashlib.sha256(document).digest() and stored == document
    assert meta["filename"] == "Board deck Q3.pdf" and meta["content_type"] == "application/pdf"
    assert entry["bytes"] == len(document) and entry["mime_type"] == "application/pdf"
    assert entry["vector_store_file_status"] == "in_progress"
    assert len(share.hits) == 1


async def test_a_link_on_a_host_off_the_list_is_refused_without_being_fetched(gpt):
    chatgpt, fake = gpt
    share = await FileShare().start()
    try:
        same_server_other_name = share.base.replace("127.0.0.1", "localhost")
        refs = [share.attach("a.pdf", b"%PDF-1.4\n", "application/pdf", base=same_server_other_name),
                share.attach("b.pdf", b"%PDF-1.4\n", "application/pdf", base="https://files.evil.example")]
        result = await chatgpt.call("importChatFiles", openaiFileIdRefs=refs)
    finally:
        await share.close()
    assert result.status == 400
    assert result.body["error"]["code"] == "files_not_imported"
    assert "localhost is not one of them" in result.body["error"]["message"]
    assert share.hits == [] and fake.files == {}


async def test_the_harness_refuses_a_body_over_the_limit(gpt):
    chatgpt, fake = gpt
    with pytest.raises(RequestTooLarge):
        await chatgpt.call("createResponse", model="gpt-5", input="x" * MAX_CHARS)
    assert fake.requests == []
