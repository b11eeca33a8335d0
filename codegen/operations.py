"""Build the operation list (the catalog's content) from the effective spec.

Handles the spec's quirks: path keys carrying a query (`/responses?beta=true`), operationIds in three
naming styles (camelCase, kebab-case, PascalCase) turned into unique snake_case names, operations without
tags, and path-template overlaps (`/threads/runs` vs `/threads/{thread_id}`) reported for the runtime's
literal-wins dispatch.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from .loader import SpecError

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
POLICY_KEYS = {
    "exposed": bool, "scope": str, "upstream_key": str, "actions": bool, "actions_description": str,
    "consequential": bool, "validate": bool, "timeout": (int, float), "max_body_bytes": int,
    "actions_adapter": str,
}
POLICY_DEFAULTS = {
    "exposed": True, "scope": "api", "upstream_key": "api", "actions": False, "actions_description": None,
    "consequential": None, "validate": False, "timeout": None, "max_body_bytes": None,
    "actions_adapter": None,
}
# How /actions/v1/... answers for an operation (runtime/catalog.py Policy.actions_adapter).
ACTIONS_ADAPTERS = ("shape", "long_job", "image_job", "files_out", "files_in")


@dataclass
class Operation:
    """One upstream operation: the OperationSpec fields (runtime/catalog.py) plus what rendering needs."""

    operation_id: str
    name: str
    method: str  # upper case
    path: str  # template without the query part
    path_key: str  # the spec's path key, query part included
    tag: str
    summary: str
    description: str
    fixed_query: tuple[tuple[str, str], ...]
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    request_content_types: tuple[str, ...]
    response_content_types: tuple[str, ...]
    request_kind: str
    response_kind: str
    streaming: bool
    body_model: str | None
    deprecated: bool
    policy: dict = field(default_factory=dict)  # only the keys that differ from POLICY_DEFAULTS
    spec: dict = field(default_factory=dict, repr=False)  # the operation object, for docs/openapi_extra
    path_param_specs: tuple[dict, ...] = ()

    @property
    def exposed(self) -> bool:
        return self.policy.get("exposed", True)

    @property
    def actions(self) -> bool:
        return self.policy.get("actions", False)


def snake_name(operation_id: str) -> str:
    """camelCase / PascalCase / kebab-case / beta_prefixed → snake_case identifier.

    Run-together PascalCase ids (`Getorganizationspendlimit`) have no word boundaries to recover; they
    become one lower-case word, which is still stable and unique-checked.
    """
    text = re.sub(r"[^0-9A-Za-z]+", "_", operation_id)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"_+", "_", text).strip("_").lower() or "operation"
    if text[0].isdigit() or keyword.iskeyword(text):
        text = "op_" + text
    return text


def unique_names(ids: list[str]) -> dict[str, str]:
    """operationId → unique snake name. Colliding ids are ordered by operationId (not spec order, so a
    reordered spec keeps its names): the first keeps the name, the next get `_2`, `_3`..."""
    by_name: dict[str, list[str]] = {}
    for op_id in ids:
        by_name.setdefault(snake_name(op_id), []).append(op_id)
    taken = set(by_name)
    result = {}
    for name, group in sorted(by_name.items()):
        for i, op_id in enumerate(sorted(group)):
            candidate = name if i == 0 else f"{name}_{i + 1}"
            while i and candidate in taken:
                candidate += "_"
            taken.add(candidate)
            result[op_id] = candidate
    return result


def derive_tag(path: str, known_tags: list[str]) -> str:
    """Tag for an untagged operation: its first path segment, humanized; an existing tag of the same
    words (case-insensitive) is reused so `/responses/compact` joins `Responses`."""
    segment = path.strip("/").split("/")[0] or "root"
    words = segment.replace("_", " ").replace("-", " ").strip()
    for tag in known_tags:
        if tag.lower() == words.lower():
            return tag
    return words[:1].upper() + words[1:]


def request_kind(types: tuple[str, ...]) -> str:
    if not types:
        return "none"
    first = types[0]
    if "json" in first:
        return "json"
    if first.startswith("multipart/"):
        return "multipart"
    if first == "application/sdp":
        return "sdp"
    return "binary"


def response_kind(types: tuple[str, ...]) -> str:
    """SSE when the operation may stream; otherwise its first (preferred) success content type decides:
    `/videos/{id}/content` lists video/mp4 before an application/json error-ish variant → binary."""
    if "text/event-stream" in types:
        return "sse"
    if not types:
        return "none"
    if "json" in types[0]:
        return "json"
    if types[0] == "application/sdp":
        return "sdp"
    return "binary"


def _success_content_types(op: dict) -> tuple[str, ...]:
    types: list[str] = []
    for code, response in op.get("responses", {}).items():
        if str(code).startswith("2") or code == "default":
            for ctype in (response or {}).get("content", {}):
                if ctype not in types:
                    types.append(ctype)
    return tuple(types)


def _resolve(spec: dict, node: dict) -> dict:
    """Follow one local $ref (parameters, requestBodies); the spec uses them sparingly."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, got {ref}")
        target = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def policy_for(op: dict, where: str) -> dict:
    """Defaults (admin scope when security names AdminApiKeyAuth) overridden by the overlay's x-relay."""
    policy = dict(POLICY_DEFAULTS)
    if any("AdminApiKeyAuth" in req for req in op.get("security") or []):
        policy["scope"] = policy["upstream_key"] = "admin"
    extra = op.get("x-relay") or {}
    if not isinstance(extra, dict):
        raise SpecError(f"{where}: x-relay must be an object")
    for key, value in extra.items():
        if key not in POLICY_KEYS:
            raise SpecError(f"{where}: unknown x-relay key {key!r} (known: {', '.join(sorted(POLICY_KEYS))})")
        if value is not None and not isinstance(value, POLICY_KEYS[key]):
            raise SpecError(f"{where}: x-relay.{key} has the wrong type: {value!r}")
        policy[key] = value
    for key in ("scope", "upstream_key"):
        if policy[key] not in ("api", "admin"):
            raise SpecError(f"{where}: x-relay.{key} must be 'api' or 'admin'")
    adapter = policy["actions_adapter"]
    if adapter is not None and adapter not in ACTIONS_ADAPTERS:
        raise SpecError(f"{where}: x-relay.actions_adapter must be one of {', '.join(ACTIONS_ADAPTERS)}")
    if adapter is not None and not policy["actions"]:
        raise SpecError(f"{where}: x-relay.actions_adapter needs `actions: true`")
    return {k: v for k, v in policy.items() if v != POLICY_DEFAULTS[k]}


