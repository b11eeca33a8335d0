"""`relay generate`: spec → overlays → validation → catalog → models → rendered tree → write or --check."""

from __future__ import annotations

import difflib
import importlib.util
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import loader, models, overlay, render
from .loader import SpecError
from .operations import Operation, build_operations, overlapping_paths
from .overlay import FIXES_OVERLAY, OVERLAYS, STALE_FIX

MAX_FILE_BYTES = 2 * 1024 * 1024  # every tracked generated file stays below this (repository hygiene)


@dataclass
class Options:
    spec_path: Path
    spec_dir: Path = loader.SPEC_DIR  # lock.yaml and the overlays
    out_dir: Path = loader.PROJECT_ROOT / "generated"
    cache_dir: Path | None = loader.CACHE_DIR
    check_lock: bool = True
    update_lock: bool = False
    force_validate: bool = False
    models: bool = True
    actions: bool = True  # call codegen.actions.build_actions when that module exists


@dataclass
class Result:
    files: dict[str, bytes]
    ops: list[Operation]
    spec_sha256: str
    overlaps: list[tuple[str, str]]
    timings: dict[str, float] = field(default_factory=dict)
    validated: bool = False
    actions_hook: bool = False
    warnings: list[str] = field(default_factory=list)


def effective_spec(opts: Options) -> tuple[dict, str, str, list[str]]:
    """(spec after both overlays, upstream sha256, key of the effective spec for the validation cache,
    warnings). A fix whose target is gone is good news (upstream fixed its spec), so it is a warning; the
    validator still catches a fix that is needed under a new name. A policy action whose target is gone is
    an error: the relay's policy would silently not apply."""
    spec, digest = loader.load_spec(opts.spec_path, opts.cache_dir)
    if opts.check_lock:
        loader.check_lock(opts.spec_dir / "lock.yaml", digest, opts.spec_path, update=opts.update_lock)
    key = digest[:16]
    warnings: list[str] = []
    for name in OVERLAYS:
        path = opts.spec_dir / name
        if path.is_file():
            doc = overlay.read_overlay(path)
            misses: list[str] | None = [] if name == FIXES_OVERLAY else None
            overlay.apply_overlay(spec, doc, name, misses=misses)
            warnings += [f"{miss} {STALE_FIX}" for miss in misses or ()]
            key += "-" + overlay.overlay_digest(doc)
    return spec, digest, key, warnings


def components_for(spec: dict, ops: list[Operation]) -> dict:
    """The component schemas (and shared responses) that the routes' $refs reach, in spec order."""
    comps = spec.get("components", {})
    roots = [{k: op.spec.get(k) for k in ("parameters", *render.DOC_KEYS)} for op in ops if op.exposed]
    responses = {}
    for name, value in comps.get("responses", {}).items():
        if f'"#/components/responses/{name}"' in repr(roots).replace("'", '"'):
            responses[name] = value
    names = models.schema_closure(spec, roots + list(responses.values()))
    schemas = {}
    for name in names:
        # x-oaiMeta is the upstream docs site's rendering data; it is not schema and costs size.
        schemas[name] = {k: v for k, v in comps["schemas"][name].items() if k != "x-oaiMeta"}
    out = {"schemas": schemas}
    if responses:
        out["responses"] = responses
    return out


def run(opts: Options) -> Result:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    spec, digest, key, warnings = effective_spec(opts)
    timings["load+overlays"] = time.perf_counter() - t0

    t = time.perf_counter()
    force = opts.force_validate or os.environ.get("CI", "").lower() == "true"
    validated = force or not (opts.cache_dir and (opts.cache_dir / f"valid-{key}").exists())
    errors = loader.validate(spec, key, opts.cache_dir, force=force)
    if errors:
        shown = "\n  ".join(errors[:30])
        raise SpecError(f"the effective spec has {len(errors)} validation error(s); fix them in "
                        f"spec/fixes.overlay.yaml:\n  {shown}")
    timings["validate"] = time.perf_counter() - t

    ops = build_operations(spec)
    t = time.perf_counter()
    models_source = None
    if opts.models:
        body_names, doc = models.body_model_names(spec, ops)
        models_source = models.generate_models(doc, opts.cache_dir)
        missing = sorted(set(body_names.values()) - models.class_names(models_source))
        if missing:
            raise SpecError(f"datamodel-code-generator did not produce body model classes: {missing}")
        for op in ops:
            op.body_model = body_names.get(op.operation_id)
    timings["models"] = time.perf_counter() - t

    t = time.perf_counter()
    version = str(spec.get("info", {}).get("version", ""))
    texts = render.render_tree(ops, spec_sha256=digest, spec_version=version, models_source=models_source,
                               components=components_for(spec, ops))
    files = {path: text.encode("utf-8") for path, text in texts.items()}
    hook = _actions_hook() if opts.actions else None
    if hook:
        for path, content in hook(spec, ops).items():
            files[path] = content
    too_big = [f"{p} ({len(c):,} bytes)" for p, c in files.items() if len(c) >= MAX_FILE_BYTES]
    if too_big:
        raise SpecError(f"generated files must stay under 2 MB: {', '.join(too_big)}")
    timings["render"] = time.perf_counter() - t
    return Result(files=dict(sorted(files.items())), ops=ops, spec_sha256=digest,
                  overlaps=overlapping_paths(ops), timings=timings, validated=validated,
                  actions_hook=hook is not None, warnings=warnings)


