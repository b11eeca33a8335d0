"""Where the relay keeps its data: the data directory, the database URL and the key-hashing secret.

Every function takes the configuration as either a mapping of environment names (`os.environ`, or
`environment()` below: the environment over a `.env` file) or an object with the matching lower-case
attributes (the relay's `Settings`: `relay_data_dir`, `relay_database_url`, `relay_key_secret`).
A configuration that cannot work raises `ConfigError` with one sentence.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from ..config import ConfigError

__all__ = ["async_url", "data_dir", "database_url", "environment", "ensure_data_dir", "is_postgres",
           "key_secret", "redact_url"]

_APP_DIR = "chatgpt-team-relay"
_SECRET_FILE = "key-secret"
_MIN_SECRET_CHARS = 16


def environment(env_file: str | os.PathLike = ".env") -> dict[str, str]:
    """The process environment over the values of `env_file` (as the relay's Settings read them)."""
    values: dict[str, str] = {}
    if Path(env_file).is_file():
        from dotenv import dotenv_values  # python-dotenv, pydantic-settings' own .env reader

        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ)
    return values


def data_dir(source=None) -> Path:
    """`RELAY_DATA_DIR`, else `$XDG_DATA_HOME/chatgpt-team-relay`, else `~/.local/share/chatgpt-team-relay`."""
    configured = _value(source, "RELAY_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    env = source if isinstance(source, Mapping) else os.environ
    xdg = env.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / _APP_DIR


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory (mode 0700) if it does not exist yet."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"The data directory {str(path)!r} cannot be created ({exc.strerror}).") from None
    return path


def database_url(source=None) -> str:
    """`RELAY_DATABASE_URL` as configured, else `sqlite:///<data dir>/relay.db`."""
    configured = _value(source, "RELAY_DATABASE_URL")
    if configured:
        return configured.strip()
    return f"sqlite:///{data_dir(source) / 'relay.db'}"


def is_postgres(url: str) -> bool:
    return url.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def async_url(url: str) -> str:
    """Map a plain database URL to the relay's async driver: sqlite -> sqlite+aiosqlite,
    postgresql/postgres -> postgresql+asyncpg. URLs already naming those drivers pass unchanged."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ConfigError(f"RELAY_DATABASE_URL {redact_url(url)!r} is not a URL; use sqlite:///path/relay.db "
                          f"or postgresql://user:password@host/db.")
    dialect, _, driver = scheme.lower().partition("+")
    if dialect == "sqlite" and driver in ("", "aiosqlite"):
        return f"sqlite+aiosqlite://{rest}"
    if dialect in ("postgresql", "postgres") and driver in ("", "asyncpg"):
        return f"postgresql+asyncpg://{rest}"
    raise ConfigError(f"RELAY_DATABASE_URL {redact_url(url)!r} names an unsupported database; "
                      f"use sqlite:///path/relay.db or postgresql://user:password@host/db.")


def redact_url(url: str) -> str:
    """`url` with its password replaced by `***` (for messages and logs)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}{slash}{path}"


def key_secret(source=None) -> bytes:
    """The HMAC secret for relay key hashes.

    `RELAY_KEY_SECRET` when set (at least 16 characters). Otherwise, with SQLite, a random secret kept in
    `<data dir>/key-secret` (0600), created on first use by whichever process gets there first; with
    PostgreSQL it must be set, since every instance must hash keys alike.
    """
    configured = _value(source, "RELAY_KEY_SECRET")
    if configured:
        if len(configured) < _MIN_SECRET_CHARS:
            raise ConfigError(f"RELAY_KEY_SECRET is too short: use at least {_MIN_SECRET_CHARS} random characters.")
        return configured.encode("utf-8")
    if is_postgres(database_url(source)):
        raise ConfigError("RELAY_KEY_SECRET must be set when RELAY_DATABASE_URL is PostgreSQL, "
                          "so that every relay instance hashes keys with the same secret.")
    return _secret_file(ensure_data_dir(data_dir(source)) / _SECRET_FILE).encode("utf-8")


def _secret_file(path: Path) -> str:
    """Read the secret file, creating it atomically (write a temp file, hard-link it into place: of several
    processes starting at once, exactly one link wins and the others read the winner's secret)."""
    if not path.exists():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(32) + "\n")
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
        except OSError as exc:
            raise ConfigError(f"The key secret file {str(path)!r} cannot be created ({exc.strerror}).") from None
        finally:
            tmp.unlink(missing_ok=True)
    try:
        secret = path.read_text().strip()
    except OSError as exc:
        raise ConfigError(f"The key secret file {str(path)!r} cannot be read ({exc.strerror}).") from None
    if len(secret) < _MIN_SECRET_CHARS:
        raise ConfigError(f"The key secret file {str(path)!r} holds less than {_MIN_SECRET_CHARS} characters; "
                          f"restore it or set RELAY_KEY_SECRET.")
    return secret


def _value(source, name: str) -> str | None:
    if source is None:
        source = os.environ
    if isinstance(source, Mapping):
        value = source.get(name)
    else:
        value = getattr(source, name.lower(), None)
    if value is None:
        return None
    if hasattr(value, "get_secret_value"):
        value = value.get_secret_value()
    value = str(value)
    return value or None
