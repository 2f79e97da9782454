"""Run registered suites: resolve their data, prepare dictionaries, share one Coder per configuration."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from tacitus.evaluation.suite import RunContext, SuiteResult, SuiteSkipped, get_suite, suite_data_dir


class CoderPool:
    """One Coder per (actor lexicons, event lexicon) configuration for the whole process; ``fast``
    builds fast-mode coders (``CodingOptions.fast``), ``choices`` (``selective``, ``ner``) choose the parse
    and the entity source (left out: ``CodingOptions``' defaults)."""

    def __init__(self, batch_size: int = 64, fast: bool = False, **choices: Any) -> None:
        from tacitus.pipeline import CodingOptions

        self.options = CodingOptions(batch_size=batch_size, fast=fast, **choices)
        self._coders: dict[tuple, Any] = {}

    @property
    def ner(self) -> str:
        return self.options.ner

    def get(self, actor_lexicons: list[str] | None = None, event_lexicon_dir: str | None = None):
        from tacitus.pipeline import Coder

        key = (tuple(actor_lexicons or ()), event_lexicon_dir)
        if key not in self._coders:
            self._coders[key] = Coder(replace(self.options, actor_lexicons=list(actor_lexicons or []),
                                              event_lexicon_dir=event_lexicon_dir))
        return self._coders[key]


def run_suite(name: str, data: str | Path | None = None, dictionaries: str | Path | None = None,
              pool: CoderPool | None = None, split: str | None = None) -> SuiteResult:
    """Run one suite; raises SuiteSkipped when its data is absent."""
    suite = get_suite(name)
    data_dir = suite_data_dir(suite, data)
    pool = pool or CoderPool()
    t0 = time.perf_counter()
    cases = suite.load(data_dir)
    coder = None
    notes = []
    if suite.uses_coder:
        imported = None
        if dictionaries is not None:
            from tacitus.dictionaries import prepare

            imported = prepare(dictionaries)
            notes.append(f"dictionaries: {dictionaries}")
        elif suite.dictionaries is not None:
            imported = suite.dictionaries(data_dir, cases)
            files = ", ".join(Path(p).name for p in imported.actor_lexicons)
            notes.append(f"dictionaries: the suite's own ({files}"
                         f"{', verbs' if imported.event_lexicon_dir else ''})")
        coder = pool.get(imported.actor_lexicons if imported else None,
                         imported.event_lexicon_dir if imported else None)
    ctx = RunContext(data_dir=data_dir, coder=coder, split=split, ner=pool.ner)
    result = suite.run(cases, ctx)
    result.seconds = round(time.perf_counter() - t0, 1)
    result.split = result.split or suite.split
    result.data_dir = str(data_dir)
    result.notes = notes + result.notes + failed_note(ctx.failed)
    return result


def failed_note(failed: list[str], shown: int = 10) -> list[str]:
    """A note naming the documents the coder failed on (scored as documents with no events), so that a
    crash shows in the figures' notes instead of passing as lost recall."""
    if not failed:
        return []
    more = f" and {len(failed) - shown} more" if len(failed) > shown else ""
    return [f"{len(failed)} documents failed to code, scored with no events: " + "; ".join(failed[:shown])
            + more]


__all__ = ["CoderPool", "SuiteSkipped", "run_suite"]
