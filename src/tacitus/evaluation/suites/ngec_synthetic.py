"""``ngec-synthetic``: does the coder find the event a political news story is about?

NGEC's 4,500 synthetic stories (ngec-assets/gpt_synthetic_events_2023-10-19_19.csv.zip; LLM-written, NOT real
news; MIT-declared) were written from 375 headline templates, each labelled with the PLOVER event type (and
often mode) the story reports: "{country_1} Troops Shell Border Villages" → ASSAULT. The label is a weak,
story-level gold: it names one event the story must contain, not every event in it, and no actors.

Scored: a story is **found** when one of our events has the label's PLOVER type (our CAMEO code mapped by
CAMEO2PLOVER-2021, as in the exports); **mode found** when one also has the label's mode (stories whose label
has a mode). Reported beside it: stories with no event at all, events per story, and the share of our events
of the label's type (a proxy only: a story tells of other events too).

Halves: stories are split by headline template (a template's stories are alike), dev and test; the coder may
be tuned on the dev half only. The story's headline (the template filled in, as in the prompt) is the first
line of the text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tacitus.evaluation.suite import (
    ErrorCase,
    Metric,
    RunContext,
    Suite,
    SuiteResult,
    describe_events,
    register,
)

FILE = "gpt_synthetic_events_2023-10-19_19.csv.zip"


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    text: str
    label: str  # PLOVER event type
    mode: str  # PLOVER mode, or "" when the template names none
    split: str  # dev or test


def split_of(template: str) -> str:
    """The half a headline template's stories belong to (stable: a hash of the template)."""
    return "dev" if hashlib.sha1(template.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _headline(prompt: str) -> str:
    """The filled-in headline: the prompt's first line ("Haiti Teachers Strike\\n\\n(Reuters) --")."""
    return prompt.strip().splitlines()[0].strip() if prompt.strip() else ""


def load(data_dir: Path) -> list[Story]:
    with zipfile.ZipFile(data_dir / FILE) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        with z.open(name) as f:
            rows = list(csv.DictReader(io.TextIOWrapper(f, "utf-8")))
    stories = []
    for i, r in enumerate(rows):
        body = (r.get("text") or "").strip()
        if not body or not r.get("label"):
            continue
        head = _headline(r.get("prompt") or "")
        text = f"{head}\n\n{body}" if head else body
        stories.append(Story(f"ngec-synthetic#{i}", text, r["label"].strip().upper(),
                             (r.get("mode") or "").strip().upper(), split_of(r.get("title") or head)))
    return stories


def run(stories: list[Story], ctx: RunContext) -> SuiteResult:
    split = ctx.split or "test"
    chosen = [s for s in stories if split == "all" or s.split == split]
    coded = ctx.code([s.text for s in chosen], ids=[s.id for s in chosen])
    per_label: dict[str, Counter] = {}
    found = moded = with_mode = empty = n_events = on_label = 0
    errors: list[ErrorCase] = []
    for story, doc in zip(chosen, coded, strict=True):
        types = [e.plover_type for e in doc.events]
        modes = {(e.plover_type, (e.plover_mode or "").upper()) for e in doc.events}  # ours: lower case
        hit = story.label in types
        found += hit
        empty += not doc.events
        n_events += len(types)
        on_label += types.count(story.label)
        if story.mode:
            with_mode += 1
            moded += (story.label, story.mode) in modes
        c = per_label.setdefault(story.label, Counter())
        c["stories"] += 1
        c["found"] += hit
        c["events"] += len(types)
        if not hit:
            kind = "missed: no event in the story" if not types else "missed: only other types"
            expected = story.label + (f" ({story.mode})" if story.mode else "")
            errors.append(ErrorCase(story.id, story.text[:600], expected, describe_events(doc.events), "",
                                    kind, 1.0))
    n, n_moded, n_scored = len(chosen) or 1, with_mode or 1, n_events or 1
    table = [[label, c["stories"], round(c["found"] / c["stories"], 3), round(c["events"] / c["stories"], 2)]
             for label, c in sorted(per_label.items(), key=lambda kv: -kv[1]["stories"])]
    return SuiteResult(
        suite="ngec-synthetic", n_cases=len(chosen),
        metrics=[
            Metric("stories whose labelled event type we find", found / n, "≥ 0.70", "— (weak story label)"),
            Metric("stories whose labelled type and mode we find", moded / n_moded, "", "—",
                   headline=False),
            Metric("stories with no event", empty / n, "", "—", headline=False),
            Metric("events per story", n_events / n, "", "—", headline=False),
            Metric("share of our events of the labelled type (proxy)", on_label / n_scored, "", "—",
                   headline=False),
        ],
        table_header=["label", "stories", "found", "events/story"], table=table, errors=errors,
        notes=[f"{split} half: {len(chosen)} synthetic stories (LLM-written, not real news); weak story-level"
               " labels: one event the story must hold, not every event in it"],
        split=split,
    )


SUITE = register(Suite(
    name="ngec-synthetic", data="ngec-assets", needs=(FILE,), split="test (dev half tuned on)",
    description="NGEC synthetic political stories: is the labelled PLOVER event type found (weak gold)",
    load=load, run=run,
))
