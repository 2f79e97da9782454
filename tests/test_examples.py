"""The bundled sample articles (examples/, written by us) coded as an analyst expects (docs/EXAMPLES.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tacitus.ingest import IngestOptions, Rejected, read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def coded(coder):
    items = list(read_inputs([str(EXAMPLES)], IngestOptions(default_date=dt.date(2016, 9, 29))))
    assert not [i for i in items if isinstance(i, Rejected)]
    return {c.document.origin: c for c in coder.code_documents(items)}


@pytest.fixture(scope="module")
def aleppo(coded):
    return next(c for origin, c in coded.items() if origin.endswith("aleppo_scraped.txt"))


def find(events, **want):
    def ok(e):
        for key, value in want.items():
            if key in ("source", "target"):
                actor = getattr(e, key)
                if (actor.code if actor else None) != value:
                    return False
            elif getattr(e, key) != value:
                return False
        return True

    return [e for e in events if ok(e)]


def test_threat_us_to_russia_with_resolved_date(aleppo):
    (e,) = find(aleppo.events, root="13", source="USAGOV", target="RUSGOV")
    assert e.plover_type == "THREATEN" and e.modality == "threat"
    assert e.cameo == "1313"
    assert e.date == dt.date(2016, 9, 28)  # "on Wednesday" before Thursday 29 September


def test_demand_us_to_russia(aleppo):
    assert find(aleppo.events, root="10", source="USAGOV", target="RUS")


def test_syrian_offensive_on_aleppo(aleppo):
    hits = find(aleppo.events, root="19", source="SYRMIL")
    assert hits and any("Aleppo" in e.target.text for e in hits if e.target)


def test_russian_aerial_attack(aleppo):
    assert find(aleppo.events, cameo="195", source="RUSMIL")


def test_past_us_airstrike_dated_to_its_own_day(aleppo):
    (e,) = find(aleppo.events, root="19", source="USAMIL", target="SYRMIL")
    assert e.date == dt.date(2016, 9, 17) and e.date_text == "September 17"


def test_unverified_report_is_marked_and_attributed(aleppo):
    fled = [e for e in aleppo.events if e.trigger.text == "fled"]
    assert fled and fled[0].modality == "unverified"
    assert fled[0].reported_by is not None and fled[0].reported_by.code == "RUSMED"


def test_nothing_from_page_furniture(aleppo):
    text = aleppo.document.text
    assert not text.startswith("English")
    assert "Loading" not in text and "Share this article" not in text and "cookies" not in text
    assert all(e.sentence_index >= 0 and "Related:" not in e.sentence for e in aleppo.events)


def test_spanish_sample_is_skipped(coded):
    c = next(c for origin, c in coded.items() if origin.endswith("non_english.txt"))
    assert c.status == "skipped" and c.reason == "skipped: language es" and not c.events


def test_event_located_by_its_own_clause(aleppo):
    # regression: tokens were compared with `is`, so no locative phrase was ever found attached
    (e,) = find(aleppo.events, root="19", source="USAMIL", target="SYRMIL")
    assert e.location is not None and e.location.name == "Deir ez-Zor"
    assert e.location.rule.startswith("event:clause") and e.location.country == "SYR"


def test_enrichment_is_filled(aleppo):
    assert any(c.number == 400 and c.category == "killed" for c in aleppo.counts)
    assert any(q.kind == "direct" for q in aleppo.quotes)
    assert aleppo.tone is not None and aleppo.tone.negative > aleppo.tone.positive
    assert {"ARMED_CONFLICT", "AIRSTRIKE"} <= {t.name for t in aleppo.themes}
