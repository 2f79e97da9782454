"""``news-gold-agreement``: how far two annotators agree on the same real news pages, and the coder against
each of them.

Some news-gold dev pages were annotated a second time, blind to the first annotation and to the coder, with
the same guide (``eval/news-gold-second/``, same format as ``eval/news-gold/``). Both annotations are
matched as the coder is matched to the gold (one-to-one within a sentence; root + country-level dyad; the
root alone; the exact code and full actor codes). The agreement F1 of the two annotators is the ceiling a
coder can be expected to reach on a page against one annotator; the coder's F1 against each annotator on
the same pages sets it beside that ceiling.

The gold was then adjudicated (``eval/news-gold-second/adjudication.jsonl``): events of the second annotation
judged right were added to the first (their note says so) and wrong ones of the first removed. The first
annotation is read here without the events taken from the second, so the two stay independent; the 8
removed events are no longer in it (the study's figure before adjudication is in docs/ACCURACY.md).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tacitus.evaluation.news_articles import load_article, page_available
from tacitus.evaluation.news_gold import GoldArticle, load_gold, match_pairs, same_gold
from tacitus.evaluation.suite import (
    REPO_ROOT,
    ErrorCase,
    Metric,
    RunContext,
    Suite,
    SuiteResult,
    SuiteSkipped,
    register,
    shared_data_root,
)
from tacitus.evaluation.suites.news_gold import by_sentence, format_gold, match_events

SECOND_FOLDER = "repo:eval/news-gold-second"
FIRST_FOLDER = REPO_ROOT / "eval" / "news-gold"
LEVELS = ("dyad", "root", "exact")
#: the note of gold events taken from the second annotation after adjudication
TAKEN_FROM_SECOND = "added after the 2026-12-07 agreement study"


def load(data_dir: Path) -> list[tuple[GoldArticle, GoldArticle]]:
    """(first, second) annotation of every page annotated twice."""
    first = {a.key: a for a in load_gold(FIRST_FOLDER)}
    for article in first.values():
        article.events = [e for e in article.events if not e.note.startswith(TAKEN_FROM_SECOND)]
    pairs = []
    for second in load_gold(data_dir):
        if second.key not in first:
            raise ValueError(f"{second.path}: {second.key} has no first annotation in eval/news-gold")
        pairs.append((first[second.key], second))
    return pairs


def f1(matched: int, left: int, right: int) -> float:
    """Agreement F1 of two sets of events sharing ``matched`` pairs (2m / (|left| + |right|))."""
    return 2 * matched / (left + right) if left + right else 1.0


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "—"


def compare_sentence(first: list, second: list, coded: list) -> tuple[Counter, list[tuple[int, int]]]:
    """Counts of one sentence — events of each annotator and of the coder, pairs agreed at each level, the
    coder's matches against each annotator, against the events both agree on, and against either — and the
    pairs (first index, second index) the annotators agree on at root + country dyad."""
    c = Counter(first=len(first), second=len(second), coder=len(coded))
    pairs = {level: match_pairs(first, second, lambda a, b, lv=level: same_gold(a, b, lv))
             for level in LEVELS}
    for level, agreed_pairs in pairs.items():
        c[f"agree_{level}"] = len(agreed_pairs)
    agreed = [first[i] for i, _ in pairs["dyad"]]
    hit = {ei for _, ei in match_events(first, coded, "dyad")}
    rest = [e for ei, e in enumerate(coded) if ei not in hit]
    c["coder_first"] = len(hit)
    c["coder_second"] = len(match_events(second, coded, "dyad"))
    c["consensus"] = len(agreed)
    c["coder_consensus"] = len(match_events(agreed, coded, "dyad"))
    c["coder_either"] = len(hit) + len(match_events(second, rest, "dyad"))
    return c, pairs["dyad"]


def run(pairs: list, ctx: RunContext) -> SuiteResult:
    root = shared_data_root()
    if root is None or not pairs:
        raise SuiteSkipped("news-gold-agreement: no second annotations or no shared pages here")
    split = ctx.split or "dev"
    chosen = [(a, b) for a, b in pairs
              if (split == "all" or a.split == split) and page_available(root, a.key)]
    if not chosen:
        raise SuiteSkipped(f"news-gold-agreement: none of the pages annotated twice ({split}) is in {root}")
    coded = ctx.code_documents([load_article(root, a.key) for a, _ in chosen])
    totals, per_root, errors = Counter(), {}, []
    for (first, second), cd in zip(chosen, coded, strict=True):
        doc = cd.document
        gold_a, produced = by_sentence(first, cd)
        gold_b, _ = by_sentence(second, cd)
        for index in set(gold_a) | set(gold_b) | set(produced):
            a, b, evs = gold_a.get(index, []), gold_b.get(index, []), produced.get(index, [])
            counts, pairs_ab = compare_sentence(a, b, evs)
            totals.update(counts)
            hit_a, hit_b = {i for i, _ in pairs_ab}, {j for _, j in pairs_ab}
            for side, events, hit in (("first", a, hit_a), ("second", b, hit_b)):
                for i, g in enumerate(events):
                    per_root.setdefault(g.root, Counter()).update({side: 1, f"{side}_agreed": int(i in hit)})
            sentence = (doc.text[doc.sentences[index].start:doc.sentences[index].end] if index is not None
                        else "(quote not found in the extracted text)")
            for kind, mine, other, hit in (("first annotator only", a, b, hit_a),
                                           ("second annotator only", b, a, hit_b)):
                for i, g in enumerate(mine):
                    if i not in hit:
                        errors.append(ErrorCase(
                            id=f"{first.key}#{index}", text=sentence[:400], expected=format_gold(g),
                            produced="; ".join(format_gold(o) for o in other) or "no event", kind=kind))
    t = totals
    coder_p_either = t["coder_either"] / t["coder"] if t["coder"] else 0.0
    table = [[r, c["first"], c["second"], c["first_agreed"],
              round(f1(c["first_agreed"], c["first"], c["second"]), 3)]
             for r, c in sorted(per_root.items())]
    return SuiteResult(
        suite="news-gold-agreement",
        n_cases=len(chosen),
        split=f"{split} ({len(chosen)} pages annotated twice; {t['first']} + {t['second']} scored events)",
        metrics=[
            Metric("annotators' agreement F1, root + country dyad",
                   f1(t["agree_dyad"], t["first"], t["second"])),
            Metric("annotators' agreement F1, root in the same sentence",
                   f1(t["agree_root"], t["first"], t["second"])),
            Metric("annotators' agreement F1, exact code and actors",
                   f1(t["agree_exact"], t["first"], t["second"])),
            Metric("second annotator's recall of the first's events",
                   t["agree_dyad"] / t["first"] if t["first"] else 0.0, headline=False),
            Metric("coder F1 against the first annotator (the gold), same pages",
                   f1(t["coder_first"], t["first"], t["coder"])),
            Metric("coder F1 against the second annotator", f1(t["coder_second"], t["second"], t["coder"])),
            Metric("coder recall of the events both annotators coded",
                   t["coder_consensus"] / t["consensus"] if t["consensus"] else 0.0),
            Metric("coder precision, right when either annotator coded the event", coder_p_either),
        ],
        table_header=["root", "first annotator", "second annotator", "agreed", "agreement F1"],
        table=table,
        errors=errors,
        notes=[f"coder events on these pages: {t['coder']}; events both annotators coded: {t['consensus']}",
               *(f"coder against the {side} annotator: recall {_ratio(t[f'coder_{side}'], t[side])}, "
                 f"precision {_ratio(t[f'coder_{side}'], t['coder'])}" for side in ("first", "second"))],
    )


SUITE = register(Suite(
    name="news-gold-agreement",
    data=SECOND_FOLDER,
    description="pages of news-gold annotated twice: annotators' agreement, and the coder against each",
    load=load,
    run=run,
    split="dev",
))
