"""Suites on gold sets we wrote (kept in tests/fixtures, so they run from a source checkout):

* ``counts-ours`` — counts of people affected (number, category, approximate) per sentence;
* ``dates-ours`` — date expressions found in sentences and resolved against the publication date.

These sets were written alongside the rules, so they measure coverage of the documented conventions,
not generalisation; the public suites do that.
"""

from __future__ import annotations

from pathlib import Path

from tacitus.evaluation.suite import Metric, RunContext, Suite, SuiteResult, prf, register, whole_folder
from tacitus.yamlio import load_yaml


def _counts(cases: list[Path], ctx: RunContext) -> SuiteResult:
    from tacitus.evaluation.enrich_eval import run_counts_eval

    r = run_counts_eval(ctx.data_dir / "counts_gold.yaml")
    return SuiteResult(
        suite="counts-ours",
        n_cases=r["sentences"],
        metrics=[
            Metric("sentences exactly right (number, category, approximate)", r["exact"], "≥ 0.85",
                   "fine-tuned T5 0.81 exact on its own news set"),
            Metric("count F1", r["counts"]["f1"], "", "—", headline=False),
        ],
    )


def _dates(cases: list[Path], ctx: RunContext) -> SuiteResult:
    from tacitus.enrich.dates import find_dates
    from tacitus.nlp.model import load_model

    gold = load_yaml((ctx.data_dir / "dates_gold.yaml").read_text(encoding="utf-8"))
    nlp = load_model()
    exact = tp = n_pred = n_gold = 0
    for case, doc in zip(gold, nlp.pipe(c["s"] for c in gold), strict=True):
        got = [(m.text, m.date, m.granularity) for m in find_dates(doc, case["p"])]
        want = [tuple(x) for x in case["d"]]
        exact += got == want
        tp += len(set(got) & set(want))
        n_pred += len(got)
        n_gold += len(want)
    _p, _r, f = prf(tp, n_pred - tp, n_gold - tp)
    return SuiteResult(
        suite="dates-ours",
        n_cases=len(gold),
        metrics=[
            Metric("sentences exactly right (span, date, granularity)", exact / len(gold), "", "—"),
            Metric("date mention F1", f, "", "—", headline=False),
        ],
    )


for _name, _needs, _desc, _run in (
    ("counts-ours", "counts_gold.yaml", "counts of people affected, our 200-sentence gold set", _counts),
    ("dates-ours", "dates_gold.yaml", "date expressions resolved against the publication date, our gold set",
     _dates),
):
    register(Suite(name=_name, data="repo:tests/fixtures", needs=(_needs,), load=whole_folder,
                   uses_coder=False, split="all (our own sentences)", description=_desc, run=_run))
