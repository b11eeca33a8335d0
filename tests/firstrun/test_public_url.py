"""Issue 11, item 3: the public URL is the relay's root. `RELAY_PUBLIC_URL=https://relay.example.com/v1` (an
easy slip: SDKs use `<relay>/v1`) would give an Actions schema whose calls go to /v1/v1/...: it is refused
at start and by `relay actions export`, with the fix in the sentence, and `relay actions check` flags it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import actions, actions_check
from runtime.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("url, root", [
    ("https://relay.example.com/v1", "https://relay.example.com"),
    ("https://relay.example.com/v1/", "https://relay.example.com"),
    ("https://relay.example.com:8443/relay", "https://relay.example.com:8443"),
])
def test_public_url_with_a_path_is_refused_with_the_fix(url, root):
    with pytest.raises(ConfigError) as err:
        load_settings(_env_file=None, RELAY_KEYS="rk-a", RELAY_PUBLIC_URL=url)
    message = str(err.value)
    assert message.startswith("RELAY_PUBLIC_URL must be the relay's root URL without a path")
    assert repr(url.rstrip("/")) in message and message.endswith(f"set RELAY_PUBLIC_URL={root}.")


@pytest.mark.parametrize("url", ["https://relay.example.com", "https://relay.example.com/"])
def test_root_public_url_is_accepted(url):
    settings = load_settings(_env_file=None, RELAY_KEYS="rk-a", RELAY_PUBLIC_URL=url)
    assert settings.relay_public_url == "https://relay.example.com"


def test_relay_serve_refuses_it_in_one_sentence(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_"))}
    env.update(PYTHONPATH=str(ROOT), RELAY_KEYS="rk-a", RELAY_PUBLIC_URL="https://relay.example.com/v1")
    proc = subprocess.run([sys.executable, "-m", "runtime.cli", "serve", "--port", str(port)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "RELAY_PUBLIC_URL must be the relay's root URL without a path (got 'https://relay.example.com/v1'): "
        "set RELAY_PUBLIC_URL=https://relay.example.com."]


def test_actions_export_refuses_a_path_with_the_fix(tmp_path, capsys):
    out = tmp_path / "actions.json"
    assert actions.main(["export", "--public-url", "https://relay.example.com/v1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "without a path" in err and "use --public-url https://relay.example.com." in err
    assert not out.exists()


def _document() -> dict:
    return json.loads(actions.GENERATED_DOCUMENT.read_text())


def test_check_flags_a_server_that_repeats_the_v1_prefix(tmp_path, capsys):
    operations = [path for path, item in _document()["paths"].items() for _ in item]
    prefix = "/" + operations[0].split("/")[1]  # the Actions operations' own first segment (/actions)
    repeated = [path for path in operations if path.startswith(prefix + "/")]
    doubled = actions.with_server(_document(), "https://relay.example.com" + prefix)
    problems = [p for p in actions_check.check(doubled) if p.startswith("server-path:")]
    assert repeated and len(problems) == 1
    assert problems[0].startswith(f"server-path: server 'https://relay.example.com{prefix}' ends with {prefix}, "
                                  f"which {len(repeated)} of {len(operations)} operations' paths already start with")
    assert problems[0].endswith("use 'https://relay.example.com'")
    v1 = [p for p in actions_check.check(actions.with_server(_document(), "https://relay.example.com/v1"))
          if p.startswith("server-path:")]
    assert len(v1) == 1 and "use 'https://relay.example.com'" in v1[0]  # any path is wrong: the root is needed
    path = tmp_path / "doubled.json"
    path.write_text(json.dumps(doubled))
    assert actions.main(["check", str(path)]) == 1
    assert "server-path:" in capsys.readouterr().out


@pytest.mark.parametrize("url", ["https://relay.example.com", "https://example.com/team-relay"])
def test_check_accepts_a_root_or_a_prefix_that_is_not_the_operations(url):
    assert not [p for p in actions_check.check(actions.with_server(_document(), url))
                if p.startswith("server-path:")]
