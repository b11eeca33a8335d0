"""`GET /metrics`: the Prometheus text format, for a relay key with the `manage` scope (Bearer, what
Prometheus' `authorization` setting sends) unless the metrics are public (`RELAY_METRICS_PUBLIC=true`)."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST

from ..auth import token_from_headers
from ..errors import RelayError, send_error

__all__ = ["serve_metrics"]

_MISSING_KEY = RelayError(401, "The metrics need a relay key with the 'manage' scope: send it as "
                               "'Authorization: Bearer <relay key>'.", code="invalid_api_key")
_NOT_MANAGE = RelayError(403, "This relay key may not read the metrics (needs scope 'manage').",
                         code="insufficient_scope")
_METHOD = RelayError(405, "Only GET and HEAD are allowed for /metrics.", code="method_not_allowed",
                     headers=[(b"allow", b"GET, HEAD")])


async def serve_metrics(metrics, scope, send, authenticate, public: bool, headers=()) -> int:
    """Answer one scrape; return the status sent."""
    headers = list(headers)
    if scope["method"] not in ("GET", "HEAD"):
        await send_error(send, _METHOD, headers)
        return _METHOD.status
    if not public:
        key = authenticate(token_from_headers(scope["headers"])) if authenticate is not None else None
        if key is None:
            await send_error(send, _MISSING_KEY, headers)
            return _MISSING_KEY.status
        if "manage" not in key.scopes:
            await send_error(send, _NOT_MANAGE, headers)
            return _NOT_MANAGE.status
    body = await metrics.scrape()
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", CONTENT_TYPE_LATEST.encode()), (b"content-length", b"%d" % len(body)),
        (b"cache-control", b"no-store"), *headers]})
    await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
    return 200
