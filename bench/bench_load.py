"""API load with a stalled reader (docs/RELIABILITY.md): `tacitus serve` in its own process on a synthetic
store of 10,000 events, one client that opens a big ``/export`` and stops reading, then ``--clients``
concurrent clients mixing ``/events``, ``/map``, ``/timeline``, ``/export`` and ``/health`` for a bounded
number of requests and seconds; a separate prober times ``/health`` every 100 ms throughout.

    python bench/bench_load.py [--events 10000] [--clients 200] [--requests 4000] [--seconds 120]

Loopback only (127.0.0.1); stops by itself. Prints JSON lines and a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tacitus.api.synthetic import build_store, synthetic

MIX = [  # (weight, path)
    (5, "/events?limit=100"),
    (2, "/events?limit=100&root=19"),
    (2, "/map"),
    (2, "/timeline"),
    (1, "/export?format=jsonl&limit=200"),
    (1, "/health"),
]


PROBER = """
import sys, time, signal, httpx
base, seconds = sys.argv[1], float(sys.argv[2])
signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
stop = time.monotonic() + seconds
with httpx.Client(base_url=base, timeout=30) as c:
    while time.monotonic() < stop:
        t0 = time.perf_counter()
        if c.get("/health").status_code == 200:
            print(round((time.perf_counter() - t0) * 1000, 2), flush=True)
        time.sleep(0.1)
"""


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def stalled_reader(port: int) -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET /export?format=json HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
    sock.recv(1024)  # the answer has started; from now on nothing is read
    return sock


async def load(base: str, clients: int, requests: int, seconds: float) -> tuple[dict, list[float]]:
    paths = [p for w, p in MIX for _ in range(w)]
    rng = random.Random(14)
    todo = [rng.choice(paths) for _ in range(requests)]
    lat: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    health: list[float] = []
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker() -> None:
            while todo and time.monotonic() < stop:
                path = todo.pop()
                key = path.split("?")[0] + ("?root" if "root=" in path else "")
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    lat.setdefault(key, []).append((time.perf_counter() - t0) * 1000)
                else:
                    errors[key] = errors.get(key, 0) + 1

        # the /health prober is a process of its own: the 200 clients' event loop would delay its timings
        probe = subprocess.Popen([sys.executable, "-c", PROBER, base, str(seconds)], stdout=subprocess.PIPE,
                                 text=True)
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
        probe.terminate()
        health += [float(x) for x in probe.communicate()[0].split()]
    out = {k: {"n": len(v), "p50_ms": round(percentile(v, 50), 1), "p99_ms": round(percentile(v, 99), 1),
               "errors": errors.get(k, 0)} for k, v in sorted(lat.items())}
    out["_total"] = {"requests": sum(len(v) for v in lat.values()), "errors": sum(errors.values()),
                     "seconds": round(elapsed, 1), "unfinished": len(todo)}
    return out, health


WRK_MIX = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def run_wrk(base: str, clients: int, seconds: float, folder: Path, gzip: bool = False) -> dict:
    """Two wrk runs at once (C, little CPU of its own): the mix on ``clients - 20`` connections and
    ``/events?limit=100`` alone on 20, so its latency is measured under the whole load. ``gzip``: the
    clients send ``Accept-Encoding: gzip``, as browsers do."""
    import re
    import shutil

    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk), or run without --wrk")
    script = folder / "mix.lua"
    paths = [p for w, p in MIX for _ in range(w)]
    script.write_text(WRK_MIX % ", ".join(f'"{p}"' for p in paths))
    common = ["wrk", "--latency", "--timeout", "10s", "-d", f"{int(seconds)}s", "-t", "1"]
    if gzip:
        common += ["-H", "Accept-Encoding: gzip"]
    pipe = {"stdout": subprocess.PIPE, "text": True}
    mix = subprocess.Popen([*common, "-c", str(clients - 20), "-s", str(script), base], **pipe)
    events = subprocess.Popen([*common, "-c", "20", base + "/events?limit=100"], **pipe)
    out = {}
    for name, proc in (("mix", mix), ("/events?limit=100", events)):
        text = proc.communicate(timeout=seconds + 60)[0]

        def ms(p: str, text: str = text) -> float:
            m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", text, re.M)
            if not m:
                return float("nan")
            return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]

        n = re.search(r"(\d+) requests in", text)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
        sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
        errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)
        out[name] = {"n": int(n.group(1)) if n else 0, "p50_ms": round(ms("50"), 1),
                     "p99_ms": round(ms("99"), 1), "errors": errors}
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--events", type=int, default=10_000)
    p.add_argument("--clients", type=int, default=200)
    p.add_argument("--requests", type=int, default=4000)
    p.add_argument("--seconds", type=float, default=120)
    p.add_argument("--wrk", action="store_true", help="generate the load with wrk (C) instead of httpx")
    p.add_argument("--gzip", action="store_true", help="wrk clients accept gzip, as browsers do")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        build_store(db, synthetic(args.events))
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "tacitus.cli.main", "serve", "--db", str(db), "--port", str(port)],
            stderr=subprocess.DEVNULL, env={**os.environ, "HF_HUB_OFFLINE": "1"})
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("server did not start")
                time.sleep(0.2)
            httpx.get(base + "/events?limit=1", timeout=30)  # warm the event view
            reader = stalled_reader(port)
            time.sleep(1)
            if args.wrk:
                probe = subprocess.Popen([sys.executable, "-c", PROBER, base, str(args.seconds)],
                                         stdout=subprocess.PIPE, text=True)
                results = run_wrk(base, args.clients, args.seconds, Path(tmp), gzip=args.gzip)
                probe.terminate()
                health = [float(x) for x in probe.communicate()[0].split()]
            else:
                results, health = asyncio.run(load(base, args.clients, args.requests, args.seconds))
            still = httpx.get(base + "/health", timeout=5).status_code
            reader.close()
            results["_health_probe"] = {"n": len(health), "p50_ms": round(percentile(health, 50), 1),
                                        "p99_ms": round(percentile(health, 99), 1),
                                        "max_ms": round(max(health, default=float("nan")), 1)}
            results["_server"] = {"peak_rss_mb": round(peak_rss_mb(server.pid), 1), "health_after": still}
        finally:
            server.terminate()
            server.wait(timeout=30)
    for k, v in results.items():
        print(json.dumps({"route": k, **v}))
    tool = ("wrk, Accept-Encoding: gzip" if args.gzip else "wrk") if args.wrk else "httpx"
    print(f"\n{args.events} events, {args.clients} concurrent clients ({tool}), one stalled /export reader\n")
    print("| route | requests | errors | p50 ms | p99 ms |")
    print("| --- | --- | --- | --- | --- |")
    for k, v in results.items():
        if not k.startswith("_"):
            print(f"| {k} | {v['n']} | {v['errors']} | {v['p50_ms']} | {v['p99_ms']} |")
    h = results["_health_probe"]
    print(f"| /health (prober, every 100 ms) | {h['n']} | - | {h['p50_ms']} |"
          f" {h['p99_ms']} (max {h['max_ms']}) |")


if __name__ == "__main__":
    main()
