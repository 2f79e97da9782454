"""GDELT GKG 2.1 writer: one row per stored document (tab-separated, no header).

Count types follow the codebook's category names (KILL, WOUND, ARREST, KIDNAP, PROTEST, SEIZE, AFFECT);
locations use FIPS country/ADM1 codes and geo types 1–5 like the Event export; dates keep their
resolution (3 day, 2 month, 1 year); a week ("last week") has no GKG resolution and is left out.
"""

from __future__ import annotations

import re
from typing import IO, Any

from tacitus.export.common import DocMeta, cell, doc_meta, stamp, tsv
from tacitus.export.geo import gdelt_geo
from tacitus.model.records import CodedDocument, Place
from tacitus.store.filters import STORE_EVENTS, EventFilter, where_clause
from tacitus.store.gdelt import GKG_COLUMNS

COUNT_TYPES = {  # our count category -> the GKG codebook's CountType
    "killed": "KILL", "casualties": "KILL", "wounded": "WOUND", "arrested": "ARREST",
    "kidnapped": "KIDNAP", "protesters": "PROTEST", "seized": "SEIZE",
    "trapped": "AFFECT", "displaced": "AFFECT", "missing": "AFFECT", "evacuated": "AFFECT",
    "rescued": "AFFECT", "released": "AFFECT", "affected": "AFFECT",
}  # fmt: skip
DATE_RESOLUTION = {"day": 3, "month": 2, "year": 1}


def count_type(category: str) -> str:
    return COUNT_TYPES.get(category, "AFFECT")


def _proper(text: str) -> bool:
    """A name, not a common noun: every word of it starts with a capital or a digit (particles aside)."""
    words = [w for w in text.split() if w.lower() not in {"al", "el", "bin", "de", "van", "von", "of", "the"}]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _name(text: str) -> str:
    """An entity as GDELT lists names: without a leading article ("The European Union" → "European Union")."""
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)


def _gkg_row(coded: CodedDocument, m: DocMeta) -> list[Any]:
    d = coded.document
    places = coded.places

    def loc_v1(p: Place) -> str:
        g = gdelt_geo(p)  # type, fullname, country, adm1, adm2, lat, lon, feature
        return "#".join(cell(v) for v in (g[0], g[1], g[2], g[3], g[5], g[6], g[7]))

    def loc_v2(p: Place) -> str:
        g = gdelt_geo(p)
        return "#".join(cell(v) for v in (*g, p.start))

    def count_v1(c) -> str:
        p = places[c.place] if c.place is not None and 0 <= c.place < len(places) else None
        geo = loc_v1(p) if p else "0######"
        return f"{count_type(c.category)}#{c.number}#{c.what}#{geo}"

    persons = [(_name(e.text), e.start) for e in coded.entities if e.label == "PERSON" and _proper(e.text)]
    orgs = [(_name(e.text), e.start) for e in coded.entities if e.label == "ORG" and _proper(e.text)]
    names = [(_name(e.text), e.start) for e in coded.entities if _proper(e.text)]
    t = coded.tone
    dates = [x for x in coded.dates if x.date and x.granularity in DATE_RESOLUTION]
    return [
        f"{stamp(m.added) or 0}-{m.seq}",
        stamp(d.published) or 0,
        1 if m.url else 2,
        m.source,
        m.identifier,
        ";".join(count_v1(c) for c in coded.counts),
        ";".join(f"{count_v1(c)}#{c.start}" for c in coded.counts),
        ";".join(th.name for th in coded.themes),
        ";".join(f"{th.name},{off}" for th in coded.themes for off in (th.offsets or [0])),
        ";".join(dict.fromkeys(loc_v1(p) for p in places)),
        ";".join(loc_v2(p) for p in places),
        ";".join(dict.fromkeys(name for name, _ in persons)),
        ";".join(f"{name},{off}" for name, off in persons),
        ";".join(dict.fromkeys(name for name, _ in orgs)),
        ";".join(f"{name},{off}" for name, off in orgs),
        ",".join(
            cell(v)
            for v in (t.tone, t.positive, t.negative, t.polarity, t.activity, t.self_group, t.word_count)
        )
        if t
        else None,
        ";".join(
            f"{DATE_RESOLUTION[x.granularity]}#{x.date.month if x.granularity != 'year' else 0}#"
            f"{x.date.day if x.granularity == 'day' else 0}#{x.date.year}#{x.start}"
            for x in dates
        ),
        None,  # GCAM
        None,
        None,
        None,
        None,  # images and embeds
        "#".join(
            f"{q.start}|{q.end - q.start}||{q.text.replace('|', ' ').replace('#', ' ')}" for q in coded.quotes
        ),
        ";".join(f"{name},{off}" for name, off in names),
        ";".join(f"{c.number},{c.what},{c.start}" for c in coded.counts),
        None,
        f"<TACITUS_DOC_ID>{d.id}</TACITUS_DOC_ID>",
    ]


def _doc_ids(store, f: EventFilter | None) -> set[str] | None:
    """Documents with an event matching the non-date filters (None: no such filter, every document)."""
    if f is None:
        return None
    event_fields = {k: v for k, v in f.active().items() if k not in ("since", "until")}
    if not event_fields:
        return None
    where, params = where_clause(EventFilter(**event_fields))
    found = store._con.execute(f"{STORE_EVENTS} SELECT DISTINCT doc_id FROM ev{where}", params).fetchall()
    return {row[0] for row in found}


def write_gkg(store, out: IO[str], f: EventFilter | None) -> int:
    """One GKG 2.1 row per stored document (ok status) published within since/until and, when event
    filters are given (root, actor, country …), having at least one matching event."""
    meta = doc_meta(store)
    wanted = _doc_ids(store, f)
    n = 0
    for stored in store.documents(status="ok"):
        d = stored.document
        if f is not None and f.since and (d.published is None or d.published < f.since):
            continue
        if f is not None and f.until and (d.published is None or d.published > f.until):
            continue
        if wanted is not None and d.id not in wanted:
            continue
        coded = store.get(d.id)
        row = _gkg_row(coded, meta[d.id])
        assert len(row) == len(GKG_COLUMNS)
        tsv(out, row)
        n += 1
    return n
