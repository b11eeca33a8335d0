"""The console's pieces in-process (no browser): session rules, the same-origin check, the live source
contract, form fields and the chart. The browser tests (test_console.py) cover the same paths end to end."""

from __future__ import annotations

import time

import pytest

from runtime.admin.chart import Series, _nice_top, bar_chart
from runtime.admin.http import Request
from runtime.admin.live import ledger_live, read_live
from runtime.admin.sessions import Sessions, clear_cookie, session_cookie
from runtime.admin.views import form_fields, money
from runtime.keys.records import SCOPES, KeyRecord, hash_key
from runtime.store import Store

SECRET = b"console-secret-0123456789"
STATIC_TOKEN = "rk-static-operator"


def _static(token: str = STATIC_TOKEN) -> KeyRecord:
    return KeyRecord(id="env:env-1", name="env-1", scopes=frozenset(SCOPES), source="env",
                     digests=((hash_key(SECRET, token), None),))


@pytest.fixture
async def store(tmp_path):
    async with Store(f"sqlite:///{tmp_path}/relay.db", key_secret=SECRET) as store:
        await store.upgrade()
        yield store


def _sessions(store, static=None, **options) -> Sessions:
    statics = [static or _static()]
    return Sessions(store, lambda raw: hash_key(SECRET, raw), lambda: statics, **options)


async def test_a_session_lives_until_its_key_may_no_longer_manage(store):
    record, raw = await store.create_key("boss", scopes=["manage", "api"])
    sessions = _sessions(store)
    token, session = await sessions.begin(record, raw)
    assert len(token) >= 43 and session.key.name == "boss" and raw not in token
    assert (await sessions.resume(token)).id == session.id
    await store.update_key("boss", scopes=["api"])  # manage taken away: the session ends
    assert await sessions.resume(token) is None
    assert await store.get_session(session.id) is None  # and is deleted
    await store.update_key("boss", scopes=["api", "manage"])
    assert await sessions.resume(token) is None  # gone for good


async def test_rotation_ends_the_old_keys_sessions_when_its_grace_ends(store):
    record, raw = await store.create_key("boss", scopes=["manage"])
    sessions = _sessions(store)
    token, _ = await sessions.begin(record, raw)
    await store.rotate_key("boss", grace_seconds=3600)
    assert await sessions.resume(token) is not None  # the old key still works: so does its session
    await store.rotate_key("boss", grace_seconds=0)
    assert await sessions.resume(token) is None


async def test_expiry_idle_time_and_the_touch(store):
    record, raw = await store.create_key("boss", scopes=["manage"])
    sessions = _sessions(store, idle=0.4, lifetime=30)
    token, session = await sessions.begin(record, raw)
    first = (await store.get_session(session.id))[0]["last_seen_at"]
    assert await sessions.resume(token) is not None
    assert (await store.get_session(session.id))[0]["last_seen_at"] == first  # touched at most once a minute
    time.sleep(0.5)
    assert await sessions.resume(token) is None  # idle too long
    token, session = await _sessions(store, lifetime=0.2).begin(record, raw)
    time.sleep(0.3)
    assert await sessions.resume(token) is None  # past its absolute expiry


async def test_a_static_key_session_ends_when_the_key_under_that_name_changes(store):
    token, _ = await _sessions(store).begin(_static(), STATIC_TOKEN)
    assert await _sessions(store).resume(token) is not None
    other = _static("rk-another-value-same-name")  # RELAY_KEYS changed, the relay restarted
    assert await _sessions(store, static=other).resume(token) is None


async def test_a_revoked_key_cannot_begin_even_while_a_workers_cache_lags(store):
    record, raw = await store.create_key("boss", scopes=["manage"])
    await store.revoke_key("boss")
    assert await _sessions(store).begin(record, raw) is None  # `record` is the cache's stale copy


async def test_unknown_and_odd_tokens(store):
    sessions = _sessions(store)
    for token in (None, "", "x" * 500, "no-such-session"):
        assert await sessions.resume(token) is None


def test_cookies():
    assert session_cookie("tok", secure=False, max_age=86400) == (
        b"relay_console=tok; Path=/admin/console; Max-Age=86400; HttpOnly; SameSite=Strict")
    assert session_cookie("tok", secure=True, max_age=10).endswith(b"; Secure")
    assert clear_cookie(secure=False).startswith(b"relay_console=; Path=/admin/console; Max-Age=0")


def _request(headers: dict, scheme: str = "http", public_url: str | None = None) -> Request:
    scope = {"type": "http", "method": "POST", "path": "/admin/console/keys", "scheme": scheme,
             "headers": [(k.lower().encode(), v.encode()) for k, v in {"Host": "relay:8000", **headers}.items()]}
    return Request(scope, None, public_url)


