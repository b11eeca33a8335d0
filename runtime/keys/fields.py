"""What a person gives to create or change a key (CLI options, admin API JSON) -> `Store` arguments, and a key
record -> what a person is shown. Never the raw key or its digests.

Input fields: `scopes` and `models` (a list or a comma-separated string; models empty: every model),
`owner`, `expires_in` (a duration such as "30d", or "never") or `expires_at` (unix seconds or ISO 8601, or
null), `rpm`, `tpm`, `max_concurrent`, `budget_usd` (null clears), `budget_period` ("day" | "month"),
`model_rpm`, `model_tpm` ({model: number}).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime

from ..store.errors import InvalidValue
from .records import KeyRecord, Limits

__all__ = ["FIELDS", "create_arguments", "iso_time", "key_changes", "key_status", "key_view", "parse_duration"]

FIELDS = ("scopes", "models", "owner", "expires_in", "expires_at", "rpm", "tpm", "max_concurrent", "budget_usd",
          "budget_period", "model_rpm", "model_tpm")
_LIMITS = ("rpm", "tpm", "max_concurrent", "budget_usd", "budget_period", "model_rpm", "model_tpm")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhdw])")


def parse_duration(text: str, param: str = "duration") -> float:
    """'90s', '15m', '1h', '30d', '2w', or combined ('1h30m'); a bare number is seconds."""
    value = str(text).strip().lower()
    try:
        seconds = float(value)
    except ValueError:
        parts = _DURATION.findall(value)
        if not parts or "".join(n + u for n, u in parts) != value:
            raise InvalidValue(param, f"{text!r} is not a duration; write it like 90s, 15m, 1h, 30d or 2w.") from None
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if not math.isfinite(seconds) or seconds < 0:
        raise InvalidValue(param, f"{text!r} is not a duration; write it like 90s, 15m, 1h, 30d or 2w.")
    return seconds


def key_changes(values: Mapping, *, now: float | None = None) -> dict:
    """The `Store.update_key` arguments for `values` (only the fields given)."""
    unknown = [k for k in values if k not in FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], f"Unknown field {unknown[0]!r}; a key has {', '.join(FIELDS)}.")
    if "expires_in" in values and "expires_at" in values:
        raise InvalidValue("expires_in", "Give expires_in or expires_at, not both.")
    now = time.time() if now is None else now
    out: dict = {}
    for name in ("scopes", "models"):
        if name in values:
            out[name] = _names(name, values[name])
    if "owner" in values:
        owner = values["owner"]
        if owner is not None and not isinstance(owner, str):
            raise InvalidValue("owner", "owner must be a string.")
        out["owner"] = owner or None
    if "expires_in" in values:
        given = values["expires_in"]
        out["expires_at"] = None if given in (None, "never") else now + parse_duration(given, "expires_in")
    if "expires_at" in values:
        out["expires_at"] = _time("expires_at", values["expires_at"])
    for name in ("rpm", "tpm", "max_concurrent"):
        if name in values:
            out[name] = _whole(name, values[name])
    if "budget_usd" in values:
        out["budget_usd"] = _amount("budget_usd", values["budget_usd"])
    if "budget_period" in values:
        out["budget_period"] = values["budget_period"] if values["budget_period"] is not None else "month"
    for name in ("model_rpm", "model_tpm"):
        if name in values:
            out[name] = _model_map(name, values[name])
    return out


def create_arguments(values: Mapping, *, now: float | None = None) -> dict:
    """The `Store.create_key` keyword arguments (besides the name) for `values`."""
    changes = key_changes(values, now=now)
    limits = {k: changes.pop(k) for k in _LIMITS if k in changes}
    return {**changes, "limits": Limits(**{k: v for k, v in limits.items() if v is not None})}


def key_status(record: KeyRecord, now: float | None = None) -> str:
    now = time.time() if now is None else now
    if record.revoked_at is not None:
        return "revoked"
    if record.expires_at is not None and now >= record.expires_at:
        return "expired"
    return "active"


def key_view(record: KeyRecord, now: float | None = None) -> dict:
    """What `relay keys list --json` and `GET /admin/keys` show for a key: everything but the digests."""
    now = time.time() if now is None else now
    grace = [until for _, until in record.digests if until is not None and until > now]
    limits = record.limits
    return {
        "id": record.id, "name": record.name, "prefix": record.prefix, "status": key_status(record, now),
        "source": record.source, "owner": record.owner, "scopes": sorted(record.scopes),
        "models": sorted(record.models), "created_at": iso_time(record.created_at),
        "expires_at": iso_time(record.expires_at), "revoked_at": iso_time(record.revoked_at),
        "last_used_at": iso_time(record.last_used_at),
        "previous_key_valid_until": iso_time(max(grace)) if grace and record.revoked_at is None else None,
        "rpm": limits.rpm, "tpm": limits.tpm, "max_concurrent": limits.max_concurrent,
        "budget_usd": limits.budget_usd, "budget_period": limits.budget_period,
        "model_rpm": dict(limits.model_rpm), "model_tpm": dict(limits.model_tpm),
    }


def iso_time(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _names(param: str, value) -> list[str]:
    if value is None:
        value = []
    if isinstance(value, str):
        value = [] if value.strip().lower() in ("", "all") and param == "models" else value.split(",")
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise InvalidValue(param, f"{param} must be a list of names.")
    return [v.strip() for v in value if v.strip()]


def _time(param: str, value) -> float | None:
    if value is None or value == "never":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    raise InvalidValue(param, f"{param} must be unix seconds or an ISO 8601 time.")


def _whole(param: str, value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValue(param, f"{param} must be a whole number of at least 1 (or null for no limit).")
    return value


def _amount(param: str, value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise InvalidValue(param, f"{param} must be an amount in USD, 0 or more (or null for no budget).")
    return float(value)


def _model_map(param: str, value) -> dict[str, int]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidValue(param, f"{param} must be an object of model names to whole numbers.")
    return {str(model): _whole(param, n) for model, n in value.items() if n is not None}
