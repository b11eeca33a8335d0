"""Hardening and first-run measurements (issues 10 and 11) against the real `relay serve` on loopback.

    python bench/hardening_bench.py [--parts 1,2,3,4,5,6] [--before /tmp/relay-before] [--quick]

Each part starts `relay serve` (one worker, its own connection layer runtime/server.py, a temp data dir,
a full relay key in RELAY_KEYS and an `actions`-only key in RELAY_KEYS_FILE) in front of a loopback fake
upstream (this file, `--upstream`), and prints one line per figure:

1. a 256 MiB request header sent as fast as possible: time to the 431, bytes written, relay CPU; 8 concurrent
   64 MiB headers: the relay's peak RSS.
2. a normal client (200 keyed GET /v1/models, each on a new connection, 50 ms apart): success rate and
   latency with no attack, while 20,000 idle connections are held open (re-opened when the relay closes them),
   and during slowloris (2,000 connections trickling a head one byte a second); attackers are processes of
   this file (`--attack`).
3. peak RSS and status for big validated and unvalidated bodies, a 15 MB `/actions/proxy` envelope and a
   100k-deep nested one.
4. ms from a client hanging up to upstream seeing its connection close while the relay waits for the
   response head, both transports.
5. the replay case: a POST that a reused keep-alive upstream connection read whole and closed on, both
   transports: how many times upstream saw it, and what the client got.
6. start-up to "relay listening on" and to the first /health 200 (median of 5), and the first validated call
   after start against the next 20; with `--before TREE` the same for another checkout (its own `.venv`).

Peak RSS is the relay's VmHWM, reset before each case through /proc/<pid>/clear_refs (and VmRSS sampled
every 5 ms as a check). Every process is started in its own session and ended by its id (bench/harness.py);
every connection is on 127.0.0.0/8; every loop and wait has a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import resource
import select
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness as H  # noqa: E402

FULL_KEY = "rk-bench-full-0123456789"
ACTIONS_KEY = "rk-bench-actions-0123456789"
UPSTREAM_KEY = "sk-bench-upstream"
MiB = 1 << 20
_IP_BIND_ADDRESS_NO_PORT = 24  # Linux: pick the source port at connect(), not bind() (more connections)
_SCRUB = ("RELAY_", "OPENAI_", "PROMETHEUS_", "OTEL_")
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def _out(line: str) -> None:
    print(line, flush=True)


# ================================================================ the fake upstream (a process of its own)

_MODELS = json.dumps({"object": "list", "data": [{"id": "gpt-bench", "object": "model", "created": 0,
                                                  "owned_by": "bench"}]}).encode()
_EMBEDDING = json.dumps({"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
                         "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
_HOLD_MAX = 30.0  # seconds a held request waits for its client before upstream gives up


class _FakeUpstream:
    """Answers every request with small JSON, except (query parameters):
    - `hold=1`: read the request, never answer, record when the relay's side of the connection ends;
    - `close_reused=1`: on a connection's second or later request, read it whole and close without answering.
    `tag=X` records the request under X; `GET /_bench/events?tag=X` (straight to upstream, not through the
    relay) returns those records (monotonic times: CLOCK_MONOTONIC, the same clock in every process here)."""

    def __init__(self):
        self.events: dict[str, list[dict]] = {}
        self.conns = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.conns += 1
        conn = self.conns
        n = 0
        try:
            while True:
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 120)
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, TimeoutError):
                    return
                n += 1
                method, target, headers = _parse_head(head)
                nbytes = await _read_body(reader, headers)
                path, _, query = target.partition("?")
                params = dict(p.partition("=")[::2] for p in query.split("&") if p)
                if path == "/_bench/events":
                    _respond(writer, json.dumps(self.events.get(params.get("tag", ""), [])).encode())
                    await writer.drain()
                    continue
                event = {"t": time.monotonic(), "conn": conn, "n_on_conn": n, "method": method, "bytes": nbytes}
                if "tag" in params:
                    self.events.setdefault(params["tag"], []).append(event)
                if "hold" in params:
                    event["closed"] = await _wait_eof(reader, _HOLD_MAX)
                    return
                if "close_reused" in params and n > 1:
                    event["answer"] = "closed without answering"
                    return
                event["answer"] = 200
                _respond(writer, _MODELS if "/models" in path else _EMBEDDING if "/embeddings" in path
                         else H.FIXED_JSON.encode())
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            return
        finally:
            writer.close()


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    return method, target, headers


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> int:
    """Read and discard the body; its length."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        total = 0
        for _ in range(10_000_000):
            size = int((await asyncio.wait_for(reader.readuntil(b"\r\n"), 60)).split(b";")[0], 16)
            await _skip(reader, size + 2)
            total += size
            if size == 0:
                return total
        raise ConnectionError("too many chunks")
    length = int(headers.get("content-length") or 0)
    await _skip(reader, length)
    return length


