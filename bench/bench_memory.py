"""Peak memory of the local streaming runner as a corpus grows, measured in ONE run.

    python bench/make_corpus.py --docs 50000 --out /tmp/corpus-50k.jsonl
    python bench/bench_memory.py /tmp/corpus-50k.jsonl --db /tmp/bench.duckdb --out bench/memory.json

The runner codes the corpus into a fresh store; after every ``--every`` inputs it records the
process's current and peak RSS (VmRSS / VmHWM from /proc/self/status) and the elapsed time, so the
ratio "peak RSS at N documents / peak RSS at the first milestone" comes from the same run. The file
given by ``--out`` is rewritten at every milestone (a run that is stopped still leaves its figures).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    values = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, kb, _ = line.split()
                values[key[:-1]] = int(kb) / 1024
    return values["VmRSS"], values["VmHWM"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--db", default="/tmp/bench-memory.duckdb")
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--commit-every", type=int, default=256)
    ap.add_argument("--limit", type=int, default=None, help="stop after this many inputs")
    ap.add_argument("--out", default="bench/memory.json")
    ap.add_argument("--fast", action="store_true", help="the fast coder (CodingOptions.fast)")
    args = ap.parse_args()

    import itertools

    from tacitus.ingest import read_inputs
    from tacitus.pipeline import Coder, CodingOptions
    from tacitus.runners.local import LocalRunner, RunOptions, absolute_inputs
    from tacitus.store import Store

    for suffix in ("", ".wal"):
        Path(args.db + suffix).unlink(missing_ok=True)
    rows: list[dict] = []
    info = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}",
        "command": "python bench/bench_memory.py " + " ".join(args.inputs) + f" --every {args.every}"
        + (" --fast" if args.fast else ""),
        "batch_size": args.batch_size,
        "commit_every": args.commit_every,
    }
    started = time.perf_counter()
    next_mark = [args.every]
    coder = Coder(CodingOptions(batch_size=args.batch_size, fast=args.fast))
    rss0 = rss_mb()
    info["rss_after_model_load_mb"] = round(rss0[0], 1)

    def on_progress(stats) -> None:
        if stats.read >= next_mark[0]:
            next_mark[0] += args.every
            rss, hwm = rss_mb()
            elapsed = time.perf_counter() - started
            rows.append(
                {
                    "docs": stats.read,
                    "rss_mb": round(rss, 1),
                    "peak_rss_mb": round(hwm, 1),
                    "seconds": round(elapsed, 1),
                    "docs_per_s": round(stats.read / elapsed, 2),
                }
            )
            Path(args.out).write_text(json.dumps({**info, "milestones": rows}, indent=1))
            print(rows[-1], flush=True)

    with Store(args.db) as store:
        runner = LocalRunner(
            coder, store, RunOptions(commit_every=args.commit_every), on_progress=on_progress
        )
        items = read_inputs(absolute_inputs(args.inputs))
        if args.limit:
            items = itertools.islice(items, args.limit)
        stats = runner.run(items)
        counts = store.counts()
    info["final"] = {**stats.as_dict(), "stored_documents": counts["documents"], "events": counts["events"]}
    if rows:
        info["peak_ratio_last_vs_first"] = round(rows[-1]["peak_rss_mb"] / rows[0]["peak_rss_mb"], 3)
    Path(args.out).write_text(json.dumps({**info, "milestones": rows}, indent=1))
    print(json.dumps(info["final"]))


if __name__ == "__main__":
    main()
