"""Real servers for the tests: PostgreSQL and Redis from Debian's packages, started in a temp dir on a free
loopback port and stopped at the end of the session. A pytest plugin (tests/conftest.py registers it), so
every test directory can use the fixtures:

- `postgres_server` (session): the server's admin URL; `postgres_url` (function): a fresh empty database.
- `redis_url` (session): `redis://127.0.0.1:<port>/0` of a private redis-server (no persistence).

`start_postgres()` / `start_redis()` are plain context managers, for scripts such as bench/ledger_bench.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

__all__ = ["free_port", "start_postgres", "start_redis"]

_START_TIMEOUT = 30.0


class ServiceMissing(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postgres_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version_key)
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise ServiceMissing(f"PostgreSQL's {name} was not found under /usr/lib/postgresql/*/bin or on PATH: "
                             f"install it with `apt-get install -y postgresql`.")
    return path


def _version_key(path: str):
    version = Path(path).parent.parent.name
    return tuple(int(p) if p.isdigit() else 0 for p in version.split("."))


def _as_postgres_user() -> dict:
    """Popen arguments that run a command as the `postgres` user when we are root (initdb and the server
    refuse to run as root), else as ourselves."""
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise ServiceMissing("Running as root needs a `postgres` system user to run PostgreSQL "
                             "(Debian's postgresql package creates it).") from None
    return {"user": "postgres", "group": "postgres", "extra_groups": []}


@contextlib.contextmanager
def start_postgres(*, fsync: bool = False):
    """A PostgreSQL server in a temp dir, listening on 127.0.0.1:<free port>; yields its URL
    (`postgresql://postgres@127.0.0.1:<port>/postgres`, trust auth). `fsync=False` for tests' speed."""
    initdb, pg_ctl = _postgres_bin("initdb"), _postgres_bin("pg_ctl")
    run_as = _as_postgres_user()
    root = Path(tempfile.mkdtemp(prefix="relay-pg-"))
    if run_as:
        shutil.chown(root, "postgres", "postgres")
    data, sockets, log = root / "data", root / "sock", root / "server.log"
    port = free_port()
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync={'on' if fsync else 'off'}"
    if not fsync:
        options += " -c synchronous_commit=off -c full_page_writes=off"
    try:
        _run([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8",
              "--locale=C"], run_as, "initdb")
        (sockets).mkdir()
        if run_as:
            shutil.chown(sockets, "postgres", "postgres")
        _run([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", str(int(_START_TIMEOUT)),
              "start"], run_as, "pg_ctl start", log)
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "-t", "30", "stop"],
                           capture_output=True, timeout=60, **run_as)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(cmd: list[str], run_as: dict, what: str, log: Path | None = None) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, **run_as)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        if log is not None and log.exists():
            detail += "\n" + log.read_text()[-2000:]
        raise RuntimeError(f"{what} failed: {detail}")


@contextlib.contextmanager
def start_redis():
    """A private redis-server on 127.0.0.1:<free port> without persistence; yields its URL."""
    binary = shutil.which("redis-server") or next(iter(glob.glob("/usr/bin/redis-server")), None)
    if not binary:
        raise ServiceMissing("redis-server was not found on PATH: install it with `apt-get install -y redis-server`.")
    root = Path(tempfile.mkdtemp(prefix="relay-redis-"))
    port = free_port()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(root), "--logfile", str(root / "redis.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + _START_TIMEOUT
        while _redis_ping(port) is False:
            if proc.poll() is not None or time.monotonic() > deadline:
                log = (root / "redis.log").read_text()[-2000:] if (root / "redis.log").exists() else ""
                raise RuntimeError(f"redis-server did not start on port {port}: {log}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def redis_command(url: str, *args: str) -> bytes:
    """Send one command to the Redis at `url` and return its raw reply (enough for health checks in tests)."""
    host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
    payload = f"*{len(args)}\r\n".encode() + b"".join(f"${len(a.encode())}\r\n{a}\r\n".encode() for a in args)
    with socket.create_connection((host, int(port)), timeout=5) as s:
        s.sendall(payload)
        return s.recv(65536)


def _redis_ping(port: int) -> bool:
    try:
        return redis_command(f"redis://127.0.0.1:{port}/0", "PING").startswith(b"+PONG")
    except OSError:
        return False


# -- fixtures -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server():
    """The admin URL of a PostgreSQL server private to this test session (or xdist worker)."""
    try:
        with start_postgres() as url:
            yield url
    except ServiceMissing as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the session's server (dropped afterwards)."""
    name = "t_" + uuid.uuid4().hex[:16]
    _admin_sql(postgres_server, f'CREATE DATABASE "{name}"')
    yield postgres_server.rsplit("/", 1)[0] + "/" + name
    _admin_sql(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin_sql(url: str, sql: str) -> None:
    import asyncio

    import asyncpg

    async def run():
        conn = await asyncpg.connect(url, timeout=10)
        try:
            await conn.execute(sql, timeout=30)
        finally:
            await conn.close(timeout=10)

    asyncio.run(run())


@pytest.fixture(scope="session")
def redis_url():
    """`redis://127.0.0.1:<port>/0` of a redis-server private to this test session (or xdist worker)."""
    try:
        with start_redis() as url:
            yield url
    except ServiceMissing as exc:
        pytest.fail(str(exc), pytrace=False)
