"""Issue 16 in a real headless Chromium against real `relay serve` processes: sign in with a manage key,
create a key and use it against the relay, see its requests and tokens in the usage view (the numbers and
the CSV equal `relay usage` for the same filter) and in the live view, revoke it and see the relay refuse
it; a wrong key, an expired session, a forged change without the CSRF token, a cross-site form and a
revoked manage key are refused; sessions hold across workers and relays; screenshots at 1280 and 390 px."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from console_support import HISTORY_KEYS
from playwright.sync_api import expect
from team_support import BOOTSTRAP, MODEL, UPSTREAM_KEY, USAGE, Relay, cli, create_key, get_models

CONSOLE = "/admin/console"
HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
# Screenshots go to RELAY_SCREENSHOT_DIR (docs/screenshots is the committed set) or the test's tmp dir.
SCREENSHOT_DIR = os.environ.get("RELAY_SCREENSHOT_DIR")


def sign_in(page, key: str = BOOTSTRAP) -> None:
    page.goto("/admin")
    expect(page).to_have_url(re.compile(r"/admin/console/signin$"))
    page.get_by_label("Relay key with the manage scope").fill(key)
    page.get_by_role("button", name="Sign in").click()


def session_id(context) -> str:
    (cookie,) = [c for c in context.cookies() if c["name"] == "relay_console"]
    return hashlib.sha256(cookie["value"].encode()).hexdigest()


def database(relay) -> sqlite3.Connection:
    return sqlite3.connect(relay.data_dir / "relay.db", timeout=10, isolation_level=None)


def until(predicate, timeout: float = 30, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(step)


def known_everywhere(relay, key: str, status: int) -> bool:
    """Fresh connections (spread over the relay's workers) all answer `status` for this key."""
    return all(get_models(relay.url, key) == status for _ in range(8))


def csrf_token(page) -> str:
    return page.locator("input[name=csrf_token]").first.get_attribute("value")


def key_status(relay, name: str) -> str:
    keys = json.loads(cli(relay.env, "keys", "list", "--json").stdout)
    return next(k for k in keys if k["name"] == name)["status"]


def table(page, selector: str) -> list[dict]:
    """The rows of a usage table: the row header and every numeric cell's exact value."""
    rows = []
    for row in page.locator(f"{selector} tbody tr").all():
        cells = row.locator("td[data-value]").all()
        if not cells:
            continue
        values = {c.get_attribute("data-label"): c.get_attribute("data-value") for c in cells}
        rows.append({"row": row.locator("th").inner_text().strip(), "requests": int(values["Requests"]),
                     "input_tokens": int(values["Input tokens"]), "cached_tokens": int(values["Cached"]),
                     "output_tokens": int(values["Output tokens"]), "reasoning_tokens": int(values["Reasoning"]),
                     "cost_usd": float(values["Cost"])})
    return rows


def relay_usage(relay, by: str, since: str, until_: str, *extra: str, fmt: str = "--json"):
    done = cli(relay.env, "usage", "--by", by, "--since", since, "--until", until_, *extra, fmt)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if fmt == "--json" else done.stdout


def same_rows(shown: list[dict], expected: list[dict], field: str) -> None:
    """The view's rows are `relay usage`'s rows, value for value."""
    sums = ("requests", "input_tokens", "cached_tokens", "output_tokens", "reasoning_tokens")
    def shown_as(value):
        return "(none named)" if value is None else str(value)

    assert sorted(r["row"] for r in shown) == sorted(shown_as(r[field]) for r in expected)
    by_name = {shown_as(r[field]): r for r in expected}
    for row in shown:
        want = by_name[row["row"]]
        assert {s: row[s] for s in sums} == {s: want[s] for s in sums}, row["row"]
        assert row["cost_usd"] == pytest.approx(want["cost_usd"], abs=1e-12)


# --- the story ---------------------------------------------------------------------------------------------

def test_sign_in_create_a_key_use_it_see_its_usage_and_revoke_it(context, relay, fake):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=relay.url)
    page = context.new_page()
    urls, pages = [], []
    page.on("request", lambda request: urls.append(request.url))
    page.on("load", lambda p: pages.append(p.content()))

    sign_in(page)
    expect(page).to_have_url(re.compile(r"/admin/console/keys$"))
    expect(page.get_by_role("heading", name="Keys", exact=True)).to_be_visible()
    expect(page.locator("header")).to_contain_text("Signed in as env-1")
    for name in HISTORY_KEYS:
        expect(page.locator(f"tr[data-key='{name}']")).to_contain_text("active")

    cookie = next(c for c in context.cookies() if c["name"] == "relay_console")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == CONSOLE
    assert not cookie["secure"]  # plain http here; https: tested below
    assert 0 < cookie["expires"] - time.time() <= 24 * 3600 + 5

    # create a key: shown once, with a copy button
    page.get_by_text("Create a key").click()
    page.get_by_label("Name", exact=True).fill("alice")
    page.get_by_label("Owner", exact=True).fill("Alice Martin")
    page.get_by_label("Requests per minute").fill("60")
    page.get_by_label("Budget (USD)").fill("2.5")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_role("heading", name="Key created: alice")).to_be_visible()
    key = page.get_by_label("Relay key for alice").input_value()
    assert re.fullmatch(r"rk-[A-Za-z0-9_-]{43}", key)
    page.get_by_role("button", name="Copy").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == key
    page.get_by_role("link", name="Back to keys").click()
    row = page.locator("tr[data-key='alice']")
    expect(row).to_contain_text("Alice Martin")
    expect(row).to_contain_text("60 rpm")
    expect(row).to_contain_text("of $2.50 per month")
    assert key not in page.content()  # shown once: never again

    # use it against the relay, once every worker knows it (within 2 s; those probes are calls too, without
    # usage): two JSON calls and a Chat stream with include_usage
    probes = 0

    def works_everywhere():
        nonlocal probes
        codes = [get_models(relay.url, key) for _ in range(8)]
        probes += codes.count(200)
        return all(code == 200 for code in codes)

    until(works_everywhere, timeout=5)
    seen_before = len(fake.seen)
    auth = {"Authorization": f"Bearer {key}"}
    for _ in range(2):
        r = httpx.post(relay.url + "/v1/responses", json={"model": MODEL, "input": "hi"}, headers=auth, timeout=10)
        assert r.status_code == 200 and r.json()["usage"]["input_tokens"] == USAGE["responses"][0]
    with httpx.stream("POST", relay.url + "/v1/chat/completions", headers=auth, timeout=10, json={
            "model": MODEL, "stream": True, "stream_options": {"include_usage": True},
            "messages": [{"role": "user", "content": "hi"}]}) as r:
        assert r.status_code == 200 and b"[DONE]" in r.read()
    calls = fake.seen[seen_before:]
    assert [(c["method"], c["path"]) for c in calls] == [("POST", "/v1/responses")] * 2 + [
        ("POST", "/v1/chat/completions")]
    for call in calls:
        assert call["headers"]["Authorization"] == f"Bearer {UPSTREAM_KEY}"
        assert key not in json.dumps(call["headers"]) and key.encode() not in call["body"]

    # its requests and tokens in the usage view, filtered by key
    page.get_by_role("link", name="Usage").click()
    page.get_by_label("Key", exact=True).select_option("alice")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"key=alice"))

    def counted():
        if page.locator("#total-requests").inner_text() == str(3 + probes):
            return True
        page.reload()
        return False

    until(counted)
    i, c, o, r_ = (2 * a + b for a, b in zip(USAGE["responses"], USAGE["chat_sse"]))
    expect(page.locator("#total-input")).to_have_text(str(i))
    expect(page.locator("#total-output")).to_have_text(str(o))
    expect(page.locator("#total-unknown")).to_have_text(str(probes))  # the probes: no usage, none guessed
    since, until_ = page.get_by_label("From", exact=True).input_value(), page.get_by_label("To", exact=True).input_value()
    rows = table(page, "#by-day")
    assert len(rows) == 1 and (rows[0]["input_tokens"], rows[0]["cached_tokens"], rows[0]["output_tokens"],
                               rows[0]["reasoning_tokens"]) == (i, c, o, r_)
    same_rows(rows, relay_usage(relay, "day", since, until_, "--key", "alice"), "day")
    same_rows(table(page, "#top-models"), relay_usage(relay, "model", since, until_, "--key", "alice"), "model")
    expect(page.get_by_text(f"relay usage --by day --since {since} --until {until_} --key alice")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV per day").click()
    csv_text = Path(download.value.path()).read_text()
    assert csv_text == relay_usage(relay, "day", since, until_, "--key", "alice", fmt="--csv")
    assert csv_text.count("\n") == 2  # header + today

    # the last minute in the live view (from the ledger; in-flight counts come with the metrics)
    page.get_by_role("link", name="Live").click()
    expect(page.locator("#live tr[data-key='alice'] .last-minute")).to_have_text(str(3 + probes))
    expect(page.locator("#live-updated")).to_contain_text("Updated")  # the script refreshed it

    # revoke it: the relay refuses it, on every worker, within 2 s
    page.get_by_role("link", name="Keys").click()
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("tr[data-key='alice']").get_by_role("button", name="Revoke alice").click()
    expect(page.get_by_role("status")).to_have_text("Key alice revoked: it is refused from now on.")
    expect(page.locator("tr[data-key='alice'] .badge.revoked")).to_be_visible()
    revoked = time.monotonic()
    until(lambda: all(get_models(relay.url, key) == 401 for _ in range(12)), timeout=5)
    assert time.monotonic() - revoked < 2.0
    before = len(fake.seen)
    r = httpx.post(relay.url + "/v1/responses", json={"model": MODEL, "input": "hi"}, headers=auth, timeout=10)
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
    assert len(fake.seen) == before
    assert key_status(relay, "alice") == "revoked"

    # the manage key was never in a URL, a page or the cookie
    assert pages and not any(BOOTSTRAP in html for html in pages)
    assert not any(BOOTSTRAP in url or key in url for url in urls)
    assert not any(BOOTSTRAP in c["value"] for c in context.cookies())


def test_screenshots_of_the_keys_and_usage_views_at_1280_and_390_px(context, relay, tmp_path):
    folder = Path(SCREENSHOT_DIR) if SCREENSHOT_DIR else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page = context.new_page()
    sign_in(page)
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        for view in ("keys", "usage"):
            page.goto(f"{CONSOLE}/{view}")
            expect(page.locator("main h1")).to_be_visible()
            # readable at this width: nothing wider than the window, the nav reachable
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (view, width)
            expect(page.get_by_role("navigation", name="Console")).to_be_visible()
            path = folder / f"{view}-{width}.png"
            page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
    # at 390 px the usage tables scroll in their own region, and the keys are cards
    assert page.locator("#by-day").evaluate("e => e.parentElement.scrollWidth > e.parentElement.clientWidth")
    page.goto(f"{CONSOLE}/keys")
    assert page.locator("table.keys tbody tr").first.evaluate("e => getComputedStyle(e).display") == "block"


def test_the_unfiltered_usage_view_equals_relay_usage(context, relay):
    page = context.new_page()
    sign_in(page)
    page.goto(f"{CONSOLE}/usage")
    since, until_ = page.get_by_label("From", exact=True).input_value(), page.get_by_label("To", exact=True).input_value()
    same_rows(table(page, "#by-day"), relay_usage(relay, "day", since, until_), "day")
    same_rows(table(page, "#top-keys"), relay_usage(relay, "key", since, until_), "key")
    same_rows(table(page, "#top-models"), relay_usage(relay, "model", since, until_), "model")
    assert len(table(page, "#by-day")) >= 20  # the history: one row per day
    # a model and a narrower range, set through the form
    page.get_by_label("Model", exact=True).select_option("gpt-4.1")
    since = (date.fromisoformat(until_) - timedelta(days=10)).isoformat()
    page.get_by_label("From", exact=True).fill(since)
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(f"since={since}"))
    same_rows(table(page, "#by-day"), relay_usage(relay, "day", since, until_, "--model", "gpt-4.1"), "day")
    same_rows(table(page, "#top-keys"), relay_usage(relay, "key", since, until_, "--model", "gpt-4.1"), "key")
    # every day of the range has a bar slot, and each bar says its numbers
    assert page.locator("svg.chart").first.locator("g > title").count() == 11
    # a bad date is refused in words, and the view falls back to the last 30 days
    page.goto(f"{CONSOLE}/usage?since=yesterday-ish")
    expect(page.get_by_role("alert")).to_contain_text("since must be a day")


