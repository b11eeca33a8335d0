"""The Actions checker names each GPT builder rule a document breaks."""

import copy

import pytest

from codegen import actions, actions_check


def _valid_doc() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://relay.example.com"}],
        "paths": {
            "/v1/models": {"get": {
                "operationId": "listModels", "summary": "List models", "description": "Lists models.",
                "x-openai-isConsequential": False,
                "parameters": [{"name": "limit", "in": "query", "description": "How many.",
                                "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "OK", "content": {"application/json": {
                    "schema": {"type": "object", "properties": {"data": {"type": "array"}}}}}}},
            }},
            "/v1/embeddings": {"post": {
                "operationId": "createEmbedding", "summary": "Embed", "x-openai-isConsequential": True,
                "requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "properties": {"input": {"type": "string"}}}}}},
                "responses": {"200": {"description": "OK"}},
            }},
        },
        "components": {"schemas": {}, "securitySchemes": {"RelayKey": {"type": "http", "scheme": "bearer"}}},
        "security": [{"RelayKey": []}],
    }


def test_valid_document_passes():
    assert actions_check.check(_valid_doc()) == []


def test_file_refs_declared_as_strings_on_post_pass():
    doc = _valid_doc()
    doc["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"][
        "openaiFileIdRefs"] = {"type": "array", "items": {"type": "string"}}
    assert actions_check.check(doc) == []


def test_a_root_ref_to_an_object_is_an_object_root():
    doc = _valid_doc()
    doc["components"]["schemas"]["Embed"] = {"type": "object", "properties": {"input": {"type": "string"}}}
    doc["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]["application/json"]["schema"] = \
        {"$ref": "#/components/schemas/Embed"}
    assert actions_check.check(doc) == []


def _break(mutate):
    doc = _valid_doc()
    mutate(doc)
    return actions_check.check(doc)


def _too_many(doc):
    for i in range(30):
        doc["paths"][f"/v1/x{i}"] = {"get": copy.deepcopy(doc["paths"]["/v1/models"]["get"]) | {"operationId": f"op{i}"}}


@pytest.mark.parametrize("rule, mutate", [
    ("max-operations", _too_many),
    ("operation-text", lambda d: d["paths"]["/v1/models"]["get"].update(description="x" * 301)),
    ("operation-id", lambda d: d["paths"]["/v1/models"]["get"].update(operationId="list models!")),
    ("operation-id", lambda d: d["paths"]["/v1/models"]["get"].update(operationId="a" * 65)),
    ("https-server", lambda d: d.update(servers=[{"url": "http://relay.example.com"}])),
    ("one-server", lambda d: d.update(servers=[{"url": "https://a.example"}, {"url": "https://b.example"}])),
    ("object-properties", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"].pop("properties")),
    ("parameter-text", lambda d: d["paths"]["/v1/models"]["get"]["parameters"][0].update(description="y" * 701)),
    ("json-only", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"].update(
        {"multipart/form-data": {"schema": {"type": "object", "properties": {}}}})),
    ("no-streaming", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"]["properties"].update(stream={"type": "boolean"})),
    ("consequential-flag", lambda d: d["paths"]["/v1/models"]["get"].pop("x-openai-isConsequential")),
    ("bearer-auth", lambda d: d["components"].update(securitySchemes={"k": {"type": "apiKey", "in": "header",
                                                                              "name": "x"}})),
    ("resolvable-refs", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]
        ["application/json"].update(schema={"$ref": "#/components/schemas/Missing"})),
    ("supported-constructs", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"].update({"$recursiveRef": "#"})),
    ("object-body-root", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]
        ["application/json"].update(schema={"anyOf": [{"type": "object", "properties": {}},
                                                      {"type": "object", "properties": {}}]})),
    ("object-body-root", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]
        ["application/json"]["schema"].update(allOf=[{"type": "object", "properties": {}}])),
    ("file-refs", lambda d: d["paths"]["/v1/embeddings"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"]["properties"].update(openaiFileIdRefs={"type": "array", "items": {"type": "object",
                                                                                      "properties": {}}})),
    ("file-refs", lambda d: d["paths"]["/v1/models"]["get"]["parameters"].append(
        {"name": "openaiFileIdRefs", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}})),
    ("one-security-scheme", lambda d: d["components"]["securitySchemes"].update(
        Other={"type": "http", "scheme": "bearer"})),
    ("security-lists", lambda d: d.update(security=[{"RelayKey": "x"}])),
])
def test_each_broken_rule_is_named(rule, mutate):
    problems = _break(mutate)
    assert problems, f"breaking {rule} went unnoticed"
    assert all(p.startswith(rule + ":") for p in problems), problems


def test_build_refuses_a_document_that_breaks_a_rule(monkeypatch):
    spec = {"info": {"version": "1"}, "paths": {"/models": {"get": {
        "operationId": "list models!", "x-relay": {"actions": True}, "responses": {}}}}}
    with pytest.raises(ValueError, match="operation-id"):
        actions.build_actions(spec)


@pytest.mark.parametrize("text, limit, expected", [
    ("Short.", 300, "Short."),
    ("First sentence here. Second sentence is longer than the limit allows.", 40, "First sentence here."),
    ("one two three four five six seven", 20, "one two three four…"),
])
def test_shorten_cuts_at_sentence_or_word(text, limit, expected):
    out = actions.shorten(text, limit)
    assert out == expected
    assert len(out) <= limit
