"""The upstream HTTP client: one pooled connection set per process, bytes passed through unchanged.

`Upstream` is the small interface the forwarder uses; two transports implement it:

- `AiohttpUpstream` (production, chosen by benchmark: ~4x httpx's default transport at concurrency) —
  one `aiohttp.ClientSession`, keep-alive, no decompression, no cookie jar, no redirects, and none of
  aiohttp's automatic `Accept`, `Accept-Encoding`, `User-Agent` or `Content-Type` headers;
- `HttpxUpstream` — wraps an `httpx.AsyncClient`, so tests can mock upstream with respx.

Both raise `UpstreamTimeout` (no response headers in time: 504) or `UpstreamUnreachable` (refused, reset,
broken: 502) from `request()`, and from reading the body.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Sequence

# aiohttp and httpx are imported where used: the default transport (runtime.h1) needs neither, and
# importing them costs start-up time.

__all__ = [
    "AiohttpUpstream",
    "HttpxUpstream",
    "Upstream",
    "UpstreamError",
    "UpstreamResponse",
    "UpstreamTimeout",
    "UpstreamUnreachable",
]

Headers = Sequence[tuple[bytes, bytes]]  # lower-case names
Body = bytes | AsyncIterable[bytes] | None


class UpstreamError(Exception):
    """The upstream call failed; the message names the failure, never the request's headers."""


class UpstreamUnreachable(UpstreamError):
    """Connection refused or reset, or the response broke off: 502."""


class UpstreamTimeout(UpstreamError):
    """No response (or no next chunk) within the timeout: 504."""


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
    """The interface the forwarder needs. `open()` may be skipped: the first request opens the pool."""

    async def open(self) -> None:
        pass

    async def aclose(self) -> None:
        pass

    async def request(self, method: str, url: str, headers: Headers, body: Body, *,
                      timeout: float, connect_timeout: float) -> UpstreamResponse:
        raise NotImplementedError


# --- aiohttp -------------------------------------------------------------------------------------------

_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


class _AiohttpResponse(UpstreamResponse):
    __slots__ = ("_resp", "headers", "status")

    def __init__(self, resp):
        self._resp = resp
        self.status = resp.status
        self.headers = [(k.lower(), v) for k, v in resp.raw_headers]

    async def read(self) -> bytes:
        import aiohttp

        try:
            return await self._resp.read()
        except TimeoutError:
            raise UpstreamTimeout("upstream stopped sending") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnreachable(f"upstream broke off the response ({type(exc).__name__})") from None
        finally:
            self._resp.release()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        content = self._resp.content
        try:
            while True:
                chunk = await content.readany()
                if not chunk:
                    break
                yield chunk
        except TimeoutError:
            raise UpstreamTimeout("upstream stopped sending") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnreachable(f"upstream broke off the response ({type(exc).__name__})") from None
        self._resp.release()

    async def aclose(self) -> None:
        self._resp.close()


def proxy_for(url: str) -> str | None:
    """The forward proxy the environment (HTTP(S)_PROXY, ALL_PROXY, NO_PROXY) names for `url`, if any."""
    from urllib.parse import urlsplit
    from urllib.request import getproxies, proxy_bypass

    parts = urlsplit(url)
    proxies = getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
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

    async def open(self) -> None:
        if self._session is not None:
            return
        import aiohttp

        connector = aiohttp.TCPConnector(limit=self._limit, limit_per_host=0,
                                         keepalive_timeout=self._keepalive, ttl_dns_cache=60)
        self._session = aiohttp.ClientSession(
            connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_AUTO_HEADERS, trust_env=True,  # HTTP(S)_PROXY / NO_PROXY
            read_bufsize=self._bufsize,
            timeout=aiohttp.ClientTimeout(total=None), raise_for_status=False,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _timeout(self, timeout: float, connect_timeout: float):
        key = (timeout, connect_timeout)
        found = self._timeouts.get(key)
        if found is None:
            import aiohttp

            found = self._timeouts[key] = aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout,
                                                                sock_read=timeout)
        return found

    async def request(self, method, url, headers, body, *, timeout, connect_timeout):
        import aiohttp
        from yarl import URL

        if self._session is None:
            await self.open()
        try:
            resp = await self._session.request(
                method, URL(url, encoded=True), data=body, allow_redirects=False,
                headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers],
                timeout=self._timeout(timeout, connect_timeout), compress=None,
            )
        except TimeoutError:
            raise UpstreamTimeout("upstream did not answer in time") from None
        except (aiohttp.ClientError, OSError) as exc:
            raise UpstreamUnreachable(f"upstream unreachable ({type(exc).__name__})") from None
        return _AiohttpResponse(resp)


# --- httpx ---------------------------------------------------------------------------------------------

class _HttpxResponse(UpstreamResponse):
    __slots__ = ("_resp", "headers", "status")

    def __init__(self, resp):
        self._resp = resp
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
        except httpx.TimeoutException:
            raise UpstreamTimeout("upstream stopped sending") from None
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise UpstreamUnreachable(f"upstream broke off the response ({type(exc).__name__})") from None
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
        request = httpx.Request(method, url, headers=list(headers), content=body)
        request.extensions["timeout"] = {"connect": connect_timeout, "read": timeout, "write": None,
                                         "pool": None}
        try:
            resp = await self._client.send(request, stream=True, follow_redirects=False)
        except httpx.TimeoutException:
            raise UpstreamTimeout("upstream did not answer in time") from None
        except httpx.TransportError as exc:
            raise UpstreamUnreachable(f"upstream unreachable ({type(exc).__name__})") from None
        return _HttpxResponse(resp)
