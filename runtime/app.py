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
from urllib.parse import unquote_plus

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .accesslog import AccessLog
from .actions import mount_actions
from .auth import token_from_headers
from .call import Call
from .catalog import Catalog
from .config import Settings, load_settings
from .errors import RelayError, ResponseAborted, error_body
from .forward import REQUEST_ID_HEADER, Forwarder, fail
from .h1 import H1Upstream
from .metrics import Metrics
from .ready import Readiness
from .routing import DispatchIndex, OperationRoute, unsafe_path
from .team import Team
from .tracing import tracer_from_env
from .upstream import AiohttpUpstream, Upstream, proxy_for
from .usage.extract import tap_for
from .validation import Validator

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
              upstream: Upstream | None = None, store=None, database: bool = False) -> RelayApp:
    """The relay ASGI app for `catalog`. `routers` are the generated FastAPI routers (documentation);
    `load_models()` returns the module of request-body models (for operations with `policy.validate`);
    `generated_dir` holds `components.json`; `upstream` replaces the production upstream client.
    `store` (a `runtime.store.Store`), or `database=True` for the one the settings name, gives the app its
    database keys, usage ledger and admin API; without either only the static keys exist."""
    return RelayApp(catalog, tuple(routers), settings=settings if settings is not None else load_settings(),
                    load_models=load_models, generated_dir=Path(generated_dir) if generated_dir else None,
                    upstream=upstream, team=Team(settings if settings is not None else load_settings(),
                                                 store=store, database=database))


