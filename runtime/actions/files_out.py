"""Files out: file content and generated images reach ChatGPT as `openaiFileResponse`.

ChatGPT accepts up to 10 files of at most 10 MB each, inline (`{name, mime_type, content}` in base64) or as
URLs it fetches within 10 s; they join the conversation like a user's upload. The relay answers:

- small files (base64 within half of `RELAY_ACTIONS_MAX_CHARS`) inline;
- others as a **signed link** `<public URL>/actions/files/<token>`: the token names the OpenAI file, its name,
  type, size and an expiry (`RELAY_ACTIONS_FILE_URL_TTL`), signed with HMAC-SHA256 under a key derived from
  `RELAY_KEY_SECRET` (runtime/store/paths.py), which every instance shares. Fetching it needs no relay key:
  any instance checks the signature and streams `GET /v1/files/{id}/content` from upstream with the file's
  `Content-Type` and `Content-Disposition`. The bytes stay in OpenAI's Files API; no instance holds state.
- generated images (`image_generation_call.result`, base64 in a Response) that do not fit inline are first
  uploaded to OpenAI Files through the pipeline (`purpose: user_data`, expiring after an hour), then linked.
- `downloadFile` (`files_out`): the file's metadata first (`GET /v1/files/{id}`), then inline or a link;
  files over 10 MB are described, not returned.

The link fetch is the one upstream call not made through `RelayApp.relay`: it carries no relay key by design
(the signature, minted during an authenticated Actions call, is its authority), so it goes to the relay's
`Forwarder` directly — same upstream key, header rules, timeouts and streaming — as the key that minted the
link (named in the token): a link whose key the relay no longer has is refused (410).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import logging
import time
from urllib.parse import quote, unquote

from ..call import Call
from ..errors import RelayError, send_error
from ..forward import REQUEST_ID_HEADER
from ..internal import inner_scope
from .answer import Answer
from .filedata import HEAD_BYTES, content_disposition, multipart_upload, safe_name, sniff_type

__all__ = ["CHATGPT_FILE_LIMIT", "LINK_PREFIX", "FileLinkEndpoint", "FileLinks", "LinkExpired", "LinkInvalid",
           "download", "image_files"]

log = logging.getLogger("relay")

LINK_PREFIX = "/actions/files/"
CHATGPT_FILE_LIMIT = 10 * 1000 * 1000  # bytes per file ChatGPT takes ("10 MB")
IMAGE_FILE_SECONDS = 3600  # generated images kept in OpenAI Files: an hour (the API's minimum)
_LABEL = b"chatgpt-team-relay/actions-file-link/v1"
_IMAGE_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp"}


class LinkInvalid(Exception):
    pass


class LinkExpired(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class FileLinks:
    """Signs and checks file links. The key is derived from the relay's key secret on first use."""

    def __init__(self, settings):
        self.ttl = settings.relay_actions_file_url_ttl
        self._settings = settings
        self._key: bytes | None = None

    def _secret(self) -> bytes:
        if self._key is None:
            from ..store import paths

            source = self._settings if hasattr(self._settings, "relay_key_secret") else paths.environment()
            self._key = hmac.new(paths.key_secret(source), _LABEL, hashlib.sha256).digest()
        return self._key

    def token(self, file_id: str, name: str, mime: str, size: int | None, key: str | None = None,
              now: float | None = None) -> str:
        claims = {"f": file_id, "n": name, "t": mime, "s": size, "k": key,
                  "e": int((now or time.time()) + self.ttl)}
        payload = _b64(json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode())
        return payload + "." + _b64(hmac.new(self._secret(), payload.encode(), hashlib.sha256).digest())

    def url(self, server: str, file_id: str, name: str, mime: str, size: int | None, key=None) -> str:
        """The link for a file, minted for `key` (the caller's key record: the fetch is made as that key)."""
        return server.rstrip("/") + LINK_PREFIX + self.token(file_id, name, mime, size, key_ident(key))

    def verify(self, token: str, now: float | None = None) -> dict:
        """The claims of a valid token; `LinkInvalid` or `LinkExpired` otherwise."""
        payload, dot, mac = token.partition(".")
        if not dot or not payload or not mac or len(token) > 4096:
            raise LinkInvalid()
        try:
            expected = hmac.new(self._secret(), payload.encode("ascii"), hashlib.sha256).digest()
            if not hmac.compare_digest(expected, _unb64(mac)):
                raise LinkInvalid()
            claims = json.loads(_unb64(payload))
        except (ValueError, UnicodeError, binascii.Error):
            raise LinkInvalid() from None
        if not isinstance(claims, dict) or not isinstance(claims.get("f"), str) or \
                not isinstance(claims.get("e"), int):
            raise LinkInvalid()
        if claims["e"] < (now or time.time()):
            raise LinkExpired()
        return claims


