"""Usage reports: `relay usage` and the query behind `GET /admin/usage` (both read the daily aggregates).

Rows: the grouping fields (`key` with `key_id`, `model`, `day` as YYYY-MM-DD, `operation`), then `requests`,
`errors`, `unknown_usage` (calls whose usage never arrived; their tokens are not guessed), `input_tokens`,
`cached_tokens`, `output_tokens`, `reasoning_tokens` and `cost_usd`. Days are UTC; since/until inclusive.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import UTC, date, datetime, timedelta

__all__ = ["register", "report_query", "run", "write_csv"]

_GROUPS = ("key", "model", "day", "operation")
_DAYS_AGO = re.compile(r"(\d{1,5})d")


def register(subparsers) -> None:
    usage = subparsers.add_parser("usage", help="usage and cost from the ledger, grouped")
    usage.add_argument("--by", default="key", help="comma-separated: key, model, day, operation (default key)")
    usage.add_argument("--since", help="first UTC day: YYYY-MM-DD, today, or Nd (N days ago)")
    usage.add_argument("--until", help="last UTC day (inclusive), same forms")
    usage.add_argument("--key", help="only this key (name)")
    usage.add_argument("--model", help="only this model")
    out = usage.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="a JSON list of rows")
    out.add_argument("--csv", action="store_true", help="CSV with a header line")
    usage.set_defaults(handler=run)


def report_query(group_by=None, since=None, until=None, key=None, model=None, *, today: date | None = None) -> dict:
    """`Store.usage_report` arguments from text (CLI options, query parameters); `InvalidValue` names the
    parameter that is wrong."""
    from ..store.errors import InvalidValue

    if group_by is None:
        groups = []
    elif isinstance(group_by, str):
        groups = [g.strip() for g in group_by.split(",") if g.strip()]
    else:
        groups = list(group_by)
    for g in groups:
        if g not in _GROUPS:
            raise InvalidValue("group_by", f"Cannot group usage by {g!r}; use some of {', '.join(_GROUPS)}.")
    today = today or datetime.now(UTC).date()
    query = {"group_by": list(dict.fromkeys(groups)), "since": _day("since", since, today),
             "until": _day("until", until, today), "key": key or None, "model": model or None}
    if query["since"] and query["until"] and query["since"] > query["until"]:
        raise InvalidValue("since", "since is after until.")
    return query


def run(args) -> int:
    from ..store.cli import run_verb

    return run_verb(lambda: _report(args))


async def _report(args) -> None:
    from ..store.cli import open_store

    query = report_query(args.by, args.since, args.until, args.key, args.model)
    async with open_store() as store:
        rows = await store.usage_report(**query)
    if args.json:
        print(json.dumps(rows, indent=2))
    elif args.csv:
        write_csv(sys.stdout, query["group_by"], rows)
    else:
        _print_readable(query["group_by"], rows)


def _columns(groups: list[str]) -> list[str]:
    fields = []
    for g in groups:
        fields += ["key", "key_id"] if g == "key" else [g]
    return fields + ["requests", "errors", "unknown_usage", "input_tokens", "cached_tokens", "output_tokens",
                     "reasoning_tokens", "cost_usd"]


def write_csv(out, groups: list[str], rows: list[dict]) -> None:
    """`rows` as `relay usage --csv` prints them (the admin console's CSV export too). A text cell that a
    spreadsheet would run as a formula (a model name comes from the client's request) is prefixed with '."""
    writer = csv.DictWriter(out, fieldnames=_columns(groups), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _inert(v) for k, v in row.items()} for row in rows)


def _inert(value):
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _print_readable(groups: list[str], rows: list[dict]) -> None:
    from ..store.cli import print_table

    if not rows:
        print("No usage recorded for this selection.", file=sys.stderr)
        return
    fields = [f for f in _columns(groups) if f != "key_id"]
    headers = [f.upper().replace("_TOKENS", "").replace("_USAGE", "").replace("_", " ") for f in fields]
    grouped = len(fields) - 8
    total = {f: sum(r[f] for r in rows) for f in fields[grouped:]}
    body = [[_cell(f, r.get(f)) for f in fields] for r in rows]
    if len(rows) > 1:
        body.append(["TOTAL"] + [""] * (grouped - 1) + [_cell(f, total[f]) for f in fields[grouped:]] if grouped
                    else [_cell(f, total[f]) for f in fields])
    print_table(headers, body, right=[False] * grouped + [True] * 8)


def _cell(field: str, value) -> str:
    if field == "cost_usd":
        return f"${value:,.4f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "-" if value is None else str(value)


def _day(param: str, text, today: date) -> date | None:
    from ..store.errors import InvalidValue

    if text is None or text == "":
        return None
    if isinstance(text, date):
        return text
    value = str(text).strip().lower()
    if value == "today":
        return today
    ago = _DAYS_AGO.fullmatch(value)
    if ago:
        return today - timedelta(days=int(ago.group(1)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(param, f"{param} must be a day (YYYY-MM-DD), today, or Nd (N days ago); "
                                  f"{text!r} is none of them.") from None
