"""The relay's ASGI application.

A raw-ASGI front handles every `/v1/...` call itself — request id, auth, dispatch, forward, access log —
without FastAPI on the hot path; it also answers `GET /health` (precomputed). Everything else (`/docs`,
`/openapi.json`, `/actions/*`) goes to an inner FastAPI app, which also runs the lifespan (opening and
closing the upstream pool). WebSocket upgrades go to `runtime.websocket.WebSocketRelay`.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .accesslog import AccessLog
from .actions import mount_actions
from .auth import KeyStore, token_from_headers
from .catalog import Catalog, OperationSpec
from .config import Settings, load_settings
from .errors import RelayError, error_body, send_error
from .forward import REQUEST_ID_HEADER, Forwarder, fail
from .h1 import H1Upstream
from .routing import DispatchIndex, OperationRoute
from .upstream import AiohttpUpstream, Upstream, proxy_for

__all__ = ["RelayApp", "build_app"]

log = logging.getLogger("relay")

_EXPOSE_HEADERS = [
    "x-relay-request-id", "x-request-id", "openai-processing-ms", "openai-version", "openai-organization",
    "openai-project", "retry-after", "retry-after-ms", "x-ratelimit-limit-requests",
    "x-ratelimit-limit-tokens", "x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens",
    "x-ratelimit-reset-requests", "x-ratelimit-reset-tokens",
]

_MISSING_KEY = RelayError(401, "Missing or invalid relay key: send it as 'Authorization: Bearer <relay key>' "
                               "or 'X-Relay-Key'.", code="invalid_api_key")


def build_app(catalog: Catalog, routers: Iterable = (), *, settings: Settings | None = None,
              load_models: Callable | None = None, generated_dir: str | Path | None = None,
              upstream: Upstream | None = None) -> RelayApp:
    """The relay ASGI app for `catalog`. `routers` are the generated FastAPI routers (documentation);
    `load_models()` returns the module of request-body models (for operations with `policy.validate`);
    `generated_dir` holds `components.json`; `upstream` replaces the production aiohttp client."""
    return RelayApp(catalog, tuple(routers), settings=settings if settings is not None else load_settings(),
                    load_models=load_models, generated_dir=Path(generated_dir) if generated_dir else None,
                    upstream=upstream)


class RelayApp:
    """The ASGI callable. Public attributes: `settings`, `catalog`, `keystore`, `index`, `upstream`,
    `forward` (the `Forwarder`), `inner` (the FastAPI app for relay-owned endpoints), `access_log`."""

    def __init__(self, catalog: Catalog, routers: tuple, *, settings: Settings, load_models, generated_dir,
                 upstream: Upstream | None):
        if upstream is None:
            upstream = _default_upstream(settings)
        self.settings = settings
        self.catalog = catalog
        self.keystore = KeyStore.from_settings(settings)
        self.index = DispatchIndex(catalog)
        self.upstream = upstream
        self.forward = Forwarder(settings, upstream,
                                 validator=_Validator(load_models) if load_models is not None else None)
        self.inner = _inner_app(self, routers, generated_dir)
        self.access_log = AccessLog()
        self._ids = itertools.count(1)
        self._id_prefix = os.urandom(4).hex().encode()
        self._websocket = None
        app = self._front
        if settings.relay_cors_origins:
            from starlette.middleware.cors import CORSMiddleware

            app = CORSMiddleware(app, allow_origins=settings.relay_cors_origins, allow_methods=["*"],
                                 allow_headers=["*"], expose_headers=_EXPOSE_HEADERS)
        self._app = app
        health = json.dumps({"status": "ok", "upstream_key": settings.openai_api_key is not None,
                             "operations": len(catalog), "spec_version": catalog.spec_version}).encode()
        self._health = (health, [(b"content-type", b"application/json"),
                                 (b"content-length", str(len(health)).encode()), (b"cache-control", b"no-store")])

    async def __call__(self, scope, receive, send) -> None:
        await self._app(scope, receive, send)

    def new_request_id(self) -> bytes:
        return b"req_%s%06x" % (self._id_prefix, next(self._ids))

    async def _front(self, scope, receive, send) -> None:
        kind = scope["type"]
        if kind == "http":
            path = scope["path"]
            if path.startswith("/v1/"):
                await self.relay(scope, receive, send)
            elif path == "/health" and scope["method"] in ("GET", "HEAD"):
                await self._health_check(scope, send)
            else:
                await self._inner_http(scope, receive, send)
        elif kind == "websocket":
            await self._websocket_call(scope, receive, send)
        else:
            await self.inner(scope, receive, send)

    async def relay(self, scope, receive, send, request_id: bytes | None = None) -> int:
        """Authenticate, dispatch and forward one `/v1/...` call; return the status sent (0: client gone)."""
        rid = request_id or self.new_request_id()
        started = time.perf_counter()
        method = scope["method"]
        key = self.keystore.authenticate(token_from_headers(scope["headers"]))
        if key is None:
            status = await fail(send, _MISSING_KEY, rid)
        else:
            raw = scope.get("raw_path") or scope["path"].encode()
            cut = raw.find(b"?")
            path = (raw[3:cut] if cut >= 0 else raw[3:]).decode("latin-1")
            op, allowed = self.index.match(method, path, scope.get("query_string", b""))
            if op is None:
                status = await self._no_route(send, method, scope["path"], allowed, rid)
            elif not op.policy.exposed:
                status = await fail(send, RelayError(
                    403, f"The operation {op.operation_id} is blocked by this relay's policy.",
                    code="operation_blocked"), rid)
            elif not key.allows(op):
                status = await fail(send, RelayError(
                    403, f"This relay key may not call {op.operation_id} (needs scope '{op.policy.scope}').",
                    code="insufficient_scope"), rid)
            else:
                try:
                    status = await self.forward(op, scope, receive, send, rid)
                except Exception as exc:  # noqa: BLE001 - a relay bug: one scrubbed log line, a 500 envelope
                    status = await self._internal_error(send, rid, exc)
        if self.access_log.enabled():
            self.access_log.add(rid, method, scope["path"], status, started)
        return status

    async def _internal_error(self, send, rid: bytes, exc: Exception) -> int:
        message = str(exc)
        for secret in (self.settings.openai_api_key, self.settings.openai_admin_key):
            if secret is not None and secret.get_secret_value():
                message = message.replace(secret.get_secret_value(), "***")
        log.error("%s relay error %s: %s", rid.decode(), type(exc).__name__, message)
        try:
            return await fail(send, RelayError(500, "The relay failed to handle this request.",
                                                code="relay_error"), rid)
        except Exception:  # noqa: BLE001 - the response had started: the server drops the connection
            return 500

    async def _no_route(self, send, method, path, allowed, rid) -> int:
        if allowed:
            error = RelayError(405, f"Method {method} is not allowed for {path}.", code="method_not_allowed")
            await send_error(send, error, [(REQUEST_ID_HEADER, rid), (b"allow", ", ".join(allowed).encode())])
            return 405
        return await fail(send, RelayError(404, f"Unknown path: {method} {path}.", code="unknown_url"), rid)

    async def _health_check(self, scope, send) -> None:
        """Public, no upstream call: the relay process is up and can answer."""
        rid = self.new_request_id()
        started = time.perf_counter()
        body, headers = self._health
        await send({"type": "http.response.start", "status": 200, "headers": [*headers, (REQUEST_ID_HEADER, rid)]})
        await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
        if self.access_log.enabled():
            self.access_log.add(rid, scope["method"], "/health", 200, started)

    async def _inner_http(self, scope, receive, send) -> None:
        rid = self.new_request_id()
        started = time.perf_counter()
        status = 0

        async def send_with_id(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), (REQUEST_ID_HEADER, rid)]}
            await send(message)

        scope.setdefault("state", {})["request_id"] = rid.decode()
        try:
            await self.inner(scope, receive, send_with_id)
        finally:
            if self.access_log.enabled():
                self.access_log.add(rid, scope["method"], scope["path"], status, started)

    async def _websocket_call(self, scope, receive, send) -> None:
        relay = self._websocket_relay()
        if relay is not None:  # it refuses paths it does not serve itself (a 404 and one log line)
            scope.setdefault("state", {})["request_id"] = self.new_request_id().decode()
            await relay(scope, receive, send)
            return
        message = await receive()
        if message["type"] == "websocket.connect":
            await send({"type": "websocket.close", "code": 1008, "reason": "no WebSocket endpoint here"})

    def _websocket_relay(self):
        if self._websocket is None:
            try:
                from . import websocket
            except ImportError as exc:  # the WebSocket module is optional until it exists
                log.warning("WebSocket relay unavailable: %s", exc)
                return None
            self._websocket = websocket.WebSocketRelay(self.settings, self.keystore)
        return self._websocket


def _default_upstream(settings: Settings) -> Upstream:
    """h1 unless aiohttp is asked for, or the environment names a forward proxy for the upstream (h1 speaks
    only direct connections; aiohttp honours HTTP(S)_PROXY and NO_PROXY)."""
    proxy = proxy_for(settings.openai_base_url)
    if settings.relay_upstream_client == "h1" and proxy is None:
        return H1Upstream()
    if proxy is not None:
        log.info("upstream through the forward proxy from the environment (aiohttp client)")
    return AiohttpUpstream()


class _Validator:
    """Checks JSON bodies of `policy.validate` operations against the generated models (loaded lazily)."""

    def __init__(self, load_models: Callable):
        self._load = load_models
        self._models: dict[str, object] = {}

    def __call__(self, op: OperationSpec, body: bytes) -> RelayError | None:
        if not op.body_model:
            return None
        model = self._models.get(op.body_model)
        if model is None:
            model = self._models[op.body_model] = getattr(self._load(), op.body_model)
        from pydantic import ValidationError

        try:
            model.model_validate_json(body)
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            param = _param(err.get("loc", ()))
            where = f" at '{param}'" if param else ""
            return RelayError(400, f"Invalid request body{where}: {err.get('msg', 'invalid value')}.",
                              param=param, code="invalid_request_body")
        return None


_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "bytes", "none", "dict", "list", "set", "tuple"})


def _param(loc) -> str | None:
    """The request field a pydantic error location names, as `a.b[0].c`. Union errors put the member's
    tag in the location (`input.str`, `tools[0].FunctionTool`); those are not fields, so they go."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _is_member_tag(str(part)):
            out += ("." if out else "") + str(part)
    return out or None


