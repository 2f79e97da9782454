"""`tacitus stories`: near-duplicates, story clusters and deduplicated events for the stored documents."""

from __future__ import annotations

import json
import sys

from tacitus.cli.common import EXIT_OK


def register(sub) -> None:
    s = sub.add_parser("stories", help="cluster stored documents into stories and deduplicate their events")
    s.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    s.add_argument("--rebuild", action="store_true", help="forget earlier assignments and start over")
    s.add_argument("--limit", type=int, default=20, help="stories to list (0: none, -1: all)")
    s.add_argument(
        "--min-documents", type=int, default=1, help="list stories with at least this many documents"
    )
    s.add_argument("--format", choices=["table", "jsonl"], default="table")
    s.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    s.set_defaults(func=cmd_stories)


def cmd_stories(args) -> int:
    from tacitus.store import DEFAULT_DB, Store
    from tacitus.store.reader import require_store
    from tacitus.store.stories import list_stories
    from tacitus.stories.run import assign_stories

    with Store(require_store(args.db or DEFAULT_DB)) as store:  # never a new empty store (E031)
        result = assign_stories(store, rebuild=args.rebuild)
        limit = None if args.limit < 0 else args.limit
        listed = list_stories(store, limit=limit, min_documents=args.min_documents) if limit != 0 else []
    if args.quiet:
        return EXIT_OK
    print(
        f"tacitus: {result.assigned} documents assigned ({result.duplicates} near-duplicates); "
        f"{result.stories} stories; {result.events} event mentions -> {result.event_clusters} events",
        file=sys.stderr,
    )
    if args.format == "jsonl":
        for story in listed:
            story = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in story.items()}
            print(json.dumps(story, ensure_ascii=False))
        return EXIT_OK
    for story in listed:
        span = f"{story['first_date'] or '?'}..{story['last_date'] or '?'}"
        print(
            f"{story['story_id']}  {span}  docs={story['n_documents']} (dups={story['n_duplicates']}) "
            f"sources={story['n_sources']} events={story['n_events']}  {story['title'][:80]}"
        )
        print(f"    sources: {', '.join(story['sources'][:8])}")
        if story["top_actors"] or story["top_places"]:
            print(f"    actors: {', '.join(story['top_actors'])}  places: {', '.join(story['top_places'])}")
    return EXIT_OK
