"""SQL for the API: the filtered event relation shared by /events, /map, /timeline, /actors/network, /export.

Every query starts from ``ev``: events joined with their document, with

* ``day`` — the event date, else the document's publication date;
* ``lat``/``lon``/``geo`` — the event's location; else the centroid of its location country, of its
  target's country, of its source's country (``geo`` says which: location, location_country,
  target_country, source_country); country centroids come from :mod:`tacitus.web.geo`;
* ``mentions`` — how many stored events share its day, CAMEO code, source and target (how often it
  was reported; the map sizes points by it);
* ``story`` — its story id when the stories tables exist, else NULL.

The filter (``EventFilter``, ``where_clause``) lives in :mod:`tacitus.store.filters`, shared with the
CLI export and the Python API. Filter values are always bound parameters, never spliced into SQL.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tacitus.api.db import Database
from tacitus.store.filters import EventFilter, event_id_sql, where_clause

__all__ = ["EventFilter", "where_clause"]  # one filter for the store, the CLI and the API

STORY_KEYS = ("story_id", "cluster_id", "story")


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
  SELECT {event_id_sql('e')} AS event_id, e.*, d.title, d.url, d.source AS outlet, d.published, d.seq,
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
    "event_id", "doc_id", "event_index", "sentence_index", "day", "date", "date_text", "cameo", "root",
    "quad_class", "goldstein", "plover_type", "plover_mode", "source_code", "source_country", "source_sector",
    "source_text", "target_code", "target_country", "target_sector", "target_text", "trigger_text",
    "trigger_start", "trigger_end", "modality", "confidence", "rule", "location_name", "lat", "lon", "geo",
    "mentions", "story", "title", "outlet", "sentence",
)  # fmt: skip


def rows_as_dicts(cursor, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    result = cursor.execute(sql, params)
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]
