"""``plover-gsr``: PLOVER gold-standard records (plover/PLOVER_GSR_CAMEO.json, 322 CAMEO-manual sentences).

The file (PLOVER 0.5b1, CC BY-SA 4.0) labels each sentence with one 0.5-era event category and its
source/target actors (``code`` = country ISO3 or IGO/NGO/IMG, ``sector`` separately). Those categories
predate CAMEO2PLOVER-2021, so our CAMEO code is mapped here, by root:

    03 AGREE · 04 CONSULT · 05 SUPPORT · 06 COOPERATE · 07 AID · 08 CONCEDE (080–083) /
    RETREAT (084–087, 0813, 0814 — as in CAMEO2PLOVER-2021) · 09 INVESTIGATE · 10 DEMAND · 11 DISAPPROVE ·
    12 REJECT · 13 THREATEN · 14 PROTEST · 15 MOBILIZE · 16 SANCTION · 17 COERCE · 18 ASSAULT ·
    19, 20 FIGHT · 01, 02 → none (PLOVER drops them).

Prediction for a sentence: the category of the first event we produce that has one (``none`` if none).
Actor match: our actor's country (else the first three letters of its code) equals the gold ``code`` of one
of the listed actors (old codes normalised: JAP→JPN, ITL→ITA, VTN→VNM); a sentence without gold target
needs no target from us (the GSR leaves targets out when the manual's example has none highlighted).
"""

from __future__ import annotations

import json
from pathlib import Path

from tacitus.evaluation.suite import (
    ErrorCase,
    Metric,
    RunContext,
    Suite,
    SuiteResult,
    classification,
    describe_events,
    register,
)

FILE = "PLOVER_GSR_CAMEO.json"
ROOT_TO_GSR = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
    "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT", "20": "FIGHT",
}
RETREAT_PREFIXES = ("0813", "0814", "084", "085", "086", "087")
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NONE = "none"


def gsr_category(cameo: str) -> str | None:
    """Our CAMEO code → the GSR's 0.5-era PLOVER category (None for CAMEO 01/02)."""
    if cameo.startswith(RETREAT_PREFIXES):
        return "RETREAT"
    return ROOT_TO_GSR.get(cameo[:2])


def load(data_dir: Path) -> list[dict]:
    records = json.loads((data_dir / FILE).read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") and r["event"] != "DOCUMENT" and r.get("text")]


def _gold_codes(value) -> set[str]:
    if not isinstance(value, list):
        return set()
    return {OLD_CODES.get(str(a.get("code")), str(a.get("code"))) for a in value if isinstance(a, dict)}


def primary(actor) -> str | None:
    if actor is None:
        return None
    return actor.country or (actor.code[:3] if actor.code else None)


def actors_match(event, case: dict) -> tuple[bool, bool]:
    src, tgt = _gold_codes(case.get("source")), _gold_codes(case.get("target"))
    s_ok = primary(event.source) in src if src else event.source is None
    t_ok = primary(event.target) in tgt if tgt else True
    return s_ok, t_ok


def run(cases: list[dict], ctx: RunContext) -> SuiteResult:
    coded = ctx.code([c["text"] for c in cases], ids=[c["id"] for c in cases])
    gold, pred, full, any_hit = [], [], 0, 0
    errors: list[ErrorCase] = []
    for case, doc in zip(cases, coded, strict=True):
        g = case["event"]
        labelled = [(e, gsr_category(e.cameo)) for e in doc.events]
        labelled = [(e, lab) for e, lab in labelled if lab]
        first = labelled[0] if labelled else (None, NONE)
        p = first[1]
        gold.append(g)
        pred.append(p)
        any_hit += any(lab == g for _, lab in labelled)
        ok_actors = False
        if p == g:
            s_ok, t_ok = actors_match(first[0], case)
            ok_actors = s_ok and t_ok
            full += ok_actors
        if p != g or not ok_actors:
            if p == NONE:
                kind = "missed (no event)" if not doc.events else "missed (only CAMEO 01/02)"
            elif p != g:
                kind = f"wrong type {g}→{p}"
            else:
                s_ok, t_ok = actors_match(first[0], case)
                kind = "wrong source" if not s_ok else "wrong target"
            expected = f"{g} {'/'.join(sorted(_gold_codes(case.get('source')))) or '—'}→" \
                       f"{'/'.join(sorted(_gold_codes(case.get('target')))) or '—'}"
            errors.append(ErrorCase(case["id"], case["text"], expected, describe_events(doc.events),
                                    first[0].rule if first[0] is not None else "", kind,
                                    2.0 if p != g else 1.0))
    labels = sorted(set(gold))
    rows, macro, confusion = classification(gold, pred, labels)
    n = len(cases)
    errors.sort(key=lambda e: -e.weight)
    return SuiteResult(
        suite="plover-gsr", n_cases=n,
        metrics=[
            Metric("event-type macro-F1", macro, "≥ 0.85", "— (no published coder score on this file)"),
            Metric("event-type accuracy", sum(g == p for g, p in zip(gold, pred, strict=True)) / n, "", "—",
                   headline=False),
            Metric("type + actor + recipient accuracy", full / n, "≥ 0.70", "—"),
            Metric("type found among any of our events", any_hit / n, "", "—", headline=False),
        ],
        table_header=["type", "support", "P", "R", "F1"], table=rows, confusion=confusion, errors=errors,
        notes=["categories mapped from our CAMEO root (see tacitus/evaluation/suites/plover_gsr.py)"],
    )


SUITE = register(Suite(
    name="plover-gsr", data="plover", needs=(FILE,), split="test (never tuned on)",
    description="PLOVER GSR: 322 CAMEO-manual sentences, PLOVER 0.5 event type and source/target",
    load=load, run=run,
))
