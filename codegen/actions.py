"""The ChatGPT Actions surface: a compact OpenAPI document and a tools manifest.

Built from the operations the policy overlay marks `x-relay.actions`, so it cannot drift from the routes.
The GPT builder wants a small, self-contained schema: every `$ref` is inlined, nested unions beyond
`_MAX_DEPTH` collapse to their bare shape, deprecated fields and nested descriptions go, and streaming
variants (`stream`) are removed. Operations live under `/actions/v1/<spec path>`, where the relay's Actions
adapters answer them (runtime/actions/): each operation's `x-relay.actions_adapter` shapes its description and
schema here. `codegen.actions_check` holds the builder's rules; generation fails if the
document breaks one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from . import actions_check

PLACEHOLDER_SERVER = "https://relay.example.com"
PROXY_PATH = "/actions/proxy"
ACTIONS_PREFIX = "/actions/v1"  # the Actions operations' paths: /actions/v1/<spec path>
_METHODS = ("get", "post", "put", "patch", "delete")
_MAX_DEPTH = 2  # nesting levels kept in full; deeper schemas keep only their shape
_TOP_DESCRIPTION = 200  # characters kept for a top-level field's description
_DROP_KEYS = {"example", "examples", "discriminator", "externalDocs", "readOnly", "writeOnly", "xml",
              "deprecated", "$schema", "$id", "title", "default"}


def build_actions(spec: dict, operations=None) -> dict[str, bytes]:
    """Files for `generated/actions/`: the Actions OpenAPI and the tools manifest.

    `spec` is the effective spec (overlays applied); `operations` is accepted for the pipeline's sake.
    """
    document = actions_openapi(spec)
    problems = actions_check.check(document)
    if problems:
        raise ValueError("the generated Actions OpenAPI breaks the GPT builder's rules:\n"
                         + "\n".join(f"  - {p}" for p in problems))
    return {
        "actions/openapi.json": _dump(document),
        "actions/tools.json": _dump(tools_manifest(document)),
    }


def _dump(value) -> bytes:
    # Compact: the document is pasted into the GPT builder and read by the model; size is the budget.
    return (json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n").encode()


# --- the OpenAPI document -------------------------------------------------------------------------------

def actions_operations(spec: dict):
    """(path, method, operation, relay policy) for each operation marked for Actions, in spec order."""
    for path_key, item in spec.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            policy = op.get("x-relay") or {}
            actions = policy.get("actions")
            if isinstance(actions, dict):
                actions = actions.get("expose", True)
            if actions and policy.get("exposed", True) and "?" not in path_key:
                yield path_key, method, op, policy


def actions_openapi(spec: dict) -> dict:
    resolver = _Resolver(spec)
    paths: dict[str, dict] = {}
    adapters: dict[str, tuple[str, str, str]] = {}  # operationId -> (adapter, method, path key)
    for path_key, method, op, policy in actions_operations(spec):
        adapter = policy.get("actions_adapter") or "shape"
        adapters[op["operationId"]] = (adapter, method, path_key)
        paths.setdefault(ACTIONS_PREFIX + path_key, {})[method] = _operation(resolver, spec, path_key, method, op,
                                                                             policy, adapter)
    _check_adapters(adapters)
    paths[PROXY_PATH] = {"post": _proxy_operation()}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "OpenAI API via chatgpt-team-relay",
            "description": ("A curated subset of the OpenAI API, relayed with the team's key. Answers stay under "
                            "ChatGPT's limits: long jobs return a response_id to check with getResponse, files "
                            "come back as openaiFileResponse, and relay_note says what a shortened answer left "
                            "out. An answer with an `error` object is a failed call."),
            "version": str(spec.get("info", {}).get("version", "1")),
        },
        "servers": [{"url": PLACEHOLDER_SERVER}],
        "paths": paths,
        "components": {
            "schemas": {},
            "securitySchemes": {"RelayKey": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"RelayKey": []}],
    }


# Where each adapter may be switched on (method, path key): the runtime implements them for these operations.
_ADAPTER_PLACES = {
    "long_job": {("post", "/responses"), ("get", "/responses/{response_id}")},
    "image_job": {("post", "/images/generations")},
    "files_out": {("get", "/files/{file_id}/content")},
    "files_in": {("post", "/files")},
}


def _check_adapters(adapters: dict[str, tuple[str, str, str]]) -> None:
    """Adapters only where the runtime implements them, with the operations they rely on also in Actions."""
    problems = []
    for op_id, (adapter, method, path_key) in adapters.items():
        places = _ADAPTER_PLACES.get(adapter)
        if places is not None and (method, path_key) not in places:
            problems.append(f"{op_id}: actions_adapter {adapter} works only on "
                            + ", ".join(f"{m.upper()} {p}" for m, p in sorted(places)))
    used = {adapter for adapter, _, _ in adapters.values()}
    polling = adapters.get("getResponse", ("",))[0]
    if used & {"long_job", "image_job"} and polling != "long_job":
        problems.append("long_job/image_job hand the GPT a response_id to poll: getResponse (GET "
                        "/responses/{response_id}) must be an Actions operation with actions_adapter long_job")
    if "image_job" in used and "files_in" not in used:
        problems.append("image_job stores images with OpenAI Files: POST /files must be an Actions operation "
                        "(actions_adapter files_in)")
    if problems:
        raise ValueError("the Actions adapters in the policy overlay do not fit together:\n"
                         + "\n".join(f"  - {p}" for p in problems))


# What each adapter tells the GPT to do (appended to the operation's description, which stays <= 300 chars).
_GUIDANCE = {
    ("long_job", "post"): ("Runs in the background; the relay waits about half a minute. If status is queued or "
                           "in_progress, call getResponse with response_id. output_text holds the text."),
    ("long_job", "get"): ("Waits about half a minute while the response is queued or in_progress; if it still is, "
                          "call getResponse again with the same response_id. output_text holds the text; images "
                          "come back as files."),
    ("image_job", "post"): ("Runs in the background: if status is queued or in_progress, call getResponse with "
                            "response_id until it is completed; the image then comes back as a file."),
    ("files_out", "get"): "The content comes back as a file in the conversation (files up to 10 MB).",
    ("files_in", "post"): "Pass the user's files in openaiFileIdRefs (up to 10); returns each new file_id.",
}
_LIST_GUIDANCE = "If has_more is true, call again with after set to last_id."
# Request fields the relay owns for an adapter (set by the relay, or not available through it).
_RELAY_OWNED_FIELDS = {
    "long_job": ("stream", "stream_options", "background", "store"),
    "image_job": ("stream", "partial_images", "n", "response_format", "style", "user"),
}
_RELAY_OWNED_PARAMS = {"long_job": ("stream", "starting_after", "include_obfuscation")}
_JOB_RESULT_FIELDS = {
    "response_id": {"type": "string", "description": "Pass to getResponse while status is queued or in_progress."},
    "output_text": {"type": "string", "description": "The response's text output."},
    "next_step": {"type": "string", "description": "What to do next, when the job is not finished."},
    "openaiFileResponse": {"type": "array", "items": {}, "description": "Generated files (images)."},
    "relay_note": {"type": "string", "description": "What the relay left out to fit ChatGPT's limits."},
}
_FILE_RESPONSE = {"type": "array", "description": "The file, as a link ChatGPT downloads or inline base64.",
                  "items": {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
                      "name": {"type": "string"}, "mime_type": {"type": "string"}, "content": {"type": "string"}}}]}}


def _operation(resolver, spec, path_key, method, op, policy, adapter: str = "shape") -> dict:
    if adapter == "files_in":
        return _import_operation(resolver, spec, path_key, method, op, policy)
    actions = policy.get("actions") if isinstance(policy.get("actions"), dict) else {}
    description = actions.get("description") or policy.get("actions_description") \
        or op.get("summary") or op.get("description") or op["operationId"]
    consequential = actions.get("consequential", policy.get("consequential"))
    if consequential is None:
        consequential = method != "get"
    params = []
    dropped_params = ("stream", *_RELAY_OWNED_PARAMS.get(adapter, ()))
    for raw in spec["paths"][path_key].get("parameters", []) + op.get("parameters", []):
        param = resolver.resolve(raw)
        if param.get("in") not in ("path", "query") or param.get("name") in dropped_params:
            continue
        entry = {"name": param["name"], "in": param["in"], "required": bool(param.get("required"))}
        if param.get("in") == "path":
            entry["required"] = True
        if param.get("description"):
            entry["description"] = shorten(param["description"], 700)
        entry["schema"] = _simplify(resolver, param.get("schema", {"type": "string"}), depth=1)
        params.append(entry)
    guidance = _GUIDANCE.get((adapter, method))
    if guidance is None and adapter == "shape" and any(p["name"] == "after" and p["in"] == "query" for p in params):
        guidance = _LIST_GUIDANCE
    text = _with_guidance(description, guidance)
    out: dict = {
        "operationId": op["operationId"],
        "summary": shorten(op.get("summary") or description, 300),
        "description": text,
        "x-openai-isConsequential": bool(consequential),
    }
    if params:
        out["parameters"] = params
    body = (op.get("requestBody") or {})
    body = resolver.resolve(body) if body else {}
    json_body = (body.get("content") or {}).get("application/json")
    if json_body is not None:
        schema = _simplify(resolver, json_body.get("schema", {}), depth=0, top=True)
        for name in ("stream", "stream_options", *_RELAY_OWNED_FIELDS.get(adapter, ())):
            _drop_property(schema, name)
        out["requestBody"] = {"required": bool(body.get("required")),
                              "content": {"application/json": {"schema": schema}}}
    out["responses"] = _responses(resolver, op)
    if adapter in ("long_job", "image_job"):
        _add_fields(out["responses"], _JOB_RESULT_FIELDS)
    elif adapter == "files_out":
        out["responses"] = {"200": {"description": "The file", "content": {"application/json": {"schema": {
            "type": "object", "properties": {
                "file_id": {"type": "string"}, "filename": {"type": "string"}, "bytes": {"type": "integer"},
                "mime_type": {"type": "string"}, "openaiFileResponse": _FILE_RESPONSE,
                "relay_note": _JOB_RESULT_FIELDS["relay_note"]}}}}}}
    return out


def _with_guidance(description: str, guidance: str | None) -> str:
    if not guidance:
        return shorten(description, 300)
    head = shorten(description, 300 - len(guidance) - 1)
    if head and head[-1] not in ".!?…":
        head += "."
    return shorten(f"{head} {guidance}", 300)


def _add_fields(responses: dict, fields: dict) -> None:
    for response in responses.values():
        schema = (response.get("content") or {}).get("application/json", {}).get("schema")
        if isinstance(schema, dict) and _is_object(schema):
            schema.setdefault("properties", {}).update(fields)


def _import_operation(resolver, spec, path_key, method, op, policy) -> dict:
    """`importChatFiles`: the relay-owned JSON face of `POST /files` for files the user attached in ChatGPT."""
    description = policy.get("actions_description") or "Upload files the user attached in ChatGPT to OpenAI."
    purposes = ["assistants", "user_data"]
    body = resolver.resolve(op.get("requestBody") or {})
    for content in (body.get("content") or {}).values():
        schema = resolver.resolve(content.get("schema") or {})
        purpose = resolver.resolve((schema.get("properties") or {}).get("purpose") or {})
        if isinstance(purpose.get("enum"), list):
            purposes = list(purpose["enum"])
    consequential = policy.get("consequential")
    return {
        "operationId": "importChatFiles",
        "summary": "Upload the user's attached files to OpenAI Files",
        "description": _with_guidance(description, _GUIDANCE[("files_in", "post")]),
        "x-openai-isConsequential": True if consequential is None else bool(consequential),
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object",
            "required": ["openaiFileIdRefs"],
            "properties": {
                "openaiFileIdRefs": {"type": "array", "items": {"type": "string"},
                                     "description": "The files the user attached in this conversation (up to 10)."},
                "purpose": {"type": "string", "enum": purposes,
                            "description": "What the files are for; default assistants (needed for file search)."},
                "vector_store_id": {"type": "string",
                                    "description": "Optional: a vector store to add the files to, for file search."},
            },
        }}}},
        "responses": {"200": {"description": "The uploaded files", "content": {"application/json": {"schema": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"type": "object", "properties": {
                    "file_id": {"type": "string"}, "filename": {"type": "string"}, "bytes": {"type": "integer"},
                    "mime_type": {"type": "string"}, "purpose": {"type": "string"},
                    "vector_store_id": {"type": "string"}, "vector_store_file_status": {"type": "string"}}}},
                "errors": {"type": "array", "items": {"type": "object", "properties": {
                    "name": {"type": "string"}, "error": {"type": "string"}}}},
            },
        }}}}},
    }


def _responses(resolver, op) -> dict:
    for status, response in sorted(op.get("responses", {}).items()):
        if not str(status).startswith("2"):
            continue
        response = resolver.resolve(response)
        content = (response.get("content") or {}).get("application/json")
        if content is None:
            continue
        # Responses are documented shallowly: the model reads them, it never has to build them.
        schema = _simplify(resolver, content.get("schema", {}), depth=_MAX_DEPTH - 1, top=True)
        return {str(status): {"description": shorten(response.get("description") or "OK", 300),
                              "content": {"application/json": {"schema": schema}}}}
    return {"200": {"description": "OK", "content": {"application/json": {"schema": _ANY_OBJECT()}}}}


def _proxy_operation() -> dict:
    return {
        "operationId": "actionsProxy",
        "summary": "Call another allowed OpenAI API operation through the relay",
        "description": ("Call one of the other operations through a single envelope: the HTTP method, the path "
                        "below /v1 (no query string), query parameters and the JSON body. Answered exactly like "
                        "that operation's own action."),
        "x-openai-isConsequential": True,
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object",
            "required": ["method", "path"],
            "properties": {
                "method": {"type": "string", "enum": ["GET", "POST", "DELETE"]},
                "path": {"type": "string", "description": "Path below /v1, e.g. /vector_stores/vs_123/files"},
                "query": {"type": "object", "properties": {}, "additionalProperties": True},
                "body": {"type": "object", "properties": {}, "additionalProperties": True},
            },
        }}}},
        "responses": {"200": {"description": "The upstream answer",
                              "content": {"application/json": {"schema": _ANY_OBJECT()}}}},
    }


# --- schema simplification --------------------------------------------------------------------------------

def _ANY_OBJECT() -> dict:
    return {"type": "object", "properties": {}, "additionalProperties": True}


class _Resolver:
    def __init__(self, spec: dict):
        self._spec = spec

    def resolve(self, node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            node = self._lookup(node["$ref"])
            seen += 1
            if seen > 50:
                raise ValueError("reference cycle")
        return node

    def _lookup(self, ref: str):
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref {ref!r} is not supported")
        node = self._spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


def _simplify(resolver: _Resolver, schema, depth: int, top: bool = False) -> dict:
    schema = resolver.resolve(schema)
    if not isinstance(schema, dict):
        return {}
    if depth >= _MAX_DEPTH:
        return _shape(resolver, schema)
    out: dict = {}
    for key, value in schema.items():
        if key in _DROP_KEYS or key.startswith("x-") or key in ("$recursiveAnchor", "$recursiveRef", "$anchor"):
            continue
        if key == "description":
            if top or depth <= 1:
                out[key] = shorten(value, _TOP_DESCRIPTION)
        elif key == "properties":
            props = {}
            for name, prop in value.items():
                resolved = resolver.resolve(prop)
                if isinstance(resolved, dict) and resolved.get("deprecated"):
                    continue
                props[name] = _simplify(resolver, prop, depth + 1)
            out[key] = props
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            out[key] = _simplify(resolver, value, depth + 1)
        elif key in ("anyOf", "oneOf"):
            # A member that is only `null` says "optional" to a model; the field is optional anyway.
            members = [_simplify(resolver, m, depth) for m in value
                       if resolver.resolve(m) != {"type": "null"}]
            members = _dedupe(members)
            if len(members) == 1:
                out.update({k: v for k, v in members[0].items() if k not in out})
            elif members:
                out[key] = members
        elif key == "allOf":
            members = [_simplify(resolver, m, depth) for m in value]
            merged = _merge_objects(members)
            if merged is None:
                out[key] = _dedupe(members)
            else:
                for k, v in merged.items():
                    out.setdefault(k, v)
        elif key == "const":
            out["enum"] = [value]
        elif key == "required":
            out[key] = list(dict.fromkeys(value))
        elif key == "nullable":
            continue
        else:
            out[key] = value
    if "required" in out and "properties" in out:
        out["required"] = [name for name in out["required"] if name in out["properties"]]
        if not out["required"]:
            del out["required"]
    if _is_object(out) and "properties" not in out:
        out["properties"] = {}
    if "allOf" in out and len(out["allOf"]) == 1 and len(out) == 1:
        return out["allOf"][0]
    return out


def _merge_objects(members: list[dict]) -> dict | None:
    """allOf of plain object schemas as one object (what a model reads best), else None."""
    merged: dict = {"type": "object", "properties": {}}
    required: list[str] = []
    for member in members:
        if not _is_object(member) or set(member) - {"type", "properties", "required", "description",
                                                     "additionalProperties"}:
            return None
        merged["properties"].update(member.get("properties", {}))
        required.extend(member.get("required", []))
    if required:
        merged["required"] = list(dict.fromkeys(required))
    return merged


def _shape(resolver: _Resolver, schema: dict) -> dict:
    """The bare shape of a schema too deep to keep: its type(s), small enums, permissive objects."""
    schema = resolver.resolve(schema)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        shapes = _dedupe([_shape(resolver, m) for m in members])
        return shapes[0] if len(shapes) == 1 else {"anyOf": shapes}
    if "allOf" in schema:
        return _ANY_OBJECT()
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        return {"type": "array", "items": _ANY_OBJECT() if _is_object(resolver.resolve(schema.get("items", {})))
                else {}}
    if kind in ("string", "integer", "number", "boolean"):
        out = {"type": kind}
        if "enum" in schema and len(schema["enum"]) <= 12:
            out["enum"] = schema["enum"]
        elif "const" in schema:
            out["enum"] = [schema["const"]]
        return out
    if kind == "null":
        return {"type": "null"}
    return _ANY_OBJECT()


def _is_object(schema: dict) -> bool:
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


def _dedupe(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _drop_property(schema: dict, name: str) -> None:
    """Remove `name` from an object schema, including from every allOf/anyOf member."""
    if not isinstance(schema, dict):
        return
    schema.get("properties", {}).pop(name, None)
    if name in schema.get("required", []):
        schema["required"] = [r for r in schema["required"] if r != name]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, []):
            _drop_property(member, name)


# --- text ------------------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a sentence boundary, else a word boundary."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.start() for m in _SENTENCE_END.finditer(text[: limit + 1])]
    if ends and ends[-1] >= limit // 3:
        return text[: ends[-1]].rstrip()
    cut = head.rstrip()
    if " " in cut:
        cut = cut[: cut.rfind(" ")].rstrip(",;:-")
    return (cut + "…") if len(cut) < limit else cut[: limit - 1] + "…"


# --- the tools manifest ------------------------------------------------------------------------------------

def tools_manifest(document: dict) -> list[dict]:
    """Each Actions operation as a Responses API function tool; `parameters` merges path, query, body."""
    tools = []
    for item in document["paths"].values():
        for op in item.values():
            properties: dict = {}
            required: list[str] = []
            for param in op.get("parameters", []):
                prop = dict(param["schema"])
                if param.get("description"):
                    prop["description"] = param["description"]
                properties[param["name"]] = prop
                if param.get("required"):
                    required.append(param["name"])
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                body_props, body_required = _object_fields(body)
                if body_props is None:  # not an object: pass the whole body as one field
                    properties["body"] = body
                    required.append("body")
                else:
                    for name, prop in body_props.items():
                        if name in properties:  # a body field shadowed by a parameter keeps a prefix
                            name = f"body_{name}"
                        properties[name] = prop
                    required.extend(r for r in body_required if r in properties)
            params = {"type": "object", "properties": properties}
            if required:
                params["required"] = list(dict.fromkeys(required))
            tools.append({"type": "function", "name": op["operationId"],
                          "description": op.get("description") or op.get("summary", ""),
                          "parameters": params})
    return tools


def _object_fields(schema: dict):
    if "properties" in schema:
        return schema["properties"], list(schema.get("required", []))
    if "allOf" in schema:
        props, req = {}, []
        for member in schema["allOf"]:
            sub = _object_fields(member)
            if sub[0] is None:
                return None, []
            props.update(sub[0])
            req.extend(sub[1])
        return props, req
    return None, []


# --- `relay actions ...` ----------------------------------------------------------------------------------------

GENERATED_DOCUMENT = Path(__file__).resolve().parent.parent / "generated" / "actions" / "openapi.json"


def with_server(document: dict, url: str) -> dict:
    """`document` with its one server set to `url`."""
    return {**document, "servers": [{"url": url}]}


def render(document: dict, fmt: str) -> bytes:
    if fmt == "yaml":
        import yaml

        return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120).encode()
    return _dump(document)


def public_url_problem(value: str) -> str | None:
    """Why `value` cannot be the relay's public URL in the Actions schema, with the fix; None if it can."""
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.netloc or parts.query or parts.fragment:
        return (f"--public-url must be an https:// URL without query or fragment (the GPT builder only accepts "
                f"https servers); got {value!r}")
    if parts.path not in ("", "/"):
        return (f"--public-url must be the relay's root URL without a path (the operations' paths start with "
                f"/v1); got {value!r}, use --public-url https://{parts.netloc}")
    return None


