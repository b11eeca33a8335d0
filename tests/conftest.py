"""Shared test settings. Runtime fixtures live in tests/runtime/conftest.py."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Real PostgreSQL and Redis servers for any test directory (tests/services.py).
pytest_plugins = ["services"]

# Tests never read a developer's real keys or .env: the relay's settings come from each test.
for _name in ("OPENAI_API_KEY", "OPENAI_ADMIN_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID",
              "RELAY_KEYS", "RELAY_KEYS_FILE", "RELAY_AUTH", "RELAY_PUBLIC_URL", "RELAY_CORS_ORIGINS",
              "RELAY_DATA_DIR", "RELAY_DATABASE_URL", "RELAY_KEY_SECRET",
              # observability: in-process apps keep their metrics in-process and do not trace
              "RELAY_LOG_FORMAT", "RELAY_METRICS_PUBLIC", "RELAY_REDIS_URL", "PROMETHEUS_MULTIPROC_DIR",
              "prometheus_multiproc_dir", "OTEL_SERVICE_NAME", "OTEL_TRACES_EXPORTER", "OTEL_EXPORTER_OTLP_ENDPOINT",
              "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
    os.environ.pop(_name, None)

# ...nor write to a developer's data directory: relay processes the tests start keep their database here.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="relay-tests-xdg-")


# --- the upstream spec, found the one way the generator and `nox -s tests` find it -------------------------

@pytest.fixture(scope="session")
def upstream_spec() -> Path:
    """The pinned upstream spec: --spec/RELAY_SPEC, ../shared/openai-openapi/openapi.yaml, else the copy
    `relay spec fetch` (or `nox -s tests`) downloaded into .cache/. Tests never download it themselves."""
    from codegen.loader import resolve_spec_path

    path = resolve_spec_path()
    if not path.is_file():
        pytest.skip(f"no upstream spec at {path}: set RELAY_SPEC or run `relay spec fetch`")
    return path


@pytest.fixture(scope="session")
def older_spec(upstream_spec: Path) -> Path:
    """An older public spec (2026-07-23) kept beside the pinned one in ../shared, for spec-update tests."""
    from codegen.loader import DEFAULT_SPEC

    for path in (upstream_spec.parent / OLDER_SPEC_DIR / "openapi.yaml",
                 DEFAULT_SPEC.parent / OLDER_SPEC_DIR / "openapi.yaml"):
        if path.is_file():
            return path
    pytest.skip(f"no older spec ({OLDER_SPEC_DIR}/openapi.yaml beside the pinned one)")


OLDER_SPEC_DIR = "2026-07-23"
