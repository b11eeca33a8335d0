"""The `relay` command: `serve` runs the generated app; the generator's verbs are handed to codegen.

codegen (and its dependencies, the `codegen` extra) is imported only for the verbs that need it.
"""

from __future__ import annotations

import argparse
import sys

_CODEGEN_VERBS = ("generate", "spec", "actions")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _CODEGEN_VERBS:
        try:
            from codegen.cli import main as codegen_main
        except ImportError as exc:
            print(f"relay {argv[0]} needs the generator: pip install 'chatgpt-team-relay[codegen]' ({exc})",
                  file=sys.stderr)
            return 2
        return codegen_main(argv)

    parser = argparse.ArgumentParser(prog="relay", description="OpenAI API relay generated from OpenAI's spec.")
    sub = parser.add_subparsers(dest="verb", required=True)
    serve = sub.add_parser("serve", help="serve the relay (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    for verb in _CODEGEN_VERBS:
        sub.add_parser(verb, help=f"{verb} (generator; see `relay {verb} --help`)")
    from .keys import cli as keys_cli
    from .store import cli as db_cli
    from .usage import report as usage_cli

    for team_verbs in (keys_cli, usage_cli, db_cli):  # each sets `handler` on its parsers
        team_verbs.register(sub)
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is not None:
        return args.handler(args)

    from .serve import serve as run_server

    return run_server(host=args.host, port=args.port, workers=args.workers)


if __name__ == "__main__":
    sys.exit(main())