def _cli_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relay actions",
        description="ChatGPT Actions: the OpenAPI schema a custom GPT imports (generated/actions/openapi.json, "
                    "the operations spec/relay.overlay.yaml marks for Actions).")
    sub = parser.add_subparsers(dest="verb", required=True, metavar="COMMAND")
    export = sub.add_parser("export", help="write the Actions OpenAPI with your relay's public URL, for the "
                                           "GPT builder",
                            description="Write generated/actions/openapi.json with its server set to your relay's "
                                        "public URL, to paste into the GPT builder.")
    export.add_argument("--public-url", required=True,
                        help="the relay's public https:// URL (its root, without /v1)")
    export.add_argument("--out", help="file to write (default: standard output)")
    export.add_argument("--format", choices=("json", "yaml"),
                        help="output format (default: yaml for a .yaml/.yml --out, else json)")
    export.add_argument("--document", default=str(GENERATED_DOCUMENT), help=argparse.SUPPRESS)
    check = sub.add_parser("check", help="check an Actions OpenAPI file against the GPT builder's rules",
                           description="Check an Actions OpenAPI file (JSON or YAML) against the GPT builder's "
                                       "rules; print each broken rule and exit 1 if any.")
    check.add_argument("file", nargs="?", default=str(GENERATED_DOCUMENT), metavar="FILE",
                       help="the schema to check (default: generated/actions/openapi.json)")
    return parser


