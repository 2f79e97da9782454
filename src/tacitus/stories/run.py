"""`tacitus stories` over a store: near-duplicates, stories and deduplicated events, incrementally.

``assign_stories(store)`` replays the stored assignments (in their original order) to rebuild the
streaming state, assigns the documents not yet assigned in ``(published, id)`` order, then recomputes
the story summaries and the deduplicated events (deterministic, so cluster ids are stable across runs).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from tacitus.model.records import OK, CodedDocument
from tacitus.store import stories as story_table
from tacitus.stories.cluster import ClusterParams, StoryClusterer, new_story_id
from tacitus.stories.dedup import EventCluster, Mention, deduplicate
from tacitus.stories.features import features_of, source_of
from tacitus.stories.neardup import NearDuplicateIndex, NearDuplicateParams


@dataclass(frozen=True, slots=True)
class StoriesResult:
    assigned: int  # documents newly assigned
    duplicates: int  # of which near-duplicate copies
    stories: int  # stories in the store
    events: int  # event mentions
    event_clusters: int  # deduplicated events


def _load(store) -> list[CodedDocument]:
    ids = [d.document.id for d in store.documents(status=OK)]
    out = [store.get(doc_id) for doc_id in ids]
    return sorted(out, key=lambda c: (c.document.published or dt.date.min, c.document.id))


def assign_stories(
    store,
    *,
    rebuild: bool = False,
    params: ClusterParams | None = None,
    duplicate_params: NearDuplicateParams | None = None,
) -> StoriesResult:
    if rebuild:
        story_table.clear(store)
    docs = _load(store)
    by_id = {c.document.id: c for c in docs}
    clusterer = StoryClusterer(params)
    index = NearDuplicateIndex(duplicate_params)
    story_of: dict[str, str] = {}
    duplicate_of: dict[str, str | None] = {}
    order = 0
    for doc_id, story_id, dup, assigned_order in story_table.assignments(store):
        coded = by_id.get(doc_id)
        if coded is None:
            continue
        index.add(doc_id, coded.document.text)
        clusterer.restore(features_of(coded), story_id)
        story_of[doc_id], duplicate_of[doc_id] = story_id, dup
        order = max(order, assigned_order)
    new_rows = []
    for coded in docs:
        doc_id = coded.document.id
        if doc_id in story_of:
            continue
        order += 1
        canonical = index.add(doc_id, coded.document.text)
        f = features_of(coded)
        if canonical is not None and canonical in story_of:
            story_id, score = story_of[canonical], index.last_similarity
            clusterer.restore(f, story_id)
        else:
            story_id = clusterer.add(f)
            score = 0.0 if story_id == new_story_id(doc_id) else clusterer.last_score
        story_of[doc_id], duplicate_of[doc_id] = story_id, canonical
        new_rows.append(
            (
                doc_id,
                story_id,
                canonical,
                index.last_similarity if canonical else None,
                round(score, 4),
                order,
            )
        )

    mentions = []
    for coded in docs:
        doc = coded.document
        tone = coded.tone.tone if coded.tone else None
        for i, event in enumerate(coded.events):
            mentions.append(
                Mention(event, i, story_of[doc.id], source_of(doc), published=doc.published, tone=tone)
            )
    clusters = deduplicate(mentions)
    story_rows = _story_rows(docs, story_of, duplicate_of, clusters)
    cluster_rows = [_cluster_row(c) for c in clusters]
    mention_rows = [(c.cluster_id, m.doc_id, m.event_index) for c in clusters for m in c.mentions]
    story_table.write(store, new_rows, story_rows, cluster_rows, mention_rows)
    return StoriesResult(
        assigned=len(new_rows),
        duplicates=sum(1 for r in new_rows if r[2]),
        stories=len(story_rows),
        events=len(mentions),
        event_clusters=len(clusters),
    )


def _story_rows(docs, story_of, duplicate_of, clusters: list[EventCluster]) -> list[tuple]:
    members: dict[str, list[CodedDocument]] = {}
    for coded in docs:
        members.setdefault(story_of[coded.document.id], []).append(coded)
    n_events = Counter(c.story_id for c in clusters)
    out = []
    for story_id in sorted(members):
        group = members[story_id]
        dates = sorted(c.document.published for c in group if c.document.published)
        sources = sorted({source_of(c.document) for c in group})
        actors: Counter[str] = Counter()
        places: Counter[str] = Counter()
        for c in group:
            actors.update({a.code for a in c.actors if a.code})
            for e in c.events:
                actors.update({a.code for a in (e.source, e.target) if a is not None and a.code})
            places.update({p.name for p in c.places} | {e.location.name for e in c.events if e.location})
        first = group[0].document
        title = first.title or (first.text.strip().split("\n", 1)[0][:120] if first.text else "")
        out.append(
            (
                story_id,
                title,
                dates[0] if dates else None,
                dates[-1] if dates else None,
                len(group),
                sum(1 for c in group if duplicate_of.get(c.document.id)),
                len(sources),
                sources,
                [a for a, _ in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[:5]],
                [p for p, _ in sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[:5]],
                n_events.get(story_id, 0),
            )
        )
    return out


def _cluster_row(c: EventCluster) -> tuple:
    e = c.event
    rep = next(m for m in c.mentions if m.event is e)
    return (
        c.cluster_id,
        c.global_event_id,
        c.story_id,
        c.date,
        c.cameo,
        e.root,
        e.quad_class,
        e.goldstein,
        e.source.code if e.source else None,
        e.target.code if e.target else None,
        e.modality,
        e.location.name if e.location else None,
        e.location.country if e.location else None,
        c.num_mentions,
        c.num_sources,
        c.num_articles,
        c.first_seen,
        c.last_seen,
        c.confidence,
        json.dumps(c.codes),
        c.avg_tone,
        rep.doc_id,
        rep.event_index,
    )


__all__ = ["StoriesResult", "assign_stories"]
