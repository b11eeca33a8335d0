"""The generated Actions document and tools manifest, as files, as served, and as exported by the CLI."""

from __future__ import annotations

import json

import pytest
import yaml
from actions_support import CATALOG, GENERATED_DIR, PUBLIC_URL
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from codegen import actions, actions_check

DOCUMENT_FILE = GENERATED_DIR / "actions" / "openapi.json"
TOOLS_FILE = GENERATED_DIR / "actions" / "tools.json"
_METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(DOCUMENT_FILE.read_bytes())


@pytest.fixture(scope="module")
def tools() -> list:
    return json.loads(TOOLS_FILE.read_bytes())


def _operations(doc):
    return [(path, method, op) for path, item in doc["paths"].items() for method, op in item.items()
            if method in _METHODS]


# --- the generated files ----------------------------------------------------------------------------------

def test_generated_document_passes_the_checker(document):
    assert actions_check.check(document) == []


def test_generated_document_passes_openapi_spec_validator(document):
    validate(document)


def test_generated_document_is_small(document):
    assert len(_operations(document)) <= actions_check.MAX_OPERATIONS
    assert DOCUMENT_FILE.stat().st_size <= 100 * 1024


def test_document_operations_are_the_catalogs_actions_operations(document):
    """The document is generated from the same overlay as the catalog: the two cannot drift apart. Every
    operation lives under /actions/v1 (the adapters answer there), never under the byte-exact /v1."""
    in_document = {(method.upper(), path) for path, method, _ in _operations(document)}
    in_catalog = {(op.method, "/actions/v1" + op.path) for op in CATALOG if op.policy.actions and op.policy.exposed}
    assert in_document == in_catalog | {("POST", "/actions/proxy")}
    assert not any(path.startswith("/v1") for path in document["paths"])
    ids = {op["operationId"] for _, _, op in _operations(document)}
    expected = {("importChatFiles" if op.policy.actions_adapter == "files_in" else op.operation_id)
                for op in CATALOG if op.policy.actions}
    assert ids == expected | {"actionsProxy"}


def test_reads_are_not_consequential_and_writes_are_unless_the_overlay_says(document):
    for _, method, op in _operations(document):
        spec = CATALOG.get("createFile" if op["operationId"] == "importChatFiles" else op["operationId"])
        expected = spec.policy.consequential if spec and spec.policy.consequential is not None else method != "get"
        assert op["x-openai-isConsequential"] is expected, op["operationId"]


def test_no_streaming_left_in_the_document(document):
    text = json.dumps(document)
    for _, _, op in _operations(document):
        assert all(p["name"] != "stream" for p in op.get("parameters", []))
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        assert "stream" not in body.get("properties", {}), op["operationId"]
    assert "text/event-stream" not in text and "multipart/form-data" not in text


def test_the_placeholder_server_is_in_the_generated_file(document):
    assert document["servers"] == [{"url": actions.PLACEHOLDER_SERVER}]


def test_tools_manifest_has_one_valid_function_tool_per_operation(document, tools):
    assert [t["name"] for t in tools] == [op["operationId"] for _, _, op in _operations(document)]
    for tool in tools:
        assert tool["type"] == "function"
        assert isinstance(tool["description"], str) and tool["description"]
        params = tool["parameters"]
        assert params["type"] == "object" and isinstance(params["properties"], dict), tool["name"]
        Draft202012Validator.check_schema(params)
        assert set(params.get("required", [])) <= set(params["properties"]), tool["name"]


def test_tools_merge_path_query_and_body_fields(tools):
    by_name = {t["name"]: t["parameters"] for t in tools}
    search = by_name["searchVectorStore"]
    assert {"vector_store_id", "query"} <= set(search["properties"])
    assert {"vector_store_id", "query"} <= set(search["required"])
    assert {"limit", "order", "after"} <= set(by_name["listFiles"]["properties"])
    assert {"model", "input"} <= set(by_name["createEmbedding"]["required"])


# --- served -------------------------------------------------------------------------------------------------

async def test_served_document_has_the_public_url_and_needs_no_key(make_relay, document):
    relay = make_relay(RELAY_PUBLIC_URL=PUBLIC_URL)
    r = await relay.request("GET", "/actions/openapi.json", key=None)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    served = r.json()
    assert served["servers"] == [{"url": PUBLIC_URL}]
    assert {k: v for k, v in served.items() if k != "servers"} == \
        {k: v for k, v in document.items() if k != "servers"}
    assert actions_check.check(served) == []