def _read_document(path: str) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith((".yaml", ".yml")):
        import yaml

        return yaml.safe_load(text)
    return json.loads(text)


def main(argv: list[str] | None = None) -> int:
    """`relay actions export --public-url https://... [--out FILE] [--format json|yaml]` and
    `relay actions check [FILE]`."""
    args = _cli_parser().parse_args(argv)
    try:
        if args.verb == "check":
            problems = actions_check.check(_read_document(args.file))
            for problem in problems:
                print(problem)
            print(f"{args.file}: {'breaks ' + str(len(problems)) + ' rule(s)' if problems else 'passes'} "
                  "the GPT builder's rules", file=sys.stderr)
            return 1 if problems else 0

        problem = public_url_problem(args.public_url)
        if problem:
            print(f"relay actions export: {problem}.", file=sys.stderr)
            return 2
        url = args.public_url.rstrip("/")
        document = with_server(_read_document(args.document), url)
    except FileNotFoundError as exc:
        if args.verb == "check":
            print(f"relay actions check: {exc.filename} does not exist.", file=sys.stderr)
            return 2
        else:
            print(f"relay actions export: {exc.filename} not found; run `relay generate` first.", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"relay actions: cannot read the document: {exc}", file=sys.stderr)
        return 1
    problems = actions_check.check(document)
    if problems:
        print("relay actions export: the document breaks the GPT builder's rules:\n"
              + "\n".join(f"  - {p}" for p in problems), file=sys.stderr)
        return 1
    fmt = args.format or ("yaml" if args.out and args.out.endswith((".yaml", ".yml")) else "json")
    data = render(document, fmt)
    if args.out:
        Path(args.out).write_bytes(data)
        operations = sum(1 for item in document["paths"].values() for _ in item)
        print(f"wrote {args.out}: {operations} operations, {len(data)} bytes, server {url}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
