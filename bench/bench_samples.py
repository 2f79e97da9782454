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


def stage_profile(coder, docs) -> list[tuple[str, float]]:
    """Seconds per stage of the full pipeline, one process (the stages ``Coder._code_parsed`` runs)."""
    from tacitus.enrich.dates import find_dates
    from tacitus.enrich.stage import enrich
    from tacitus.geo import geoparse
    from tacitus.model import CodedDocument

    spent = dict.fromkeys(("spaCy pipeline", "actors", "dates", "events", "geoparsing", "enrichment"), 0.0)
    t = time.perf_counter()
    parsed = list(coder.nlp.pipe((d.text for d in docs), batch_size=32))
    spent["spaCy pipeline"] = time.perf_counter() - t
    for sdoc, doc in zip(parsed, docs, strict=True):
        t0 = time.perf_counter()
        actors = coder.actors.resolve(sdoc, published=doc.published)
        t1 = time.perf_counter()
        dates = find_dates(sdoc, doc.published)
        t2 = time.perf_counter()
        events = coder.events.code(sdoc, doc, actors, dates)
        t3 = time.perf_counter()
        coded = CodedDocument(document=doc, events=events, actors=list(actors.mentions), dates=dates)
        geoparse(sdoc, coded, actors)
        t4 = time.perf_counter()
        enrich(sdoc, coded, actors)
        t5 = time.perf_counter()
        for name, a, b in (("actors", t0, t1), ("dates", t1, t2), ("events", t2, t3), ("geoparsing", t3, t4),
                           ("enrichment", t4, t5)):
            spent[name] += b - a
    return list(spent.items())


def spacy_component_profile(nlp, docs) -> list[tuple[str, float]]:
    """Seconds per spaCy component (tokenizer first), the components run one after another on all docs."""
    t = time.perf_counter()
    batch = [nlp.make_doc(d.text) for d in docs]
    out = [("tokenizer", time.perf_counter() - t)]
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        batch = list(proc.pipe(batch, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in batch]
        out.append((name, time.perf_counter() - t))
    return out


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
    model = Coder(CodingOptions(n_process=1, selective=False, ner="model"))
    rows.append(("tacitus full pipeline, `--parse-all --model-ner`, 1 process",
                 timed(lambda: list(model.code_documents(docs)))))
    fast1 = Coder(CodingOptions(n_process=1, fast=True))
    fast2 = Coder(CodingOptions(n_process=2, fast=True))
    list(fast1.code_documents(docs[:8]))
    rows.append(("tacitus `--fast`, 1 process", timed(lambda: list(fast1.code_documents(docs)))))
    rows.append(("tacitus `--fast`, 2 processes", timed(lambda: list(fast2.code_documents(docs)))))
    stages = stage_profile(coder1, docs)
    components = spacy_component_profile(nlp, docs)
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
    total = sum(secs for _, secs in stages)
    lines += ["", "Where the time goes (full pipeline, 1 process, same documents):", "",
              "| stage | seconds | share |", "| --- | --- | --- |"]
    lines += [f"| {name} | {secs:.2f} | {secs / total:.0%} |" for name, secs in stages]
    total = sum(secs for _, secs in components)
    lines += ["", "Inside the spaCy pipeline (each component over all documents):", "",
              "| component | seconds | share | ms per 1 000 words |", "| --- | --- | --- | --- |"]
    n_words = words * len(docs)
    lines += [f"| {name} | {secs:.2f} | {secs / total:.0%} | {1e6 * secs / n_words:.1f} |"
              for name, secs in components]
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