def _actions_hook():
    """codegen.actions.build_actions(effective_spec, operations) -> {path under generated/: bytes}, if the
    module exists (issue 5 writes it)."""
    if importlib.util.find_spec("codegen.actions") is None:
        return None
    from . import actions  # type: ignore[attr-defined]

    return getattr(actions, "build_actions", None)


def existing_files(out_dir: Path) -> dict[str, bytes]:
    if not out_dir.is_dir():
        return {}
    return {
        p.relative_to(out_dir).as_posix(): p.read_bytes()
        for p in sorted(out_dir.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def stale_files(result: Result, out_dir: Path) -> list[str]:
    """Files under generated/ the generator would not write now. Without an Actions hook, generated/actions/
    is left alone (its builder is not there to say what belongs in it)."""
    return [p for p in existing_files(out_dir)
            if p not in result.files and not (not result.actions_hook and p.startswith("actions/"))]


def write(result: Result, out_dir: Path) -> list[str]:
    """Write changed files, delete stale ones; returns the paths written."""
    old = existing_files(out_dir)
    written = []
    for rel, content in result.files.items():
        if old.get(rel) != content:
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            written.append(rel)
    for rel in stale_files(result, out_dir):
        (out_dir / rel).unlink()
        written.append(f"{rel} (deleted)")
    return written


def check(result: Result, out_dir: Path, max_diff_lines: int = 40) -> list[str]:
    """Readable differences between the in-memory tree and out_dir; empty when up to date."""
    old = existing_files(out_dir)
    report = []
    for rel, content in result.files.items():
        if rel not in old:
            report.append(f"missing: generated/{rel}")
        elif old[rel] != content:
            diff = list(difflib.unified_diff(
                old[rel].decode("utf-8", "replace").splitlines(), content.decode("utf-8", "replace").splitlines(),
                f"generated/{rel} (on disk)", f"generated/{rel} (regenerated)", lineterm="", n=1))
            more = f"\n    ... {len(diff) - max_diff_lines} more diff lines" if len(diff) > max_diff_lines else ""
            report.append(f"differs: generated/{rel}\n    " + "\n    ".join(diff[:max_diff_lines]) + more)
    report += [f"not generated (stale): generated/{rel}" for rel in stale_files(result, out_dir)]
    return report


def summary(result: Result, written: list[str] | None, elapsed: float) -> str:
    ops = result.ops
    by_tag = Counter(op.tag for op in ops)
    exposed = sum(op.exposed for op in ops)
    lines = [f"spec sha256 {result.spec_sha256[:12]}…: {len(ops)} operations in {len(by_tag)} tags"]
    width = max(len(t) for t in by_tag) if by_tag else 0
    for tag, count in sorted(by_tag.items()):
        blocked = sum(1 for op in ops if op.tag == tag and not op.exposed)
        lines.append(f"  {tag:<{width}}  {count:>3}" + (f"  ({blocked} blocked)" if blocked else ""))
    lines.append(f"exposed {exposed}, blocked {len(ops) - exposed}, Actions {sum(op.actions for op in ops)}, "
                 f"admin scope {sum(op.policy.get('scope') == 'admin' for op in ops)}, "
                 f"body models {sum(op.body_model is not None for op in ops)}")
    for op in ops:
        if not op.exposed:
            lines.append(f"  blocked by policy: {op.method} {op.path_key} ({op.operation_id})")
    if result.overlaps:
        lines.append(f"overlapping path templates (the runtime matches literal segments first): "
                     f"{len(result.overlaps)}")
        lines += [f"  {a}  ~  {b}" for a, b in result.overlaps]
    if not result.actions_hook:
        lines.append("Actions files: codegen/actions.py not present, generated/actions/ left as is")
    lines += [f"warning: {warning}" for warning in result.warnings]
    if written is not None:
        lines.append(f"files: {len(result.files)} generated, {len(written)} written"
                     + (": " + ", ".join(written[:12]) + (" …" if len(written) > 12 else "") if written else ""))
    steps = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    lines.append(f"time {elapsed:.2f}s ({steps}{'; validated' if result.validated else ''})")
    return "\n".join(lines)
