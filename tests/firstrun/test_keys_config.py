"""Issue 11, item 1: every configuration mistake, the relay keys file included, is found by `load_settings()`
before the server starts: one sentence, exit 2, no traceback. Static keys land on `settings.static_keys`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from runtime import config
from runtime.config import ConfigError, StaticKey, load_settings
from runtime.keys import records
from runtime.keys.records import Limits
from runtime.keys.ring import KeyRing

ROOT = Path(__file__).resolve().parents[2]


def _settings(**values):
    return load_settings(_env_file=None, **values)


def _keys_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "keys.yaml"
    path.write_text(text)
    return str(path)


def _refusal(**values) -> str:
    with pytest.raises(ConfigError) as err:
        _settings(**values)
    message = str(err.value)
    assert "\n" not in message and message.endswith("."), message
    return message


def test_scopes_have_one_definition():
    assert config.SCOPES is records.SCOPES
    assert config.SCOPES == {"api", "admin", "actions", "manage"}


def test_env_keys_get_every_scope_and_numbered_names():
    settings = _settings(RELAY_KEYS="rk-one, rk-two")
    assert settings.static_keys == [
        StaticKey(name="env-1", key="rk-one", scopes=records.SCOPES, source="env"),
        StaticKey(name="env-2", key="rk-two", scopes=records.SCOPES, source="env"),
    ]
    assert "rk-one" not in repr(settings.static_keys)  # a key never reaches a log line through repr


def test_keys_file_entries_with_scopes_models_owner_and_limits(tmp_path):
    path = _keys_file(tmp_path, """
keys:
  - {name: gpt-actions, key: rk-actions, scopes: [actions]}
  - key: rk-nameless
  - name: ops
    key: rk-ops
    scopes: [api, admin, manage]
    models: [gpt-4o, gpt-4o-mini]
    owner: ops@example.com
    rpm: 60
    tpm: 100000
    max_concurrent: 4
    budget_usd: 25.5
    budget_period: day
    model_rpm: {gpt-4o: 10}
""")
    keys = _settings(RELAY_KEYS="rk-env", RELAY_KEYS_FILE=path).static_keys
    assert [k.name for k in keys] == ["env-1", "gpt-actions", "file-2", "ops"]
    assert keys[1] == StaticKey(name="gpt-actions", key="rk-actions", scopes=frozenset({"actions"}), source="file")
    assert keys[2].scopes == {"api"} and keys[2].limits == Limits()  # defaults
    ops = keys[3]
    assert ops.scopes == {"api", "admin", "manage"} and ops.models == {"gpt-4o", "gpt-4o-mini"}
    assert ops.owner == "ops@example.com" and ops.source == "file"
    assert ops.limits == Limits(rpm=60, tpm=100000, max_concurrent=4, budget_usd=25.5, budget_period="day",
                                model_rpm=(("gpt-4o", 10),))


def test_keystore_works_off_static_keys(tmp_path):
    path = _keys_file(tmp_path, "keys:\n  - {name: acts, key: rk-acts, scopes: [actions]}\n")
    store = KeyRing.from_settings(_settings(RELAY_KEYS="rk-env", RELAY_KEYS_FILE=path))
    assert store.required
    assert store.authenticate("rk-env").name == "env-1" and store.authenticate("rk-env").scopes == records.SCOPES
    assert store.authenticate("rk-acts").name == "acts" and store.authenticate("rk-acts").scopes == {"actions"}
    assert store.authenticate("rk-other") is None and store.authenticate(None) is None


@pytest.mark.parametrize("text, words", [
    ("keys:\n  - {name: a, key: rk-a, scopes: [api, superuser]}\n", "unknown scope 'superuser'"),
    ("keys:\n  - {name: a, key: rk-a, scopes: []}\n", "unknown scope (none given)"),
    ("keys:\n  - {name: a, key: rk-a\n", "is not valid YAML or JSON"),
    ("tokens:\n  - {name: a, key: rk-a}\n", "must hold a non-empty list under 'keys'"),
    ("keys: []\n", "must hold a non-empty list under 'keys'"),
    ("- rk-a\n", "must hold a non-empty list under 'keys'"),
    ("keys:\n  - rk-a\n", "entry 1 is not a mapping"),
    ("keys:\n  - {name: a}\n", "entry 1 ('a') is invalid: 'key' is required"),
    ("keys:\n  - {name: a, key: 12345}\n", "key: Input should be a valid string"),
    ("keys:\n  - {name: a, key: rk-a, scope: [admin]}\n", "unknown field 'scope'"),
    ("keys:\n  - {name: a, key: rk-a, rpm: 0}\n", "rpm: Input should be greater than 0"),
    ("keys:\n  - {name: a, key: rk-a, budget_period: week}\n", "budget_period: Input should be 'day' or 'month'"),
    ("keys:\n  - {name: a, key: rk-same, scopes: [actions]}\n  - {name: b, key: rk-same, scopes: [admin]}\n",
     "keys 'a' and 'b' are the same key"),
    ("keys:\n  - {name: a, key: rk-1}\n  - {name: a, key: rk-2}\n", "two keys named 'a'"),
    ("keys:\n  - {name: env-1, key: rk-1}\n", "the name RELAY_KEYS gives its own keys"),
    ("keys:\n  - {name: x, key: rk-env}\n", "key 'x' is also in RELAY_KEYS"),
])
def test_keys_file_mistakes_are_one_sentence(tmp_path, text, words):
    message = _refusal(RELAY_KEYS="rk-env", RELAY_KEYS_FILE=_keys_file(tmp_path, text))
    assert message.startswith("RELAY_KEYS_FILE") and words in message, message
    assert "rk-same" not in message and "rk-1" not in message and "12345" not in message  # keys never echoed


def test_same_key_twice_in_relay_keys():
    message = _refusal(RELAY_KEYS="rk-a,rk-b,rk-a")
    assert "RELAY_KEYS lists the same key twice (env-1 and env-3)" in message and "rk-a" not in message


@pytest.mark.parametrize("given", ["RELAY_KEYS", "RELAY_KEYS_FILE"])
def test_keys_with_auth_off_are_contradictory(tmp_path, given):
    value = "rk-a" if given == "RELAY_KEYS" else _keys_file(tmp_path, "keys:\n  - {key: rk-a}\n")
    message = _refusal(RELAY_AUTH="false", **{given: value})
    assert message.startswith("RELAY_AUTH=false runs an open relay") and f"remove {given}" in message


def test_open_relay_without_keys_is_fine():
    settings = _settings(RELAY_AUTH="false")
    assert settings.static_keys == [] and KeyRing.from_settings(settings).required is False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("text, words", [
    ("keys:\n  - {name: a, key: rk-a, scopes: [root]}\n", "unknown scope 'root'"),
    ("keys: [\n", "not valid YAML or JSON"),
    ("name: a\n", "non-empty list under 'keys'"),
])
def test_relay_serve_stops_on_a_keys_file_mistake_with_exit_2(tmp_path, text, words):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_"))}
    env.update(PYTHONPATH=str(ROOT), RELAY_KEYS_FILE=_keys_file(tmp_path, text))
    proc = subprocess.run([sys.executable, "-m", "runtime.cli", "serve", "--port", str(_free_port())], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and words in lines[0] and lines[0].endswith("."), proc.stderr
    assert "Traceback" not in proc.stderr and "Started server process" not in proc.stderr
