"""What every export writer shares: cell formatting, document metadata, and the filtered events with
their identity (``doc_id:event_index``) and their deduplicated-event statistics.

An event's identity is its document id and its index in the document (the ``events`` primary key), the
same in the store, stories, API and every export; GDELT's numeric GLOBALEVENTID is a hash of it (or of the
first mention of the deduplicated event once `tacitus stories` has run).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlparse

from tacitus.model.records import Document, Event
from tacitus.store import rows
from tacitus.store.filters import EventFilter, event_id, filtered_events_sql
from tacitus.store.schema import select_list
from tacitus.store.stories import cluster_stats
from tacitus.stories.dedup import global_event_id
from tacitus.stories.features import source_of

__all__ = ["DocMeta", "EventRecord", "cell", "doc_meta", "event_records", "representatives", "tsv"]


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def tsv(out: IO[str], values: list[Any]) -> None:
    out.write("\t".join(cell(v) for v in values) + "\n")


def ymd(day: dt.date | None) -> int | None:
    return int(day.strftime("%Y%m%d")) if day else None


def stamp(when: dt.datetime | dt.date | None) -> int | None:
    if when is None:
        return None
    if not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time())
    return int(when.strftime("%Y%m%d%H%M%S"))


def domain(url: str | None) -> str | None:
    """``https://www.bbc.co.uk/news/x`` → ``bbc.co.uk`` (GDELT's MentionSourceName / SourceCommonName)."""
    if not url or "://" not in url:
        return None
    host = (urlparse(url.strip()).hostname or "").lower()
    return host.removeprefix("www.") or None


@dataclass(slots=True)
class DocMeta:
    url: str | None  # a real URL (http, https), else None: a local path never becomes a SOURCEURL
    source: str  # the outlet: the URL's domain, else the source name, else the document id
    published: dt.date | None
    added: dt.datetime | None
    length: int
    tone: float | None
    seq: int
    title: str | None

    @property
    def identifier(self) -> str:
        """SOURCEURL / MentionIdentifier / DocumentIdentifier: the URL, else a citation (never a path)."""
        return self.url or self.source


def _real_url(url: str | None) -> str | None:
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


def doc_meta(store) -> dict[str, DocMeta]:
    found = store._con.execute(
        "SELECT id, url, source, published, added_at, length(text), enrichment, seq, title FROM documents"
    ).fetchall()
    out = {}
    for doc_id, url, source, published, added, length, enrichment, seq, title in found:
        tone = None
        if enrichment:
            t = json.loads(enrichment).get("tone")
            tone = t.get("tone") if t else None
        url = _real_url(url)
        outlet = domain(url) or source_of(Document(text="", id=doc_id, source=source))
        out[doc_id] = DocMeta(url, outlet, published, added, length or 0, tone, seq, title)
    return out


@dataclass(slots=True)
class EventRecord:
    """An event with its identity and, once `tacitus stories` has run, its deduplicated event."""

    event: Event
    index: int  # event_index: position in its document
    stat: tuple | None  # (global_event_id, mentions, sources, articles, avg_tone, cluster_id) or None

    @property
    def id(self) -> str:
        return event_id(self.event.doc_id, self.index)

    @property
    def gid(self) -> int:
        """GLOBALEVENTID: the deduplicated event's, else a hash of this event's id."""
        return self.stat[0] if self.stat else global_event_id(self.id)


def events_with_index(store, f: EventFilter | None) -> Iterator[tuple[Event, int]]:
    """``(event, event_index)`` of the events matching ``f``, in store order."""
    columns = select_list("events")
    sql, params = filtered_events_sql(f, columns)
    for row in store._con.execute(sql, params).fetchall():
        yield rows.event_from_row(row), row[1]


def event_records(store, f: EventFilter | None) -> list[EventRecord]:
    stats = cluster_stats(store)
    return [EventRecord(e, i, stats.get((e.doc_id, i))) for e, i in events_with_index(store, f)]


def representatives(store, f: EventFilter | None) -> list[EventRecord]:
    """One record per real event: the representative mention of each deduplicated event, and every
    event that no deduplicated event holds (all of them before `tacitus stories` runs)."""
    reps = {
        (d, i) for d, i in store._con.execute("SELECT doc_id, event_index FROM event_clusters").fetchall()
    }
    return [r for r in event_records(store, f) if r.stat is None or (r.event.doc_id, r.index) in reps]
