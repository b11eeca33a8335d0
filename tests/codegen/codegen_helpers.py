"""Helpers for the generator's tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen import pipeline

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent.parent / "golden"
UPDATE = os.environ.get("RELAY_UPDATE_GOLDEN") == "1"  # set to rewrite the golden trees after a deliberate change


def run_fixture(name: str, cache_dir: Path | None, spec: str = "quirks", **kw) -> pipeline.Result:
    opts = pipeline.Options(
        spec_path=FIXTURES / spec / "openapi.yaml",
        spec_dir=FIXTURES / name,
        out_dir=GOLDEN / name,
        cache_dir=cache_dir,
        check_lock=False,
        actions=False,  # the Actions builder has its own tests; keep these goldens about the generator
        **kw,
    )
    return pipeline.run(opts)


def assert_tree_matches(result: pipeline.Result, golden: Path) -> None:
    if UPDATE:
        pipeline.write(result, golden)
        return
    report = pipeline.check(result, golden, max_diff_lines=80)
    if report:
        pytest.fail(f"generated tree differs from {golden} (RELAY_UPDATE_GOLDEN=1 rewrites it):\n"
                    + "\n".join(report), pytrace=False)
