"""One span per relayed call, with a child span for its upstream request (OpenTelemetry SDK; imported only
when tracing is on).

- The call's span (kind SERVER) continues the client's W3C `traceparent` (and `tracestate`) when it sends one.
  Its name and attributes follow OpenTelemetry's GenAI semantic conventions: `{gen_ai.operation.name}
  {gen_ai.request.model}`, `gen_ai.operation.name`, `gen_ai.provider.name` (and the older `gen_ai.system`),
  `gen_ai.request.model`, `gen_ai.response.model`, `gen_ai.usage.input_tokens` / `output_tokens` /
  `cache_read.input_tokens`, plus `http.request.method`, `http.route`, `http.response.status_code`,
  `relay.key.name`, `relay.request_id`, and `error.type` (the relay's refusal reason, or the status) on failures.
- The upstream span (kind CLIENT) is the call's child; upstream gets the relay's `traceparent` for it in place
  of the client's, so upstream's spans (if it records any) hang under the relay's and the trace stays one
  tree. `tracestate` passes through as the client sent it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

__all__ = ["RelayTracer"]

log = logging.getLogger("relay.tracing")

_PROPAGATOR = TraceContextTextMapPropagator()
# operationId -> gen_ai.operation.name (well-known values); other operations use their operationId
_GENAI_OPERATIONS = {
    "createChatCompletion": "chat",
    "createResponse": "chat",
    "createCompletion": "text_completion",
    "createEmbedding": "embeddings",
}


class RelayTracer:
    def __init__(self, tracer: trace.Tracer, provider: TracerProvider | None = None, upstream_host: str = ""):
        self._tracer = tracer
        self._provider = provider
        self.upstream_host = upstream_host

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> RelayTracer | None:
        provider = TracerProvider(resource=Resource.create())  # OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES
        exporters = [e.strip().lower() for e in environ.get("OTEL_TRACES_EXPORTER", "otlp").split(",") if e.strip()]
        added = 0
        for name in exporters:
            exporter = _exporter(name, environ)
            if exporter is not None:
                provider.add_span_processor(BatchSpanProcessor(exporter))
                added += 1
        if not added:
            return None
        log.info("tracing on: exporting spans with %s", ", ".join(exporters))
        return cls(provider.get_tracer("chatgpt-team-relay"), provider)

    def begin(self, call, scope) -> None:
        """The call's span, continuing the client's trace context (called when the call arrives)."""
        carrier = {}
        for name, value in scope["headers"]:
            if name == b"traceparent" or name == b"tracestate":
                carrier[name.decode()] = value.decode("latin-1")
        context = _PROPAGATOR.extract(carrier) if carrier else None
        span = self._tracer.start_span("relay", context=context, kind=SpanKind.SERVER,
                                       attributes={"http.request.method": call.method,
                                                   "relay.request_id": call.request_id.decode()})
        call.trace = _Trace(self, span)

    def finish(self, call) -> None:
        """Name, attributes and end of the call's spans (called once when the call ends)."""
        state: _Trace = call.trace
        span = state.span
        op = call.op
        usage = call.usage
        key = call.key
        status = call.status
        operation = _GENAI_OPERATIONS.get(op.operation_id, op.operation_id) if op is not None else None
        model = call.model
        attributes = {"http.response.status_code": status, "relay.key.name": key.name if key is not None else "-"}
        if op is not None:
            attributes.update({"gen_ai.operation.name": operation, "gen_ai.provider.name": "openai",
                               "gen_ai.system": "openai", "http.route": "/v1" + op.path,
                               "relay.operation_id": op.operation_id})
        if model:
            attributes["gen_ai.request.model"] = model
        if usage is not None:
            if usage.model:
                attributes["gen_ai.response.model"] = usage.model
            attributes["gen_ai.usage.input_tokens"] = usage.input
            attributes["gen_ai.usage.output_tokens"] = usage.output
            attributes["gen_ai.usage.cache_read.input_tokens"] = usage.cached
        if call.cost_usd is not None:
            attributes["relay.cost_usd"] = call.cost_usd
        failed = call.reason is not None or status >= 500 or status == 0
        if failed:
            attributes["error.type"] = call.reason or (str(status) if status else "client_gone")
        span.set_attributes(attributes)
        if operation is not None:
            span.update_name(f"{operation} {model}" if model else operation)
        upstream = state.upstream
        if upstream is not None:
            if call.ttfb is not None:
                upstream.set_attribute("http.response.status_code", status)
            if failed:
                upstream.set_attribute("error.type", attributes["error.type"])
                upstream.set_status(Status(StatusCode.ERROR))
            upstream.end()
        if failed:
            span.set_status(Status(StatusCode.ERROR))
        span.end()
        call.trace = None

    def shutdown(self) -> None:
        if self._provider is not None:
            self._provider.shutdown()


class _Trace:
    """The spans of one call (`call.trace`)."""

    __slots__ = ("span", "tracer", "upstream")

    def __init__(self, tracer: RelayTracer, span):
        self.tracer = tracer
        self.span = span
        self.upstream = None

    def upstream_started(self, call, headers: list) -> None:
        """The upstream span, a child of the call's; `headers` (upstream request headers, changed in place)
        carry its `traceparent` instead of the client's. Called by the forwarder just before the request."""
        context = trace.set_span_in_context(self.span)
        op = call.op
        name = f"upstream {op.operation_id}" if op is not None else "upstream"
        attributes = {"http.request.method": call.method}
        if self.tracer.upstream_host:
            attributes["server.address"] = self.tracer.upstream_host
        self.upstream = self.tracer._tracer.start_span(name, context=context, kind=SpanKind.CLIENT,
                                                       attributes=attributes)
        carrier: dict[str, str] = {}
        _PROPAGATOR.inject(carrier, context=trace.set_span_in_context(self.upstream))
        headers[:] = [h for h in headers if h[0] != b"traceparent"]
        if "traceparent" in carrier:
            headers.append((b"traceparent", carrier["traceparent"].encode()))


def _exporter(name: str, environ: Mapping[str, str]):
    if name == "none":
        return None
    if name == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        return ConsoleSpanExporter()
    if name == "otlp":
        protocol = (environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
                    or "http/protobuf").strip().lower()
        try:
            if protocol == "grpc":
                from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
            else:
                from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        except ImportError as exc:
            log.warning("OTLP %s exporter not installed (%s): no spans are exported", protocol, exc)
            return None
        return OTLPSpanExporter()  # endpoint, headers, timeout: OTEL_EXPORTER_OTLP_* from the environment
    log.warning("OTEL_TRACES_EXPORTER %r is not supported (otlp, console, none): ignored", name)
    return None
