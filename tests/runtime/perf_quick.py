"""Quick runtime measurements (not a test; the full harness is `nox -s bench`).

    python tests/runtime/perf_quick.py cpu [--seconds 5] [--rounds 2]   # rps and CPU µs/request, c=1 and c=32
    python tests/runtime/perf_quick.py memory                          # peak RSS for 1 GiB up and down

`cpu` puts nginx (`return 200`, needs nginx and wrk) behind `relay serve` with each upstream transport and
reads each relay's utime+stime from /proc before and after a wrk run: CPU per request survives a noisy
machine, rps does not. `memory` runs a fake aiohttp upstream and curl. Every process started is stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BODY = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}'
NGINX = """worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {d}/b; proxy_temp_path {d}/p; fastcgi_temp_path {d}/f;
  uwsgi_temp_path {d}/u; scgi_temp_path {d}/s;
  server {{ listen 127.0.0.1:{port}; keepalive_requests 1000000;
    location / {{ default_type application/json; return 200 '{{"id":"x","object":"chat.completion","choices":[]}}'; }} }} }}
"""
BIG_UPSTREAM = """
import sys
from aiohttp import web
N = 1024 ** 3
CHUNK = b"\\xab" * (256 * 1024)
async def download(request):
    resp = web.StreamResponse(headers={"Content-Type": "application/octet-stream", "Content-Length": str(N)})
    await resp.prepare(request)
    for _ in range(N // len(CHUNK)):
        await resp.write(CHUNK)
    return resp
async def upload(request):
    n = 0
    async for chunk in request.content.iter_any():
        n += len(chunk)
    return web.json_response({"bytes": n})
app = web.Application(client_max_size=2 * N)
app.router.add_get("/v1/files/{id}/content", download)
app.router.add_post("/v1/files", upload)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, path: str = "/health") -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(f"GET {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n".encode())
                if s.recv(12):
                    return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing answers on port {port}")


def _relay(port: int, upstream: str, **env) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "sk-bench", "OPENAI_BASE_URL": upstream,
           "RELAY_KEYS": "rk-bench", **env}
    proc = subprocess.Popen([sys.executable, "-m", "runtime.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait(port)
    return proc


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wrk(port: int, conns: int, seconds: int) -> dict:
    env = {**os.environ, "BENCH_METHOD": "POST", "BENCH_BODY": BODY, "BENCH_AUTH": "rk-bench"}
    out = subprocess.run(["wrk", "-t1", f"-c{conns}", f"-d{seconds}s", "-s", str(ROOT / "bench" / "wrk_req.lua"),
                          f"http://127.0.0.1:{port}/v1/chat/completions"], env=env, capture_output=True,
                         text=True, check=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("BENCHJSON")).split(" ", 1)[1])


def cpu(seconds: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        nginx_port = _port()
        Path(d, "nginx.conf").write_text(NGINX.format(d=d, port=nginx_port))
        procs = [subprocess.Popen(["nginx", "-c", f"{d}/nginx.conf", "-p", d], stderr=subprocess.DEVNULL)]
        try:
            _wait(nginx_port, "/")
            relays = {}
            for kind in ("h1", "aiohttp"):
                port = _port()
                procs.append(_relay(port, f"http://127.0.0.1:{nginx_port}/v1", RELAY_UPSTREAM_CLIENT=kind))
                relays[f"relay ({kind})"] = (procs[-1].pid, port)
            for _ in range(rounds):
                for conns in (1, 32):
                    d0 = _wrk(nginx_port, conns, seconds)
                    print(f"nginx direct   c={conns:<2} rps={d0['requests'] / d0['duration_us'] * 1e6:7.0f} "
                          f"p50={d0['p50']}us")
                    for name, (pid, port) in relays.items():
                        before = _cpu(pid)
                        r = _wrk(port, conns, seconds)
                        used = _cpu(pid) - before
                        print(f"{name:14} c={conns:<2} rps={r['requests'] / r['duration_us'] * 1e6:7.0f} "
                              f"p50={r['p50']}us cpu/request={used / max(1, r['requests']) * 1e6:.0f}us "
                              f"errors={r['errors_status'] + r['errors_read'] + r['errors_connect']}")
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(10)


def _peak_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def memory() -> None:
    with tempfile.TemporaryDirectory() as d:
        big = Path(d, "big.bin")
        with big.open("wb") as f:
            f.truncate(1024 ** 3)  # sparse: no disk used
        up_port, port = _port(), _port()
        Path(d, "upstream.py").write_text(BIG_UPSTREAM)
        procs = [subprocess.Popen([sys.executable, f"{d}/upstream.py", str(up_port)])]
        try:
            _wait(up_port, "/v1/files/x/none")
            procs.append(_relay(port, f"http://127.0.0.1:{up_port}/v1", RELAY_MAX_BODY_BYTES=str(2 * 1024 ** 3)))
            pid = procs[-1].pid
            print(f"relay peak RSS at start: {_peak_rss_kb(pid) / 1024:.1f} MB")
            auth = ["-H", "Authorization: Bearer rk-bench"]
            start = time.monotonic()
            out = subprocess.run(["curl", "-s", "-X", "POST", *auth, "-H", "Content-Type: application/octet-stream",
                                  "-T", str(big), f"http://127.0.0.1:{port}/v1/files"], capture_output=True, check=False,
                                 text=True).stdout
            print(f"1 GiB upload: {time.monotonic() - start:.2f} s, upstream got {out}; "
                  f"peak RSS {_peak_rss_kb(pid) / 1024:.1f} MB")
            start = time.monotonic()
            out = subprocess.run(["curl", "-s", *auth, "-o", "/dev/null", "-w", "%{http_code} %{size_download}",
                                  f"http://127.0.0.1:{port}/v1/files/x/content"], capture_output=True, text=True,
                                 check=False).stdout
            print(f"1 GiB download: {time.monotonic() - start:.2f} s ({out}); peak RSS {_peak_rss_kb(pid) / 1024:.1f} MB")
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("cpu", "memory"))
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    cpu(args.seconds, args.rounds) if args.what == "cpu" else memory()
