"""Key fields as people give them (durations, times, limits) and as they are shown."""

from __future__ import annotations

import pytest

from runtime.keys.fields import create_arguments, key_changes, key_view, parse_duration
from runtime.keys.records import KeyRecord, Limits
from runtime.store import InvalidValue


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("15m", 900), ("1h", 3600), ("30d", 2592000),
                                               ("2w", 1209600), ("1h30m", 5400), ("0s", 0), ("45", 45),
                                               ("1.5h", 5400)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["soon", "1y", "-1h", "1h 30m", "h", "", "inf", "nan"])
def test_bad_durations(text):
    with pytest.raises(InvalidValue, match="is not a duration"):
        parse_duration(text, "expires_in")


def test_changes_convert_what_people_write():
    now = 1_000_000.0
    assert key_changes({"expires_in": "1d", "scopes": "api, manage", "models": "all", "owner": ""}, now=now) == {
        "expires_at": now + 86400, "scopes": ["api", "manage"], "models": [], "owner": None}
    assert key_changes({"expires_at": "2030-01-01T00:00:00Z"})["expires_at"] == 1893456000.0
    assert key_changes({"expires_at": "2030-01-01T00:00:00"})["expires_at"] == 1893456000.0  # naive: UTC
    assert key_changes({"expires_in": "never", "rpm": None, "model_rpm": {"a": 1, "b": None}}) == {
        "expires_at": None, "rpm": None, "model_rpm": {"a": 1}}
    assert create_arguments({"rpm": 5, "budget_usd": 3, "budget_period": None}, now=now) == {
        "limits": Limits(rpm=5, budget_usd=3.0, budget_period="month")}
    with pytest.raises(InvalidValue) as caught:
        key_changes({"expires_in": "1d", "expires_at": 5})
    assert caught.value.param == "expires_in"


def test_view_shows_status_and_grace_but_no_digest():
    record = KeyRecord(id="key_1", name="k", scopes=frozenset({"api"}), digests=((b"n" * 32, None), (b"o" * 32, 200.0)),
                       created_at=0.0, expires_at=150.0, prefix="rk-abcdefgh", limits=Limits(model_rpm=(("m", 2),)))
    view = key_view(record, now=100.0)
    assert view["status"] == "active" and view["previous_key_valid_until"] == "1970-01-01T00:03:20Z"
    assert view["expires_at"] == "1970-01-01T00:02:30Z" and view["model_rpm"] == {"m": 2}
    assert "digests" not in view and "key" not in view
    assert key_view(record, now=150.0)["status"] == "expired"
    assert key_view(record, now=250.0)["previous_key_valid_until"] is None
