"""Files in: `importChatFiles` (`files_in` on `POST /files`) takes the files a user attached in ChatGPT.

ChatGPT sends them as `openaiFileIdRefs`: up to 10 objects `{name, id, mime_type, download_link}` (declared as an
array of strings in the schema, as ChatGPT requires), whose links expire after five minutes. For each one, in
parallel, within the call's time budget:

1. the link is checked **before anything is fetched**: its host must be in `RELAY_ACTIONS_FILE_HOSTS` (default
   ChatGPT's `files.oaiusercontent.com`; entries are `host` or `host:port`), `https` unless the host is a
   loopback one (`localhost`, 127.0.0.0/8, ::1: tests), no user info, the scheme's port unless the entry names
   one (a loopback entry without a port: any port);
2. the host's addresses are checked when it is resolved, and only checked addresses are connected to: a listed
   name must resolve to public addresses only (a loopback host to loopback ones) — no private, link-local,
   shared or reserved address, whatever DNS says; IP literals are checked the same way before connecting;
3. the file is downloaded streamed into a spooled temporary file, counted against
   `RELAY_ACTIONS_MAX_FILE_BYTES`; redirects are followed by hand (at most 3), each target checked as in 1–2;
4. its type is sniffed from its first bytes (`mime_type` from ChatGPT comes from the file's extension);
5. it is uploaded to `POST /v1/files` through the relay's own pipeline as multipart built by the relay (same key,
   scopes, limits, ledger), and added to `vector_store_id` when given (`POST /v1/vector_stores/{id}/files`).

The answer lists the files imported (`file_id`, `filename`, `bytes`, `mime_type`, ...) and, per file, what went
wrong with the others; if none could be imported it is a 400 saying why.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import socket
import tempfile
import time
from collections.abc import Awaitable, Callable
from urllib.parse import quote, urljoin, urlsplit

from ..errors import RelayError
from .answer import Answer
from .filedata import HEAD_BYTES, multipart_upload, safe_name, sniff_type

__all__ = ["MAX_FILES", "FileFetcher", "LinkRefused", "import_files"]

log = logging.getLogger("relay")

MAX_FILES = 10  # ChatGPT sends at most ten
_MAX_REDIRECTS = 3
_PARALLEL = 4
_SPOOL_BYTES = 1024 * 1024  # a download is kept in memory up to this, then on disk
_CONNECT_TIMEOUT = 10.0
_DEFAULT_PORTS = {"https": 443, "http": 80}
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_ID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")

Lookup = Callable[[str, int], Awaitable[list[str]]]


class LinkRefused(Exception):
    """A download link the relay will not fetch, or a download that failed; the message is for the GPT."""


def _is_loopback_host(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _address_ok(address: str, loopback_host: bool) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if loopback_host:
        return ip.is_loopback
    return ip.is_global and not ip.is_multicast


async def _system_lookup(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class FileFetcher:
    """Downloads ChatGPT's file links under the rules above. `lookup(host, port)` resolves names (a stub in
    tests); `check(url)` is the allowlist check alone."""

    def __init__(self, hosts: str, max_bytes: int, lookup: Lookup | None = None):
        self.hosts = _parse_hosts(hosts)
        self.max_bytes = max_bytes
        self.lookup = lookup or _system_lookup

    def check(self, url: str) -> tuple[str, str, int]:
        """(scheme, host, port) of a link the relay may fetch, else `LinkRefused`. Makes no connection."""
        if not isinstance(url, str) or len(url) > 8192:
            raise LinkRefused("the download link is missing or too long")
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise LinkRefused("the download link is not a valid URL") from None
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower().rstrip(".")
        if scheme not in _DEFAULT_PORTS or not host:
            raise LinkRefused("the download link is not an http(s) URL")
        if parts.username is not None or parts.password is not None:
            raise LinkRefused("the download link carries user credentials")
        loopback = _is_loopback_host(host)
        if scheme != "https" and not loopback:
            raise LinkRefused(f"the download link to {host} is not https")
        port = port or _DEFAULT_PORTS[scheme]
        allowed = self.hosts.get(host)
        if allowed is None:
            raise LinkRefused(f"files are only fetched from {', '.join(sorted(self.hosts)) or 'no host'}; "
                              f"{host} is not one of them")
        if port not in allowed and not (None in allowed and (loopback or port == _DEFAULT_PORTS[scheme])):
            raise LinkRefused(f"files are fetched from {host} on port "
                              f"{', '.join(str(p or _DEFAULT_PORTS[scheme]) for p in sorted(allowed, key=str))} "
                              f"only, not {port}")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            pass
        else:
            if not _address_ok(host, loopback):
                raise LinkRefused(f"the download link points to a non-public address ({host})")
        return scheme, host, port

    async def fetch(self, url: str, sink, deadline: float) -> tuple[int, bytes]:
        """Download `url` into the binary file `sink` before `deadline` (monotonic); returns (size, first
        bytes). Raises `LinkRefused` with the reason."""
        import aiohttp  # here, not at import: the relay starts faster without it (~0.1 s)

        self.check(url)
        resolver = _CheckedResolver(self.lookup)
        connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False, limit=4)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LinkRefused("no time was left to download it")
        timeout = aiohttp.ClientTimeout(total=remaining, sock_connect=min(_CONNECT_TIMEOUT, remaining))
        try:
            async with aiohttp.ClientSession(connector=connector, timeout=timeout, trust_env=False) as session:
                for _ in range(_MAX_REDIRECTS + 1):
                    async with session.get(url, allow_redirects=False) as resp:
                        if resp.status in (301, 302, 303, 307, 308):
                            location = resp.headers.get("Location")
                            if not location:
                                raise LinkRefused(f"the download link redirected (status {resp.status}) nowhere")
                            url = urljoin(url, location)
                            self.check(url)
                            continue
                        if resp.status != 200:
                            raise LinkRefused(f"the download link answered status {resp.status} (links expire "
                                              "after five minutes)")
                        return await self._save(resp, sink)
                raise LinkRefused("the download link redirected too many times")
        except LinkRefused:
            raise
        except TimeoutError:
            raise LinkRefused("the download did not finish within the time ChatGPT allows") from None
        except aiohttp.ClientError as exc:
            raise LinkRefused(f"the download failed: {_reason(exc)}") from None

    async def _save(self, resp, sink) -> tuple[int, bytes]:
        declared = resp.content_length
        if declared is not None and declared > self.max_bytes:
            raise LinkRefused(f"the file is {declared} bytes, more than this relay imports ({self.max_bytes})")
        size, head = 0, b""
        async for chunk in resp.content.iter_chunked(64 * 1024):
            size += len(chunk)
            if size > self.max_bytes:
                raise LinkRefused(f"the file is larger than this relay imports ({self.max_bytes} bytes)")
            if len(head) < HEAD_BYTES:
                head += chunk[: HEAD_BYTES - len(head)]
            sink.write(chunk)
        return size, head


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text[:200]


class _CheckedResolver:
    """aiohttp's resolver for link hosts (its `AbstractResolver` interface: `resolve`, `close`): every address is
    checked before aiohttp may connect to it."""

    def __init__(self, lookup: Lookup):
        self._lookup = lookup

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET):
        loopback = _is_loopback_host(host.lower())
        try:
            addresses = await self._lookup(host, port)
        except OSError as exc:
            raise LinkRefused(f"{host} could not be resolved ({exc.strerror or exc})") from None
        if not addresses:
            raise LinkRefused(f"{host} could not be resolved")
        bad = [a for a in addresses if not _address_ok(a, loopback)]
        if bad:
            raise LinkRefused(f"{host} resolves to a non-public address ({bad[0]}); it is not fetched")
        return [{"hostname": host, "host": a, "port": port,
                 "family": socket.AF_INET6 if ":" in a else socket.AF_INET,
                 "proto": 0, "flags": socket.AI_NUMERICHOST} for a in addresses]

    async def close(self) -> None:
        return None


def _parse_hosts(text: str) -> dict[str, set[int | None]]:
    hosts: dict[str, set[int | None]] = {}
    for entry in (text or "").split(","):
        entry = entry.strip().lower().rstrip(".")
        if not entry:
            continue
        host, port = entry, None
        if entry.startswith("["):  # [::1]:8443
            host, _, rest = entry[1:].partition("]")
            port = int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
        elif entry.count(":") == 1:
            host, _, text_port = entry.partition(":")
            port = int(text_port) if text_port.isdigit() else None
        hosts.setdefault(host, set()).add(port)
    return hosts


# --- importChatFiles ------------------------------------------------------------------------------------------------

async def import_files(call) -> Answer:
    body = call.json_body()
    refs = body.get("openaiFileIdRefs")
    if not isinstance(refs, list) or not refs:
        raise RelayError(400, "'openaiFileIdRefs' must list the files to import (the files the user attached).",
                         code="invalid_value", param="openaiFileIdRefs")
    if len(refs) > MAX_FILES:
        raise RelayError(400, f"At most {MAX_FILES} files can be imported per call.", code="invalid_value",
                         param="openaiFileIdRefs")
    purpose = body.get("purpose") or "assistants"
    if not isinstance(purpose, str) or not purpose.replace("-", "").replace("_", "").isalnum():
        raise RelayError(400, "'purpose' must be a file purpose such as assistants or user_data.",
                         code="invalid_value", param="purpose")
    store = body.get("vector_store_id")
    if store is not None and (not isinstance(store, str) or not store or set(store) - _ID):
        raise RelayError(400, "'vector_store_id' must be a vector store id such as vs_abc123.",
                         code="invalid_value", param="vector_store_id")
    gate = asyncio.Semaphore(_PARALLEL)

    async def one(ref):
        async with gate:
            return await _import_one(call, ref, purpose, store)

    results = await asyncio.gather(*(one(ref) for ref in refs))
    data = [r for r in results if "file_id" in r]
    errors = [r for r in results if "file_id" not in r]
    if not data:
        reasons = "; ".join(f"{e['name']}: {e['error']}" for e in errors)
        raise RelayError(400, f"No file was imported. {reasons}"[:2000], code="files_not_imported",
                         param="openaiFileIdRefs")
    doc = {"object": "list", "data": data}
    if errors:
        doc["errors"] = errors
    return Answer(200, doc)


def _ref(ref) -> dict:
    if isinstance(ref, str) and ref.strip().startswith("{"):
        try:
            ref = json.loads(ref)
        except ValueError:
            pass
    if not isinstance(ref, dict):
        raise LinkRefused("this is not a file reference from ChatGPT (an object with name, id, mime_type, "
                          "download_link)")
    return ref


async def _import_one(call, raw, purpose: str, store: str | None) -> dict:
    name = str(raw.get("name") or raw.get("id") or "file") if isinstance(raw, dict) else str(raw)[:100]
    fetcher = call.gateway.fetcher
    try:
        ref = _ref(raw)
        link = ref.get("download_link")
        fetcher.check(link)  # refused links are never fetched
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as sink:
            size, head = await fetcher.fetch(link, sink, call.deadline)
            sink.seek(0)
            claimed = ref.get("mime_type") if isinstance(ref.get("mime_type"), str) else None
            mime = sniff_type(head, name, claimed)
            filename = safe_name(name, mime)
            content_type, length, chunks = multipart_upload([("purpose", purpose)], filename, mime, size, sink)
            resp = await call.call("POST", "/files", chunks=chunks, length=length, content_type=content_type)
    except LinkRefused as refused:
        log.info("%s importChatFiles: %s refused: %s", call.request_id.decode(), name[:100], refused)
        return {"name": name, "error": str(refused)}
    uploaded = _json(resp)
    if not (200 <= resp.status < 300) or not isinstance(uploaded.get("id"), str):
        return {"name": name, "error": f"OpenAI Files refused it (status {resp.status}): {_message(uploaded)}"}
    entry = {"file_id": uploaded["id"], "filename": uploaded.get("filename") or filename, "bytes": size,
             "mime_type": mime, "purpose": purpose}
    if claimed and claimed != mime:
        entry["claimed_mime_type"] = claimed
    if store:
        attached = await call.call("POST", f"/vector_stores/{quote(store, safe='')}/files",
                                   json_body={"file_id": uploaded["id"]})
        doc = _json(attached)
        entry["vector_store_id"] = store
        if 200 <= attached.status < 300:
            entry["vector_store_file_status"] = doc.get("status") or "in_progress"
        else:
            entry["vector_store_error"] = f"status {attached.status}: {_message(doc)}"
    return entry


def _json(resp) -> dict:
    try:
        doc = resp.json() if resp.body else {}
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def _message(doc: dict) -> str:
    error = doc.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"][:300]
    return "no details"
