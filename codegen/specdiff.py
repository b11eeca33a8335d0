"""`relay spec diff OLD NEW`: what a spec update changes for the relay.

Operations added, removed and changed (parameters, request/response content types, body and response
schemas compared through the component schemas they reach), grouped by tag; changes that many operations
share (a new 429 response everywhere) are counted once. Then the overlays are tried on NEW: a fix that
matches nothing is good news (upstream fixed it), a policy action that matches nothing would fail
`relay generate` (exit 1).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import loader, overlay
from .models import schema_closure
from .operations import METHODS, derive_tag
from .overlay import FIXES_OVERLAY, OVERLAYS, STALE_FIX

SHARED = 5  # a change line seen on at least this many operations is counted once, not repeated per operation


@dataclass
class SpecDiff:
    added: list[str] = field(default_factory=list)  # "METHOD path (operationId)"
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # label → what changed
    facts: dict[str, dict] = field(default_factory=dict)  # label → method, path, operation_id, tag
    fix_misses: list[str] = field(default_factory=list)  # fixes-overlay actions that match nothing in NEW
    policy_misses: list[str] = field(default_factory=list)  # policy-overlay actions that match nothing in NEW

    def by_tag(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for kind, labels in (("added", self.added), ("removed", self.removed), ("changed", self.changed)):
            for label in labels:
                row = counts.setdefault(self.facts[label]["tag"], {"added": 0, "removed": 0, "changed": 0})
                row[kind] += 1
        return dict(sorted(counts.items()))

    def shared_changes(self) -> dict[str, int]:
        """Change lines that at least SHARED operations have, with how many, most common first."""
        counts = Counter(line for changes in self.changed.values() for line in set(changes))
        return {line: n for line, n in counts.most_common() if n >= SHARED}

    def render(self, details: bool = False) -> str:
        lines = [f"operations: {len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"]
        table = self.by_tag()
        if table:
            width = max(len("tag"), *(len(tag) for tag in table))
            lines.append(f"  {'tag':<{width}}  added  removed  changed")
            lines += [f"  {tag:<{width}}  {row['added']:>5}  {row['removed']:>7}  {row['changed']:>7}"
                      for tag, row in table.items()]
        shared = self.shared_changes()
        if shared:
            lines.append(f"changes shared by {SHARED} or more operations (counted once):")
            lines += [f"  {n:>4} operations: {line}" for line, n in shared.items()]
        if details:
            lines += self._details(shared)
        elif self.added or self.removed or self.changed:
            lines.append("(--details lists every operation and its changes)")
        lines += self._overlay_lines()
        return "\n".join(lines)

    def _details(self, shared: dict[str, int]) -> list[str]:
        lines = [f"  + {op}  [{self.facts[op]['tag']}]" for op in self.added]
        lines += [f"  - {op}  [{self.facts[op]['tag']}]" for op in self.removed]
        only_shared = 0
        for op, changes in self.changed.items():
            own = [c for c in changes if c not in shared]
            if not own:
                only_shared += 1
                continue
            lines.append(f"  ~ {op}  [{self.facts[op]['tag']}]")
            lines += [f"      {c}" for c in own]
        if only_shared:
            lines.append(f"  ~ {only_shared} more operations changed only by the shared changes above")
        return ["details:", *lines] if lines else []

    def _overlay_lines(self) -> list[str]:
        lines = []
        if self.fix_misses:
            lines.append(f"fixes overlay: {len(self.fix_misses)} fix(es) {STALE_FIX}:")
            lines += [f"  ? {m}" for m in self.fix_misses]
        else:
            lines.append("fixes overlay: every target still matches")
        if self.policy_misses:
            lines.append(f"policy overlay: {len(self.policy_misses)} action(s) match nothing in NEW; "
                         "`relay generate` would fail on them:")
            lines += [f"  ! {m}" for m in self.policy_misses]
        else:
            lines.append("policy overlay: every target still matches")
        return lines

    def as_json(self) -> dict:
        def ops(labels):
            return [{**self.facts[label], **({"changes": self.changed[label]} if label in self.changed else {})}
                    for label in labels]

        return {"operations": {"added": ops(self.added), "removed": ops(self.removed), "changed": ops(self.changed)},
                "by_tag": self.by_tag(), "shared_changes": self.shared_changes(),
                "overlays": {"fix_misses": self.fix_misses, "policy_misses": self.policy_misses}}


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


def _facts(spec: dict, key: tuple[str, str], op: dict) -> dict:
    known = [t["name"] for t in spec.get("tags", []) if "name" in t]
    tag = (op.get("tags") or [derive_tag(key[1].partition("?")[0], known)])[0]
    return {"method": key[0], "path": key[1], "operation_id": op.get("operationId"), "tag": tag}


def diff_specs(old: dict, new: dict, spec_dir: Path | None = loader.SPEC_DIR) -> SpecDiff:
    """Compare two upstream specs (overlays not applied), then try the overlays on NEW."""
    result = SpecDiff()
    old_ops, new_ops = _operations(old), _operations(new)
    for key, op in new_ops.items():
        result.facts[_label(key, op)] = _facts(new, key, op)
    for key, op in old_ops.items():
        result.facts.setdefault(_label(key, op), _facts(old, key, op))
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
                misses = result.fix_misses if name == FIXES_OVERLAY else result.policy_misses
                overlay.apply_overlay(target, overlay.read_overlay(path), name, misses=misses)
    return result


def main(old_path: Path, new_path: Path, spec_dir: Path | None = loader.SPEC_DIR, *, details: bool = False,
         fmt: str = "text") -> int:
    """Print the diff; exit 1 when a policy-overlay action matches nothing in NEW, 2 when a file is missing."""
    for path in (old_path, new_path):
        if not path.is_file():
            print(f"relay spec diff: {path} does not exist.", file=sys.stderr)
            return 2
    old, _ = loader.load_spec(old_path.resolve())
    new, _ = loader.load_spec(new_path.resolve())
    diff = diff_specs(old, new, spec_dir)
    if fmt == "json":
        print(json.dumps({"old": str(old_path), "new": str(new_path), **diff.as_json()}, indent=2))
    else:
        versions = f" (version {old.get('info', {}).get('version')} -> {new.get('info', {}).get('version')})"
        print(f"spec diff {old_path} -> {new_path}{versions}")
        print(diff.render(details=details))
    return 1 if diff.policy_misses else 0
