"""Tracing (opt-in): one span per relayed call and a child for the upstream request, the client's W3C trace
context continued, the relay's sent upstream; nothing of OpenTelemetry imported when it is off."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import respx
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from relay_support import UPSTREAM, Mocked, make_catalog, make_settings, mocked_upstream

from runtime.app import build_app
from runtime.tracing import tracer_from_env, wanted
from runtime.tracing.spans import RelayTracer

ROOT = Path(__file__).resolve().parents[2]
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
CLIENT_SPAN = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE_ID}-{CLIENT_SPAN}-01"


@pytest.fixture
def traced():
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False, assert_all_mocked=True)
    app = build_app(make_catalog(), (), settings=make_settings(), upstream=mocked_upstream(router))
    assert app.tracer is None  # the environment does not ask for traces
    app.tracer = RelayTracer(provider.get_tracer("test"), upstream_host="upstream.test")
    yield Mocked(app, router), exporter
    provider.shutdown()


async def test_a_call_and_its_upstream_request_continue_the_clients_trace(traced):
    relay, exporter = traced
    relay.router.post("/responses").respond(200, json={
        "model": "gpt-traced", "usage": {"input_tokens": 12, "output_tokens": 5,
                                         "input_tokens_details": {"cached_tokens": 2}}})
    r = await relay.request("POST", "/v1/responses", json={"model": "gpt-traced"},
                            headers={"traceparent": TRACEPARENT, "tracestate": "vendor=1"})
    assert r.status_code == 200
    spans = {span.kind: span for span in exporter.get_finished_spans()}
    assert len(exporter.get_finished_spans()) == 2
    server, client = spans[SpanKind.SERVER], spans[SpanKind.CLIENT]
    assert format(server.context.trace_id, "032x") == TRACE_ID
    assert format(server.parent.span_id, "016x") == CLIENT_SPAN and server.parent.is_remote
    assert client.parent.span_id == server.context.span_id and client.context.trace_id == server.context.trace_id
    assert server.name == "chat gpt-traced" and client.name == "upstream createResponse"  # "{operation} {model}"
    attrs = server.attributes
    assert attrs["gen_ai.operation.name"] == "chat" and attrs["gen_ai.provider.name"] == "openai"
    assert attrs["gen_ai.response.model"] == "gpt-traced"
    assert attrs["gen_ai.usage.input_tokens"] == 12 and attrs["gen_ai.usage.output_tokens"] == 5
    assert attrs["gen_ai.usage.cache_read.input_tokens"] == 2
    assert attrs["http.response.status_code"] == 200 and attrs["relay.key.name"] == "env-1"
    assert attrs["http.route"] == "/v1/responses" and attrs["relay.request_id"] == r.headers["x-relay-request-id"]
    assert client.attributes["server.address"] == "upstream.test"
    assert server.status.status_code != StatusCode.ERROR
    # upstream got the relay's span as parent (one traceparent), the client's tracestate as it was
    sent = relay.upstream_requests()[0]
    assert sent.headers.get_list("traceparent") == [
        f"00-{TRACE_ID}-{format(client.context.span_id, '016x')}-01"]
    assert sent.headers["tracestate"] == "vendor=1"


async def test_the_request_model_names_the_span(traced):
    relay, exporter = traced
    relay.router.get("/files").respond(200, json={})
    call_model = {}
    original = relay.app.tracer.finish

    def finish(call):  # stands in for the integrator's request-model reader: call.model set before the end
        call.model = call_model["model"] = "gpt-named"
        original(call)

    relay.app.tracer.finish = finish
    assert (await relay.request("GET", "/v1/files")).status_code == 200
    server = next(s for s in exporter.get_finished_spans() if s.kind == SpanKind.SERVER)
    assert server.name == "listFiles gpt-named" and server.attributes["gen_ai.request.model"] == "gpt-named"
    assert server.parent is None  # no traceparent from the client: a new trace


async def test_a_refused_call_has_one_span_marked_as_an_error(traced):
    relay, exporter = traced
    r = await relay.request("GET", "/v1/files", key="rk-wrong", headers={"traceparent": TRACEPARENT})
    assert r.status_code == 401
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code == StatusCode.ERROR and span.attributes["error.type"] == "auth"
    assert span.attributes["relay.key.name"] == "-" and format(span.context.trace_id, "032x") == TRACE_ID


async def test_upstream_failure_marks_both_spans(traced):
    import httpx

    relay, exporter = traced
    relay.router.get("/files").mock(side_effect=httpx.ConnectError("refused"))
    assert (await relay.request("GET", "/v1/files")).status_code == 502
    spans = {span.kind: span for span in exporter.get_finished_spans()}
    assert spans[SpanKind.CLIENT].status.status_code == StatusCode.ERROR
    assert spans[SpanKind.SERVER].attributes["error.type"] == "upstream_error"


def test_the_environment_turns_tracing_on():
    assert not wanted({}) and not wanted({"OTEL_TRACES_EXPORTER": "none", "OTEL_SERVICE_NAME": "relay"})
    assert wanted({"OTEL_SERVICE_NAME": "relay"}) and wanted({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:1"})
    assert not wanted({"OTEL_SERVICE_NAME": "relay", "OTEL_SDK_DISABLED": "true"})
    assert tracer_from_env({}) is None
    tracer = tracer_from_env({"OTEL_TRACES_EXPORTER": "console"})
    assert isinstance(tracer, RelayTracer)
    tracer.shutdown()
    otlp = tracer_from_env({"OTEL_SERVICE_NAME": "relay", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:9"})
    assert isinstance(otlp, RelayTracer)  # the default exporter (OTLP over HTTP); nothing sent until a span ends
    otlp.shutdown()


def _run(code: str, **env) -> subprocess.CompletedProcess:
    import os

    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "RELAY_", "OPENAI_"))}
    environ.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True, timeout=60)


_BUILD = ("import sys; from runtime.app import build_app; from runtime.catalog import Catalog; "
          "from runtime.config import load_settings; "
          "app = build_app(Catalog([]), settings=load_settings(RELAY_KEYS='k', _env_file=None)); ")


def test_off_imports_nothing_of_the_sdk():
    """(opentelemetry-api itself may be imported: recent FastAPI releases import it.)"""
    result = _run(_BUILD + "print(app.tracer, any(m.startswith(('opentelemetry.sdk', 'opentelemetry.exporter', "
                           "'runtime.tracing.spans')) for m in sys.modules))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", "False"]


def test_asked_for_but_not_installed_is_one_warning_and_no_tracing():
    result = _run("import sys; sys.modules['opentelemetry.sdk'] = None; import logging; logging.basicConfig(); "
                  + _BUILD + "print(app.tracer)", OTEL_SERVICE_NAME="relay")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None"
    assert "OpenTelemetry is not installed" in result.stderr and "[otel]" in result.stderr


async def test_off_passes_the_clients_traceparent_through():
    router = respx.MockRouter(base_url=UPSTREAM, assert_all_called=False)
    router.get("/files").respond(200, json={})
    relay = Mocked(build_app(make_catalog(), (), settings=make_settings(), upstream=mocked_upstream(router)), router)
    await relay.request("GET", "/v1/files", headers={"traceparent": TRACEPARENT})
    assert relay.upstream_requests()[0].headers["traceparent"] == TRACEPARENT
