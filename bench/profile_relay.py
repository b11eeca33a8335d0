"""Profile the relay under wrk load with py-spy and summarise where the samples fall.

`py-spy record --format raw` writes collapsed stacks ("frame;frame;... count"); the summary lists the top
frames by self samples (the leaf) and by inclusive samples (anywhere on the stack), per function and file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections import Counter
from pathlib import Path

import harness as H

_LINE = re.compile(r"\s*\(([^)]*?)(?::\d+)?\)$")


def _frame(f: str) -> str:
    """'handle (runtime/app.py:123)' -> 'handle (runtime/app.py)'; paths shortened to the package."""
    m = _LINE.search(f)
    name = f[: m.start()].strip() if m else f.strip()
    path = m.group(1) if m else ""
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{name} ({path})" if path else name


def summarise(raw: str, top: int = 18) -> str:
    self_c, incl = Counter(), Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [_frame(f) for f in stack.split(";") if f]
        frames = [f for f in frames if not f.startswith("process ") and not f.startswith("thread ")]
        if not frames:
            continue
        total += n
        self_c[frames[-1]] += n
        for f in set(frames):
            incl[f] += n
    if not total:
        return "  (no samples)"
    out = [f"  {total} samples", "  top self (leaf) frames:"]
    out += [f"    {c / total:6.1%}  {f}" for f, c in self_c.most_common(top)]
    out.append("  top inclusive frames:")
    out += [f"    {c / total:6.1%}  {f}" for f, c in incl.most_common(top + 12)]
    return "\n".join(out)


def profile(target, tmp: Path, *, seconds: float, body: str, path: str, auth: str, native: bool = False) -> str:
    if not shutil.which("py-spy"):
        return "  py-spy not installed: pip install py-spy"
    out_file = tmp / "relay-profile.txt"
    argv = ["py-spy", "record", "--subprocesses", "--nonblocking", "-r", "250", "-d", str(int(seconds)),
            "-f", "raw", "-o", str(out_file), "-p", str(target.proc.pid)]
    if native:
        argv.insert(2, "--native")
    load = threading.Thread(target=H.wrk, args=(target.base + path,),
                            kwargs={"conns": 32, "duration": seconds + 3, "method": "POST", "body": body, "auth": auth},
                            daemon=True)
    load.start()
    r = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=seconds + 60)
    load.join(timeout=seconds + 30)
    if not out_file.is_file():
        return f"  py-spy failed (rc {r.returncode}): {r.stderr.strip()[-300:]}"
    text = out_file.read_text(errors="replace")
    keep = Path("/tmp") / "relay-profile-latest.txt"
    keep.write_text(text)
    return summarise(text) + f"\n  (collapsed stacks kept in {keep})"
