"""The DuckDB store (tacitus.store): hand-built CodedDocuments, no NLP."""

from __future__ import annotations

import datetime as dt
import sys
import time

import duckdb
import pytest

from tacitus.errors import TacitusError
from tacitus.model import (
    ERROR,
    SKIPPED,
    Actor,
    CodedDocument,
    DateMention,
    Document,
    Event,
    Sentence,
    Trigger,
)
from tacitus.store import DEFAULT_DB, AddResult, Store, StoreError
from tacitus.store.schema import SCHEMA_VERSION

D = dt.date
YESTERDAY, PUBLISHED = D(2016, 9, 28), D(2016, 9, 29)


def actor(code: str, text: str, start: int, person: str | None = None) -> Actor:
    return Actor(
        text=text,
        code=code,
        country=code[:3] or None,
        sector=code[3:] or None,
        start=start,
        end=start + len(text),
        rule=f"lexicon:{text.lower()}",
        person=person,
    )


def event(doc_id: str, i: int, *, root="14", source="USAGOV", target="RUSGOV", date=YESTERDAY) -> Event:
    return Event(
        doc_id=doc_id,
        sentence_index=i,
        sentence=f"Sentence {i}.",
        date=date,
        date_text="yesterday" if date else None,
        cameo=root + "1",
        root=root,
        quad_class=4 if root == "14" else 1,
        goldstein=-6.5 if root == "14" else 3.4,
        plover_type="PROTEST" if root == "14" else "CONSULT",
        plover_mode=None if i % 2 else "demonstrate",
        source=actor(source, "Washington", 0) if source else None,
        target=actor(target, "Moscow", 20) if target else None,
        trigger=Trigger(text="protested", start=11, end=20),
        modality="asserted",
        reported_by=actor("USAMED", "CNN", 30, person="Jane Doe") if i == 0 else None,
        confidence=0.8125,
        rule="verb:protest",
    )


def coded(text: str, *, published=PUBLISHED, n_events=2, **kw) -> CodedDocument:
    doc = Document(
        text=text,
        url="https://example.org/a",
        source="example.org",
        published=published,
        language="en",
        title="A title",
        origin="tests:1",
        sentences=[Sentence(0, 0, 12), Sentence(1, 13, len(text))],
    )
    kw.setdefault("events", [event(doc.id, i) for i in range(n_events)])
    kw.setdefault("actors", [actor("USAGOV", "Washington", 0), actor("RUS", "Moscow", 20, person="Putin")])
    kw.setdefault("dates", [DateMention("yesterday", 40, 49, D(2016, 9, 28), "day")])
    return CodedDocument(document=doc, **kw)


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


def test_default_db_name():
    assert DEFAULT_DB == "tacitus.duckdb"


def test_round_trip_is_exact(store):
    c = coded("Washington protested Moscow's move, CNN said yesterday.")
    assert store.add([c]) == AddResult(added=1, skipped_existing=0, events=2)
    back = store.get(c.document.id)
    assert back == c
    assert back.to_dict() == c.to_dict()


def test_round_trip_of_sparse_document(store):
    c = CodedDocument(document=Document(text="Just text."), events=[], actors=[], dates=[])
    c.events.append(event(c.document.id, 0, source=None, target=None, date=None))
    store.add([c])
    assert store.get(c.document.id).to_dict() == c.to_dict()


