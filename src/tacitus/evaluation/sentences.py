"""Score coded events against expected (source, target, code) triples, sentence by sentence."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.model import Event
from tacitus.yamlio import load_yaml


@dataclass(slots=True)
class Expected:
    cameo: str
    source: str | None
    target: str | None
    modality: str = "asserted"


@dataclass(slots=True)
class Case:
    id: str
    text: str
    published: dt.date | None
    events: list[Expected]


@dataclass(slots=True)
class CaseResult:
    case: Case
    produced: list[Event]
    exact: list[bool]  # per expected event: code, source and target all right
    root: list[bool]  # per expected event: root, source and target right
    extra: int  # produced events that match no expected event (at root level)


@dataclass(slots=True)
class Score:
    results: list[CaseResult] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return sum(len(r.case.events) for r in self.results)

    @property
    def produced(self) -> int:
        return sum(len(r.produced) for r in self.results)

    def exact_recall(self) -> float:
        return _ratio(sum(sum(r.exact) for r in self.results), self.expected)

    def root_recall(self) -> float:
        return _ratio(sum(sum(r.root) for r in self.results), self.expected)

    def extra_rate(self) -> float:
        """Events produced that match nothing expected, per expected event."""
        return _ratio(sum(r.extra for r in self.results), self.expected)

    def no_event_precision(self) -> float:
        """Share of sentences expecting no event for which nothing was produced."""
        empty = [r for r in self.results if not r.case.events]
        return _ratio(sum(1 for r in empty if not r.produced), len(empty))

    def per_root(self) -> dict[str, tuple[int, int, int]]:
        """root → (expected, exact matches, root matches)."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in self.results:
            for exp, ex, ro in zip(r.case.events, r.exact, r.root, strict=True):
                row = table[exp.cameo[:2]]
                row[0] += 1
                row[1] += ex
                row[2] += ro
        return {k: tuple(v) for k, v in sorted(table.items())}

    def failures(self) -> list[CaseResult]:
        return [r for r in self.results if not all(r.exact) or r.extra]


def _ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


def load_cases(path: str | Path) -> list[Case]:
    """Read a YAML sentence set (format: tests/fixtures/coding_sentences.yaml)."""
    raw = load_yaml(Path(path).read_text("utf-8"))
    cases = []
    for item in raw:
        pub = item.get("published")
        if isinstance(pub, str):
            pub = dt.date.fromisoformat(pub)
        events = [
            Expected(str(e["cameo"]), e.get("source"), e.get("target"), e.get("modality") or "asserted")
            for e in item.get("events") or []
        ]
        cases.append(Case(str(item["id"]), item["text"], pub, events))
    return cases


def score_case(case: Case, produced: list[Event]) -> CaseResult:
    used_exact: set[int] = set()
    used_root: set[int] = set()
    exact, root = [], []
    for exp in case.events:
        exact.append(_take(produced, used_exact, exp, lambda e, x: e.cameo == x.cameo))
        root.append(_take(produced, used_root, exp, lambda e, x: e.root == x.cameo[:2]))
    extra = sum(1 for i in range(len(produced)) if i not in used_root)
    return CaseResult(case, produced, exact, root, extra)


def _take(produced: list[Event], used: set[int], exp: Expected, same_code) -> bool:
    for i, e in enumerate(produced):
        if i in used or not same_code(e, exp):
            continue
        if _code(e.source) == exp.source and _code(e.target) == exp.target:
            used.add(i)
            return True
    return False


def _code(actor: Any) -> str | None:
    return actor.code if actor is not None else None


def score(cases: Iterable[Case], coder) -> Score:
    """Code every case with ``coder`` (a tacitus.pipeline.Coder) and score it."""
    from tacitus.model import Document

    cases = list(cases)
    docs = [Document(text=c.text, published=c.published, language="en", origin=c.id) for c in cases]
    result = Score()
    for case, coded in zip(cases, coder.code_documents(docs), strict=True):
        result.results.append(score_case(case, coded.events))
    return result

