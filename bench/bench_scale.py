"""Local runner vs Spark local[2] vs Ray (2 actors) on the same corpus, in ONE run (ratios to local).

    python bench/bench_scale.py --docs 400 --files 4 [--out bench/scale.json]

Builds a synthetic corpus (bench/make_corpus.py, split into ``--files`` JSONL files so that the
engines get one unit per file), then times the three CLIs end to end, first on 2 documents per file
(start-up: process, JVM or Ray, model per worker) and then on the corpus, (process start, model loading,
coding, writing) with 2 workers each: ``tacitus run --processes 2`` (DuckDB store),
``tacitus spark --master local[2]`` and ``tacitus ray --concurrency 2`` (Parquet). It also checks that
the three produce the same set of (doc_id, cameo, source, target).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(
        cmd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    return time.perf_counter() - t


def write_corpus(folder: Path, docs, files: int) -> None:
    """``docs`` as ``files`` JSONL files (one work unit per file for the engines)."""
    folder.mkdir(parents=True)
    handles = [(folder / f"part-{i}.jsonl").open("w") for i in range(files)]
    for i, a in enumerate(docs):
        handles[i % files].write(json.dumps(a) + "\n")
    for h in handles:
        h.close()


def commands(corpus: Path, out: Path, skip: list[str], mode: list[str]) -> dict[str, list[str]]:
    """The three runs, 2 workers each, writing under ``out`` (``mode``: e.g. ``["--fast"]``)."""
    out.mkdir(parents=True, exist_ok=True)
    tacitus = [sys.executable, "-m", "tacitus.cli.main"]
    runs = {"local --processes 2": [*tacitus, "run", str(corpus), "--db", str(out / "local.duckdb"),
                                    "--processes", "2", "-q", *mode]}
    if "spark" not in skip:
        runs["spark local[2]"] = [*tacitus, "spark", str(corpus), "--out", str(out / "spark"),
                                  "--master", "local[2]", *mode]
    if "ray" not in skip:
        runs["ray, 2 actors"] = [*tacitus, "ray", str(corpus), "--out", str(out / "ray"),
                                 "--concurrency", "2", "--num-cpus", "2", *mode]
    return runs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--out", default=str(HERE / "scale.json"))
    ap.add_argument("--skip", nargs="*", default=[], choices=["spark", "ray"])
    ap.add_argument("--fast", action="store_true", help="the three runs in --fast mode")
    args = ap.parse_args()
    mode = ["--fast"] if args.fast else []
    sys.path.insert(0, str(HERE))
    from make_corpus import articles

    work = Path(tempfile.mkdtemp(prefix="tacitus-scale-"))
    small, corpus = work / "small", work / "corpus"
    write_corpus(small, articles(2 * args.files), args.files)
    write_corpus(corpus, articles(args.docs), args.files)
    startup = {name: timed(cmd) for name, cmd in commands(small, work / "small-out", args.skip, mode).items()}
    results = {name: timed(cmd) for name, cmd in commands(corpus, work, args.skip, mode).items()}
    db = work / "local.duckdb"
    import duckdb
    import pyarrow.parquet as pq

    with duckdb.connect(str(db), read_only=True) as con:
        local = set(con.execute("SELECT doc_id, cameo, source_code, target_code FROM events").fetchall())
    same = {}
    for name in ("spark", "ray"):
        if (work / name / "events").exists():
            rows = pq.read_table(work / name / "events").to_pylist()
            same[name] = {
                (r["doc_id"], r["cameo"], r["source_code"], r["target_code"]) for r in rows
            } == local
    base = results["local --processes 2"]
    marginal = {k: v - startup[k] for k, v in results.items()}
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average at start {os.getloadavg()[0]:.1f}",
        "command": f"python bench/bench_scale.py --docs {args.docs} --files {args.files}"
        + (" --fast" if args.fast else ""),
        "runs": {
            k: {
                "seconds": round(v, 1),
                "docs_per_s": round(args.docs / v, 2),
                "ratio_to_local": round(v / base, 3),
            }
            for k, v in results.items()
        },
        "startup_seconds": {k: round(v, 1) for k, v in startup.items()},  # the same runs on 2 docs per file
        "without_startup": {
            k: {"seconds": round(v, 1), "ratio_to_local": round(v / marginal["local --processes 2"], 3)}
            for k, v in marginal.items()
        },
        "same_events_as_local": same,
    }
    Path(args.out).write_text(json.dumps(report, indent=1))
    print(json.dumps(report, indent=1))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
