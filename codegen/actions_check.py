"""The GPT builder's rules for an Actions OpenAPI document, each checked and named when broken.

`check(document)` returns one line per violation, each starting with the rule's name, e.g.
`max-operations: 31 operations (at most 30)`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_OPERATIONS = 30
MAX_OPERATION_TEXT = 300
MAX_PARAMETER_TEXT = 700
OPERATION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
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
        for status, response in (op.get("responses") or {}).items():
            for content_type in (response.get("content") or {}):
                if content_type != "application/json":
                    problems.append(f"json-only: {where} response {status} is {content_type}")
        problems.extend(_schema_problems(doc, op, where))
    return problems


def _server_path_problems(url: str, paths: list[str]) -> list[str]:
    """The server URL's path must not repeat the operations' own prefix: with `https://relay/v1` and
    `/v1/responses` the builder calls `https://relay/v1/v1/responses`."""
    server_path = urlsplit(url).path.rstrip("/")
    if not server_path:
        return []
    prefix = "/" + server_path.rsplit("/", 1)[-1]
    repeated = [path for path in paths if path == prefix or path.startswith(prefix + "/")]
    if not repeated:
        return []
    root = url.rstrip("/")[: -len(prefix)]
    return [f"server-path: server {url!r} ends with {prefix}, which {len(repeated)} of {len(paths)} operations' "
            f"paths already start with (calls would go to {prefix}{prefix}/...); use {root!r}"]


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