def _is_member_tag(part: str) -> bool:
    # API fields are snake_case; union member tags are type names, `kind[...]` forms or model class names.
    return part in _TYPE_TAGS or "[" in part or part[:1].isupper()


# --- the inner FastAPI app ------------------------------------------------------------------------------

def _inner_app(relay: RelayApp, routers: tuple, generated_dir: Path | None) -> FastAPI:
    settings = relay.settings

    @asynccontextmanager
    async def lifespan(app):
        await relay.upstream.open()
        try:
            yield
        finally:
            relay.access_log.flush()
            await relay.upstream.aclose()

    app = FastAPI(title="ChatGPT Team Relay", version=relay.catalog.spec_version or "0",
                  description="OpenAI API relay generated from OpenAI's OpenAPI spec. Call it with "
                              "`base_url=<relay>/v1` and a relay key as the API key.",
                  lifespan=lifespan, docs_url="/docs", redoc_url=None, openapi_url="/openapi.json")
    app.state.relay = relay
    app.state.keystore = relay.keystore
    app.state.forwarder = relay.forward
    for router in routers:
        app.include_router(router)
    for route in app.routes:  # a generated route reached through FastAPI is still forwarded, not handled
        if isinstance(route, OperationRoute):
            route.bind(relay.relay)

    mount_actions(app, relay, generated_dir)  # /actions/openapi.json|yaml, /actions/tools.json, /actions/proxy

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "Request failed."
        return JSONResponse(json.loads(error_body(message, type="invalid_request_error", code=None)),
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    components_file = generated_dir / "components.json" if generated_dir else None

    def openapi():
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            components = schema.setdefault("components", {})
            if components_file is not None and components_file.is_file():
                extra = json.loads(components_file.read_text())
                if not isinstance(extra.get("schemas"), dict):
                    extra = {"schemas": extra}
                for section, items in extra.items():
                    if isinstance(items, dict) and not section.startswith("x-"):
                        components.setdefault(section, {}).update(items)
            components.setdefault("securitySchemes", {})["RelayKey"] = {
                "type": "http", "scheme": "bearer", "description": "A relay key (not an OpenAI key)."}
            schema["security"] = [{"RelayKey": []}]
            if settings.relay_public_url:
                schema["servers"] = [{"url": settings.relay_public_url}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
    return app
