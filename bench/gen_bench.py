"""Time `relay generate` on the full spec, cold and warm, without touching the work tree.

The generator keeps its cache in `<project>/.cache` and writes `<project>/generated`, both found from its
own file's location (codegen/loader.py), so the bench copies the sources into a temp project and runs the
generator there: the first run has an empty cache (cold), the second the cache the first one left (warm).
The spec is the one the work tree would use (`$RELAY_SPEC`, else `../shared/openai-openapi/openapi.yaml`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

COPY = ("codegen", "runtime", "spec", "generated", "pyproject.toml")


def _copy_project(root: Path, dest: Path) -> Path:
    proj = dest / "main"
    proj.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".cache")
    for name in COPY:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, proj / name, ignore=ignore)
        elif src.is_file():
            shutil.copy2(src, proj / name)
    return proj


def measure(tmp: Path, root: Path, timeout: float = 300) -> list[tuple[str, float | None, str]]:
    if not (root / "codegen").is_dir():
        return [("generate cold", None, "no codegen/ yet")]
    spec = os.environ.get("RELAY_SPEC") or str(root.parent / "shared" / "openai-openapi" / "openapi.yaml")
    proj = _copy_project(root, tmp / "gen")
    env = dict(os.environ, RELAY_SPEC=spec, PYTHONDONTWRITEBYTECODE="1")
    out = []
    for name in ("generate cold (empty .cache)", "generate warm (cache filled)"):
        t0 = time.perf_counter()
        try:
            r = subprocess.run([sys.executable, "-m", "runtime.cli", "generate"], check=False, cwd=proj, env=env,
                               capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            out.append((name, None, f"timed out after {timeout:.0f} s"))
            break
        secs = time.perf_counter() - t0
        if r.returncode != 0:
            msg = (r.stderr.strip() or r.stdout.strip()).splitlines()[-1:] or ["?"]
            out.append((name, None, f"failed (rc {r.returncode}): {msg[0][:80]}"))
            break
        note = ""
        if name.startswith("generate cold"):
            cache = proj / ".cache"
            files = len(list(cache.iterdir())) if cache.is_dir() else 0
            note = f"{files} cache files"
        out.append((name, secs, note))
    ops = _count_ops(proj)
    if ops:
        out.append(("generated operations", None, f"{ops} in generated/catalog.py"))
    shutil.rmtree(tmp / "gen", ignore_errors=True)
    return out


def _count_ops(proj: Path) -> int:
    cat = proj / "generated" / "catalog.py"
    try:
        return cat.read_text(encoding="utf-8").count("OperationSpec(")
    except OSError:
        return 0
