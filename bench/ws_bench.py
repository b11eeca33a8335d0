"""WebSocket relay benchmark: added round-trip latency per message and messages/s, relay vs direct.

Three processes on loopback: a local echo upstream (`websockets` server), the relay (`runtime.websocket.
WebSocketRelay` served by uvicorn, as `relay serve` would), and this client. For each message size it
measures, on one connection each way:

- latency: N sequential round trips (send one message, wait for its echo), median and p99 in µs;
- throughput: M messages pipelined (a sender and a receiver task at once), echoed messages per second;

first straight at the echo server ("direct"), then through the relay, and prints both and the difference.

    python bench/ws_bench.py                      # defaults: 2,000 round trips, 20,000 pipelined, 100 B + 16 KiB
    python bench/ws_bench.py --sizes 100 --round-trips 5000 --pipelined 50000 --compression none
    python bench/ws_bench.py --app                # through generated.app:create_app, as `relay serve` runs it
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELAY_KEY = "rk-bench"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- child processes ------------------------------------------------------------------------------------
def serve_echo(port: int, compression: str) -> None:
    from websockets.asyncio.server import serve

    async def echo(ws):
        async for message in ws:
            await ws.send(message)

    async def main():
        async with serve(echo, "127.0.0.1", port, max_size=None,
                         compression=None if compression == "none" else "deflate"):
            await asyncio.Future()

    _run(main())


def serve_relay(port: int, upstream_port: int, compression: str, whole_app: bool) -> None:
    sys.path.insert(0, ROOT)
    import uvicorn

    from runtime.config import Settings
    from runtime.keys.ring import KeyRing
    from runtime.websocket import WebSocketRelay

    settings = Settings(_env_file=None, OPENAI_API_KEY="sk-bench-upstream", RELAY_KEYS=RELAY_KEY,
                        OPENAI_BASE_URL=f"http://127.0.0.1:{upstream_port}/v1")
    WebSocketRelay.upstream_compression = None if compression == "none" else "deflate"
    if whole_app:  # the full relay app (generated routes + runtime front), as `relay serve` runs it
        from generated.app import create_app
        app, lifespan = create_app(settings), "on"
    else:
        app, lifespan = WebSocketRelay(settings, KeyRing.from_settings(settings)), "off"
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", lifespan=lifespan,
                ws="websockets-sansio", ws_per_message_deflate=compression != "none", access_log=False)


def _run(coro):
    try:
        import uvloop
        uvloop.run(coro)
    except ImportError:
        asyncio.run(coro)


# ---- measurements ---------------------------------------------------------------------------------------
async def _latency(url: str, headers: dict, message, n: int, compression) -> list[float]:
    from websockets.asyncio.client import connect
    async with connect(url, additional_headers=headers, max_size=None, compression=compression) as ws:
        for _ in range(min(200, n)):  # warm-up
            await ws.send(message)
            await ws.recv()
        samples = []
        clock = time.perf_counter
        for _ in range(n):
            t0 = clock()
            await ws.send(message)
            await ws.recv()
            samples.append(clock() - t0)
    return samples


async def _throughput(url: str, headers: dict, message, m: int, compression) -> float:
    from websockets.asyncio.client import connect
    async with connect(url, additional_headers=headers, max_size=None, compression=compression) as ws:
        async def sender():
            for _ in range(m):
                await ws.send(message)

        t0 = time.perf_counter()
        task = asyncio.create_task(sender())
        for _ in range(m):
            await ws.recv()
        await task
        return m / (time.perf_counter() - t0)


async def _wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise RuntimeError(f"nothing listening on port {port} after {timeout}s")


async def bench(args) -> None:
    echo_port, relay_port = _free_port(), _free_port()
    me = os.path.abspath(__file__)
    procs = [
        subprocess.Popen([sys.executable, me, "--child", "echo", str(echo_port), "0", args.compression]),
        subprocess.Popen([sys.executable, me, "--child", "relay", str(relay_port), str(echo_port), args.compression,
                          "app" if args.app else "relay"]),
    ]
    try:
        await _wait_port(echo_port)
        await _wait_port(relay_port)
        compression = None if args.compression == "none" else "deflate"
        direct = (f"ws://127.0.0.1:{echo_port}/v1/realtime?model=bench", {})
        relayed = (f"ws://127.0.0.1:{relay_port}/v1/realtime?model=bench", {"Authorization": f"Bearer {RELAY_KEY}"})
        print(f"# ws_bench: {args.round_trips} sequential round trips, {args.pipelined} pipelined messages; "
              f"compression={args.compression}; {'whole app' if args.app else 'WebSocketRelay'}; cpus={os.cpu_count()}; load={os.getloadavg()[0]:.2f}")
        print(f"{'size':>7} {'path':>7} {'p50 µs':>8} {'p99 µs':>8} {'msgs/s':>9}")
        for size in args.sizes:
            text = ('{"type":"input_audio_buffer.append","audio":"' + "A" * max(0, size - 50) + '"}')[:max(size, 2)]
            message = text if size < 1024 else os.urandom(size)
            results = {}
            for name, (url, headers) in (("direct", direct), ("relay", relayed)):
                lat = await _latency(url, headers, message, args.round_trips, compression)
                rate = await _throughput(url, headers, message, args.pipelined, compression)
                lat.sort()
                p50, p99 = statistics.median(lat) * 1e6, lat[int(len(lat) * 0.99) - 1] * 1e6
                results[name] = (p50, p99, rate)
                kind = "text" if isinstance(message, str) else "binary"
                print(f"{size:>6}B {name:>7} {p50:>8.0f} {p99:>8.0f} {rate:>9.0f}   ({kind})", flush=True)
            (d50, d99, drate), (r50, r99, rrate) = results["direct"], results["relay"]
            print(f"{size:>6}B {'added':>7} {r50 - d50:>8.0f} {r99 - d99:>8.0f} {rrate / drate:>8.0%} of direct")
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, port, other, compression = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
        if kind == "echo":
            serve_echo(port, compression)
        else:
            serve_relay(port, other, compression, sys.argv[6] == "app")
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--round-trips", type=int, default=2000)
    parser.add_argument("--pipelined", type=int, default=20000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 16384])
    parser.add_argument("--compression", choices=["deflate", "none"], default="deflate",
                        help="permessage-deflate on every hop (the libraries' default) or off")
    parser.add_argument("--app", action="store_true",
                        help="serve the whole relay app (generated.app:create_app) rather than WebSocketRelay alone")
    _run(bench(parser.parse_args()))


if __name__ == "__main__":
    main()
