"""SQL for the API: the filtered event relation shared by /events, /map, /timeline, /actors/network, /export.

Every query starts from ``ev``: events joined with their document, with

* ``day`` — the event date, else the document's publication date;
* ``lat``/``lon``/``geo`` — the event's location; else the centroid of its location country, of its
  target's country, of its source's country (``geo`` says which: location, location_country,
  target_country, source_country); country centroids come from :mod:`tacitus.web.geo`;
* ``mentions`` — how many stored events share its day, CAMEO code, source and target (how often it
  was reported; the map sizes points by it);
* ``story`` — its story id when the stories tables exist, else NULL.

Filter values are always bound parameters, never spliced into SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from tacitus.api.db import Database

STORY_KEYS = ("story_id", "cluster_id", "story")


@dataclass
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None  # prefix of the source or target code ("USA" matches "USAGOV")
    source: str | None = None  # prefix of the source code
    target: str | None = None  # prefix of the target code
    country: str | None = None  # ISO3 of the source or target
    sector: str | None = None  # sector of the source or target (GOV, MIL, REB …)
    root: str | None = None  # CAMEO root(s), comma-separated
    cameo: str | None = None  # CAMEO code prefix
    plover_type: str | None = None  # comma-separated
    quad_class: str | None = None  # comma-separated 1..4
    modality: str | None = None  # comma-separated
    place: str | None = None  # location name (substring) or country ISO3
    bbox: str | None = None  # min_lon,min_lat,max_lon,max_lat on the map position
    story: str | None = None
    q: str | None = None  # text search: sentence, trigger, actor texts, title
    doc_id: str | None = None

    def active(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")
        }


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """``(" WHERE …", params)`` over ``ev``; raises ValueError on a malformed value."""
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
    if f.country:
        where.append("(source_country = ? OR target_country = ?)")
        params += [f.country.upper(), f.country.upper()]
    if f.sector:
        where.append("(source_sector = ? OR target_sector = ?)")
        params += [f.sector.upper(), f.sector.upper()]
    for column, value in (("root", f.root), ("plover_type", f.plover_type), ("modality", f.modality)):
        if value:
            items = _csv(value)
            if column == "root":
                items = [v.zfill(2) for v in items]
            if column == "plover_type":
                items = [v.upper() for v in items]
            where.append(f"{column} IN ({', '.join('?' * len(items))})")
            params += items
    if f.quad_class:
        try:
            items = [int(v) for v in _csv(f.quad_class)]
        except ValueError:
            raise ValueError("quad_class: integers 1-4, comma-separated") from None
        where.append(f"quad_class IN ({', '.join('?' * len(items))})")
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
            raise ValueError("bbox: min_lon,min_lat,max_lon,max_lat") from None
        where.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [x0, x1, y0, y1]
    if f.story:
        where.append("story = ?")
        params.append(f.story)
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


_CENTROIDS_CTE = (
    "centroids AS (SELECT unnest(?::VARCHAR[]) AS iso3, unnest(?::DOUBLE[]) AS clat,"
    " unnest(?::DOUBLE[]) AS clon)"
)


def relation_params() -> list[Any]:
    """Parameters of :func:`event_relation` (none: the view is materialised)."""
    return []


@lru_cache(maxsize=1)
def centroid_params() -> tuple[list[str], list[float], list[float]]:
    """The parameters of :func:`event_relation_source` (country centroids as three lists).

    Bound lists rather than a VALUES literal: DuckDB plans 175 literal rows in ~25 ms, lists in ~1 ms.
    """
    from tacitus.web.geo import centroids

    items = sorted(centroids().items())
    return [k for k, _ in items], [v[0] for _, v in items], [v[1] for _, v in items]


def story_source(db: Database) -> str | None:
    """A ``(doc_id, event_index, story)`` relation over the stories tables, or None when absent.

    ``event_index`` NULL means every event of the document. Uses, by preference: ``story_docs``
    (document → story), ``event_mentions`` ⋈ ``event_clusters`` (event → cluster → story), or an
    ``event_clusters`` table that names the document itself.
    """
    tables = db.tables()
    if "story_docs" in tables and {"doc_id", "story_id"} <= set(db.columns("story_docs")):
        return "SELECT doc_id, NULL::INTEGER AS event_index, story_id AS story FROM story_docs"
    if "event_clusters" not in tables:
        return None
    columns = db.columns("event_clusters")
    key = next((k for k in STORY_KEYS if k in columns), None)
    if key is None:
        return None
    if "event_mentions" in tables and "cluster_id" in columns and key != "cluster_id":
        return (
            f"SELECT m.doc_id, m.event_index, CAST(c.{key} AS VARCHAR) AS story"
            " FROM event_mentions m JOIN event_clusters c USING (cluster_id)"
        )
    if "doc_id" not in columns:
        return None
    if "event_index" not in columns:  # stories assigned per document: every event of it
        return (
            "SELECT DISTINCT doc_id, NULL::INTEGER AS event_index,"
            f" CAST({key} AS VARCHAR) AS story FROM event_clusters"
        )
    return f"SELECT doc_id, event_index, CAST({key} AS VARCHAR) AS story FROM event_clusters"


def event_relation(db: Database) -> str:
    """``WITH ev AS (…)``: prefix of every event query, over the event view the database materialises
    once per store version (run it on ``db.event_cursor()``; :func:`relation_params` binds nothing)."""
    return "WITH ev AS (SELECT * FROM ev_cache)"


def event_relation_source(db: Database) -> str:
    """``WITH centroids …, ev AS (…)``: the event view itself; bind :func:`centroid_params` first."""
    stories = story_source(db)
    story_join = (
        f"LEFT JOIN ({stories}) s ON s.doc_id = e.doc_id"
        " AND (s.event_index IS NULL OR s.event_index = e.event_index)"
        if stories
        else ""
    )
    story_col = "s.story" if stories else "CAST(NULL AS VARCHAR)"
    return f"""WITH {_CENTROIDS_CTE},
