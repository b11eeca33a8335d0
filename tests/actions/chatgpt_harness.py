"""A stand-in for ChatGPT's Actions runtime, and a fake OpenAI that is slow and bulky the way the real one is.

`ChatGPTActions` behaves like a custom GPT's Actions runtime, as far as the public documentation and the
research notes describe it:
- it imports the served schema and refuses it on the builder's rules (at most 30 operations, one https server,
  one security scheme, object request-body roots, `properties` on every object schema, `openaiFileIdRefs` as an
  array of strings on POST, explicit `x-openai-isConsequential`, summary/description <= 300 and parameter
  descriptions <= 700 characters);
- it calls operations by operationId, with the relay key as a bearer token, and gives up after 45 s;
- it refuses to send a body over 100,000 characters and fails on an answer over 100,000 characters;
- it sends `openaiFileIdRefs` as objects `{name, id, mime_type, download_link}` whose links point at its own
  file host (a local server), and fetches `openaiFileResponse` URLs without credentials within 10 s, expecting
  `Content-Type` and `Content-Disposition`.
The schema's https server is the relay's public URL; the harness connects to the relay's real loopback address
instead (like a hosts-file entry), for calls and file links alike.

`FakeOpenAI` (an aiohttp app on a real loopback socket): background Responses that finish `job_seconds` after
they were created, with the bulk real ones carry (echoed instructions and tools, encrypted reasoning, long output
text, base64 images from the image tool), and a Files API that keeps what is uploaded.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

import httpx
from aiohttp import web

from codegen import actions_check

CHATGPT_TIMEOUT = 45.0
FILE_FETCH_TIMEOUT = 10.0
MAX_CHARS = 100_000
MAX_FILE_BYTES = 10 * 1000 * 1000
_METHODS = ("get", "post", "put", "patch", "delete")


class ImportRefused(Exception):
    pass


class RequestTooLarge(Exception):
    pass


class ResponseTooLarge(Exception):
    pass


class ActionTimeout(Exception):
    pass


@dataclass
class Operation:
    method: str
    path: str
    params: list[dict]
    body: dict | None
    file_refs: bool


@dataclass
class ActionResult:
    status: int
    body: dict
    chars: int
    seconds: float


@dataclass
class FetchedFile:
    name: str
    mime_type: str
    data: bytes
    url: str | None = None


# --- the builder's import rules -------------------------------------------------------------------------------------

def import_problems(doc: dict) -> list[str]:
    """The GPT builder's rules, checked independently of the relay's own checker (which must agree)."""
    problems = []
    servers = doc.get("servers") or []
    if len(servers) != 1 or not str(servers[0].get("url", "")).startswith("https://"):
        problems.append(f"one https server: {servers}")
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    if len(schemes) != 1:
        problems.append(f"one security scheme: {list(schemes)}")
    ops = [(p, m, op) for p, item in doc.get("paths", {}).items() for m, op in item.items() if m in _METHODS]
    if len(ops) > 30:
        problems.append(f"{len(ops)} operations")
    for path, method, op in ops:
        where = f"{method.upper()} {path}"
        if not isinstance(op.get("x-openai-isConsequential"), bool):
            problems.append(f"{where}: x-openai-isConsequential")
        for name in ("summary", "description"):
            if len(op.get(name) or "") > 300:
                problems.append(f"{where}: {name} over 300")
        for param in op.get("parameters", []):
            if len(param.get("description") or "") > 700:
                problems.append(f"{where}: parameter {param['name']} description over 700")
        body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
        if body is not None:
            if body.get("type") != "object" or any(k in body for k in ("allOf", "anyOf", "oneOf", "$ref")):
                problems.append(f"{where}: request body root is not an object")
            refs = (body.get("properties") or {}).get("openaiFileIdRefs")
            if refs is not None and (method != "post" or refs.get("type") != "array"
                                     or (refs.get("items") or {}).get("type") != "string"):
                problems.append(f"{where}: openaiFileIdRefs must be an array of strings on POST")
        for node in _objects(op):
            if "properties" not in node:
                problems.append(f"{where}: object schema without properties")
                break
    return problems


def _objects(node):
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "object" or (isinstance(kind, list) and "object" in kind):
            yield node
        for key, value in node.items():
            if key not in ("enum", "example", "examples", "default", "const"):
                yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


# --- ChatGPT's side ---------------------------------------------------------------------------------------------------

class FileShare:
    """ChatGPT's file host: serves the user's attachments on a loopback port, counts each fetch."""

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.hits: list[str] = []
        self.base = ""
        self._runner = None

    async def start(self) -> FileShare:
        app = web.Application()
        app.router.add_get("/{token}/{name}", self._get)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.base = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def attach(self, name: str, data: bytes, mime_type: str, base: str | None = None) -> dict:
        """An `openaiFileIdRefs` entry for a file the user attached (a link valid "five minutes")."""
        token = os.urandom(8).hex()
        self.files[token] = data
        return {"name": name, "id": f"file-{token}", "mime_type": mime_type,
                "download_link": f"{base or self.base}/{token}/{quote(name)}?se=299&sig=x"}

    async def _get(self, request: web.Request):
        self.hits.append(request.path)
        data = self.files.get(request.match_info["token"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="application/octet-stream")


class ChatGPTActions:
    def __init__(self, schema_url: str, key: str, connect_to: str, *, timeout: float = CHATGPT_TIMEOUT,
                 file_timeout: float = FILE_FETCH_TIMEOUT):
        self.schema_url = schema_url
        self.key = key
        self.connect_to = connect_to.rstrip("/")
        self.timeout = timeout
        self.file_timeout = file_timeout
        parts = urlsplit(schema_url)
        self.server = f"{parts.scheme}://{parts.netloc}"  # the relay's public origin, until the schema names it
        self.operations: dict[str, Operation] = {}
        self.document: dict = {}
        self.calls: list[tuple[str, ActionResult]] = []
        self._client = httpx.AsyncClient(timeout=None)

    async def aclose(self) -> None:
        await self._client.aclose()

    def _local(self, url: str) -> str:
        """The URL with the relay's public origin replaced by its real address."""
        if self.server and url.startswith(self.server):
            return self.connect_to + url[len(self.server):]
        return url

    async def import_schema(self) -> dict:
        r = await self._client.get(self._local(self.schema_url))
        r.raise_for_status()
        doc = r.json()
        problems = import_problems(doc)
        if problems:
            raise ImportRefused("; ".join(problems))
        self.document = doc
        self.server = doc["servers"][0]["url"].rstrip("/")
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
                self.operations[op["operationId"]] = Operation(
                    method.upper(), path, op.get("parameters", []), body,
                    bool(body and "openaiFileIdRefs" in (body.get("properties") or {})))
        return doc

    async def call(self, operation_id: str, **arguments) -> ActionResult:
        op = self.operations[operation_id]
        path, query = op.path, {}
        for param in op.params:
            if param["name"] in arguments:
                value = arguments.pop(param["name"])
                if param["in"] == "path":
                    path = path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
                else:
                    query[param["name"]] = value
        content = None
        if op.body is not None:
            text = json.dumps(arguments, ensure_ascii=False)
            if len(text) >= MAX_CHARS:
                raise RequestTooLarge(f"{operation_id}: the request is {len(text)} characters")
            content = text.encode()
        elif arguments:
            raise TypeError(f"{operation_id} takes no body: {sorted(arguments)}")
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.timeout):
                r = await self._client.request(
                    op.method, self.connect_to + path, params=query,
                    content=content, headers={"Authorization": f"Bearer {self.key}",
                                              **({"Content-Type": "application/json"} if content else {})})
        except TimeoutError:
            raise ActionTimeout(f"{operation_id} took more than {self.timeout} s") from None
        seconds = time.monotonic() - started
        if len(r.text) >= MAX_CHARS:
            raise ResponseTooLarge(f"{operation_id}: the answer is {len(r.text)} characters")
        result = ActionResult(r.status_code, r.json(), len(r.text), seconds)
        self.calls.append((operation_id, result))
        return result

    async def fetch_files(self, result: ActionResult) -> list[FetchedFile]:
        entries = result.body.get("openaiFileResponse") or []
        assert isinstance(entries, list) and len(entries) <= 10
        files = []
        for entry in entries:
            if isinstance(entry, str):
                async with asyncio.timeout(self.file_timeout):
                    r = await self._client.get(self._local(entry))  # no credentials: the link is the credential
                assert r.status_code == 200, r.text
                kind, disposition = r.headers["content-type"], r.headers["content-disposition"]
                assert disposition.startswith("attachment; filename=")
                name = disposition.split('filename="', 1)[1].split('"', 1)[0]
                files.append(FetchedFile(name, kind, r.content, entry))
            else:
                files.append(FetchedFile(entry["name"], entry["mime_type"], base64.b64decode(entry["content"])))
        assert all(len(f.data) <= MAX_FILE_BYTES for f in files)
        return files

    def relay_checker_agrees(self) -> list[str]:
        return actions_check.check(self.document)


