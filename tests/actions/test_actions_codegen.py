"""How the policy's `actions_adapter` shapes the generated Actions document, and where it may be switched on."""

from __future__ import annotations

import copy
import json

import pytest
from actions_support import GENERATED_DIR

from codegen import actions
from codegen.loader import SpecError
from codegen.operations import policy_for


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads((GENERATED_DIR / "actions" / "openapi.json").read_bytes())


def _op(document, method, path):
    return document["paths"]["/actions/v1" + path][method]


def _body(op) -> dict:
    return op["requestBody"]["content"]["application/json"]["schema"]


# --- the overlay's x-relay.actions_adapter ---------------------------------------------------------------------------

def test_policy_accepts_the_adapters_and_refuses_others():
    assert policy_for({"x-relay": {"actions": True, "actions_adapter": "long_job"}}, "op") == \
        {"actions": True, "actions_adapter": "long_job"}
    with pytest.raises(SpecError, match="actions_adapter must be one of shape, long_job"):
        policy_for({"x-relay": {"actions": True, "actions_adapter": "poll"}}, "op")
    with pytest.raises(SpecError, match="needs `actions: true`"):
        policy_for({"x-relay": {"actions_adapter": "shape"}}, "op")


def _spec(**adapters) -> dict:
    ops = {
        ("/responses", "post"): "createResponse", ("/responses/{response_id}", "get"): "getResponse",
        ("/images/generations", "post"): "createImage", ("/files", "post"): "createFile",
        ("/models", "get"): "listModels",
    }
    paths: dict = {}
    for (path, method), op_id in ops.items():
        relay = {"actions": True}
        if op_id in adapters:
            relay["actions_adapter"] = adapters[op_id]
        paths.setdefault(path, {})[method] = {"operationId": op_id, "x-relay": relay, "responses": {}}
    return {"info": {"version": "1"}, "paths": paths}


def test_adapters_work_together():
    files = actions.build_actions(_spec(createResponse="long_job", getResponse="long_job", createImage="image_job",
                                        createFile="files_in"))
    doc = json.loads(files["actions/openapi.json"])
    assert "importChatFiles" in json.dumps(doc) and "/actions/v1/files" in doc["paths"]


@pytest.mark.parametrize("adapters, problem", [
    ({"listModels": "long_job"}, "listModels: actions_adapter long_job works only on"),
    ({"createResponse": "files_out"}, "works only on GET /files/{file_id}/content"),
    ({"createResponse": "long_job"}, "getResponse (GET /responses/{response_id}) must be an Actions operation"),
    ({"createImage": "image_job", "getResponse": "long_job"}, "POST /files must be an Actions operation"),
])
def test_adapters_that_do_not_fit_fail_generation(adapters, problem):
    with pytest.raises(ValueError, match="do not fit together") as info:
        actions.build_actions(_spec(**adapters))
    assert problem in str(info.value)


# --- the generated document ------------------------------------------------------------------------------------------

def test_long_jobs_leave_background_and_streaming_to_the_relay(document):
    create = _op(document, "post", "/responses")
    assert not {"background", "store", "stream", "stream_options"} & set(_body(create)["properties"])
    assert "getResponse with response_id" in create["description"]
    get = _op(document, "get", "/responses/{response_id}")
    assert not {"stream", "starting_after", "include_obfuscation"} & {p["name"] for p in get["parameters"]}
    assert "call getResponse again" in get["description"]
    for op in (create, get):
        fields = op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
        assert {"response_id", "output_text", "next_step", "openaiFileResponse"} <= set(fields)


def test_image_generation_takes_what_the_image_tool_takes(document):
    image = _op(document, "post", "/images/generations")
    props = set(_body(image)["properties"])
    assert "prompt" in props and not {"n", "response_format", "style", "user", "stream", "partial_images"} & props
    assert "getResponse" in image["description"] and "file" in image["description"]


def test_import_chat_files_is_the_relay_owned_face_of_create_file(document):
    op = _op(document, "post", "/files")
    assert op["operationId"] == "importChatFiles" and op["x-openai-isConsequential"] is True
    body = _body(op)
    assert body["required"] == ["openaiFileIdRefs"]
    assert body["properties"]["openaiFileIdRefs"] == {
        "type": "array", "items": {"type": "string"}, "description": body["properties"]["openaiFileIdRefs"]["description"]}
    assert {"assistants", "user_data"} <= set(body["properties"]["purpose"]["enum"])
    assert body["properties"]["vector_store_id"]["type"] == "string"


def test_download_file_answers_with_an_openai_file_response(document):
    op = _op(document, "get", "/files/{file_id}/content")
    assert op["x-openai-isConsequential"] is False
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert "openaiFileResponse" in schema["properties"]


def test_list_operations_say_how_to_continue(document):
    for path in ("/files", "/vector_stores", "/responses/{response_id}/input_items"):
        assert "after set to last_id" in _op(document, "get", path)["description"], path


def test_every_description_fits_after_guidance(document):
    for item in document["paths"].values():
        for op in item.values():
            assert len(op["description"]) <= 300 and len(op["summary"]) <= 300


def test_guidance_keeps_its_sentence_when_the_description_is_long():
    text = actions._with_guidance("word " * 200, "Call getResponse.")
    assert text.endswith("Call getResponse.") and len(text) <= 300
    spec = copy.deepcopy(_spec())
    assert actions.actions_openapi(spec)["paths"]["/actions/v1/models"]["get"]["operationId"] == "listModels"
