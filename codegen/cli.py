"""The generator's verbs of `relay`: `generate`, `spec diff|fetch`, `actions` (runtime/cli.py hands them here)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import loader
from .loader import SpecError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relay", description="The relay's generator.")
    sub = parser.add_subparsers(dest="verb", required=True)

    gen = sub.add_parser("generate", help="regenerate generated/ from the pinned spec and spec/*.overlay.yaml")
    gen.add_argument("--spec", help="spec file (default: $RELAY_SPEC, else ../shared/openai-openapi/openapi.yaml)")
    gen.add_argument("--check", action="store_true",
                     help="compare with generated/ instead of writing; exit 1 if it differs")
    gen.add_argument("--update-lock", action="store_true",
                     help="accept a spec whose sha256 differs from spec/lock.yaml")
    gen.add_argument("--validate", action="store_true",
                     help="run openapi-spec-validator even if this spec was seen valid")
    gen.add_argument("--out", help="output folder (default: generated/)")
    gen.add_argument("--no-cache", action="store_true", help="ignore and do not write .cache/ (a cold run)")

    spec = sub.add_parser("spec", help="spec tools").add_subparsers(dest="spec_verb", required=True)
    diff = spec.add_parser("diff", help="operations added/removed/changed between two spec files")
    diff.add_argument("old")
    diff.add_argument("new")
    fetch = spec.add_parser("fetch", help="download the spec pinned in spec/lock.yaml and check its sha256")
    fetch.add_argument("--out", help="where to write it (default: $RELAY_SPEC, else the default spec path)")

    actions = sub.add_parser("actions", help="ChatGPT Actions tools (issue 5)")
    actions.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.verb == "generate":
            return _generate(args)
        if args.verb == "spec" and args.spec_verb == "diff":
            from .specdiff import main as diff_main

            return diff_main(Path(args.old), Path(args.new))
        if args.verb == "spec" and args.spec_verb == "fetch":
            from .fetch import fetch

            return fetch(loader.resolve_spec_path(args.out))
        if args.verb == "actions":
            return _actions(args.rest)
    except SpecError as exc:
        print(f"relay {args.verb}: {exc}", file=sys.stderr)
        return 1
    return 2


def _generate(args) -> int:
    from . import pipeline

    start = time.perf_counter()
    opts = pipeline.Options(
        spec_path=loader.resolve_spec_path(args.spec),
        cache_dir=None if args.no_cache else loader.CACHE_DIR,
        update_lock=args.update_lock,
        force_validate=args.validate,
    )
    if args.out:
        opts.out_dir = Path(args.out).resolve()
    result = pipeline.run(opts)
    if args.check:
        report = pipeline.check(result, opts.out_dir)
        print(pipeline.summary(result, None, time.perf_counter() - start))
        if report:
            print(f"\ngenerated/ is out of date ({len(report)} file(s)); run `relay generate`:", file=sys.stderr)
            print("\n".join(report), file=sys.stderr)
            return 1
        print("generated/ is up to date")
        return 0
    written = pipeline.write(result, opts.out_dir)
    print(pipeline.summary(result, written, time.perf_counter() - start))
    return 0


def _actions(rest: list[str]) -> int:
    try:
        from . import actions  # type: ignore[attr-defined]
    except ImportError:
        print("relay actions: not built yet (codegen/actions.py, issue 5)", file=sys.stderr)
        return 2
    if not hasattr(actions, "main"):
        print("relay actions: codegen/actions.py has no main(argv)", file=sys.stderr)
        return 2
    return actions.main(rest)
