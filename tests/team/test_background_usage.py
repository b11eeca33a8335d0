"""Background Responses on real `relay serve` processes: a response created with `background: true` answers
without usage; its usage shows in every later answer that holds it finished (polls, re-reads, a resume stream).
It is counted exactly once — in the ledger (SQLite and PostgreSQL, two relays), in the budget and in the tokens
per minute (memory, and Redis shared by two relays) — whether a client polls `/v1` itself or the Actions
`long_job` adapter polls for a GPT. What reaches the client and upstream is unchanged."""

from __future__ import annotations

import base64
import json
import time

import httpx
import pytest
import redis
from team_support import (
    IMAGE_B64,
    MODEL,
    UPSTREAM_KEY,
    USAGE,
    Relay,
    cli,
    create_key,
    fake_openai,
    relay_env,
    wait_until_known,
)

from runtime.usage.prices import Prices
from runtime.usage.records import Usage

LONG_INSTRUCTIONS = "House rules: answer in the team's style, cite the sources you used. " * 200  # 13 kB
IN, CACHED, OUT, REASONING = USAGE["background"]
COST = Prices.load(None).cost(Usage(input=IN, cached=CACHED, output=OUT, reasoning=REASONING), MODEL)
T = 20  # the most any wait here may take


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request) -> dict:
    if request.param == "sqlite":
        return {}
    return {"RELAY_DATABASE_URL": request.getfixturevalue("postgres_url"),
            "RELAY_KEY_SECRET": "team-tests-secret-0123456789"}


def _auth(key: str) -> dict:
    return {"Authorization": f"Bearer {key}", "Connection": "close"}


def _create(url: str, key: str, seconds: float = 0.6, **extra) -> httpx.Response:
    body = {"model": MODEL, "input": "Summarise the quarter.", "instructions": LONG_INSTRUCTIONS,
            "background": True, "metadata": {"seconds": str(seconds)}, **extra}
    return httpx.post(url + "/v1/responses", json=body, headers=_auth(key), timeout=T)


def _get(url: str, key: str, rid: str, query: str = "") -> httpx.Response:
    return httpx.get(f"{url}/v1/responses/{rid}{query}", headers=_auth(key), timeout=T)


def _ledger(env: dict, name: str, by: str = "key") -> list[dict]:
    done = cli(env, "usage", "--by", by, "--key", name, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _ledger_when(env: dict, name: str, requests: int) -> dict:
    """The key's ledger row once it holds `requests` calls (the writers flush every 0.5 s)."""
    deadline = time.monotonic() + T
    while True:
        rows = _ledger(env, name)
        if rows and rows[0]["requests"] >= requests:
            assert rows[0]["requests"] == requests, rows
            return rows[0]
        assert time.monotonic() < deadline, f"the ledger never showed {requests} calls: {rows}"
        time.sleep(0.3)


def _until_op_counted(env: dict, name: str, operation: str) -> None:
    deadline = time.monotonic() + T
    while not any(r["operation"] == operation and r["input_tokens"] for r in _ledger(env, name, by="operation")):
        assert time.monotonic() < deadline, f"{operation} never counted"
        time.sleep(0.2)


def _assert_counted_once(row: dict, responses: int = 1) -> None:
    assert (row["input_tokens"], row["cached_tokens"], row["output_tokens"], row["reasoning_tokens"]) == \
        (responses * IN, responses * CACHED, responses * OUT, responses * REASONING)
    assert row["cost_usd"] == pytest.approx(responses * COST, rel=1e-9)


def _poll_until_done(relays, key: str, rid: str, fake) -> int:
    """Poll on each relay in turn until the response is completed; returns the number of polls. Each answer is
    the fake's, byte for byte."""
    polls = 0
    deadline = time.monotonic() + T
    while True:
        r = _get(relays[polls % len(relays)].url, key, rid)
        polls += 1
        assert r.status_code == 200 and r.content == fake.answered[-1][1]
        if r.json()["status"] == "completed":
            return polls
        assert time.monotonic() < deadline
        time.sleep(0.1)


def test_a_background_response_polled_and_reread_on_two_relays_is_counted_once(tmp_path, database):
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **database)
        first, second = Relay(env, workers=2), Relay(env)
        try:
            key = create_key(env, "poller")
            wait_until_known(first.url, key, workers=2)
            wait_until_known(second.url, key)
            created = _create(first.url, key)
            assert created.status_code == 200 and created.json()["status"] == "queued"
            assert created.content == fake.answered[-1][1]
            rid = created.json()["id"]
            calls = 1 + _poll_until_done([first, second], key, rid, fake)
            for relay in (first, second, first, second, first, second):  # re-reads, on every worker
                r = _get(relay.url, key, rid)
                calls += 1
                assert r.json()["status"] == "completed" and r.json()["usage"]["input_tokens"] == IN
                assert r.content == fake.answered[-1][1]  # byte-exact, headers aside
            with httpx.stream("GET", f"{second.url}/v1/responses/{rid}?stream=true", headers=_auth(key),
                              timeout=T) as r:  # a resume stream: its terminal event shows the usage again
                resumed = b"".join(r.iter_raw())
            calls += 1
            assert resumed == fake.answered[-1][1] and b"response.completed" in resumed

            # a background job streamed from its creation: counted on the create stream, never on its polls
            with httpx.stream("POST", first.url + "/v1/responses", headers=_auth(key), timeout=T, json={
                    "model": MODEL, "input": "Go.", "background": True, "stream": True,
                    "metadata": {"seconds": "0.3"}}) as r:
                streamed = b"".join(r.iter_raw())
            calls += 1
            assert streamed == fake.answered[-1][1]
            rid2 = json.loads(streamed.split(b"data: ", 1)[1].split(b"\n", 1)[0])["response"]["id"]
            # (reads flushed by two relays within the same half second: either may be the one that counts; here
            # the create's row is written first, so it is the one)
            _until_op_counted(env, "poller", "createResponse")
            for relay in (second, first, second):
                assert _get(relay.url, key, rid2).json()["status"] == "completed"
                calls += 1

            row = _ledger_when(env, "poller", calls)
            _assert_counted_once(row, responses=2)
            print(f"\n  2 background responses, {calls} calls on 3 workers of 2 relays: ledger {row['input_tokens']} "
                  f"input / {row['output_tokens']} output tokens, ${row['cost_usd']:.6f}")
            assert row["unknown_usage"] == calls - 2  # every other read is a call without tokens
            by_op = {r["operation"]: r for r in _ledger(env, "poller", by="operation")}
            assert by_op["getResponse"]["input_tokens"] == IN  # the first poll that saw it completed
            assert by_op["createResponse"]["input_tokens"] == IN  # the streamed background create

            # upstream saw every call as the client made it, with the team's key and never the relay key
            assert len(fake.seen) == calls
            for seen in fake.seen:
                assert seen["headers"]["Authorization"] == f"Bearer {UPSTREAM_KEY}"
                assert key not in json.dumps(seen["headers"])
            gets = [s["path"] for s in fake.seen if s["method"] == "GET"]
            assert f"/v1/responses/{rid}?stream=true" in gets and gets.count(f"/v1/responses/{rid2}") == 3
            assert json.loads(fake.seen[0]["body"])["instructions"] == LONG_INSTRUCTIONS
        finally:
            first.stop()
            second.stop()


