"""Writers for every export format. Each takes a Store and ``ExportFilters`` and writes rows.

GDELT conventions we follow: tab-separated, no header, no quoting (tabs and line breaks inside
values become spaces), empty string for a missing value, dates as YYYYMMDD integers, timestamps as
YYYYMMDDHHMMSS. Where GDELT uses FIPS 10-4 country codes (``*Geo_CountryCode``) we write the ISO 3166
alpha-3 code we have (documented in docs/STORIES.md).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tacitus import __version__
from tacitus.model.records import CodedDocument, Event, Place
from tacitus.store.gdelt import EVENTS_COLUMNS, GKG_COLUMNS, MENTIONS_COLUMNS
from tacitus.store.stories import cluster_stats
from tacitus.stories.dedup import global_event_id
from tacitus.stories.features import source_of

KNOWN_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM")


@dataclass(frozen=True, slots=True)
class ExportFilters:
    since: dt.date | None = None
    until: dt.date | None = None
    root: str | None = None
    actor: str | None = None

    def kwargs(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "root": self.root, "actor": self.actor}


# -- helpers ---------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _tsv(out: IO[str], values: list[Any]) -> None:
    out.write("\t".join(_cell(v) for v in values) + "\n")


def _ymd(day: dt.date | None) -> int | None:
    return int(day.strftime("%Y%m%d")) if day else None


def _stamp(when: dt.datetime | dt.date | None) -> int | None:
    if when is None:
        return None
    if not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time())
    return int(when.strftime("%Y%m%d%H%M%S"))


@dataclass(slots=True)
class _DocMeta:
    url: str | None
    source: str
    published: dt.date | None
    added: dt.datetime | None
    length: int
    tone: float | None
    seq: int
    identifier: str


def _doc_meta(store) -> dict[str, _DocMeta]:
    rows = store._con.execute(
        "SELECT id, url, source, published, added_at, length(text), enrichment, seq, origin FROM documents"
    ).fetchall()
    out = {}
    for doc_id, url, source, published, added, length, enrichment, seq, origin in rows:
        tone = None
        if enrichment:
            t = json.loads(enrichment).get("tone")
            tone = t.get("tone") if t else None
        from tacitus.model.records import Document

        src = source_of(Document(text="", id=doc_id, url=url, source=source))
        out[doc_id] = _DocMeta(
            url, src, published, added, length or 0, tone, seq, url or origin or f"tacitus:{doc_id}"
        )
    return out


def _events(store, filters: ExportFilters) -> list[tuple[Event, int]]:
    """Events with their index in the document, in store order."""
    events = store.events(**filters.kwargs())
    out, counter = [], {}
    # event_index is the position within the document in insertion order; recover it from the table
    index_rows = store._con.execute(
        "SELECT doc_id, event_index, trigger_start, sentence_index FROM events"
    ).fetchall()
    lookup = {(d, ts, si): i for d, i, ts, si in index_rows}
    for e in events:
        idx = lookup.get((e.doc_id, e.trigger.start, e.sentence_index))
        if idx is None:  # pragma: no cover - duplicate triggers: fall back to order of appearance
            idx = counter.get(e.doc_id, 0)
        counter[e.doc_id] = idx + 1
        out.append((e, idx))
    return out


def _actor_parts(actor) -> list[Any]:
    """Actor{n}Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3."""
    if actor is None:
        return [None] * 10
    code = actor.code or ""
    country = actor.country if actor.country and len(actor.country) == 3 else None
    known = None
    rest = actor.sector or ""
    if code[:3] in KNOWN_GROUP_PREFIXES:
        known, rest = code[3:6] or None, code[6:]
        country = None
    types = [rest[i : i + 3] or None for i in (0, 3, 6)]
    name = (actor.person or actor.text or "").upper() or None
    return [code or None, name, country, known, None, None, None, *types]


def _geo(place: Place | None) -> list[Any]:
    """Geo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if place is None:
        return [0, None, None, None, None, None, None, None]
    code = place.feature_code or ""
    if code.startswith("PCL"):
        kind = 1
    elif code == "ADM1":
        kind = 5
    else:
        kind = 4
    return [
        kind,
        place.name,
        place.country,
        place.adm1,
        None,
        place.lat,
        place.lon,
        str(place.geonameid) if place.geonameid is not None else None,
    ]


# -- GDELT -----------------------------------------------------------------------------------


def _event_records(store, filters: ExportFilters) -> Iterator[tuple[Event, int, tuple | None]]:
    stats = cluster_stats(store)
    for e, idx in _events(store, filters):
        yield e, idx, stats.get((e.doc_id, idx))


