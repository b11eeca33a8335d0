"""Runtime test support: a small hand-built catalog, settings with a canary upstream key, an in-process
client over a respx-mocked upstream, and real-socket servers (the relay under uvicorn, a fake upstream
under aiohttp) running in threads on free loopback ports."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from contextlib import contextmanager
from types import SimpleNamespace

import httpx
import pytest
import respx
import uvicorn
from pydantic import BaseModel

from runtime.app import build_app
from runtime.catalog import Catalog, OperationSpec, Policy
from runtime.config import load_settings
from runtime.routing import is_websocket_path
from runtime.server import ConnectionLimits, protocol_class
from runtime.upstream import HttpxUpstream

CANARY = "sk-CANARY-upstream-key-0123456789"
ADMIN_CANARY = "sk-admin-CANARY-9876543210"
RELAY_KEY = "rk-relay-test-key"
API_ONLY_KEY = "rk-api-only"
UPSTREAM = "https://upstream.test/v1"


def op(operation_id, method, path, **kw) -> OperationSpec:
    kw.setdefault("name", operation_id.lower())
    kw.setdefault("tag", "test")
    return OperationSpec(operation_id=operation_id, method=method, path=path, **kw)


ADMIN = Policy(scope="admin", upstream_key="admin")


def make_catalog() -> Catalog:
    return Catalog([
        op("createResponse", "POST", "/responses", request_kind="json", response_kind="sse", streaming=True),
        op("createResponseBeta", "POST", "/responses", fixed_query=(("beta", "true"),), request_kind="json"),
        op("getResponse", "GET", "/responses/{response_id}", path_params=("response_id",)),
        op("deleteResponse", "DELETE", "/responses/{response_id}", path_params=("response_id",)),
        # spec order puts the parameter first: the literal must still win
        op("getThread", "GET", "/threads/{thread_id}", path_params=("thread_id",)),
        op("createThreadAndRun", "POST", "/threads/runs", request_kind="json"),
        op("getRun", "GET", "/threads/{thread_id}/runs/{run_id}", path_params=("thread_id", "run_id")),
        op("createFile", "POST", "/files", request_kind="multipart"),
        op("listFiles", "GET", "/files"),
        op("downloadFile", "GET", "/files/{file_id}/content", response_kind="binary", path_params=("file_id",)),
        op("createSpeech", "POST", "/audio/speech", request_kind="json", response_kind="binary"),
        op("createCall", "POST", "/realtime/calls", request_kind="sdp", response_kind="sdp"),
        op("listProjects", "GET", "/organization/projects", policy=ADMIN),
        op("blockedOp", "POST", "/fine_tuning/jobs", policy=Policy(exposed=False)),
        op("createEmbedding", "POST", "/embeddings", request_kind="json", body_model="EmbeddingRequest",
           policy=Policy(validate=True, max_body_bytes=4096)),
        op("slowOp", "GET", "/slow/{kind}", path_params=("kind",), policy=Policy(timeout=0.5)),
    ], spec_version="test")


def make_settings(**overrides):
    values = {"OPENAI_API_KEY": CANARY, "OPENAI_ADMIN_KEY": ADMIN_CANARY, "OPENAI_BASE_URL": UPSTREAM,
              "RELAY_KEYS": RELAY_KEY, "_env_file": None}
    values.update(overrides)
    return load_settings(**{k: v for k, v in values.items() if v is not None or k == "_env_file"})


@pytest.fixture
def catalog():
    return make_catalog()


class EmbeddingRequest(BaseModel):
    model: str
    input: str | list[str]
    dimensions: int | None = None


def load_models():
    """Stands in for the lazy import of `generated.models`."""
    return SimpleNamespace(EmbeddingRequest=EmbeddingRequest)


# --- canary: never in a log line ------------------------------------------------------------------------

class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture(autouse=True)
def captured_logs():
    """Every log line of the test, checked for the canary keys at the end."""
    handler = _Capture()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(exc_text)s"))
    loggers = [logging.getLogger(), logging.getLogger("relay"), logging.getLogger("uvicorn"),
               logging.getLogger("uvicorn.error"), logging.getLogger("aiohttp")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
    logging.getLogger("relay").setLevel(logging.DEBUG)
    yield handler.lines
    for lg, level in zip(loggers, levels):
        lg.removeHandler(handler)
        lg.setLevel(level)
    for line in handler.lines:
        assert CANARY not in line and ADMIN_CANARY not in line, line


def assert_no_canary(response: httpx.Response) -> None:
    for name, value in response.headers.raw:
        assert CANARY.encode() not in value and ADMIN_CANARY.encode() not in value, name
    assert CANARY.encode() not in response.content and ADMIN_CANARY.encode() not in response.content


# --- in-process: the app over a respx-mocked upstream ---------------------------------------------------

class Mocked:
    """The relay in-process (httpx ASGITransport) with a respx router as its upstream."""

    def __init__(self, app, router: respx.MockRouter):
        self.app = app
        self.router = router
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://relay.test")

    async def request(self, method, url, *, key=RELAY_KEY, **kw) -> httpx.Response:
        headers = dict(kw.pop("headers", None) or {})
        if key is not None:
            headers.setdefault("Authorization", f"Bearer {key}")
        response = await self.client.request(method, url, headers=headers, **kw)
        assert_no_canary(response)
        return response

    def upstream_requests(self) -> list[httpx.Request]:
        requests = [call.request for call in self.router.calls]
        for request in requests:
            for name, value in request.headers.raw:
                assert RELAY_KEY.encode() not in value, name
        return requests


def mocked_upstream(router: respx.MockRouter) -> HttpxUpstream:
    async def handler(request: httpx.Request):
        await request.aread()
        return await router.async_handler(request)

    return HttpxUpstream(httpx.AsyncClient(transport=httpx.MockTransport(handler)))


@pytest.fixture
async def mocked(catalog):
    router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False, assert_all_mocked=True)
    app = build_app(catalog, (), settings=make_settings(), load_models=load_models, upstream=mocked_upstream(router))
    relay = Mocked(app, router)
    yield relay
    await relay.client.aclose()


# --- real sockets -------------------------------------------------------------------------------------

def _listening_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


@contextmanager
def serve_relay(app, limits=None):
    """The relay app under uvicorn (uvloop) with the relay's own HTTP protocol (runtime.server), in a thread;
    yields its base URL. `limits`: a `ConnectionLimits` (default: from the app's settings)."""
    sock = _listening_socket()
    if limits is None:
        settings = getattr(app, "settings", None)
        limits = ConnectionLimits.from_settings(settings, is_websocket_path) if settings else ConnectionLimits()
    config = uvicorn.Config(app, loop="uvloop", http=protocol_class(limits), ws="websockets-sansio",
                            lifespan="on", log_config=None,
                            access_log=False, server_header=False, date_header=False,
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "relay did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def serve_aiohttp(make_app):
    """An aiohttp web app (built by `make_app()` inside its loop) in a thread; yields (base URL, loop)."""
    from aiohttp import web

    ready = threading.Event()
    state: dict = {}

    def run():
        loop = asyncio.new_event_loop()
        state["loop"] = loop

        async def start():
            runner = web.AppRunner(make_app(), handler_cancellation=True, access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            state["runner"] = runner
            state["port"] = runner.addresses[0][1]

        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(state["runner"].cleanup())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(10), "fake upstream did not start"
    try:
        yield f"http://127.0.0.1:{state['port']}", state["loop"]
    finally:
        state["loop"].call_soon_threadsafe(state["loop"].stop)
        thread.join(10)


def free_port() -> int:
    sock = _listening_socket()
    port = sock.getsockname()[1]
    sock.close()
    return port
