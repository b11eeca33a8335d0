"""`relay keys create|update|list|revoke|rotate`: manage database keys, also while relays are running (each
relay picks a change up within ~1 s through the keys_version marker).

A new or rotated key is printed once, alone on stdout (the notes go to stderr), so
`KEY=$(relay keys create NAME)` works; `--json` prints one object with the key and the record instead.
Limits: `--rpm 60` (per key), `--rpm gpt-5.1=20` (per model, repeatable); `none` clears a limit in `update`.
"""

from __future__ import annotations

import json
import time

__all__ = ["register", "run"]


def register(subparsers) -> None:
    keys = subparsers.add_parser("keys", help="create, change, list, revoke and rotate relay keys")
    verbs = keys.add_subparsers(dest="keys_verb", required=True)

    create = verbs.add_parser("create", help="create a key and print it once")
    create.add_argument("name", help="a unique name: A-Z a-z 0-9 . _ @ + - (what logs and reports show)")
    _key_options(create)
    update = verbs.add_parser("update", help="change a key's scopes, models, owner, expiry or limits")
    update.add_argument("name", help="the key's name")
    _key_options(update)
    listing = verbs.add_parser("list", help="the database keys (never the keys themselves)")
    listing.add_argument("--json", action="store_true", help="a JSON list")
    revoke = verbs.add_parser("revoke", help="revoke a key (every relay refuses it within ~1 s)")
    revoke.add_argument("name", help="the key's name")
    revoke.add_argument("--json", action="store_true", help="print the revoked key's record as JSON")
    rotate = verbs.add_parser("rotate", help="replace a key; the old one keeps working for the grace period")
    rotate.add_argument("name", help="the key's name")
    rotate.add_argument("--grace", default="1h", help="how long the old key stays valid (default 1h; 0 for not)")
    rotate.add_argument("--json", action="store_true", help="print a JSON object with the new key")
    keys.set_defaults(handler=run)


def _key_options(parser) -> None:
    parser.add_argument("--scopes", help="comma-separated: api, admin, actions, manage (create: api)")
    parser.add_argument("--models", help="comma-separated allowed models ('' or all: every model)")
    parser.add_argument("--expires-in", help="e.g. 12h, 30d, 2w; never: no expiry")
    parser.add_argument("--owner", help="who the key is for (free text)")
    parser.add_argument("--rpm", action="append", metavar="N|MODEL=N", help="requests per minute (repeatable)")
    parser.add_argument("--tpm", action="append", metavar="N|MODEL=N", help="tokens per minute (repeatable)")
    parser.add_argument("--max-concurrent", metavar="N", help="calls in flight at once")
    parser.add_argument("--budget-usd", metavar="X", help="spend per budget period in USD")
    parser.add_argument("--budget-period", metavar="day|month", help="the budget's period (default month)")
    parser.add_argument("--json", action="store_true", help="print a JSON object")


def run(args) -> int:
    from ..store.cli import run_verb

    verb = {"create": _create, "update": _update, "list": _list, "revoke": _revoke, "rotate": _rotate}[args.keys_verb]
    return run_verb(lambda: verb(args))


async def _create(args) -> None:
    from ..store.cli import open_store
    from .fields import create_arguments, key_view

    values = _values(args, current=None)
    arguments = create_arguments(values)
    async with open_store(key_secret=True) as store:
        record, raw = await store.create_key(args.name, **arguments)
    if args.json:
        _print_json({"name": record.name, "key": raw, **key_view(record)})
        return
    print(raw)
    _note(f"Created key {record.name!r} ({_summary(record)}). This is the only time it is shown: "
          f"the relay keeps only a keyed hash of it.")


async def _update(args) -> None:
    from ..store.cli import open_store
    from ..store.errors import KeyNotFound
    from .fields import key_changes, key_view

    async with open_store() as store:
        current = await store.get_key(args.name)
        if current is None:
            raise KeyNotFound(args.name)
        changes = key_changes(_values(args, current=current))
        record = await store.update_key(args.name, **changes) if changes else current
    if args.json:
        _print_json(key_view(record))
    else:
        print(f"Updated key {record.name!r} ({_summary(record)})." if changes else
              f"Nothing to change for key {record.name!r}: give --scopes, --models, --rpm, ... .")