def write_gdelt_events(store, out: IO[str], filters: ExportFilters) -> int:
    """One row per real event: the representative mention of each deduplicated event (or every event
    when `tacitus stories` has not run), with NumMentions/NumSources/NumArticles from dedup."""
    meta = _doc_meta(store)
    reps = {
        (d, i): c
        for c, d, i in store._con.execute(
            "SELECT cluster_id, doc_id, event_index FROM event_clusters"
        ).fetchall()
    }
    cluster_info = {
        row[0]: row[1:]
        for row in store._con.execute(
            "SELECT cluster_id, cameo, date, goldstein, quad_class FROM event_clusters"
        ).fetchall()
    }
    n = 0
    for e, idx, stat in _event_records(store, filters):
        m = meta[e.doc_id]
        if stat is not None:
            gid, mentions, sources, articles, tone, cluster_id = stat
            if (e.doc_id, idx) not in reps:
                continue  # another mention of an event already written
            cameo, day, goldstein, quad = cluster_info[cluster_id]
        else:
            gid, mentions, sources, articles, tone = global_event_id(f"{e.doc_id}:{idx}"), 1, 1, 1, m.tone
            cameo, day, goldstein, quad = e.cameo, e.date, e.goldstein, e.quad_class
        day = day or m.published
        year_start = dt.date(day.year, 1, 1) if day else None
        fraction = round(day.year + (day - year_start).days / 365.0, 4) if day else None
        row = [
            gid,
            _ymd(day),
            int(day.strftime("%Y%m")) if day else None,
            day.year if day else None,
            fraction,
            *_actor_parts(e.source),
            *_actor_parts(e.target),
            1 if e.sentence_index == 0 else 0,
            cameo,
            cameo[:3],
            cameo[:2],
            quad,
            goldstein,
            mentions,
            sources,
            articles,
            tone,
            *_geo(None),  # Actor1Geo: we do not locate actors separately
            *_geo(None),
            *_geo(e.location),
            _stamp(m.added),
            m.identifier,
        ]
        assert len(row) == len(EVENTS_COLUMNS)
        _tsv(out, row)
        n += 1
    return n


def write_gdelt_mentions(store, out: IO[str], filters: ExportFilters) -> int:
    """One row per event mention (every document that reported it keeps its row)."""
    meta = _doc_meta(store)
    first_added: dict[int, int | None] = {}
    records = list(_event_records(store, filters))
    for e, idx, stat in records:
        gid = stat[0] if stat else global_event_id(f"{e.doc_id}:{idx}")
        stamp = _stamp(meta[e.doc_id].added)
        if stamp is not None:
            first_added[gid] = min(first_added.get(gid) or stamp, stamp)
    n = 0
    for e, idx, stat in records:
        m = meta[e.doc_id]
        gid = stat[0] if stat else global_event_id(f"{e.doc_id}:{idx}")
        row = [
            gid,
            first_added.get(gid),
            _stamp(m.added),
            1 if m.url else 2,
            m.source,
            m.identifier,
            e.sentence_index + 1,
            e.source.start if e.source else -1,
            e.target.start if e.target else -1,
            e.trigger.start,
            1,
            round(max(0.0, min(1.0, e.confidence)) * 100),
            m.length,
            m.tone,
            None,
            None,
        ]
        assert len(row) == len(MENTIONS_COLUMNS)
        _tsv(out, row)
        n += 1
    return n


