"""Run the relay (`relay serve`) with a server-side tweak, for experiments the bench reports on.

    BENCH_HIGH_WATER=1048576 python bench/relay_variant.py --port 8000

BENCH_HIGH_WATER: uvicorn's request-body high-water mark (64 KiB by default: reading pauses, and resumes
after each `receive()`, once that much body is buffered).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if os.environ.get("BENCH_HIGH_WATER"):
    from uvicorn.protocols.http import httptools_impl

    httptools_impl.HIGH_WATER_LIMIT = int(os.environ["BENCH_HIGH_WATER"])

from runtime.cli import main

sys.exit(main(["serve", *sys.argv[1:]]))
