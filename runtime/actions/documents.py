"""The published Actions documents: `GET /actions/openapi.json|yaml` and `GET /actions/tools.json` (public).

The generated Actions document (`<generated_dir>/actions/openapi.json`) is served with `servers` set to the
relay's public URL — `RELAY_PUBLIC_URL` when configured, else derived from the request (`X-Forwarded-Proto`/
`X-Forwarded-Host`, else `Host`). The GPT builder only accepts an `https://` server: behind a proxy that does
not send `X-Forwarded-Proto` the derived URL is `http://...`, which is served anyway but refused by the builder —
set `RELAY_PUBLIC_URL`. The same URL is the origin of the signed file links (runtime/actions/files_out.py).
The generated files are read once, when the app is built; `runtime` never imports `generated`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from fastapi.responses import Response

from ..errors import RelayError

__all__ = ["ActionsDocuments"]

_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")
_SERVED_VARIANTS = 8  # documents kept serialised per derived server URL


class ActionsDocuments:
    """The generated Actions document and tools manifest, loaded once, served with the live server URL."""

    def __init__(self, generated_dir: Path | None, public_url: str | None):
        self.public_url = public_url.rstrip("/") if public_url else None
        self.document: dict | None = None
        self.tools: bytes | None = None
        folder = Path(generated_dir) / "actions" if generated_dir else None
        if folder is not None and (folder / "openapi.json").is_file():
            self.document = json.loads((folder / "openapi.json").read_bytes())
        if folder is not None and (folder / "tools.json").is_file():
            self.tools = (folder / "tools.json").read_bytes()
        self._served: dict[tuple[str, str], bytes] = {}

    def server_url(self, scope) -> str:
        """`RELAY_PUBLIC_URL`, else the URL the client used to reach the relay (proxy headers first)."""
        if self.public_url:
            return self.public_url
        headers = {}
        for name, value in scope.get("headers", ()):
            headers.setdefault(name, value.decode("latin-1"))
        proto = headers.get(b"x-forwarded-proto", "").split(",")[0].strip().lower()
        if proto not in ("http", "https"):
            proto = scope.get("scheme", "http") if scope.get("scheme") in ("http", "https") else "http"
        host = headers.get(b"x-forwarded-host", "").split(",")[0].strip()
        if not _HOST.match(host):
            host = headers.get(b"host", "").strip()
        if not _HOST.match(host):
            server = scope.get("server")
            host = f"{server[0]}:{server[1]}" if server else "localhost"
        root = (scope.get("root_path") or "").rstrip("/")
        return f"{proto}://{host}{root}"

    def render(self, server: str, fmt: str) -> bytes:
        key = (server, fmt)
        body = self._served.get(key)
        if body is None:
            document = dict(self.document or {})
            document["servers"] = [{"url": server}]
            if fmt == "yaml":
                body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120).encode()
            else:
                body = (json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n").encode()
            if len(self._served) >= _SERVED_VARIANTS:  # Host is the client's to choose: keep few
                self._served.pop(next(iter(self._served)))
            self._served[key] = body
        return body

    def response(self, request, fmt: str) -> Response:
        if self.document is None:
            return _missing("The Actions OpenAPI document has not been generated (run `relay generate`).")
        body = self.render(self.server_url(request.scope), fmt)
        media = "application/yaml" if fmt == "yaml" else "application/json"
        return Response(body, media_type=media, headers={"cache-control": "no-cache"})

    def tools_response(self) -> Response:
        if self.tools is None:
            return _missing("The Actions tools manifest has not been generated (run `relay generate`).")
        return Response(self.tools, media_type="application/json", headers={"cache-control": "no-cache"})


def _missing(message: str) -> Response:
    error = RelayError(404, message, code="not_generated")
    return Response(error.body(), status_code=404, media_type="application/json")