def key_ident(key) -> str | None:
    """How a link names the key that minted it: the key record's id (database keys), else its name."""
    if key is None:
        return None
    return str(getattr(key, "id", None) or key.name)


def signing_key(keystore, ident):
    """The key record a link names, if it is still active (None: revoked, expired, removed, or a link without
    a key). With relay auth off every link is the open key's."""
    if not keystore.required:
        from ..keys.ring import OPEN_ACCESS

        return OPEN_ACCESS
    now = time.time()
    for key in keystore.keys():
        if ident is not None and key_ident(key) == ident:
            return key if key.active(now) else None
    return None


def inline_limit(max_chars: int) -> int:
    """Bytes whose base64 takes at most half of the answer's character limit."""
    return (max_chars // 2) // 4 * 3


# --- downloadFile ------------------------------------------------------------------------------------------------

async def download(call) -> Answer:
    """`files_out` on `GET /files/{file_id}/content`."""
    parts = call.path.split("/")
    file_id = unquote(parts[2]) if len(parts) > 2 else ""
    meta_resp = await call.call("GET", "/files/" + quote(file_id, safe=""))
    if not (200 <= meta_resp.status < 300 and meta_resp.is_json):
        return call.answer(meta_resp)
    try:
        meta = meta_resp.json()
    except ValueError:
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    size = meta.get("bytes") if isinstance(meta.get("bytes"), int) else None
    mime = sniff_type(b"", str(meta.get("filename") or ""))
    name = safe_name(meta.get("filename") or file_id, mime, fallback=file_id or "file")
    base = {"file_id": file_id, "filename": name, "bytes": size, "mime_type": mime}
    if size is not None and size > CHATGPT_FILE_LIMIT:
        return Answer(200, {**base, "relay_note": f"The file is {size} bytes, more than the 10 MB ChatGPT accepts "
                                                  "per file, so it is not returned."})
    if size is not None and size <= inline_limit(call.gateway.max_chars):
        content = await call.call("GET", call.path)
        if not (200 <= content.status < 300):
            return call.answer(content)
        mime = sniff_type(content.body[:HEAD_BYTES], name)
        return Answer(200, {**base, "mime_type": mime, "bytes": len(content.body)},
                      files=[{"name": name, "mime_type": mime, "content": base64.b64encode(content.body).decode()}])
    return Answer(200, base, files=[call.gateway.links.url(call.server_url(), file_id, name, mime, size, call.key)])


# --- generated images ----------------------------------------------------------------------------------------------

async def image_files(call, response: dict) -> tuple[list, list[str]]:
    """Turn the base64 images in a Response's output into `openaiFileResponse` entries (the items' `result`
    is replaced by a pointer to the file). Returns (files, notes for the GPT)."""
    items = [item for item in response.get("output") or () if isinstance(item, dict)
             and item.get("type") == "image_generation_call" and isinstance(item.get("result"), str)
             and item["result"]]
    if not items:
        return [], []
    images, notes = [], []
    short_id = str(response.get("id", "response"))[-12:]
    for number, item in enumerate(items[:10], 1):
        try:
            data = base64.b64decode(item["result"], validate=False)
        except (binascii.Error, ValueError):
            item["result"] = "(not valid base64)"
            continue
        fmt = str(item.get("output_format") or "").lower()
        mime = _IMAGE_TYPES.get(fmt) or sniff_type(data[:HEAD_BYTES], "", "image/png")
        ext = {"image/jpeg": "jpg", "image/webp": "webp"}.get(mime, "png")
        images.append((item, f"image-{short_id}-{number}.{ext}", mime, data))
    for item in items[10:]:
        item["result"] = "(not returned: ChatGPT takes at most 10 files per answer)"
    encoded = sum(-(-len(data) // 3) * 4 for _, _, _, data in images)
    if encoded <= call.gateway.max_chars // 2:
        files = []
        for item, name, mime, data in images:
            files.append({"name": name, "mime_type": mime, "content": base64.b64encode(data).decode()})
            item["result"] = f"(returned as the file {name} in openaiFileResponse)"
        return files, notes
    links = await asyncio.gather(*(_store_image(call, name, mime, data) for _, name, mime, data in images))
    files = []
    for (item, name, _, _), (link, problem) in zip(images, links):
        if link is not None:
            files.append(link)
            item["result"] = f"(returned as the file {name} in openaiFileResponse)"
        else:
            item["result"] = f"(not returned: {problem})"
            notes.append(f"The image {name} could not be stored as a file ({problem}); call getResponse again "
                         "to retry.")
    return files, notes


async def _store_image(call, name: str, mime: str, data: bytes) -> tuple[str | None, str]:
    fields = [("purpose", "user_data"), ("expires_after[anchor]", "created_at"),
              ("expires_after[seconds]", str(IMAGE_FILE_SECONDS))]
    content_type, length, chunks = multipart_upload(fields, name, mime, len(data), data)
    resp = await call.call("POST", "/files", chunks=chunks, length=length, content_type=content_type)
    file_id = None
    if 200 <= resp.status < 300 and resp.is_json:
        try:
            file_id = resp.json().get("id")
        except (ValueError, AttributeError):
            file_id = None
    if not isinstance(file_id, str) or not file_id:
        log.warning("%s storing a generated image failed: status %d", call.request_id.decode(), resp.status)
        return None, f"OpenAI Files answered {resp.status}"
    return call.gateway.links.url(call.server_url(), file_id, name, mime, len(data), call.key), ""


# --- GET /actions/files/<token> -----------------------------------------------------------------------------------

class FileLinkEndpoint:
    """Serves signed file links: no relay key; the file's bytes streamed from upstream."""

    def __init__(self, relay, links: FileLinks):
        self.relay = relay
        self.links = links
        self.op = relay.catalog.get("downloadFile")

    async def __call__(self, scope, receive, send) -> None:
        outer = (scope.get("state") or {}).get("request_id")
        rid = outer.encode() if isinstance(outer, str) else self.relay.new_request_id()
        extra = [] if outer else [(REQUEST_ID_HEADER, rid)]
        token = scope["path"][len(LINK_PREFIX):].split("/", 1)[0]
        try:
            claims = self.links.verify(token)
        except LinkExpired:
            await send_error(send, RelayError(410, "This file link has expired; ask for the file again.",
                                              code="link_expired"), extra)
            return
        except LinkInvalid:
            await send_error(send, RelayError(404, "This file link is not valid.", code="invalid_link"), extra)
            return
        if self.op is None:
            await send_error(send, RelayError(404, "File downloads are not available on this relay.",
                                              code="unknown_url"), extra)
            return
        key = signing_key(self.relay.keystore, claims.get("k"))
        if key is None:
            await send_error(send, RelayError(410, "The relay key this link was made for is no longer valid.",
                                              code="link_expired"), extra)
            return
        headers = [(b"content-type", str(claims.get("t") or "application/octet-stream").encode("latin-1", "replace")),
                   (b"content-disposition", content_disposition(str(claims.get("n") or claims["f"]))),
                   (b"cache-control", b"private, no-store"), (b"x-content-type-options", b"nosniff"), *extra]
        if scope["method"] == "HEAD":
            size = claims.get("s")
            if isinstance(size, int):
                headers.append((b"content-length", str(size).encode()))
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        path = "/files/" + quote(claims["f"], safe="") + "/content"
        inner = inner_scope({"headers": []}, "GET", path, headers=[(b"accept-encoding", b"identity")])
        call = Call(rid, "GET", inner["raw_path"], time.perf_counter())
        call.op = self.op
        call.key = key  # the fetch counts as the minting key's (limits, ledger), like its Actions call did
        call.actions = True
        await self.relay.forward(call, inner, receive, _FileSend(send, headers, extra))


class _FileSend:
    """Upstream's 200 goes out with the file's own headers (none of upstream's); anything else becomes the
    relay's error envelope."""

    def __init__(self, send, headers, extra):
        self._send = send
        self._headers = headers
        self._extra = extra
        self._passing = False

    async def __call__(self, message) -> None:
        if message["type"] == "http.response.start":
            status = message["status"]
            if status == 200:
                self._passing = True
                length = [(n, v) for n, v in message.get("headers", ()) if n == b"content-length"]
                await self._send({"type": "http.response.start", "status": 200,
                                  "headers": [*self._headers, *length]})
                return
            log.warning("file link: upstream answered %d", status)
            error = RelayError(404, "The file is no longer available.", code="file_gone") if status == 404 else \
                RelayError(502, "The file could not be fetched from the OpenAI API; try again.", code="upstream_error")
            await send_error(self._send, error, self._extra)
        elif self._passing:
            await self._send(message)
