"""The console's HTTP plumbing on raw ASGI: reading a request (query, cookies, a small form body), the
same-origin check for changes, and responses that always carry the console's security headers."""

from __future__ import annotations

import json
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, urlsplit

from ..errors import RelayError

__all__ = ["SECURITY_HEADERS", "Request", "redirect", "respond", "respond_json"]

_MAX_FORM = 64 * 1024

# No inline script or style anywhere: scripts and styles are files served by the console itself.
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", _CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Request:
    def __init__(self, scope, receive, public_url: str | None = None):
        self.scope = scope
        self._receive = receive
        self._public_url = public_url
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", ()):
            headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self.headers = headers
        self.query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))

    @property
    def https(self) -> bool:
        forwarded = self.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
        return forwarded == "https" or self.scope.get("scheme") == "https"

    def cookie(self, name: str) -> str | None:
        raw = self.headers.get("cookie")
        if not raw:
            return None
        jar = SimpleCookie()
        try:
            jar.load(raw)
        except CookieError:
            return None
        morsel = jar.get(name)
        return morsel.value if morsel is not None else None

    async def form(self) -> dict[str, list[str]]:
        """An application/x-www-form-urlencoded body (at most 64 KiB) as {name: [values]}; any other body is
        an empty form (its change then fails the CSRF check unless the token came as a header)."""
        kind = self.headers.get("content-type", "").split(";")[0].strip().lower()
        chunks, size = [], 0
        while True:
            message = await self._receive()
            if message["type"] == "http.disconnect":
                raise RelayError(400, "The client went away before sending the whole form.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > _MAX_FORM:
                raise RelayError(413, f"The form is larger than {_MAX_FORM // 1024} KiB.")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        if kind != "application/x-www-form-urlencoded":
            return {}
        try:
            pairs = parse_qsl(b"".join(chunks).decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise RelayError(400, "The form is not UTF-8.") from None
        form: dict[str, list[str]] = {}
        for name, value in pairs:
            form.setdefault(name, []).append(value)
        return form

    def same_origin(self) -> bool:
        """Whether a change comes from the console's own pages: the browser's Fetch-Metadata
        (`Sec-Fetch-Site`, which pages cannot set) must say same-origin when present; an `Origin` (or, without
        one, a `Referer`) must be this relay's. Under the console's `Referrer-Policy: no-referrer` a browser
        sends `Origin: null` for its own form posts, so then Sec-Fetch-Site decides. Neither: refused."""
        site = self.headers.get("sec-fetch-site")
        if site is not None and site != "same-origin":
            return False
        origin = self.headers.get("origin")
        if origin and origin != "null":
            return origin.rstrip("/").lower() in self._own_origins()
        if site == "same-origin":
            return True
        referer = self.headers.get("referer")
        if referer:
            parts = urlsplit(referer)
            return f"{parts.scheme}://{parts.netloc}".lower() in self._own_origins()
        return False

    def _own_origins(self) -> set[str]:
        origins = set()
        host = self.headers.get("host")
        scheme = "https" if self.https else self.scope.get("scheme", "http")
        if host:
            origins.add(f"{scheme}://{host}".lower())
        forwarded_host = self.headers.get("x-forwarded-host", "").split(",")[0].strip()
        if forwarded_host:
            origins.add(f"{scheme}://{forwarded_host}".lower())
        if self._public_url:
            parts = urlsplit(self._public_url)
            origins.add(f"{parts.scheme}://{parts.netloc}".lower())
        return origins


async def respond(send, status: int, body: bytes | str = b"", *, content_type: str = "text/html; charset=utf-8",
                  headers: list[tuple[bytes, bytes]] = ()) -> None:
    """Send a whole response with the console's security headers. The body's framing is left to the server
    (runtime/server.py currently repeats an app's Content-Length, which strict clients refuse)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", content_type.encode()), *SECURITY_HEADERS, *headers,
    ]})
    await send({"type": "http.response.body", "body": body})


async def redirect(send, location: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    await respond(send, 303, b"", headers=[(b"location", location.encode()), *headers])


async def respond_json(send, status: int, data) -> None:
    await respond(send, status, json.dumps(data, separators=(",", ":")), content_type="application/json")
