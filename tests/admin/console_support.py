"""Shared by the admin console's tests: keys with a usage history, written before the relay starts."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from team_support import cli

# Keys with some history, so that the views have something to show (and `relay usage` something to match).
HISTORY_KEYS = {
    "design-team": ["--owner", "Design", "--budget-usd", "40", "--rpm", "120"],
    "ci-bot": ["--owner", "Platform", "--max-concurrent", "4", "--budget-usd", "5", "--budget-period", "day"],
    "support-gpt": ["--scopes", "actions", "--owner", "Support", "--models", "gpt-4o-mini,gpt-4.1-mini"],
}
HISTORY_MODELS = ["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1"]
HISTORY_DAYS = 21


def write_history(env: dict, data: Path) -> None:
    """Calls of the history keys over the past days, written as the ledger writes them (Store.write_usage)."""
    from runtime.store import Store
    from runtime.usage.prices import Prices
    from runtime.usage.records import Usage, UsageRow

    keys = {k["name"]: k["id"] for k in json.loads(cli(env, "keys", "list", "--json").stdout)}
    prices = Prices.load(None)
    now = time.time()
    rows = []
    for day in range(HISTORY_DAYS, 0, -1):
        for n, name in enumerate(HISTORY_KEYS):
            for call in range((day * 7 + n * 3) % 5 + 1):
                model = HISTORY_MODELS[(day + n + call) % len(HISTORY_MODELS)]
                usage = Usage(input=400 + (day * 131 + call * 97 + n * 53) % 2600, cached=(day * 17) % 200,
                              output=120 + (day * 71 + call * 29) % 900, reasoning=0, model=model)
                rows.append(UsageRow(
                    time=now - day * 86400 + call * 60, request_id=f"req_hist{day}{n}{call}", key_id=keys[name],
                    key_name=name, operation="createResponse", model=model, status=200, duration_ms=800.0,
                    ttfb_ms=300.0, bytes_in=900, bytes_out=4000, input_tokens=usage.input,
                    cached_tokens=usage.cached, output_tokens=usage.output, reasoning_tokens=0,
                    cost_usd=prices.cost(usage, model)))

    async def write():
        async with Store(f"sqlite:///{data / 'relay.db'}") as store:
            await store.write_usage(rows)

    with ThreadPoolExecutor(1) as pool:  # its own thread: Playwright's sync API may own this one's loop
        pool.submit(asyncio.run, write()).result(timeout=60)
