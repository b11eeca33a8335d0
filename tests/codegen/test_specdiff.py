"""`relay spec diff` on the shared 2026-07-23 → current pair, checked against the raw files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.loader import DEFAULT_SPEC, SPEC_DIR, load_spec
from codegen.specdiff import diff_specs

OLD = DEFAULT_SPEC.parent / "2026-07-23" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
pytestmark = pytest.mark.skipif(not (OLD.is_file() and DEFAULT_SPEC.is_file()), reason="shared specs absent")


@pytest.fixture(scope="module")
def pair():
    old, _ = load_spec(OLD)
    new, _ = load_spec(DEFAULT_SPEC)
    return old, new, diff_specs(old, new, SPEC_DIR)


def _ops(spec):
    return {(m.upper(), p): op for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS}


def test_added_and_removed_operations_match_the_raw_specs(pair):
    old, new, diff = pair
    added = {f"{m} {p} ({op['operationId']})" for (m, p), op in _ops(new).items() if (m, p) not in _ops(old)}
    removed = {f"{m} {p} ({op['operationId']})" for (m, p), op in _ops(old).items() if (m, p) not in _ops(new)}
    assert set(diff.added) == added and set(diff.removed) == removed
    assert added or removed or diff.changed  # the pair differs; a diff that saw nothing is broken


def test_changed_request_body_schema_is_reported(pair):
    """Every operation whose body $ref target changed textually must be listed with that schema."""
    old, new, diff = pair
    old_s, new_s = old["components"]["schemas"], new["components"]["schemas"]
    expected = {}
    for key, op in _ops(new).items():
        ref = ((op.get("requestBody") or {}).get("content", {}).get("application/json", {})
               .get("schema", {}).get("$ref", ""))
        name = ref.rsplit("/", 1)[-1]
        if (key in _ops(old) and name in old_s and name in new_s
                and json.dumps(old_s[name], sort_keys=True) != json.dumps(new_s[name], sort_keys=True)):
            expected[f"{key[0]} {key[1]} ({op['operationId']})"] = name
    assert expected, "the shared pair changed at least one request body schema"
    for label, name in expected.items():
        lines = [c for c in diff.changed.get(label, []) if c.startswith("request body schemas changed")]
        assert lines and name in lines[0], label


def test_unchanged_operation_is_not_reported(pair):
    old, new, diff = pair
    for key, op in _ops(new).items():
        if key in _ops(old) and json.dumps(_ops(old)[key], sort_keys=True) == json.dumps(op, sort_keys=True):
            label = f"{key[0]} {key[1]} ({op['operationId']})"
            # its own object is identical; only reached schemas can make it "changed"
            assert all("schemas changed" in c for c in diff.changed.get(label, [])), label


def test_our_overlays_still_match_the_current_spec(pair):
    assert pair[2].overlay_misses == []


def test_overlay_action_matching_nothing_in_new_is_reported(tmp_path: Path, pair):
    old, new, _ = pair
    (tmp_path / "relay.overlay.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - description: stale action\n    target: \"$.paths['/no/such/path'].get\"\n"
        "    update: {x-relay: {exposed: false}}\n")
    diff = diff_specs(old, new, tmp_path)
    assert len(diff.overlay_misses) == 1 and "stale action" in diff.overlay_misses[0]
    assert "would fail" in diff.render()
