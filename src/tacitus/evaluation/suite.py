"""Evaluation suites: a small ``Suite`` per public gold standard, a registry, and shared scoring helpers.

A suite is a module in ``tacitus/evaluation/suites/`` that builds a ``Suite`` and calls ``register``::

    SUITE = register(Suite(
        name="my-suite", data="my-folder",                      # under the shared data folder
        metric="macro-F1", public="0.90 (paper, table 3)", split="test",
        load=load, run=run))

``load(data_dir)`` returns the cases; ``run(cases, ctx)`` codes them (``ctx.code(texts)``, one batched
``code_documents`` call) and returns a ``SuiteResult``: headline metric rows, a per-class table, a
confusion table and the errors (worst first).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[3]


class SuiteSkipped(Exception):
    """The suite cannot run here (its data folder is absent); the message says why."""


@dataclass(slots=True)
class Metric:
    name: str
    value: float
    target: str = ""  # "≥ 0.85" — the figure the project aims at
    public: str = ""  # best public figure with its source, "—" when none
    headline: bool = True  # goes into docs/ACCURACY.md


@dataclass(slots=True)
class ErrorCase:
    id: str
    text: str
    expected: str
    produced: str
    rule: str = ""
    kind: str = ""  # error class ("missed", "wrong root", "wrong source" …), counted in the summary
    weight: float = 1.0  # worst first


@dataclass(slots=True)
class SuiteResult:
    suite: str
    n_cases: int
    metrics: list[Metric] = field(default_factory=list)
    table_header: list[str] = field(default_factory=list)
    table: list[list[Any]] = field(default_factory=list)  # per class / per root rows
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> produced -> count
    errors: list[ErrorCase] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    split: str = ""
    data_dir: str = ""
    seconds: float = 0.0

    def metric(self, name: str) -> float:
        for m in self.metrics:
            if m.name == name:
                return m.value
        raise KeyError(name)

    def error_classes(self) -> Counter:
        return Counter(e.kind for e in self.errors if e.kind)

    def to_dict(self, errors: int | None = None) -> dict[str, Any]:
        d = asdict(self)
        d["errors"] = d["errors"][:errors] if errors is not None else d["errors"]
        d["error_classes"] = dict(self.error_classes().most_common())
        return d


@dataclass(slots=True)
class Suite:
    name: str
    data: str  # folder under the shared data folder, or "repo:PATH" for our own gold in the repository
    description: str
    load: Callable[[Path], Sequence[Any]]
    run: Callable[[Sequence[Any], RunContext], SuiteResult]
    split: str = "test"
    needs: tuple[str, ...] = ()  # files that must exist under the data folder
    #: suite-specific dictionaries: a callable (data_dir, cases) -> ImportResult, used unless the user
    #: passes --dictionaries
    dictionaries: Callable[[Path, Sequence[Any]], Any] | None = None
    uses_coder: bool = True


@dataclass(slots=True)
class RunContext:
    """What a suite's ``run`` gets: the coder and where its data is."""

    data_dir: Path
    coder: Any = None  # tacitus.pipeline.Coder
    split: str | None = None  # for suites with their own dev/test halves: dev, test or all
    ner: str = "model"  # the entity source of suites that parse on their own (geo, entities)
    failed: list[str] = field(default_factory=list)  # documents the coder failed on: "origin (reason)"

    def code_documents(self, docs: Sequence[Any]) -> list:
        """The coder's CodedDocuments of ``docs`` in input order; those it failed on (an error document,
        scored as one with no events) are listed in ``failed`` so that the result's notes name them."""
        from tacitus.model import ERROR

        coded = list(self.coder.code_documents(docs))
        self.failed += [f"{cd.document.origin or n} ({cd.reason})" for n, cd in enumerate(coded)
                        if cd.status == ERROR]
        return coded

    def code(self, texts: Sequence[str], dates: Sequence[dt.date | None] | None = None,
             ids: Sequence[str] | None = None) -> list:
        """Code sentences in one batched call; returns CodedDocuments in input order."""
        from tacitus.model import Document

        docs = [
            Document(text=t, language="en", published=(dates[i] if dates else None),
                     origin=(ids[i] if ids else None))
            for i, t in enumerate(texts)
        ]
        return self.code_documents(docs)


