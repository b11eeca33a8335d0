"""`relay keys|usage|db` as subprocesses against a SQLite file and a real PostgreSQL, while a Store in this
process plays the running relay."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from services import free_port

from runtime.keys.records import hash_key
from runtime.store import SCHEMA_HEAD, Store
from runtime.store.paths import key_secret
from runtime.usage.records import UsageRow

PG_SECRET = "cli-test-secret-0123456789"


@pytest.fixture
def cli_env(store_url, tmp_path):
    """The environment of `relay` subprocesses: the database under test; PostgreSQL gets RELAY_KEY_SECRET,
    SQLite the secret file in the data directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELAY_")}
    env.update(RELAY_DATABASE_URL=store_url, RELAY_DATA_DIR=str(tmp_path / "data"))
    if store_url.startswith("postgresql"):
        env["RELAY_KEY_SECRET"] = PG_SECRET
    return env


def relay(env, *args, cwd=None, check_rc=None):
    result = subprocess.run([sys.executable, "-m", "runtime.cli", *args], capture_output=True, text=True,
                            timeout=60, env=env, cwd=cwd or env["RELAY_DATA_DIR"].rsplit("/", 1)[0])
    if check_rc is not None:
        assert result.returncode == check_rc, (result.stdout, result.stderr)
    return result


def _one_sentence_error(result):
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


async def test_keys_lifecycle_through_the_cli_while_a_relay_reads(cli_env, store_url):
    running = Store(store_url)  # the relay: no secret, reads keys and polls the version
    await running.open()
    try:
        created = relay(cli_env, "keys", "create", "alice", "--scopes", "api,manage", "--models", "gpt-5,gpt-4o",
                        "--owner", "Alice A", "--expires-in", "30d", "--rpm", "60", "--rpm", "gpt-5=10",
                        "--budget-usd", "2.5", "--budget-period", "day", check_rc=0)
        raw = created.stdout.strip()
        assert raw.startswith("rk-") and "\n" not in raw and "only time it is shown" in created.stderr
        secret = key_secret(cli_env)
        version = await running.keys_version()
        [alice] = await running.load_keys()
        assert alice.digests == ((hash_key(secret, raw), None),)
        assert alice.scopes == {"api", "manage"} and alice.models == {"gpt-5", "gpt-4o"} and alice.owner == "Alice A"
        assert alice.expires_at == pytest.approx(time.time() + 30 * 86400, abs=60)
        assert (alice.limits.rpm, alice.limits.model_rpm, alice.limits.budget_usd, alice.limits.budget_period) == \
            (60, (("gpt-5", 10),), 2.5, "day")

        made = json.loads(relay(cli_env, "keys", "create", "bob", "--json", check_rc=0).stdout)
        assert made["name"] == "bob" and made["scopes"] == ["api"] and made["status"] == "active"
        assert made["prefix"] == made["key"][:11] and not any("digest" in k for k in made)
        assert await running.keys_version() == version + 1

        relay(cli_env, "keys", "update", "alice", "--rpm", "gpt-4o=5", "--rpm", "gpt-5=none", "--tpm", "1000",
              "--models", "all", check_rc=0)
        alice = (await running.get_key("alice"))
        assert (alice.limits.rpm, alice.limits.model_rpm, alice.limits.tpm) == (60, (("gpt-4o", 5),), 1000)
        assert alice.models == frozenset()

        rotated = relay(cli_env, "keys", "rotate", "alice", "--grace", "2h", check_rc=0)
        new_raw = rotated.stdout.strip()
        alice = await running.get_key("alice")
        (new, _), (old, until) = alice.digests
        assert new == hash_key(secret, new_raw) and old == hash_key(secret, raw)
        assert until == pytest.approx(time.time() + 7200, abs=60)

        relay(cli_env, "keys", "revoke", "bob", check_rc=0)
        relay(cli_env, "keys", "update", "alice", "--expires-in", "0s", check_rc=0)
        relay(cli_env, "keys", "create", "carol", check_rc=0)
        listed = relay(cli_env, "keys", "list", "--json", check_rc=0).stdout
        status = {k["name"]: k["status"] for k in json.loads(listed)}
        assert status == {"alice": "expired", "bob": "revoked", "carol": "active"}
        assert raw not in listed and new_raw not in listed and "digest" not in listed
        table = relay(cli_env, "keys", "list", check_rc=0).stdout.splitlines()
        assert table[0].split()[:3] == ["NAME", "PREFIX", "STATUS"]
        assert table[1].split()[:3] == ["alice", new_raw[:11], "expired"]
        assert await running.keys_version() == version + 6
    finally:
        await running.close()