def test_skipped_and_error_documents_are_recorded(store):
    skipped = CodedDocument(document=Document(text="Ein Text."), status=SKIPPED, reason="language de")
    failed = CodedDocument(document=Document(text="\x00\x01"), status=ERROR, reason="E002 binary content")
    ok = coded("Washington protested.")
    result = store.add([skipped, failed, ok])
    assert result == AddResult(added=3, skipped_existing=0, events=2)
    assert store.get(skipped.document.id).to_dict() == skipped.to_dict()
    assert store.counts() == {
        "documents": 3,
        "ok": 1,
        "skipped": 1,
        "errors": 1,
        "events": 2,
        "actors": 2,
        "dates": 1,
    }
    # a rerun skips them too
    assert store.add([skipped, failed, ok]) == AddResult(added=0, skipped_existing=3, events=0)
    listed = store.documents()
    assert [(s.document.id, s.status, s.reason, s.n_events) for s in listed] == [
        (skipped.document.id, SKIPPED, "language de", 0),
        (failed.document.id, ERROR, "E002 binary content", 0),
        (ok.document.id, "ok", None, 2),
    ]
    assert listed[2].document == ok.document
    assert len(store.documents(limit=2)) == 2
    assert [s.status for s in store.documents(status=SKIPPED)] == [SKIPPED]


def test_add_is_idempotent(store):
    a, b = coded("First article."), coded("Second article.")
    assert store.add([a]).added == 1
    assert store.add([a, b, b]) == AddResult(added=1, skipped_existing=2, events=2)
    assert store.counts()["documents"] == 2
    assert store.counts()["events"] == 4
    assert store.add([]) == AddResult(0, 0, 0)


def test_has_document_and_known_ids(store):
    a, b = coded("First article."), coded("Second article.")
    store.add([a, b])
    assert store.has_document(a.document.id)
    assert not store.has_document("0" * 16)
    assert store.known_ids([a.document.id, "nope", b.document.id]) == {a.document.id, b.document.id}
    assert store.known_ids([]) == set()


def test_get_by_prefix(store):
    docs = [coded(f"Article number {i}.", n_events=1) for i in range(50)]
    store.add(docs)
    target = docs[7]
    assert store.get(target.document.id[:8]) == target
    assert store.get(target.document.id[:5]) is None  # too short for a prefix
    assert store.get("ffffffffffffffffff") is None
    assert store.get("zzzzzzzz") is None


def test_ambiguous_prefix_is_a_clear_error(store):
    a = CodedDocument(document=Document(text="a", id="abcdef01"))
    b = CodedDocument(document=Document(text="b", id="abcdef02"))
    store.add([a, b])
    assert store.get("abcdef01") == a
    with pytest.raises(StoreError, match=r"^E010 ambiguous document id prefix 'abcdef'") as info:
        store.get("abcdef")
    assert isinstance(info.value, TacitusError)
    assert "abcdef01" in str(info.value) and "abcdef02" in str(info.value)


def test_event_filters(store):
    a = coded("Doc A.", n_events=0)
    a.events = [
        event(a.document.id, 0, root="14", source="USAGOV", target="RUSGOV", date=D(2016, 9, 1)),
        event(a.document.id, 1, root="04", source="RUSMIL", target="UKR", date=D(2016, 9, 20)),
    ]
    b = coded("Doc B.", n_events=0, published=D(2016, 10, 5))
    b.events = [event(b.document.id, 0, root="04", source="FRA", target="USA", date=None)]
    store.add([a, b])
    key = [(e.doc_id, e.root, e.source.code) for e in store.events()]
    assert key == [
        (a.document.id, "14", "USAGOV"),
        (a.document.id, "04", "RUSMIL"),
        (b.document.id, "04", "FRA"),
    ]
    assert [e.root for e in store.events(doc_id=b.document.id)] == ["04"]
    assert len(store.events(root="04")) == 2
    assert [e.source.code for e in store.events(actor="RUS")] == ["USAGOV", "RUSMIL"]  # source or target
    assert [e.source.code for e in store.events(actor="USA")] == ["USAGOV", "FRA"]
    assert [e.source.code for e in store.events(actor="RUSMIL")] == ["RUSMIL"]
    assert [e.source.code for e in store.events(since=D(2016, 9, 10))] == ["RUSMIL", "FRA"]  # FRA: published
    assert [e.source.code for e in store.events(until=D(2016, 9, 20))] == ["USAGOV", "RUSMIL"]
    assert [e.source.code for e in store.events(root="04", since=D(2016, 10, 1))] == ["FRA"]
    assert len(store.events(limit=1)) == 1
    assert store.events(root="19") == []


