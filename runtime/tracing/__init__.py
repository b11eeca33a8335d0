"""Tracing, opt-in: `pip install 'chatgpt-team-relay[otel]'` and the standard `OTEL_*` environment.

On only when the OpenTelemetry SDK is installed and the environment asks for traces (`OTEL_TRACES_EXPORTER`
other than `none`, `OTEL_SERVICE_NAME`, or an `OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT`), and not when
`OTEL_SDK_DISABLED=true`. Off, nothing of OpenTelemetry is imported and the relay's hooks are one
`if ... is not None` each. The spans themselves: spans.py.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

__all__ = ["tracer_from_env", "wanted"]

log = logging.getLogger("relay.tracing")


def wanted(environ: Mapping[str, str] = os.environ) -> bool:
    """Does the environment ask for traces?"""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    exporter = environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if exporter:
        return exporter != "none"
    return any(environ.get(name) for name in ("OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT",
                                              "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))


def tracer_from_env(environ: Mapping[str, str] = os.environ):
    """A `spans.RelayTracer` exporting as the environment says, or None (tracing off)."""
    if not wanted(environ):
        return None
    try:
        from . import spans
    except ImportError as exc:
        log.warning("OTEL_* asks for traces but OpenTelemetry is not installed (%s): tracing stays off; "
                    "install it with pip install 'chatgpt-team-relay[otel]'.", exc)
        return None
    return spans.RelayTracer.from_env(environ)