async def _skip(reader: asyncio.StreamReader, n: int) -> None:
    while n > 0:
        data = await asyncio.wait_for(reader.read(min(n, MiB)), 60)
        if not data:
            raise ConnectionError("the relay closed mid-body")
        n -= len(data)


async def _wait_eof(reader: asyncio.StreamReader, timeout: float) -> float | None:
    """Monotonic time at which the peer ended the connection, or None if it did not within `timeout`."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            data = await asyncio.wait_for(reader.read(65536), left)
        except TimeoutError:
            return None
        except ConnectionError:
            return time.monotonic()
        if not data:
            return time.monotonic()
    return None


def _respond(writer: asyncio.StreamWriter, body: bytes) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: req_bench\r\n"
                 b"content-length: %d\r\n\r\n%s" % (len(body), body))


async def _serve_upstream(port: int) -> None:
    fake = _FakeUpstream()
    server = await asyncio.start_server(fake.handle, "127.0.0.1", port, limit=4 * MiB, backlog=1024)
    _out(f"fake upstream on 127.0.0.1:{port}")
    async with server:
        await server.serve_forever()


def upstream_events(up_port: int, tag: str) -> list[dict]:
    with urllib.request.urlopen(f"http://127.0.0.1:{up_port}/_bench/events?tag={tag}", timeout=5) as r:
        return json.loads(r.read())


def wait_event(up_port: int, tag: str, field: str = "t", timeout: float = 5.0) -> list[dict]:
    """The upstream's records for `tag` once one of them has `field` (polled every 5 ms); [] on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events = upstream_events(up_port, tag)
        if any(e.get(field) is not None for e in events):
            return events
        time.sleep(0.005)
    return upstream_events(up_port, tag)


# ================================================================ attackers (processes of their own)

async def _attack(kind: str, port: int, conns: int, source: str, seconds: float, stop_file: Path,
                  reopen: bool) -> dict:
    """`conns` connections from `source` until `stop_file` exists or `seconds` pass, each re-opened when the
    relay closes it if `reopen`. idle: send nothing; slowloris: a request head, one byte a second, never
    finished. A slot checks its connection once a second (so a close is seen within about a second)."""
    loop = asyncio.get_running_loop()
    stats = {"kind": kind, "slots": conns, "connected": 0, "connect_failed": 0, "closed_by_relay": 0,
             "open": 0, "peak_open": 0, "answers": {}}
    started = 0
    ready = asyncio.Event()
    stop = asyncio.Event()
    head = b"GET /v1/models HTTP/1.1\r\nHost: relay\r\nX-Slow: " + b"a" * 100_000

    def closed(sock: socket.socket) -> bool:
        try:
            data = sock.recv(65536)
        except BlockingIOError:
            return False
        except OSError:
            return True
        if data.startswith(b"HTTP/1.1 "):
            status = data[9:12].decode("latin-1")
            stats["answers"][status] = stats["answers"].get(status, 0) + 1
        return not data or closed(sock)

    async def slot(i: int) -> None:
        nonlocal started
        first = True
        while not stop.is_set():
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            try:
                sock.setsockopt(socket.SOL_IP, _IP_BIND_ADDRESS_NO_PORT, 1)
                sock.bind((source, 0))
                await asyncio.wait_for(loop.sock_connect(sock, ("127.0.0.1", port)), 5)
            except (OSError, TimeoutError):
                sock.close()
                stats["connect_failed"] += 1
                if first:
                    first, started = False, started + 1
                    if started == conns:
                        ready.set()
                await asyncio.sleep(0.5)
                continue
            stats["connected"] += 1
            stats["open"] += 1
            stats["peak_open"] = max(stats["peak_open"], stats["open"])
            if first:
                first, started = False, started + 1
                if started == conns:
                    ready.set()
            sent = 0
            try:
                await asyncio.sleep((i % 100) / 100)  # spread the per-second work
                while not stop.is_set():
                    if kind == "slowloris":
                        try:
                            sock.send(head[sent:sent + 1])
                            sent += 1
                        except BlockingIOError:
                            pass
                        except OSError:
                            stats["closed_by_relay"] += 1
                            break
                    if closed(sock):
                        stats["closed_by_relay"] += 1
                        break
                    await asyncio.sleep(1.0)
            finally:
                stats["open"] -= 1
                sock.close()
            if not reopen:
                return

    tasks = [asyncio.create_task(slot(i)) for i in range(conns)]
    deadline = loop.time() + seconds
    t0 = loop.time()
    try:
        await asyncio.wait_for(ready.wait(), min(seconds, 60))
    except TimeoutError:
        pass
    ready_stats = {"after_s": round(loop.time() - t0, 2), "open": stats["open"], "connected": stats["connected"],
                   "connect_failed": stats["connect_failed"]}
    _out("READY " + json.dumps(ready_stats))
    before = dict(stats)
    while loop.time() < deadline and not stop_file.exists():
        await asyncio.sleep(0.2)
    stop.set()
    await asyncio.wait(tasks, timeout=10)
    for task in tasks:
        task.cancel()
    stats["during"] = {k: stats[k] - before[k] for k in ("connected", "connect_failed", "closed_by_relay")}
    stats["ready"] = ready_stats
    return stats


