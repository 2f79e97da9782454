"""The model pipeline (every sentence parsed, spaCy's NER) against another on the same real pages: what it
changes, and how fast.

    python bench/compare_modes.py [--mode default|selective|light-ner] [--pages news-gold,fundus]
                                  [--rounds 2] [--show 10]

``default`` is tacitus' default pipeline (selective parse and light NER), ``selective`` the selective parse
with the model's NER, ``light-ner`` the light NER with every sentence parsed.

Codes the news-gold pages (every split, from the shared fundus-eval / wcxb-articles folders) and the
fundus-eval article bodies of ``bench_ratio.py`` with both coders in one process, and prints, per kind of
record, how many the full coder produced, how many the other one produced, and how many are the same
(events keyed by trigger offset, CAMEO code and both actor codes; places, entities, dates, counts, quotes and
actors by span and label or code). Timing: the modes alternate ``--rounds`` times over the same documents
(one core), so a busy machine slows both alike; the spread of the per-round ratios is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ratio import news_texts, shared_data

ROOT = Path(__file__).resolve().parents[1]


def pages(kinds: list[str]):
    from tacitus.model import Document

    docs = []
    if "news-gold" in kinds:
        from tacitus.evaluation.news_articles import load_article
        from tacitus.evaluation.news_gold import load_gold

        for article in load_gold(ROOT / "eval" / "news-gold"):
            docs.append(load_article(shared_data(), article.key))
    if "fundus" in kinds:
        docs += [Document(text=t, language="en") for t in news_texts()]
    return docs


def keys(coded) -> dict[str, Counter]:
    def code(a):
        return a.code if a is not None else None

    return {
        "events": Counter((e.trigger.start, e.cameo, code(e.source), code(e.target)) for e in coded.events),
        "actors": Counter((a.start, a.end, a.code) for a in coded.actors),
        "entities": Counter((x.start, x.end, x.label) for x in coded.entities),
        "places": Counter((p.start, p.end, p.geonameid) for p in coded.places),
        "dates": Counter((d.start, d.end, str(d.date)) for d in coded.dates),
        "counts": Counter((c.start, c.end, c.number) for c in coded.counts),
        "quotes": Counter((q.start, q.end) for q in coded.quotes),
        "event places": Counter((e.trigger.start, e.location and e.location.geonameid) for e in coded.events),
    }


def code_all(coder, docs):
    from tacitus.model import Document

    fresh = [Document(text=d.text, language="en", published=d.published) for d in docs]
    t0 = time.perf_counter()
    out = list(coder.code_documents(fresh))
    return out, time.perf_counter() - t0


MODEL = {"selective": False, "ner": "model"}  # the reference: spaCy's parse and NER everywhere
MODES = {"default": {"selective": True, "ner": "light"}, "selective": {"selective": True, "ner": "model"},
         "light-ner": {"selective": False, "ner": "light"}}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--mode", default="default", choices=list(MODES))
    p.add_argument("--pages", default="news-gold,fundus")
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--show", type=int, default=10, help="list this many changed events")
    args = p.parse_args()
    from tacitus.pipeline import Coder, CodingOptions

    docs = pages(args.pages.split(","))
    coders = {"full": Coder(CodingOptions(**MODEL)), args.mode: Coder(CodingOptions(**MODES[args.mode]))}
    seconds: dict[str, list[float]] = {name: [] for name in coders}
    results = {}
    for _ in range(args.rounds):
        for name, coder in coders.items():
            results[name], s = code_all(coder, docs)
            seconds[name].append(s)
    words = sum(len(d.text.split()) for d in docs)
    ratios = [f / s for f, s in zip(seconds["full"], seconds[args.mode], strict=True)]
    print(f"{len(docs)} pages, {words:,} words; full {min(seconds['full']):.1f} s, {args.mode} "
          f"{min(seconds[args.mode]):.1f} s; speed-up {min(ratios):.2f}-{max(ratios):.2f} "
          f"over {args.rounds} alternating rounds")
    if "tacitus_selective_parse" in coders[args.mode].nlp.pipe_names:
        comp = coders[args.mode].nlp.get_pipe("tacitus_selective_parse")
        print(f"selective: {comp.parsed_tokens / comp.total_tokens:.1%} of the tokens parsed, "
              f"{comp.ner_tokens / comp.total_tokens:.1%} read by NER")
    print(f"{'records':14s} {'full':>7s} {args.mode:>9s} {'same':>7s}")
    totals: dict[str, Counter] = {}
    changed = []
    for full, alt in zip(results["full"], results[args.mode], strict=True):
        a, b = keys(full), keys(alt)
        for kind in a:
            t = totals.setdefault(kind, Counter())
            t["full"] += sum(a[kind].values())
            t["other"] += sum(b[kind].values())
            t["same"] += sum((a[kind] & b[kind]).values())
        if a["events"] != b["events"]:
            text = full.document.text
            for k in (a["events"] - b["events"]):
                changed.append(("-", full.document.origin, k, text[k[0]:k[0] + 60]))
            for k in (b["events"] - a["events"]):
                changed.append(("+", full.document.origin, k, text[k[0]:k[0] + 60]))
    for kind, t in totals.items():
        print(f"{kind:14s} {t['full']:7d} {t['other']:9d} {t['same']:7d}")
    for sign, origin, k, text in changed[: args.show]:
        print(f"{sign} {origin} {k[1:]} {text!r}")


if __name__ == "__main__":
    main()
