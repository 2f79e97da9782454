"""``news-gold``: real news pages coded by hand with ``docs/CODING_GUIDE.md`` (our annotations in
``eval/news-gold/``, the pages in the shared ``fundus-eval``, ``wcxb-articles/dev``, ``trafilatura-eval`` and
``geoparsing-gritta`` folders).

Every scored event of every sentence counts. Headline figures: root + country-level dyad recall and
precision (one-to-one matching within a sentence), the same with the exact CAMEO code and full actor
codes, and the events produced on the non-political pages. The split is by article: ``dev`` is for
tuning, ``test`` (the default) is never looked at while tuning.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

from tacitus.evaluation.news_articles import load_article, page_available
from tacitus.evaluation.news_gold import (
    UNSCORED_MODALITIES,
    GoldArticle,
    accepted_codes,
    load_gold,
    locate,
    match_pairs,
    produced_key,
    same_country,
    sentence_of,
)
from tacitus.evaluation.suite import (
    ErrorCase,
    Metric,
    RunContext,
    Suite,
    SuiteResult,
    SuiteSkipped,
    prf,
    register,
    shared_data_root,
)

GOLD_FOLDER = "repo:eval/news-gold"


def load(data_dir: Path) -> list[GoldArticle]:
    return load_gold(data_dir)


def _same(gold, event, level: str) -> bool:
    code, root = accepted_codes(gold)
    if level == "exact":
        return (event.cameo in (gold.code, code) and produced_key(event.source) == gold.source
                and produced_key(event.target) == gold.target)
    if level == "root":
        return event.root in (gold.root, root)
    return (event.root in (gold.root, root)
            and same_country(gold.source, produced_key(event.source), "source")
            and same_country(gold.target, produced_key(event.target)))


def match_events(golds: list, events: list, level: str) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, event index) within one sentence, greedy in order."""
    return match_pairs(golds, events, lambda g, e: _same(g, e, level))


def format_gold(g) -> str:
    return f"{g.code} {g.source or '—'}→{g.target or '—'} '{g.trigger}'"


def _fmt_event(e) -> str:
    src = produced_key(e.source) or "—"
    tgt = produced_key(e.target) or "—"
    return f"{e.cameo} {src}→{tgt} '{e.trigger.text}'"


def _miss_kind(g, events: list) -> str:
    if not events:
        return "missed: no event in the sentence"
    same_root = [e for e in events if e.root == g.root]
    if not same_root:
        return "missed: other root in the sentence"
    e = same_root[0]
    if not same_country(g.source, produced_key(e.source), "source"):
        return "missed: right root, wrong source"
    return "missed: right root, wrong target"


def _extra_kind(e, golds: list, political: bool) -> str:
    if not political:
        return "over-coded: non-political page"
    if not golds:
        return "over-coded: no event in the sentence"
    if not any(g.root == e.root for g in golds):
        return "over-coded: other root than gold"
    return "over-coded: duplicate or wrong dyad"


def by_sentence(article: GoldArticle, cd) -> tuple[dict[int | None, list], dict[int, list]]:
    """The article's scored gold events and the coder's scored events, by sentence index (gold events whose
    quote is not in the extracted text under None)."""
    doc = cd.document
    golds: dict[int | None, list] = {}
    for g in article.events:
        if g.scored:
            at = locate(doc.text, g.quote)
            golds.setdefault(sentence_of(doc, at) if at >= 0 else None, []).append(g)
    produced: dict[int, list] = {}
    for e in cd.events:
        if e.modality not in UNSCORED_MODALITIES:
            produced.setdefault(e.sentence_index, []).append(e)
    return golds, produced


def labelled_events(articles: list[GoldArticle], coded: list) -> list[tuple[str, object, bool]]:
    """(article key, event, matched) for every scored event of the coded ``articles``: whether it matches a
    gold event (root and country-level dyad, one-to-one within its sentence, as the suite scores it)."""
    out = []
    for article, cd in zip(articles, coded, strict=True):
        golds, produced = by_sentence(article, cd)
        for index, evs in produced.items():
            hit = {ei for _gi, ei in match_events(golds.get(index, []), evs, "dyad")}
            out += [(article.key, e, ei in hit) for ei, e in enumerate(evs)]
    return out


