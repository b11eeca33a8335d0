"""Issue 11, item 6: `nox -s tests` works on a plain clone (no ../shared). The spec comes from --spec /
RELAY_SPEC / ../shared, else the pinned spec is downloaded (URL and sha256 from spec/lock.yaml) into .cache/
and checked; the tests look it up the same way. The README's first-run block says what is true.

"Upstream" here is a loopback HTTP server serving the pinned spec; the project is copied (code, generated/,
spec/) into a temporary folder with no ../shared beside it, its lock pointing at that server."""

from __future__ import annotations

import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from codegen import loader

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@contextmanager
def _serving(body: bytes):
    """An HTTP server on 127.0.0.1 answering every GET with `body`."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _closed_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/openapi.yaml"  # nothing listens there afterwards


def _clone(tmp_path: Path, lock_url: str) -> Path:
    """The project as a fresh clone has it (no .cache/spec copy, no ../shared), its lock's url replaced."""
    clone = tmp_path / "clone"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("runtime", "codegen", "generated", "spec"):
        shutil.copytree(ROOT / name, clone / name, ignore=ignore)
    lock = clone / "spec" / "lock.yaml"
    lock.write_text(re.sub(r"(?m)^url: .*$", f"url: {lock_url}", lock.read_text()))
    # Warm caches only (parsed JSON, validator marker, models); never the spec file the lookup would find.
    cache = clone / ".cache"
    cache.mkdir()
    for pattern in ("spec-*.json", "valid-*", "models-*.py"):
        for path in loader.CACHE_DIR.glob(pattern):
            shutil.copy2(path, cache / path.name)
    assert not (tmp_path / "shared").exists()
    return clone


def _relay(clone: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "RELAY_"))}
    env["PYTHONPATH"] = str(clone)
    return subprocess.run([sys.executable, "-m", "runtime.cli", *args], cwd=clone, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _pinned_cache_name() -> str:
    return f"openapi-{loader.Lock.read(loader.SPEC_DIR / 'lock.yaml').sha256[:16]}.yaml"


def test_generate_check_on_a_plain_clone_downloads_and_checks_the_pinned_spec(tmp_path, upstream_spec):
    body = upstream_spec.read_bytes()
    with _serving(body) as url:
        clone = _clone(tmp_path, url)
        proc = _relay(clone, "generate", "--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "generated/ is up to date" in proc.stdout
    downloaded = clone / ".cache" / _pinned_cache_name()
    assert downloaded.read_bytes() == body
    assert f"downloaded the pinned spec to {downloaded}" in proc.stderr
    # the tests' lookup (no download) now finds that same file
    found = subprocess.run([sys.executable, "-c", "from codegen.loader import resolve_spec_path as r; print(r())"],
                           cwd=clone, env={**os.environ, "PYTHONPATH": str(clone), "RELAY_SPEC": ""},
                           capture_output=True, text=True, timeout=60)
    assert found.stdout.strip() == str(downloaded)


def test_a_download_with_other_bytes_is_refused_and_nothing_written(tmp_path):
    with _serving(b"openapi: 3.1.0\n") as url:
        clone = _clone(tmp_path, url)
        proc = _relay(clone, "spec", "fetch")
    assert proc.returncode == 1
    assert "the lock pins" in proc.stderr and "nothing written" in proc.stderr
    assert not (clone / ".cache" / _pinned_cache_name()).exists()


@pytest.mark.parametrize("verb", [("spec", "fetch"), ("generate", "--check")])
def test_offline_is_one_clear_sentence(tmp_path, verb):
    clone = _clone(tmp_path, _closed_url())
    proc = _relay(clone, *verb, timeout=60)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "cannot download the pinned spec from 127.0.0.1" in lines[0] and "offline?" in lines[0]
    assert "RELAY_SPEC" in lines[0] and "urlopen" not in lines[0] and "Traceback" not in proc.stderr


def test_lookup_order(tmp_path, monkeypatch):
    shared = tmp_path / "shared" / "openapi.yaml"
    monkeypatch.setattr(loader, "DEFAULT_SPEC", shared)
    monkeypatch.setattr(loader, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.delenv("RELAY_SPEC", raising=False)
    cached = tmp_path / "cache" / _pinned_cache_name()
    assert loader.resolve_spec_path() == cached  # nothing anywhere: where the download would go
    shared.parent.mkdir()
    shared.write_text("x")
    assert loader.resolve_spec_path() == shared
    monkeypatch.setenv("RELAY_SPEC", str(tmp_path / "env.yaml"))
    assert loader.resolve_spec_path() == tmp_path / "env.yaml"
    assert loader.resolve_spec_path(str(tmp_path / "cli.yaml")) == tmp_path / "cli.yaml"


def test_nox_tests_session_passes_spec_to_every_command():
    sys.path.insert(0, str(ROOT))
    try:
        import noxfile
    finally:
        sys.path.remove(str(ROOT))
    assert noxfile._spec_option(["--spec", "s.yaml", "-k", "x"]) == (["-k", "x"], {"RELAY_SPEC": "s.yaml"})
    assert noxfile._spec_option(["--spec=s.yaml"]) == ([], {"RELAY_SPEC": "s.yaml"})
    assert noxfile._spec_option(["-x"]) == (["-x"], {})


# --- the README's first-run block ----------------------------------------------------------------------------

def _first_code_block() -> list[str]:
    match = re.search(r"```\w*\n(.*?)```", README, re.S)
    assert match
    return [line for line in match.group(1).splitlines() if line.strip()]


def test_readme_starts_with_the_title_then_the_first_run_commands():
    lines = [line for line in README.splitlines() if line.strip()]
    assert lines[0] == "# chatgpt-team-relay"
    assert lines[1].startswith("```")
    block = _first_code_block()
    serve = [line for line in block if "relay serve" in line]
    tests = [line for line in block if "nox -s tests" in line]
    assert len(serve) == 1 and len(tests) == 1
    assert serve[0].startswith("pip install -e . && ") and "[dev]" not in serve[0]  # serving needs no dev tools
    assert tests[0].startswith("pip install -e '.[dev]' && nox -s tests")
    assert any("python3 -m venv" in line for line in block)
    head = README[: README.index("## ")]
    assert "Python ≥ 3.11" in head or "Python >= 3.11" in head


def test_readme_serve_command_is_one_relay_accepts(monkeypatch):
    """Its environment passes `load_settings`, its options `relay serve`'s parser."""
    from runtime.config import load_settings

    serve = next(line for line in _first_code_block() if "relay serve" in line)
    words = serve.split("&& ", 1)[1].split()
    env = dict(word.split("=", 1) for word in words if re.match(r"^[A-Z_]+=", word))
    args = words[words.index("serve") + 1:]
    load_settings(_env_file=None, **env)
    parsed = __import__("runtime.cli", fromlist=["_serve_parser"])._serve_parser().parse_args(args)
    assert parsed.host == "127.0.0.1" and parsed.port == 8000
    assert 'requires-python = ">=3.11"' in (ROOT / "pyproject.toml").read_text()  # what the README states
