"""The upstream HTTP client: one pooled connection set per process, bytes passed through unchanged.

`Upstream` is the small interface the forwarder uses; the transports that implement it:

- `runtime.h1.H1Upstream` (production default) — the relay's own HTTP/1.1 client;
- `AiohttpUpstream` (production, `RELAY_UPSTREAM_CLIENT=aiohttp` or a forward proxy) — one
  `aiohttp.ClientSession`, keep-alive, no decompression, no cookie jar, no redirects, and none of aiohttp's
  automatic `Accept`, `Accept-Encoding`, `User-Agent` or `Content-Type` headers;
- `HttpxUpstream` — wraps an `httpx.AsyncClient`, so tests can mock upstream with respx.

Whatever upstream does, `request()`, `read()` and iterating a response raise nothing but `UpstreamError`:
`UpstreamTimeout` (504) or `UpstreamUnreachable` (502), whose `cause` says what happened (`CAUSES`) and
whose message names the cause and upstream's host:port, never a request header. A body that breaks off
(FIN or reset before its Content-Length or last chunk, or a reset of a body delimited by the connection's
end) raises; only a complete body ends iteration cleanly.

The transports frame the request body themselves: a bytes body is sent with its own length whatever
Content-Length the caller passed; a streamed body uses the caller's Content-Length (canonical digits) or
chunked encoding.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Sequence

# aiohttp and httpx are imported where used: the default transport (runtime.h1) needs neither, and
# importing them costs start-up time.

__all__ = [
    "CAUSES",
    "MAX_HEADERS",
    "MAX_HEAD_BYTES",
    "AiohttpUpstream",
    "HttpxUpstream",
    "Upstream",
    "UpstreamError",
    "UpstreamResponse",
    "UpstreamTimeout",
    "UpstreamUnreachable",
    "content_length",
    "error_from_os",
    "host_of",
]

Headers = Sequence[tuple[bytes, bytes]]  # lower-case names
Body = bytes | AsyncIterable[bytes] | None

MAX_HEAD_BYTES = 256 * 1024  # a response's status line and headers, interim (1xx) heads included
MAX_HEADERS = 128  # header fields in one response head (aiohttp's own default)

CAUSES = {
    "dns": "the upstream host name did not resolve",
    "refused": "upstream refused the connection",
    "unreachable": "no route to upstream",
    "tls": "the TLS handshake or certificate check failed",
    "connect_timeout": "upstream did not accept the connection in time",
    "timeout": "upstream sent nothing for longer than the read timeout",
    "reset": "upstream reset the connection",
    "closed": "upstream closed the connection before the response was complete",
    "protocol": "upstream sent a malformed HTTP response",
    "too_large": "upstream's response head was larger than the relay accepts",
}


class UpstreamError(Exception):
    """The upstream call failed. `cause` is one of `CAUSES`; `host` is upstream's "host:port". The message
    ("upstream api.openai.com:443: connection refused") never holds a request header."""

    status = 502

    def __init__(self, cause: str, host: str, detail: str):
        super().__init__(f"upstream {host}: {detail}")
        self.cause = cause
        self.host = host


class UpstreamUnreachable(UpstreamError):
    """Not reachable, or the response broke off or was malformed: 502."""


class UpstreamTimeout(UpstreamError):
    """No connection, response head or next body bytes within the timeout: 504."""

    status = 504


def host_of(url: str) -> str:
    """"host:port" of an absolute http(s) URL (the port made explicit), for error messages."""
    start = url.find("://") + 3
    end = len(url)
    for stop in "/?#":
        found = url.find(stop, start)
        if 0 <= found < end:
            end = found
    authority = url[start:end].rpartition("@")[2]
    if authority.rfind(":") > authority.rfind("]"):
        return authority
    return f"{authority}:{443 if url.startswith('https') else 80}"


_RESET = frozenset({errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED})
_REFUSED = frozenset({errno.ECONNREFUSED})


def error_from_os(exc: BaseException, host: str, *, connecting: bool) -> UpstreamError:
    """The UpstreamError for an exception raised by a socket, DNS or TLS operation (`connecting`: while
    opening the connection)."""
    if isinstance(exc, socket.gaierror):
        return UpstreamUnreachable("dns", host, f"DNS lookup failed ({exc.strerror or 'no address'})")
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = getattr(exc, "verify_message", None) or exc.reason or "unknown reason"
        return UpstreamUnreachable("tls", host, f"TLS certificate verification failed ({reason})")
    if isinstance(exc, ssl.SSLError):
        return UpstreamUnreachable("tls", host, f"TLS failed ({exc.reason or type(exc).__name__})")
    if isinstance(exc, TimeoutError):
        if connecting:
            return UpstreamTimeout("connect_timeout", host, "did not accept the connection in time")
        return UpstreamTimeout("timeout", host, "sent nothing within the read timeout")
    code = getattr(exc, "errno", None)
    if isinstance(exc, ConnectionRefusedError) or code in _REFUSED:
        return UpstreamUnreachable("refused", host, "connection refused")
    if isinstance(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)) or code in _RESET:
        return UpstreamUnreachable("reset", host, "connection reset")
    reason = getattr(exc, "strerror", None) or type(exc).__name__
    if connecting:
        return UpstreamUnreachable("unreachable", host, f"cannot connect ({reason})")
    return UpstreamUnreachable("reset", host, f"connection failed ({reason})")


def content_length(value: bytes) -> bytes:
    """The canonical digits of a Content-Length value the caller passed (surrounding blanks dropped);
    ValueError if it is not a plain non-negative integer (the forwarder refuses those before calling)."""
    digits = value.strip(b" \t")
    if not digits.isdigit() or len(digits) > 18:
        raise ValueError("invalid Content-Length for the upstream request")
    return digits.lstrip(b"0") or b"0"


class UpstreamResponse:
    """A response whose body has not been read yet. Iterate it for chunks as they arrive."""

    status: int
    headers: list[tuple[bytes, bytes]]  # lower-case names, raw values, in upstream order

    async def read(self) -> bytes:
        raise NotImplementedError

    def __aiter__(self) -> AsyncIterator[bytes]:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Drop the connection now (the body is not drained)."""
        raise NotImplementedError


