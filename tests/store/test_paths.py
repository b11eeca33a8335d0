"""Where the data lives, which URL and driver, and the key secret (env, file, or a one-sentence refusal)."""

from __future__ import annotations

import multiprocessing
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest

from runtime.config import ConfigError
from runtime.store import paths


def test_data_dir_defaults_to_xdg_then_home(tmp_path, monkeypatch):
    assert paths.data_dir({"RELAY_DATA_DIR": str(tmp_path / "d")}) == tmp_path / "d"
    assert paths.data_dir({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "chatgpt-team-relay"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir({}) == tmp_path / "home" / ".local" / "share" / "chatgpt-team-relay"
    assert paths.data_dir({"XDG_DATA_HOME": "relative/ignored"}) == tmp_path / "home/.local/share/chatgpt-team-relay"


def test_database_url_defaults_to_sqlite_in_the_data_dir(tmp_path):
    assert paths.database_url({"RELAY_DATA_DIR": str(tmp_path)}) == f"sqlite:///{tmp_path}/relay.db"
    assert paths.database_url({"RELAY_DATABASE_URL": " postgresql://u@h/db "}) == "postgresql://u@h/db"
    settings = SimpleNamespace(relay_database_url=None, relay_data_dir=tmp_path, relay_key_secret=None)
    assert paths.database_url(settings) == f"sqlite:///{tmp_path}/relay.db"


@pytest.mark.parametrize(("url", "mapped"), [
    ("sqlite:////var/lib/relay.db", "sqlite+aiosqlite:////var/lib/relay.db"),
    ("sqlite+aiosqlite:///rel.db", "sqlite+aiosqlite:///rel.db"),
    ("postgresql://u:p@h:5432/db", "postgresql+asyncpg://u:p@h:5432/db"),
    ("postgres://u@h/db", "postgresql+asyncpg://u@h/db"),
    ("postgresql+asyncpg://u@h/db", "postgresql+asyncpg://u@h/db"),
])
def test_plain_urls_map_to_the_async_drivers(url, mapped):
    assert paths.async_url(url) == mapped


@pytest.mark.parametrize("url", ["mysql://u:pw@h/db", "postgresql+psycopg2://u:pw@h/db", "relay.db"])
def test_other_databases_are_refused_without_the_password(url):
    with pytest.raises(ConfigError) as caught:
        paths.async_url(url)
    assert "pw" not in str(caught.value) and "RELAY_DATABASE_URL" in str(caught.value)


def test_redact_url():
    assert paths.redact_url("postgresql://relay:s3cret@db:5432/relay") == "postgresql://relay:***@db:5432/relay"
    assert paths.redact_url("postgresql://relay@db/relay") == "postgresql://relay@db/relay"
    assert paths.redact_url("sqlite:////x/relay.db") == "sqlite:////x/relay.db"


def test_key_secret_from_the_environment_or_settings():
    assert paths.key_secret({"RELAY_KEY_SECRET": "s" * 16}) == b"s" * 16
    secret = SimpleNamespace(get_secret_value=lambda: "t" * 20)  # pydantic's SecretStr
    settings = SimpleNamespace(relay_key_secret=secret, relay_database_url="postgresql://u@h/db", relay_data_dir=None)
    assert paths.key_secret(settings) == b"t" * 20
    with pytest.raises(ConfigError, match="too short"):
        paths.key_secret({"RELAY_KEY_SECRET": "short"})


def test_postgres_without_a_secret_is_one_sentence():
    with pytest.raises(ConfigError) as caught:
        paths.key_secret({"RELAY_DATABASE_URL": "postgresql://u@h/db"})
    message = str(caught.value)
    assert message.startswith("RELAY_KEY_SECRET must be set") and message.count(".") == 1


def test_sqlite_secret_is_made_once_in_the_data_dir(tmp_path):
    env = {"RELAY_DATA_DIR": str(tmp_path / "data")}
    first = paths.key_secret(env)
    assert len(first) >= 40 and paths.key_secret(env) == first
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data" / "key-secret").stat().st_mode) == 0o600
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["key-secret"]  # no temp files left


def _secret_in_process(folder: str, queue) -> None:
    queue.put(paths.key_secret({"RELAY_DATA_DIR": folder}))


def test_processes_starting_at_once_agree_on_one_secret(tmp_path):
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_secret_in_process, args=(str(tmp_path / "data"), queue)) for _ in range(6)]
    for p in procs:
        p.start()
    secrets = {queue.get(timeout=30) for _ in procs}
    for p in procs:
        p.join(timeout=30)
    assert len(secrets) == 1
    assert Path(tmp_path / "data" / "key-secret").read_text().strip().encode() == secrets.pop()


def test_an_emptied_secret_file_is_refused(tmp_path):
    (tmp_path / "key-secret").write_text("\n")
    with pytest.raises(ConfigError, match="restore it or set RELAY_KEY_SECRET"):
        paths.key_secret({"RELAY_DATA_DIR": str(tmp_path)})


def test_environment_reads_dotenv_under_the_process_environment(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("RELAY_DATABASE_URL=sqlite:///from-file.db\nRELAY_DATA_DIR=/from/file\n")
    monkeypatch.setenv("RELAY_DATA_DIR", "/from/env")
    env = paths.environment(tmp_path / ".env")
    assert env["RELAY_DATABASE_URL"] == "sqlite:///from-file.db" and env["RELAY_DATA_DIR"] == "/from/env"