# --- refusals ----------------------------------------------------------------------------------------------

def test_a_wrong_key_and_a_key_without_manage_are_refused(context, relay):
    page = context.new_page()
    responses = []
    page.on("response", lambda r: responses.append(r) if r.url.endswith("/signin") else None)
    sign_in(page, "rk-this-is-not-a-key")
    expect(page.get_by_role("alert")).to_have_text("That key is not a valid relay key.")
    assert responses[-1].status == 401
    user_key = create_key(relay.env, "user-no-manage", "--scopes", "api")
    until(lambda: known_everywhere(relay, user_key, 200), timeout=5)
    sign_in(page, user_key)
    expect(page.get_by_role("alert")).to_have_text("That key is valid but lacks the 'manage' scope the console needs.")
    assert responses[-1].status == 403
    assert not context.cookies()
    page.goto(f"{CONSOLE}/keys")  # without a session every page sends you to sign in
    expect(page).to_have_url(re.compile(r"/signin$"))
    r = page.request.get(f"{CONSOLE}/live.json")
    assert r.status == 401


def test_an_expired_or_idle_session_is_refused(context, relay):
    page = context.new_page()
    sign_in(page)
    expect(page.get_by_role("heading", name="Keys", exact=True)).to_be_visible()
    token = csrf_token(page)
    sid = session_id(context)
    with database(relay) as db:
        db.execute("UPDATE admin_sessions SET expires_at = ? WHERE id = ?", (time.time() - 1, sid))
    page.reload()
    expect(page).to_have_url(re.compile(r"/signin$"))
    with database(relay) as db:  # an ended session is deleted
        assert db.execute("SELECT count(*) FROM admin_sessions WHERE id = ?", (sid,)).fetchone() == (0,)
    # idle for 8 hours: the same
    sign_in(page)
    sid = session_id(context)
    with database(relay) as db:
        db.execute("UPDATE admin_sessions SET last_seen_at = ? WHERE id = ?", (time.time() - 8 * 3600 - 1, sid))
    r = page.request.post(f"{CONSOLE}/keys/ci-bot/revoke", form={"csrf_token": token},
                          headers={"Origin": relay.url})
    assert r.status == 401 and "Your session has ended" in r.text()
    assert key_status(relay, "ci-bot") == "active"


