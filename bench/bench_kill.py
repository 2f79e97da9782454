"""kill -9 `tacitus run` at ≥ 20 random moments (one and two processes) and resume; prints the figures for
docs/RELIABILITY.md. Stops by itself (``--timeout`` per configuration).

    python bench/bench_kill.py [--docs 600] [--kills 12] [--commit-every 10] [--full]

``--full`` uses the full coder (spaCy parse) instead of ``--fast`` (slower start and coding; the runner, the
ledger and the store are the same).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from kill_helpers import kill_and_resume, reference, write_corpus


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=600)
    p.add_argument("--kills", type=int, default=12, help="kills per configuration (1 and 2 processes)")
    p.add_argument("--commit-every", type=int, default=10)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--timeout", type=float, default=900, help="seconds per configuration")
    p.add_argument("--full", action="store_true", help="the full coder instead of --fast")
    args = p.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        keys = write_corpus(corpus, args.docs)
        expected = reference(folder, corpus, processes=1, fast=not args.full)
        for processes in (1, 2):
            t0 = time.monotonic()
            f = kill_and_resume(folder, corpus, keys, processes=processes, kills=args.kills,
                                commit_every=args.commit_every, seed=args.seed + processes,
                                fast=not args.full, expected=expected, timeout=args.timeout)
            rows.append({
                "processes": processes, "kills": f.kills, "finished_before_kill": f.finished_before_kill,
                "lost_documents": f.lost, "duplicated_documents": f.duplicated_documents,
                "duplicated_events": f.duplicated_events, "missing_events": f.missing_events,
                "extra_events": f.extra_events, "max_lost_work": max(f.lost_work, default=0),
                "mean_lost_work": round(statistics.mean(f.lost_work), 1) if f.lost_work else 0,
                "seconds": round(time.monotonic() - t0, 1),
            })
            print(json.dumps(rows[-1]), flush=True)
    coder = "full" if args.full else "fast"
    print(f"\n{args.docs} documents, --commit-every {args.commit_every}, {coder} coder,"
          f" {len(expected)} reference events\n")
    print("| processes | kills | lost docs | duplicated docs | duplicated events | missing events |"
          " max coded-but-uncommitted per kill | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['processes']} | {r['kills']} | {r['lost_documents']} | {r['duplicated_documents']} |"
              f" {r['duplicated_events']} | {r['missing_events']} | {r['max_lost_work']} | {r['seconds']} |")


if __name__ == "__main__":
    main()
