"""Conversion between ``tacitus.model`` records and table rows (tuples in column order)."""

from __future__ import annotations

import json
from typing import Any

from tacitus.model.records import (
    Actor,
    CodedDocument,
    DateMention,
    Document,
    Event,
    Place,
    Sentence,
    Trigger,
    content_id,
)
from tacitus.store.schema import ACTOR_FIELDS, EVENT_ACTORS

Row = tuple[Any, ...]



def document_row(coded: CodedDocument, seq: int) -> Row:
    d = coded.document
    sentences = [{"index": s.index, "start": s.start, "end": s.end} for s in d.sentences]
    return (
        d.id,
        seq,
        d.url,
        d.source,
        d.published,
        d.language,
        d.title,
        d.origin,
        d.text,
        content_id(d.text),
        sentences,
        coded.status,
        coded.reason,
        len(coded.events),
        json.dumps(coded.enrichment_dict(), ensure_ascii=False),
    )


def enrichment_from_row(row: Row) -> dict[str, Any]:
    """The enrichment fields of a ``documents`` row, as CodedDocument keyword arguments."""
    raw = row[14] if len(row) > 14 else None
    if not raw:
        return {}
    partial = CodedDocument.from_dict({"document": {"text": ""}, **json.loads(raw)})
    names = ("places", "counts", "quotes", "entities", "tone", "themes")
    return {name: getattr(partial, name) for name in names}


def document_from_row(row: Row) -> tuple[Document, str, str | None, int]:
    """``(Document, status, reason, n_events)`` from a row of ``documents``."""
    (doc_id, _seq, url, source, published, language, title, origin, text, _hash, sentences) = row[:11]
    status, reason, n_events = row[11:14]
    document = Document(
        text=text,
        id=doc_id,
        url=url,
        source=source,
        published=published,
        language=language,
        title=title,
        origin=origin,
        sentences=[Sentence(index=s["index"], start=s["start"], end=s["end"]) for s in sentences or []],
    )
    return document, status, reason, n_events


def _actor_values(actor: Actor | None) -> Row:
    if actor is None:
        return (None,) * len(ACTOR_FIELDS)
    return tuple(getattr(actor, name) for name, _ in ACTOR_FIELDS)


def _actor_from(values: Row) -> Actor | None:
    fields = dict(zip((name for name, _ in ACTOR_FIELDS), values, strict=True))
    if fields["code"] is None and fields["text"] is None:
        return None
    return Actor(**fields)


def event_row(event: Event, index: int, doc_id: str) -> Row:
    actors: Row = ()
    for who in EVENT_ACTORS:
        actors += _actor_values(getattr(event, who))
    return (
        doc_id,
        index,
        event.sentence_index,
        event.sentence,
        event.date,
        event.date_text,
        event.cameo,
        event.root,
        event.quad_class,
        event.goldstein,
        event.plover_type,
        event.plover_mode,
        *actors,
        event.trigger.text,
        event.trigger.start,
        event.trigger.end,
        event.modality,
        event.confidence,
        event.rule,
        *_location_values(event.location),
    )


def _location_values(place: Place | None) -> Row:
    if place is None:
        return (None, None, None, None, None)
    return (place.name, place.country, place.lat, place.lon, json.dumps(place.to_dict(), ensure_ascii=False))


def event_from_row(row: Row) -> Event:
    (doc_id, _index, sentence_index, sentence, date, date_text, cameo, root, quad_class, goldstein) = row[:10]
    plover_type, plover_mode = row[10:12]
    n = len(ACTOR_FIELDS)
    actors = {who: _actor_from(row[12 + i * n : 12 + (i + 1) * n]) for i, who in enumerate(EVENT_ACTORS)}
    rest = 12 + len(EVENT_ACTORS) * n
    trigger_text, trigger_start, trigger_end, modality, confidence, rule = row[rest : rest + 6]
    location_json = row[rest + 10]
    return Event(
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=sentence,
        date=date,
        date_text=date_text,
        cameo=cameo,
        root=root,
        quad_class=quad_class,
        goldstein=goldstein,
        plover_type=plover_type,
        plover_mode=plover_mode,
        source=actors["source"],
        target=actors["target"],
        trigger=Trigger(text=trigger_text, start=trigger_start, end=trigger_end),
        modality=modality,
        reported_by=actors["reported_by"],
        confidence=confidence,
        rule=rule,
        location=Place(**json.loads(location_json)) if location_json else None,
    )


def actor_row(actor: Actor, index: int, doc_id: str) -> Row:
    return (
        doc_id,
        index,
        actor.text,
        actor.code,
        actor.country,
        actor.sector,
        actor.start,
        actor.end,
        actor.rule,
        actor.person,
    )


def actor_from_row(row: Row) -> Actor:
    _doc_id, _index, text, code, country, sector, start, end, rule, person = row
    return Actor(
        text=text, code=code, country=country, sector=sector, start=start, end=end, rule=rule, person=person
    )


def date_row(mention: DateMention, index: int, doc_id: str) -> Row:
    return (doc_id, index, mention.text, mention.start, mention.end, mention.date, mention.granularity)


def date_from_row(row: Row) -> DateMention:
    _doc_id, _index, text, start, end, date, granularity = row
    return DateMention(text=text, start=start, end=end, date=date, granularity=granularity)
