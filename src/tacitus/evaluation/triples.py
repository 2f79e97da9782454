"""Scoring of expected (source, target, CAMEO code) triples, shared by the PETRARCH-style suites.

Built on ``tacitus.evaluation.sentences`` (exact = code + source + target; extra = produced events that
match no expected event at root level), plus error classes and a root confusion table.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from tacitus.evaluation.sentences import Case, Expected, Score, score_case
from tacitus.evaluation.suite import ErrorCase, RunContext, describe_events, rules


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    v = str(value).strip()
    try:
        return dt.date(int(v[:4]), int(v[4:6]), int(v[6:8])) if len(v) == 8 else dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def make_case(id_: str, text: str, date: str | None, events: Sequence[dict]) -> Case:
    return Case(id_, text, parse_date(date),
                [Expected(str(e["code"]), e.get("source") or None, e.get("target") or None) for e in events])


def score_cases(cases: Sequence[Case], ctx: RunContext) -> tuple[Score, list[ErrorCase], dict]:
    coded = ctx.code([c.text for c in cases], dates=[c.published for c in cases], ids=[c.id for c in cases])
    score = Score()
    errors: list[ErrorCase] = []
    confusion: dict[str, dict[str, int]] = {}
    for case, doc in zip(cases, coded, strict=True):
        r = score_case(case, doc.events)
        score.results.append(r)
        for exp, ok in zip(case.events, r.exact, strict=True):
            if ok:
                confusion.setdefault(exp.cameo[:2], Counter())[exp.cameo[:2]] += 1
                continue
            kind, got = classify_miss(exp, doc.events)
            confusion.setdefault(exp.cameo[:2], Counter())[got] += 1
            want = f"{exp.cameo} {exp.source or '—'}→{exp.target or '—'}"
            errors.append(ErrorCase(case.id, case.text, want,
                                    describe_events(doc.events), rules(doc.events), kind,
                                    2.0 if kind in ("no event", "wrong root") else 1.0))
        if r.extra:
            kind = "event in a no-event sentence" if not case.events else "extra event"
            errors.append(ErrorCase(case.id, case.text, _expected(case), describe_events(doc.events),
                                    rules(doc.events), kind, 1.5 if not case.events else 0.5))
    errors.sort(key=lambda e: -e.weight)
    return score, errors, {k: dict(v) for k, v in confusion.items()}


def _expected(case: Case) -> str:
    return "; ".join(f"{e.cameo} {e.source or '—'}→{e.target or '—'}" for e in case.events) or "no event"


def _code(a) -> str | None:
    return a.code if a is not None else None


def classify_miss(exp: Expected, produced) -> tuple[str, str]:
    """(error class, produced root used in the confusion table) for an expected event not matched exactly."""
    if not produced:
        return "no event", "none"
    same_code = [e for e in produced if e.cameo == exp.cameo]
    if same_code:
        e = same_code[0]
        return ("wrong source" if _code(e.source) != exp.source else "wrong target"), exp.cameo[:2]
    same_root = [e for e in produced if e.root == exp.cameo[:2]]
    if same_root:
        e = same_root[0]
        if _code(e.source) == exp.source and _code(e.target) == exp.target:
            return "right root, wrong sub-code", e.root
        return "right root, wrong sub-code and actors", e.root
    dyad = [e for e in produced if _code(e.source) == exp.source and _code(e.target) == exp.target]
    e = dyad[0] if dyad else produced[0]
    return ("wrong root" if dyad else "wrong root and actors"), e.root


def per_root_rows(score: Score) -> list[list]:
    return [[root, n, round(ex / n, 3), round(ro / n, 3)] for root, (n, ex, ro) in score.per_root().items()]