class Upstream:
    """The interface the forwarder needs. `open()` may be skipped: the first request opens the pool.

    Cancelling the task awaiting `request()`, or reading a response's body, aborts the upstream connection
    at once."""

    async def open(self) -> None:
        pass

    async def aclose(self) -> None:
        pass

    async def request(self, method: str, url: str, headers: Headers, body: Body, *,
                      timeout: float, connect_timeout: float) -> UpstreamResponse:
        raise NotImplementedError


# --- aiohttp -------------------------------------------------------------------------------------------

_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


def _aiohttp_error(exc: BaseException, url: str, timeout: float, *, answered: bool) -> UpstreamError:
    """The UpstreamError for what aiohttp raised (`answered`: after the response head). Never built from
    `str(exc)`: aiohttp's response errors carry the request's headers."""
    import aiohttp
    from aiohttp.http_exceptions import LineTooLong

    host = host_of(url)
    when = "mid-response" if answered else "before answering"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return UpstreamTimeout("connect_timeout", host, "did not accept the connection in time")
    if isinstance(exc, TimeoutError):
        what = "sent no body bytes" if answered else "sent no response"
        return UpstreamTimeout("timeout", host, f"{what} for {timeout:g} s")
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return error_from_os(exc.certificate_error, host, connecting=True)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return error_from_os(exc.os_error, host, connecting=True)
    if isinstance(exc, aiohttp.ClientPayloadError):  # the body broke off: FIN, unless the protocol saw a reset
        return UpstreamUnreachable("closed", host, f"closed the connection {when}")
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return UpstreamUnreachable("closed", host, f"closed the connection {when}")
    if isinstance(exc, aiohttp.ClientResponseError):  # the response head did not parse
        cause = exc.__cause__
        while cause is not None:
            if isinstance(cause, LineTooLong) or getattr(cause, "message", "") == "Too many headers received":
                return UpstreamUnreachable("too_large", host, "sent a response head larger than the relay "
                                           f"accepts (a field over 8190 bytes or over {MAX_HEADERS} fields)")
            cause = cause.__cause__
        return UpstreamUnreachable("protocol", host, "sent a malformed response")
    if isinstance(exc, OSError):  # ClientOSError (its errno is the socket's)
        error = error_from_os(exc, host, connecting=False)
        if error.cause == "reset":
            return UpstreamUnreachable("reset", host, f"reset the connection {when}")
        return error
    return UpstreamUnreachable("protocol", host, f"failed ({type(exc).__name__})")


def _aiohttp_failures():
    import aiohttp
    from aiohttp.http_exceptions import HttpProcessingError

    return (aiohttp.ClientError, HttpProcessingError, OSError, TimeoutError)


