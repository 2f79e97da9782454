"""``conflibert-cameo``: ConfliBERT's CAMEO penta-class sentences (conflibert-cameo/cameo_class/test.tsv,
451 news sentences; ``train.tsv`` is for development only). Evaluation only: the texts are news copy.

Labels (``sentence<TAB>label``): 0 = CAMEO roots 01–02, 1 = 03–05, 2 = 06–08, 3 = 09–13 and 16,
4 = 14–15 and 17–20. Our prediction is the class of the first event we code in the sentence; a sentence
without events is predicted ``none`` (always wrong: every sentence carries a label). Macro-F1 over 0–4.
"""

from __future__ import annotations

import os
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
    rules,
)

#: test.tsv by default; TACITUS_CONFLIBERT_SPLIT=train scores the development split
SPLIT = os.environ.get("TACITUS_CONFLIBERT_SPLIT", "test")
LABELS = ["0", "1", "2", "3", "4"]
NAMES = {"0": "statements/appeals 01-02", "1": "verbal cooperation 03-05", "2": "material cooperation 06-08",
         "3": "verbal conflict 09-13,16", "4": "material conflict 14-15,17-20"}


def penta(root: str) -> str:
    r = int(root)
    if r <= 2:
        return "0"
    if r <= 5:
        return "1"
    if r <= 8:
        return "2"
    if r <= 13 or r == 16:
        return "3"
    return "4"


def load(data_dir: Path) -> list[tuple[str, str]]:
    rows = []
    text = (data_dir / "cameo_class" / f"{SPLIT}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.rstrip("\r")
        if "\t" in line:
            sentence, label = line.rsplit("\t", 1)
            if label.strip() in LABELS:
                rows.append((sentence.strip(), label.strip()))
    return rows


def run(cases, ctx: RunContext) -> SuiteResult:
    coded = ctx.code([t for t, _ in cases], ids=[f"{SPLIT}-{i}" for i in range(len(cases))])
    gold, pred, errors = [], [], []
    for i, ((text, label), doc) in enumerate(zip(cases, coded, strict=True)):
        p = penta(doc.events[0].root) if doc.events else "none"
        gold.append(label)
        pred.append(p)
        if p != label:
            kind = "no event" if p == "none" else f"class {label}→{p}"
            errors.append(ErrorCase(f"{SPLIT}-{i}", text, f"class {label} ({NAMES[label]})",
                                    describe_events(doc.events), rules(doc.events), kind,
                                    2.0 if p != "none" and abs(int(p) - int(label)) >= 2 else 1.0))
    rows, macro, confusion = classification(gold, pred, LABELS)
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(cases)
    errors.sort(key=lambda e: -e.weight)
    return SuiteResult(
        suite="conflibert-cameo", n_cases=len(cases),
        metrics=[
            Metric("penta-class macro-F1", macro, "≥ 0.85",
                   "fine-tuned ConfliBERT ≈ 0.90 (Hu et al., NAACL 2022, as quoted in issue 4)"),
            Metric("accuracy", acc, "", "—", headline=False),
            Metric("sentences with no event coded", pred.count("none") / len(cases), "", "—", headline=False),
        ],
        table_header=["class", "support", "P", "R", "F1"],
        table=[[f"{r[0]} {NAMES[r[0]]}", *r[1:]] for r in rows], confusion=confusion, errors=errors,
        split=SPLIT if SPLIT != "test" else "",
    )


SUITE = register(Suite(
    name="conflibert-cameo", data="conflibert-cameo", needs=("cameo_class",), split="test (test.tsv)",
    description="ConfliBERT CAMEO penta-class: 451 news sentences, class of the first coded event",
    load=load, run=run,
))
