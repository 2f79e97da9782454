"""Hand-made coded documents (no NLP) for the API and UI tests and the benchmark.

``hand_made()`` is a few readable articles with their events, actors, places, counts and quotes, one of
which carries HTML/script markup in its text (it must render as text). ``synthetic(n_events)`` makes a
large random-but-reproducible corpus for load tests.
"""

from __future__ import annotations

import datetime as dt
import random

from tacitus.model.records import (
    Actor,
    CodedDocument,
    Count,
    DateMention,
    Document,
    Event,
    Place,
    Quote,
    Sentence,
    Trigger,
)

# (code, country, sector, surface text)
ACTORS = [
    ("USAGOV", "USA", "GOV", "US officials"),
    ("RUSMIL", "RUS", "MIL", "Russian forces"),
    ("RUSGOV", "RUS", "GOV", "the Kremlin"),
    ("SYRREB", "SYR", "REB", "Syrian rebels"),
    ("SYRMIL", "SYR", "MIL", "the Syrian army"),
    ("UKRGOV", "UKR", "GOV", "Kyiv"),
    ("DEUGOV", "DEU", "GOV", "Berlin"),
    ("FRAGOV", "FRA", "GOV", "Paris"),
    ("CHNGOV", "CHN", "GOV", "Beijing"),
    ("GEOCOP", "GEO", "COP", "Georgian police"),
    ("GEOOPP", "GEO", "OPP", "the opposition"),
    ("SDNMIL", "SDN", "MIL", "Sudan's army"),
    ("SAUGOV", "SAU", "GOV", "Riyadh"),
    ("IGOUNO", None, "IGO", "the United Nations"),
]
# (cameo, root, quad_class, goldstein, plover_type, verb)
CODES = [
    ("042", "04", 1, 1.9, "CONSULT", "visited"),
    ("051", "05", 1, 3.4, "AGREE", "praised"),
    ("057", "05", 1, 8.0, "AGREE", "signed a deal with"),
    ("0333", "03", 1, 5.2, "AID", "pledged aid to"),
    ("073", "07", 2, 7.4, "AID", "delivered aid to"),
    ("112", "11", 3, -2.0, "ACCUSE", "accused"),
    ("1313", "13", 3, -5.8, "THREATEN", "warned"),
    ("163", "16", 3, -8.0, "SANCTION", "sanctioned"),
    ("173", "17", 4, -5.0, "COERCE", "arrested members of"),
    ("190", "19", 4, -10.0, "FIGHT", "attacked"),
    ("195", "19", 4, -10.0, "FIGHT", "bombed"),
]


def _actor(code: str, text: str, start: int) -> Actor:
    country = next((a[1] for a in ACTORS if a[0] == code), code[:3])
    sector = next((a[2] for a in ACTORS if a[0] == code), None)
    return Actor(
        text=text, code=code, country=country, sector=sector, start=start, end=start + len(text), rule="test"
    )


def _event(
    doc: Document,
    index: int,
    sentence: str,
    offset: int,
    source,
    target,
    trigger: str,
    code,
    day: dt.date | None,
    location: Place | None = None,
    modality: str = "asserted",
    confidence: float = 0.8,
) -> Event:
    cameo, root, quad, goldstein, plover, _verb = code
    s_start = offset + sentence.index(source[1])
    t_start = offset + sentence.index(target[1]) if target else None
    g_start = offset + sentence.index(trigger)
    return Event(
        doc_id=doc.id,
        sentence_index=index,
        sentence=sentence,
        date=day,
        cameo=cameo,
        root=root,
        quad_class=quad,
        goldstein=goldstein,
        plover_type=plover,
        plover_mode=None,
        source=_actor(source[0], source[1], s_start),
        target=_actor(target[0], target[1], t_start) if target else None,
        trigger=Trigger(trigger, g_start, g_start + len(trigger)),
        modality=modality,
        reported_by=None,
        confidence=confidence,
        rule=f"verb:{trigger.split()[0]}/verb",
        location=location,
    )


def _document(title: str, sentences: list[str], published: dt.date, source: str = "example.org") -> Document:
    text = " ".join(sentences)
    doc = Document(
        text=text,
        title=title,
        published=published,
        source=source,
        language="en",
        url=f"https://{source}/{title.lower().replace(' ', '-')[:40]}",
    )
    pos = 0
    for i, s in enumerate(sentences):
        doc.sentences.append(Sentence(i, pos, pos + len(s)))
        pos += len(s) + 1
    return doc


