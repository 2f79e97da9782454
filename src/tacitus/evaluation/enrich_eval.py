"""Evaluation of the enrichment stage: counts (our gold), quotes (PolNeAR), entities (re3d).

The PolNeAR and re3d data are read from a directory outside the repository (``../shared/data``);
nothing of them is ever copied into the repository.

>>> run_counts_eval()                             # tests/fixtures/counts_gold.yaml
>>> run_quotes_eval("../shared/data/polnear", split="dev")
>>> run_entities_eval("../shared/data/re3d", split="dev")   # even documents; "test" = odd
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tacitus.yamlio import load_yaml

REPO = Path(__file__).resolve().parents[3]
COUNTS_GOLD = REPO / "tests" / "fixtures" / "counts_gold.yaml"


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


# ---------------------------------------------------------------------------------------------- counts
def run_counts_eval(gold_path: str | Path | None = None, nlp=None, verbose: bool = False) -> dict[str, Any]:
    """Score :func:`tacitus.enrich.counts.find_counts` on the counts gold set.

    ``exact`` is the share of sentences whose predicted (number, category, approximate) multiset
    equals the gold one (negatives included: a sentence with no gold count must yield none);
    ``counts`` is P/R/F1 over (number, category, approximate) triples.
    """
    from tacitus.enrich.counts import find_counts
    from tacitus.nlp.model import load_model

    nlp = nlp or load_model()
    cases = load_yaml(Path(gold_path or COUNTS_GOLD).read_text(encoding="utf-8"))
    texts = [c["s"] for c in cases]
    ok = tp = fp = fn = 0
    errors = []
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    preds = [find_counts(d) for d in docs]
    t_counts = time.perf_counter() - t0
    for case, pred in zip(cases, preds, strict=True):
        g = Counter(tuple(x) for x in case["c"])
        p = Counter((c.number, c.category, c.approximate) for c in pred)
        inter = sum((g & p).values())
        tp += inter
        fp += sum(p.values()) - inter
        fn += sum(g.values()) - inter
        if g == p:
            ok += 1
        else:
            errors.append({"s": case["s"], "gold": case["c"], "pred": [list(k) for k in p.elements()]})
    out = {
        "sentences": len(cases),
        "exact": round(ok / len(cases), 4),
        "counts": _prf(tp, fp, fn),
        "ms_per_sentence": round(1000 * t_counts / len(cases), 3),
        "parse_ms_per_sentence": round(1000 * t_parse / len(cases), 3),
    }
    if verbose:
        out["errors"] = errors
    return out


# ---------------------------------------------------------------------------------------------- quotes
def _has_quote(text: str, s: int, e: int) -> bool:
    """The span holds a quote mark (the doubled apostrophe ``''`` of some papers included)."""
    return bool(re.search("[\"“”]|''", text[s:e]))


_QUOTE_STRIP = "\"'“”‘’«»„‟‹› \t\n\r.,;:!?—–-"


def normalise_span(text: str) -> str:
    """Span normalisation for exact matching: strip surrounding whitespace, quote marks and
    punctuation, a leading "that"/"whether"/"if", and collapse internal whitespace."""
    t = re.sub(r"\s+", " ", text).strip(_QUOTE_STRIP)
    t = re.sub(r"^(that|whether|if)\s+", "", t, flags=re.I).strip(_QUOTE_STRIP)
    return t


def _read_ann(path: Path) -> list[dict[str, Any]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _ = line.split("\t", 2)
            kind, offs = info.split(" ", 1)
            parts = [tuple(int(x) for x in p.split()) for p in offs.split(";")]
            spans[tid] = (kind, parts)
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            rel = {}
            for a in args.split():
                k, v = a.split(":", 1)
                rel[k] = v
            rels.append(rel)
    out = []
    for rel in rels:
        item = {}
        for role in ("Source", "Content", "Cue"):
            if role in rel and rel[role] in spans:
                parts = spans[rel[role]][1]
                item[role] = (parts[0][0], parts[-1][1])
        out.append(item)
    return out


def _polnear_docs(data_dir: Path, split: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name, text, attributions) per article, first annotator of each article."""
    annotators: dict[str, list[str]] = {}
    with open(data_dir / "metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            annotators[row["filename"]] = row["annotators"].split("|")
    out = []
    for txt in sorted((data_dir / split / "text").glob("*.txt")):
        name = txt.stem
        anns = sorted((data_dir / split / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        order = annotators.get(name, [])
        anns.sort(
            key=lambda p: order.index(p.stem.rsplit("_", 1)[1]) if p.stem.rsplit("_", 1)[1] in order else 99
        )
        out.append((name, txt.read_text(encoding="utf-8"), _read_ann(anns[0])))
    return out


def run_quotes_eval(data_dir: str | Path, split: str = "dev", limit: int | None = None,
                    verbose: bool = False) -> dict[str, Any]:  # fmt: skip
    """Exact-span F1 of quote contents and speakers (sources) on PolNeAR ``split``.

    Spans are compared after :func:`normalise_span`, as (document, normalised start, end) —
    offsets are re-derived after stripping so that "“…,”" and "…" match. Speakers are scored
    as the set of distinct source spans (a source attributed several contents counts once);
    contents over all attribution relations. ``joint`` requires content and speaker both exact.
    """
    from tacitus.actors import ActorResolver
    from tacitus.enrich.quotes import QuoteFinder
    from tacitus.nlp.model import load_model

    data_dir = Path(data_dir)
    docs = _polnear_docs(data_dir, split)[:limit]
    nlp = load_model()
    resolver = ActorResolver.default()
    finder = QuoteFinder()
    cg = cp = cok = sg = sp = sok = jg = jp = jok = 0
    dg = dp = dok = 0  # direct quotes (content containing a quote mark)
    t_quotes = 0.0
    n_tokens = 0
    examples = []

    def key(text: str, s: int, e: int) -> tuple[int, int] | None:
        seg = text[s:e]
        n = normalise_span(seg)
        if not n:
            return None
        off = seg.find(n[: min(len(n), 20)])
        st = s + max(off, 0)
        return (st, st + len(n))

    for name, text, rels in docs:
        sdoc = nlp(text)
        n_tokens += len(sdoc)
        actors = resolver.resolve(sdoc)
        t0 = time.perf_counter()
        quotes = finder.find(sdoc, actors)
        t_quotes += time.perf_counter() - t0
        gold_c = {key(text, *r["Content"]) for r in rels if "Content" in r} - {None}
        gold_s = {key(text, *r["Source"]) for r in rels if "Source" in r} - {None}
        gold_j = {(key(text, *r["Content"]), key(text, *r["Source"])) for r in rels
                  if "Content" in r and "Source" in r}  # fmt: skip
        gold_d = {
            key(text, *r["Content"]) for r in rels if "Content" in r and _has_quote(text, *r["Content"])
        } - {None}
        pred_c = {key(text, q.start, q.end) for q in quotes} - {None}
        pred_s = {
            key(text, q.speaker_start, q.speaker_end) for q in quotes if q.speaker_start is not None
        } - {None}
        pred_j = {(key(text, q.start, q.end), key(text, q.speaker_start, q.speaker_end)) for q in quotes
                  if q.speaker_start is not None}  # fmt: skip
        pred_d = {key(text, q.start, q.end) for q in quotes if q.kind == "direct"} - {None}
        cg += len(gold_c)
        cp += len(pred_c)
        cok += len(gold_c & pred_c)
        sg += len(gold_s)
        sp += len(pred_s)
        sok += len(gold_s & pred_s)
        jg += len(gold_j)
        jp += len(pred_j)
        jok += len(gold_j & pred_j)
        dg += len(gold_d)
        dp += len(pred_d)
        dok += len(gold_d & pred_d)
        if verbose and len(examples) < 400:
            for k in sorted(pred_c - gold_c)[:5]:
                examples.append(("FP-content", name, text[k[0] : k[1]][:150]))
            for k in sorted(gold_c - pred_c)[:5]:
                examples.append(("FN-content", name, text[k[0] : k[1]][:150]))
            for k in sorted(pred_s - gold_s)[:5]:
                examples.append(("FP-source", name, text[k[0] : k[1]][:80]))
            for k in sorted(gold_s - pred_s)[:5]:
                examples.append(("FN-source", name, text[k[0] : k[1]][:80]))
    out = {
        "split": split,
        "documents": len(docs),
        "contents": _prf(cok, cp - cok, cg - cok),
        "speakers": _prf(sok, sp - sok, sg - sok),
        "joint": _prf(jok, jp - jok, jg - jok),
        "direct_contents": _prf(dok, dp - dok, dg - dok),
        "ms_per_1000_tokens": round(1000 * t_quotes / max(n_tokens, 1) * 1000, 3),
    }
    if verbose:
        out["examples"] = examples
    return out


# ---------------------------------------------------------------------------------------------- entities
#: our entity labels -> re3d types ("mapped types")
RE3D_MAP = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Nationality",
}
RE3D_TYPES = ("Person", "Organisation", "Location", "Nationality")


def _re3d_docs(data_dir: Path) -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    out = []
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        docs = {}
        with open(folder / "documents.json", encoding="utf-8-sig") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    docs[d["_id"]] = d["text"]
        ents: dict[str, list] = {k: [] for k in docs}
        with open(folder / "entities.json", encoding="utf-8-sig") as fh:
            for line in fh:
                if line.strip():
                    e = json.loads(line)
                    if e["documentId"] in ents:
                        ents[e["documentId"]].append(e)
        for did, text in docs.items():
            out.append((folder.name, did, text, ents[did]))
    return out


def _re3d_split(i: int) -> str:
    """Our deterministic split of re3d (it has none): even document index = dev, odd = test."""
    return "dev" if i % 2 == 0 else "test"


def _micro(stats: dict[str, list[int]]) -> dict[str, Any]:
    per = {t: _prf(tp, p - tp, g - tp) for t, (tp, p, g) in stats.items()}
    tp = sum(v[0] for v in stats.values())
    p = sum(v[1] for v in stats.values())
    g = sum(v[2] for v in stats.values())
    return {"micro": _prf(tp, p - tp, g - tp), "per_type": per}


def run_entities_eval(
    data_dir: str | Path, verbose: bool = False, pronouns: bool = False, split: str = "all",
    ner: str = "model",
) -> dict[str, Any]:
    """Exact-span F1 (docId, begin, end, type) per mapped re3d type and micro overall.

    re3d has no split of its own: documents (in folder, then file order) with an even index are
    dev (the only half the rules were tuned on), odd ones test. ``micro``/``per_type`` cover
    ``split`` ("all", "dev" or "test"); ``dev`` and ``test`` always give both halves.
    """
    from tacitus.actors import ActorResolver
    from tacitus.enrich.entities import EntityFinder
    from tacitus.nlp.model import load_model

    nlp = load_model(ner=ner)
    resolver = ActorResolver.default()
    finder = EntityFinder(pronouns=pronouns)
    docs = _re3d_docs(Path(data_dir))
    halves = {h: {t: [0, 0, 0] for t in RE3D_TYPES} for h in ("dev", "test")}  # tp, pred, gold
    t_ent = 0.0
    n_tokens = 0
    n_docs = 0
    confusions: Counter = Counter()
    for i, (_folder, _did, text, ents) in enumerate(docs):
        half = _re3d_split(i)
        if split not in ("all", half):
            continue
        n_docs += 1
        sdoc = nlp(text)
        n_tokens += len(sdoc)
        actors = resolver.resolve(sdoc)
        t0 = time.perf_counter()
        found = finder.find(sdoc, actors)
        t_ent += time.perf_counter() - t0
        gold = {(e["begin"], e["end"], e["type"]) for e in ents if e["type"] in RE3D_TYPES}
        pred = {(e.start, e.end, RE3D_MAP[e.label]) for e in found if e.label in RE3D_MAP}
        for t in RE3D_TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            halves[half][t][0] += len(g & p)
            halves[half][t][1] += len(p)
            halves[half][t][2] += len(g)
        if verbose:
            for x in pred - gold:
                confusions[("FP", x[2], text[x[0] : x[1]])] += 1
            for x in gold - pred:
                confusions[("FN", x[2], text[x[0] : x[1]])] += 1
    chosen = [h for h in halves if split in ("all", h)]
    total = {t: [sum(halves[h][t][k] for h in chosen) for k in range(3)] for t in RE3D_TYPES}
    out = {
        "documents": n_docs,
        "split": split,
        "pronouns": pronouns,
        **_micro(total),
        **{h: _micro(v) for h, v in halves.items() if h in chosen},
        "ms_per_1000_tokens": round(1000 * t_ent / max(n_tokens, 1) * 1000, 3),
    }
    if verbose:
        out["top_errors"] = confusions.most_common(80)
    return out
