"""Issue 11, item 5: a spec update regenerates with zero code edits. A fixes-overlay action whose target is
gone (upstream fixed its spec) is a warning in the summary; a policy-overlay action whose target is gone stays
an error naming the action; a fix still needed under a new name is caught by the validator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import loader, pipeline
from codegen.loader import SpecError

QUIRKS = Path(__file__).resolve().parents[1] / "codegen" / "fixtures" / "quirks"
STALE_FIX = """  - description: "Widget.required lists a name twice (upstream has fixed it since)"
    target: $.components.schemas.Widget.required
    remove: true
"""


def _spec_dir(tmp_path: Path, fixes_extra: str = "", policy_extra: str = "", fixes_edit=None) -> Path:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    fixes = (QUIRKS / "fixes.overlay.yaml").read_text()
    if fixes_edit:
        fixes = fixes_edit(fixes)
    (spec_dir / "fixes.overlay.yaml").write_text(fixes + fixes_extra)
    (spec_dir / "relay.overlay.yaml").write_text((QUIRKS / "relay.overlay.yaml").read_text() + policy_extra)
    return spec_dir


def _run(spec_dir: Path, tmp_path: Path, spec: Path = QUIRKS / "openapi.yaml", **kw) -> pipeline.Result:
    opts = pipeline.Options(spec_path=spec, spec_dir=spec_dir, out_dir=tmp_path / "generated",
                            cache_dir=tmp_path / "cache", check_lock=False, actions=False, **kw)
    return pipeline.run(opts)


def test_fix_whose_target_is_gone_is_a_warning_and_generation_goes_on(tmp_path):
    result = _run(_spec_dir(tmp_path, fixes_extra=STALE_FIX), tmp_path)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert "fixes.overlay.yaml action #4" in warning and "Widget.required lists a name twice" in warning
    assert warning.endswith("matches nothing: upstream fixed it; drop this fix")
    summary = pipeline.summary(result, pipeline.write(result, tmp_path / "generated"), 0.1)
    assert f"warning: {warning}" in summary.splitlines()
    assert (tmp_path / "generated" / "catalog.py").is_file()  # generated anyway


def test_the_same_tree_with_or_without_the_stale_fix(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    with_stale = _run(_spec_dir(a, fixes_extra=STALE_FIX), a)
    without = _run(_spec_dir(b), b)
    assert without.warnings == [] and with_stale.files == without.files


def test_policy_action_whose_target_is_gone_is_an_error_naming_it(tmp_path):
    stale = ('  - description: "Actions: GET /gadgets (renamed upstream)"\n'
             "    target: $.paths['/gadgets'].get\n    update:\n      x-relay:\n        actions: true\n")
    with pytest.raises(SpecError) as err:
        _run(_spec_dir(tmp_path, policy_extra=stale), tmp_path)
    message = str(err.value)
    assert "relay.overlay.yaml action #" in message and "Actions: GET /gadgets (renamed upstream)" in message
    assert "matches nothing" in message


def test_fix_needed_under_a_new_name_is_still_caught_by_the_validator(tmp_path):
    """Upstream renamed the schema a fix targets but kept the bug: the fix misses (a warning), and the
    spec validator refuses the effective spec, so the stale fix cannot go unnoticed."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text((QUIRKS / "openapi.yaml").read_text().replace("CreateResponse", "CreateResponseV2"))
    spec_dir = _spec_dir(tmp_path)
    with pytest.raises(SpecError) as err:
        _run(spec_dir, tmp_path, spec=spec)
    assert "validation error" in str(err.value)


def test_older_public_spec_generates_with_zero_code_edits(tmp_path, older_spec):
    """The 2026-07-23 public spec through the real overlays (spec/), into a temporary folder."""
    spec_dir = tmp_path / "spec"
    shutil.copytree(loader.SPEC_DIR, spec_dir)
    out = tmp_path / "generated"
    opts = pipeline.Options(spec_path=older_spec, spec_dir=spec_dir, out_dir=out, cache_dir=loader.CACHE_DIR,
                            check_lock=False)
    result = pipeline.run(opts)
    pipeline.write(result, out)
    assert len(result.ops) > 250 and sum(op.actions for op in result.ops) >= 15
    assert (out / "catalog.py").is_file() and (out / "actions" / "openapi.json").is_file()
    assert pipeline.check(result, out) == []
    assert all("drop this fix" in warning for warning in result.warnings)