async def test_usage_report_matches_the_store(cli_env, store_url):
    async with Store(store_url) as store:
        await store.upgrade()
        base = time.time() - 2 * 86400
        await store.write_usage([
            UsageRow(time=base + i * 3000, request_id=f"r{i}", key_id=f"key_{i % 2}", key_name=f"k{i % 2}",
                     operation="createResponse", model=("gpt-5", None)[i % 5 == 0], status=200, duration_ms=1.0,
                     ttfb_ms=1.0, bytes_in=1, bytes_out=1, input_tokens=10 * i, cached_tokens=i, output_tokens=3 * i,
                     reasoning_tokens=i // 2, cost_usd=0.0001 * i)
            for i in range(60)])
        expected = await store.usage_report(group_by=["key", "model", "day"])
    rows = json.loads(relay(cli_env, "usage", "--by", "key,model,day", "--json", check_rc=0).stdout)
    assert rows == expected and len(rows) > 4

    only = json.loads(relay(cli_env, "usage", "--by", "day", "--key", "k1", "--model", "gpt-5", "--since", "2d",
                            "--json", check_rc=0).stdout)
    assert sum(r["requests"] for r in only) == sum(1 for i in range(60) if i % 2 == 1 and i % 5 != 0)

    parsed = list(csv.DictReader(io.StringIO(relay(cli_env, "usage", "--by", "key", "--csv", check_rc=0).stdout)))
    assert [r["key"] for r in parsed] == ["k0", "k1"] and sum(int(r["requests"]) for r in parsed) == 60

    table = relay(cli_env, "usage", "--by", "key", check_rc=0).stdout.splitlines()
    assert table[0].split()[:3] == ["KEY", "REQUESTS", "ERRORS"]
    assert table[-1].split()[:2] == ["TOTAL", "60"]


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_refusals_are_one_sentence_with_exit_code_2(cli_env):
    relay(cli_env, "keys", "create", "dup", check_rc=0)
    assert "already exists" in _one_sentence_error(relay(cli_env, "keys", "create", "dup"))
    assert "no key named 'ghost'" in _one_sentence_error(relay(cli_env, "keys", "revoke", "ghost"))
    assert "no key named 'ghost'" in _one_sentence_error(relay(cli_env, "keys", "update", "ghost", "--rpm", "1"))
    assert "no key named 'ghost'" in _one_sentence_error(relay(cli_env, "keys", "rotate", "ghost"))
    assert "not a duration" in _one_sentence_error(relay(cli_env, "keys", "create", "x", "--expires-in", "soon"))
    assert "not a duration" in _one_sentence_error(relay(cli_env, "keys", "rotate", "dup", "--grace=-1h"))
    assert "--rpm takes a number" in _one_sentence_error(relay(cli_env, "keys", "create", "x", "--rpm", "many"))
    assert "Scopes must be some of" in _one_sentence_error(relay(cli_env, "keys", "create", "x", "--scopes", "root"))
    assert "budget_period" in _one_sentence_error(relay(cli_env, "keys", "create", "x", "--budget-period", "week"))
    assert "key name is 1-64" in _one_sentence_error(relay(cli_env, "keys", "create", "no spaces"))
    assert "since must be a day" in _one_sentence_error(relay(cli_env, "usage", "--since", "yesterday"))
    assert "Cannot group usage by 'user'" in _one_sentence_error(relay(cli_env, "usage", "--by", "user"))
    assert [k["name"] for k in json.loads(relay(cli_env, "keys", "list", "--json").stdout)] == ["dup"]


def test_an_unreachable_database_is_one_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELAY_")}
    env.update(RELAY_DATABASE_URL=f"postgresql://relay:pw-secret@127.0.0.1:{free_port()}/relay",
               RELAY_KEY_SECRET=PG_SECRET, RELAY_DATA_DIR=str(tmp_path / "data"))
    for args in (("keys", "list"), ("keys", "create", "x"), ("usage",), ("db", "upgrade")):
        message = _one_sentence_error(relay(env, *args))
        assert message.startswith("The database at postgresql://relay:***@127.0.0.1") and "pw-secret" not in message
    del env["RELAY_KEY_SECRET"]
    message = _one_sentence_error(relay(env, "keys", "create", "x"))
    assert message.startswith("RELAY_KEY_SECRET must be set when RELAY_DATABASE_URL is PostgreSQL")


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_db_upgrade_from_several_processes_at_once(cli_env):
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda _: relay(cli_env, "db", "upgrade"), range(3)))
    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr for r in results]
    assert sum(f"upgraded from an empty database to revision {SCHEMA_HEAD}" in r.stdout for r in results) == 1
    again = relay(cli_env, "db", "upgrade", check_rc=0)
    assert again.stdout.strip().endswith(f"is already at revision {SCHEMA_HEAD}.")