# ---------------------------------------------------------------------------------------------- registry
_SUITES: dict[str, Suite] = {}
_DISCOVERED = False


def register(suite: Suite) -> Suite:
    _SUITES[suite.name] = suite
    return suite


def _discover() -> None:
    import importlib
    import pkgutil

    import tacitus.evaluation.suites as package

    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"tacitus.evaluation.suites.{info.name}")


def suites() -> dict[str, Suite]:
    """All registered suites by name (suite modules are imported on first use)."""
    global _DISCOVERED
    if not _DISCOVERED:
        _discover()
        _DISCOVERED = True
    return dict(sorted(_SUITES.items()))


def get_suite(name: str) -> Suite:
    all_ = suites()
    if name not in all_:
        raise KeyError(f"unknown suite {name!r}; known: {', '.join(all_)}")
    return all_[name]


# ---------------------------------------------------------------------------------------------- data
def whole_folder(data_dir: Path) -> list[Path]:
    """``load`` of a suite whose ``run`` reads its folder itself: one case, the folder."""
    return [data_dir]


def shared_data_root() -> Path | None:
    """``$TACITUS_SHARED_DATA``, else the first existing ``../shared/data`` or ``../../shared/data``
    relative to the working directory, then to the repository root."""
    env = os.environ.get("TACITUS_SHARED_DATA")
    if env:
        return Path(env)
    for base in (Path.cwd(), REPO_ROOT):
        for rel in ("../shared/data", "../../shared/data"):
            p = (base / rel).resolve()
            if p.is_dir():
                return p
    return None


def suite_data_dir(suite: Suite, override: str | Path | None = None) -> Path:
    """The folder a suite reads; raises SuiteSkipped with a message when it is absent."""
    if override is not None:
        path = Path(override)
    elif suite.data.startswith("repo:"):  # a gold set we wrote, kept in the repository
        path = REPO_ROOT / suite.data.removeprefix("repo:")
    else:
        root = shared_data_root()
        if root is None:
            raise SuiteSkipped(
                f"{suite.name}: no shared data folder (set TACITUS_SHARED_DATA or pass --data)")
        path = root / suite.data
    if not path.is_dir():
        raise SuiteSkipped(f"{suite.name}: data folder {path} not found (pass --data DIR)")
    for f in suite.needs:
        if not (path / f).exists():
            raise SuiteSkipped(f"{suite.name}: {path / f} not found")
    return path


# ---------------------------------------------------------------------------------------------- metrics
def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def classification(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] | None = None,
                   ignore: Sequence[str] = ()) -> tuple[list[list[Any]], float, dict[str, dict[str, int]]]:
    """Per-class rows ``[label, support, P, R, F1]``, macro-F1 over ``labels`` (default: the gold
    labels, minus ``ignore``) and the confusion table gold → predicted → count."""
    if labels is None:
        labels = sorted({g for g in gold if g not in ignore})
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred, strict=True):
        confusion.setdefault(g, {}).setdefault(p, 0)
        confusion[g][p] += 1
    rows, fs = [], []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        p_, r_, f_ = prf(tp, fp, fn)
        rows.append([lab, tp + fn, round(p_, 3), round(r_, 3), round(f_, 3)])
        fs.append(f_)
    return rows, (sum(fs) / len(fs) if fs else 0.0), confusion


def describe_events(events) -> str:
    """``"190 ARNMIL→GON; 042 USA→—"`` (or ``"no event"``)."""
    if not events:
        return "no event"
    return "; ".join(f"{e.cameo} {_c(e.source)}→{_c(e.target)}" for e in events)


def rules(events) -> str:
    return " | ".join(e.rule for e in events)[:300]


def _c(actor) -> str:
    return actor.code if actor is not None and actor.code else "—"