def _raise_nofile() -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            pass
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


# ================================================================ the relay

class Relay:
    """`relay serve` (one worker) of a checkout `tree` with its own venv, in front of the fake upstream."""

    def __init__(self, procs: H.Procs, tree: Path, up_port: int, keys_file: Path, name: str,
                 data: Path | None = None, **env):
        self.port = H.free_port()
        data = data or procs.tmp / f"data-{name}"
        data.mkdir(exist_ok=True)
        # the line that says the relay accepts connections: its own start-up line, or uvicorn's (older relays)
        announces = "relay listening on" in (tree / "runtime" / "serve.py").read_text()
        self.ready_line = "relay listening on" if announces else "Application startup complete"
        self.started = time.perf_counter()
        self.proc = procs.spawn(name, [str(tree / ".venv" / "bin" / "relay"), "serve", "--host", "127.0.0.1",
                                       "--port", str(self.port), "--workers", "1"],
                                env={"OPENAI_API_KEY": UPSTREAM_KEY, "OPENAI_BASE_URL": f"http://127.0.0.1:{up_port}/v1",
                                     "RELAY_KEYS": FULL_KEY, "RELAY_KEYS_FILE": str(keys_file),
                                     "RELAY_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1", **env},
                                cwd=procs.tmp)  # no .env of the checkout is read

    def wait_ready(self, timeout: float = 60.0) -> dict[str, float]:
        """Seconds from spawn to the first /health 200 and to the "listening" line of the log."""
        marks: dict[str, float] = {}
        deadline = time.perf_counter() + timeout
        url = f"http://127.0.0.1:{self.port}/health"
        while time.perf_counter() < deadline and len(marks) < 2:
            if not self.proc.alive():
                raise RuntimeError(f"relay exited ({self.proc.popen.returncode}):\n{self.proc.tail()}")
            if "listening" not in marks and self.ready_line in self.proc.log.read_text(errors="replace"):
                marks["listening"] = time.perf_counter() - self.started
            if "health" not in marks:
                try:
                    with urllib.request.urlopen(url, timeout=1) as r:
                        if r.status == 200:
                            marks["health"] = time.perf_counter() - self.started
                except OSError:
                    pass
            time.sleep(0.005)
        if "health" not in marks:
            raise RuntimeError(f"relay: no /health 200 within {timeout:.0f} s:\n{self.proc.tail()}")
        return marks

    @property
    def pid(self) -> int:
        return self.proc.pid

    def cpu(self) -> float:
        """CPU seconds of the relay process so far, all threads, to the nanosecond (/proc/<pid>/task/*/schedstat;
        /proc/<pid>/stat counts in 10 ms ticks)."""
        total = 0
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[0])
            except (OSError, IndexError, ValueError):
                continue
        return total / 1e9

    def rss_mb(self, field: str = "VmRSS") -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def refusals(self) -> dict[str, int]:
        """The relay's connection-layer refusals, summed from its "refused at the connection layer" lines."""
        out: dict[str, int] = {}
        for line in self.proc.log.read_text(errors="replace").splitlines():
            _, found, counts = line.partition("refused at the connection layer in the last 10 s: ")
            for item in counts.split(", ") if found else ():
                reason, _, n = item.rpartition(" ")
                if n.isdigit():
                    out[reason] = out.get(reason, 0) + int(n)
        return out

    @contextmanager
    def open_files(self):
        """Yields a dict that holds, on exit, the fewest and most open files of the relay (sampled 4x a second)."""
        seen: list[int] = []
        done = threading.Event()

        def sample():
            while True:
                try:
                    seen.append(len(os.listdir(f"/proc/{self.pid}/fd")))
                except OSError:
                    return
                if done.wait(0.25):
                    return

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        result: dict[str, int] = {}
        try:
            yield result
        finally:
            done.set()
            thread.join(5)
            result.update(min=min(seen, default=-1), max=max(seen, default=-1))

    @contextmanager
    def peak_rss(self):
        """Yields a dict that holds, on exit, the baseline and the peak RSS (MB) of what ran inside."""
        result: dict[str, float] = {}
        time.sleep(0.2)
        Path(f"/proc/{self.pid}/clear_refs").write_text("5")  # VmHWM := VmRSS
        result["baseline"] = self.rss_mb()
        sampled = [result["baseline"]]
        done = threading.Event()

        def sample():
            while not done.wait(0.005):
                try:
                    sampled.append(self.rss_mb())
                except OSError:
                    return

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        try:
            yield result
        finally:
            time.sleep(0.2)
            done.set()
            thread.join(2)
            result["peak"] = max(self.rss_mb("VmHWM"), max(sampled))


