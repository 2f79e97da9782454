"""Reading and writing the story tables (story_docs, stories, event_clusters, event_mentions).

Plain values in, plain values out; no NLP. The tables are declared in ``tacitus.store.schema``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.store.schema import TABLES

STORY_TABLES = ("story_docs", "stories", "event_clusters", "event_mentions")


def assignments(store) -> list[tuple[str, str, str | None, int]]:
    """Stored ``(doc_id, story_id, duplicate_of, assigned_order)`` in assignment order."""
    return store._con.execute(
        "SELECT doc_id, story_id, duplicate_of, assigned_order FROM story_docs ORDER BY assigned_order"
    ).fetchall()


def clear(store) -> None:
    """Forget every story assignment and deduplicated event (``tacitus stories --rebuild``)."""
    con = store._con
    con.begin()
    for table in STORY_TABLES:
        con.execute(f"DELETE FROM {table}")
    con.commit()


def write(
    store,
    new_assignments: Sequence[tuple[Any, ...]],
    stories: Sequence[tuple[Any, ...]],
    clusters: Sequence[tuple[Any, ...]],
    mentions: Sequence[tuple[Any, ...]],
) -> None:
    """Append new story_docs rows; replace stories, event_clusters and event_mentions (one transaction)."""
    con = store._con
    con.begin()
    try:
        for table in ("stories", "event_clusters", "event_mentions"):
            con.execute(f"DELETE FROM {table}")
        store._insert("story_docs", list(new_assignments))
        store._insert("stories", list(stories))
        store._insert("event_clusters", list(clusters))
        store._insert("event_mentions", list(mentions))
        con.commit()
    except BaseException:
        con.rollback()
        raise


def list_stories(store, limit: int | None = None, min_documents: int = 1) -> list[dict[str, Any]]:
    """Stories, most documents first, then earliest."""
    names = [name for name, _ in TABLES["stories"][0]]
    sql = (
        f"SELECT {', '.join(names)} FROM stories WHERE n_documents >= ?"
        " ORDER BY n_documents DESC, first_date, story_id"
    )
    params: list[Any] = [min_documents]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [dict(zip(names, row, strict=True)) for row in store._con.execute(sql, params).fetchall()]


def cluster_stats(store) -> dict[tuple[str, int], tuple[int, int, int, int, float | None, str]]:
    """``{(doc_id, event_index): (global_event_id, num_mentions, num_sources, num_articles, avg_tone,
    cluster_id)}`` for every event mention that belongs to a deduplicated event."""
    rows = store._con.execute(
        "SELECT m.doc_id, m.event_index, c.global_event_id, c.num_mentions, c.num_sources, c.num_articles,"
        " c.avg_tone, c.cluster_id FROM event_mentions m JOIN event_clusters c USING (cluster_id)"
    ).fetchall()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}
