"""`relay serve`: a configuration that cannot work stops start-up with one sentence; without an upstream
key the relay still starts (health, docs) and upstream calls get a clear 503."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from relay_support import RELAY_KEY, free_port

ROOT = Path(__file__).resolve().parents[2]


def _env(**values) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_"))}
    env.update(values)
    return env


def _relay(*args, env, cwd) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "runtime.cli", "serve", *args], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("env, words", [
    ({}, "no relay keys are configured"),
    ({"RELAY_KEYS": "k", "OPENAI_BASE_URL": "ftp://x"}, "OPENAI_BASE_URL is invalid"),
    ({"RELAY_KEYS_FILE": "/nonexistent/keys.yaml"}, "RELAY_KEYS_FILE"),
    ({"RELAY_KEYS": "k", "RELAY_TIMEOUT": "-1"}, "RELAY_TIMEOUT is invalid"),
])
def test_config_error_is_one_sentence(tmp_path, env, words):
    proc = _relay("--port", str(free_port()), env=_env(PYTHONPATH=str(ROOT), **env), cwd=tmp_path)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and lines[0].endswith("."), err
    assert "Traceback" not in err


@pytest.mark.skipif(not (ROOT / "generated" / "app.py").is_file(), reason="generated/ not built")
def test_starts_without_upstream_key_and_answers_503(tmp_path):
    port = free_port()
    started = time.monotonic()
    proc = _relay("--port", str(port), env=_env(PYTHONPATH=str(ROOT), RELAY_KEYS=RELAY_KEY), cwd=tmp_path)
    try:
        url = f"http://127.0.0.1:{port}"
        while True:
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() - started < 20, "relay did not start"
            try:
                health = httpx.get(url + "/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.02)
        print(f"start-up to first /health: {time.monotonic() - started:.2f} s")
        assert health.status_code == 200 and health.json()["upstream_key"] is False
        r = httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {RELAY_KEY}"})
        assert r.status_code == 503 and "OPENAI_API_KEY" in r.json()["error"]["message"]
        assert r.headers["x-relay-request-id"]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=15)
    assert proc.returncode in (0, -15), err  # uvicorn re-raises SIGTERM after a clean shutdown
    assert "Application shutdown complete" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not (ROOT / "generated" / "app.py").is_file(), reason="generated/ not built")
def test_two_workers_share_connections_and_stop_together(tmp_path):
    """`--workers 2`: each worker listens on its own SO_REUSEPORT socket, so fresh connections reach both
    (the request id's prefix is per process); SIGTERM to the supervisor stops every worker."""
    import socket as socket_module

    if not hasattr(socket_module, "SO_REUSEPORT"):
        pytest.skip("no SO_REUSEPORT on this platform")
    port = free_port()
    proc = _relay("--port", str(port), "--workers", "2", env=_env(PYTHONPATH=str(ROOT), RELAY_KEYS=RELAY_KEY),
                  cwd=tmp_path)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        prefixes: set[str] = set()
        while len(prefixes) < 2 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read()
            try:  # a new connection each time: the kernel hashes each one to a worker
                r = httpx.get(url + "/v1/models", timeout=1, headers={"Connection": "close"})
            except httpx.TransportError:
                time.sleep(0.05)
                continue
            assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
            prefixes.add(r.headers["x-relay-request-id"][:12])  # "req_" + 8 hex chars of the process
        assert len(prefixes) == 2, f"only one worker answered: {prefixes}"
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert err.count("Application shutdown complete") == 2, err
    assert "Traceback" not in err
    with pytest.raises(httpx.TransportError):
        httpx.get(url + "/health", timeout=1)


def test_port_in_use_is_one_sentence(tmp_path):
    import socket as socket_module

    with socket_module.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for workers in ("1", "2"):
            proc = _relay("--port", str(port), "--workers", workers,
                          env=_env(PYTHONPATH=str(ROOT), RELAY_KEYS=RELAY_KEY), cwd=tmp_path)
            _, err = proc.communicate(timeout=30)
            assert proc.returncode == 2, err
            assert "Cannot listen on 127.0.0.1" in err and "Traceback" not in err


_READERS: dict = {}


def _wait_line(proc, words: str, timeout: float = 30) -> str:
    """The first line of the relay's stderr (from a reader thread, so the wait is bounded) holding `words`."""
    import queue
    import threading

    if proc.pid not in _READERS:
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr] and lines.put(None),
                         daemon=True).start()
        _READERS[proc.pid] = (lines, [])
    lines, seen = _READERS[proc.pid]
    for line in seen:
        if words in line:
            return line
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            break
        seen.append(line)
        if words in line:
            return line
    raise AssertionError(f"no line with {words!r}: {''.join(seen)}")


