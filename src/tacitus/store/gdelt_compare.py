"""GDELT's coding of the same articles beside ours, matched by URL (`tacitus compare-gdelt`).

GDELT events belong to an article through Mentions (``MentionIdentifier``) or, without a Mentions file,
through the event's ``SOURCEURL``. URLs are compared without scheme, ``www.``, fragment and trailing
slash. For every article both coded, events are grouped by a key — CAMEO root, dyad (source and target
country) or dyad and root — and counted on each side; ``both`` is the number of events the two sides
share under that key (the smaller of the two counts, per article).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tacitus.errors import E034
from tacitus.store.filters import STORE_EVENTS

_NORM = "rtrim(regexp_replace(regexp_replace(lower({col}), '^https?://(www\\.)?', ''), '#.*$', ''), '/')"

KEYS = {
    "root": ("o.root", "g.EventRootCode"),
    "dyad": (
        "coalesce(o.source_country, '') || '>' || coalesce(o.target_country, '')",
        "coalesce(g.Actor1CountryCode, '') || '>' || coalesce(g.Actor2CountryCode, '')",
    ),
    "dyad-root": (
        "coalesce(o.source_country, '') || '>' || coalesce(o.target_country, '') || ' ' || o.root",
        "coalesce(g.Actor1CountryCode, '') || '>' || coalesce(g.Actor2CountryCode, '')"
        " || ' ' || g.EventRootCode",
    ),
}


@dataclass(frozen=True, slots=True)
class Comparison:
    articles_ours: int  # our documents with a URL
    articles_gdelt: int  # distinct article URLs in the GDELT tables
    articles_both: int
    events_ours: int  # our events in the shared articles
    events_gdelt: int  # GDELT events in the shared articles
    rows: list[dict[str, Any]]  # key, ours, gdelt, both

    @property
    def overlap(self) -> float:
        """Share of all events (either side) that the other side has too: 2·both / (ours + gdelt)."""
        both = sum(r["both"] for r in self.rows)
        total = self.events_ours + self.events_gdelt
        return round(2 * both / total, 4) if total else 0.0


def _gdelt_articles(tables: set[str]) -> str:
    parts = []
    if "gdelt_mentions" in tables:
        parts.append(
            f"SELECT DISTINCT {_NORM.format(col='m.MentionIdentifier')} AS url, m.GLOBALEVENTID AS gid"
            " FROM gdelt_mentions m"
        )
    if "gdelt_events" in tables:
        parts.append(
            f"SELECT {_NORM.format(col='e.SOURCEURL')} AS url, e.GLOBALEVENTID AS gid FROM gdelt_events e"
        )
    return " UNION ".join(parts)


def compare(store, by: str = "dyad-root") -> Comparison:
    """Events per ``by`` key (root, dyad, dyad-root) in the articles both sides coded."""
    if by not in KEYS:
        raise ValueError(f"by: one of {', '.join(KEYS)}")
    con = store._con
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "gdelt_events" not in tables:
        raise ValueError(E034)
    ours_key, gdelt_key = KEYS[by]
    sql = f"""{STORE_EVENTS},
ours AS (SELECT {_NORM.format(col="o.url")} AS url, {ours_key} AS k FROM ev o WHERE o.url IS NOT NULL),
art AS ({_gdelt_articles(tables)}),
theirs AS (SELECT a.url, {gdelt_key} AS k FROM art a JOIN gdelt_events g ON g.GLOBALEVENTID = a.gid),
shared AS (SELECT url FROM ours INTERSECT SELECT url FROM theirs),
o AS (SELECT url, k, count(*) AS n FROM ours WHERE url IN (SELECT url FROM shared) GROUP BY ALL),
t AS (SELECT url, k, count(*) AS n FROM theirs WHERE url IN (SELECT url FROM shared) GROUP BY ALL),
j AS (SELECT coalesce(o.k, t.k) AS k, coalesce(o.n, 0) AS ours, coalesce(t.n, 0) AS gdelt,
             least(coalesce(o.n, 0), coalesce(t.n, 0)) AS both_
      FROM o FULL JOIN t ON o.url = t.url AND o.k IS NOT DISTINCT FROM t.k)
SELECT k, sum(ours)::BIGINT, sum(gdelt)::BIGINT, sum(both_)::BIGINT FROM j GROUP BY k
ORDER BY sum(ours) + sum(gdelt) DESC, k"""
    rows = [{"key": k, "ours": a, "gdelt": b, "both": c} for k, a, b, c in con.execute(sql).fetchall()]
    counts_sql = f"""{STORE_EVENTS},
ours AS (SELECT DISTINCT {_NORM.format(col="url")} AS url FROM documents WHERE url IS NOT NULL),
art AS ({_gdelt_articles(tables)}),
theirs AS (SELECT DISTINCT url FROM art)
SELECT (SELECT count(*) FROM ours), (SELECT count(*) FROM theirs),
       (SELECT count(*) FROM (SELECT url FROM ours INTERSECT SELECT url FROM theirs))"""
    a_ours, a_gdelt, a_both = con.execute(counts_sql).fetchone()
    return Comparison(
        articles_ours=a_ours,
        articles_gdelt=a_gdelt,
        articles_both=a_both,
        events_ours=sum(r["ours"] for r in rows),
        events_gdelt=sum(r["gdelt"] for r in rows),
        rows=rows,
    )