def test_a_forged_change_is_refused(context, relay, browser):
    page = context.new_page()
    sign_in(page)
    token = csrf_token(page)
    same_origin = {"Origin": relay.url}
    # without the CSRF token, with a wrong one, and from another origin with the right one
    for form, headers in (({}, same_origin), ({"csrf_token": "x" * len(token)}, same_origin),
                          ({"csrf_token": token}, {"Origin": "http://evil.test"}),
                          ({"csrf_token": token}, {"Origin": "null", "Sec-Fetch-Site": "cross-site"}),
                          ({"csrf_token": token}, {})):  # no Origin, Referer or Fetch-Metadata at all
        r = page.request.post(f"{CONSOLE}/keys/design-team/revoke", form=form, headers=headers)
        assert r.status == 403, (form, headers)
        assert "refused" in r.text()
    r = page.request.post(f"{CONSOLE}/keys", form={"name": "forged", "scopes": "manage"}, headers=same_origin)
    assert r.status == 403
    # a page on another site posting a form to the console: the SameSite=Strict cookie is not sent
    evil = context.new_page()
    evil.route("http://evil.test/", lambda route: route.fulfill(content_type="text/html", body=(
        f'<form method="post" action="{relay.url}{CONSOLE}/keys/design-team/revoke">'
        f'<input type="hidden" name="csrf_token" value="{token}"><button>win a prize</button></form>')))
    evil.goto("http://evil.test/")
    with evil.expect_navigation():
        evil.get_by_role("button", name="win a prize").click()
    expect(evil.locator("body")).to_contain_text("Your session has ended")
    assert key_status(relay, "design-team") == "active"
    assert "forged" not in cli(relay.env, "keys", "list").stdout
    # the console's own form, as the browser sends it, still works (a harmless change: an owner)
    page.goto(f"{CONSOLE}/keys/design-team")
    page.get_by_label("Owner", exact=True).fill("Design team")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_have_text("Key design-team updated.")


