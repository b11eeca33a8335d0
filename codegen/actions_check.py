"""The GPT builder's rules for an Actions OpenAPI document, each checked and named when broken.

`check(document)` returns one line per violation, each starting with the rule's name, e.g.
`max-operations: 31 operations (at most 30)`. Rules (research: shared notes, "GPT Actions limits"): at most 30
operations; one https server; one security scheme, an http bearer one, requirements as lists; unique operationIds;
summary and description <= 300 characters, parameter descriptions <= 700; an explicit boolean
`x-openai-isConsequential` on every operation; JSON only, no streaming; every request-body root a plain object
schema; every object schema with `properties`; `openaiFileIdRefs` declared as an array of strings, on POST;
resolvable `$ref`s; no JSON Schema constructs the builder rejects.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_OPERATIONS = 30
MAX_OPERATION_TEXT = 300
MAX_PARAMETER_TEXT = 700
OPERATION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
FILE_REFS = "openaiFileIdRefs"
_COMPOSITIONS = ("allOf", "anyOf", "oneOf")
_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
_REJECTED_KEYS = ("$recursiveRef", "$recursiveAnchor", "$dynamicRef", "$dynamicAnchor", "patternProperties",
                  "unevaluatedProperties", "if", "then", "else", "dependentSchemas")


def check(doc: dict) -> list[str]:
    problems: list[str] = []
    operations = [(path, method, op) for path, item in (doc.get("paths") or {}).items()
                  for method, op in item.items() if method in _METHODS]
    servers = doc.get("servers") or []
    if len(servers) != 1:
        problems.append(f"one-server: {len(servers)} servers (exactly one is allowed)")
    elif not str(servers[0].get("url", "")).startswith("https://"):
        problems.append(f"https-server: server {servers[0].get('url')!r} is not https://")
    else:
        problems.extend(_server_path_problems(str(servers[0]["url"]), [path for path, _, _ in operations]))

    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    if not any(s.get("type") == "http" and str(s.get("scheme", "")).lower() == "bearer" for s in schemes.values()):
        problems.append("bearer-auth: no http bearer security scheme")
    if len(schemes) > 1:
        problems.append(f"one-security-scheme: {len(schemes)} security schemes (only one is supported)")
    for requirement in doc.get("security") or []:
        if not isinstance(requirement, dict) or not all(isinstance(v, list) for v in requirement.values()):
            problems.append(f"security-lists: security requirement {requirement!r} must map names to lists")

    if len(operations) > MAX_OPERATIONS:
        problems.append(f"max-operations: {len(operations)} operations (at most {MAX_OPERATIONS})")
    seen_ids: set[str] = set()
    for path, method, op in operations:
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
            problems.append(f"operation-id: {where} has operationId {op_id!r} (must match {OPERATION_ID.pattern})")
        elif op_id in seen_ids:
            problems.append(f"operation-id: {where} repeats operationId {op_id!r}")
        seen_ids.add(op_id)
        for field in ("summary", "description"):
            if len(op.get(field) or "") > MAX_OPERATION_TEXT:
                problems.append(f"operation-text: {where} {field} is {len(op[field])} characters "
                                f"(at most {MAX_OPERATION_TEXT})")
        if not isinstance(op.get("x-openai-isConsequential"), bool):
            problems.append(f"consequential-flag: {where} has no boolean x-openai-isConsequential")
        for param in op.get("parameters", []):
            if len(param.get("description") or "") > MAX_PARAMETER_TEXT:
                problems.append(f"parameter-text: {where} parameter {param.get('name')!r} description is "
                                f"{len(param['description'])} characters (at most {MAX_PARAMETER_TEXT})")
            if param.get("name") == "stream":
                problems.append(f"no-streaming: {where} has a 'stream' parameter")
        body = op.get("requestBody") or {}
        for content_type in body.get("content", {}):
            if content_type != "application/json":
                problems.append(f"json-only: {where} request body is {content_type}")
        for schema in _body_schemas(body):
            if "stream" in (schema.get("properties") or {}):
                problems.append(f"no-streaming: {where} request schema has a 'stream' field")
        root = _deref(doc, (body.get("content") or {}).get("application/json", {}).get("schema"))
        if isinstance(root, dict) and (root.get("type") != "object" or any(k in root for k in _COMPOSITIONS)):
            problems.append(f"object-body-root: {where} request body root is not a plain object schema (the "
                            "builder drops the operation)")
        problems.extend(_file_ref_problems(method, op, where))
        for status, response in (op.get("responses") or {}).items():
            for content_type in (response.get("content") or {}):
                if content_type != "application/json":
                    problems.append(f"json-only: {where} response {status} is {content_type}")
        problems.extend(_schema_problems(doc, op, where))
    return problems


def _server_path_problems(url: str, paths: list[str]) -> list[str]:
    """The server URL's path must not repeat the operations' own prefix (`https://relay/actions` with
    `/actions/v1/responses`), nor be the SDKs' `/v1` (the usual slip: `https://relay/v1` would make the builder
    call `https://relay/v1/actions/v1/responses`). Another path prefix (a relay behind a proxy at
    `https://example.com/team-relay`) is fine."""
    server_path = urlsplit(url).path.rstrip("/")
    if not server_path:
        return []
    last = "/" + server_path.rsplit("/", 1)[-1]
    repeated = [path for path in paths if path == last or path.startswith(last + "/")]
    if not repeated and last != "/v1":
        return []
    root = url.rstrip("/")[: -len(last)]
    example = sorted(repeated or paths or ["/..."])[0]
    why = (f"ends with {last}, which {len(repeated)} of {len(paths)} operations' paths already start with"
           if repeated else "ends with /v1, the SDKs' base path, but the operations' paths start at the relay's root")
    return [f"server-path: server {url!r} {why} (calls would go to {server_path}{example}); use {root!r}"]


def _file_ref_problems(method: str, op: dict, where: str) -> list[str]:
    """`openaiFileIdRefs` must be declared as an array of strings (objects arrive), on POST operations."""
    found = [p.get("schema") or {} for p in op.get("parameters", []) if p.get("name") == FILE_REFS]
    for schema in _body_schemas(op.get("requestBody") or {}):
        if FILE_REFS in (schema.get("properties") or {}):
            found.append(schema["properties"][FILE_REFS])
    problems = []
    for schema in found:
        if method != "post":
            problems.append(f"file-refs: {where} takes {FILE_REFS}, which ChatGPT sends only with POST")
        if schema.get("type") != "array" or (schema.get("items") or {}).get("type") != "string":
            problems.append(f"file-refs: {where} must declare {FILE_REFS} as an array of strings")
    return problems


def _body_schemas(body: dict):
    schema = (body.get("content") or {}).get("application/json", {}).get("schema")
    if isinstance(schema, dict):
        yield schema
        for key in ("allOf", "anyOf", "oneOf"):
            yield from (m for m in schema.get(key, []) if isinstance(m, dict))


def _schema_problems(doc: dict, op: dict, where: str) -> list[str]:
    problems: list[str] = []

    def walk(node, trail: str):
        if isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{trail}[{i}]")
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and not _resolves(doc, ref):
            problems.append(f"resolvable-refs: {where} {trail} has $ref {ref!r} that does not resolve")
        for key in _REJECTED_KEYS:
            if key in node:
                problems.append(f"supported-constructs: {where} {trail} uses {key}")
        kind = node.get("type")
        if (kind == "object" or (isinstance(kind, list) and "object" in kind)) and "properties" not in node:
            problems.append(f"object-properties: {where} {trail} is an object schema without properties")
        for key, value in node.items():
            if key in ("enum", "example", "examples", "default", "const"):
                continue
            walk(value, f"{trail}/{key}")

    walk(op, "")
    return problems


def _deref(doc: dict, schema):
    """`schema` with a root `$ref` followed (None when it does not resolve: resolvable-refs reports that)."""
    for _ in range(20):
        if not isinstance(schema, dict) or "$ref" not in schema:
            return schema
        ref = schema["$ref"]
        if not isinstance(ref, str) or not _resolves(doc, ref):
            return None
        schema = doc
        for part in ref[2:].split("/"):
            schema = schema[part.replace("~1", "/").replace("~0", "~")]
    return None


def _resolves(doc: dict, ref: str) -> bool:
    if not ref.startswith("#/"):
        return False
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True
