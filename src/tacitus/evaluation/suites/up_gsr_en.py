"""``up-gsr-en``: UniversalPetrarch's English gold-standard records (PETR2_GSR_validation, 78 AFP and
other news sentences, 80 events, 12 no-event sentences). Evaluation only: the texts are news copy.

Recall = expected (source, target, code) triples we produce exactly, as UniversalPetrarch reports it;
false events = produced events matching no expected event (root level), as a share of the gold count.
Codes are real Phoenix actor codes (``GUYJUD``, ``BRAPPL``), so sector conventions matter; a lenient row
compares roots and the actors' countries only.
"""

from __future__ import annotations

import json
from pathlib import Path

from tacitus.evaluation.suite import Metric, RunContext, Suite, SuiteResult, register
from tacitus.evaluation.triples import make_case, per_root_rows, score_cases

FILE = "PETR2_GSR_validation.jsonl"
UP_PUBLIC = "UniversalPetrarch 0.68 recall, 0.23 extra (issue brief figure)"


def load(data_dir: Path) -> list:
    cases = []
    for line in (data_dir / FILE).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            cases.append(make_case(r["id"], r["text"], r.get("date"), r.get("expected_events") or []))
    return cases


def _lenient(score) -> float:
    hit = 0
    for r in score.results:
        used: set[int] = set()
        for exp in r.case.events:
            for i, e in enumerate(r.produced):
                if i in used or e.root != exp.cameo[:2]:
                    continue
                src_ok = _country(e.source) == (exp.source or "")[:3]
                if src_ok and _country(e.target) == (exp.target or "")[:3]:
                    used.add(i)
                    hit += 1
                    break
    return hit / score.expected if score.expected else 1.0


def _country(a) -> str:
    return (a.code or "")[:3] if a is not None else ""


def run(cases, ctx: RunContext) -> SuiteResult:
    score, errors, confusion = score_cases(cases, ctx)
    return SuiteResult(
        suite="up-gsr-en", n_cases=len(cases),
        metrics=[
            Metric("recall (exact source, target, code)", score.exact_recall(), "≥ 0.80", UP_PUBLIC),
            Metric("false events / gold events", score.extra_rate(), "≤ 0.20", UP_PUBLIC),
            Metric("root-level recall (root, source, target)", score.root_recall(), "", "—", headline=False),
            Metric("lenient recall (root, actor countries)", _lenient(score), "", "—", headline=False),
            Metric("no-event sentences left without events", score.no_event_precision(), "", "—",
                   headline=False),
        ],
        table_header=["root", "expected", "exact", "root-level"], table=per_root_rows(score),
        confusion=confusion, errors=errors,
    )


SUITE = register(Suite(
    name="up-gsr-en", data="universalpetrarch-validation", needs=(FILE,), split="test (never tuned on)",
    description="UniversalPetrarch English GSR: 78 news sentences, 80 events + no-event cases",
    load=load, run=run,
))
