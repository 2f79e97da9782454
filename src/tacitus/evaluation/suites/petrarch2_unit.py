"""``petrarch2-unit``: the PETRARCH2 unit/validation records
(petrarch2-validation, 284 sentences, 359 events).

Scored like PETRARCH2 scores itself: an expected event counts when an event we produce has the same
code, source and target codes; extra = produced events matching no expected event (root level), per
expected event. Records that test error handling (``expect_error``: dateline, discards, bad parses) are
left out. The sentences use a Tolkien world, so by default the suite codes with its own dictionaries
(PETR.Validate.actors/agents/verbs converted by ``tacitus.dictionaries``; the converted verb patterns go
before ours; actor phrases without a trailing ``_`` are matched as prefixes of the suite's words, as
TABARI did). Many expected codes come from WEIS-era verb patterns (``90x``, ``22x``, ``34x``) that are not
CAMEO codes: no CAMEO coder can produce them; they are counted in a note.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tacitus.evaluation.suite import Metric, RunContext, Suite, SuiteResult, register
from tacitus.evaluation.triples import make_case, per_root_rows, score_cases

FILE = "PETR.UnitTest.records.jsonl"


def load(data_dir: Path) -> list:
    cases = []
    for line in (data_dir / FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("expect_error"):
            continue
        cases.append(make_case(r["id"], r["text"], r.get("date"), r.get("expected_events") or []))
    return cases


def own_dictionaries(data_dir: Path, cases):
    from tacitus.dictionaries import prepare

    vocab = {w for c in cases for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", c.text)}
    return prepare(data_dir, verbs="prepend", vocabulary=vocab)


def run(cases, ctx: RunContext) -> SuiteResult:
    from tacitus.events.cameo import CAMEO

    score, errors, confusion = score_cases(cases, ctx)
    non_cameo = sum(1 for c in cases for e in c.events if e.cameo not in CAMEO)
    exact = score.exact_recall()
    return SuiteResult(
        suite="petrarch2-unit", n_cases=len(cases),
        metrics=[
            Metric("expected events coded exactly (source, target, code)", exact, "≥ 0.90",
                   "PETRARCH2 passes its own suite by construction (its dictionaries and parses)"),
            Metric("extra events per expected event", score.extra_rate(), "≤ 0.10", "—"),
            Metric("root-level recall (root, source, target)", score.root_recall(), "", "—", headline=False),
            Metric("no-event records left without events", score.no_event_precision(), "", "—",
                   headline=False),
        ],
        table_header=["root", "expected", "exact", "root-level"], table=per_root_rows(score),
        confusion=confusion, errors=errors,
        notes=[f"{score.expected} expected events, {non_cameo} with non-CAMEO (WEIS-era) codes no CAMEO "
               "coder "
               f"can produce; error-handling records left out"],
    )


SUITE = register(Suite(
    name="petrarch2-unit", data="petrarch2-validation", needs=(FILE,), split="test (never tuned on)",
    description="PETRARCH2 unit records: expected (source, target, code) with the suite's own dictionaries",
    load=load, run=run, dictionaries=own_dictionaries,
))