def hand_made() -> list[CodedDocument]:
    """Three small articles: Aleppo (located events, counts, quote), sanctions, and a hostile page."""
    out = []
    # 1. Aleppo: a located airstrike, a threat, a count and a quote
    s = [
        "Russian forces bombed rebel-held districts of Aleppo on Wednesday.",
        "At least 40 people were killed, residents said.",
        "US officials warned the Kremlin that cooperation could end.",
        '"This is a catastrophe," said the United Nations envoy.',
    ]
    doc = _document("Airstrikes hit Aleppo", s, dt.date(2016, 9, 29))
    offs = [d.start for d in doc.sentences]
    aleppo = Place(
        text="Aleppo",
        start=offs[0] + s[0].index("Aleppo"),
        end=offs[0] + s[0].index("Aleppo") + 6,
        name="Aleppo",
        geonameid=170063,
        lat=36.2,
        lon=37.16,
        country="SYR",
    )
    e1 = _event(
        doc,
        0,
        s[0],
        offs[0],
        ("RUSMIL", "Russian forces"),
        ("SYRREB", "rebel-held districts"),
        "bombed",
        CODES[10],
        dt.date(2016, 9, 28),
        location=aleppo,
    )
    e1.target.code, e1.target.country, e1.target.sector = "SYRREB", "SYR", "REB"
    e2 = _event(
        doc,
        2,
        s[2],
        offs[2],
        ("USAGOV", "US officials"),
        ("RUSGOV", "the Kremlin"),
        "warned",
        CODES[6],
        dt.date(2016, 9, 29),
        modality="threat",
    )
    n = offs[1] + s[1].index("At least 40 people")
    q = offs[3]
    out.append(
        CodedDocument(
            document=doc,
            events=[e1, e2],
            actors=[e1.source, e1.target, e2.source, e2.target],
            dates=[
                DateMention(
                    "Wednesday",
                    offs[0] + s[0].index("Wednesday"),
                    offs[0] + s[0].index("Wednesday") + 9,
                    dt.date(2016, 9, 28),
                    "day",
                )
            ],
            places=[aleppo],
            counts=[Count("At least 40 people", n, n + 18, 40, True, "killed", "people")],
            quotes=[
                Quote(
                    '"This is a catastrophe,"', q, q + 24, "direct", speaker_text="the United Nations envoy"
                )
            ],
        )
    )
    # 2. Sanctions: no location (placed at the target's country centroid)
    s = ["Berlin sanctioned the Kremlin over the war.", "Paris praised Kyiv for its resolve."]
    doc = _document("Sanctions on Moscow", s, dt.date(2022, 4, 8), source="news.example")
    offs = [d.start for d in doc.sentences]
    e1 = _event(
        doc, 0, s[0], offs[0], ("DEUGOV", "Berlin"), ("RUSGOV", "the Kremlin"), "sanctioned", CODES[7], None
    )
    e2 = _event(doc, 1, s[1], offs[1], ("FRAGOV", "Paris"), ("UKRGOV", "Kyiv"), "praised", CODES[1], None)
    out.append(
        CodedDocument(document=doc, events=[e1, e2], actors=[e1.source, e1.target, e2.source, e2.target])
    )
    # 3. A hostile page: markup in the text must render as text, never run
    s = [
        "Georgian police arrested members of the opposition <script>document.title='PWNED'</script>"
        " in Tbilisi.",
        "<img src=x onerror=\"document.title='PWNED'\"> The opposition accused Georgian police of abuse.",
    ]
    doc = _document(
        "<b>Protest</b> & <script>alert(1)</script>", s, dt.date(2024, 12, 5), source="evil.example"
    )
    offs = [d.start for d in doc.sentences]
    e1 = _event(
        doc,
        0,
        s[0],
        offs[0],
        ("GEOCOP", "Georgian police"),
        ("GEOOPP", "the opposition"),
        "arrested members of",
        CODES[8],
        dt.date(2024, 12, 4),
    )
    e2 = _event(
        doc,
        1,
        s[1],
        offs[1],
        ("GEOOPP", "The opposition"),
        ("GEOCOP", "Georgian police"),
        "accused",
        CODES[5],
        dt.date(2024, 12, 5),
    )
    out.append(
        CodedDocument(document=doc, events=[e1, e2], actors=[e1.source, e1.target, e2.source, e2.target])
    )
    return out


def synthetic(n_events: int, seed: int = 8, per_doc: int = 5) -> list[CodedDocument]:
    """About ``n_events`` events in documents of ``per_doc`` one-sentence events each, over two years."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    out = []
    for d in range((n_events + per_doc - 1) // per_doc):
        published = start + dt.timedelta(days=rng.randrange(730))
        sentences, specs = [], []
        for _ in range(per_doc):
            src, tgt = rng.sample(ACTORS, 2)
            code = rng.choice(CODES)
            sentences.append(f"{src[3][0].upper()}{src[3][1:]} {code[5]} {tgt[3]} in report {d}.")
            specs.append((src, tgt, code))
        doc = _document(f"Synthetic report {d}", sentences, published, source=f"outlet{d % 17}.example")
        events = []
        for i, ((src, tgt, code), s) in enumerate(zip(specs, sentences, strict=True)):
            src_text = s[: len(src[3])]
            day = published - dt.timedelta(days=rng.randrange(3))
            loc = None
            if rng.random() < 0.5:
                lat, lon = rng.uniform(-40, 60), rng.uniform(-120, 140)
                loc = Place(
                    text="x",
                    start=0,
                    end=1,
                    name=f"Place {rng.randrange(300)}",
                    geonameid=None,
                    lat=round(lat, 2),
                    lon=round(lon, 2),
                    country=tgt[1],
                )
            events.append(
                _event(
                    doc,
                    i,
                    s,
                    doc.sentences[i].start,
                    (src[0], src_text),
                    (tgt[0], tgt[3]),
                    code[5],
                    code,
                    day,
                    location=loc,
                    confidence=round(0.5 + 0.05 * ((d + i) % 10), 2),  # 0.5-0.95, for confidence filters
                )
            )
        out.append(CodedDocument(document=doc, events=events))
    return out


def build_store(path, documents: list[CodedDocument]) -> None:
    from tacitus.store import Store

    with Store(path) as store:
        for i in range(0, len(documents), 500):
            store.add(documents[i : i + 500])
