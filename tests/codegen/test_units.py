"""Naming, overlays, literals: the generator's small pieces."""

from __future__ import annotations

import ast

import pytest

from codegen.operations import snake_name, unique_names
from codegen.overlay import OverlayError, apply_overlay
from codegen.render import module_names, py_literal


@pytest.mark.parametrize(("op_id", "name"), [
    ("createChatCompletion", "create_chat_completion"),  # camelCase
    ("admin-api-keys-list", "admin_api_keys_list"),  # kebab-case
    ("ListContainerFiles", "list_container_files"),  # PascalCase
    ("Getorganizationspendlimit", "getorganizationspendlimit"),  # run-together: no boundaries to recover
    ("beta_createResponse", "beta_create_response"),
    ("retrieveURLContent", "retrieve_url_content"),
    ("import", "op_import"),
    ("2fa-enable", "op_2fa_enable"),
])
def test_snake_name(op_id, name):
    assert snake_name(op_id) == name and name.isidentifier()


def test_collisions_get_suffixes_independent_of_spec_order():
    ids = ["list-containers", "listContainers", "ListContainers", "other"]
    first = unique_names(ids)
    assert unique_names(list(reversed(ids))) == first
    assert sorted(first.values()) == ["list_containers", "list_containers_2", "list_containers_3", "other"]
    assert first["ListContainers"] == "list_containers"


def test_suffix_never_reuses_an_existing_name():
    names = unique_names(["fooBar", "foo-bar", "foo_bar_2"])
    assert len(set(names.values())) == 3


def test_module_names_are_unique_identifiers():
    mods = module_names(["Vector stores", "vector-stores", "Audit Logs", "Fine-tuning"])
    assert len(set(mods.values())) == 4 and all(m.isidentifier() for m in mods.values())
    assert mods["Audit Logs"] == "audit_logs"


def _overlay(*actions):
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_overlay_update_merges_and_remove_deletes():
    spec = {"paths": {"/a": {"get": {"operationId": "a", "x": {"keep": 1}}, "post": {"operationId": "b"}}}}
    apply_overlay(spec, _overlay(
        {"target": "$.paths['/a'].get", "update": {"x": {"add": 2}, "x-relay": {"exposed": False}}},
        {"target": "$.paths['/a'].post", "remove": True},
    ), "t.yaml")
    assert spec == {"paths": {"/a": {"get": {"operationId": "a", "x": {"keep": 1, "add": 2},
                                             "x-relay": {"exposed": False}}}}}


def test_overlay_filter_target_by_operation_id():
    spec = {"paths": {"/a": {"get": {"operationId": "a"}}, "/b": {"get": {"operationId": "b"}}}}
    apply_overlay(spec, _overlay({"target": "$.paths[*][?@.operationId=='b']", "update": {"x-relay": {}}}), "t")
    assert "x-relay" in spec["paths"]["/b"]["get"] and "x-relay" not in spec["paths"]["/a"]["get"]


def test_overlay_miss_names_the_action():
    spec = {"paths": {"/a": {"get": {}}}}
    with pytest.raises(OverlayError, match=r"t\.yaml action #2 \(block b\) target .*'/b'.*matches nothing"):
        apply_overlay(spec, _overlay({"target": "$.paths['/a'].get", "update": {}},
                                     {"description": "block b", "target": "$.paths['/b'].get", "update": {}}), "t.yaml")


def test_overlay_action_needs_exactly_one_of_update_or_remove():
    with pytest.raises(OverlayError, match="exactly one"):
        apply_overlay({"a": {}}, _overlay({"target": "$.a", "update": {}, "remove": True}), "t")


@pytest.mark.parametrize("value", [
    "short", "line one\nline two\n" * 5, {"a": [1, 2, {"b": None}], "c": "x" * 200},
    ("x", "y"), {"deep": {"deeper": {"deepest": ["a" * 50, "b" * 50, True, 1.5]}}}, {}, [],
])
def test_py_literal_round_trips(value):
    assert ast.literal_eval(py_literal(value, 8)) == value


# --- lock and fetch ---------------------------------------------------------------------------------------

def _lock(tmp_path, url: str, sha: str):
    from codegen.loader import Lock

    path = tmp_path / "lock.yaml"
    Lock(url=url, sha256=sha, commit="abc").write(path)
    return path


def test_lock_mismatch_is_an_error_unless_update_lock(tmp_path):
    from codegen.loader import Lock, SpecError, check_lock

    lock = _lock(tmp_path, "https://example.invalid/openapi.yaml", "0" * 64)
    with pytest.raises(SpecError, match="--update-lock"):
        check_lock(lock, "f" * 64, tmp_path / "openapi.yaml", update=False)
    check_lock(lock, "f" * 64, tmp_path / "openapi.yaml", update=True)
    assert Lock.read(lock) == Lock(url="https://example.invalid/openapi.yaml", sha256="f" * 64, commit="abc")
    check_lock(lock, "f" * 64, tmp_path / "openapi.yaml", update=False)  # now it matches


def test_fetch_checks_the_sha256(tmp_path):
    import hashlib
    from pathlib import Path

    from codegen.fetch import fetch
    from codegen.loader import SpecError

    source = Path(__file__).parent / "fixtures" / "quirks" / "openapi.yaml"
    good = hashlib.sha256(source.read_bytes()).hexdigest()
    dest = tmp_path / "out" / "openapi.yaml"
    with pytest.raises(SpecError, match="nothing written"):
        fetch(dest, _lock(tmp_path, source.as_uri(), "0" * 64))
    assert not dest.exists()
    assert fetch(dest, _lock(tmp_path, source.as_uri(), good)) == 0
    assert dest.read_bytes() == source.read_bytes()
