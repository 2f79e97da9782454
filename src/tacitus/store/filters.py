"""One event filter for every reader: CLI export, the REST API and the Python API (``open_store``).

``EventFilter`` holds the filter values; :func:`where_clause` turns it into ``(" WHERE …", params)`` over a
relation ``ev`` whose columns are those of ``events`` plus

* ``day`` — the event date, else the document's publication date;
* ``title``, ``url``, ``outlet``, ``published``, ``seq`` — from the document;
* ``lat``/``lon``/``geo_country`` — the map position (the API adds country-centroid fallbacks; the
  store relation :data:`STORE_EVENTS` uses the event location only);
* ``story`` — the story id when stories were built, else NULL.

Filter values are always bound parameters, never spliced into SQL. Value conventions, the same everywhere:
roots accept ``2``, ``02`` and lists (``19,14``); lists are comma-separated; codes are case-insensitive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from tacitus.errors import E030, TacitusError


class FilterError(TacitusError, ValueError):
    """A malformed filter value (the CLI exits 2, the API answers 422)."""


MODALITIES = ("asserted", "threat", "negated", "hypothetical", "future", "claimed", "unverified")


@dataclass
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None  # prefix of the source or target code ("USA" matches "USAGOV")
    source: str | None = None  # prefix of the source code
    target: str | None = None  # prefix of the target code
    country: str | None = None  # ISO3 of the source or target
    sector: str | None = None  # sector of the source or target (GOV, MIL, REB …)
    root: str | None = None  # CAMEO root(s), comma-separated: "14", "2", "19,14"
    cameo: str | None = None  # CAMEO code prefix
    plover_type: str | None = None  # comma-separated
    quad_class: str | None = None  # comma-separated 1..4
    modality: str | None = None  # comma-separated
    place: str | None = None  # location name (substring) or country ISO3
    bbox: str | None = None  # min_lon,min_lat,max_lon,max_lat on the map position
    story: str | None = None
    q: str | None = None  # text search: sentence, trigger, actor texts, title
    doc_id: str | None = None
    dyad: str | None = None  # "SOURCE>TARGET" code prefixes (either may be empty)
    min_confidence: float | None = None  # events whose confidence is at least this (0–1; docs/ACCURACY.md)

    def active(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")
        }

    @classmethod
    def of(cls, **values: Any) -> EventFilter:
        """An EventFilter from keyword values; lists and ints are accepted for list fields
        (``root=[19, 14]``, ``quad_class=4``), strings for dates."""
        clean: dict[str, Any] = {}
        for name, value in values.items():
            if value is None:
                continue
            if name in ("since", "until") and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            elif name == "min_confidence":
                value = float(value)
            elif isinstance(value, list | tuple | set):
                value = ",".join(str(v) for v in value)
            elif isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            clean[name] = value
        return cls(**clean)


def _csv(value: str) -> list[str]:
    return [v.strip() for v in str(value).split(",") if v.strip()]


def roots(value: str) -> list[str]:
    """``"2"`` → ``["02"]``; ``"19,14"`` → ``["19", "14"]``; ValueError (E030) for anything not 1–20."""
    out = []
    for item in _csv(value):
        if not item.isdigit() or not 1 <= int(item) <= 20:
            raise FilterError(
                E030.format(name="root", value=value, detail="CAMEO roots 01-20, e.g. 14 or 19,14")
            )
        out.append(f"{int(item):02d}")
    return out


def _in(column: str, items: list[Any]) -> str:
    return f"{column} IN ({', '.join('?' * len(items))})"


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """``(" WHERE …", params)`` over ``ev``; raises ValueError (E030) on a malformed value."""
    where: list[str] = []
    params: list[Any] = []
    if f.since:
        where.append("day >= ?")
        params.append(f.since)
    if f.until:
        where.append("day <= ?")
        params.append(f.until)
    if f.actor:
        where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        params += [f.actor.upper(), f.actor.upper()]
    if f.source:
        where.append("starts_with(source_code, ?)")
        params.append(f.source.upper())
    if f.target:
        where.append("starts_with(target_code, ?)")
        params.append(f.target.upper())
    if f.dyad:
        if ">" not in f.dyad:
            raise FilterError(E030.format(name="dyad", value=f.dyad, detail="SOURCE>TARGET, e.g. RUS>SYR"))
        src, _, tgt = (v.strip().upper() for v in f.dyad.partition(">"))
        if src:
            where.append("starts_with(source_code, ?)")
            params.append(src)
        if tgt:
            where.append("starts_with(target_code, ?)")
            params.append(tgt)
    if f.country:
        items = [v.upper() for v in _csv(f.country)]
        where.append(f"({_in('source_country', items)} OR {_in('target_country', items)})")
        params += items + items
    if f.sector:
        where.append("(source_sector = ? OR target_sector = ?)")
        params += [f.sector.upper(), f.sector.upper()]
    if f.root:
        items = roots(f.root)
        where.append(_in("root", items))
        params += items
    if f.plover_type:
        items = [v.upper() for v in _csv(f.plover_type)]
        where.append(_in("plover_type", items))
        params += items
    if f.modality:
        items = [v.lower() for v in _csv(f.modality)]
        unknown = [v for v in items if v not in MODALITIES]
        if unknown:
            raise FilterError(E030.format(name="modality", value=f.modality, detail=", ".join(MODALITIES)))
        where.append(_in("modality", items))
        params += items
    if f.quad_class:
        try:
            items = [int(v) for v in _csv(f.quad_class)]
        except ValueError:
            items = [0]
        if not all(1 <= v <= 4 for v in items):
            raise FilterError(
                E030.format(name="quad_class", value=f.quad_class, detail="integers 1-4, comma-separated")
            )
        where.append(_in("quad_class", items))
        params += items
    if f.cameo:
        where.append("starts_with(cameo, ?)")
        params.append(f.cameo)
    if f.place:
        where.append("(location_name ILIKE ? OR location_country = ? OR geo_country = ?)")
        params += [f"%{f.place}%", f.place.upper(), f.place.upper()]
    if f.bbox:
        try:
            x0, y0, x1, y1 = (float(v) for v in f.bbox.split(","))
        except ValueError:
            raise FilterError(
                E030.format(name="bbox", value=f.bbox, detail="min_lon,min_lat,max_lon,max_lat")
            ) from None
        where.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [x0, x1, y0, y1]
    if f.story:
        where.append("story = ?")
        params.append(f.story)
    if f.min_confidence is not None:
        if not 0.0 <= f.min_confidence <= 1.0:
            raise FilterError(E030.format(name="min_confidence", value=f.min_confidence,
                                          detail="a number from 0 to 1, e.g. 0.7"))
        where.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.q:
        where.append(
            "(sentence ILIKE ? OR trigger_text ILIKE ? OR source_text ILIKE ? OR target_text ILIKE ?"
            " OR title ILIKE ?)"
        )
        params += [f"%{f.q}%"] * 5
    if f.doc_id:
        where.append("doc_id = ?")
        params.append(f.doc_id)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def event_id_sql(alias: str = "") -> str:
    """SQL for an event's id, ``doc_id:event_index`` (see :func:`event_id`)."""
    p = f"{alias}." if alias else ""
    return f"({p}doc_id || ':' || CAST({p}event_index AS VARCHAR))"


def event_id(doc_id: str, event_index: int) -> str:
    """The one identity of an event everywhere (store, stories, API, exports): ``<doc_id>:<event_index>``."""
    return f"{doc_id}:{event_index}"


# The ``ev`` relation over a store's tables (CLI export and the Python API; the API builds a richer one).
STORE_EVENTS = f"""WITH ev AS (
  SELECT {event_id_sql("e")} AS event_id, e.*, d.title, d.url, d.source AS outlet, d.published, d.seq,
    coalesce(e.date, d.published) AS day,
    e.location_country AS geo_country, e.location_lat AS lat, e.location_lon AS lon,
    s.story_id AS story
  FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN story_docs s ON s.doc_id = e.doc_id
)"""


def filtered_events_sql(f: EventFilter | None, columns: str = "*") -> tuple[str, list[Any]]:
    """``SELECT columns FROM ev WHERE … ORDER BY seq, event_index`` over a store, with its parameters."""
    where, params = where_clause(f or EventFilter())
    return f"{STORE_EVENTS} SELECT {columns} FROM ev{where} ORDER BY seq, event_index", params
