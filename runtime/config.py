"""Relay configuration, from the environment or a `.env` file (pydantic-settings).

`load_settings()` reads and checks all of it before the server starts, the relay keys file included: a bad
or contradictory configuration stops start-up with one sentence (`ConfigError`), never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeFloat,
    PositiveInt,
    PrivateAttr,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from .keys.records import NO_LIMITS, SCOPES, Limits

__all__ = ["SCOPES", "ConfigError", "Settings", "StaticKey", "load_settings"]


class ConfigError(Exception):
    """The configuration cannot work; the message is one sentence for the operator."""


@dataclass(frozen=True, slots=True)
class StaticKey:
    """A relay key from the environment (`RELAY_KEYS`, source "env") or the keys file (source "file").
    Read-only: it changes only when the configuration does. `key` is the raw key; it is never shown."""

    name: str
    key: str = field(repr=False)
    scopes: frozenset[str]
    models: frozenset[str] = frozenset()  # allowed models; empty: all
    owner: str | None = None
    limits: Limits = NO_LIMITS
    source: str = "env"  # "env" | "file"


def _csv(value):
    if value is None or isinstance(value, (list, tuple)):
        return list(value or [])
    return [part.strip() for part in str(value).split(",") if part.strip()]


class Settings(BaseSettings):
    """Every setting, from the environment or `.env`. Each field's description is its one-line meaning in
    `relay serve --help` (the list there is read from here, so it cannot drift)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      populate_by_name=True)

    # Upstream
    openai_api_key: SecretStr | None = Field(
        None, alias="OPENAI_API_KEY",
        description="upstream key for regular operations; without it those calls get a 503")
    openai_admin_key: SecretStr | None = Field(
        None, alias="OPENAI_ADMIN_KEY", description="upstream key for admin operations (AdminApiKeyAuth)")
    openai_base_url: str = Field(
        "https://api.openai.com/v1", alias="OPENAI_BASE_URL",
        description="upstream base URL; /v1/<rest> is sent to OPENAI_BASE_URL/<rest>")
    openai_org_id: str | None = Field(
        None, alias="OPENAI_ORG_ID", description="sent upstream as OpenAI-Organization, replacing the client's")
    openai_project_id: str | None = Field(
        None, alias="OPENAI_PROJECT_ID", description="sent upstream as OpenAI-Project, replacing the client's")

    # Relay keys
    relay_auth: bool = Field(True, alias="RELAY_AUTH",
                             description="false runs an open relay: no relay key needed, none may be set")
    relay_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, alias="RELAY_KEYS",
        description="comma-separated relay keys with every scope (named env-1, env-2, ...)")
    relay_keys_file: Path | None = Field(
        None, alias="RELAY_KEYS_FILE", description="YAML/JSON file of named relay keys with scopes and limits")

    # Serving
    relay_public_url: str | None = Field(
        None, alias="RELAY_PUBLIC_URL",
        description="the relay's public root URL, https://host without /v1 (servers of the Actions schema)")
    relay_cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="RELAY_CORS_ORIGINS",
        description="comma-separated origins CORS allows (* for any); off when empty")
    relay_log_level: str = Field("info", alias="RELAY_LOG_LEVEL",
                                 description="debug, info, warning, error or critical; warning drops the access log")
    relay_upstream_client: str = Field("h1", alias="RELAY_UPSTREAM_CLIENT",
                                       description="upstream transport: h1 (the relay's own, fastest) or aiohttp")

    # Team layer: keys and the ledger in a database (runtime/store), prices (runtime/usage)
    relay_data_dir: Path | None = Field(
        None, alias="RELAY_DATA_DIR",
        description="where the relay keeps its SQLite database and key secret "
                    "(default $XDG_DATA_HOME/chatgpt-team-relay, i.e. ~/.local/share/chatgpt-team-relay)")
    relay_database_url: str | None = Field(
        None, alias="RELAY_DATABASE_URL",
        description="keys and usage ledger: sqlite:///path (default: relay.db in the data dir) or "
                    "postgresql://user:password@host/db for several relays")
    relay_key_secret: SecretStr | None = Field(
        None, alias="RELAY_KEY_SECRET",
        description="HMAC secret for stored key hashes (>= 16 chars; required with PostgreSQL; default: a random "
                    "secret kept in the data dir)")
    relay_prices_file: Path | None = Field(
        None, alias="RELAY_PRICES_FILE",
        description="YAML price table overriding or adding models (USD per 1M tokens), same shape as the shipped one")

    # Observability (docs/observability.md)
    relay_log_format: str = Field("plain", alias="RELAY_LOG_FORMAT",
                                  description="plain (default) or json: every log line one JSON object")
    relay_metrics_public: bool = Field(False, alias="RELAY_METRICS_PUBLIC",
                                       description="true serves /metrics without a manage key")

    relay_redis_url: str | None = Field(
        None, alias="RELAY_REDIS_URL",
        description="redis://host:port/db shared by every worker and relay for per-key limits (default: in "
                    "memory, per worker)")
    relay_limits_lease_ttl: float = Field(
        60.0, ge=1, le=3600, alias="RELAY_LIMITS_LEASE_TTL",
        description="seconds a call's concurrency lease lives in Redis unless its worker renews it (a crashed "
                    "worker's leases lapse after this)")
    relay_limits_on_redis_error: str | None = Field(
        None, alias="RELAY_LIMITS_ON_REDIS_ERROR",
        description="allow or deny calls of keys with limits while Redis is unreachable (default: deny keys "
                    "with a budget, allow the others)")

    # Limits (seconds, bytes)
    relay_connect_timeout: float = Field(10.0, gt=0, alias="RELAY_CONNECT_TIMEOUT",
                                         description="seconds to connect upstream, then a 504")
    relay_timeout: float = Field(600.0, gt=0, alias="RELAY_TIMEOUT",
                                 description="seconds to wait for upstream's headers, and between chunks, then a 504")
    relay_max_body_bytes: int = Field(512 * 1024 * 1024, gt=0, alias="RELAY_MAX_BODY_BYTES",
                                      description="request body limit in bytes, counted while streaming; over it: 413")
    relay_ws_max_message_bytes: int = Field(16 * 1024 * 1024, gt=0, alias="RELAY_WS_MAX_MESSAGE_BYTES",
                                            description="largest WebSocket message either way; over it: close 1009")
    relay_ws_idle_timeout: float = Field(600.0, gt=0, alias="RELAY_WS_IDLE_TIMEOUT",
                                         description="seconds without a WebSocket message either way before closing")
    relay_ws_ping_interval: float = Field(20.0, gt=0, alias="RELAY_WS_PING_INTERVAL",
                                          description="seconds between keep-alive pings to the upstream WebSocket")
    relay_validated_max_body_bytes: int = Field(
        1024 * 1024, gt=0, alias="RELAY_VALIDATED_MAX_BODY_BYTES",
        description="body limit of Actions calls (validated against the spec's models); over it: 413")

    # ChatGPT Actions (runtime/actions/): answers under ChatGPT's limits (45 s, 100,000 characters, files)
    relay_actions_wait: float = Field(35.0, gt=0, lt=45, alias="RELAY_ACTIONS_WAIT",
                                      description="seconds an Actions long job (response, image) is awaited before "
                                                  "a pending handle; below ChatGPT's 45")
    relay_actions_max_chars: int = Field(100_000, ge=2_000, alias="RELAY_ACTIONS_MAX_CHARS",
                                         description="most characters of JSON in an Actions answer (ChatGPT's cap)")
    relay_actions_file_hosts: str = Field("files.oaiusercontent.com", alias="RELAY_ACTIONS_FILE_HOSTS",
                                          description="comma-separated hosts importChatFiles downloads from")
    relay_actions_max_file_bytes: int = Field(64 * 1024 * 1024, gt=0, alias="RELAY_ACTIONS_MAX_FILE_BYTES",
                                              description="largest file importChatFiles takes, in bytes")
    relay_actions_file_url_ttl: float = Field(600.0, gt=0, alias="RELAY_ACTIONS_FILE_URL_TTL",
                                              description="seconds a signed file link handed to ChatGPT stays valid")
    relay_actions_image_model: str = Field("gpt-4.1-mini", min_length=1, alias="RELAY_ACTIONS_IMAGE_MODEL",
                                           description="the Responses model that runs the image tool for "
                                                       "createImage through Actions")

    # Connection layer (runtime/server.py), per worker
    relay_max_header_bytes: int = Field(64 * 1024, ge=1024, alias="RELAY_MAX_HEADER_BYTES",
                                        description="request line + headers, in bytes; over it: 431")
    relay_max_headers: int = Field(100, ge=8, alias="RELAY_MAX_HEADERS",
                                   description="most request headers accepted; over it: 431")
    relay_max_url_bytes: int = Field(16 * 1024, ge=256, alias="RELAY_MAX_URL_BYTES",
                                     description="longest request target (path + query); over it: 414")
    relay_header_timeout: float = Field(20.0, gt=0, le=300, alias="RELAY_HEADER_TIMEOUT",
                                        description="seconds for a connection to send a complete request head")
    relay_keepalive_timeout: float = Field(5.0, gt=0, le=300, alias="RELAY_KEEPALIVE_TIMEOUT",
                                           description="seconds an idle keep-alive connection is kept")
    relay_body_timeout: float = Field(60.0, gt=0, alias="RELAY_BODY_TIMEOUT",
                                      description="seconds without request-body bytes before a 408")
    relay_max_connections: int = Field(4096, ge=1, alias="RELAY_MAX_CONNECTIONS",
                                       description="open client connections per worker; beyond it idle ones are "
                                                   "closed first, then new ones get a 503")
    relay_max_upstream_connections: int = Field(
        1024, ge=1, alias="RELAY_MAX_UPSTREAM_CONNECTIONS",
        description="upstream calls in flight per worker; beyond it calls wait up to RELAY_CONNECT_TIMEOUT, then 503")

    _static_keys: list[StaticKey] | None = PrivateAttr(default=None)

    @property
    def static_keys(self) -> list[StaticKey]:
        """RELAY_KEYS (env-1, env-2, ...; every scope) then the RELAY_KEYS_FILE entries. Read and checked on
        first use; `load_settings()` uses it before returning, so its errors stop start-up."""
        if self._static_keys is None:
            self._static_keys = _read_static_keys(self)
        return self._static_keys

    @field_validator("relay_keys", "relay_cors_origins", mode="before")
    @classmethod
    def _split_csv(cls, value):
        return _csv(value)

    @field_validator("openai_base_url", "relay_public_url")
    @classmethod
    def _http_url(cls, value):
        if value is None:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL")
        if parts.query or parts.fragment:
            raise ValueError(f"{value!r} must not carry a query or fragment")
        return value.rstrip("/")

    @field_validator("openai_api_key", "openai_admin_key", "openai_org_id", "openai_project_id")
    @classmethod
    def _one_line(cls, value):
        raw = value.get_secret_value() if isinstance(value, SecretStr) else value
        if raw is not None and ("\r" in raw or "\n" in raw or "\0" in raw):
            raise ValueError("it contains a line break")  # never echo the value: it may be a key
        return value

    @field_validator("relay_log_format")
    @classmethod
    def _log_format(cls, value: str):
        if value.lower() not in ("plain", "json"):
            raise ValueError(f"{value!r} is not 'plain' or 'json'")
        return value.lower()

    @field_validator("relay_limits_on_redis_error")
    @classmethod
    def _on_error(cls, value):
        if value is None or value == "":
            return None
        if value.lower() not in ("allow", "deny"):
            raise ValueError(f"{value!r} is not 'allow' or 'deny'")
        return value.lower()

    @field_validator("relay_redis_url")
    @classmethod
    def _redis_url(cls, value):
        if value and urlsplit(value).scheme not in ("redis", "rediss", "unix"):
            raise ValueError("it must be a redis://, rediss:// or unix:// URL")
        return value or None

    @field_validator("relay_upstream_client")
    @classmethod
    def _client(cls, value: str):
        if value.lower() not in ("h1", "aiohttp"):
            raise ValueError(f"{value!r} is not 'h1' or 'aiohttp'")
        return value.lower()

    @field_validator("relay_log_level")
    @classmethod
    def _level(cls, value: str):
        if value.lower() not in ("critical", "error", "warning", "info", "debug"):
            raise ValueError(f"{value!r} is not a log level")
        return value.lower()