def test_an_actions_long_job_is_counted_once_however_often_the_gpt_reads_it(tmp_path):
    """The `long_job` adapter submits in background mode and polls `GET /v1/responses/{id}` through the pipeline;
    the GPT then calls getResponse again (a pending handle, re-reads), on two relays. `image_job` (createImage)
    likewise, on the image model."""
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, RELAY_ACTIONS_WAIT="1.5")
        first, second = Relay(env), Relay(env)
        try:
            key = create_key(env, "gpt", "--scopes", "actions")
            wait_until_known(first.url, key)
            wait_until_known(second.url, key)

            def action(relay, method, path, body=None):
                r = httpx.request(method, relay.url + "/actions/v1" + path, json=body, headers=_auth(key), timeout=T)
                assert r.status_code == 200, r.text
                return r.json()

            job = {"model": MODEL, "input": "Summarise.", "instructions": LONG_INSTRUCTIONS}
            quick = action(first, "POST", "/responses", {**job, "metadata": {"seconds": "0.4"}})
            assert quick["status"] == "completed" and quick["output_text"].startswith("Done.")
            slow = action(first, "POST", "/responses", {**job, "metadata": {"seconds": "2.5"}})
            assert slow["status"] in ("queued", "in_progress") and "getResponse" in slow["next_step"]
            deadline = time.monotonic() + T
            relays = [second, first]
            reads = 0
            while (got := action(relays[reads % 2], "GET", f"/responses/{slow['response_id']}"))["status"] \
                    != "completed":
                reads += 1
                assert time.monotonic() < deadline
            for relay in (first, second, first):  # the GPT reads both answers again
                assert action(relay, "GET", f"/responses/{quick['id']}")["status"] == "completed"
                assert action(relay, "GET", f"/responses/{slow['response_id']}")["output_text"] == got["output_text"]

            # createImage (`image_job`): a background Response with the image tool, on the image model
            image = action(second, "POST", "/images/generations", {"prompt": "A lighthouse at dusk."})
            if image["status"] != "completed":
                image = action(first, "GET", f"/responses/{image['response_id']}")
            assert image["status"] == "completed"
            assert base64.b64decode(image["openaiFileResponse"][0]["content"]) == base64.b64decode(IMAGE_B64)
            for relay in (first, second):
                assert action(relay, "GET", f"/responses/{image['id']}")["status"] == "completed"

            polls = len([s for s in fake.seen if s["method"] == "GET"])
            assert polls >= 3 + 8  # the adapter's own polls, and each re-read
            row = _ledger_when(env, "gpt", len(fake.seen))  # one ledger row per upstream call, no more
            image_cost = Prices.load(None).cost(Usage(IN, CACHED, OUT, REASONING), "gpt-4.1-mini")
            assert row["input_tokens"] == 3 * IN and row["output_tokens"] == 3 * OUT
            assert row["cost_usd"] == pytest.approx(2 * COST + image_cost, rel=1e-9)
            print(f"\n  3 Actions jobs, {len(fake.seen)} upstream calls ({polls} GETs): ledger {row['input_tokens']} input "
                  f"/ {row['output_tokens']} output tokens, ${row['cost_usd']:.6f}")
            by_model = {r["model"]: r for r in _ledger(env, "gpt", by="model")}
            assert by_model["gpt-4.1-mini"]["input_tokens"] == IN and by_model[MODEL]["input_tokens"] == 2 * IN
            for seen in fake.seen:
                assert seen["headers"]["Authorization"] == f"Bearer {UPSTREAM_KEY}"
            creates = [json.loads(s["body"]) for s in fake.seen if s["method"] == "POST"]
            assert all(c["background"] is True and c["store"] is True for c in creates)
        finally:
            first.stop()
            second.stop()


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_a_small_budget_refuses_once_a_background_jobs_completion_is_seen(tmp_path, backend, request):
    extra = {"RELAY_REDIS_URL": request.getfixturevalue("redis_url")} if backend == "redis" else {}
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **extra)
        relay = Relay(env)
        try:
            name = f"thrifty-{backend}"
            key = create_key(env, name, "--budget-usd", str(COST / 2), "--budget-period", "day")
            wait_until_known(relay.url, key)
            rid = _create(relay.url, key).json()["id"]  # no usage yet: nothing spent
            calls = 1 + _poll_until_done([relay], key, rid, fake)  # the poll that sees it done crosses the budget
            deadline = time.monotonic() + 5
            while (r := _get(relay.url, key, rid)).status_code == 200:  # re-reads cost nothing; refused once
                calls += 1                                                # the crossing is charged
                assert time.monotonic() < deadline, "the budget never refused"
                time.sleep(0.05)
            calls += 1
            assert r.status_code == 429 and r.json()["error"]["code"] == "insufficient_quota"
            seen = len(fake.seen)
            assert _create(relay.url, key).status_code == 429 and len(fake.seen) == seen  # nothing sent upstream
            calls += 1
            row = _ledger_when(env, name, calls)
            _assert_counted_once(row)
        finally:
            relay.stop()


