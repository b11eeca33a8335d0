"""Time an SSE stream as a client sees it: time to first event and the gap between event arrivals."""

from __future__ import annotations

import asyncio
import itertools
import json
import statistics
import time

BODY = json.dumps({"model": "gpt-bench", "stream": True, "messages": [{"role": "user", "content": "hi"}]})


async def _one(session, url: str, headers: dict) -> dict:
    arrivals: list[float] = []
    reads = 0
    buf = b""
    t0 = time.perf_counter()
    async with session.post(url, data=BODY, headers=headers) as r:
        if r.status != 200:
            raise RuntimeError(f"SSE {url}: HTTP {r.status}: {(await r.read())[:200]!r}")
        async for chunk in r.content.iter_any():
            now = time.perf_counter()
            reads += 1
            buf += chunk
            n = buf.count(b"\n\n")
            if n:
                arrivals.extend([now] * n)
                buf = buf[buf.rfind(b"\n\n") + 2:]
    events = arrivals[:-1]  # the last one is [DONE]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(events)]
    return {"ttfb_ms": (events[0] - t0) * 1000 if events else float("nan"), "gaps": gaps,
            "events": len(events), "reads": reads}


async def measure(url: str, *, auth: str = "", runs: int = 2) -> dict:
    import aiohttp

    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = f"Bearer {auth}"
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, auto_decompress=False) as session:
        sep = "&" if "?" in url else "?"
        await _one(session, f"{url}{sep}events=3", headers)  # warm the connections on every hop
        results = [await _one(session, url, headers) for _ in range(runs)]
    gaps = sorted(g for r in results for g in r["gaps"])
    if not gaps:
        gaps = [float("nan")]
    q = statistics.quantiles(gaps, n=100) if len(gaps) > 1 else gaps * 99
    return {
        "ttfb_ms": statistics.median(r["ttfb_ms"] for r in results),
        "gap_p50": statistics.median(gaps), "gap_p1": q[0], "gap_p99": q[98],
        "gap_mean": statistics.fmean(gaps),
        "events": min(r["events"] for r in results),
        "reads": min(r["reads"] for r in results),
    }


def run(url: str, *, auth: str = "", runs: int = 2) -> dict:
    return asyncio.run(measure(url, auth=auth, runs=runs))
