"""The admin console's tests drive a real headless Chromium (Debian's `chromium`, through Playwright's
Python driver; never `playwright install`) against real `relay serve` processes with SQLite in a temp data
directory, a bootstrap manage key in RELAY_KEYS and a fake OpenAI on loopback (tests/team/team_support.py).

Fixtures: `fake` (the upstream), `relay` (two workers; some usage history written beforehand), `browser`,
and `context` (a fresh browser context — its own cookie jar — at 1280 px)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "team"))

from console_support import HISTORY_KEYS, write_history  # noqa: E402
from team_support import Relay, T, cli, fake_openai, relay_env  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

@pytest.fixture(scope="module")
def fake():
    with fake_openai() as fake:
        yield fake


@pytest.fixture(scope="module")
def relay(tmp_path_factory, fake):
    data = tmp_path_factory.mktemp("console-data")
    env = relay_env(data, fake.url)
    for name, options in HISTORY_KEYS.items():
        done = cli(env, "keys", "create", name, "--json", *options)
        assert done.returncode == 0, done.stderr
    write_history(env, data)
    relay = Relay(env, workers=2)
    relay.env, relay.data_dir = env, data
    yield relay
    relay.stop()


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run installs it).", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives every run a fresh temporary profile (user data dir), removed on close
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, relay):
    context = browser.new_context(base_url=relay.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(T * 1000)
    yield context
    context.close()
