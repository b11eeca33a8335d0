"""Load the upstream spec (YAML) through a sha256-keyed JSON cache, check it against the lock, validate it.

Parsing the 3 MB YAML costs ~1 s with the C loader (8 s without); the JSON copy reads in ~25 ms. The copy
keeps key order because datamodel-code-generator's output (class order, names) depends on it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = PROJECT_ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"
SPEC_DIR = PROJECT_ROOT / "spec"
CACHE_DIR = PROJECT_ROOT / ".cache"


class SpecError(Exception):
    """A problem with the input spec, the lock or an overlay; the message is meant for the user."""


@dataclass(frozen=True)
class Lock:
    url: str
    sha256: str
    commit: str

    @classmethod
    def read(cls, path: Path) -> Lock:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        try:
            return cls(url=str(data["url"]), sha256=str(data["sha256"]), commit=str(data.get("commit", "")))
        except KeyError as exc:
            raise SpecError(f"{path}: missing key {exc}") from None

    def write(self, path: Path) -> None:
        text = (
            "# The upstream OpenAPI spec this relay is generated from. `relay generate` refuses any other file\n"
            "# unless run with --update-lock; `relay spec fetch` downloads `url` and checks `sha256`.\n"
            f"url: {self.url}\nsha256: {self.sha256}\ncommit: {self.commit}\n"
        )
        path.write_text(text, encoding="utf-8")


def pinned_spec_cache() -> Path:
    """Where `relay spec fetch` keeps the pinned spec: .cache/openapi-<sha256 prefix>.yaml."""
    return CACHE_DIR / f"openapi-{Lock.read(SPEC_DIR / 'lock.yaml').sha256[:16]}.yaml"


def resolve_spec_path(cli_value: str | None = None, *, fetch: bool = False) -> Path:
    """The upstream spec, the one lookup everything uses (generator, nox, tests): --spec, else $RELAY_SPEC,
    else ../shared/openai-openapi/openapi.yaml beside the project, else the pinned spec in .cache/ —
    downloaded from spec/lock.yaml's URL and checked against its sha256 first when `fetch` and missing.
    The path returned may not exist (without `fetch`)."""
    value = cli_value or os.environ.get("RELAY_SPEC")
    if value:
        return Path(value).resolve()
    if DEFAULT_SPEC.is_file():
        return DEFAULT_SPEC
    cached = pinned_spec_cache()
    if fetch and not cached.is_file():
        import sys

        from .fetch import download_pinned

        size = download_pinned(cached)
        print(f"no spec given or in ../shared: downloaded the pinned spec to {cached} ({size:,} bytes, "
              "sha256 checked)", file=sys.stderr)
    return cached


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _yaml_load(text: str) -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader; the C one when PyYAML has it


def load_spec(path: Path, cache_dir: Path | None = CACHE_DIR) -> tuple[dict, str]:
    """Return (spec dict, sha256 of the file bytes); a JSON copy is cached under cache_dir by sha256."""
    if not path.is_file():
        raise SpecError(f"{path} does not exist")
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    cached = cache_dir / f"spec-{digest}.json" if cache_dir else None
    if cached and cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8")), digest
    text = raw.decode("utf-8")
    spec = json.loads(text) if path.suffix == ".json" else _yaml_load(text)
    # Round-trip through JSON: PyYAML turns example dates into date objects (default=str makes them the
    # strings they were), and the cache must give the same dict as a fresh parse.
    dumped = json.dumps(spec, default=str, ensure_ascii=False)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(dumped, encoding="utf-8")
        tmp.replace(cached)
    return json.loads(dumped), digest


def check_lock(lock_path: Path, digest: str, spec_path: Path, *, update: bool) -> Lock:
    """The spec's sha256 must match the lock; --update-lock rewrites the lock's sha256 (url kept)."""
    lock = Lock.read(lock_path) if lock_path.is_file() else None
    if lock and lock.sha256 == digest:
        return lock
    if not update:
        want = lock.sha256 if lock else "(no lock file)"
        raise SpecError(
            f"spec {spec_path} has sha256 {digest}, but {lock_path} pins {want}.\n"
            "Use the pinned file (`relay spec fetch`), or accept this one with `relay generate --update-lock` "
            "(then update url/commit in the lock by hand)."
        )
    new = Lock(url=lock.url if lock else str(spec_path), sha256=digest, commit=lock.commit if lock else "")
    new.write(lock_path)
    return new


def validate(spec: dict, key: str, cache_dir: Path | None, *, force: bool) -> list[str]:
    """openapi-spec-validator errors of the effective spec (~8-19 s), skipped when already seen valid.

    `key` identifies the effective spec (upstream sha256 + overlay hashes); a marker file remembers a
    clean run so warm generations skip the validator. `force` (--validate, CI=true) always runs it.
    """
    marker = cache_dir / f"valid-{key}" if cache_dir else None
    if marker and marker.exists() and not force:
        return []
    from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

    errors = [_describe(err) for err in OpenAPIV31SpecValidator(spec).iter_errors()]
    if not errors and marker:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("ok\n")
    return errors


def _describe(err) -> str:
    where = "/".join(str(p) for p in getattr(err, "absolute_path", []) or [])
    return f"{where or '(document)'}: {err.message[:300]}"