def load_settings(**overrides) -> Settings:
    """Read and check the configuration; raise `ConfigError` with one sentence if it cannot work."""
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = _env_name(err.get("loc", ("?",))[0])
        raise ConfigError(f"{name} is invalid: {_message(err)}.") from None
    _check_public_url(settings.relay_public_url)
    if settings.relay_keys_file is not None and not settings.relay_keys_file.is_file():
        raise ConfigError(f"RELAY_KEYS_FILE names {str(settings.relay_keys_file)!r}, which is not a readable file.")
    if not settings.relay_auth and (settings.relay_keys or settings.relay_keys_file is not None):
        given = "RELAY_KEYS" if settings.relay_keys else "RELAY_KEYS_FILE"
        raise ConfigError(f"RELAY_AUTH=false runs an open relay, yet {given} is set: remove {given} "
                          "or set RELAY_AUTH=true.")
    settings.static_keys  # noqa: B018 - read and check the keys file now, before the server starts
    return settings


def _env_name(field_name) -> str:
    info = Settings.model_fields.get(str(field_name))
    return (info.alias if info and info.alias else str(field_name)).upper()


def _message(err: dict) -> str:
    """pydantic's message without its "Value error, " prefix (our validators write whole phrases)."""
    msg = str(err.get("msg", "bad value"))
    return msg.removeprefix("Value error, ").rstrip(".")