def auc(scored: list[tuple[float, bool]]) -> float | None:
    """Area under the ROC curve of scores for right (True) against wrong events: the chance that a right
    event scores above a wrong one (ties count half); None without both kinds."""
    right = sorted(s for s, ok in scored if ok)
    wrong = sorted(s for s, ok in scored if not ok)
    if not right or not wrong:
        return None
    above = 0.0
    for s in right:  # wrong scores below s, and half of those equal to it
        lo, hi = bisect_left(wrong, s), bisect_right(wrong, s)
        above += lo + (hi - lo) / 2
    return above / (len(right) * len(wrong))


def run(articles: list[GoldArticle], ctx: RunContext) -> SuiteResult:
    split = ctx.split or "test"
    chosen = [a for a in articles if split == "all" or a.split == split]
    root = shared_data_root()
    if root is None or not (root / "fundus-eval").is_dir():
        raise SuiteSkipped("news-gold: the shared fundus-eval / wcxb-articles pages are not here")
    missing = [a for a in chosen if not page_available(root, a.key)]  # a corpus not in this shared folder
    chosen = [a for a in chosen if a not in missing]
    docs = [load_article(root, a.key) for a in chosen]
    coded = ctx.code_documents(docs)
    totals = Counter()
    by_corpus: dict[str, Counter] = {}  # the same counts per page source (fundus, wcxb, trafilatura)
    by_page: dict[str, Counter] = {}  # and per page, for the bootstrap intervals
    per_root: dict[str, Counter] = {}
    errors: list[ErrorCase] = []
    nonpol_events = []
    confidences: list[tuple[float, bool]] = []  # (confidence, matched) of every scored event
    for article, cd in zip(chosen, coded, strict=True):
        doc = cd.document
        gold_by_sentence, produced = by_sentence(article, cd)
        unmatched_nonpol = 0
        near: dict[int, str] = {}
        for miss in cd.near_misses:
            near[miss.sentence_index] = (near.get(miss.sentence_index, "") +
                                         f"near miss «{miss.trigger}» {miss.rule}: {miss.reason}; ")
        for index in set(gold_by_sentence) | set(produced):
            golds, evs = gold_by_sentence.get(index, []), produced.get(index, [])
            dyad = match_events(golds, evs, "dyad")
            exact = match_events(golds, evs, "exact")
            found = match_events(golds, evs, "root")
            totals.update(gold=len(golds), pred=len(evs), tp=len(dyad), tp_exact=len(exact),
                          tp_root=len(found))
            by_corpus.setdefault(article.key.split("/")[0], Counter()).update(
                gold=len(golds), pred=len(evs), tp=len(dyad))
            by_page.setdefault(article.key, Counter()).update(gold=len(golds), pred=len(evs), tp=len(dyad))
            hit_g = {gi for gi, _ in dyad}
            hit_e = {ei for _, ei in dyad}
            confidences += [(e.confidence, ei in hit_e) for ei, e in enumerate(evs)]
            if not article.political:
                unmatched_nonpol += len(evs) - len(hit_e)
            sentence = doc.text[doc.sentences[index].start:doc.sentences[index].end] if index is not None \
                else "(quote not found in the extracted text)"
            for gi, g in enumerate(golds):
                c = per_root.setdefault(g.root, Counter())
                c.update(gold=1, tp=gi in hit_g)
                if gi not in hit_g:
                    errors.append(ErrorCase(
                        id=f"{article.key}#{index}", text=sentence[:400], expected=format_gold(g),
                        produced="; ".join(_fmt_event(e) for e in evs) or "no event",
                        rule=(" | ".join(e.rule for e in evs) or near.get(index, ""))[:300],
                        kind=_miss_kind(g, evs)))
            for ei, e in enumerate(evs):
                per_root.setdefault(e.root, Counter()).update(pred=1, tp_pred=ei in hit_e)
                if ei not in hit_e:
                    errors.append(ErrorCase(
                        id=f"{article.key}#{index}", text=sentence[:400],
                        expected="; ".join(format_gold(g) for g in golds) or "no event",
                        produced=_fmt_event(e), rule=e.rule[:300],
                        kind=_extra_kind(e, golds, article.political)))
        if not article.political:
            nonpol_events.append(unmatched_nonpol)
    p, r, f = prf(totals["tp"], totals["pred"] - totals["tp"], totals["gold"] - totals["tp"])
    pe, re_, _fe = prf(totals["tp_exact"], totals["pred"] - totals["tp_exact"],
                      totals["gold"] - totals["tp_exact"])
    n_pol = sum(a.political for a in chosen)
    table = []
    for root_code, c in sorted(per_root.items()):
        rec = c["tp"] / c["gold"] if c["gold"] else None
        prec = c["tp_pred"] / c["pred"] if c["pred"] else None
        table.append([root_code, c["gold"], _r(rec), c["pred"], _r(prec)])
    return SuiteResult(
        suite="news-gold",
        n_cases=len(chosen),
        split=f"{split} ({n_pol} political + {len(chosen) - n_pol} non-political articles, "
              f"{totals['gold']} gold events)",
        metrics=[
            Metric("root + dyad recall (country level)", r, "≥ 0.70", "—"),
            Metric("root + dyad precision (country level)", p, "≥ 0.85", "—"),
            Metric("root + dyad F1", f, "", "—", headline=False),
            Metric("exact recall (code + full actor codes)", re_, "", "—"),
            Metric("exact precision (code + full actor codes)", pe, "", "—"),
            Metric("event found (root, same sentence) recall",
                   totals["tp_root"] / totals["gold"] if totals["gold"] else 0.0, "", "—", headline=False),
            Metric("most events not in the gold on one non-political page",
                   float(max(nonpol_events, default=0)), "≤ 1", "—"),
            *_confidence_metrics(confidences),
        ],
        table_header=["root", "gold events", "recall", "produced", "precision"],
        table=table,
        errors=errors,
        notes=[_interval_note(list(by_page.values())),
               *(_corpus_note(name, c) for name, c in sorted(by_corpus.items()))] + (
            [f"{len(missing)} articles skipped: their pages are not in this shared folder"] * bool(missing)),
    )



