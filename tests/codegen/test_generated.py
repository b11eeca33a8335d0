"""The committed generated/ tree: consistent with the pinned spec, models accept what the fixes promise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@pytest.fixture(scope="module")
def catalog():
    from generated.catalog import CATALOG

    return CATALOG


@pytest.fixture(scope="module")
def models():
    import generated.models

    return generated.models


def test_every_tracked_file_is_under_2mb_and_marked_generated():
    for path in GENERATED.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert path.stat().st_size < 2 * 1024 * 1024, path
            if path.suffix == ".py":
                assert path.read_text().startswith("# generated — do not edit."), path


def test_catalog_has_every_operation_of_the_pinned_spec(catalog, upstream_spec):
    spec = yaml.load(upstream_spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    want = {(m.upper(), p, op["operationId"]) for p, item in spec["paths"].items()
            for m, op in item.items() if m in METHODS}
    got = {(op.method, op.path + ("?" + "&".join(f"{k}={v}" for k, v in op.fixed_query) if op.fixed_query else ""),
            op.operation_id) for op in catalog}
    assert got == want
    assert len({op.name for op in catalog}) == len(catalog)


def test_routes_declare_exactly_the_exposed_operations(catalog):
    from generated.routes import ROUTERS

    routed = {(next(iter(r.methods)), r.path, r.operation_id) for router in ROUTERS for r in router.routes}
    exposed = {(op.method, "/v1" + op.path + ("?" + "&".join(f"{k}={v}" for k, v in op.fixed_query)
                                              if op.fixed_query else ""), op.operation_id)
               for op in catalog if op.policy.exposed}
    assert routed == exposed


def test_admin_scope_exactly_where_the_spec_names_admin_security(catalog, upstream_spec):
    spec = yaml.load(upstream_spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    want = {op["operationId"] for item in spec["paths"].values() for m, op in item.items()
            if m in METHODS and any("AdminApiKeyAuth" in req for req in op.get("security") or [])}
    admin = {op.operation_id for op in catalog if op.policy.scope == "admin"}
    assert want and admin == want
    assert all(catalog[i].policy.upstream_key == "admin" for i in admin)


def test_default_actions_set_is_marked_and_validated(catalog):
    actions = [op for op in catalog if op.policy.actions]
    assert 15 <= len(actions) <= 30
    assert all(op.policy.actions_description for op in actions)
    # JSON bodies are checked against the models; importChatFiles' JSON is the files_in adapter's to check.
    assert all(op.policy.validate for op in actions if op.request_kind == "json")
    adapters = {op.operation_id: op.policy.actions_adapter for op in actions if op.policy.actions_adapter}
    assert adapters == {"createResponse": "long_job", "getResponse": "long_job", "createImage": "image_job",
                        "downloadFile": "files_out", "createFile": "files_in"}


def test_every_body_model_exists(catalog, models):
    names = {op.body_model for op in catalog if op.body_model}
    assert names and all(hasattr(models, name) for name in names)


def test_components_cover_every_ref_in_the_routes():
    components = json.loads((GENERATED / "components.json").read_text())
    text = "".join(p.read_text() for p in (GENERATED / "routes").glob("*.py"))
    text += json.dumps(components)
    import re

    refs = set(re.findall(r"#/components/schemas/([\w.-]+)", text))
    assert refs and refs <= set(components["schemas"])


def test_web_search_tool_variants_validate(models):
    """The fixes overlay's discriminator mapping: both `type` values of WebSearchTool are accepted."""
    for tool in ({"type": "web_search"}, {"type": "web_search_2025_08_26"}, {"type": "web_search_preview"}):
        req = models.CreateResponse.model_validate({"model": "gpt-4o", "input": "hi", "tools": [tool]})
        assert req.tools[0].type == tool["type"]


def test_compound_filters_nest(models):
    nested = {"type": "and", "filters": [{"type": "eq", "key": "a", "value": 1},
                                         {"type": "or", "filters": [{"type": "in", "key": "b", "value": ["x"]}]}]}
    body = {"model": "gpt-4o", "input": "hi",
            "tools": [{"type": "file_search", "vector_store_ids": ["vs_1"], "filters": nested}]}
    models.CreateResponse.model_validate(body)


def test_unknown_fields_are_not_refused(models):
    """OpenAI adds fields faster than the spec is regenerated; validation must not reject them."""
    models.CreateEmbeddingRequest.model_validate({"model": "m", "input": "x", "field_from_the_future": 1})
    models.CreateResponse.model_validate({"model": "m", "input": "x", "text": {"new_knob": True}})


def test_wrong_types_are_still_refused(models):
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        models.CreateEmbeddingRequest.model_validate({"model": "m"})  # input is required
    with pytest.raises(pydantic.ValidationError):
        models.CreateResponse.model_validate({"model": "m", "tools": [{"type": "no_such_tool"}]})