def test_revoking_a_manage_key_ends_its_sessions_at_once(browser, relay):
    manager = create_key(relay.env, "second-admin", "--scopes", "manage")
    until(lambda: known_everywhere(relay, manager, 403), timeout=5)  # known to every worker, no api scope
    context = browser.new_context(base_url=relay.url)
    try:
        page = context.new_page()
        sign_in(page, manager)
        expect(page.locator("header")).to_contain_text("Signed in as second-admin")
        assert cli(relay.env, "keys", "revoke", "second-admin").returncode == 0
        page.reload()  # at once: the session checks the key in the database, not a cache
        expect(page).to_have_url(re.compile(r"/signin$"))
        sign_in(page, manager)
        expect(page.get_by_role("alert")).to_have_text("That key is not a valid relay key.")
    finally:
        context.close()


def test_rotate_and_edit_limits(context, relay):
    bob = create_key(relay.env, "bob", "--owner", "Bob")
    page = context.new_page()
    sign_in(page)
    page.locator("tr[data-key='bob']").get_by_role("link", name="Edit bob").click()
    page.get_by_label("Requests per minute").fill("30")
    page.get_by_label("Concurrent calls").fill("3")
    page.get_by_label("Budget (USD)").fill("12")
    page.get_by_label("Budget period").select_option("day")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("tr[data-key='bob']")).to_contain_text("30 rpm · 3 at once")
    listed = next(k for k in json.loads(cli(relay.env, "keys", "list", "--json").stdout) if k["name"] == "bob")
    assert (listed["rpm"], listed["max_concurrent"], listed["budget_usd"], listed["budget_period"]) == (30, 3, 12.0, "day")
    # a bad value is refused in words, nothing changes
    page.locator("tr[data-key='bob']").get_by_role("link", name="Edit bob").click()
    page.get_by_label("Tokens per minute").fill("0")  # the form allows digits only; the relay wants >= 1
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("alert")).to_contain_text("tpm must be a whole number")
    # rotate, the old key stopping now
    page.goto(f"{CONSOLE}/keys/bob")
    page.get_by_label("The current key keeps working").select_option("0")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Rotate key").click()
    expect(page.get_by_role("heading", name="Key rotated: bob")).to_be_visible()
    new = page.get_by_label("Relay key for bob").input_value()
    assert new.startswith("rk-") and new != bob
    until(lambda: get_models(relay.url, bob) == 401 and get_models(relay.url, new) == 200, timeout=5)
    # sign out: the cookie is cleared and the session gone
    sid = session_id(context)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("status")).to_have_text("Signed out.")
    assert not [c for c in context.cookies() if c["name"] == "relay_console"]
    with database(relay) as db:
        assert db.execute("SELECT count(*) FROM admin_sessions WHERE id = ?", (sid,)).fetchone() == (0,)
    page.goto(f"{CONSOLE}/usage")
    expect(page).to_have_url(re.compile(r"/signin$"))


