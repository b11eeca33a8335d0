"""Shared test settings. Runtime fixtures live in tests/runtime/conftest.py."""

from __future__ import annotations

import os

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