mentions AS (
  SELECT coalesce(e.date, d.published) AS day, e.cameo, coalesce(e.source_code, '') AS source_code,
    coalesce(e.target_code, '') AS target_code, count(*) AS mentions
  FROM events e JOIN documents d ON d.id = e.doc_id GROUP BY ALL
),
ev AS (
  SELECT e.*, d.title, d.url, d.source AS outlet, d.published, d.seq,
    coalesce(e.date, d.published) AS day,
    CASE WHEN e.location_lat IS NOT NULL THEN 'location'
         WHEN cl.iso3 IS NOT NULL THEN 'location_country'
         WHEN ct.iso3 IS NOT NULL THEN 'target_country'
         WHEN cs.iso3 IS NOT NULL THEN 'source_country' END AS geo,
    coalesce(e.location_country, ct.iso3, cs.iso3) AS geo_country,
    coalesce(e.location_lat, cl.clat, ct.clat, cs.clat) AS lat,
    coalesce(e.location_lon, cl.clon, ct.clon, cs.clon) AS lon,
    m.mentions,
    {story_col} AS story
  FROM events e JOIN documents d ON d.id = e.doc_id
  JOIN mentions m ON m.day IS NOT DISTINCT FROM coalesce(e.date, d.published) AND m.cameo = e.cameo
    AND m.source_code = coalesce(e.source_code, '') AND m.target_code = coalesce(e.target_code, '')
  LEFT JOIN centroids cl ON cl.iso3 = e.location_country
  LEFT JOIN centroids ct ON ct.iso3 = e.target_country
  LEFT JOIN centroids cs ON cs.iso3 = e.source_country
  {story_join}
)"""


EVENT_LIST_COLUMNS = (
    "doc_id", "event_index", "sentence_index", "day", "date", "date_text", "cameo", "root", "quad_class",
    "goldstein", "plover_type", "plover_mode", "source_code", "source_country", "source_sector",
    "source_text", "target_code", "target_country", "target_sector", "target_text", "trigger_text",
    "trigger_start", "trigger_end", "modality", "confidence", "rule", "location_name", "lat", "lon", "geo",
    "mentions", "story", "title", "outlet", "sentence",
)  # fmt: skip


def rows_as_dicts(cursor, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    result = cursor.execute(sql, params)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]
