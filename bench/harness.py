"""Processes, nginx configs, wrk and curl for the benchmarks: everything on 127.0.0.1, everything killed.

Every process is started in its own session (process group) with its output in a log file of the run's
temp dir, and `Procs.stop_all()` ends each group by its id (nginx first through its pid file).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LUA = BENCH / "wrk_req.lua"
_CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log: Path
    pid_file: Path | None = None  # nginx: its master's pid file
    started: float = field(default_factory=time.perf_counter)
    ready_s: float | None = None

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def tail(self, n: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def tree_pids(self) -> list[int]:
        """The process and its descendants (uvicorn workers, nginx workers)."""
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            todo.extend(int(c) for c in children)
        return pids

    def cpu_by_pid(self) -> dict[int, float]:
        """User + system CPU seconds so far of each process in the tree (threads included)."""
        out = {}
        for pid in self.tree_pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[pid] = (int(fields[11]) + int(fields[12])) / _CLK_TCK  # utime, stime (stat fields 14, 15)
        return out

    def runqueue_wait_s(self) -> float:
        """Seconds the tree's main threads spent runnable but waiting for a CPU (/proc/<pid>/schedstat)."""
        total = 0
        for pid in self.tree_pids():
            try:
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue
        return total / 1e9

    def cpu_seconds(self) -> float:
        return sum(self.cpu_by_pid().values())

    def peak_rss_mb(self) -> dict[int, float]:
        """VmHWM (peak resident set) of each process in the tree, in MB."""
        out = {}
        for pid in self.tree_pids():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        out[pid] = int(line.split()[1]) / 1024
            except OSError:
                pass
        return out


class Procs:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.procs: list[Proc] = []

    def spawn(self, name: str, argv: list[str], env: dict | None = None, pid_file: Path | None = None,
              cwd: Path = ROOT) -> Proc:
        log = self.tmp / f"{name}.log"
        full_env = dict(os.environ)
        full_env.update(env or {})
        with open(log, "wb") as fh:
            popen = subprocess.Popen(argv, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     env=full_env, cwd=cwd, start_new_session=True)
        proc = Proc(name, popen, log, pid_file)
        self.procs.append(proc)
        return proc

    def stop(self, proc: Proc, timeout: float = 5.0) -> None:
        if proc not in self.procs:
            return
        self.procs.remove(proc)
        if proc.pid_file is not None:  # nginx: ask its master by the pid in its pid file
            try:
                os.kill(int(proc.pid_file.read_text().strip()), signal.SIGQUIT)
            except (OSError, ValueError):
                pass
        elif proc.alive():
            _killpg(proc.pid, signal.SIGTERM)
        try:
            proc.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
        _killpg(proc.pid, signal.SIGKILL)  # whatever is left of its group (workers)
        try:
            proc.popen.wait(2)
        except subprocess.TimeoutExpired:
            pass

    def stop_all(self) -> None:
        for proc in list(reversed(self.procs)):
            self.stop(proc)


