"""The generator's verbs of `relay`: `relay generate` and `relay spec diff|fetch` (runtime/cli.py's verb table
names these functions; `relay actions` is `codegen.actions.main`)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import loader
from .loader import SpecError

_SPEC_LOOKUP = ("default: $RELAY_SPEC, else ../shared/openai-openapi/openapi.yaml beside the project, else the "
                "pinned spec in .cache/, downloaded from spec/lock.yaml's URL when missing")


def _generate_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relay generate",
        description="Regenerate generated/ (catalog, routes, body models, components, Actions files) from the "
                    "upstream OpenAI spec pinned in spec/lock.yaml and spec/*.overlay.yaml. Exit 1: the spec, "
                    "an overlay or --check failed.")
    parser.add_argument("--spec", metavar="PATH", help=f"the upstream spec file ({_SPEC_LOOKUP})")
    parser.add_argument("--check", action="store_true",
                        help="compare with generated/ instead of writing; exit 1 if it differs")
    parser.add_argument("--update-lock", action="store_true",
                        help="accept a spec whose sha256 differs from spec/lock.yaml (rewrites the lock)")
    parser.add_argument("--validate", action="store_true",
                        help="run openapi-spec-validator even if this spec was seen valid")
    parser.add_argument("--out", metavar="DIR", help="output folder (default: generated/)")
    parser.add_argument("--no-cache", action="store_true", help="ignore and do not write .cache/ (a cold run)")
    return parser


def _spec_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relay spec", description="Tools for the upstream OpenAI spec.")
    sub = parser.add_subparsers(dest="spec_verb", required=True, metavar="COMMAND")
    diff = sub.add_parser(
        "diff", help="what a spec update changes: operations added/removed/changed per tag, broken overlays",
        description="Compare two upstream spec files: a summary of operations added, removed and changed per "
                    "tag, the changes many operations share counted once, then the overlays tried on NEW. "
                    "Exit 1 when a policy-overlay (spec/relay.overlay.yaml) target matches nothing in NEW.")
    diff.add_argument("old", metavar="OLD", help="the spec file the relay is generated from now")
    diff.add_argument("new", metavar="NEW", help="the candidate spec file")
    diff.add_argument("--details", action="store_true", help="also list every changed operation's changes")
    diff.add_argument("--format", choices=("text", "json"), default="text",
                      help="text for people (default) or json for scripts (always every detail)")
    fetch = sub.add_parser(
        "fetch", help="download the spec pinned in spec/lock.yaml and check its sha256",
        description="Download the spec pinned in spec/lock.yaml (url, sha256) for machines without "
                    "../shared/openai-openapi; nothing is written unless the sha256 matches.")
    fetch.add_argument("--out", metavar="PATH",
                       help="where to write it (default: $RELAY_SPEC, else .cache/openapi-<sha256>.yaml, where "
                            "`relay generate` and the tests look)")
    return parser


def generate_main(argv: list[str]) -> int:
    args = _generate_parser().parse_args(argv)
    try:
        return _generate(args)
    except SpecError as exc:
        print(f"relay generate: {exc}", file=sys.stderr)
        return 1


def spec_main(argv: list[str]) -> int:
    args = _spec_parser().parse_args(argv)
    try:
        if args.spec_verb == "diff":
            from .specdiff import main as diff_main

            return diff_main(Path(args.old), Path(args.new), details=args.details, fmt=args.format)
        from .fetch import fetch

        out = args.out or os.environ.get("RELAY_SPEC")
        return fetch(Path(out).resolve() if out else loader.pinned_spec_cache())
    except SpecError as exc:
        print(f"relay spec {args.spec_verb}: {exc}", file=sys.stderr)
        return 1


def _generate(args) -> int:
    from . import pipeline

    start = time.perf_counter()
    spec_path = loader.resolve_spec_path(args.spec, fetch=True)
    if not spec_path.is_file():
        raise SpecError(f"the spec {spec_path} does not exist: give --spec PATH or RELAY_SPEC, or run "
                        "`relay spec fetch`")
    opts = pipeline.Options(
        spec_path=spec_path,
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