@pytest.mark.skipif(not (ROOT / "generated" / "app.py").is_file(), reason="generated/ not built")
def test_a_second_relay_with_workers_cannot_share_the_port(tmp_path):
    """Two relays on one port would split clients between different keys: the second one refuses to start,
    whatever the worker counts."""
    port = free_port()
    first = _relay("--port", str(port), "--workers", "2", env=_env(PYTHONPATH=str(ROOT), RELAY_KEYS=RELAY_KEY),
                   cwd=tmp_path)
    try:
        _wait_line(first, "relay listening on")
        for workers in ("2", "1"):
            second = _relay("--port", str(port), "--workers", workers,
                            env=_env(PYTHONPATH=str(ROOT), RELAY_KEYS="rk-other"), cwd=tmp_path)
            _, err = second.communicate(timeout=30)
            assert second.returncode == 2, err
            assert f"Cannot listen on 127.0.0.1:{port}" in err and "Traceback" not in err
        for _ in range(8):  # every connection still reaches the first relay (its key works)
            r = httpx.get(f"http://127.0.0.1:{port}/v1/models", headers={"Connection": "close",
                                                                      "Authorization": "Bearer rk-other"})
            assert r.status_code == 401
    finally:
        first.terminate()
        first.wait(timeout=20)


@pytest.mark.skipif(not (ROOT / "generated" / "app.py").is_file(), reason="generated/ not built")
@pytest.mark.parametrize("env, expected", [
    ({"RELAY_KEYS": RELAY_KEY, "OPENAI_API_KEY": "sk-x"}, ["1 static key(s)"]),
    ({"RELAY_AUTH": "false", "RELAY_LOG_LEVEL": "warning"}, ["OPEN", "WARNING: this relay is OPEN",
                                                             "WARNING: OPENAI_API_KEY is not set"]),
])
def test_start_up_says_where_and_how_in_one_line(tmp_path, env, expected):
    from generated.catalog import CATALOG

    port = free_port()
    proc = _relay("--port", str(port), env=_env(PYTHONPATH=str(ROOT), **env), cwd=tmp_path)
    try:
        line = _wait_line(proc, "relay listening on")
        assert f"http://127.0.0.1:{port}" in line and f"{len(CATALOG)} operations" in line
        assert CATALOG.spec_version in line and "1 worker(s)" in line
        assert "sk-x" not in line
        rest = line
        for words in expected[1:]:
            rest += _wait_line(proc, words, timeout=5)
        for words in expected:
            assert words in rest
        assert httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200  # it says so once it answers
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_fd_limit_is_raised_where_allowed():
    code = ("import resource, sys; sys.path.insert(0, sys.argv[1]); from runtime.serve import raise_fd_limit;"
            "soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE);"
            "resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard));"
            "print(raise_fd_limit(1000), resource.getrlimit(resource.RLIMIT_NOFILE)[0], hard)")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, timeout=30)
    warning, soft, hard = out.stdout.rsplit(" ", 2)
    if int(hard) >= 1000 or int(hard) < 0:
        assert warning == "None" and int(soft) == 1000
    else:
        assert "open-files limit" in warning
