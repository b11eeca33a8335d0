"""Time an SSE stream as a client sees it.

The bench upstream stamps each event with its send time (`"t"`: time.perf_counter_ns(), CLOCK_MONOTONIC,
shared by every process on the machine), so the client measures, per event, the delivery latency
(arrival - send) and the gap distortion ((arrival gap) - (send gap)): what the path in between adds,
independent of the upstream's own timer jitter.
"""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import time

BODY = json.dumps({"model": "gpt-bench", "stream": True, "messages": [{"role": "user", "content": "hi"}]})
_T = re.compile(rb'"t":(\d+)')


async def _one(session, url: str, headers: dict) -> dict:
    events: list[tuple[int, int]] = []  # (sent ns, arrived ns)
    reads = batched = 0
    buf = b""
    t0 = time.perf_counter_ns()
    first = None
    async with session.post(url, data=BODY, headers=headers) as r:
        if r.status != 200:
            raise RuntimeError(f"SSE {url}: HTTP {r.status}: {(await r.read())[:200]!r}")
        async for chunk in r.content.iter_any():
            now = time.perf_counter_ns()
            reads += 1
            buf += chunk
            end = buf.rfind(b"\n\n")
            if end < 0:
                continue
            complete, buf = buf[:end + 2], buf[end + 2:]
            stamps = _T.findall(complete)
            if first is None and stamps:
                first = now
            batched += max(0, len(stamps) - 1)
            events.extend((int(s), now) for s in stamps)
    lat = [(a - s) / 1e6 for s, a in events]
    dev = [((a2 - a1) - (s2 - s1)) / 1e6 for (s1, a1), (s2, a2) in zip(events, events[1:])]  # noqa: RUF007
    return {"ttfb_ms": (first - t0) / 1e6 if first else float("nan"), "lat": lat, "dev": dev,
            "events": len(events), "reads": reads, "batched": batched}


def _q(values: list[float], p: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100)[p - 1]


async def measure(url: str, *, auth: str = "", runs: int = 2, ttfb_runs: int = 15) -> dict:
    import aiohttp

    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = f"Bearer {auth}"
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, auto_decompress=False) as session:
        sep = "&" if "?" in url else "?"
        await _one(session, f"{url}{sep}events=3", headers)  # warm the connections on every hop
        # time to first event: the median of many short streams (a busy machine delays some by a few ms)
        ttfb = [(await _one(session, f"{url}{sep}events=2", headers))["ttfb_ms"] for _ in range(ttfb_runs)]
        results = [await _one(session, url, headers) for _ in range(runs)]
    lat = [x for r in results for x in r["lat"]]
    dev = [abs(x) for r in results for x in r["dev"]]
    return {
        "ttfb_ms": statistics.median(ttfb), "ttfb_p90": _q(ttfb, 90),
        "lat_p50": _q(lat, 50), "lat_p99": _q(lat, 99),
        "dev_p50": _q(dev, 50), "dev_p99": _q(dev, 99), "dev_max": max(dev) if dev else float("nan"),
        "events": min(r["events"] for r in results),
        "reads": min(r["reads"] for r in results),
        "batched": max(r["batched"] for r in results),
    }


def run(url: str, *, auth: str = "", runs: int = 2) -> dict:
    return asyncio.run(measure(url, auth=auth, runs=runs))