class _AiohttpResponse(UpstreamResponse):
    __slots__ = ("_failures", "_protocol", "_read_timeout", "_resp", "_url", "headers", "status")

    def __init__(self, resp, url: str, failures: tuple, read_timeout: float):
        self._resp = resp
        self._url = url
        self._failures = failures
        self._read_timeout = read_timeout
        self.status = resp.status
        self.headers = [(k.lower(), v) for k, v in resp.raw_headers]
        connection = resp.connection
        # aiohttp ends a body it read until the connection's end the same way for a FIN and for a reset;
        # the protocol remembers which it was.
        self._protocol = connection.protocol if connection is not None else None

    def _reset(self) -> bool:
        exception = getattr(self._protocol, "exception", None)
        lost = exception() if exception is not None else None
        return isinstance(lost, OSError) and lost.errno in _RESET

    def _check_end(self) -> None:
        """A body read until the connection's end is complete only if that end was a FIN."""
        if self._reset() and not any(name == b"content-length" or name == b"transfer-encoding"
                                     for name, _ in self.headers):
            self._resp.close()
            raise UpstreamUnreachable("reset", host_of(self._url), "reset the connection mid-response")

    async def read(self) -> bytes:
        parts = [chunk async for chunk in self]
        return parts[0] if len(parts) == 1 else b"".join(parts)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._resp.content
        try:
            while True:
                try:
                    chunk = await content.readany()
                except BaseException as exc:
                    if not isinstance(exc, self._failures):  # cancelled: nobody reads this body any more
                        self._resp.close()
                    raise
                if not chunk:
                    break
                yield chunk
        except self._failures as exc:
            if self._reset():
                error = UpstreamUnreachable("reset", host_of(self._url), "reset the connection mid-response")
            else:
                error = _aiohttp_error(exc, self._url, self._read_timeout, answered=True)
            self._resp.close()  # never reused after an error
            raise error from None
        self._check_end()
        self._resp.release()

    async def aclose(self) -> None:
        self._resp.close()


def proxy_for(url: str) -> str | None:
    """The forward proxy the environment (HTTP_PROXY / HTTPS_PROXY, NO_PROXY) names for `url`, if any.
    ALL_PROXY is not used (it often names a SOCKS proxy, which the aiohttp transport cannot speak)."""
    from urllib.parse import urlsplit
    from urllib.request import getproxies, proxy_bypass

    parts = urlsplit(url)
    proxies = getproxies()
    proxy = proxies.get(parts.scheme)
    if not proxy or proxy_bypass(parts.hostname or ""):
        return None
    return proxy


class AiohttpUpstream(Upstream):
    """Production transport: one `aiohttp.ClientSession` for the process (opened in the event loop)."""

    def __init__(self, *, limit: int = 0, keepalive_timeout: float = 30.0, read_bufsize: int = 256 * 1024):
        self._limit = limit
        self._keepalive = keepalive_timeout
        self._bufsize = read_bufsize
        self._session = None
        self._timeouts: dict[tuple[float, float], object] = {}
        self._failures: tuple = ()
        self._proxies: dict[str, str | None] = {}  # origin -> the forward proxy HTTP(S)_PROXY/NO_PROXY name

    async def open(self) -> None:
        if self._session is not None:
            return
        import aiohttp

        self._failures = _aiohttp_failures()
        connector = aiohttp.TCPConnector(limit=self._limit, limit_per_host=0,
                                         keepalive_timeout=self._keepalive, ttl_dns_cache=60)
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar(),
            # trust_env=False: aiohttp would read ~/.netrc and the proxy variables on every request (in a thread:
            # ~500 us of CPU a call, measured); the proxy is found once per origin instead (`proxy_for`)
            skip_auto_headers=_AUTO_HEADERS, trust_env=False,
            read_bufsize=self._bufsize, max_headers=MAX_HEADERS,
            timeout=aiohttp.ClientTimeout(total=None), raise_for_status=False,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _proxy(self, url: str) -> str | None:
        origin = url[: url.find("/", url.find("://") + 3)] if url.find("/", url.find("://") + 3) > 0 else url
        if origin not in self._proxies:
            self._proxies[origin] = proxy_for(url)
        return self._proxies[origin]

    def _timeout(self, timeout: float, connect_timeout: float):
        key = (timeout, connect_timeout)
        found = self._timeouts.get(key)
        if found is None:
            import aiohttp

            found = self._timeouts[key] = aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout,
                                                                sock_read=timeout)
        return found

    async def request(self, method, url, headers, body, *, timeout, connect_timeout):
        import asyncio

        from yarl import URL

        if self._session is None:
            await self.open()
        streamed = body is not None and not isinstance(body, (bytes, bytearray))
        sent = []
        for name, value in headers:
            if name == b"content-length":
                if not streamed:  # aiohttp sets the body's own length
                    continue
                value = content_length(value)
            sent.append((name.decode("latin-1"), value.decode("latin-1")))
        # aiohttp stops its read timeout at an interim (1xx) response: without this backstop, a 103 and
        # then silence would wait for ever. It allows the connect and read timeouts after the last body
        # chunk handed over (cancelling aiohttp's request drops the connection).
        allowed = connect_timeout + timeout
        try:
            async with asyncio.timeout(allowed) as deadline:
                if streamed:
                    body = _rearming(body, deadline, allowed)
                resp = await self._session.request(
                    method, URL(url, encoded=True), data=body, allow_redirects=False, headers=sent,
                    timeout=self._timeout(timeout, connect_timeout), compress=None, proxy=self._proxy(url),
                )
        except self._failures as exc:
            if isinstance(exc, TimeoutError) and deadline.expired():
                raise UpstreamTimeout("timeout", host_of(url), f"sent no response for {allowed:g} s") from None
            raise _aiohttp_error(exc, url, timeout, answered=False) from None
        return _AiohttpResponse(resp, url, self._failures, timeout)


