"""A small hand-built store for the export format tests (no NLP): coordinated actors, IGOs (EU, UN),
a US city, a world ADM1, a country-level place, a CAMEO-HLH actor, a document without URL, counts, a
week-resolution date and entities with a common noun among them."""

from __future__ import annotations

import datetime as dt

from tacitus.events.cameo import CAMEO
from tacitus.model.records import (
    Actor,
    CodedDocument,
    Count,
    DateMention,
    Document,
    Entity,
    Event,
    Place,
    Sentence,
    Theme,
    Tone,
    Trigger,
)

ADDED = dt.datetime(2026, 1, 2, 3, 4, 5)


def _doc(sentences: list[str], **kw) -> Document:
    doc = Document(text=" ".join(sentences), language="en", **kw)
    pos = 0
    for i, s in enumerate(sentences):
        doc.sentences.append(Sentence(i, pos, pos + len(s)))
        pos += len(s) + 1
    return doc


def _actor(
    doc: Document, text: str, code: str, country: str | None, sector: str | None, after: str = ""
) -> Actor:
    start = doc.text.index(text, doc.text.index(after) if after else 0)
    return Actor(
        text=text, code=code, country=country, sector=sector, start=start, end=start + len(text), rule="test"
    )


def _event(
    doc, i, cameo, trigger, source, target, *, date=None, date_text=None, location=None, modality="asserted"
) -> Event:
    plover = CAMEO.plover(cameo)
    start = doc.text.index(trigger)
    s = doc.sentences[i]
    return Event(
        doc_id=doc.id,
        sentence_index=i,
        sentence=doc.text[s.start : s.end],
        date=date,
        date_text=date_text,
        cameo=cameo,
        root=cameo[:2],
        quad_class=CAMEO.quad_class(cameo),
        goldstein=CAMEO.goldstein(cameo),
        plover_type=plover[0] if plover else None,
        plover_mode=plover[1] if plover else None,
        source=source,
        target=target,
        trigger=Trigger(trigger, start, start + len(trigger)),
        modality=modality,
        reported_by=None,
        confidence=0.8,
        rule="test",
        location=location,
    )


def _place(doc, text, name, gid, lat, lon, iso3, adm1, fclass, fcode, after: str = "") -> Place:
    start = doc.text.index(text, doc.text.index(after) if after else 0)
    return Place(
        text=text,
        start=start,
        end=start + len(text),
        name=name,
        geonameid=gid,
        lat=lat,
        lon=lon,
        country=iso3,
        adm1=adm1,
        feature_class=fclass,
        feature_code=fcode,
        rule="test",
    )


def golden_documents() -> list[CodedDocument]:
    a = _doc(
        [
            "Germany and France expelled Russian diplomats on Monday.",
            "The European Union condemned Russia in Brussels.",
            "The United Nations appealed for aid for Austin, Texas.",
        ],
        url="https://www.example-news.com/world/expulsions",
        title="Expulsions",
        published=dt.date(2022, 4, 5),
    )
    russia = _actor(a, "Russian diplomats", "RUSGOV", "RUS", "GOV")
    brussels = _place(a, "Brussels", "Brussels", 2800866, 50.85045, 4.34878, "BEL", "BEBRU", "P", "PPLC")
    austin = _place(a, "Austin", "Austin", 4671654, 30.26715, -97.74306, "USA", "USTX", "P", "PPLA")
    events_a = [
        _event(
            a,
            0,
            "161",
            "expelled",
            _actor(a, "Germany", "DEU", "DEU", None),
            russia,
            date=dt.date(2022, 4, 4),
            date_text="Monday",
        ),
        _event(
            a,
            0,
            "161",
            "expelled",
            _actor(a, "France", "FRA", "FRA", None),
            russia,
            date=dt.date(2022, 4, 4),
            date_text="Monday",
        ),
        _event(
            a,
            1,
            "111",
            "condemned",
            _actor(a, "The European Union", "IGOEUREEC", None, "IGO"),
            _actor(a, "Russia", "RUS", "RUS", None, after="condemned"),
            location=brussels,
        ),
        _event(
            a,
            2,
            "0233",
            "appealed",
            _actor(a, "The United Nations", "IGOUNO", None, "IGO"),
            None,
            location=austin,
        ),
    ]
    coded_a = CodedDocument(
        document=a,
        events=events_a,
        places=[brussels, austin],
        entities=[Entity("Germany", 0, 7, "GPE"), Entity("The European Union", 57, 75, "ORG")],
        tone=Tone(-3.0, 1.0, 4.0, 5.0, 20.0, 0.0, 30),
        themes=[Theme("DIPLOMACY", [28])],
    )
    b = _doc(
        [
            "Syrian doctors protested in Aleppo on Thursday.",
            "Russian warplanes bombed rebel positions in Syria last week, killing 12 civilians, "
            "residents said.",
            "John Kerry said the doctors would not be silenced.",
        ],
        origin="/home/analyst/corpus/aleppo.txt",
        source="Local Wire",
        title="Aleppo",
        published=dt.date(2016, 9, 29),
    )
    aleppo = _place(b, "Aleppo", "Aleppo", 170063, 36.20124, 37.16117, "SYR", "SY09", "P", "PPLA")
    syria = _place(b, "Syria", "Syria", 163843, 35.0, 38.0, "SYR", None, "A", "PCLI", after="positions")
    events_b = [
        _event(
            b,
            0,
            "141",
            "protested",
            _actor(b, "Syrian doctors", "SYRHLH", "SYR", "HLH"),
            None,
            date=dt.date(2016, 9, 29),
            location=aleppo,
        ),
        _event(
            b,
            1,
            "195",
            "bombed",
            _actor(b, "Russian warplanes", "RUSMIL", "RUS", "MIL"),
            _actor(b, "rebel positions", "SYRREB", "SYR", "REB"),
            date=dt.date(2016, 9, 22),
            date_text="last week",
            location=syria,
            modality="claimed",
        ),
    ]
    last_week = b.text.index("last week")
    coded_b = CodedDocument(
        document=b,
        events=events_b,
        places=[aleppo, syria],
        counts=[
            Count(
                "12 civilians",
                b.text.index("12 civilians"),
                b.text.index("12 civilians") + 12,
                12,
                False,
                "killed",
                "civilians",
                place=1,
            )
        ],
        dates=[
            DateMention("last week", last_week, last_week + 9, dt.date(2016, 9, 22), "week"),
            DateMention(
                "Thursday",
                b.text.index("Thursday"),
                b.text.index("Thursday") + 8,
                dt.date(2016, 9, 29),
                "day",
            ),
        ],
        entities=[
            Entity("John Kerry", b.text.index("John Kerry"), b.text.index("John Kerry") + 10, "PERSON"),
            Entity("doctors", b.text.index("the doctors") + 4, b.text.index("the doctors") + 11, "PERSON"),
        ],
        tone=Tone(-5.0, 1.0, 6.0, 7.0, 20.0, 0.0, 40),
    )
    return [coded_a, coded_b]


def build_golden_store(path) -> None:
    from tacitus.store import Store

    with Store(path) as store:
        store.add(golden_documents())
        store._con.execute("UPDATE documents SET added_at = ?", [ADDED])
