"""Issue 11, item 10: the docs say what is true today."""

from __future__ import annotations

import re
from pathlib import Path

from runtime import websocket
from runtime.config import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DESIGN = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
NOTES = (ROOT / "docs" / "notes.md").read_text(encoding="utf-8")


def test_readme_environment_table_names_every_setting_and_relay_spec():
    rows = [line for line in README.splitlines() if line.startswith("| `")]
    named = {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row.split("|")[1])}
    assert {info.alias for info in Settings.model_fields.values()} <= named
    assert "RELAY_SPEC" in named


def test_all_proxy_is_never_claimed():
    """aiohttp (the transport used behind a proxy) ignores ALL_PROXY: the docs may only say so."""
    for line in README.splitlines():
        if "ALL_PROXY" in line:
            assert "not honoured" in line, line
    assert "`HTTP_PROXY`/`ALL_PROXY` names a proxy" not in NOTES
    assert "`ALL_PROXY` is not honoured" in NOTES


def test_readme_names_every_websocket_path():
    from runtime.routing import WEBSOCKET_PATHS

    for path in sorted(WEBSOCKET_PATHS):
        assert f"`{path}`" in README, path
    assert "`/v1/live/sessions/{id}/attach`" in README
    assert websocket.is_websocket_path("/v1/live/sessions/sess_1/attach")


def test_request_id_claim_is_the_true_one():
    assert "starts every log line" not in README
    assert "which also starts every access log line" in README.replace("\n", " ")


def test_design_says_where_the_cli_lives_and_why_codegen_is_lazy():
    assert "runtime never imports `generated` or `codegen`" not in DESIGN.replace("\n", " ")
    assert "`relay` is `runtime/cli.py`" in DESIGN and "imported lazily" in DESIGN


def test_notes_drop_gaps_that_are_fixed():
    assert "prints codegen/cli.py's stub" not in NOTES  # `relay actions --help` is real now
    assert "but the app closes them before accept" not in NOTES  # every websocket path reaches the relay
    assert "Gap for `runtime/serve.py`: pass\n  `ws_max_size" not in NOTES  # serve.py passes it
