"""File helpers for the Actions adapters: what a file really is (sniffed from its first bytes), safe names, and
the multipart body the relay builds to upload a file to `POST /v1/files` through its own pipeline."""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import AsyncIterator

import filetype

__all__ = ["HEAD_BYTES", "content_disposition", "multipart_upload", "safe_name", "sniff_type"]

HEAD_BYTES = 8192  # enough for every signature filetype knows (zip-based office files included)
_TEXT_TYPES = {"application/json", "application/xml", "application/javascript", "application/x-sh",
               "application/x-yaml", "application/yaml", "application/sql"}
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\/]')
_MAX_NAME = 200
_CHUNK = 64 * 1024


def sniff_type(head: bytes, name: str = "", claimed: str | None = None) -> str:
    """The file's media type from its content: a known signature first; text (UTF-8 without NUL) takes the
    name's text type or text/plain; otherwise the name's type, then the claimed one, else octet-stream.
    Without content (`head` empty), the name's type."""
    found = filetype.guess_mime(head) if head else None
    if found:
        return found
    by_name = mimetypes.guess_type(name)[0] if name else None
    if not head:  # nothing to look at: the name says it
        return by_name or (claimed if claimed and "/" in claimed and len(claimed) < 128 else None) \
            or "application/octet-stream"
    if head and _is_text(head):
        if by_name and (by_name.startswith("text/") or by_name in _TEXT_TYPES):
            return by_name
        return "text/plain"
    if by_name and not by_name.startswith("text/"):
        return by_name
    if claimed and "/" in claimed and not claimed.startswith("text/") and len(claimed) < 128:
        return claimed
    return "application/octet-stream"


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # a character cut at the end of the sample
    return True


def safe_name(name, mime: str, fallback: str = "file") -> str:
    """A file name without paths or control characters, at most 200 characters, with an extension that
    matches `mime` when it had none."""
    text = os.path.basename(str(name or "").replace("\\", "/")).strip()
    text = _UNSAFE_NAME.sub("_", text).strip(" .") or fallback
    stem, ext = os.path.splitext(text)
    if not ext:
        ext = mimetypes.guess_extension(mime) or ""
    return stem[: _MAX_NAME - len(ext)] + ext


def content_disposition(name: str) -> bytes:
    """`attachment` with an ASCII filename and, for other names, an RFC 5987 `filename*`."""
    from urllib.parse import quote

    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    value = f'attachment; filename="{ascii_name}"'
    if ascii_name != name:
        value += f"; filename*=UTF-8''{quote(name, safe='')}"
    return value.encode("latin-1")


def multipart_upload(fields: list[tuple[str, str]], filename: str, mime: str, size: int,
                     content: bytes | object) -> tuple[bytes, int, AsyncIterator[bytes]]:
    """A multipart/form-data body: `fields`, then the file part `file`. `content` is bytes or a readable binary
    file object positioned at its start. Returns (content type, length, chunks)."""
    boundary = "relay-" + os.urandom(12).hex()
    head = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields)
    head += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
             f"Content-Type: {mime}\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()

    async def chunks():
        yield head
        if isinstance(content, (bytes, bytearray, memoryview)):
            for start in range(0, len(content), _CHUNK):
                yield bytes(content[start:start + _CHUNK])
        else:
            while True:
                block = content.read(_CHUNK)  # a local (spooled) temporary file: reads take microseconds
                if not block:
                    break
                yield block
        yield tail

    return f"multipart/form-data; boundary={boundary}".encode(), len(head) + size + len(tail), chunks()
