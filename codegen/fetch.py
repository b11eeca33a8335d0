"""Download the spec pinned in spec/lock.yaml and check its sha256 (for machines without ../shared)."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from .loader import SPEC_DIR, Lock, SpecError


def download_pinned(dest: Path, lock_path: Path = SPEC_DIR / "lock.yaml", timeout: float = 60.0) -> int:
    """Write the pinned spec to `dest` (atomically, only when its sha256 matches the lock); return its size.
    Raises SpecError with one sentence when the download fails or the bytes are not the pinned ones."""
    lock = Lock.read(lock_path)
    try:
        with urllib.request.urlopen(lock.url, timeout=timeout) as response:  # the URL pinned in our lock
            data = response.read()
    except urllib.error.HTTPError as exc:
        raise SpecError(f"cannot download the pinned spec: {lock.url} answered HTTP {exc.code} {exc.reason}; "
                        "set RELAY_SPEC to a copy of it instead") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        reason = getattr(reason, "strerror", None) or str(reason)
        raise SpecError(f"cannot download the pinned spec from {urlsplit(lock.url).netloc} ({reason}; offline?): "
                        "set RELAY_SPEC to a copy of it instead") from None
    digest = hashlib.sha256(data).hexdigest()
    if digest != lock.sha256:
        raise SpecError(f"{lock.url} has sha256 {digest}, the lock pins {lock.sha256}; nothing written")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(dest)
    return len(data)


def fetch(dest: Path, lock_path: Path = SPEC_DIR / "lock.yaml", timeout: float = 60.0) -> int:
    """`relay spec fetch`: the pinned spec at `dest` (nothing to do when it is already there)."""
    lock = Lock.read(lock_path)
    if dest.is_file() and hashlib.sha256(dest.read_bytes()).hexdigest() == lock.sha256:
        print(f"{dest}: already the pinned spec (sha256 {lock.sha256[:12]}…)")
        return 0
    size = download_pinned(dest, lock_path, timeout)
    print(f"wrote {dest} ({size:,} bytes, sha256 {lock.sha256[:12]}…)")
    return 0