async def _list(args) -> None:
    from ..store.cli import open_store, print_table
    from .fields import key_status, key_view

    async with open_store() as store:
        records = await store.load_keys()
    now = time.time()
    if args.json:
        _print_json([key_view(r, now) for r in records])
        return
    if not records:
        _note("No keys in the database yet: relay keys create NAME.")
        return
    print_table(
        ["NAME", "PREFIX", "STATUS", "SCOPES", "MODELS", "OWNER", "EXPIRES", "LAST USED", "LIMITS"],
        [[r.name, r.prefix, key_status(r, now), ",".join(sorted(r.scopes)), ",".join(sorted(r.models)) or "all",
          r.owner or "", _when(r.expires_at) or "never", _when(r.last_used_at) or "never", _limits(r.limits)]
         for r in records],
    )


async def _revoke(args) -> None:
    from ..store.cli import open_store
    from .fields import key_view

    async with open_store() as store:
        before = await store.get_key(args.name)
        record = await store.revoke_key(args.name)
    if args.json:
        _print_json(key_view(record))
    elif before is not None and before.revoked_at is not None:
        print(f"Key {record.name!r} was already revoked ({_when(record.revoked_at)}).")
    else:
        print(f"Revoked key {record.name!r} ({record.prefix}…); every relay refuses it within about a second.")


async def _rotate(args) -> None:
    from ..store.cli import open_store
    from .fields import key_view, parse_duration

    grace = parse_duration(args.grace, "grace")
    async with open_store(key_secret=True) as store:
        record, raw = await store.rotate_key(args.name, grace_seconds=grace)
    if args.json:
        _print_json({"name": record.name, "key": raw, **key_view(record)})
        return
    print(raw)
    old = (f"the previous key stays valid until {_when(time.time() + grace)}" if grace > 0
           else "the previous key no longer works")
    _note(f"Rotated key {record.name!r}: {old}. The new key is shown only this once.")


# -- options -> fields ---------------------------------------------------------------------------------


def _values(args, current) -> dict:
    """The fields the options give (fields.py's names); numbers checked here, everything else there."""
    values: dict = {}
    for option, field in (("scopes", "scopes"), ("models", "models"), ("owner", "owner"),
                          ("expires_in", "expires_in"), ("budget_period", "budget_period")):
        if getattr(args, option) is not None:
            values[field] = getattr(args, option)
    for option in ("rpm", "tpm"):
        entries = getattr(args, option)
        if entries:
            models = dict(getattr(current.limits, f"model_{option}")) if current is not None else {}
            base, models, model_given = _rate_entries(option, entries, models)
            if base is not _UNSET:
                values[option] = base
            if model_given:
                values[f"model_{option}"] = models
    if args.max_concurrent is not None:
        values["max_concurrent"] = _number("max-concurrent", args.max_concurrent, int)
    if args.budget_usd is not None:
        values["budget_usd"] = _number("budget-usd", args.budget_usd, float)
    return values


_UNSET = object()


def _rate_entries(option: str, entries: list[str], models: dict) -> tuple:
    base, model_given = _UNSET, False
    for entry in entries:
        model, sep, number = entry.rpartition("=")
        if sep:
            model_given = True
            value = _number(option, number, int)
            if value is None:
                models.pop(model.strip(), None)
            else:
                models[model.strip()] = value
        else:
            base = _number(option, number, int)
    return base, models, model_given


def _number(option: str, text: str, kind):
    from ..store.errors import InvalidValue

    text = text.strip()
    if text.lower() in ("none", "off"):
        return None
    try:
        return kind(text)
    except ValueError:
        raise InvalidValue(option, f"--{option} takes a number or none, not {text!r}.") from None


# -- output --------------------------------------------------------------------------------------------


def _summary(record) -> str:
    models = ",".join(sorted(record.models)) or "all"
    expires = _when(record.expires_at) or "never"
    parts = [f"prefix {record.prefix}", f"scopes {','.join(sorted(record.scopes))}", f"models {models}",
             f"expires {expires}"]
    limits = _limits(record.limits)
    if limits:
        parts.append(f"limits {limits}")
    return "; ".join(parts)


def _limits(limits) -> str:
    parts = []
    if limits.rpm:
        parts.append(f"rpm {limits.rpm}")
    parts += [f"rpm {m}={n}" for m, n in limits.model_rpm]
    if limits.tpm:
        parts.append(f"tpm {limits.tpm}")
    parts += [f"tpm {m}={n}" for m, n in limits.model_tpm]
    if limits.max_concurrent:
        parts.append(f"concurrent {limits.max_concurrent}")
    if limits.budget_usd is not None:
        parts.append(f"${limits.budget_usd:g}/{limits.budget_period}")
    return ", ".join(parts)


def _when(seconds: float | None) -> str | None:
    from .fields import iso_time

    return iso_time(seconds)


def _print_json(value) -> None:
    print(json.dumps(value, indent=2))


def _note(text: str) -> None:
    import sys

    print(text, file=sys.stderr)
