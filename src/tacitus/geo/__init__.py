"""Geoparsing: toponym recognition, resolution to GeoNames entries, and event locations.

    from tacitus.geo import geoparse
    geoparse(spacy_doc, coded, actors)   # fills coded.places and event.location for coded.events

See docs/GEO.md for the method and the evaluation figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from tacitus.geo.gazetteer import Gazetteer, get_gazetteer
from tacitus.geo.locate import locate_events
from tacitus.geo.recognize import recognize
from tacitus.geo.resolve import Mention, resolve_mentions
from tacitus.model import CodedDocument, Place

__all__ = ["Gazetteer", "geoparse", "geoparse_doc", "get_gazetteer", "to_place"]


MIN_PLACE_SCORE = 0.0  # below it a match is a guess ("Farafira district" → Forfar, Scotland): no place


def to_place(gz: Gazetteer, m: Mention) -> Place | None:
    """A resolved mention as a ``Place`` record (None when unresolved or too weakly resolved)."""
    if m.best is None or (m.score < MIN_PLACE_SCORE and not m.demonym):
        return None
    e = gz.entries[m.best]
    how = "demonym" if m.demonym else (m.backoff or ("container" if m.container else "score"))
    return Place(
        text=m.text,
        start=m.start,
        end=m.end,
        name=e.name,
        geonameid=e.geonameid,
        lat=round(e.lat, 5),
        lon=round(e.lon, 5),
        country=gz.iso3.get(e.cc) if e.cc else None,
        adm1=f"{e.cc}{e.adm1}" if e.adm1 else None,
        feature_class=e.fclass,
        feature_code=e.fcode,
        rule=f"{m.source}; {how} {m.score:.1f} (margin {m.margin:.1f})",
    )


def _focus_from_actors(gz: Gazetteer, actors: Any) -> Counter:
    """Country votes from actor codes (ISO3 -> ISO2), capped so actors never outweigh named places."""
    votes: Counter = Counter()
    for a in getattr(actors, "mentions", actors) or ():
        iso3 = getattr(a, "country", None)
        iso2 = gz.iso2.get(iso3) if iso3 else None
        if iso2:
            votes[iso2] += 0.25
    return Counter({k: min(v, 1.0) for k, v in votes.items()})


def geoparse_doc(spacy_doc, actors: Any = None, gz: Gazetteer | None = None) -> list[Place]:
    """Recognise and resolve the toponyms of a parsed document -> ``Place`` records in text order."""
    gz = gz or get_gazetteer()
    mentions = recognize(spacy_doc, gz)
    resolve_mentions(
        gz, mentions, focus_countries=_focus_from_actors(gz, actors) if actors is not None else None
    )
    return [p for p in (to_place(gz, m) for m in mentions) if p is not None]


def geoparse(spacy_doc, coded: CodedDocument, actors: Any = None) -> None:
    """Fill ``coded.places`` and set ``event.location`` for each event of ``coded.events`` (in place)."""
    gz = get_gazetteer()
    coded.places = geoparse_doc(spacy_doc, actors, gz)
    for event, (place, rule) in zip(coded.events, locate_events(spacy_doc, coded, coded.places), strict=True):
        event.location = replace(place, rule=f"{rule}; {place.rule}") if place is not None else None
