"""`relay serve --workers 2` with `RELAY_LOG_FORMAT=json`, as an operator runs it: after 30 successful and 10
unauthorised calls, `/metrics` sums both workers exactly, tokens equal what the fake upstream reported, every
histogram bucket is there, and no key appears; every line the process prints is a JSON object."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest
from obs_support import (
    API_KEY,
    CANARY,
    CHAT_USAGE,
    EMBED_USAGE,
    MANAGE_KEY,
    by_label,
    fake_upstream,
    parse_json_lines,
    samples,
    total,
)
from services import free_port

from runtime.metrics.metrics import DURATION_BUCKETS, TTFB_BUCKETS

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not (ROOT / "generated" / "app.py").is_file(), reason="generated/ not built")


def _stale_metrics(path: Path) -> None:
    """A metric file as an earlier relay left it (a counter of 5 calls): the next start must drop it."""
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = {str(path)!r}
        from prometheus_client import Counter
        Counter("relay_requests_total", "x", ["operation", "status", "key"], registry=None) \\
            .labels("createChatCompletion", "200", "env-1").inc(5)
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert list(path.glob("*.db"))


def _get(url: str, key: str | None = None, **kw) -> httpx.Response:
    headers = {"Connection": "close"}  # a new connection each time: the kernel spreads them over the workers
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    return httpx.request(kw.pop("method", "GET"), url, headers=headers, timeout=10, **kw)


def test_two_workers_metrics_and_json_logs(tmp_path):
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    _stale_metrics(metrics_dir)
    keys = tmp_path / "keys.yaml"
    keys.write_text(f"keys:\n  - {{name: api-only, key: {API_KEY}, scopes: [api]}}\n")
    port = free_port()
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with fake_upstream() as (upstream, seen):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_", "OTEL_"))}
        env.update(PYTHONPATH=str(ROOT), RELAY_KEYS=MANAGE_KEY, RELAY_KEYS_FILE=str(keys), OPENAI_API_KEY=CANARY,
                   OPENAI_BASE_URL=upstream, RELAY_LOG_FORMAT="json", PROMETHEUS_MULTIPROC_DIR=str(metrics_dir))
        with open(out, "w") as stdout, open(err, "w") as stderr:
            proc = subprocess.Popen([sys.executable, "-m", "runtime.cli", "serve", "--port", str(port),
                                     "--workers", "2"], env=env, cwd=tmp_path, stdout=stdout, stderr=stderr)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while "relay listening" not in err.read_text():
                assert proc.poll() is None and time.monotonic() < deadline, err.read_text()
                time.sleep(0.05)
            workers = set()
            for i in range(20):
                r = _get(url + "/v1/chat/completions", MANAGE_KEY, method="POST",
                         json={"model": "gpt-test", "messages": [{"role": "user", "content": f"hi {i}"}]})
                assert r.status_code == 200, r.text
                workers.add(r.headers["x-relay-request-id"][:12])
            for i in range(10):
                r = _get(url + "/v1/embeddings", API_KEY, method="POST",
                         json={"model": "text-embedding-test", "input": f"text {i}"})
                assert r.status_code == 200, r.text
                workers.add(r.headers["x-relay-request-id"][:12])
            for i in range(10):
                r = _get(url + "/v1/chat/completions", None if i % 2 else "rk-wrong-key", method="POST", json={})
                assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
                workers.add(r.headers["x-relay-request-id"][:12])
            assert len(workers) == 2, f"one worker answered every call: {workers}"
            assert len(seen) == 30
            assert all(s["headers"]["Authorization"] == f"Bearer {CANARY}" for s in seen)

            assert _get(url + "/metrics").status_code == 401
            assert _get(url + "/metrics", API_KEY).status_code == 403
            scrape = _get(url + "/metrics", MANAGE_KEY)
            assert scrape.status_code == 200
            text = scrape.text
            ready = _get(url + "/ready")
            assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "upstream": "ok"}

            r = _get(url + "/v1/models/broken", MANAGE_KEY)  # upstream drops it: a relay warning line
            assert r.status_code == 502
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    # -- the metrics: both workers summed, exactly (the stale file's 5 calls were dropped at start) ----------
    assert by_label(text, "relay_requests_total", "status") == {"200": 30, "401": 10}, text
    assert total(text, "relay_requests_total", operation="createChatCompletion", key="env-1") == 20
    assert total(text, "relay_requests_total", operation="createEmbedding", key="api-only") == 10
    assert total(text, "relay_requests_total", operation="unknown", key="-", status="401") == 10
    assert by_label(text, "relay_rejections_total", "reason") == {"auth": 10}
    for kind, chat, embed in (("input", CHAT_USAGE["prompt_tokens"], EMBED_USAGE["prompt_tokens"]),
                              ("cached", CHAT_USAGE["prompt_tokens_details"]["cached_tokens"], 0),
                              ("output", CHAT_USAGE["completion_tokens"], 0),
                              ("reasoning", CHAT_USAGE["completion_tokens_details"]["reasoning_tokens"], 0)):
        assert total(text, "relay_tokens_total", key="env-1", model="gpt-test-0001", kind=kind) == 20 * chat
        assert total(text, "relay_tokens_total", key="api-only", model="text-embedding-test", kind=kind) == 10 * embed
    for name, buckets, counts in (
            ("relay_request_duration_seconds", DURATION_BUCKETS,
             {"createChatCompletion": 20, "createEmbedding": 10, "unknown": 10}),
            ("relay_upstream_ttfb_seconds", TTFB_BUCKETS, {"createChatCompletion": 20, "createEmbedding": 10})):
        for operation, n in counts.items():
            les = {s[1]["le"]: s[2] for s in samples(text)
                   if s[0] == name + "_bucket" and s[1]["operation"] == operation}
            assert len(les) == len(buckets) and les["+Inf"] == n, (name, operation, les)
            assert list(les.values()) == sorted(les.values())  # cumulative
            assert total(text, name + "_count", operation=operation) == n
    assert total(text, "relay_upstream_ratelimit_remaining", kind="requests") == 4999
    assert total(text, "relay_upstream_ratelimit_remaining", kind="tokens") == 99000
    assert total(text, "relay_inflight_requests") == 0
    for secret in (MANAGE_KEY, API_KEY, CANARY, "rk-", "sk-"):
        assert secret not in text
    # -- the logs: every line one JSON object --------------------------------------------------------------
    printed = err.read_text() + out.read_text()
    assert CANARY not in printed and MANAGE_KEY not in printed and API_KEY not in printed
    lines = parse_json_lines(printed)
    assert all({"time", "level", "logger", "message"} <= line.keys() for line in lines), lines
    access = [line for line in lines if line["logger"] == "relay.access" and line["path"].startswith("/v1/")]
    assert len(access) == 41
    chat = next(line for line in access if line["operation"] == "createChatCompletion" and line["status"] == 200)
    assert chat["key"] == "env-1" and chat["model"] == "gpt-test-0001" and chat["request_id"].startswith("req_")
    assert chat["tokens"] == {"input": 11, "cached": 3, "output": 7, "reasoning": 2}
    assert chat["duration_ms"] >= chat["ttfb_ms"] > 0 and chat["bytes_in"] > 0 and chat["bytes_out"] > 0
    assert "cost_usd" in chat and chat["reason"] is None and chat["method"] == "POST"
    refused = [line for line in access if line["status"] == 401]
    assert len(refused) == 10 and all(line["reason"] == "auth" and line["key"] == "-" for line in refused)
    loggers = {line["logger"] for line in lines}
    assert {"relay.serve", "uvicorn.error", "relay.access", "relay"} <= loggers, loggers
    assert any(line["message"].startswith("relay listening on") for line in lines)
    broken = next(line for line in lines if line["logger"] == "relay" and "upstream failed" in line["message"])
    assert broken["level"] == "warning" and broken["request_id"] == r.headers["x-relay-request-id"]
    assert proc.returncode == 0, printed


@pytest.mark.parametrize("workers", [1, 2])
def test_the_metrics_directory_is_private_and_removed_at_exit(tmp_path, workers):
    """Several workers: a fresh temp directory, removed when the relay stops. One worker: none (its metrics
    stay in-process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_", "OTEL_", "PROMETHEUS_"))}
    env.update(PYTHONPATH=str(ROOT), RELAY_KEYS=MANAGE_KEY, TMPDIR=str(tmp_path))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "runtime.cli", "serve", "--port", str(port), "--workers",
                             str(workers)], env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None and time.monotonic() < deadline
            try:
                assert _get(f"http://127.0.0.1:{port}/v1/models").status_code == 401
                break
            except httpx.TransportError:
                time.sleep(0.05)
        r = _get(f"http://127.0.0.1:{port}/metrics", MANAGE_KEY)
        assert r.status_code == 200 and total(r.text, "relay_requests_total", status="401") == 1
        made = list(tmp_path.glob("relay-metrics-*"))
        assert len(made) == (1 if workers > 1 else 0)
        assert all(list(d.glob("*.db")) for d in made)  # the workers' values live there
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, -15), err  # uvicorn re-raises SIGTERM after a clean shutdown (one worker)
    assert not list(tmp_path.glob("relay-metrics-*"))


def test_an_unusable_metrics_directory_is_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_", "OTEL_", "PROMETHEUS_"))}
    env.update(PYTHONPATH=str(ROOT), RELAY_KEYS=MANAGE_KEY, PROMETHEUS_MULTIPROC_DIR=str(blocker / "metrics"))
    result = subprocess.run([sys.executable, "-m", "runtime.cli", "serve", "--port", str(free_port())], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("PROMETHEUS_MULTIPROC_DIR cannot be used") and "Traceback" not in result.stderr