def _check_public_url(url: str | None) -> None:
    """The public URL is the relay's root: the Actions schema's operation paths already start with /v1, so
    a path here would send every call to /v1/v1/..."""
    if url is None:
        return
    parts = urlsplit(url)
    if parts.path not in ("", "/"):
        root = f"{parts.scheme}://{parts.netloc}"
        raise ConfigError(f"RELAY_PUBLIC_URL must be the relay's root URL without a path (got {url!r}): "
                          f"set RELAY_PUBLIC_URL={root}.")


# --- static relay keys (RELAY_KEYS, RELAY_KEYS_FILE) ------------------------------------------------------

class _FileKey(BaseModel):
    """One entry of the keys file. Unknown fields are refused: a typo (`scope:`) must not silently widen
    or narrow a key."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, min_length=1)
    key: str = Field(min_length=1)
    scopes: list[str] = ["api"]
    models: list[str] = []
    owner: str | None = None
    rpm: PositiveInt | None = None
    tpm: PositiveInt | None = None
    max_concurrent: PositiveInt | None = None
    budget_usd: NonNegativeFloat | None = None
    budget_period: Literal["day", "month"] = "month"
    model_rpm: dict[str, PositiveInt] = {}
    model_tpm: dict[str, PositiveInt] = {}

    @field_validator("scopes", "models", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value

    @field_validator("scopes")
    @classmethod
    def _known_scopes(cls, value: list[str]):
        unknown = sorted(set(value) - SCOPES)
        if unknown or not value:
            raise ValueError(f"unknown scope {', '.join(map(repr, unknown)) or '(none given)'}; "
                             f"the scopes are {', '.join(sorted(SCOPES))}")
        return value

    def static_key(self, name: str) -> StaticKey:
        limits = Limits(rpm=self.rpm, tpm=self.tpm, max_concurrent=self.max_concurrent, budget_usd=self.budget_usd,
                        budget_period=self.budget_period, model_rpm=tuple(sorted(self.model_rpm.items())),
                        model_tpm=tuple(sorted(self.model_tpm.items())))
        return StaticKey(name=name, key=self.key, scopes=frozenset(self.scopes), models=frozenset(self.models),
                         owner=self.owner, limits=limits, source="file")


def _read_static_keys(settings: Settings) -> list[StaticKey]:
    keys = [StaticKey(name=f"env-{i}", key=secret.get_secret_value(), scopes=SCOPES, source="env")
            for i, secret in enumerate(settings.relay_keys, start=1)]
    if settings.relay_keys_file is not None:
        keys += _read_keys_file(settings.relay_keys_file)
    names: dict[str, StaticKey] = {}
    raw: dict[str, StaticKey] = {}
    for key in keys:
        if key.name in names:
            if names[key.name].source == "env":
                raise ConfigError(f"RELAY_KEYS_FILE names a key {key.name!r}, the name RELAY_KEYS gives its own "
                                  "keys (env-1, env-2, ...): rename it.")
            raise ConfigError(f"RELAY_KEYS_FILE has two keys named {key.name!r}: each name must be unique.")
        if key.key in raw:
            first = raw[key.key]
            if first.source == key.source == "env":
                problem = f"RELAY_KEYS lists the same key twice ({first.name} and {key.name})"
            elif first.source == "env":
                problem = f"RELAY_KEYS_FILE key {key.name!r} is also in RELAY_KEYS (as {first.name})"
            else:
                problem = f"RELAY_KEYS_FILE keys {first.name!r} and {key.name!r} are the same key"
            raise ConfigError(f"{problem}: each key must be unique, so that it has one set of scopes.")
        names[key.name] = raw[key.key] = key
    return keys


def _read_keys_file(path: Path) -> list[StaticKey]:
    import yaml

    where = f"RELAY_KEYS_FILE {str(path)!r}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{where} cannot be read: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{where} is not UTF-8 text.") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise ConfigError(f"{where} is not valid YAML or JSON: {problem}{at}.") from None
    entries = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{where} must hold a non-empty list under 'keys', "
                          "e.g. keys: [{name: ops, key: rk-..., scopes: [api]}].")
    keys = []
    for number, entry in enumerate(entries, start=1):
        label = f"{where} entry {number}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{label} is not a mapping with 'name', 'key' and 'scopes'.")
        if isinstance(entry.get("name"), str) and entry["name"]:
            label += f" ({entry['name']!r})"
        try:
            parsed = _FileKey.model_validate(entry)
        except ValidationError as exc:
            raise ConfigError(f"{label} is invalid: {_entry_problem(exc.errors()[0])}.") from None
        keys.append(parsed.static_key(parsed.name or f"file-{number}"))
    return keys


def _entry_problem(err: dict) -> str:
    loc = ".".join(str(part) for part in err.get("loc", ()))
    if err.get("type") == "extra_forbidden":
        return f"unknown field {loc!r} (the fields are {', '.join(_FileKey.model_fields)})"
    if err.get("type") == "missing":
        return f"{loc!r} is required"
    return f"{loc}: {_message(err)}"  # never the input: it may be the key itself