def test_file_store_and_read_only_reopen(tmp_path):
    path = tmp_path / "events.duckdb"
    c = coded("Stored on disk.")
    with Store(path) as s:
        s.add([c])
    with Store(path) as s:  # reopen for writing: schema kept, data kept
        assert s.add([c]).skipped_existing == 1
    with Store(str(path), read_only=True) as s:
        assert s.get(c.document.id).to_dict() == c.to_dict()
        assert s.counts()["documents"] == 1
        with pytest.raises(duckdb.Error):
            s.add([coded("Another one.")])
    # analysts can query the typed tables directly
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),
        )
        row = con.execute(
            "SELECT published, goldstein, source_code, target_country FROM events "
            "JOIN documents ON id = doc_id ORDER BY event_index LIMIT 1"
        ).fetchone()
        assert row == (D(2016, 9, 29), -6.5, "USAGOV", "RUS")
    finally:
        con.close()


def test_read_only_missing_file_and_foreign_database(tmp_path):
    with pytest.raises(StoreError, match="E006"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    foreign = tmp_path / "foreign.duckdb"
    duckdb.connect(str(foreign)).close()
    with pytest.raises(StoreError, match="E011"):
        Store(foreign, read_only=True)


def test_store_does_not_import_nlp():
    import subprocess

    code = (
        "import sys, tacitus.store; print(any(m.split('.')[0] in ('spacy', 'dateparser', 'thinc') "
        "or m.startswith('tacitus.nlp') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_batch_of_2000_documents_in_one_add(tmp_path):
    docs = [coded(f"Synthetic article {i} about a protest.", n_events=3) for i in range(2000)]
    with Store(tmp_path / "big.duckdb") as s:
        start = time.perf_counter()
        result = s.add(docs)
        elapsed = time.perf_counter() - start
        print(f"\n2000 docs / 6000 events / 4000 actors / 2000 dates added in {elapsed:.3f}s")
        assert result == AddResult(added=2000, skipped_existing=0, events=6000)
        assert elapsed < 3.0
        assert s.counts()["actors"] == 4000
        start = time.perf_counter()
        assert s.add(docs).skipped_existing == 2000
        print(f"re-add of the same 2000 docs (all skipped) in {time.perf_counter() - start:.3f}s")
        assert s.get(docs[1234].document.id).to_dict() == docs[1234].to_dict()


def test_enrichment_and_event_location_round_trip():
    from tacitus.model import CodedDocument, Count, Document, Entity, Place, Quote, Theme, Tone
    from tacitus.store import Store

    doc = Document(text="Aleppo was shelled. 'We are trapped,' a resident said.")
    place = Place("Aleppo", 0, 6, "Aleppo", 170063, 36.2, 37.16, "SYR", "SY09", "P", "PPLA", "gazetteer")
    coded = CodedDocument(
        document=doc,
        places=[place],
        counts=[Count("400 people", 0, 10, 400, True, "killed", "people", None, 0)],
        quotes=[Quote("We are trapped", 21, 35, "direct", None, "a resident", 38, 48)],
        entities=[Entity("Aleppo", 0, 6, "GPE", "SYR")],
        tone=Tone(-5.0, 1.0, 6.0, 7.0, 20.0, 1.5, 9),
        themes=[Theme("ARMED_CONFLICT", [12])],
    )
    with Store(":memory:") as store:
        store.add([coded])
        back = store.get(doc.id)
    assert back.to_dict() == coded.to_dict()


def test_file_store_caps_duckdb_memory(tmp_path, monkeypatch):
    from tacitus.store import Store

    with Store(tmp_path / "a.duckdb") as store:
        assert "MiB" in store._con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    monkeypatch.setenv("TACITUS_DUCKDB_MEMORY", "1GB")
    with Store(tmp_path / "b.duckdb") as store:
        limit = store._con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        assert limit.startswith("953") or limit.startswith("1.0")
