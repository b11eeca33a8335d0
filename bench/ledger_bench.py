"""The usage ledger's write rate: rows/s through `Store.write_usage` in batches (one transaction each: events,
daily upserts, last_used_at), on SQLite and on PostgreSQL; then the time of a usage report and of the
start-up schema check.

    python bench/ledger_bench.py [--rows 100000] [--batch 500] [--url URL ...]

Without --url: a SQLite file in a temp dir and a private PostgreSQL (tests/services.py, fsync on: the
durability a deployment has). Rows: 20 keys x 6 models x 8 operations over the last 3 days, a tenth of them
without usage. Prints one line per database and one JSON line last.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from runtime.store import Store  # noqa: E402
from runtime.usage.records import UsageRow  # noqa: E402

MODELS = ["gpt-5", "gpt-5-mini", "gpt-4o", "gpt-4.1", "text-embedding-3-small", None]
OPERATIONS = ["createResponse", "createChatCompletion", "createEmbedding", "createImage", "listModels",
              "createTranscription", "retrieveResponse", "createModeration"]


def make_rows(n: int, seed: int = 7) -> list[UsageRow]:
    rng = random.Random(seed)
    now = time.time()
    rows = []
    for i in range(n):
        known = rng.random() > 0.1
        tokens_in = rng.randint(10, 5000)
        rows.append(UsageRow(
            time=now - rng.random() * 3 * 86400, request_id=f"req_{i:012d}", key_id=f"key_{i % 20:024x}",
            key_name=f"person-{i % 20}", operation=rng.choice(OPERATIONS), model=rng.choice(MODELS),
            status=rng.choice((200, 200, 200, 200, 429, 500, 0)), duration_ms=rng.random() * 2000,
            ttfb_ms=rng.random() * 500, bytes_in=rng.randint(100, 10000), bytes_out=rng.randint(100, 100000),
            input_tokens=tokens_in if known else None, cached_tokens=tokens_in // 3 if known else None,
            output_tokens=rng.randint(1, 2000) if known else None, reasoning_tokens=rng.randint(0, 500) if known else None,
            cost_usd=rng.random() / 100 if known else None,
        ))
    return rows


async def measure(url: str, rows: list[UsageRow], batch: int) -> dict:
    store = Store(url)
    await store.open()
    try:
        await store.upgrade()
        started = time.perf_counter()
        for i in range(0, len(rows), batch):
            await store.write_usage(rows[i:i + batch])
        elapsed = time.perf_counter() - started
        report_started = time.perf_counter()
        report = await store.usage_report(group_by=["key", "model", "day"])
        report_s = time.perf_counter() - report_started
        check_started = time.perf_counter()
        await store.upgrade()  # already at head: what every start pays
        check_s = time.perf_counter() - check_started
    finally:
        await store.close()
    assert sum(r["requests"] for r in report) == len(rows)
    return {"database": store.dialect, "rows": len(rows), "batch": batch, "seconds": round(elapsed, 3),
            "rows_per_s": round(len(rows) / elapsed), "report_ms": round(report_s * 1000, 1),
            "report_rows": len(report), "schema_check_ms": round(check_s * 1000, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--url", action="append", help="database URL (repeatable); default: SQLite and PostgreSQL")
    args = parser.parse_args()
    rows = make_rows(args.rows)
    results = []
    with contextlib.ExitStack() as stack:
        urls = args.url
        if not urls:
            from services import start_postgres

            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="ledger-bench-"))
            urls = [f"sqlite:///{folder}/relay.db", stack.enter_context(start_postgres(fsync=True))]
        for url in urls:
            result = asyncio.run(measure(url, rows, args.batch))
            results.append(result)
            print(f"{result['database']:>10}: {result['rows_per_s']:>8,} rows/s ({result['rows']:,} rows in batches "
                  f"of {result['batch']}, {result['seconds']} s); report by key,model,day {result['report_ms']} ms "
                  f"({result['report_rows']} rows); schema check at head {result['schema_check_ms']} ms")
    print(json.dumps({"ledger": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