def _key_id(env: dict, name: str) -> str:
    return next(k["id"] for k in json.loads(cli(env, "keys", "list", "--json").stdout) if k["name"] == name)


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_tokens_per_minute_count_a_background_job_once(tmp_path, backend, request):
    """tpm 1600 and a job of 1545 tokens: re-reads stay admitted (counted twice they would be 3090, over the
    limit); foreground calls of 18 tokens then fit exactly four times before the limit refuses."""
    extra = {"RELAY_REDIS_URL": request.getfixturevalue("redis_url")} if backend == "redis" else {}
    with fake_openai() as fake:
        env = relay_env(tmp_path / "data", fake.url, **extra)
        relays = [Relay(env)] + ([Relay(env)] if backend == "redis" else [])  # Redis: two relays share the limit
        try:
            name = f"tpm-{backend}"
            key = create_key(env, name, "--tpm", "1600")
            for relay in relays:
                wait_until_known(relay.url, key)
            rid = _create(relays[0].url, key).json()["id"]
            _poll_until_done(relays, key, rid, fake)
            for n in range(6):
                assert _get(relays[n % len(relays)].url, key, rid).status_code == 200
            with httpx.stream("GET", f"{relays[-1].url}/v1/responses/{rid}?stream=true", headers=_auth(key),
                              timeout=T) as r:
                assert r.status_code == 200 and b"response.completed" in b"".join(r.iter_raw())
            if backend == "redis":
                tokens = redis.Redis.from_url(extra["RELAY_REDIS_URL"])
                try:
                    deadline = time.monotonic() + 5
                    while sum(int(v) for v in tokens.hvals("{rk:" + _key_id(env, name) + "}:tok")) != IN + OUT:
                        assert time.monotonic() < deadline, "the tokens were not charged once"
                        time.sleep(0.05)
                    time.sleep(0.3)  # late duplicate charges would land by now
                    assert sum(int(v) for v in tokens.hvals("{rk:" + _key_id(env, name) + "}:tok")) == IN + OUT
                finally:
                    tokens.close()
            admitted = 0
            for n in range(10):
                time.sleep(0.15)  # each call's charge lands before the next is admitted (Redis: the settle batch)
                r = httpx.post(relays[n % len(relays)].url + "/v1/responses", json={"model": MODEL, "input": "hi"},
                               headers=_auth(key), timeout=T)
                if r.status_code == 429:
                    assert r.json()["error"]["code"] == "rate_limit_exceeded"
                    assert "1600 tokens per minute" in r.json()["error"]["message"]
                    break
                assert r.status_code == 200
                admitted += 1
            per_call = USAGE["responses"][0] + USAGE["responses"][2]
            assert admitted == -(-(1600 - (IN + OUT)) // per_call) == 4
        finally:
            for relay in relays:
                relay.stop()