async def test_served_yaml_parses_equal_to_the_json(make_relay):
    relay = make_relay(RELAY_PUBLIC_URL=PUBLIC_URL)
    as_json = (await relay.request("GET", "/actions/openapi.json", key=None)).json()
    r = await relay.request("GET", "/actions/openapi.yaml", key=None)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/yaml")
    assert yaml.safe_load(r.text) == as_json


async def test_served_tools_manifest_is_the_generated_file(relay):
    r = await relay.request("GET", "/actions/tools.json", key=None)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert r.content == TOOLS_FILE.read_bytes()


async def test_server_url_derived_from_proxy_headers_without_public_url(relay):
    r = await relay.request("GET", "/actions/openapi.json", key=None,
                            headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "gpt.relay.example"})
    assert r.json()["servers"] == [{"url": "https://gpt.relay.example"}]
    assert actions_check.check(r.json()) == []


async def test_server_url_derived_from_host_is_served_but_fails_the_https_rule(relay):
    r = await relay.request("GET", "/actions/openapi.json", key=None)
    doc = r.json()
    assert r.status_code == 200 and doc["servers"] == [{"url": "http://relay.test"}]
    assert [p.split(":")[0] for p in actions_check.check(doc)] == ["https-server"]


async def test_a_malformed_forwarded_host_is_ignored(relay):
    r = await relay.request("GET", "/actions/openapi.json", key=None,
                            headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example/x?y"})
    assert r.json()["servers"] == [{"url": "https://relay.test"}]


async def test_public_url_wins_over_forwarded_headers(make_relay):
    relay = make_relay(RELAY_PUBLIC_URL=PUBLIC_URL)
    r = await relay.request("GET", "/actions/openapi.yaml", key=None,
                            headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "other.example"})
    assert yaml.safe_load(r.text)["servers"] == [{"url": PUBLIC_URL}]


async def test_documents_are_not_part_of_the_relays_own_openapi(relay):
    r = await relay.request("GET", "/openapi.json", key=None)
    assert not any(path.startswith("/actions") for path in r.json()["paths"])


# --- relay actions export ------------------------------------------------------------------------------------

def test_export_writes_the_document_with_the_https_server(tmp_path, capsys, document):
    out = tmp_path / "actions.json"
    assert actions.main(["export", "--public-url", "https://relay.team.example/", "--out", str(out)]) == 0
    written = json.loads(out.read_bytes())
    assert written["servers"] == [{"url": "https://relay.team.example"}]
    assert written["paths"] == document["paths"]
    assert actions_check.check(written) == []
    assert "operations" in capsys.readouterr().err


def test_export_yaml_by_suffix_and_by_flag(tmp_path):
    out = tmp_path / "actions.yaml"
    assert actions.main(["export", "--public-url", PUBLIC_URL, "--out", str(out)]) == 0
    assert yaml.safe_load(out.read_text())["servers"] == [{"url": PUBLIC_URL}]
    out2 = tmp_path / "actions.txt"
    assert actions.main(["export", "--public-url", PUBLIC_URL, "--out", str(out2), "--format", "yaml"]) == 0
    assert yaml.safe_load(out2.read_text()) == yaml.safe_load(out.read_text())


def test_export_to_stdout(capsysbinary):
    assert actions.main(["export", "--public-url", PUBLIC_URL]) == 0
    assert json.loads(capsysbinary.readouterr().out)["servers"] == [{"url": PUBLIC_URL}]


@pytest.mark.parametrize("url", ["http://relay.team.example", "relay.team.example", "https://",
                                 "https://relay.team.example/?x=1", "ftp://relay.team.example"])
def test_export_refuses_a_non_https_url(tmp_path, capsys, url):
    out = tmp_path / "actions.json"
    assert actions.main(["export", "--public-url", url, "--out", str(out)]) == 2
    assert "https://" in capsys.readouterr().err
    assert not out.exists()


def test_export_through_the_relay_command(tmp_path):
    from runtime.cli import main as relay_main

    out = tmp_path / "a.json"
    assert relay_main(["actions", "export", "--public-url", PUBLIC_URL, "--out", str(out)]) == 0
    assert json.loads(out.read_bytes())["servers"] == [{"url": PUBLIC_URL}]
    assert relay_main(["actions", "export", "--public-url", "http://x.example", "--out", str(out)]) == 2


def test_check_command(tmp_path, capsys, document):
    assert actions.main(["check"]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(actions.with_server(document, "http://relay.team.example")))
    assert actions.main(["check", str(bad)]) == 1
    assert "https-server:" in capsys.readouterr().out