class RelayApp:
    """The ASGI callable. Public attributes: `settings`, `catalog`, `keystore`, `index`, `upstream`,
    `forward` (the `Forwarder`), `inner` (the FastAPI app for relay-owned endpoints), `access_log`."""

    def __init__(self, catalog: Catalog, routers: tuple, *, settings: Settings, load_models, generated_dir,
                 upstream: Upstream | None, team: Team | None = None):
        if upstream is None:
            upstream = _default_upstream(settings)
        self.settings = settings
        self.catalog = catalog
        self.team = team if team is not None else Team(settings)
        self.keystore = self.team.keys
        self.index = DispatchIndex(catalog)
        self.upstream = upstream
        self.validator = Validator(load_models) if load_models is not None else None
        self.forward = Forwarder(settings, upstream, validator=self.validator, tap_for=tap_for,
                                 limiter=self.team.limiter)
        self.inner = _inner_app(self, routers, generated_dir)
        self.access_log = AccessLog(json=settings.relay_log_format == "json")
        # --- observability (docs/observability.md): metrics, /ready, tracing (None unless OTEL_* asks for it)
        self.metrics = Metrics(authenticate=self.keystore.authenticate, public=settings.relay_metrics_public)
        self.connection_refused = self.metrics.connection_refused  # runtime/server.py counts its refusals here
        self.readiness = Readiness.from_settings(settings)
        self.readiness.store = self.team.store
        if self.team.ledger is not None:
            self.team.ledger.on_drop = self.metrics.ledger_dropped
        if self.team.console is not None:
            self.team.console.live = self.metrics.live_by_key
        self.tracer = tracer_from_env()
        if self.tracer is not None:
            self.tracer.upstream_host = settings.openai_base_url.split("://", 1)[-1].split("/", 1)[0]
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
            elif path.startswith(("/admin/keys", "/admin/usage")) and self.team.admin is not None:
                await self._inner_http(scope, receive, send, self.team.admin)
            elif path == "/metrics" or path == "/ready":
                await self._observability(scope, receive, send)
            # The admin console (runtime/admin/): /admin and /admin/console/... (pages, assets).
            elif (path == "/admin" or path.startswith("/admin/")) and self.team.console is not None:
                await self._inner_http(scope, receive, send, self.team.console)
            else:
                await self._inner_http(scope, receive, send)
        elif kind == "websocket":
            await self._websocket_call(scope, receive, send)
        else:
            await self.inner(scope, receive, send)

    async def relay(self, scope, receive, send, request_id: bytes | None = None, *, actions: bool = False) -> int:
        """Authenticate, dispatch and forward one `/v1/...` call; return the status sent (0: client gone).
        `actions`: the call came through the Actions endpoints (validated like an Actions-only key's)."""
        call = Call(request_id or self.new_request_id(), scope["method"],
                    scope.get("raw_path") or scope["path"].encode(), time.perf_counter())
        self._start(call, scope)
        try:
            await self._relay(call, scope, receive, send, actions)
        finally:
            self._finish(call)
        return call.status

    async def _relay(self, call: Call, scope, receive, send, actions: bool) -> None:
        token = token_from_headers(scope["headers"])
        key = self.keystore.authenticate(token)
        if key is None and self.keystore.store is not None:
            key = await self.keystore.authenticate_fresh(token)  # a key created a moment ago
        if key is None:
            await fail(call, send, _MISSING_KEY, "auth")
            return
        call.key = key
        self.metrics.keyed(call)
        raw = call.path
        cut = raw.find(b"?")
        path = (raw[3:cut] if cut >= 0 else raw[3:]).decode("latin-1")
        unsafe = unsafe_path(path)
        if unsafe is not None:
            await fail(call, send, RelayError(
                400, f"The path holds {unsafe}, which the relay does not forward: send each id as it is.",
                code="invalid_path"), "path")
            return
        method = call.method
        query = scope.get("query_string", b"")
        op, allowed = self.index.match(method, path, query)
        if op is None:
            await self._no_route(call, send, allowed)
        elif not op.policy.exposed:
            await fail(call, send, RelayError(
                403, f"The operation {op.operation_id} is blocked by this relay's policy.", code="operation_blocked"),
                "policy")
        elif not key.allows(op):
            await fail(call, send, RelayError(
                403, f"This relay key may not call {op.operation_id} (needs scope '{op.policy.scope}').",
                code="insufficient_scope"), "scope")
        elif query and self._carries_key(query):
            await fail(call, send, RelayError(
                400, "The query string holds a relay key; send the key only in the Authorization header (the "
                     "relay never forwards it).", code="relay_key_in_query"), "key_in_query")
        else:
            call.op = op
            call.actions = actions or op.policy.scope not in key.scopes
            try:
                await self.forward(call, scope, receive, send)
            except ResponseAborted:
                raise
            except Exception as exc:  # noqa: BLE001 - a relay bug: one scrubbed log line, a 500 envelope
                await self._internal_error(call, send, exc)

    def _carries_key(self, query: bytes) -> bool:
        """True when a query parameter name or value is a relay key (it would be forwarded upstream)."""
        if not self.keystore.required:
            return False
        for pair in query.split(b"&"):
            for part in pair.split(b"=", 1):
                if part:
                    text = unquote_plus(part.decode("latin-1")) if b"%" in part or b"+" in part \
                        else part.decode("latin-1")
                    if self.keystore.authenticate(text) is not None:
                        return True
        return False

    def _start(self, call: Call, scope) -> None:
        """A call began (HTTP or a WebSocket session): in flight, and its span when tracing is on."""
        self.metrics.inflight += 1  # observe() in _finish takes it off
        if self.tracer is not None:
            self.tracer.begin(call, scope)

    def _finish(self, call: Call, access: bool = True) -> None:
        """A call ended, for any reason: the team layer (price, limits, ledger) first — it sets the cost the
        metrics and the log show — then metrics, the span and the access line (WebSocket sessions log their
        own lines)."""
        self.team.finish(call)
        self.metrics.observe(call)
        if call.trace is not None:
            self.tracer.finish(call)
        if access and self.access_log.enabled():
            self.access_log.add_call(call)

    async def _observability(self, scope, receive, send) -> None:
        """`/metrics` (Prometheus, `manage` key) and `/ready` (public)."""
        rid = self.new_request_id()
        started = time.perf_counter()
        headers = [(REQUEST_ID_HEADER, rid)]
        if scope["path"] == "/metrics":
            status = await self.metrics.handle(scope, receive, send, headers)
        else:
            status = await self.readiness.handle(scope, receive, send, headers)
        if self.access_log.enabled():
            self.access_log.add(rid, scope["method"], scope["path"], status, started)

    async def _internal_error(self, call: Call, send, exc: Exception) -> None:
        message = str(exc)
        for secret in (self.settings.openai_api_key, self.settings.openai_admin_key):
            if secret is not None and secret.get_secret_value():
                message = message.replace(secret.get_secret_value(), "***")
        log.error("%s relay error %s: %s", call.request_id.decode(), type(exc).__name__, message)
        try:
            await fail(call, send, RelayError(500, "The relay failed to handle this request.", code="relay_error"),
                       "relay_error")
        except Exception:  # noqa: BLE001 - the response had started: the server drops the connection
            call.status = call.status or 500

    async def _no_route(self, call: Call, send, allowed) -> None:
        shown = call.path.decode("latin-1")[:200]
        if allowed:
            await fail(call, send, RelayError(
                405, f"Method {call.method} is not allowed for {shown}.", code="method_not_allowed",
                headers=[(b"allow", ", ".join(allowed).encode())]), "method")
        else:
            await fail(call, send, RelayError(404, f"Unknown path: {call.method} {shown}.", code="unknown_url"),
                       "path")

    async def _health_check(self, scope, send) -> None:
        """Public, no upstream call: the relay process is up and can answer."""
        rid = self.new_request_id()
        started = time.perf_counter()
        body, headers = self._health
        await send({"type": "http.response.start", "status": 200, "headers": [*headers, (REQUEST_ID_HEADER, rid)]})
        await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
        if self.access_log.enabled():
            self.access_log.add(rid, scope["method"], "/health", 200, started)

    async def _inner_http(self, scope, receive, send, app=None) -> None:
        """A relay-owned endpoint (`app`, default the inner FastAPI app), with a request id and an access line."""
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
            await (app or self.inner)(scope, receive, send_with_id)
        finally:
            if self.access_log.enabled():
                self.access_log.add(rid, scope["method"], scope.get("raw_path") or scope["path"], status, started)

    async def _websocket_call(self, scope, receive, send) -> None:
        relay = self._websocket_relay()
        if relay is not None:  # it refuses paths it does not serve itself (a 404 and one log line)
            scope.setdefault("state", {})["request_id"] = self.new_request_id().decode()
            await relay(scope, receive, send)
            return
        message = await receive()
        if message["type"] != "websocket.connect":
            return
        if "websocket.http.response" not in (scope.get("extensions") or {}):
            await send({"type": "websocket.close", "code": 1008, "reason": "no WebSocket endpoint here"})
            return
        # the handshake is refused with an HTTP answer: the envelope and request id every relay error carries
        error = RelayError(404, f"No WebSocket endpoint at {scope['path'][:200]}.", code="unknown_url")
        body = error.body()
        await send({"type": "websocket.http.response.start", "status": error.status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", b"%d" % len(body)),
            *error.response_headers(), (REQUEST_ID_HEADER, self.new_request_id())]})
        await send({"type": "websocket.http.response.body", "body": body})

    def _websocket_relay(self):
        if self._websocket is None:
            try:
                from . import websocket
            except ImportError as exc:  # the WebSocket module is optional until it exists
                log.warning("WebSocket relay unavailable: %s", exc)
                return None
            self._websocket = websocket.WebSocketRelay(self.settings, self.keystore, limiter=self.team.limiter,
                                                      on_start=self._start, on_key=self.metrics.keyed,
                                                      on_finish=lambda call: self._finish(call, access=False))
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


# --- the inner FastAPI app ------------------------------------------------------------------------------

def _inner_app(relay: RelayApp, routers: tuple, generated_dir: Path | None) -> FastAPI:
    settings = relay.settings

    @asynccontextmanager
    async def lifespan(app):
        if relay.validator is not None:  # before the first connection: the first validated call is not slower
            relay.validator.preload(relay.catalog)
        await relay.upstream.open()
        await relay.team.start()
        try:
            yield
        finally:
            await relay.team.stop()
            relay.access_log.flush()
            relay.metrics.stop()  # observability: the last sums into the metric files
            await relay.readiness.aclose()
            if relay.tracer is not None:
                relay.tracer.shutdown()
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