# --- the fake OpenAI ----------------------------------------------------------------------------------------------------

def png_bytes(size: int, seed: int = 7) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(seed).randbytes(size - 16)


@dataclass
class FakeOpenAI:
    """Responses (background mode), Files and vector store files, with realistic bulk. Records every request."""

    job_seconds: float
    text: str
    image: bytes
    requests: list[dict] = field(default_factory=list)
    responses: dict[str, tuple[float, dict]] = field(default_factory=dict)
    files: dict[str, tuple[dict, bytes]] = field(default_factory=dict)

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/responses", self.create_response)
        app.router.add_get("/v1/responses/{id}", self.get_response)
        app.router.add_post("/v1/files", self.create_file)
        app.router.add_get("/v1/files/{id}", self.get_file)
        app.router.add_get("/v1/files/{id}/content", self.file_content)
        app.router.add_post("/v1/vector_stores/{vs}/files", self.attach)
        return app

    def _seen(self, request: web.Request, body: bytes) -> None:
        self.requests.append({"method": request.method, "path": request.raw_path, "body": body,
                              "authorization": request.headers.get("Authorization")})

    async def create_response(self, request: web.Request):
        raw = await request.read()
        self._seen(request, raw)
        body = json.loads(raw)
        rid = "resp_" + os.urandom(12).hex()
        self.responses[rid] = (time.monotonic(), body)
        return web.json_response(self._response(rid))

    async def get_response(self, request: web.Request):
        self._seen(request, b"")
        rid = request.match_info["id"]
        if rid not in self.responses:
            return web.json_response({"error": {"message": "not found", "type": "invalid_request_error"}},
                                     status=404)
        return web.json_response(self._response(rid))

    def _response(self, rid: str) -> dict:
        created, body = self.responses[rid]
        done = time.monotonic() - created >= self.job_seconds
        image = any(t.get("type") == "image_generation" for t in body.get("tools") or [])
        output = []
        if done:
            output.append({"id": "rs_" + rid[5:], "type": "reasoning", "summary": [],
                           "encrypted_content": "gAAAAB" + base64.b64encode(os.urandom(30_000)).decode()})
            if image:
                output.append({"id": "ig_" + rid[5:], "type": "image_generation_call", "status": "completed",
                               "output_format": "png", "revised_prompt": body.get("input"),
                               "result": base64.b64encode(self.image).decode()})
            output.append({"id": "msg_" + rid[5:], "type": "message", "role": "assistant", "status": "completed",
                           "content": [{"type": "output_text", "annotations": [], "logprobs": [],
                                        "text": "Here is your image." if image else self.text}]})
        return {
            "id": rid, "object": "response", "created_at": int(created), "status": "completed" if done else
            ("queued" if time.monotonic() - created < 0.2 else "in_progress"),
            "background": body.get("background", False), "error": None, "incomplete_details": None,
            "instructions": body.get("instructions"), "max_output_tokens": None,
            "model": str(body.get("model")) + "-2025-04-14", "output": output, "parallel_tool_calls": True,
            "previous_response_id": None, "reasoning": {"effort": "high", "summary": None},
            "store": body.get("store", True), "temperature": 1.0,
            "text": {"format": {"type": "text"}, "verbosity": "medium"},
            "tool_choice": body.get("tool_choice", "auto"), "tools": body.get("tools", []), "top_p": 1.0,
            "truncation": "disabled", "metadata": body.get("metadata", {}), "user": None,
            "usage": {"input_tokens": 12_000, "output_tokens": 9_000,
                      "output_tokens_details": {"reasoning_tokens": 4_000}} if done else None,
        }

    async def create_file(self, request: web.Request):
        reader = await request.multipart()
        fields, filename, content_type = {}, None, None
        while (part := await reader.next()) is not None:
            data = await part.read(decode=False)
            if part.name == "file":
                filename, content_type = part.filename, part.headers.get("Content-Type")
            fields[part.name] = data
        self._seen(request, fields.get("file", b""))
        file_id = "file-" + os.urandom(12).hex()
        meta = {"id": file_id, "object": "file", "bytes": len(fields["file"]), "created_at": int(time.time()),
                "filename": filename, "purpose": fields["purpose"].decode(), "content_type": content_type,
                "fields": sorted(fields)}
        self.files[file_id] = (meta, fields["file"])
        return web.json_response({k: v for k, v in meta.items() if k not in ("content_type", "fields")})

    async def get_file(self, request: web.Request):
        self._seen(request, b"")
        meta, _ = self.files[request.match_info["id"]]
        return web.json_response({k: v for k, v in meta.items() if k not in ("content_type", "fields")})

    async def file_content(self, request: web.Request):
        self._seen(request, b"")
        _, data = self.files[request.match_info["id"]]
        return web.Response(body=data, content_type="application/octet-stream")

    async def attach(self, request: web.Request):
        raw = await request.read()
        self._seen(request, raw)
        return web.json_response({"id": "vsf_1", "object": "vector_store.file", "status": "in_progress",
                                  "vector_store_id": request.match_info["vs"], "file_id": json.loads(raw)["file_id"]})

    def uploads(self) -> list[dict]:
        return [meta for meta, _ in self.files.values()]


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""