def _killpg(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def wait_port(proc: Proc, port: int, timeout: float = 15.0) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if not proc.alive():
            raise RuntimeError(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.tail()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                proc.ready_s = time.perf_counter() - proc.started
                return
        except OSError:
            time.sleep(0.01)
    raise RuntimeError(f"{proc.name} did not listen on {port} within {timeout:.0f} s:\n{proc.tail()}")


def wait_http(proc: Proc, url: str, timeout: float = 20.0, status: int = 200) -> float:
    """Poll `url` until it answers `status`; the seconds from spawn to that answer."""
    deadline = time.perf_counter() + timeout
    last = ""
    while time.perf_counter() < deadline:
        if not proc.alive():
            raise RuntimeError(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.tail()}")
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == status:
                    proc.ready_s = time.perf_counter() - proc.started
                    return proc.ready_s
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
            if exc.code == status:
                proc.ready_s = time.perf_counter() - proc.started
                return proc.ready_s
        except OSError as exc:
            last = str(exc)
        time.sleep(0.01)
    raise RuntimeError(f"{proc.name}: {url} not {status} within {timeout:.0f} s ({last}):\n{proc.tail()}")


# ---------------------------------------------------------------- nginx

FIXED_JSON = json.dumps({
    "id": "chatcmpl-bench", "object": "chat.completion", "created": 1700000000, "model": "gpt-bench",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello from the bench upstream."},
                 "logprobs": None, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
}, separators=(",", ":"))

_NGINX_HEAD = """\
worker_processes {workers};
daemon off;
master_process on;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 4096; multi_accept on; }}
http {{
    access_log off;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    keepalive_requests 10000000;
    keepalive_timeout 75s;
    client_max_body_size 0;
    sendfile on;
    tcp_nopush on;
"""


def nginx_upstream_conf(dir: Path, port: int, big_file: Path, workers: int = 1) -> str:
    """Fixed JSON for everything, except GET /v1/files/<id>/content: the sparse big file."""
    body = FIXED_JSON.replace("'", "\\'")
    return _NGINX_HEAD.format(dir=dir, workers=workers) + f"""\
    server {{
        listen 127.0.0.1:{port} backlog=4096 reuseport;
        location ~ ^/v1/files/[^/]+/content$ {{
            root {big_file.parent};
            default_type application/octet-stream;
            rewrite ^ /{big_file.name} break;
        }}
        location / {{
            default_type application/json;
            add_header x-request-id req_bench always;
            add_header openai-processing-ms 1 always;
            return 200 '{body}';
        }}
    }}
}}
"""


def nginx_proxy_conf(dir: Path, routes: dict[int, int], workers: int = 1) -> str:
    """`proxy_pass` per listen port → upstream port, keep-alive upstream, no buffering either way."""
    blocks = []
    for listen, upstream in routes.items():
        blocks.append(f"""\
    upstream up_{listen} {{ server 127.0.0.1:{upstream}; keepalive 64; keepalive_requests 10000000; }}
    server {{
        listen 127.0.0.1:{listen} backlog=4096 reuseport;
        location / {{
            proxy_pass http://up_{listen};
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Authorization "Bearer sk-bench";
            proxy_buffering off;
            proxy_request_buffering off;
            # 256 KiB reads (the relay's aiohttp read_bufsize); nginx's 4-8 KiB defaults halve its big-body rate
            proxy_buffer_size 256k;
            proxy_buffers 8 256k;
            proxy_busy_buffers_size 512k;
            client_body_buffer_size 256k;
            proxy_read_timeout 600s;
            proxy_send_timeout 600s;
        }}
    }}
""")
    return _NGINX_HEAD.format(dir=dir, workers=workers) + "".join(blocks) + "}\n"


def start_nginx(procs: Procs, name: str, conf_text: str, ports: list[int]) -> Proc:
    d = procs.tmp / name
    d.mkdir(parents=True, exist_ok=True)
    conf = d / "nginx.conf"
    conf.write_text(conf_text)
    proc = procs.spawn(name, ["nginx", "-p", str(d), "-c", str(conf), "-e", str(d / "error.log")],
                       pid_file=d / "nginx.pid")
    for port in ports:
        wait_port(proc, port)
    return proc


# ---------------------------------------------------------------- wrk

@dataclass
class WrkResult:
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    requests: int
    errors: int
    raw: dict
    cpu_us: float | None = None  # CPU of the target's processes per request (robust to machine noise)

    def short(self) -> str:
        return f"{self.rps:,.0f} rps, p50 {self.p50_ms:.3f} ms, p99 {self.p99_ms:.2f} ms"


def wrk(url: str, *, conns: int, duration: float, method: str = "POST", body: str = "", auth: str = "",
        threads: int = 1, timeout_s: int = 10) -> WrkResult:
    env = dict(os.environ, BENCH_METHOD=method, BENCH_BODY=body, BENCH_AUTH=auth)
    secs = max(1, round(duration))
    argv = ["wrk", f"-t{threads}", f"-c{conns}", f"-d{secs}s", f"--timeout={timeout_s}s", "--latency",
            "-s", str(LUA), url]
    out = subprocess.run(argv, check=False, env=env, capture_output=True, text=True, timeout=secs + timeout_s + 30)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCHJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result (rc {out.returncode}): {out.stdout[-500:]} {out.stderr[-500:]}")
    d = json.loads(line[len("BENCHJSON "):])
    errors = sum(v for k, v in d.items() if k.startswith("errors_"))
    return WrkResult(rps=d["requests"] / (d["duration_us"] / 1e6), p50_ms=d["p50"] / 1000, p90_ms=d["p90"] / 1000,
                     p99_ms=d["p99"] / 1000, requests=d["requests"], errors=errors, raw=d)


# ---------------------------------------------------------------- curl (big bodies)

def curl_transfer(url: str, *, upload: Path | None = None, auth: str = "", timeout: float = 300) -> dict:
    """Download `url` to /dev/null, or POST the file `upload` to it; bytes, seconds, status."""
    argv = ["curl", "-sS", "-o", "/dev/null", "--max-time", str(int(timeout)), "-H", "Expect:",
            "-w", '{"code":%{http_code},"down":%{size_download},"up":%{size_upload},"t":%{time_total}}']
    if auth:
        argv += ["-H", f"Authorization: Bearer {auth}"]
    if upload is not None:
        argv += ["-X", "POST", "-T", str(upload), "-H", "Content-Type: multipart/form-data; boundary=benchboundary"]
    argv.append(url)
    out = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=timeout + 30)
    try:
        d = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise RuntimeError(f"curl failed: {out.stdout[-300:]} {out.stderr[-300:]}") from None
    nbytes = d["up"] if upload is not None else d["down"]
    return {"code": d["code"], "bytes": int(nbytes), "seconds": d["t"],
            "mbps": nbytes / d["t"] / 1e6 if d["t"] else 0.0}


def make_multipart_file(path: Path, size: int) -> Path:
    """A sparse file of exactly `size` bytes that is a valid multipart/form-data body (zeros inside)."""
    head = (b"--benchboundary\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
            b"--benchboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
            b"Content-Type: application/octet-stream\r\n\r\n")
    tail = b"\r\n--benchboundary--\r\n"
    with open(path, "wb") as f:
        f.write(head)
        f.seek(size - len(tail))
        f.write(tail)
    return path


def warm_file(path: Path) -> None:
    """Read a (sparse) file once so that the page cache holds it before it is timed."""
    buf = bytearray(1 << 20)
    with open(path, "rb") as f:
        while f.readinto(buf):
            pass


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def python() -> str:
    return sys.executable
