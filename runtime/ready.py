"""`GET /ready`: can this relay serve calls now? 200 when every configured dependency answers, 503 naming the
failing ones. `/health` stays the process-is-up check.

Checked, concurrently, each within `timeout`: the database (`Store.ping()`, once the app has a store), Redis
(`PING`, when `RELAY_REDIS_URL` is set) and the upstream host (DNS resolution of `OPENAI_BASE_URL`'s host, or
of the forward proxy's when one applies; a resolution is reused for `dns_ttl` seconds). The whole answer is
reused for `ttl` seconds and concurrent probes share one check, so hammering `/ready` costs nothing upstream.
Public: the answer names parts and causes only, never a URL, host or password.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from urllib.parse import urlsplit

from .upstream import proxy_for

__all__ = ["Readiness"]


class Readiness:
    def __init__(self, *, upstream_url: str | None, redis_url: str | None = None, store=None, ttl: float = 1.0,
                 dns_ttl: float = 5.0, timeout: float = 2.0):
        self.store = store  # an object with `async ping()`; set by the app once it has its store
        self._upstream = _resolvable(upstream_url) if upstream_url else None
        self._redis_url = redis_url
        self._redis = None
        self._ttl = ttl
        self._dns_ttl = dns_ttl
        self._timeout = timeout
        self._answer: tuple[float, int, bytes] | None = None
        self._running: asyncio.Future | None = None
        self._resolved: tuple[float, str] | None = None  # (until, "ok" or cause)

    @classmethod
    def from_settings(cls, settings, store=None) -> Readiness:
        redis = settings.relay_redis_url
        return cls(upstream_url=settings.openai_base_url, redis_url=redis or None, store=store)

    async def check(self) -> tuple[int, dict]:
        """(status, body): 200 `{"status": "ready", "checks": {...}}` or 503 `{"status": "unavailable",
        "failing": [...], "checks": {...}}`; each check is "ok" or a short cause."""
        probes = {}
        if self.store is not None:
            probes["database"] = self._database()
        if self._redis_url:
            probes["redis"] = self._ping_redis()
        if self._upstream is not None:
            probes["upstream"] = self._resolve()
        results = await asyncio.gather(*(self._bounded(p) for p in probes.values()))
        checks = dict(zip(probes, results))
        failing = [part for part, result in checks.items() if result != "ok"]
        if failing:
            return 503, {"status": "unavailable", "failing": failing, "checks": checks}
        return 200, {"status": "ready", "checks": checks}

    async def handle(self, scope, receive, send, headers=()) -> int:
        """`GET /ready` (ASGI). Returns the status sent."""
        now = time.monotonic()
        answer = self._answer
        if answer is None or answer[0] <= now:
            if self._running is None:
                self._running = asyncio.ensure_future(self._refresh())
            running = self._running
            answer = await asyncio.shield(running)
        _, status, body = answer
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", b"%d" % len(body)),
            (b"cache-control", b"no-store"), *headers]})
        await send({"type": "http.response.body", "body": body if scope["method"] != "HEAD" else b""})
        return status

    async def _refresh(self) -> tuple[float, int, bytes]:
        try:
            status, body = await self.check()
            self._answer = (time.monotonic() + self._ttl, status, json.dumps(body).encode())
            return self._answer
        finally:
            self._running = None

    async def aclose(self) -> None:
        if self._redis is not None:
            client, self._redis = self._redis, None
            await client.aclose()

    async def _bounded(self, probe) -> str:
        try:
            async with asyncio.timeout(self._timeout):
                return await probe
        except TimeoutError:
            return "timeout"
        except Exception as exc:  # noqa: BLE001 - any failure is "not ready"; the type names it, never a URL
            return f"unavailable ({type(exc).__name__})"

    async def _database(self) -> str:
        await self.store.ping()
        return "ok"

    async def _ping_redis(self) -> str:
        if self._redis is None:
            import redis.asyncio

            self._redis = redis.asyncio.from_url(self._redis_url, socket_connect_timeout=self._timeout,
                                                 socket_timeout=self._timeout, retry_on_timeout=False)
        await self._redis.ping()
        return "ok"

    async def _resolve(self) -> str:
        now = time.monotonic()
        if self._resolved is not None and self._resolved[0] > now:
            return self._resolved[1]
        host, port = self._upstream
        try:
            await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            result, keep = "ok", self._dns_ttl
        except OSError:
            result, keep = "does not resolve", self._ttl
        self._resolved = (time.monotonic() + keep, result)
        return result


def _resolvable(url: str) -> tuple[str, int]:
    """The host the relay must resolve to reach `url`: the forward proxy's when one applies, else the URL's."""
    target = urlsplit(proxy_for(url) or url)
    return target.hostname or "", target.port or (443 if target.scheme == "https" else 80)
