"""What the console's pages show, assembled from the admin API's operations and the store, plus the small
formatters the templates use. Every number of the usage view comes from `AdminAPI.usage`, i.e. the same
query as `GET /admin/usage` and `relay usage`."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from ..store.errors import InvalidValue
from ..usage.report import report_query
from .chart import Series, bar_chart

__all__ = ["FORMATTERS", "UsageFilter", "form_fields", "key_rows", "usage_view"]

DEFAULT_DAYS = 30
_CHART_DAYS = 366
_INTS = ("rpm", "tpm", "max_concurrent")


# --- keys ------------------------------------------------------------------------------------------------

async def key_rows(api, store) -> list[dict]:
    """Every key as `GET /admin/keys` shows it, plus `spend` (USD) in its budget period so far and that
    period's first day; active keys first."""
    keys = (await api.list_keys())["data"]
    today = datetime.now(UTC).date()
    starts = {"day": today, "month": today.replace(day=1)}
    spend: dict[str, float] = {}
    for period, start in starts.items():
        ids = [k["id"] for k in keys if k["budget_period"] == period]
        if ids:
            spend.update(await store.spend(ids, start))
    for k in keys:
        k["spend"] = spend.get(k["id"], 0.0)
        k["limits_text"] = _limits_text(k)
        k["period_start"] = starts.get(k["budget_period"], starts["month"]).isoformat()
    return sorted(keys, key=lambda k: k["status"] != "active")  # stable: the API's order within each group


def _limits_text(key: dict) -> str:
    parts = [f"{number(key[field])} {unit}" for field, unit in (("rpm", "rpm"), ("tpm", "tpm"),
                                                                 ("max_concurrent", "at once")) if key[field]]
    parts += [f"{model}: {number(n)} rpm" for model, n in sorted(key["model_rpm"].items())]
    parts += [f"{model}: {number(n)} tpm" for model, n in sorted(key["model_tpm"].items())]
    return " · ".join(parts) or "none"


def form_fields(form: dict[str, list[str]], names: tuple[str, ...]) -> dict:
    """Key fields (runtime/keys/fields.py) from a submitted form: blank clears a limit, numbers become
    numbers; anything else is passed on as text so that the fields' own checks word the refusal."""
    out: dict = {}
    for name in names:
        if name == "scopes":
            out["scopes"] = form.get("scopes", [])
            continue
        if name not in form:
            continue
        value = form[name][-1].strip()
        if name in _INTS:
            out[name] = None if value == "" else (int(value) if value.isdigit() else value)
        elif name == "budget_usd":
            out[name] = None if value == "" else _number(value)
        elif name == "expires_in":
            out[name] = value or "never"
        elif name == "owner":
            out[name] = value or None
        else:
            out[name] = value
    return out


def _number(text: str):
    try:
        return float(text)
    except ValueError:
        return text


# --- usage -----------------------------------------------------------------------------------------------

class UsageFilter:
    """The usage view's filter from the query string: key, model, since, until (UTC days, inclusive).
    Missing dates default to the last 30 days; `error` holds the sentence for a value that was refused."""

    def __init__(self, query: dict[str, str], today: date | None = None):
        today = today or datetime.now(UTC).date()
        self.key = query.get("key") or None
        self.model = query.get("model") or None
        self.error = None
        since = query.get("since") or (today - timedelta(days=DEFAULT_DAYS - 1)).isoformat()
        until = query.get("until") or today.isoformat()
        try:
            resolved = report_query(None, since, until, self.key, self.model, today=today)
        except InvalidValue as exc:
            self.error = str(exc)
            resolved = report_query(None, (today - timedelta(days=DEFAULT_DAYS - 1)).isoformat(),
                                    today.isoformat(), self.key, self.model, today=today)
        self.since: date = resolved["since"]
        self.until: date = resolved["until"]

    def params(self, **extra) -> dict[str, str]:
        """The filter as query parameters (what the CSV links and `relay usage` options carry)."""
        params = {"since": self.since.isoformat(), "until": self.until.isoformat()}
        if self.key:
            params["key"] = self.key
        if self.model:
            params["model"] = self.model
        return {**params, **extra}


async def usage_view(api, filt: UsageFilter) -> dict:
    """The rows by day, key and model for the filter, the totals, and the charts."""
    query = filt.params()
    by_day = (await api.usage({**query, "group_by": "day"}))["data"]
    by_key = (await api.usage({**query, "group_by": "key"}))["data"]
    by_model = (await api.usage({**query, "group_by": "model"}))["data"]
    models = sorted({r["model"] for r in (await api.usage({"group_by": "model"}))["data"] if r["model"]})
    sums = ("requests", "errors", "unknown_usage", "input_tokens", "cached_tokens", "output_tokens",
            "reasoning_tokens", "cost_usd")
    totals = {s: sum(r[s] for r in by_day) for s in sums}
    return {
        "by_day": by_day,
        "top_keys": sorted(by_key, key=lambda r: (-r["cost_usd"], -r["requests"], r["key"]))[:10],
        "top_models": sorted(by_model, key=lambda r: (-r["cost_usd"], -r["requests"], r["model"] or ""))[:10],
        "totals": totals,
        "models": models,
        "charts": _charts(filt, by_day),
    }


def _charts(filt: UsageFilter, by_day: list[dict]) -> dict:
    first = max(filt.since, filt.until - timedelta(days=_CHART_DAYS - 1))
    days = [first + timedelta(days=i) for i in range((filt.until - first).days + 1)]
    rows = {r["day"]: r for r in by_day}

    def values(field):
        return [rows[d.isoformat()][field] if d.isoformat() in rows else 0 for d in days]

    specs = {
        "requests": ([Series("requests", "bar-requests", values("requests"))], "Requests per day", _count_axis),
        "tokens": ([Series("input", "bar-input", values("input_tokens")),
                    Series("output", "bar-output", values("output_tokens"))], "Tokens per day (input and output)",
                   _count_axis),
        "cost": ([Series("cost", "bar-cost", values("cost_usd"))], "Cost per day in USD", _money_axis),
    }
    return {name: {"label": label, "cut": first > filt.since, "svg": bar_chart(days, series, label=label, fmt=fmt)}
            for name, (series, label, fmt) in specs.items()}


# --- formatting ------------------------------------------------------------------------------------------

def number(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def money(value) -> str:
    """USD: cents above $1, four decimals above a cent, six below (a single call costs fractions of a cent)."""
    if value is None:
        return "–"
    value = float(value)
    if value == 0:
        return "$0"
    if abs(value) >= 1:
        return f"${value:,.2f}"
    return f"${value:.4f}" if abs(value) >= 0.01 else f"${value:.6f}"


def _money_axis(value: float) -> str:
    return f"${value:g}"


def _count_axis(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 1_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"


def ago(iso: str | None) -> str:
    """'3 min ago' for an ISO time (UTC), 'never' for None."""
    if not iso:
        return "never"
    seconds = time.time() - datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    if seconds < 0:
        return _span(-seconds, "in ", "")
    return _span(seconds, "", " ago")


def _span(seconds: float, before: str, after: str) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{before}{int(seconds // size)} {unit}{after}"
    return "just now" if after else "in under a minute"


def short_time(iso: str | None) -> str:
    return "–" if not iso else iso.replace("T", " ").replace("Z", " UTC")


FORMATTERS = {"number": number, "money": money, "ago": ago, "short_time": short_time}
