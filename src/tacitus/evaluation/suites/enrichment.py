"""Suites for the GKG side and stories, wrapping their evaluation functions:

* ``geo-lgl``, ``geo-gwn``, ``geo-trnews`` — geoparsing on the Gritta corpora (tacitus.evaluation.geo_eval);
* ``quotes-polnear`` — speakers and quote contents on PolNeAR test (tacitus.evaluation.enrich_eval);
* ``entities-re3d`` — named entities on re3d (tacitus.evaluation.enrich_eval);
* ``stories-ecbplus`` — story clustering on ECB+ test topics 36–45 (tacitus.evaluation.story_eval).

Each loads its own models; none uses the event coder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tacitus.evaluation.suite import Metric, RunContext, Suite, SuiteResult, register, whole_folder


def _geo(key: str, targets: dict[str, tuple[str, str]]):
    def run(cases: list[Path], ctx: RunContext) -> SuiteResult:
        from tacitus.evaluation.geo_eval import run_geo_eval

        r = run_geo_eval(key, ctx.data_dir, ner=ctx.ner)
        spans = r["gold_spans"]
        target, public = targets["acc161"]
        metrics = [
            Metric("Acc@161 km, gold spans, test half", spans["test"]["acc161"], target, public),
            Metric("Acc@161 km, gold spans, all documents", spans["all"]["acc161"], "", "—", headline=False),
            Metric("Acc@161 km, gold spans, dev half", spans["dev"]["acc161"], "", "—", headline=False),
            Metric("mean error km, gold spans, test half", spans["test"]["mean_km"], "", "—", headline=False),
        ]
        if "end_to_end" in r:
            e2e = r["end_to_end"]["test"]
            name = "end-to-end F1 (span overlap, ≤ 161 km), test half"
            metrics.append(Metric(name, e2e["f1"], *targets["e2e"]))
        return SuiteResult(
            suite=f"geo-{key}",
            n_cases=r["documents"],
            metrics=metrics,
            notes=["dev = even documents (tuned on), test = odd (reported)"],
        )

    return run


def _quotes(cases: list[Path], ctx: RunContext) -> SuiteResult:
    from tacitus.evaluation.enrich_eval import run_quotes_eval

    r = run_quotes_eval(ctx.data_dir, split="test")
    return SuiteResult(
        suite="quotes-polnear",
        n_cases=r["documents"],
        metrics=[
            Metric("speaker exact-span F1", r["speakers"]["f1"], "≥ 0.80", "supervised BERT 0.83"),
            Metric("quote content exact-span F1", r["contents"]["f1"], "≥ 0.75", "supervised BERT 0.73"),
            Metric("joint F1", r["joint"]["f1"], "", "rule baseline 0.46 jointly", headline=False),
        ],
    )


def _entities(cases: list[Path], ctx: RunContext) -> SuiteResult:
    from tacitus.evaluation.enrich_eval import run_entities_eval

    r = run_entities_eval(ctx.data_dir, split="test", ner=ctx.ner)
    per = r["per_type"]
    return SuiteResult(
        suite="entities-re3d",
        n_cases=r["documents"],
        metrics=[
            Metric("exact-span F1 on mapped types, test half", r["micro"]["f1"], "≥ 0.55",
                   "spaCy small alone 0.38")
        ],
        notes=["dev = even documents (tuned on), test = odd (reported)"],
        table_header=["type", "precision", "recall", "F1"],
        table=[[t, v["precision"], v["recall"], v["f1"]] for t, v in sorted(per.items())],
    )


def _stories(cases: list[Path], ctx: RunContext) -> SuiteResult:
    from tacitus.evaluation.story_eval import run_ecb_eval

    r: dict[str, Any] = run_ecb_eval(ctx.data_dir / "docs.jsonl")
    test = r["test"]
    return SuiteResult(
        suite="stories-ecbplus",
        n_cases=test["documents"],
        metrics=[
            Metric(
                "B³ F1, test topics 36–45",
                test["b3_f1"],
                "≥ 0.97",
                "K-means with the number of clusters given 0.968; TF-IDF baseline 0.87",
            ),
            Metric("pairwise F1, test topics", test["pairwise_f1"], "", "—", headline=False),
            Metric("B³ F1, dev topics 1–22", r["dev"]["b3_f1"], "", "—", headline=False),
        ],
    )


def _register(name: str, data: str, needs: tuple[str, ...], split: str, description: str, run) -> None:
    """These suites read their own folders and load their own models (no event coder)."""
    register(
        Suite(
            name=name,
            data=data,
            needs=needs,
            load=whole_folder,
            uses_coder=False,
            split=split,
            description=description,
            run=run,
        )
    )


GRITTA = "geoparsing-gritta"
EVEN_ODD = "dev + test (even/odd documents)"
_register(
    "geo-lgl",
    GRITTA,
    ("lgl.xml",),
    EVEN_ODD,
    "geoparsing LGL: Acc@161 km with gold spans",
    _geo("lgl", {"acc161": ("≥ 0.85", "Mordecai 3 0.827")}),
)
_register(
    "geo-gwn",
    GRITTA,
    ("GWN.xml",),
    EVEN_ODD,
    "geoparsing GeoWebNews: Acc@161 km with gold spans, end-to-end F1",
    _geo("gwn", {"acc161": ("≥ 0.95", "Mordecai 3 0.941"), "e2e": ("≥ 0.60", "—")}),
)
_register(
    "geo-trnews",
    GRITTA,
    ("TR-News.xml",),
    EVEN_ODD,
    "geoparsing TR-News: Acc@161 km",
    _geo("trnews", {"acc161": ("≥ 0.90", "Mordecai 3 0.873")}),
)
_register(
    "quotes-polnear",
    "polnear",
    ("test",),
    "test (tuned on dev)",
    "PolNeAR attribution: speakers and quote contents",
    _quotes,
)
_register(
    "entities-re3d",
    "re3d",
    (),
    EVEN_ODD,
    "re3d named entities (Syria/Iraq), exact-span F1 on mapped types",
    _entities,
)
_register(
    "stories-ecbplus",
    "ecbplus-story-clusters",
    ("docs.jsonl",),
    "test topics 36–45 (tuned on 1–22)",
    "ECB+ story clustering: B³ and pairwise F1",
    _stories,
)