#: the confidence an analyst filtering the events would ask for
CONFIDENT = 0.7


def _confidence_metrics(scored: list[tuple[float, bool]]) -> list[Metric]:
    """How well event confidence tells right events from wrong ones: the AUC, the mean confidence (to set
    against the precision), and the precision and share of the events kept at confidence ≥ 0.7."""
    kept = [ok for c, ok in scored if c >= CONFIDENT]
    mean = sum(c for c, _ in scored) / len(scored) if scored else 0.0
    return [
        Metric("confidence AUC (right vs wrong events)", auc(scored) or 0.5, "", "—", headline=False),
        Metric("mean event confidence", mean, "", "—", headline=False),
        Metric(f"precision of events with confidence ≥ {CONFIDENT}", sum(kept) / len(kept) if kept else 0.0,
               "", "—", headline=False),
        Metric(f"share of events with confidence ≥ {CONFIDENT}", len(kept) / len(scored) if scored else 0.0,
               "", "—", headline=False),
    ]


def page_bootstrap(pages: list[Counter], rounds: int = 2000, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95 % intervals of root + dyad recall and precision when the pages are drawn again with replacement
    (events of one page are not independent, so pages are the unit): percentile bootstrap, fixed seed."""
    import random

    rng = random.Random(seed)
    recalls, precisions = [], []
    for _ in range(rounds):
        c = Counter()
        for page in rng.choices(pages, k=len(pages)):
            c.update(page)
        if c["gold"]:
            recalls.append(c["tp"] / c["gold"])
        if c["pred"]:
            precisions.append(c["tp"] / c["pred"])

    def interval(values: list[float]) -> tuple[float, float]:
        if not values:
            return 0.0, 0.0
        values.sort()
        return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]

    return {"recall": interval(recalls), "precision": interval(precisions)}


def _interval_note(pages: list[Counter]) -> str:
    ci = page_bootstrap(pages) if pages else {"recall": (0.0, 0.0), "precision": (0.0, 0.0)}
    return (f"95 % interval by page bootstrap: recall {ci['recall'][0]:.3f}–{ci['recall'][1]:.3f}, "
            f"precision {ci['precision'][0]:.3f}–{ci['precision'][1]:.3f} ({len(pages)} pages)")


def _corpus_note(name: str, c: Counter) -> str:
    """Root + dyad recall and precision on one page source's articles."""
    rec = c["tp"] / c["gold"] if c["gold"] else 0.0
    prec = c["tp"] / c["pred"] if c["pred"] else 0.0
    return (f"{name}: recall {rec:.3f} of {c['gold']} gold events, "
            f"precision {prec:.3f} of {c['pred']} produced")


def _r(x: float | None):
    return round(x, 3) if x is not None else "—"


SUITE = register(Suite(
    name="news-gold",
    data=GOLD_FOLDER,
    description="real news pages coded by hand (our gold, eval/news-gold; --split dev|test|all)",
    load=load,
    run=run,
    split="test",
))
