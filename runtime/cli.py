"""The `relay` command: a table of verbs, each a `module:function` imported only when that verb runs.

The function takes the arguments after the verb and returns the exit code; it builds its own parser (prog
`relay <verb>`), so `relay <verb> --help` is that verb's real help. Adding a verb is one row in `VERBS`.
The generator's verbs live in `codegen` (the `codegen` extra): importing them lazily keeps `relay serve`
free of the generator and its dependencies.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NamedTuple


class Verb(NamedTuple):
    name: str
    help: str  # one line for `relay --help`
    entry: str  # "module:function"; function(argv after the verb) -> exit code


VERBS: tuple[Verb, ...] = (
    Verb("serve", "run the relay: check the configuration, then serve the API with uvicorn",
         "runtime.cli:serve_main"),
    Verb("generate", "regenerate generated/ from the pinned OpenAI spec and spec/*.overlay.yaml (--check compares)",
         "codegen.cli:generate_main"),
    Verb("spec", "upstream spec tools: diff two spec versions, fetch the pinned spec", "codegen.cli:spec_main"),
    Verb("actions", "ChatGPT Actions: export the schema with your public URL, check a schema file",
         "codegen.actions:main"),
    Verb("keys", "relay keys in the database: create, list, update, revoke, rotate (works while the relay runs)",
         "runtime.cli:keys_main"),
    Verb("usage", "who used what: requests, tokens and cost from the ledger, by key, model, day or operation",
         "runtime.cli:usage_main"),
    Verb("db", "the database: apply migrations (relay serve does this at start)", "runtime.cli:db_main"),
)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verbs = {verb.name: verb for verb in VERBS}
    if argv and argv[0] in verbs:
        return _run(verbs[argv[0]], argv[1:])
    parser = _parser()
    if not argv:
        parser.print_help(sys.stderr)
        return 2
    parser.parse_args(argv)  # --help, or an unknown verb: argparse answers and exits
    return 2


def _parser() -> argparse.ArgumentParser:
    width = max(len(verb.name) for verb in VERBS)
    listing = "\n".join(f"  {verb.name:<{width}}  {verb.help}" for verb in VERBS)
    parser = argparse.ArgumentParser(
        prog="relay", usage="relay VERB [options]", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="An OpenAI API relay whose HTTP surface is generated from OpenAI's published OpenAPI spec.",
        epilog=f"verbs:\n{listing}\n\n`relay VERB --help` shows a verb's options.")
    parser.add_argument("verb", metavar="VERB", choices=[verb.name for verb in VERBS], help=argparse.SUPPRESS)
    return parser


_PROJECT_PACKAGES = ("runtime", "codegen", "generated")


def _run(verb: Verb, argv: list[str]) -> int:
    module_name, _, function = verb.entry.partition(":")
    try:
        return getattr(importlib.import_module(module_name), function)(argv)
    except ModuleNotFoundError as exc:
        # the generator's verbs import their dependencies (the `codegen` extra) when they need them
        if not module_name.startswith("codegen") or (exc.name or "").split(".")[0] in _PROJECT_PACKAGES:
            raise
        print(f"relay {verb.name} needs the generator's dependencies (no module named {exc.name!r}): "
              "pip install -e '.[codegen]' in the project folder.", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `relay spec diff ... | head`: the reader left; not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


# --- relay serve --------------------------------------------------------------------------------------------

def serve_main(argv: list[str]) -> int:
    args = _serve_parser().parse_args(argv)
    from .serve import serve as run_server

    return run_server(host=args.host, port=args.port, workers=args.workers)


def _serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relay serve", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check the configuration (the environment, ./.env, the relay keys file), then serve the relay "
                    "until interrupted.\nExit 2: the configuration cannot work (one sentence on stderr says why).",
        epilog=environment_help())
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port to listen on (default: 8000)")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes (default: 1); each has its own socket and the kernel spreads "
                             "connections across them")
    return parser


def environment_help() -> str:
    """The settings `relay serve` reads, from the Settings model itself (so this list cannot drift)."""
    from .config import Settings

    rows = []
    for info in Settings.model_fields.values():
        default = _default_text(info.get_default(call_default_factory=True))
        rows.append((info.alias, (info.description or "") + (f" (default: {default})" if default else "")))
    rows.append(("HTTPS_PROXY, HTTP_PROXY, NO_PROXY", "a forward proxy for upstream calls (the aiohttp transport)"))
    width = max(len(name) for name, _ in rows)
    lines = [f"  {name:<{width}}  {text}" for name, text in rows]
    return "environment (also read from ./.env):\n" + "\n".join(lines)


def _default_text(value) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) and value >= 1024 * 1024 and value % (1024 * 1024) == 0:
        return f"{value // (1024 * 1024)} MiB"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


if __name__ == "__main__":
    sys.exit(main())


# --- the team verbs: each module registers its parser and sets a `handler` --------------------------------

class _OneVerb:
    """Stands in for argparse's subparsers: the module's `add_parser(verb, help=...)` makes the verb's own
    top-level parser (prog `relay <verb>`), so `relay keys --help` is that verb's help."""

    parser: argparse.ArgumentParser | None = None

    def add_parser(self, name: str, help: str = "", **kwargs) -> argparse.ArgumentParser:
        kwargs.setdefault("description", help)
        self.parser = argparse.ArgumentParser(prog=f"relay {name}", **kwargs)
        return self.parser


def _registered(module_name: str, argv: list[str]) -> int:
    verb = _OneVerb()
    importlib.import_module(module_name).register(verb)
    args = verb.parser.parse_args(argv)
    return args.handler(args)


def keys_main(argv: list[str]) -> int:
    return _registered("runtime.keys.cli", argv)


def usage_main(argv: list[str]) -> int:
    return _registered("runtime.usage.report", argv)


def db_main(argv: list[str]) -> int:
    return _registered("runtime.store.cli", argv)
