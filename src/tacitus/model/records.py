"""Typed, serialisable records: the contract between every stage.

Every span is a pair of character offsets ``(start, end)`` into ``Document.text``
(the clean text), so evidence can be highlighted anywhere without re-running NLP.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any


def content_id(text: str) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Sentence:
    """A sentence of the clean text."""

    index: int
    start: int
    end: int


@dataclass(slots=True)
class Document:
    """One article after ingest: clean text plus metadata."""

    text: str
    id: str = ""
    url: str | None = None
    source: str | None = None  # outlet / site name
    published: dt.date | None = None
    language: str | None = None  # ISO 639-1, set by language detection
    title: str | None = None
    origin: str | None = None  # where it came from: a path, "stdin:3", a URL
    sentences: list[Sentence] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        pub = d.get("published")
        if isinstance(pub, str) and pub:
            d["published"] = dt.date.fromisoformat(pub[:10])
        d["sentences"] = [Sentence(**s) for s in d.get("sentences") or []]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(slots=True)
class Actor:
    """An actor mention resolved to a CAMEO-style code (``USAGOV`` = country USA + sector GOV)."""

    text: str
    code: str
    country: str | None
    sector: str | None
    start: int
    end: int
    rule: str = ""  # lexicon entry or pattern that produced the code
    person: str | None = None  # a named person behind the mention ("John Kerry")
    # the title or office the actor was named by where coreference carried it to another word: the
    # antecedent's naming rule ("title:gov.", "agent:mayor"), so a governor quoted as "we" stays a governor
    title: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        del d["title"]  # a resolution aid, not part of the record
        return d


@dataclass(slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Place:
    """A toponym resolved to a gazetteer entry (GeoNames ids; country as ISO3)."""

    text: str
    start: int
    end: int
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    adm1: str | None = None  # first-level division code, e.g. "SY09"
    feature_class: str | None = None  # GeoNames class: P populated place, A admin area, …
    feature_code: str | None = None  # GeoNames code: PPLA, ADM1, PCLI, …
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Count:
    """A number of people or things affected ("at least 400 people have been killed")."""

    text: str
    start: int
    end: int
    number: int
    approximate: bool
    category: str  # killed | wounded | trapped | displaced | arrested | missing | kidnapped | protesters | …
    what: str  # the counted noun: "people", "children", "soldiers"
    actor: str | None = None  # actor code of the counted group, if any
    place: int | None = None  # index into CodedDocument.places

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    """Direct or indirect speech with its speaker."""

    text: str
    start: int
    end: int
    kind: str  # direct | indirect
    speaker: Actor | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["speaker"] = self.speaker.to_dict() if self.speaker else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(**{**d, "speaker": Actor(**d["speaker"]) if d.get("speaker") else None})


@dataclass(slots=True)
class Entity:
    """A named entity (person, organisation, place …) with its actor code when it is one."""

    text: str
    start: int
    end: int
    label: str  # PERSON | ORG | GPE | LOC | NORP | FAC | …
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Tone:
    """GKG-style tone of a document (percentages of words)."""

    tone: float  # positive - negative
    positive: float
    negative: float
    polarity: float
    activity: float
    self_group: float  # self/group reference density
    word_count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Theme:
    """A theme of the document (ARMED_CONFLICT, CEASEFIRE …) with the offsets of its keyword evidence."""

    name: str
    offsets: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One coded event with its evidence."""

    doc_id: str
    sentence_index: int
    sentence: str
    date: dt.date | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str | None  # None for CAMEO 01 and 02, which PLOVER drops
    plover_mode: str | None
    source: Actor | None
    target: Actor | None
    trigger: Trigger
    modality: str  # asserted | threat | negated | hypothetical | future | claimed | unverified
    reported_by: Actor | None
    confidence: float
    rule: str
    date_text: str | None = None  # the expression the date was resolved from, if any
    location: Place | None = None  # where the event happened (the clause's place, else the document focus)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": asdict(self.trigger),
            "modality": self.modality,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "location": self.location.to_dict() if self.location else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        def actor(a: dict | None) -> Actor | None:
            return Actor(**a) if a else None

        return cls(
            doc_id=d["doc_id"],
            sentence_index=d["sentence_index"],
            sentence=d["sentence"],
            date=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            date_text=d.get("date_text"),
            cameo=d["cameo"],
            root=d["root"],
            quad_class=d["quad_class"],
            goldstein=d["goldstein"],
            plover_type=d["plover_type"],
            plover_mode=d.get("plover_mode"),
            source=actor(d.get("source")),
            target=actor(d.get("target")),
            trigger=Trigger(**d["trigger"]),
            modality=d["modality"],
            reported_by=actor(d.get("reported_by")),
            confidence=d["confidence"],
            rule=d["rule"],
            location=Place(**d["location"]) if d.get("location") else None,
        )


@dataclass(slots=True)
class DateMention:
    """A date expression in the text, normalised against the publication date."""

    text: str
    start: int
    end: int
    date: dt.date | None
    granularity: str  # day | week | month | year

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


# Document status values
OK = "ok"
SKIPPED = "skipped"
ERROR = "error"


@dataclass(slots=True)
class CodedDocument:
    """A document with everything the pipeline found in it (or why it was skipped)."""

    document: Document
    status: str = OK  # ok | skipped | error
    reason: str | None = None  # "language de", "E001 empty document", ...
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # enrichment (GKG side)
    places: list[Place] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    tone: Tone | None = None
    themes: list[Theme] = field(default_factory=list)
    #: triggers found but not coded, with the reason (tacitus.events.coder.NearMiss); not stored or exported
    near_misses: list[Any] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "status": self.status,
            "reason": self.reason,
            "events": [e.to_dict() for e in self.events],
            "actors": [a.to_dict() for a in self.actors],
            "dates": [m.to_dict() for m in self.dates],
            **self.enrichment_dict(),
        }

    def enrichment_dict(self) -> dict[str, Any]:
        """The GKG-side fields only (places, counts, quotes, entities, tone, themes)."""
        return {
            "places": [p.to_dict() for p in self.places],
            "counts": [c.to_dict() for c in self.counts],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "tone": self.tone.to_dict() if self.tone else None,
            "themes": [t.to_dict() for t in self.themes],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CodedDocument:
        return cls(
            document=Document.from_dict(d["document"]),
            status=d.get("status", OK),
            reason=d.get("reason"),
            events=[Event.from_dict(e) for e in d.get("events", [])],
            actors=[Actor(**a) for a in d.get("actors", [])],
            dates=[
                DateMention(**{**m, "date": dt.date.fromisoformat(m["date"]) if m.get("date") else None})
                for m in d.get("dates", [])
            ],
            places=[Place(**p) for p in d.get("places", [])],
            counts=[Count(**c) for c in d.get("counts", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            entities=[Entity(**e) for e in d.get("entities", [])],
            tone=Tone(**d["tone"]) if d.get("tone") else None,
            themes=[Theme(**t) for t in d.get("themes", [])],
        )
