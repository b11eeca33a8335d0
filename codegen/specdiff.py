"""`relay spec diff OLD NEW`: what a spec update changes for the relay.

Operations added, removed and changed (parameters, request/response content types, body and response
schemas compared through the component schemas they reach), and overlay actions whose target no longer
matches anything in NEW (each would fail `relay generate`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import loader, overlay
from .models import schema_closure
from .operations import METHODS

OVERLAYS = ("fixes.overlay.yaml", "relay.overlay.yaml")


@dataclass
class SpecDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # "METHOD path (id)" → what changed
    overlay_misses: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"operations: {len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"]
        lines += [f"  + {op}" for op in self.added]
        lines += [f"  - {op}" for op in self.removed]
        for op, changes in self.changed.items():
            lines.append(f"  ~ {op}")
            lines += [f"      {c}" for c in changes]
        if self.overlay_misses:
            lines.append(f"overlay actions that no longer match ({len(self.overlay_misses)}); "
                         "`relay generate` would fail on them:")
            lines += [f"  ! {m}" for m in self.overlay_misses]
        else:
            lines.append("overlay actions: all targets still match")
        return "\n".join(lines)


def _operations(spec: dict) -> dict[tuple[str, str], dict]:
    return {(m.upper(), p): item[m] for p, item in spec.get("paths", {}).items() for m in METHODS if m in item}


def _label(key: tuple[str, str], op: dict) -> str:
    return f"{key[0]} {key[1]} ({op.get('operationId', '?')})"


def _dump(value) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _schemas_changed(old: dict, new: dict, old_root, new_root) -> list[str]:
    """Component schemas reached from the roots whose definition differs (or that appear/disappear)."""
    old_s, new_s = old.get("components", {}).get("schemas", {}), new.get("components", {}).get("schemas", {})
    old_names, new_names = set(schema_closure(old, [old_root])), set(schema_closure(new, [new_root]))
    out = [f"+{n}" for n in sorted(new_names - old_names)] + [f"-{n}" for n in sorted(old_names - new_names)]
    out += [n for n in sorted(old_names & new_names) if _dump(old_s[n]) != _dump(new_s[n])]
    return out


def _params(op: dict) -> dict[str, str]:
    return {f"{p.get('in')}:{p.get('name')}": _dump(p) for p in op.get("parameters", []) if "name" in p}


def _content_types(op: dict) -> tuple[list[str], dict[str, list[str]]]:
    req = list((op.get("requestBody") or {}).get("content", {}))
    resp = {str(code): list((r or {}).get("content", {})) for code, r in op.get("responses", {}).items()}
    return req, resp


def compare_operation(old: dict, new: dict, old_op: dict, new_op: dict) -> list[str]:
    changes = []
    op_old, op_new = _params(old_op), _params(new_op)
    for name in sorted(op_new.keys() - op_old.keys()):
        changes.append(f"parameter added: {name}")
    for name in sorted(op_old.keys() - op_new.keys()):
        changes.append(f"parameter removed: {name}")
    for name in sorted(op_old.keys() & op_new.keys()):
        if op_old[name] != op_new[name]:
            changes.append(f"parameter changed: {name}")
    (req_old, resp_old), (req_new, resp_new) = _content_types(old_op), _content_types(new_op)
    if req_old != req_new:
        changes.append(f"request content types: {req_old} -> {req_new}")
    for code in sorted(resp_new.keys() - resp_old.keys()):
        changes.append(f"response {code} added" + (f": {resp_new[code]}" if resp_new[code] else ""))
    for code in sorted(resp_old.keys() - resp_new.keys()):
        changes.append(f"response {code} removed")
    for code in sorted(resp_old.keys() & resp_new.keys()):
        if resp_old[code] != resp_new[code]:
            changes.append(f"response {code} content types: {resp_old[code]} -> {resp_new[code]}")
    common = resp_old.keys() & resp_new.keys()
    for part, key in (("request body", "requestBody"), ("responses", "responses")):
        old_part, new_part = old_op.get(key) or {}, new_op.get(key) or {}
        if key == "responses":  # added/removed status codes are reported above
            old_part = {c: r for c, r in old_part.items() if str(c) in common}
            new_part = {c: r for c, r in new_part.items() if str(c) in common}
        inline_changed = _dump(old_part) != _dump(new_part)
        schemas = _schemas_changed(old, new, old_part, new_part)
        if schemas:
            shown = ", ".join(schemas[:8]) + (f", … ({len(schemas)} in all)" if len(schemas) > 8 else "")
            changes.append(f"{part} schemas changed: {shown}")
        elif inline_changed:
            changes.append(f"{part} changed (inline)")
    return changes


def diff_specs(old: dict, new: dict, spec_dir: Path | None = loader.SPEC_DIR) -> SpecDiff:
    """Compare two upstream specs (overlays not applied), then try the overlays on NEW."""
    result = SpecDiff()
    old_ops, new_ops = _operations(old), _operations(new)
    result.added = [_label(k, new_ops[k]) for k in new_ops if k not in old_ops]
    result.removed = [_label(k, old_ops[k]) for k in old_ops if k not in new_ops]
    for key in (k for k in new_ops if k in old_ops):
        changes = compare_operation(old, new, old_ops[key], new_ops[key])
        if old_ops[key].get("operationId") != new_ops[key].get("operationId"):
            changes.insert(0, f"operationId: {old_ops[key].get('operationId')} -> {new_ops[key].get('operationId')}")
        if changes:
            result.changed[_label(key, new_ops[key])] = changes
    if spec_dir:
        target = json.loads(json.dumps(new))  # the overlays edit in place; keep the caller's copy intact
        for name in OVERLAYS:
            path = spec_dir / name
            if path.is_file():
                overlay.apply_overlay(target, overlay.read_overlay(path), name, misses=result.overlay_misses)
    return result


def main(old_path: Path, new_path: Path, spec_dir: Path | None = loader.SPEC_DIR) -> int:
    old, _ = loader.load_spec(old_path.resolve())
    new, _ = loader.load_spec(new_path.resolve())
    print(f"spec diff {old_path} -> {new_path}")
    print(diff_specs(old, new, spec_dir).render())
    return 0