def test_sessions_hold_across_workers_and_relays_and_end_on_sign_out(relay):
    """Two workers here and a second relay on the same database: one session works on all of them, over
    fresh connections; signing out ends it everywhere; https requests get a Secure cookie."""
    other = Relay(relay.env)
    try:
        signin = httpx.post(relay.url + f"{CONSOLE}/signin", data={"key": BOOTSTRAP},
                            headers={"Origin": relay.url.replace("http:", "https:"), "X-Forwarded-Proto": "https"})
        assert signin.status_code == 303 and "; Secure" in signin.headers["set-cookie"]
        signin = httpx.post(relay.url + f"{CONSOLE}/signin", data={"key": BOOTSTRAP}, headers={"Origin": relay.url})
        cookie = signin.headers["set-cookie"]
        assert "; Secure" not in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        jar = {"relay_console": signin.cookies["relay_console"]}
        workers = set()
        for url in [relay.url] * 12 + [other.url] * 4:
            r = httpx.get(url + f"{CONSOLE}/keys", cookies=jar, headers={"Connection": "close"})
            assert r.status_code == 200 and "Signed in as" in r.text
            workers.add(r.headers["x-relay-request-id"][:12])
        assert len(workers) == 3  # both workers of the first relay and the second relay
        token = re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)
        out = httpx.post(other.url + f"{CONSOLE}/signout", data={"csrf_token": token}, cookies=jar,
                         headers={"Origin": other.url})
        assert out.status_code == 303 and "Max-Age=0" in out.headers["set-cookie"]
        for url in (relay.url, other.url):
            r = httpx.get(url + f"{CONSOLE}/keys", cookies=jar, headers={"Connection": "close"})
            assert r.status_code == 303 and r.headers["location"].endswith("/signin")
    finally:
        other.stop()


