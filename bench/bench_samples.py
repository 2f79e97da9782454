"""Articles per second on the bundled English samples, one and two processes, as a ratio to a plain spaCy
parse of the same texts measured in the same run (the machine is shared and noisy).

    python bench/bench_samples.py [--docs 200] [--write docs/BENCHMARKS.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_documents(n: int):
    from tacitus.ingest import Rejected, read_inputs
    from tacitus.model import Document
    from tacitus.nlp.language import detect_language

    base = [d for d in read_inputs([str(ROOT / "examples")]) if not isinstance(d, Rejected)]
    base = [d for d in base if detect_language(d.text) == "en"]
    docs = []
    for i in range(n):
        d = base[i % len(base)]
        docs.append(Document(text=f"{d.text}\n(copy {i})", published=d.published, language="en"))
    return docs


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--write", default=None)
    args = ap.parse_args()

    from tacitus.nlp.model import load_model
    from tacitus.pipeline import Coder, CodingOptions

    docs = sample_documents(args.docs)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    nlp = load_model()
    coder1 = Coder(CodingOptions(n_process=1))
    coder2 = Coder(CodingOptions(n_process=2))
    events_only = Coder(CodingOptions(n_process=1, enrich=False))
    list(coder1.code_documents(docs[:8]))  # warm up lexicons and matchers
    rows = []
    base = timed(lambda: list(nlp.pipe((d.text for d in docs), batch_size=32)))
    rows.append(("spaCy parse only (baseline), 1 process", base))
    rows.append(
        (
            "tacitus events only (no enrichment), 1 process",
            timed(lambda: list(events_only.code_documents(docs))),
        )
    )
    rows.append(("tacitus full pipeline, 1 process", timed(lambda: list(coder1.code_documents(docs)))))
    rows.append(("tacitus full pipeline, 2 processes", timed(lambda: list(coder2.code_documents(docs)))))
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()}. Command: `python bench/bench_samples.py --docs {args.docs}`. ",
        f"Corpus: the English sample articles in `examples/`, repeated to {len(docs)} documents "
        f"(mean {words:.0f} words).",
        "",
        "| run | seconds | articles/s | time vs baseline |",
        "| --- | --- | --- | --- |",
    ]
    for name, secs in rows:
        lines.append(f"| {name} | {secs:.2f} | {len(docs) / secs:.1f} | {secs / base:.2f}x |")
    lines += [
        "",
        "The full pipeline includes geoparsing and GKG enrichment (counts, quotes, entities, tone, themes).",
        "Other measurements: API latency and page load in [WEB.md](WEB.md); runner memory, Spark and Ray in",
        "[SCALE.md](SCALE.md); per-part enrichment cost in [ENRICHMENT.md](ENRICHMENT.md) and",
        "[GEO.md](GEO.md).",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        out = Path(args.write)
        marker = "<!-- other benchmarks: kept when this script rewrites the file -->"
        kept = ""
        if out.exists() and marker in out.read_text(encoding="utf-8"):
            kept = out.read_text(encoding="utf-8").split(marker, 1)[1]
        out.write_text(text + "\n" + marker + kept, encoding="utf-8")


if __name__ == "__main__":
    main()
