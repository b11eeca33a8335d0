"""`relay spec diff`: checked against the raw files on two pairs — the public 2026-07-23 → pinned pair (when
../shared has it) and a pair made from the pinned spec with known edits (always, given the pinned spec)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from codegen.loader import SPEC_DIR, load_spec
from codegen.specdiff import SHARED, diff_specs
from codegen.specdiff import main as diff_main

METHODS = ("get", "put", "post", "delete", "patch")
DROP_429 = 12  # operations whose 429 response the made-up old spec lacks


@pytest.fixture(scope="module")
def pinned(upstream_spec):
    return load_spec(upstream_spec)[0]


def _made_up_old(new: dict) -> dict:
    """The pinned spec with known differences: listModels missing (added in NEW), an operation NEW lacks
    (removed), CreateEmbeddingRequest described differently (changed body schema), and DROP_429 operations
    without their 429 response (a change many operations share)."""
    old = copy.deepcopy(new)
    del old["paths"]["/models"]["get"]
    old["paths"]["/old-only"] = {"get": {"operationId": "oldOnly", "tags": ["Models"], "responses": {"200": {}}}}
    old["components"]["schemas"]["CreateEmbeddingRequest"]["description"] = "an older description"
    dropped = 0
    for item in old["paths"].values():
        for method, op in item.items():
            if method in METHODS and "429" in op.get("responses", {}) and dropped < DROP_429:
                del op["responses"]["429"]
                dropped += 1
    assert dropped == DROP_429
    return old


@pytest.fixture(scope="module", params=["made-up", "public"])
def pair(request, pinned):
    if request.param == "public":
        old = load_spec(request.getfixturevalue("older_spec"))[0]
    else:
        old = _made_up_old(pinned)
    return old, pinned, diff_specs(old, pinned, SPEC_DIR)


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
    assert expected, "the pair changed at least one request body schema"
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


def test_summary_groups_by_tag_and_counts_shared_changes_once(pinned):
    diff = diff_specs(_made_up_old(pinned), pinned, SPEC_DIR)
    assert diff.added == ["GET /models (listModels)"] and diff.removed == ["GET /old-only (oldOnly)"]
    assert diff.by_tag()["Models"] == {"added": 1, "removed": 1, "changed": 0}
    assert diff.by_tag()["Embeddings"] == {"added": 0, "removed": 0, "changed": 1}
    assert diff.shared_changes() == {"response 429 added": DROP_429} and DROP_429 >= SHARED
    text = diff.render()
    lines = text.splitlines()
    assert lines[0] == f"operations: 1 added, 1 removed, {len(diff.changed)} changed"
    assert f"{DROP_429} operations: response 429 added" in [line.strip() for line in lines]
    assert sum("response 429 added" in line for line in lines) == 1  # counted once, never one line per op
    assert "createEmbedding" not in text and "--details" in text  # no per-operation lines without --details
    detailed = diff.render(details=True)
    assert "  ~ POST /embeddings (createEmbedding)  [Embeddings]" in detailed
    assert "request body schemas changed: CreateEmbeddingRequest" in detailed
    assert sum("response 429 added" in line for line in detailed.splitlines()) == 1


def test_our_overlays_still_match_the_current_spec(pair):
    assert pair[2].fix_misses == [] and pair[2].policy_misses == []
    assert "policy overlay: every target still matches" in pair[2].render()


def _overlays(tmp_path: Path, fixes_target: str, policy_target: str) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    head = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
    (tmp_path / "fixes.overlay.yaml").write_text(
        head + f"  - description: a fix upstream made\n    target: \"{fixes_target}\"\n    remove: true\n")
    (tmp_path / "relay.overlay.yaml").write_text(
        head + f"  - description: stale policy\n    target: \"{policy_target}\"\n"
               "    update: {x-relay: {exposed: false}}\n")
    return tmp_path


def test_stale_fix_is_a_warning_and_stale_policy_an_error(tmp_path: Path, pinned):
    spec_dir = _overlays(tmp_path, "$.components.schemas.NoSuchSchema.required", "$.paths['/no/such/path'].get")
    diff = diff_specs(pinned, pinned, spec_dir)
    assert len(diff.fix_misses) == 1 and "a fix upstream made" in diff.fix_misses[0]
    assert len(diff.policy_misses) == 1 and "stale policy" in diff.policy_misses[0]
    text = diff.render()
    assert "upstream fixed it; drop this fix" in text and "`relay generate` would fail" in text


def test_exit_status_is_1_only_when_policy_targets_break(tmp_path: Path, upstream_spec, capsys):
    broken = _overlays(tmp_path / "broken", "$.components.schemas.NoSuchSchema", "$.paths['/no/such/path'].get")
    fine = _overlays(tmp_path / "fine", "$.components.schemas.NoSuchSchema", "$.paths['/models'].get")
    assert diff_main(upstream_spec, upstream_spec, broken) == 1
    assert diff_main(upstream_spec, upstream_spec, fine) == 0  # a stale fix alone is only a warning
    assert diff_main(upstream_spec, upstream_spec, broken, fmt="json") == 1
    out = capsys.readouterr().out
    document = json.loads(out[out.rindex('{\n  "old"'):])
    assert document["overlays"]["policy_misses"] and document["overlays"]["fix_misses"]
    assert document["operations"] == {"added": [], "removed": [], "changed": []}

