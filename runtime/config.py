"""Relay configuration, from the environment or a `.env` file (pydantic-settings).

A bad or contradictory configuration stops start-up with one sentence (`ConfigError`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SCOPES = frozenset({"api", "admin", "actions"})


class ConfigError(Exception):
    """The configuration cannot work; the message is one sentence for the operator."""


def _csv(value):
    if value is None or isinstance(value, (list, tuple)):
        return list(value or [])
    return [part.strip() for part in str(value).split(",") if part.strip()]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      populate_by_name=True)

    # Upstream
    openai_api_key: SecretStr | None = Field(None, alias="OPENAI_API_KEY")
    openai_admin_key: SecretStr | None = Field(None, alias="OPENAI_ADMIN_KEY")
    openai_base_url: str = Field("https://api.openai.com/v1", alias="OPENAI_BASE_URL")
    openai_org_id: str | None = Field(None, alias="OPENAI_ORG_ID")
    openai_project_id: str | None = Field(None, alias="OPENAI_PROJECT_ID")

    # Relay keys
    relay_auth: bool = Field(True, alias="RELAY_AUTH")
    relay_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list, alias="RELAY_KEYS")
    relay_keys_file: Path | None = Field(None, alias="RELAY_KEYS_FILE")

    # Serving
    relay_public_url: str | None = Field(None, alias="RELAY_PUBLIC_URL")
    relay_cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="RELAY_CORS_ORIGINS")
    relay_log_level: str = Field("info", alias="RELAY_LOG_LEVEL")
    relay_upstream_client: str = Field("h1", alias="RELAY_UPSTREAM_CLIENT")  # "h1" | "aiohttp"

    # Limits (seconds, bytes)
    relay_connect_timeout: float = Field(10.0, gt=0, alias="RELAY_CONNECT_TIMEOUT")
    relay_timeout: float = Field(600.0, gt=0, alias="RELAY_TIMEOUT")  # wait for headers / between chunks
    relay_max_body_bytes: int = Field(512 * 1024 * 1024, gt=0, alias="RELAY_MAX_BODY_BYTES")
    relay_ws_max_message_bytes: int = Field(16 * 1024 * 1024, gt=0, alias="RELAY_WS_MAX_MESSAGE_BYTES")
    relay_ws_idle_timeout: float = Field(600.0, gt=0, alias="RELAY_WS_IDLE_TIMEOUT")
    relay_ws_ping_interval: float = Field(20.0, gt=0, alias="RELAY_WS_PING_INTERVAL")
    relay_validated_max_body_bytes: int = Field(1024 * 1024, gt=0, alias="RELAY_VALIDATED_MAX_BODY_BYTES")

    # ChatGPT Actions (runtime/actions/): answers under ChatGPT's limits (45 s, 100,000 characters, files)
    relay_actions_wait: float = Field(35.0, gt=0, lt=45, alias="RELAY_ACTIONS_WAIT")  # seconds a long job is awaited
    relay_actions_max_chars: int = Field(100_000, ge=2_000, alias="RELAY_ACTIONS_MAX_CHARS")  # JSON characters
    relay_actions_file_hosts: str = Field("files.oaiusercontent.com", alias="RELAY_ACTIONS_FILE_HOSTS")  # csv
    relay_actions_max_file_bytes: int = Field(64 * 1024 * 1024, gt=0, alias="RELAY_ACTIONS_MAX_FILE_BYTES")
    relay_actions_file_url_ttl: float = Field(600.0, gt=0, alias="RELAY_ACTIONS_FILE_URL_TTL")  # seconds
    relay_actions_image_model: str = Field("gpt-4.1-mini", min_length=1, alias="RELAY_ACTIONS_IMAGE_MODEL")

    # Connection layer (runtime/server.py), per worker
    relay_max_header_bytes: int = Field(64 * 1024, ge=1024, alias="RELAY_MAX_HEADER_BYTES")
    relay_max_headers: int = Field(100, ge=8, alias="RELAY_MAX_HEADERS")
    relay_max_url_bytes: int = Field(16 * 1024, ge=256, alias="RELAY_MAX_URL_BYTES")
    relay_header_timeout: float = Field(20.0, gt=0, le=300, alias="RELAY_HEADER_TIMEOUT")
    relay_keepalive_timeout: float = Field(5.0, gt=0, le=300, alias="RELAY_KEEPALIVE_TIMEOUT")
    relay_body_timeout: float = Field(60.0, gt=0, alias="RELAY_BODY_TIMEOUT")
    relay_max_connections: int = Field(4096, ge=1, alias="RELAY_MAX_CONNECTIONS")
    relay_max_upstream_connections: int = Field(1024, ge=1, alias="RELAY_MAX_UPSTREAM_CONNECTIONS")

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
        raise ConfigError(f"{name} is invalid: {err.get('msg', 'bad value')}.") from None
    if settings.relay_keys_file is not None and not settings.relay_keys_file.is_file():
        raise ConfigError(f"RELAY_KEYS_FILE names {str(settings.relay_keys_file)!r}, which is not a readable file.")
    if settings.relay_auth and not settings.relay_keys and settings.relay_keys_file is None:
        raise ConfigError("Relay auth is on (RELAY_AUTH) but no relay keys are configured: "
                          "set RELAY_KEYS or RELAY_KEYS_FILE, or set RELAY_AUTH=false to run an open relay.")
    return settings


def _env_name(field_name) -> str:
    info = Settings.model_fields.get(str(field_name))
    return (info.alias if info and info.alias else str(field_name)).upper()