@pytest.mark.parametrize(("headers", "ok"), [
    ({"Origin": "http://relay:8000"}, True),
    ({"Origin": "http://relay:8000", "Sec-Fetch-Site": "same-origin"}, True),
    ({"Origin": "null", "Sec-Fetch-Site": "same-origin"}, True),  # the browser's own form under no-referrer
    ({"Sec-Fetch-Site": "same-origin"}, True),
    ({"Referer": "http://relay:8000/admin/console/keys"}, True),
    ({"Origin": "http://evil.test"}, False),
    ({"Origin": "http://relay:8000", "Sec-Fetch-Site": "cross-site"}, False),
    ({"Origin": "http://relay:8000", "Sec-Fetch-Site": "same-site"}, False),
    ({"Origin": "null"}, False),
    ({"Referer": "http://evil.test/page"}, False),
    ({"Origin": "https://relay:8000"}, False),  # another scheme is another origin
    ({}, False),
])
def test_same_origin(headers, ok):
    assert _request(headers).same_origin() is ok


def test_same_origin_behind_a_proxy():
    proxied = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "relay.example.com",
               "Origin": "https://relay.example.com"}
    assert _request(proxied).same_origin()
    assert _request({"Origin": "https://admin.example.com"}, public_url="https://admin.example.com").same_origin()
    assert not _request({"Origin": "http://relay.example.com", "X-Forwarded-Proto": "https",
                         "X-Forwarded-Host": "relay.example.com"}).same_origin()


async def test_the_live_source_contract(store):
    async def metrics_like():
        return {"alice": {"inflight": 2, "last_minute": 7}, "ghost": {"inflight": 1}}

    assert await read_live(metrics_like, ["alice", "bob"]) == {
        "alice": {"inflight": 2, "last_minute": 7}, "bob": {"inflight": 0, "last_minute": 0},
        "ghost": {"inflight": 1, "last_minute": 0}}
    live = ledger_live(store)  # knows the last minute only
    assert await read_live(live, ["alice"]) == {"alice": {"inflight": None, "last_minute": 0}}
    assert await read_live(lambda: {"x": {"inflight": "3", "last_minute": True}}, []) == {
        "x": {"inflight": 3, "last_minute": None}}


def test_form_fields_become_key_fields():
    form = {"rpm": ["60"], "tpm": [""], "max_concurrent": ["x"], "budget_usd": ["2.5"], "owner": [" "],
            "models": ["a, b"], "expires_in": [""], "budget_period": ["day"]}
    assert form_fields(form, ("scopes", "rpm", "tpm", "max_concurrent", "budget_usd", "owner", "models",
                              "expires_in", "budget_period")) == {
        "scopes": [], "rpm": 60, "tpm": None, "max_concurrent": "x", "budget_usd": 2.5, "owner": None,
        "models": "a, b", "expires_in": "never", "budget_period": "day"}


def test_money_and_chart():
    assert [money(v) for v in (0, 0.000016, 0.0275, 0.5971, 12.5, 1234.5)] == [
        "$0", "$0.000016", "$0.0275", "$0.5971", "$12.50", "$1,234.50"]
    assert [_nice_top(v) for v in (0, 3, 13, 99, 0.047)] == [4.0, 4.0, 20.0, 100.0, 0.08]
    from datetime import date, timedelta

    days = [date(2025, 6, 1) + timedelta(days=i) for i in range(10)]
    svg = bar_chart(days, [Series("in", "bar-input", list(range(10))), Series("out", "bar-output", [1] * 10)],
                    label="Tokens <per> day", fmt=str)
    assert svg.startswith('<svg class="chart"') and 'aria-label="Tokens &lt;per&gt; day"' in svg
    assert svg.count("<title>") == 10 and "<title>2025-06-10: in 9, out 1</title>" in svg
    assert svg.count('class="bar-output"') == 10 and svg.count('class="bar-input"') == 9  # no bar for 0


def test_the_csv_export_never_hands_a_spreadsheet_a_formula():
    import io

    from runtime.usage.report import write_csv

    out = io.StringIO()
    row = {"requests": 1, "errors": 0, "unknown_usage": 0, "input_tokens": 1, "cached_tokens": 0,
           "output_tokens": 1, "reasoning_tokens": 0, "cost_usd": 0.5}
    write_csv(out, ["model"], [{"model": '=HYPERLINK("http://x")', **row}, {"model": "gpt-4o", **row}])
    lines = out.getvalue().splitlines()
    assert lines[1].startswith('"\'=HYPERLINK(""http://x"")",1,') and lines[2].startswith("gpt-4o,1,")
