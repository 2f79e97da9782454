"""GDELT Event 2.0 and Mentions writers (tab-separated, no header, as GDELT publishes them).

Conventions: no quoting (tabs and line breaks inside values become spaces), empty string for a missing
value, dates as YYYYMMDD integers, timestamps as YYYYMMDDHHMMSS. The mapping and the remaining deviations
are in docs/EXPORTS.md.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import IO, Any

from tacitus.export.common import doc_meta, event_records, representatives, stamp, tsv, ymd
from tacitus.export.geo import country_geo, country_name, gdelt_geo
from tacitus.model.records import Actor
from tacitus.store.filters import EventFilter
from tacitus.store.gdelt import EVENTS_COLUMNS, MENTIONS_COLUMNS

GROUP_TYPES = ("IGO", "NGO", "IMG", "MNC", "NGM", "ISM")
# CAMEO region codes that stand in an IGO/NGO code where a country would (IGO + EUR + EEC)
REGIONS = frozenset(
    [
        "AFR",
        "ASA",
        "BLK",
        "BLT",
        "CAS",
        "CAU",
        "CEU",
        "CFR",
        "CRB",
        "EAF",
        "EEU",
        "EIN",
        "EUR",
        "LAM",
        "MDT",
        "MEA",
        "NAF",
        "NAM",
        "NMR",
        "PGS",
        "SAF",
        "SAM",
        "SAS",
        "SCN",
        "SEA",
        "WAF",
        "WEU",
        "WST",
    ]
)


def fraction_date(day: dt.date) -> float:
    """The codebook's FractionDate: YYYY + (MONTH * 30 + DAY) / 365, to four decimals."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def actor_name(actor: Actor) -> str | None:
    """A normalised name in capitals, as GDELT writes it: the person's name, else the country's name for
    a bare country actor, else the mention without leading articles."""
    if actor.person:
        return actor.person.upper()
    if actor.code and actor.country and actor.code == actor.country:
        name = country_name(actor.country)
        if name:
            return name.upper()
    text = re.sub(r"^(the|a|an)\s+", "", (actor.text or "").strip(), flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"\s+", " ", text).upper() or None


def actor_parts(actor: Actor | None) -> list[Any]:
    """Actor{n}Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3.

    ``IGOEUREEC`` → country/region ``EUR``, known group ``EEC``, Type1 ``IGO``; ``IGOUNO`` → known group
    ``UNO``, Type1 ``IGO``; ``RUSMIL`` → country ``RUS``, Type1 ``MIL``.
    """
    if actor is None:
        return [None] * 10
    code = actor.code or ""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country, known, types = None, None, []
    if chunks and chunks[0] in GROUP_TYPES:
        types.append(chunks[0])
        rest = chunks[1:]
        if rest and rest[0] in REGIONS and len(rest) > 1:
            country, rest = rest[0], rest[1:]
        if rest:
            known, rest = rest[0], rest[1:]
        types += rest
    else:
        if actor.country and len(actor.country) == 3:
            country = actor.country
        rest = chunks[1:] if chunks and chunks[0] == country else chunks
        if not rest and actor.sector and not code:
            rest = [actor.sector]
        types += rest
    types = [*types, None, None, None][:3]
    return [code or None, actor_name(actor), country, known, None, None, None, *types]


def _actor_geo(actor: Actor | None) -> list[Any]:
    return country_geo(actor.country if actor is not None else None)


def write_gdelt_events(store, out: IO[str], f: EventFilter | None) -> int:
    """One row per real event: the representative mention of each deduplicated event (or every event
    when `tacitus stories` has not run), with NumMentions/NumSources/NumArticles from dedup."""
    meta = doc_meta(store)
    cluster_info = {
        row[0]: row[1:]
        for row in store._con.execute(
            "SELECT cluster_id, cameo, date, goldstein, quad_class FROM event_clusters"
        ).fetchall()
    }
    n = 0
    for r in representatives(store, f):
        e, m = r.event, meta[r.event.doc_id]
        if r.stat is not None:
            _, mentions, sources, articles, tone, cluster_id = r.stat
            cameo, day, goldstein, quad = cluster_info[cluster_id]
        else:
            mentions, sources, articles, tone = 1, 1, 1, m.tone
            cameo, day, goldstein, quad = e.cameo, e.date, e.goldstein, e.quad_class
        day = day or m.published
        row = [
            r.gid,
            ymd(day),
            int(day.strftime("%Y%m")) if day else None,
            day.year if day else None,
            fraction_date(day) if day else None,
            *actor_parts(e.source),
            *actor_parts(e.target),
            1 if _is_root(e) else 0,
            cameo,
            cameo[:3],
            cameo[:2],
            quad,
            goldstein,
            mentions,
            sources,
            articles,
            tone,
            *_actor_geo(e.source),
            *_actor_geo(e.target),
            *gdelt_geo(e.location),
            stamp(m.added),
            m.identifier,
        ]
        assert len(row) == len(EVENTS_COLUMNS)
        tsv(out, row)
        n += 1
    return n


LEAD_SENTENCES = 3  # IsRootEvent: the event is in the lead (title line and the first two sentences)


def _is_root(event) -> bool:
    return event.sentence_index < LEAD_SENTENCES


def write_gdelt_mentions(store, out: IO[str], f: EventFilter | None) -> int:
    """One row per event mention: every event matching the filter, under its deduplicated event's id
    (each (event, document) pair once)."""
    meta = doc_meta(store)
    records = event_records(store, f)
    first_added: dict[int, int] = {}
    for r in records:
        when = stamp(meta[r.event.doc_id].added)
        if when is not None:
            first_added[r.gid] = min(first_added.get(r.gid, when), when)
    n = 0
    for r in records:
        e, m = r.event, meta[r.event.doc_id]
        row = [
            r.gid,
            first_added.get(r.gid),
            stamp(m.added),
            1 if m.url else 2,  # 1 WEB; 2 CITATIONONLY (no URL: the identifier is a citation)
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
            f"<EVENT_ID>{r.id}</EVENT_ID><MODALITY>{e.modality}</MODALITY>",
        ]
        assert len(row) == len(MENTIONS_COLUMNS)
        tsv(out, row)
        n += 1
    return n
