"""`relay spec fetch`: download the spec pinned in spec/lock.yaml (for machines without ../shared)."""

from __future__ import annotations

import hashlib
import urllib.request
from pathlib import Path

from .loader import SPEC_DIR, Lock, SpecError


def fetch(dest: Path, lock_path: Path = SPEC_DIR / "lock.yaml", timeout: float = 60.0) -> int:
    lock = Lock.read(lock_path)
    if dest.is_file() and hashlib.sha256(dest.read_bytes()).hexdigest() == lock.sha256:
        print(f"{dest}: already the pinned spec (sha256 {lock.sha256[:12]}…)")
        return 0
    try:
        with urllib.request.urlopen(lock.url, timeout=timeout) as response:  # the URL pinned in our lock
            data = response.read()
    except OSError as exc:
        raise SpecError(f"download of {lock.url} failed: {exc}") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != lock.sha256:
        raise SpecError(f"{lock.url} has sha256 {digest}, the lock pins {lock.sha256}; nothing written")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(dest)
    print(f"wrote {dest} ({len(data):,} bytes, sha256 {digest[:12]}…)")
    return 0