def build_operations(spec: dict, body_models: dict[str, str] | None = None) -> list[Operation]:
    """All operations in spec order. body_models: operationId → model class name (JSON bodies)."""
    body_models = body_models or {}
    known_tags = [t["name"] for t in spec.get("tags", []) if "name" in t]
    raw = []
    for path_key, item in (spec.get("paths") or {}).items():
        shared_params = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                raw.append((path_key, method, item[method], shared_params))
    ids = [op.get("operationId") or f"{m}_{p}" for p, m, op, _ in raw]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise SpecError(f"duplicate operationIds in spec: {', '.join(dupes)}")
    names = unique_names(ids)
    ops = []
    for (path_key, method, op, shared_params), op_id in zip(raw, ids):
        path, _, query = path_key.partition("?")
        params = [_resolve(spec, p) for p in [*shared_params, *op.get("parameters", [])]]
        body = _resolve(spec, op.get("requestBody") or {})
        req_types = tuple(body.get("content", {}))
        resp_types = _success_content_types(op)
        tags = op.get("tags") or [derive_tag(path, known_tags)]
        ops.append(Operation(
            operation_id=op_id,
            name=names[op_id],
            method=method.upper(),
            path=path,
            path_key=path_key,
            tag=tags[0],
            summary=(op.get("summary") or "").strip(),
            description=(op.get("description") or "").strip(),
            fixed_query=tuple(parse_qsl(query, keep_blank_values=True)),
            path_params=tuple(p["name"] for p in params if p.get("in") == "path"),
            query_params=tuple(p["name"] for p in params if p.get("in") == "query"),
            request_content_types=req_types,
            response_content_types=resp_types,
            request_kind=request_kind(req_types),
            response_kind=response_kind(resp_types),
            streaming="text/event-stream" in resp_types,
            body_model=body_models.get(op_id),
            deprecated=bool(op.get("deprecated")),
            policy=policy_for(op, f"{method.upper()} {path_key} ({op_id})"),
            spec=op,
            path_param_specs=tuple(p for p in params if p.get("in") == "path"),
        ))
    return ops


def overlapping_paths(ops: list[Operation]) -> list[tuple[str, str]]:
    """Pairs of templates one request path could match (`/threads/runs` vs `/threads/{thread_id}`), for
    the summary: the runtime resolves them literal-first, whatever the spec order."""
    templates = sorted({(op.method, op.path) for op in ops})
    pairs = []
    for i, (m1, p1) in enumerate(templates):
        s1 = p1.strip("/").split("/")
        for m2, p2 in templates[i + 1:]:
            s2 = p2.strip("/").split("/")
            if m1 != m2 or len(s1) != len(s2) or p1 == p2:
                continue
            if all(a == b or a.startswith("{") or b.startswith("{") for a, b in zip(s1, s2)):
                pairs.append((f"{m1} {p1}", f"{m2} {p2}"))
    return pairs
