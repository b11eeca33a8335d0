"""Route dispatch: the relay's dispatch-index lookup for every catalog operation in-process, and the
first, the last and the slowest-to-look-up generated GET routes end to end.

The in-process part runs in a child interpreter in the project root, so a half-written generated/ cannot
break the bench.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_INPROC = r"""
import json, re, sys, time
from generated.catalog import CATALOG
ops = list(CATALOG)

def relay_path(op):
    p = "/v1" + re.sub(r"\{[^}]+\}", "bench1", op.path)
    return p + ("?" + "&".join(f"{k}={v}" for k, v in op.fixed_query) if op.fixed_query else "")

gets = [op for op in ops if op.method == "GET" and op.policy.exposed]
out = {"n": len(ops), "first": [gets[0].operation_id, relay_path(gets[0])],
       "last": [gets[-1].operation_id, relay_path(gets[-1])], "lookup_us": {}}
try:
    from runtime.routing import DispatchIndex
except ImportError as exc:
    out["error"] = f"runtime.routing.DispatchIndex: {exc}"
    print(json.dumps(out))
    sys.exit(0)
index = DispatchIndex(CATALOG)
match = index.match
n = int(sys.argv[1])

def timeit(method, p, q):
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(n):
            match(method, p, q)
        dt = (time.perf_counter() - t0) / n * 1e6
        best = dt if best is None else min(best, dt)
    return best

wrong = []
for op in ops:
    p, _, q = relay_path(op)[3:].partition("?")
    found, _ = match(op.method, p, q.encode())
    if found is None or found.operation_id != op.operation_id:
        wrong.append(f"{op.method} {p} -> {found and found.operation_id} (want {op.operation_id})")
        continue
    out["lookup_us"][op.operation_id] = [op.method, relay_path(op), timeit(op.method, p, q.encode())]
out["unknown_path_us"] = timeit("GET", "/no/such/route", b"")
out["wrong"] = wrong
print(json.dumps(out))
"""


def analyse(root: Path, iterations: int = 5000) -> dict:
    """{'first': [op_id, path], 'last': ..., 'lookup_us': {op_id: [method, path, us]}, ...} or {}."""
    try:
        r = subprocess.run([sys.executable, "-c", _INPROC, str(iterations)], check=False, cwd=root, capture_output=True,
                           text=True, timeout=300)
        return json.loads(r.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, ValueError, IndexError):
        return {}