async def _rearming(body: AsyncIterable[bytes], deadline, allowed: float) -> AsyncIterator[bytes]:
    """`body`, pushing `deadline` to `allowed` seconds after each chunk it hands over."""
    import asyncio

    loop = asyncio.get_running_loop()
    async for chunk in body:
        deadline.reschedule(loop.time() + allowed)
        yield chunk
    deadline.reschedule(loop.time() + allowed)


# --- httpx ---------------------------------------------------------------------------------------------

def _httpx_error(exc: BaseException, url: str) -> UpstreamError:
    import httpx

    host = host_of(url)
    if isinstance(exc, httpx.ConnectTimeout):
        return UpstreamTimeout("connect_timeout", host, "did not accept the connection in time")
    if isinstance(exc, httpx.TimeoutException):
        return UpstreamTimeout("timeout", host, "sent nothing within the read timeout")
    cause = exc.__cause__ or exc.__context__
    seen = {id(exc)}
    while cause is not None and not isinstance(cause, OSError) and id(cause) not in seen:  # chains can loop
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    if cause is not None and not isinstance(cause, OSError):
        cause = None
    if cause is not None:
        return error_from_os(cause, host, connecting=isinstance(exc, httpx.ConnectError))
    if isinstance(exc, httpx.RemoteProtocolError):
        return UpstreamUnreachable("closed" if "closed" in str(exc) else "protocol", host,
                                   "broke off or sent a malformed response")
    return UpstreamUnreachable("protocol", host, f"failed ({type(exc).__name__})")


class _HttpxResponse(UpstreamResponse):
    __slots__ = ("_resp", "_url", "headers", "status")

    def __init__(self, resp, url: str):
        self._resp = resp
        self._url = url
        self.status = resp.status_code
        self.headers = [(k.lower(), v) for k, v in resp.headers.raw]

    async def read(self) -> bytes:
        try:
            return b"".join([chunk async for chunk in self])
        finally:
            await self._resp.aclose()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import httpx

        if self._resp.is_stream_consumed:  # a mock that pre-read its body (respx)
            if self._resp.content:
                yield self._resp.content
            return
        try:
            async for chunk in self._resp.aiter_raw():
                yield chunk
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise _httpx_error(exc, self._url) from None
        await self._resp.aclose()

    async def aclose(self) -> None:
        await self._resp.aclose()


class HttpxUpstream(Upstream):
    """Transport over an `httpx.AsyncClient` (respx-mockable). The client's own default headers are not
    sent: requests are built directly, not through `client.build_request()`."""

    def __init__(self, client=None):
        self._client = client
        self._owned = client is None

    async def open(self) -> None:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(follow_redirects=False, trust_env=False)

    async def aclose(self) -> None:
        if self._owned and self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    async def request(self, method, url, headers, body, *, timeout, connect_timeout):
        import httpx

        if self._client is None:
            await self.open()
        streamed = body is not None and not isinstance(body, (bytes, bytearray))
        headers = [(name, content_length(value) if name == b"content-length" else value)
                   for name, value in headers if streamed or name != b"content-length"]
        request = httpx.Request(method, url, headers=headers, content=body)
        request.extensions["timeout"] = {"connect": connect_timeout, "read": timeout, "write": None,
                                         "pool": None}
        try:
            resp = await self._client.send(request, stream=True, follow_redirects=False)
        except httpx.TransportError as exc:
            raise _httpx_error(exc, url) from None
        return _HttpxResponse(resp, url)