def _keys_file(tmp: Path) -> Path:
    path = tmp / "keys.yaml"
    path.write_text(f"keys:\n  - {{name: bench-actions, key: {ACTIONS_KEY}, scopes: [actions]}}\n")
    return path


def _clean_environment() -> None:
    """The relay must not pick up the caller's relay or upstream settings."""
    for name in list(os.environ):
        if name.startswith(_SCRUB) or name.upper() in _PROXY_VARS:
            del os.environ[name]


# ================================================================ raw clients

def push(port: int, head: bytes, fill: bytes = b"", fill_bytes: int = 0, tail: bytes = b"",
         timeout: float = 120.0) -> dict:
    """Send head + `fill_bytes` of `fill` (repeated) + tail as fast as the socket takes it, while reading the
    answer; stop when everything went, or the relay closed. What was written when the answer's head came,
    in all, and the status."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.setblocking(False)
    total = len(head) + fill_bytes + len(tail)
    view = memoryview(fill) if fill else None
    sent, answer, t0 = 0, b"", time.perf_counter()
    r = {"status": None, "answer_s": None, "sent_at_answer": None, "closed": False}
    try:
        while time.perf_counter() - t0 < timeout:
            writing = sent < total and not r["closed"]
            rd, wr, _ = select.select([sock], [sock] if writing else [], [], 1.0)
            if rd:
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    r["closed"] = True
                answer += data
                if r["status"] is None and b"\r\n\r\n" in answer:
                    r["status"] = int(answer.split(b" ", 2)[1])
                    r["answer_s"] = time.perf_counter() - t0
                    r["sent_at_answer"] = sent
            if r["closed"] or (not writing and r["status"] is not None and _whole(answer)):
                break
            if wr:
                if sent < len(head):
                    chunk = head[sent:]
                elif sent < len(head) + fill_bytes:
                    offset = (sent - len(head)) % len(fill)
                    chunk = view[offset:offset + min(len(fill) - offset, len(head) + fill_bytes - sent)]
                else:
                    chunk = tail[sent - len(head) - fill_bytes:]
                try:
                    sent += sock.send(chunk)
                except BlockingIOError:
                    pass
                except OSError:  # EPIPE / ECONNRESET: the relay closed; read what it answered
                    r["closed"] = True
                    _drain(sock, answer, r, t0, sent)
                    break
    finally:
        sock.close()
    r["sent"] = sent
    r["seconds"] = time.perf_counter() - t0
    r["body"] = answer.partition(b"\r\n\r\n")[2][:300]
    return r


def _whole(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def _drain(sock: socket.socket, answer: bytes, r: dict, t0: float, sent: int) -> None:
    if r["status"] is not None:
        return
    try:
        sock.setblocking(True)
        sock.settimeout(1)
        answer += sock.recv(65536)
    except OSError:
        return
    if b"\r\n\r\n" in answer:
        r["status"] = int(answer.split(b" ", 2)[1])
        r["answer_s"] = time.perf_counter() - t0
        r["sent_at_answer"] = sent


def request(port: int, method: str, path: str, key: str, body: bytes | None = None,
            timeout: float = 30) -> tuple[int, bytes, float]:
    """One call on a new connection: status, body, seconds."""
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Authorization": f"Bearer {key}"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, data, time.perf_counter() - t0
    finally:
        conn.close()


async def _normal_client(port: int, calls: int, interval: float, timeout: float) -> list[tuple[int | None, float]]:
    """`calls` keyed GET /v1/models, one started every `interval` s, each on a new connection: (status, s)."""
    loop = asyncio.get_running_loop()
    req = (f"GET /v1/models HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer {FULL_KEY}\r\n"
           "Connection: close\r\n\r\n").encode()
    t0 = loop.time()

    async def one(i: int) -> tuple[int | None, float]:
        await asyncio.sleep(max(0.0, t0 + i * interval - loop.time()))
        start = loop.time()
        writer = None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(req)
                data = await reader.read(-1)
            status = int(data[9:12]) if data.startswith(b"HTTP/1.1 ") else None
        except (OSError, TimeoutError, ValueError):
            status = None
        finally:
            if writer is not None:
                writer.close()
        return status, loop.time() - start

    return await asyncio.gather(*(one(i) for i in range(calls)))


def normal_client(port: int, calls: int, interval: float = 0.05, timeout: float = 10.0) -> str:
    results = asyncio.run(_normal_client(port, calls, interval, timeout))
    ok = sorted(s for status, s in results if status == 200)
    others: dict[str, int] = {}
    for status, _ in results:
        if status != 200:
            others[str(status or "no answer")] = others.get(str(status or "no answer"), 0) + 1
    line = f"{len(ok)}/{calls} answered 200"
    if ok:
        line += (f", latency p50 {_pct(ok, 50) * 1000:.1f} ms, p99 {_pct(ok, 99) * 1000:.1f} ms, "
                 f"max {ok[-1] * 1000:.1f} ms")
    if others:
        line += ", others: " + ", ".join(f"{k} x{v}" for k, v in sorted(others.items()))
    return line


def _pct(sorted_values: list[float], p: float) -> float:
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def _mb(x: float) -> str:
    return f"{x:,.0f} MB"


# ================================================================ the parts

class Bench:
    def __init__(self, args, tmp: Path):
        self.args = args
        self.tmp = tmp
        self.procs = H.Procs(tmp)
        self.keys_file = _keys_file(tmp)
        self.up_port = H.free_port()
        self.n = 0

    def start_upstream(self) -> None:
        p = self.procs.spawn("upstream", [H.python(), __file__, "--upstream", str(self.up_port)])
        H.wait_port(p, self.up_port)

    def relay(self, tree: Path | None = None, **env) -> Relay:
        self.n += 1
        relay = Relay(self.procs, tree or H.ROOT, self.up_port, self.keys_file, f"relay-{self.n}", **env)
        relay.marks = relay.wait_ready()
        return relay

    def stop(self, relay: Relay) -> None:
        self.procs.stop(relay.proc)

    # ------------------------------------------------------------ 1. huge request heads

    def part1(self) -> None:
        _out(f"\n== 1. huge request heads ({_load()})")
        relay = self.relay()
        head = b"GET /v1/models HTTP/1.1\r\nHost: relay\r\nX-Big: "
        fill = b"a" * MiB
        size = self.args.header_mib * MiB
        cpu0 = relay.cpu()
        r = push(relay.port, head, fill, size - len(head), timeout=300)
        time.sleep(0.3)
        cpu = relay.cpu() - cpu0
        _out(f"1a one {self.args.header_mib} MiB header: HTTP {r['status']} after {_ms(r['answer_s'])}; the client had "
             f"written {r['sent_at_answer'] or 0:,} bytes when it came and {r['sent']:,} in all before the relay "
             f"closed ({'closed' if r['closed'] else 'not closed'} after {r['seconds'] * 1000:.1f} ms); relay CPU "
             f"{cpu * 1000:.1f} ms")
        n, each = 8, self.args.header_mib // 4 * MiB
        results: list[dict] = []
        with relay.peak_rss() as rss:
            threads = [threading.Thread(target=lambda: results.append(push(relay.port, head, fill, each - len(head),
                                                                            timeout=300)))
                       for _ in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(320)
        statuses = _counts(r["status"] for r in results)
        _out(f"1b {n} concurrent {each // MiB} MiB headers: {statuses}, slowest answer "
             f"{_ms(max((x['answer_s'] or 0) for x in results))}, at most {max(x['sent'] for x in results):,} bytes "
             f"written by one client; relay peak RSS {_mb(rss['peak'])} (before {_mb(rss['baseline'])})")
        self.stop(relay)

    # ------------------------------------------------------------ 2. a normal client under connection floods

    def part2(self) -> None:
        _out(f"\n== 2. a normal client ({self.args.calls} GET /v1/models, new connection each, 50 ms apart) "
             f"({_load()})")
        relay = self.relay()
        _out(f"2a no attack: {normal_client(relay.port, self.args.calls)} ({_load()})")
        self.stop(relay)
        per = self.args.idle // self.args.idle_procs
        plans = [("2b", f"{self.args.idle:,} idle connections opened once (not re-opened when closed)", "idle",
                  [per] * self.args.idle_procs, 0.0, False),
                 ("2c", f"{self.args.idle:,} idle connections held (each re-opened when the relay closes it)", "idle",
                  [per] * self.args.idle_procs, 0.0, True),
                 ("2d", f"slowloris, {self.args.slowloris:,} connections each sending one head byte a second "
                        f"(re-opened when closed; the client starts {self.args.slowloris_lead:g} s in)", "slowloris",
                  [self.args.slowloris], self.args.slowloris_lead, True)]
        for label, what, kind, slots, lead, reopen in plans:
            relay = self.relay()
            line, stats = self._under_attack(relay, kind, slots, lead, reopen)
            _out(f"{label} {what}: {line}")
            _out(f"   {stats}")
            self.stop(relay)

    def _under_attack(self, relay: Relay, kind: str, slots: list[int], lead: float, reopen: bool) -> tuple[str, str]:
        stop_file = self.tmp / f"stop-{kind}"
        attackers = []
        budget = 90 + lead + self.args.calls * 0.05 + 10
        for i, n in enumerate(slots):
            attackers.append(self.procs.spawn(
                f"attack-{kind}-{i}", [H.python(), __file__, "--attack", kind, "--port", str(relay.port),
                                       "--conns", str(n), "--source", f"127.0.0.{2 + i}", "--seconds", str(budget),
                                       "--stop-file", str(stop_file)] + ([] if reopen else ["--once"])))
        ready = [_wait_line(a, "READY ", 75) for a in attackers]
        opened = sum(r.get("open", 0) for r in ready if r)
        if lead:
            time.sleep(lead)
        cpu0 = relay.cpu()
        t0 = time.perf_counter()
        with relay.open_files() as fds:
            line = normal_client(relay.port, self.args.calls)
        busy = (relay.cpu() - cpu0) / (time.perf_counter() - t0)
        stop_file.touch()
        done = [_wait_line(a, "DONE ", 30) for a in attackers]
        for a in attackers:
            self.procs.stop(a)
        stop_file.unlink(missing_ok=True)
        summary = {"relay open files during the client's run (min-max)": f"{fds['min']}-{fds['max']}",
                   "relay's own refusal counts (whole attack)": relay.refusals(),
                   "attackers' connections open when the client started": opened,
                   "peak open (attacker's view)": sum(d.get("peak_open", 0) for d in done if d),
                   "connects in all": sum(d["connected"] for d in done if d),
                   "failed connects in all": sum(d["connect_failed"] for d in done if d),
                   "connects during the client's run": sum(d["during"]["connected"] for d in done if d),
                   "closed by the relay then": sum(d["during"]["closed_by_relay"] for d in done if d),
                   "failed connects then": sum(d["during"]["connect_failed"] for d in done if d),
                   "relay answers seen": _merge(d.get("answers", {}) for d in done if d),
                   "seconds to open": max((r or {}).get("after_s", 0) for r in ready)}
        return f"{line}; relay CPU {busy:.2f} cores meanwhile ({_load()})", json.dumps(summary)

    # ------------------------------------------------------------ 3. big bodies

    def part3(self) -> None:
        _out(f"\n== 3. big JSON bodies: status and the relay's peak RSS ({_load()})")
        relay = self.relay()
        body_mb = self.args.body_mb
        cases = [
            ("3a", f"{body_mb} MB embeddings body, actions-only key (validated)", "/v1/embeddings", ACTIONS_KEY,
             b'{"model":"m","input":[', body_mb * 1_000_000, b"1]}"),
            ("3b", f"{body_mb} MB embeddings body, full key (streamed, not validated)", "/v1/embeddings", FULL_KEY,
             b'{"model":"m","input":[', body_mb * 1_000_000, b"1]}"),
            ("3c", f"{self.args.envelope_mb} MB /actions/proxy envelope, actions key", "/actions/proxy", ACTIONS_KEY,
             b'{"method":"POST","path":"/v1/embeddings","body":{"model":"m","input":[', self.args.envelope_mb * 1_000_000,
             b"1]}}"),
        ]
        for label, what, path, key, prefix, size, suffix in cases:
            fill_bytes = size - len(prefix) - len(suffix)
            fill_bytes -= fill_bytes % 2  # whole "1," pairs
            r = self._post_json(relay, path, key, prefix, fill_bytes, suffix)
            _out(f"{label} {what}: {r}")
        depth = self.args.depth
        nested = (b'{"method":"POST","path":"/v1/embeddings","body":{"model":"m","input":' + b"[" * depth
                  + b"]" * depth + b"}}")
        r = self._post_json(relay, "/actions/proxy", ACTIONS_KEY, nested, 0, b"")
        _out(f"3d {depth:,}-deep nested /actions/proxy envelope ({len(nested):,} bytes), actions key: {r}")
        self.stop(relay)

    def _post_json(self, relay: Relay, path: str, key: str, prefix: bytes, fill_bytes: int, suffix: bytes) -> str:
        length = len(prefix) + fill_bytes + len(suffix)
        head = (f"POST {path} HTTP/1.1\r\nHost: relay\r\nAuthorization: Bearer {key}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n").encode()
        with relay.peak_rss() as rss:
            r = push(relay.port, head + prefix, b"1," * (MiB // 2), fill_bytes, suffix, timeout=300)
        code = ""
        try:
            code = json.loads(r["body"])["error"]["code"] or ""
        except (ValueError, KeyError, TypeError):
            code = "not an error envelope" if r["status"] and r["status"] >= 400 else ""
        return (f"HTTP {r['status']}{' ' + code if code else ''} after {_ms(r['answer_s'])} "
                f"({r['sent_at_answer'] or 0:,} of {len(head) + length:,} bytes written by then); relay peak RSS "
                f"{_mb(rss['peak'])} (before {_mb(rss['baseline'])})")

    # ------------------------------------------------------------ 4 and 5. upstream cancellation and replay

    def part45(self) -> None:
        for transport in ("h1", "aiohttp"):
            relay = self.relay(RELAY_UPSTREAM_CLIENT=transport)
            if "4" in self.args.parts:
                self._hang_ups(relay, transport)
            if "5" in self.args.parts:
                self._replay(relay, transport)
            self.stop(relay)

    def _hang_ups(self, relay: Relay, transport: str) -> None:
        gaps, missing = [], 0
        body = json.dumps({"model": "gpt-bench", "messages": [{"role": "user", "content": "hi"}]}).encode()
        for i in range(self.args.tries):
            tag = f"hang-{transport}-{i}"
            sock = socket.create_connection(("127.0.0.1", relay.port), timeout=5)
            sock.sendall(f"POST /v1/chat/completions?hold=1&tag={tag} HTTP/1.1\r\nHost: relay\r\n"
                         f"Authorization: Bearer {FULL_KEY}\r\nContent-Type: application/json\r\n"
                         f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            if not wait_event(self.up_port, tag, "t", 5):
                sock.close()
                missing += 1
                continue
            time.sleep(0.05)  # the relay is parked waiting for upstream's response head
            hung_up = time.monotonic()
            sock.close()
            events = wait_event(self.up_port, tag, "closed", 3)
            closed = next((e["closed"] for e in events if e.get("closed") is not None), None)
            if closed is None:
                missing += 1
            else:
                gaps.append((closed - hung_up) * 1000)
        if gaps:
            _out(f"4 {transport}: client hang-up to upstream close, {len(gaps)} of {self.args.tries} tries: median "
                 f"{statistics.median(gaps):.1f} ms, max {max(gaps):.1f} ms"
                 + (f"; {missing} without a close within 3 s" if missing else "") + f" ({_load()})")
        else:
            _out(f"4 {transport}: upstream saw no close within 3 s in any of {self.args.tries} tries")

    def _replay(self, relay: Relay, transport: str) -> None:
        rows = []
        for i in range(self.args.replay_tries):
            warm = f"warm-{transport}-{i}"
            tag = f"replay-{transport}-{i}"
            status, _, _ = request(relay.port, "GET", f"/v1/models?tag={warm}", FULL_KEY)  # a kept-alive connection
            warm_conn = next((e["conn"] for e in upstream_events(self.up_port, warm)), None)
            status, body, secs = request(relay.port, "POST", f"/v1/chat/completions?close_reused=1&tag={tag}", FULL_KEY,
                                         b'{"model":"gpt-bench","messages":[]}')
            events = upstream_events(self.up_port, tag)
            reused = bool(events) and events[0]["n_on_conn"] > 1
            try:
                code = json.loads(body)["error"]["code"]
            except (ValueError, KeyError, TypeError):
                code = ""
            rows.append(f"upstream saw the POST {len(events)}x (first on a reused connection: "
                        f"{'yes' if reused else 'no'}{', the warm-up GET one' if events and events[0]['conn'] == warm_conn else ''}), "
                        f"client got HTTP {status}{' ' + code if code else ''} in {secs * 1000:.1f} ms")
        for row in rows:
            _out(f"5 {transport}: {row}")

    # ------------------------------------------------------------ 6. start-up and the first validated call

    def part6(self) -> None:
        trees = [("this checkout", H.ROOT)]
        if self.args.before:
            trees.append((f"before ({_git_head(self.args.before)})", self.args.before))
        body = json.dumps({"model": "text-embedding-3-small", "input": "hello"}).encode()
        for label, tree in trees:
            data = self.tmp / f"data-startups-{len(label)}-{tree.name}"
            health, listening, first, rest, statuses = [], [], [], [], []
            fresh = None
            ready_line = ""
            for i in range(self.args.starts + 1):  # the first start creates the data dir and database: apart
                self.n += 1
                relay = Relay(self.procs, tree, self.up_port, self.keys_file, f"relay-{self.n}", data=data)
                ready_line = relay.ready_line
                try:
                    marks = relay.wait_ready()
                    calls = [request(relay.port, "POST", "/v1/embeddings", ACTIONS_KEY, body) for _ in range(21)]
                finally:
                    self.stop(relay)
                statuses += [c[0] for c in calls]
                if i == 0:
                    fresh = marks
                    continue
                health.append(marks["health"])
                if "listening" in marks:
                    listening.append(marks["listening"])
                first.append(calls[0][2])
                rest.append(statistics.median(c[2] for c in calls[1:]))
            listen = f"{statistics.median(listening):.2f} s" if listening else "n/a"
            _out(f"6 {label}: spawn to \"{ready_line}\" {listen}, to the first /health 200 "
                 f"{statistics.median(health):.2f} s (median of {len(health)} restarts, "
                 f"{min(health):.2f}-{max(health):.2f}); the first start, with a new data dir: "
                 f"{fresh.get('listening', float('nan')):.2f} / {fresh['health']:.2f} s ({_load()})")
            _out(f"6 {label}: first validated call after start (POST /v1/embeddings, actions-only key) "
                 f"{statistics.median(first) * 1000:.1f} ms (median of {len(first)} restarts, "
                 f"{min(first) * 1000:.1f}-{max(first) * 1000:.1f}); the next 20 calls' median "
                 f"{statistics.median(rest) * 1000:.1f} ms; statuses {_counts(statuses)}")


def _git_head(tree: Path) -> str:
    import subprocess
    out = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                         timeout=10, check=False)
    return out.stdout.strip() or str(tree)


def _wait_line(proc: H.Proc, prefix: str, timeout: float) -> dict | None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for line in proc.log.read_text(errors="replace").splitlines():
            if line.startswith(prefix):
                return json.loads(line[len(prefix):])
        if not proc.alive():
            break
        time.sleep(0.1)
    _out(f"  ! {proc.name}: no {prefix.strip()} line within {timeout:.0f} s:\n{proc.tail(5)}")
    return None


def _counts(values) -> str:
    out: dict[str, int] = {}
    for v in values:
        out[str(v)] = out.get(str(v), 0) + 1
    return ", ".join(f"{k} x{n}" for k, n in sorted(out.items()))


def _merge(dicts) -> dict:
    out: dict[str, int] = {}
    for d in dicts:
        for k, v in d.items():
            out[k] = out.get(k, 0) + v
    return out


def _ms(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds * 1000:.1f} ms"


# ================================================================ main

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--parts", default="1,2,3,4,5,6", help="comma list of 1-6")
    p.add_argument("--before", type=Path, help="another checkout (with .venv) to compare in part 6")
    p.add_argument("--quick", action="store_true", help="small sizes and counts: a smoke run of every part")
    p.add_argument("--header-mib", type=int, default=256)
    p.add_argument("--calls", type=int, default=200)
    p.add_argument("--idle", type=int, default=20_000)
    p.add_argument("--idle-procs", type=int, default=2)
    p.add_argument("--slowloris", type=int, default=2_000)
    p.add_argument("--slowloris-lead", type=float, default=12.0,
                   help="seconds of slowloris before the client starts (so its run spans the 20 s head timeout)")
    p.add_argument("--body-mb", type=int, default=24)
    p.add_argument("--envelope-mb", type=int, default=15)
    p.add_argument("--depth", type=int, default=100_000)
    p.add_argument("--tries", type=int, default=20)
    p.add_argument("--replay-tries", type=int, default=3)
    p.add_argument("--starts", type=int, default=5)
    # the helper processes
    p.add_argument("--upstream", type=int, help=argparse.SUPPRESS)
    p.add_argument("--attack", choices=["idle", "slowloris"], help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    p.add_argument("--conns", type=int, help=argparse.SUPPRESS)
    p.add_argument("--source", default="127.0.0.2", help=argparse.SUPPRESS)
    p.add_argument("--seconds", type=float, default=60, help=argparse.SUPPRESS)
    p.add_argument("--stop-file", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.upstream:
        _run(_serve_upstream(args.upstream))
        return 0
    if args.attack:
        _raise_nofile()
        stats = _run(_attack(args.attack, args.port, args.conns, args.source, args.seconds, args.stop_file,
                             not args.once))
        _out("DONE " + json.dumps(stats))
        return 0
    if args.quick:
        args.header_mib, args.calls, args.idle, args.slowloris, args.slowloris_lead = 16, 20, 2_000, 200, 0.0
        args.body_mb, args.envelope_mb, args.tries, args.starts = 3, 2, 5, 2
    args.parts = set(args.parts.split(","))
    _clean_environment()
    nofile = _raise_nofile()
    tmp = Path(tempfile.mkdtemp(prefix="relay-hbench-"))
    _out(f"hardening bench: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}, {os.cpu_count()} CPUs, {_load()}, "
         f"open-files limit {nofile}, logs in {tmp}")
    b = Bench(args, tmp)
    failed = False
    try:
        b.start_upstream()
        steps = [("1", b.part1), ("2", b.part2), ("3", b.part3), ("45", b.part45), ("6", b.part6)]
        for parts, step in steps:
            if not args.parts & set(parts):
                continue
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - one broken part must not hide the others
                import traceback
                traceback.print_exc()
                _out(f"part {parts}: failed: {exc}")
                failed = True
    finally:
        b.procs.stop_all()
    _out(f"\nhardening bench finished; {_load()}")
    if not failed:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


def _run(coro):
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


if __name__ == "__main__":
    sys.exit(main())