def _gkg_row(coded: CodedDocument, m: _DocMeta) -> list[Any]:
    d = coded.document
    places = coded.places

    def loc_v1(p: Place) -> str:
        return "#".join(_cell(v) for v in (_geo(p)[0], p.name, p.country, p.adm1, p.lat, p.lon, p.geonameid))

    def loc_v2(p: Place) -> str:
        g = _geo(p)
        return "#".join(
            _cell(v) for v in (g[0], p.name, p.country, p.adm1, None, p.lat, p.lon, p.geonameid, p.start)
        )

    def count_v1(c) -> str:
        p = places[c.place] if c.place is not None and c.place < len(places) else None
        geo = loc_v1(p) if p else "0######"
        return f"{c.category.upper()}#{c.number}#{c.what}#{geo}"

    persons = [(e.text, e.start) for e in coded.entities if e.label == "PERSON"]
    orgs = [(e.text, e.start) for e in coded.entities if e.label == "ORG"]
    t = coded.tone
    return [
        f"{_stamp(m.added) or 0}-{m.seq}",
        _stamp(d.published) or 0,
        1 if d.url else 2,
        m.source,
        m.identifier,
        ";".join(count_v1(c) for c in coded.counts),
        ";".join(f"{count_v1(c)}#{c.start}" for c in coded.counts),
        ";".join(th.name for th in coded.themes),
        ";".join(f"{th.name},{off}" for th in coded.themes for off in (th.offsets or [0])),
        ";".join(loc_v1(p) for p in places),
        ";".join(loc_v2(p) for p in places),
        ";".join(dict.fromkeys(name for name, _ in persons)),
        ";".join(f"{name},{off}" for name, off in persons),
        ";".join(dict.fromkeys(name for name, _ in orgs)),
        ";".join(f"{name},{off}" for name, off in orgs),
        ",".join(
            _cell(v)
            for v in (t.tone, t.positive, t.negative, t.polarity, t.activity, t.self_group, t.word_count)
        )
        if t
        else None,
        ";".join(
            f"{1 if x.granularity == 'year' else 2 if x.granularity == 'month' else 3}#"
            f"{x.date.month if x.granularity != 'year' else 0}#{x.date.day if x.granularity == 'day' else 0}#"
            f"{x.date.year}#{x.start}"
            for x in coded.dates
            if x.date
        ),
        None,  # GCAM
        None,
        None,
        None,
        None,  # images and embeds
        "#".join(
            f"{q.start}|{q.end - q.start}||{q.text.replace('|', ' ').replace('#', ' ')}" for q in coded.quotes
        ),
        ";".join(f"{e.text},{e.start}" for e in coded.entities),
        ";".join(f"{c.number},{c.what},{c.start}" for c in coded.counts),
        None,
        None,
    ]


def write_gkg(store, out: IO[str], filters: ExportFilters) -> int:
    """One GKG 2.1 row per stored document (ok status), published within --since/--until."""
    meta = _doc_meta(store)
    n = 0
    for stored in store.documents(status="ok"):
        d = stored.document
        if filters.since and (d.published is None or d.published < filters.since):
            continue
        if filters.until and (d.published is None or d.published > filters.until):
            continue
        coded = store.get(d.id)
        row = _gkg_row(coded, meta[d.id])
        assert len(row) == len(GKG_COLUMNS)
        _tsv(out, row)
        n += 1
    return n


# -- PLOVER and POLECAT ------------------------------------------------------------------------


def _plover_entity(actor) -> list[dict[str, Any]]:
    if actor is None:
        return []
    return [
        {
            "code": actor.country or actor.code[:3],
            "sector": actor.sector,
            "entity_text": actor.text,
            "identifier_text": actor.person,
            "cameo_code": actor.code,
        }
    ]


