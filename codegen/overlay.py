"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0) to a spec dict.

Targets are RFC 9535 JSONPath expressions (python-jsonpath). An action whose target selects nothing is an
error naming the action (that is how a spec update that renamed or removed something is noticed), unless
the caller collects such misses instead (the fixes overlay: upstream fixed what the action fixed).
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import jsonpath
import yaml

from .loader import SpecError

FIXES_OVERLAY = "fixes.overlay.yaml"  # fixes to upstream's spec: an action that matches nothing is a warning
POLICY_OVERLAY = "relay.overlay.yaml"  # the relay's policy: an action that matches nothing is an error
OVERLAYS = (FIXES_OVERLAY, POLICY_OVERLAY)  # applied in this order
STALE_FIX = "matches nothing: upstream fixed it; drop this fix"


class OverlayError(SpecError):
    pass


def read_overlay(path: Path) -> dict:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or not str(doc.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{path}: not an Overlay 1.x document (missing `overlay: 1.0.0`)")
    if not isinstance(doc.get("actions"), list) or not doc["actions"]:
        raise OverlayError(f"{path}: an overlay needs a non-empty `actions` list")
    return doc


def overlay_digest(doc: dict) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()[:16]


def action_name(doc_name: str, index: int, action: dict) -> str:
    label = action.get("description", "").strip().splitlines()[0] if action.get("description") else ""
    return f"{doc_name} action #{index + 1}" + (f" ({label})" if label else "") + f" target {action.get('target')!r}"


def apply_overlay(spec: dict, doc: dict, doc_name: str, misses: list[str] | None = None) -> dict:
    """Apply every action in order, in place; returns spec. Raises OverlayError naming a failing action,
    unless `misses` is given: then actions that match nothing are recorded there and skipped."""
    for index, action in enumerate(doc["actions"]):
        name = action_name(doc_name, index, action)
        target = action.get("target")
        if not isinstance(target, str) or not target.startswith("$"):
            raise OverlayError(f"{name}: `target` must be a JSONPath expression")
        if ("update" in action) == bool(action.get("remove")):
            raise OverlayError(f"{name}: an action has exactly one of `update` or `remove: true`")
        try:
            matches = list(jsonpath.finditer(target, spec))
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"{name}: bad JSONPath: {exc}") from None
        if not matches and misses is not None:
            misses.append(name)
            continue
        if not matches:
            raise OverlayError(f"{name}: target matches nothing in the spec (renamed or removed upstream?)")
        if action.get("remove"):
            # Delete deepest/last first so list indexes of later matches stay valid.
            for match in sorted(matches, key=lambda m: m.parts, reverse=True):
                _remove(spec, match.parts)
        else:
            for match in matches:
                _update(match.obj, action["update"], name)
    return spec


def _remove(spec: dict, parts: tuple) -> None:
    parent = spec
    for part in parts[:-1]:
        parent = parent[part]
    del parent[parts[-1]]


def _update(node, update, name: str) -> None:
    """Overlay 1.0 merge: objects merge recursively, other values replace; an array target gets appended."""
    if isinstance(node, list):
        node.append(copy.deepcopy(update))
        return
    if not isinstance(node, dict) or not isinstance(update, dict):
        raise OverlayError(f"{name}: `update` must be an object when the target is an object")
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _update(node[key], value, name)
        else:
            node[key] = copy.deepcopy(value)
