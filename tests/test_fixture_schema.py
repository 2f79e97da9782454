"""Schema checks for the coder regression set tests/fixtures/coding_sentences.yaml."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tacitus.events.cameo import CAMEO

FIXTURE = Path(__file__).parent / "fixtures" / "coding_sentences.yaml"
ACTOR_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
MODALITIES = {"asserted", "threat", "negated", "hypothetical", "future", "claimed", "unverified"}
ENTRY_KEYS = {"id", "text", "published", "events", "note"}
EVENT_KEYS = {"cameo", "source", "target", "modality"}


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_entry_shape(entries):
    assert len(entries) >= 180
    for e in entries:
        assert set(e) <= ENTRY_KEYS, e
        assert isinstance(e["id"], str) and e["id"]
        assert isinstance(e["text"], str) and len(e["text"].split()) >= 4, e["id"]
        assert isinstance(e["events"], list), e["id"]
        if "published" in e:
            assert isinstance(e["published"], dt.date), e["id"]


def test_unique_ids_and_texts(entries):
    ids = Counter(e["id"] for e in entries)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(e["text"].strip().lower() for e in entries)
    assert [t for t, n in texts.items() if n > 1] == []


def test_events_are_valid(entries):
    for e in entries:
        for ev in e["events"]:
            assert set(ev) <= EVENT_KEYS and {"cameo", "source", "target"} <= set(ev), e["id"]
            code = ev["cameo"]
            assert isinstance(code, str), f"{e['id']}: cameo must be a quoted string"
            assert CAMEO.is_code(code) and len(code) >= 3, f"{e['id']}: bad CAMEO code {code!r}"
            for role in ("source", "target"):
                actor = ev[role]
                if role == "source":
                    assert actor is not None, e["id"]
                assert actor is None or ACTOR_RE.match(actor), f"{e['id']}: bad actor {actor!r}"
            modality = ev.get("modality", "asserted")
            assert modality in MODALITIES, e["id"]
            if CAMEO.root(code) == "13":
                assert modality == "threat", f"{e['id']}: THREATEN events carry modality threat"


def test_every_root_covered_seven_times(entries):
    per_root: Counter[str] = Counter()
    for e in entries:
        for root in {CAMEO.root(ev["cameo"]) for ev in e["events"]}:
            per_root[root] += 1
    short = {r: per_root[r] for r in CAMEO.roots() if per_root[r] < 7}
    assert short == {}


def test_no_event_and_modality_counts(entries):
    assert sum(1 for e in entries if not e["events"]) >= 15
    modal = [
        e["id"]
        for e in entries
        if any(ev.get("modality", "asserted") not in ("asserted", "threat") for ev in e["events"])
    ]
    assert len(modal) >= 15
    kinds = {ev.get("modality") for e in entries for ev in e["events"]}
    assert MODALITIES - {"asserted"} <= kinds
