"""Near-duplicates, story clustering, event deduplication and `tacitus stories` on hand-built records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tacitus.model import Actor, CodedDocument, Document, Event, Place, Tone, Trigger
from tacitus.store import Store
from tacitus.stories import ClusterParams, StoryClusterer, cluster, features_of
from tacitus.stories.dedup import Mention, deduplicate, resolve_code
from tacitus.stories.neardup import NearDuplicateIndex
from tacitus.stories.run import assign_stories

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
ALEPPO = Place(
    text="Aleppo", start=0, end=6, name="Aleppo", geonameid=170063, lat=36.2, lon=37.16, country="SYR",
    feature_code="PPLA",
)  # fmt: skip


def articles() -> list[Document]:
    docs = []
    for line in (FIXTURES / "articles.jsonl").read_text().splitlines():
        d = json.loads(line)
        docs.append(
            Document(
                text=d["text"],
                id=d["id"],
                url=d["url"],
                source=d["source"],
                published=dt.date.fromisoformat(d["published"]),
                title=d["title"],
                language="en",
            )
        )
    return docs


def actor(code: str, text: str, start: int) -> Actor:
    return Actor(
        text=text, code=code, country=code[:3], sector=code[3:] or None, start=start, end=start + len(text)
    )


def strike(doc: Document, cameo: str = "195", confidence: float = 0.8, modality: str = "asserted") -> Event:
    i = doc.text.find("Russian")
    return Event(
        doc_id=doc.id, sentence_index=0, sentence=doc.text.split(". ")[0], date=dt.date(2016, 9, 27),
        cameo=cameo, root=cameo[:2], quad_class=4, goldstein=-9.5 if cameo == "195" else -10.0,
        plover_type="ASSAULT", plover_mode="aerial", source=actor("RUSMIL", "Russian warplanes", i),
        target=actor("SYRREB", "rebel", doc.text.find("rebel")), trigger=Trigger("bombed", i + 18, i + 24),
        modality=modality, reported_by=None, confidence=confidence, rule="test", location=ALEPPO,
    )  # fmt: skip


def protest(doc: Document) -> Event:
    i = doc.text.find("farmers")
    return Event(
        doc_id=doc.id, sentence_index=0, sentence=doc.text.split(". ")[0], date=dt.date(2016, 9, 27),
        cameo="141", root="14", quad_class=3, goldstein=-6.5, plover_type="PROTEST",
        plover_mode="demonstrate", source=actor("BELAGR", "dairy farmers", i),
        target=actor("IGOEEC", "European Commission", 0), trigger=Trigger("protested", i, i + 9),
        modality="asserted", reported_by=None, confidence=0.7, rule="test",
    )  # fmt: skip


def coded_fixture() -> list[CodedDocument]:
    out = []
    for d in articles():
        events = [strike(d, cameo="190" if d.id == "a3" else "195")] if d.id.startswith("a") else [protest(d)]
        out.append(
            CodedDocument(
                document=d, events=events, tone=Tone(-5.0, 1.0, 6.0, 7.0, 20.0, 0.0, 50), places=[ALEPPO]
            )
        )
    return out


def test_near_duplicate_of_lightly_edited_copy():
    docs = {d.id: d for d in articles()}
    index = NearDuplicateIndex()
    assert index.add("a1", docs["a1"].text) is None
    assert index.add("b1", docs["b1"].text) is None
    assert index.add("a2", docs["a2"].text) is None  # same event, different wording: not a copy
    assert index.add("a4", docs["a4"].text) == "a1"  # syndicated copy with a few words added
    assert index.last_similarity >= 0.5
    edited = docs["b1"].text.replace("Thousands of", "Several thousand").replace("Tuesday", "Tuesday morning")
    assert index.add("b1-updated", edited) == "b1"


def test_near_duplicate_is_deterministic():
    text = articles()[0].text
    a, b = NearDuplicateIndex(), NearDuplicateIndex()
    assert (a.signature(text) == b.signature(text)).all()


def test_stories_separate_events_and_group_reports():
    feats = [features_of(c) for c in coded_fixture()]
    stories = cluster(feats)
    assert stories["a1"] == stories["a2"] == stories["a3"] == stories["a4"]
    assert stories["b1"] == stories["b2"] != stories["a1"]
    assert cluster(list(reversed(feats))) == stories  # input order does not matter: sorted by (published, id)


def test_story_window_closes():
    feats = {f.doc_id: f for f in (features_of(c) for c in coded_fixture())}
    late = feats["a2"]
    late.published = dt.date(2016, 12, 1)
    clusterer = StoryClusterer(ClusterParams(window_days=7))
    first = clusterer.add(feats["a1"])
    assert clusterer.add(late) != first


def test_dedup_one_event_many_sources():
    coded = coded_fixture()
    mentions = [
        Mention(
            e,
            i,
            "s1" if c.document.id.startswith("a") else "s2",
            c.document.source,
            c.document.published,
            -5.0,
        )
        for c in coded
        for i, e in enumerate(c.events)
    ]
    clusters = deduplicate(mentions)
    assert len(clusters) == 2
    air = next(c for c in clusters if c.root == "19")
    assert (air.num_mentions, air.num_articles, air.num_sources) == (4, 4, 4)
    assert air.cameo == "195"  # three documents say 195, one says 190: most documents win
    assert air.codes == {"190": 1, "195": 3}
    assert air.first_seen == dt.date(2016, 9, 28) and air.last_seen == dt.date(2016, 9, 29)
    assert 0 < air.confidence < 1
    assert deduplicate(list(reversed(mentions)))[0].cluster_id == clusters[0].cluster_id


def test_dedup_keeps_negated_and_distant_events_apart():
    docs = articles()
    e1, e2 = strike(docs[0]), strike(docs[1], modality="negated")
    e3 = strike(docs[2])
    e3.date = dt.date(2016, 9, 10)
    ms = [Mention(e, 0, "s", d.source, d.published) for e, d in ((e1, docs[0]), (e2, docs[1]), (e3, docs[2]))]
    assert len(deduplicate(ms)) == 3


def test_code_conflict_rule_ties():
    docs = articles()
    a, b = strike(docs[0], cameo="190", confidence=0.6), strike(docs[1], cameo="195", confidence=0.6)
    ms = [Mention(a, 0, "s", "x"), Mention(b, 0, "s", "y")]
    assert resolve_code(ms) == "195"  # tie on documents and confidence: the more specific code wins


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        yield s


def test_stories_command_on_store_is_incremental(store):
    coded = coded_fixture()
    store.add(coded[:2])
    first = assign_stories(store)
    assert first.assigned == 2
    store.add(coded[2:])
    second = assign_stories(store)
    assert second.assigned == 4 and second.duplicates == 1
    con = store._con
    assert con.execute("SELECT count(DISTINCT story_id) FROM story_docs").fetchone()[0] == 2
    dup = con.execute("SELECT duplicate_of FROM story_docs WHERE doc_id = 'a4'").fetchone()[0]
    assert dup == "a1"
    row = con.execute(
        "SELECT num_mentions, num_sources, num_articles, cameo FROM event_clusters WHERE root = '19'"
    ).fetchone()
    assert row == (4, 4, 4, "195")
    assert con.execute("SELECT count(*) FROM event_mentions").fetchone()[0] == 6
    third = assign_stories(store)
    assert third.assigned == 0
    before = con.execute("SELECT * FROM event_clusters ORDER BY cluster_id").fetchall()
    assign_stories(store, rebuild=True)
    assert con.execute("SELECT * FROM event_clusters ORDER BY cluster_id").fetchall() == before


def test_stories_cli(tmp_path, capsys):
    from tacitus.cli.main import main

    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s.add(coded_fixture())
    assert main(["stories", "--db", str(db), "--format", "jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[0]["n_documents"] == 4 and out[0]["n_sources"] == 4
    assert out[0]["n_events"] == 1
    assert "RUSMIL" in out[0]["top_actors"] and "Aleppo" in out[0]["top_places"]


def test_persons_are_surnames_of_person_entities():
    from tacitus.model import Entity
    from tacitus.stories.features import persons_of

    text = "Tara Reid entered rehab. Reid's publicist spoke in Malibu."
    ents = [
        Entity("Tara Reid", 0, 9, "PERSON"),
        Entity("Reid's", 25, 31, "PERSON"),
        Entity("Malibu", 51, 57, "GPE"),
    ]
    coded = CodedDocument(document=Document(text=text, id="p1"), entities=ents)
    assert persons_of(coded) == {"reid": 2}
    assert features_of(coded).persons == {"reid": 2}


def _person_doc(doc_id: str, text: str, persons: dict[str, int]):
    f = features_of(Document(text=text, id=doc_id))
    f.persons.update(persons)
    return f


REHAB = "The actress checked into a rehab treatment center in California, her publicist confirmed."


def test_key_persons_are_named_across_the_story():
    from tacitus.stories.cluster import key_persons

    clusterer = StoryClusterer(ClusterParams(key_persons=2, person_share=0.5))
    for i in range(3):
        clusterer.add(_person_doc(f"r{i}", REHAB, {"reid": 2, "ketsoyan": 3} if i == 1 else {"reid": 1}))
    story = next(iter(clusterer.stories.values()))
    assert len(story.doc_ids) == 3
    assert key_persons(story, 2, 0.5) == {"reid"}  # ketsoyan: most mentions, but in one document of three


def test_key_person_bonus_only_for_the_story_person():
    clusterer = StoryClusterer(ClusterParams(w_persons=0.3))
    clusterer.add(_person_doc("r1", REHAB, {"reid": 2}))
    story = next(iter(clusterer.stories.values()))
    same, other = _person_doc("r2", REHAB, {"reid": 1}), _person_doc("l1", REHAB, {"lohan": 3})
    assert clusterer.score(same, story) == pytest.approx(clusterer.score(other, story) + 0.3, abs=1e-9)


def test_same_kind_different_person_opens_a_new_story():
    first = (
        "Actress Tara Reid checked into the Promises rehab treatment center in Malibu, her publicist said."
    )
    later = "{}, the {} actress, checked into a rehab center in Newport Beach, her lawyer said."
    lohan = _person_doc("b1", later.format("Lohan", "Mean Girls"), {"lohan": 1})
    reid = _person_doc("a2", later.format("Reid", "American Pie"), {"reid": 1})

    def second_joins(doc, params=None) -> bool:
        clusterer = StoryClusterer(params)
        return clusterer.add(_person_doc("a1", first, {"reid": 1})) == clusterer.add(doc)

    assert not second_joins(lohan)
    assert second_joins(reid)  # the shared key person carries it over the threshold
    assert not second_joins(reid, ClusterParams(w_persons=0.0))
