"""The metrics directory of one `relay serve` (prometheus_client's multiprocess mode): every worker writes its
values there and a scrape sums them. Set before the app is imported and before the workers fork."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["prepare_directory", "remove_directory", "worker_exited"]

_ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare_directory() -> tuple[str, bool]:
    """Point `PROMETHEUS_MULTIPROC_DIR` at an empty directory: the operator's own (its metric files from an
    earlier run are deleted, nothing else), else a fresh private temp directory. Returns (path, created):
    a created directory is the relay's to remove at exit (`remove_directory`)."""
    given = os.environ.get(_ENV) or os.environ.get(_ENV.lower())
    if given:
        path = Path(given)
        path.mkdir(parents=True, exist_ok=True)
        for stale in (*path.glob("*.db"), *path.glob("live-*.json"), *path.glob("live-*.tmp")):
            stale.unlink(missing_ok=True)
        created = False
    else:
        path = Path(tempfile.mkdtemp(prefix="relay-metrics-"))
        created = True
    os.environ[_ENV] = str(path)
    return str(path), created


def remove_directory(path: str) -> None:
    shutil.rmtree(path, ignore_errors=True)


def worker_exited(pid: int) -> None:
    """A worker is gone: its in-flight gauge and live figures go with it (its counters stay in the sums)."""
    path = os.environ.get(_ENV)
    if not path:
        return
    from prometheus_client.multiprocess import mark_process_dead

    mark_process_dead(pid, path)
    Path(path, f"live-{pid}.json").unlink(missing_ok=True)
