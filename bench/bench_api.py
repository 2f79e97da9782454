"""API and UI speed on a synthetic store of 10 000 events (loopback only; stops by itself).

    python bench/bench_api.py [--events 10000] [--requests 2000] [--concurrency 100]

1. page load: headless Chromium (Debian's package) loads the dashboard until every view has rendered
   (``body[data-ready=1]``), wall time of the whole browser run, best and median of 3;
2. ``GET /events`` (and the other view endpoints) under ``--concurrency`` concurrent clients: a bounded
   number of requests with httpx, p50/p99 latency and throughput.

Prints a Markdown table for docs/WEB.md.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from tacitus.api import create_app
from tacitus.api.synthetic import build_store, synthetic
from tacitus.web.browser import LoopbackServer, dump_dom, find_chromium


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def load(url: str, n_requests: int, concurrency: int, deadline_s: float = 120) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n_requests):
        queue.put_nowait(i)
    stop = time.monotonic() + deadline_s
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=120) as client:

        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < stop:
                try:
                    queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    r = await client.get(url)
                except httpx.HTTPError:
                    errors += 1
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return {
        "n": len(latencies),
        "errors": errors,
        "p50": percentile(latencies, 50),
        "p99": percentile(latencies, 99),
        "rps": len(latencies) / wall,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=10_000)
    p.add_argument("--requests", type=int, default=2000)
    p.add_argument("--concurrency", type=int, default=100)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        build_store(db, synthetic(args.events))
        print(f"store: {args.events} events built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        app = create_app(db)
        rows = []
        with LoopbackServer(app) as server:
            if find_chromium():
                times = []
                for _ in range(3):
                    dom = dump_dom(server.url, budget_ms=10000)
                    assert 'data-ready="1"' in dom, "page did not finish rendering"
                    # navigation start → all views rendered, measured by the page (performance.now())
                    times.append(int(re.search(r'data-load-ms="(\d+)"', dom).group(1)) / 1000)
                n_points = dom.count('class="event-point"')
                rows.append(
                    f"| page load to every view rendered, {args.events} events ({n_points} map points,"
                    f" headless Chromium) | best {min(times):.2f} s, median {statistics.median(times):.2f} s"
                    " |"
                )
                print(rows[-1], file=sys.stderr)
            else:
                print("chromium not found: page load not measured", file=sys.stderr)
            for path in ("events?limit=100", "events?limit=100&root=19&actor=RUS", "map?limit=5000",
                         "timeline", "actors/network"):  # fmt: skip
                r = asyncio.run(load(server.url + path, args.requests, args.concurrency))
                rows.append(
                    f"| GET /{path}, {args.concurrency} concurrent, {r['n']} requests"
                    f" | p50 {r['p50']:.0f} ms, p99 {r['p99']:.0f} ms, {r['rps']:.0f} req/s,"
                    f" {r['errors']} errors |"
                )
                print(rows[-1], file=sys.stderr)
        app.state.db.close()
    print("| measurement | result |\n| --- | --- |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
