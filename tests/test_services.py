"""The real servers of tests/services.py answer (the fixtures other test directories rely on)."""

from __future__ import annotations

import asyncpg
from services import redis_command


def test_redis_server_answers(redis_url):
    assert redis_url.startswith("redis://127.0.0.1:")
    assert redis_command(redis_url, "PING") == b"+PONG\r\n"
    assert redis_command(redis_url, "SET", "relay:test", "1") == b"+OK\r\n"
    assert redis_command(redis_url, "GET", "relay:test") == b"$1\r\n1\r\n"
    assert redis_command(redis_url, "CONFIG", "GET", "save") == b"*2\r\n$4\r\nsave\r\n$0\r\n\r\n"  # no persistence


async def test_postgres_database_is_fresh_and_private(postgres_url):
    conn = await asyncpg.connect(postgres_url, timeout=10)
    try:
        assert await conn.fetchval("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
        assert await conn.fetchval("SELECT inet_server_addr()::text") == "127.0.0.1/32"
        assert await conn.fetchval("SELECT current_setting('server_version_num')::int") >= 130000
    finally:
        await conn.close()
