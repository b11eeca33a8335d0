"""Pydantic v2 models for the JSON request bodies of validated operations (datamodel-code-generator).

Only operations whose policy says `validate` get a model (the runtime checks no other body), and only the
schema closure of their bodies is fed to the tool: the relay imports the models before it accepts
connections, so their import time is start-up time (all 100 JSON bodies: ~1 s to import; the whole spec:
2.75 s). Output is cached in .cache/ by hash of (closure, tool version, options).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import warnings
from importlib.metadata import version
from pathlib import Path

from .operations import Operation

# Flags measured to work on this spec (shared notes). Not --reuse-model/--collapse-reuse-models: they merge
# the discriminator unions the fixes overlay separated again.
OPTIONS = {
    "input_file_type": "openapi",
    "output_model_type": "pydantic_v2.BaseModel",
    "target_python_version": "3.11",
    "use_annotated": True,
    "field_constraints": True,
    "use_standard_collections": True,
    "use_union_operator": True,
    "collapse_root_models": True,
    "naming_strategy": "full-path",
    "enum_field_as_literal": "all",
    "use_tag_as_union_variant_name": True,
    "openapi_scopes": ["schemas"],
    "formatters": ["builtin"],
    # Explicit, so the output does not follow the project's lint settings (the builtin formatter otherwise
    # reads line-length from pyproject's [tool.ruff]/[tool.black] in the working directory).
    "builtin_format_line_length": 110,
    "disable_timestamp": True,
    # OpenAI adds request fields often; a model that forbids unknown fields (69 schemas say
    # additionalProperties: false) would refuse valid calls from newer SDKs. Validation checks the fields
    # the spec knows and ignores the rest (see docs/notes.md, Generator).
    "extra_fields": "ignore",
}
JSON_TYPE = "application/json"


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def _refs(node, out: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            out.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            _refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _refs(value, out)


def schema_closure(spec: dict, roots: list) -> list[str]:
    """Names of the component schemas reachable from `roots`, in the spec's component order."""
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo: set[str] = set()
    _refs(roots, todo)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        found: set[str] = set()
        _refs(schemas[name], found)
        todo |= found - seen
    return [name for name in schemas if name in seen]


def body_model_names(spec: dict, ops: list[Operation]) -> tuple[dict[str, str], dict]:
    """(operationId → model class name, the models-only OpenAPI document to generate from).

    A body that is a `$ref` uses that component's class; an inline body becomes a component named
    `<OperationName>Body` (suffixed if that name is taken) so every body has a predictable class.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    extra: dict[str, dict] = {}
    names: dict[str, str] = {}
    for op in ops:
        content = (op.spec.get("requestBody") or {}).get("content", {})
        if not op.exposed or not op.policy.get("validate") or JSON_TYPE not in content:
            continue
        schema = content[JSON_TYPE].get("schema") or {}
        ref = schema.get("$ref", "")
        if set(schema) == {"$ref"} and ref.startswith("#/components/schemas/"):
            names[op.operation_id] = ref.rsplit("/", 1)[1]
            continue
        name = pascal(op.name) + "Body"
        while name in schemas or name in extra:
            name += "_"
        extra[name] = schema
        names[op.operation_id] = name
    closure = schema_closure(spec, [{"$ref": f"#/components/schemas/{n}"} for n in names.values()]
                             + list(extra.values()))
    doc = {
        "openapi": spec.get("openapi", "3.1.0"),
        "info": {"title": "request bodies", "version": str(spec.get("info", {}).get("version", ""))},
        "paths": {},
        "components": {"schemas": {**{n: schemas[n] for n in closure}, **extra}},
    }
    return names, doc


def cache_key(doc: dict) -> str:
    blob = json.dumps([doc, version("datamodel-code-generator"), OPTIONS], sort_keys=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def generate_models(doc: dict, cache_dir: Path | None) -> str:
    """Model source for `doc`, from the cache when the closure, tool version and options are unchanged."""
    key = cache_key(doc)
    cached = cache_dir / f"models-{key}.py" if cache_dir else None
    if cached and cached.is_file():
        return cached.read_text(encoding="utf-8")
    if not doc["components"]["schemas"]:
        source = "from __future__ import annotations\n"
    else:
        from datamodel_code_generator import generate

        with warnings.catch_warnings():
            # "fields holding AnyUrl are written without max_length": known, harmless for validation.
            warnings.simplefilter("ignore", UserWarning)
            source = generate(json.loads(json.dumps(doc)), **OPTIONS)
    if cached:  # write-then-rename: other processes may read the cache meanwhile
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(source, encoding="utf-8")
        tmp.replace(cached)
    return source


def class_names(source: str) -> set[str]:
    return set(re.findall(r"^class (\w+)\(", source, flags=re.MULTILINE))
