"""The ChatGPT Actions surface: a compact OpenAPI document and a tools manifest.

Built from the operations the policy overlay marks `x-relay.actions`, so it cannot drift from the routes.
The GPT builder wants a small, self-contained schema: every `$ref` is inlined, nested unions beyond
`_MAX_DEPTH` collapse to their bare shape, deprecated fields and nested descriptions go, and streaming
variants (`stream`) are removed. `codegen.actions_check` holds the builder's rules; generation fails if the
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
    for path_key, method, op, policy in actions_operations(spec):
        paths.setdefault("/v1" + path_key, {})[method] = _operation(resolver, spec, path_key, method, op, policy)
    paths[PROXY_PATH] = {"post": _proxy_operation()}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "OpenAI API via chatgpt-team-relay",
            "description": "A curated subset of the OpenAI API, relayed with the team's key.",
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


def _operation(resolver, spec, path_key, method, op, policy) -> dict:
    actions = policy.get("actions") if isinstance(policy.get("actions"), dict) else {}
    description = actions.get("description") or policy.get("actions_description") \
        or op.get("summary") or op.get("description") or op["operationId"]
    consequential = actions.get("consequential", policy.get("consequential"))
    if consequential is None:
        consequential = method != "get"
    out: dict = {
        "operationId": op["operationId"],
        "summary": shorten(op.get("summary") or description, 300),
        "description": shorten(description, 300),
        "x-openai-isConsequential": bool(consequential),
    }
    params = []
    for raw in spec["paths"][path_key].get("parameters", []) + op.get("parameters", []):
        param = resolver.resolve(raw)
        if param.get("in") not in ("path", "query") or param.get("name") == "stream":
            continue
        entry = {"name": param["name"], "in": param["in"], "required": bool(param.get("required"))}
        if param.get("in") == "path":
            entry["required"] = True
        if param.get("description"):
            entry["description"] = shorten(param["description"], 700)
        entry["schema"] = _simplify(resolver, param.get("schema", {"type": "string"}), depth=1)
        params.append(entry)
    if params:
        out["parameters"] = params
    body = (op.get("requestBody") or {})
    body = resolver.resolve(body) if body else {}
    json_body = (body.get("content") or {}).get("application/json")
    if json_body is not None:
        schema = _simplify(resolver, json_body.get("schema", {}), depth=0, top=True)
        _drop_property(schema, "stream")
        _drop_property(schema, "stream_options")
        out["requestBody"] = {"required": bool(body.get("required")),
                              "content": {"application/json": {"schema": schema}}}
    out["responses"] = _responses(resolver, op)
    return out


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
        "description": ("Reach an OpenAI API operation the relay allows for Actions but that has no action of "
                        "its own. Give the HTTP method, the path below /v1 (no query string), query parameters "
                        "and the JSON body."),
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