def _plover_loc(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    code = place.feature_code or ""
    resolution = 1 if code.startswith("PCL") else 2 if code == "ADM1" else 3 if code == "ADM2" else 4
    return {
        "extracted_place": place.text,
        "resolved_place": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country_code": place.country,
        "feature_class": place.feature_class,
        "feature_code": place.feature_code,
        "resolution": resolution,
    }


def _representatives(store, filters: ExportFilters):
    """(event, index, stats) for each real event: dedup representatives, or every event without dedup."""
    reps = {
        (d, i) for d, i in store._con.execute("SELECT doc_id, event_index FROM event_clusters").fetchall()
    }
    for e, idx, stat in _event_records(store, filters):
        if stat is None or (e.doc_id, idx) in reps:
            yield e, idx, stat


def write_plover(store, out: IO[str], filters: ExportFilters) -> int:
    """PLOVER JSON lines (manual, chapter "Data Fields"); events PLOVER drops (CAMEO 01/02) are skipped."""
    meta = _doc_meta(store)
    today = dt.date.today().isoformat()
    titles = dict(store._con.execute("SELECT id, title FROM documents").fetchall())
    n = 0
    for e, idx, stat in _representatives(store, filters):
        if not e.plover_type:
            continue
        m = meta[e.doc_id]
        gid = stat[0] if stat else global_event_id(f"{e.doc_id}:{idx}")
        record = {
            "id": f"tacitus-{gid}",
            "date": (e.date or m.published).isoformat() if (e.date or m.published) else None,
            "actor": _plover_entity(e.source),
            "recipient": _plover_entity(e.target),
            "event": [e.plover_type],
            "event_loc": _plover_loc(e.location),
            "event_text": [e.trigger.text],
            "quad_code": e.quad_class,
            "event_scale": e.goldstein,
            "mode": [e.plover_mode] if e.plover_mode else [],
            "context": [],
            "link": stat[5] if stat else None,
            "text_info": {"sequence": e.sentence_index, "start": e.trigger.start, "end": e.trigger.end},
            "cite_info": {
                "url": m.url,
                "title": titles.get(e.doc_id),
                "language": "en",
                "publication": m.source,
                "coder": f"tacitus {__version__}",
                "codebook": "cameo-1.1b3 mapped to plover",
            },
            "coder": f"tacitus {__version__}",
            "coded_date": today,
            # our fields beyond the standard ones (allowed by the manual)
            "cameo": e.cameo,
            "modality": e.modality,
            "confidence": round(e.confidence, 3),
            "num_mentions": stat[1] if stat else 1,
            "num_sources": stat[2] if stat else 1,
            "num_articles": stat[3] if stat else 1,
            "doc_id": e.doc_id,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor Sector", "Actor Code", "Actor Name Raw",
    "Recipient Name", "Recipient Country", "Recipient Sector", "Recipient Code", "Recipient Name Raw",
    "Placename", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story ID", "Num Mentions", "Num Sources", "Language", "Version",
)  # fmt: skip


def write_polecat(store, out: IO[str], filters: ExportFilters) -> int:
    """POLECAT-style TSV with a header row (columns: POLECAT_COLUMNS, documented in docs/STORIES.md)."""
    meta = _doc_meta(store)
    stories = dict(store._con.execute("SELECT doc_id, story_id FROM story_docs").fetchall())
    out.write("\t".join(POLECAT_COLUMNS) + "\n")
    n = 0
    for e, idx, stat in _representatives(store, filters):
        if not e.plover_type:
            continue
        m = meta[e.doc_id]
        gid = stat[0] if stat else global_event_id(f"{e.doc_id}:{idx}")
        loc = e.location

        def actor(a):
            if a is None:
                return [None] * 5
            return [a.person or a.text, a.country, a.sector, a.code, a.text]

        _tsv(
            out,
            [
                gid,
                (e.date or m.published).isoformat() if (e.date or m.published) else None,
                e.plover_type,
                e.plover_mode,
                e.goldstein,
                e.quad_class,
                None,
                *actor(e.source),
                *actor(e.target),
                loc.name if loc else None,
                loc.country if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                loc.geonameid if loc else None,
                loc.text if loc else None,
                loc.feature_code if loc else None,
                m.source,
                m.published.isoformat() if m.published else None,
                stories.get(e.doc_id),
                stat[1] if stat else 1,
                stat[2] if stat else 1,
                "en",
                f"tacitus {__version__}",
            ],
        )
        n += 1
    return n


# -- our tables ------------------------------------------------------------------------------

OWN_TABLES = (
    "events",
    "documents",
    "actors",
    "dates",
    "stories",
    "story_docs",
    "event_clusters",
    "event_mentions",
)


def copy_table(store, table: str, path: str, fmt: str, filters: ExportFilters) -> int:
    """DuckDB ``COPY (SELECT …) TO path`` as CSV (header) or Parquet; events filtered like Store.events."""
    if table not in OWN_TABLES:
        raise ValueError(f"unknown table {table!r}")
    where, params = [], []
    if table == "events":
        sql = "SELECT e.* FROM events e JOIN documents d ON d.id = e.doc_id"
        if filters.root:
            where.append("e.root = ?")
            params.append(filters.root)
        if filters.actor:
            where.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
            params += [filters.actor, filters.actor]
        if filters.since:
            where.append("coalesce(e.date, d.published) >= ?")
            params.append(filters.since)
        if filters.until:
            where.append("coalesce(e.date, d.published) <= ?")
            params.append(filters.until)
        order = " ORDER BY d.seq, e.event_index"
    else:
        sql = f"SELECT * FROM {table}"
        order = " ORDER BY seq" if table == "documents" else ""
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += order
    options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
    target = path.replace("'", "''")
    con = store._con
    (n,) = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    con.execute(f"COPY ({sql}) TO '{target}' ({options})", params)
    return n


WRITERS = {
    "gdelt-events": write_gdelt_events,
    "gdelt-mentions": write_gdelt_mentions,
    "gkg": write_gkg,
    "plover": write_plover,
    "polecat": write_polecat,
}
FORMATS = (*WRITERS, "csv", "parquet")


def export(
    store, fmt: str, out: str | None = None, filters: ExportFilters | None = None, table: str = "events"
) -> int:
    """Write ``fmt`` to ``out`` (a path; stdout when None for text formats). Returns rows written."""
    filters = filters or ExportFilters()
    if fmt in ("csv", "parquet"):
        if out is None:
            if fmt == "parquet":
                raise ValueError("--out is required for parquet")
            out = "/dev/stdout"
        return copy_table(store, table, out, fmt, filters)
    writer = WRITERS[fmt]
    if out is None:
        return writer(store, sys.stdout, filters)
    with Path(out).open("w", encoding="utf-8", newline="\n") as fh:
        return writer(store, fh, filters)
