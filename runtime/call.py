"""`Call`: one relayed call as it goes through the relay, filled in by the front and the forwarder and handed,
when it ends, to the access log, the ledger, the limiter and the metrics (docs/team-layer.md)."""

from __future__ import annotations

__all__ = ["Call"]


class Call:
    __slots__ = (
        "actions", "bytes_in", "bytes_out", "cost_usd", "counted", "key", "lease", "method", "model", "op", "path",
        "reason", "request_id", "started", "status", "trace", "ttfb", "upstream_headers", "usage",
    )

    def __init__(self, request_id: bytes, method: str, path: str, started: float):
        self.request_id = request_id
        self.method = method
        self.path = path  # the raw path as the client sent it (for the access log)
        self.started = started  # time.perf_counter()
        self.key = None  # KeyRecord once authenticated
        self.counted = False  # the metrics count it in flight for its key
        self.op = None  # OperationSpec once dispatched
        self.actions = False  # an Actions call (validated, shaped): /actions/..., or a key with only `actions`
        self.status = 0  # sent to the client; 0: the client went away first
        self.reason: str | None = None  # why the relay refused it: auth, scope, path, body, limits, ...
        self.ttfb: float | None = None  # seconds from `started` to upstream's response head
        self.bytes_in = 0  # request body bytes sent upstream
        self.bytes_out = 0  # response body bytes sent to the client
        self.usage = None  # runtime.usage.records.Usage, when upstream reported it
        self.model: str | None = None  # the model the call named (request) or upstream reported
        self.cost_usd: float | None = None  # USD, priced by the team layer when the call ends
        self.lease = None  # the limiter's hold on this call (released when it ends)
        self.upstream_headers = None  # upstream's response headers as received (metrics read x-ratelimit-*)
        self.trace = None  # runtime.tracing's spans of this call, when tracing is on