# --- headers, script, accessibility ------------------------------------------------------------------------

def test_every_console_response_has_the_security_headers_and_no_inline_script(context, relay):
    page = context.new_page()
    responses, violations = [], []
    page.on("response", lambda r: responses.append(r) if "/admin" in r.url else None)
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    sign_in(page)
    for view in ("keys", "keys/design-team", "usage", "live", "nowhere"):
        page.goto(f"{CONSOLE}/{view}")
        html = page.content()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), view  # every script is a file
        assert " style=" not in html and "<style" not in html, view
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), view  # no inline event handlers
    page.goto(f"{CONSOLE}/live")
    expect(page.locator("#live-updated")).to_contain_text("Updated")
    kinds = {r.url.split("?")[0].rsplit("/", 1)[-1] for r in responses}
    assert {"signin", "keys", "usage", "live", "live.json", "console.js", "console.css", "nowhere"} <= kinds
    for r in responses:
        headers = r.all_headers()
        for name, value in HEADERS.items():
            assert headers.get(name) == value, (r.url, name)
    assert not violations


def test_keyboard_labels_focus_and_contrast(context, relay):
    page = context.new_page()
    page.goto("/admin")
    expect(page.get_by_label("Relay key with the manage scope")).to_be_focused()  # ready to type
    page.keyboard.type(BOOTSTRAP)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/keys$"))
    page.keyboard.press("Tab")  # the skip link first, then past the navigation
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    for view in ("keys", "keys/design-team", "usage", "live"):
        page.goto(f"{CONSOLE}/{view}")
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('input:not([type=hidden]), select')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.outerHTML)""")
        assert unlabelled == [], (view, unlabelled)
        low = page.evaluate(_CONTRAST)
        assert low == [], (view, low)
    # the contrast check itself catches faint text
    page.evaluate("""() => { const p = document.createElement('p'); p.textContent = 'faint words';
        p.style.color = '#b0b0b0'; document.querySelector('main').append(p); }""")
    assert any("faint words" in offender for offender in page.evaluate(_CONTRAST))
    # keyboard focus is visible: a 3 px outline on whatever Tab reaches
    page.goto(f"{CONSOLE}/keys")
    for _ in range(6):
        page.keyboard.press("Tab")
        outline = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
            return [s.outlineStyle, s.outlineWidth]; }""")
        assert outline == ["solid", "3px"], outline
    # the create form opens and submits from the keyboard alone
    page.get_by_text("Create a key").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Name", exact=True)).to_be_visible()
    page.get_by_label("Name", exact=True).focus()
    page.keyboard.type("keyboard-made")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Key created: keyboard-made")).to_be_visible()


# WCAG contrast of every visible text against the first opaque background behind it: 4.5:1, or 3:1 for
# large text (>= 24 px, or >= 18.66 px bold). Returns the offenders.
_CONTRAST = """() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3); } return [255, 255, 255]; };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || el.closest('.visually-hidden, svg')) continue;
    const [a, b] = [lum(rgb(s.color).slice(0, 3)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(el.tagName + ' ' + el.textContent.trim().slice(0, 30) + ' ' + ratio.toFixed(2));
  }
  return bad;
}"""
