"""Turn the operation list into file contents with the jinja2 templates in codegen/templates/.

This module prepares plain values (names, Python literals); layout lives in the templates.
"""

from __future__ import annotations

import json
import keyword
import re
from importlib.metadata import version

import jinja2

from .operations import POLICY_DEFAULTS, Operation

# The operation-object keys that go into `openapi_extra` (docs). x-oaiMeta (SDK code samples, ~half the
# size) and the relay's own x-relay stay out.
DOC_KEYS = ("requestBody", "responses")
HEADER_JSON = "generated — do not edit: `relay generate` writes this file (see docs/design.md)"


def py_literal(value, indent: int = 0, width: int = 110) -> str:
    """A deterministic, readable Python literal (black-like layout: one item per line when it does not
    fit); `indent` is the indentation of the line the literal starts on."""
    flat = repr(value)
    multiline_text = isinstance(value, str) and "\n" in value.rstrip("\n")
    if len(flat) + indent <= width and not (multiline_text and len(value) > 60):
        return flat
    pad, inner = " " * indent, " " * (indent + 4)
    if multiline_text:
        lines = value.splitlines(keepends=True)
        return "(\n" + "".join(f"{inner}{line!r}\n" for line in lines) + pad + ")"
    if isinstance(value, dict) and value:
        items = [f"{inner}{k!r}: {py_literal(v, indent + 4, width)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + ",\n" + pad + "}"
    if isinstance(value, (list, tuple)) and value:
        open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
        items = [f"{inner}{py_literal(v, indent + 4, width)}" for v in value]
        return open_ + "\n" + ",\n".join(items) + ",\n" + pad + close
    return flat  # a long one-line string stays one literal: splitting mid-sentence helps nobody


_env = jinja2.Environment(
    loader=jinja2.PackageLoader("codegen", "templates"),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
    autoescape=False,  # renders Python source, not HTML
)
_env.filters["py"] = py_literal


def render(template: str, **context) -> str:
    return _env.get_template(template).render(**context)


def module_names(tags: list[str]) -> dict[str, str]:
    """tag → module name (snake_case identifier, unique; collisions get a numeric suffix by tag order)."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for tag in sorted(set(tags)):
        base = re.sub(r"[^0-9a-z]+", "_", tag.lower()).strip("_") or "untagged"
        if base[0].isdigit() or keyword.iskeyword(base) or base in ("router",):
            base = "tag_" + base
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        result[tag] = name
    return result


def catalog_fields(op: Operation) -> list[tuple[str, str]]:
    """OperationSpec keyword arguments as Python literals; defaults are left out to keep it readable."""
    fields = [
        ("operation_id", op.operation_id), ("name", op.name), ("method", op.method), ("path", op.path),
        ("tag", op.tag), ("summary", op.summary),
    ]
    optional = [
        ("fixed_query", op.fixed_query, ()), ("path_params", op.path_params, ()),
        ("query_params", op.query_params, ()), ("request_content_types", op.request_content_types, ()),
        ("response_content_types", op.response_content_types, ()), ("request_kind", op.request_kind, "none"),
        ("response_kind", op.response_kind, "json"), ("streaming", op.streaming, False),
        ("body_model", op.body_model, None), ("deprecated", op.deprecated, False),
    ]
    out = [(k, py_literal(v, 12)) for k, v in fields]
    out += [(k, py_literal(v, 12)) for k, v, default in optional if v != default]
    if op.policy:
        args = ", ".join(f"{k}={v!r}" for k, v in op.policy.items() if k in POLICY_DEFAULTS)
        out.append(("policy", f"Policy({args})"))
    return out


def _param_ident(name: str) -> str:
    ident = re.sub(r"\W", "_", name)
    if not ident or ident[0].isdigit() or keyword.iskeyword(ident):
        ident = "p_" + ident
    return ident


def route_context(op: Operation) -> dict:
    extra: dict = {}
    other_params = [p for p in op.spec.get("parameters", []) if p.get("in") != "path"]
    if other_params:
        extra["parameters"] = other_params
    for key in DOC_KEYS:
        if key in op.spec:
            extra[key] = op.spec[key]
    params = []
    for p in op.path_param_specs:
        ident = _param_ident(p["name"])
        description = (p.get("description") or "").strip()
        args = [f"alias={p['name']!r}"] if ident != p["name"] else []
        if description:
            args.append(f"description={py_literal(description, 4)}")
        params.append({"ident": ident, "args": ", ".join(args)})
    return {
        "route_path": "/v1" + op.path_key, "method": op.method, "operation_id": op.operation_id,
        "summary": op.summary or None, "description": op.description or None, "tag": op.tag,
        "deprecated": op.deprecated, "openapi_extra": extra, "name": op.name, "params": params,
        "path_key": op.path_key,
    }


def render_tree(ops: list[Operation], *, spec_sha256: str, spec_version: str, models_source: str | None,
                components: dict) -> dict[str, str]:
    """Relative path under generated/ → text, for everything except the Actions files."""
    common = {"spec_sha256": spec_sha256}
    files: dict[str, str] = {}
    files["__init__.py"] = render("package_init.py.jinja", **common)
    files["catalog.py"] = render(
        "catalog.py.jinja", ops=[{"fields": catalog_fields(op)} for op in ops],
        spec_version=spec_version, **common)
    modules = module_names([op.tag for op in ops if op.exposed])
    for tag, module in modules.items():
        routes = [route_context(op) for op in ops if op.exposed and op.tag == tag]
        files[f"routes/{module}.py"] = render("route_module.py.jinja", tag=tag, routes=routes, **common)
    files["routes/__init__.py"] = render(
        "routes_init.py.jinja", modules=[{"module": m} for m in sorted(modules.values())], **common)
    files["app.py"] = render("app.py.jinja", **common)
    if models_source is not None:
        files["models/__init__.py"] = render(
            "models_init.py.jinja", source=strip_tool_header(models_source).rstrip() + "\n",
            tool_version=version("datamodel-code-generator"), **common).rstrip() + "\n"
    files["components.json"] = json.dumps({"x-generated": HEADER_JSON + f" (spec sha256 {spec_sha256})",
                                           **components}, indent=1, ensure_ascii=False) + "\n"
    return files


def strip_tool_header(source: str) -> str:
    """Drop datamodel-codegen's own `# generated by ... filename: <dict>` comment block."""
    lines = source.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "".join(lines)
