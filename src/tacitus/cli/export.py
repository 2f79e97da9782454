"""`tacitus export`: GDELT Events/Mentions/GKG, PLOVER JSON, POLECAT-style TSV, CSV/Parquet of our tables.

The filters are those of the REST API and ``tacitus.open_store(...).events()`` (one
:class:`~tacitus.store.filters.EventFilter`); the store is opened read-only and must exist (E031).
"""

from __future__ import annotations

import sys

from tacitus.cli.common import EXIT_OK, EXIT_USAGE, iso_date


def add_filter_arguments(p) -> None:
    """The event filter options (shared by every command that reads events)."""
    p.add_argument("--since", type=iso_date, help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", type=iso_date, help="events on or before this date (YYYY-MM-DD)")
    p.add_argument("--root", help="CAMEO root(s): 14, 2 or 02, or a list: 19,14")
    p.add_argument("--cameo", help="CAMEO code prefix, e.g. 173")
    p.add_argument("--actor", help="actor code prefix (source or target), e.g. USA")
    p.add_argument("--dyad", help="SOURCE>TARGET code prefixes, e.g. RUS>SYR (either side may be empty)")
    p.add_argument("--country", help="ISO3 country of the source or target (list: SYR,IRQ)")
    p.add_argument("--quad-class", dest="quad_class", help="QuadClass(es) 1-4, e.g. 4 or 3,4")
    p.add_argument("--plover-type", dest="plover_type", help="PLOVER type(s), e.g. ASSAULT,COERCE")
    p.add_argument("--modality", help="modality(ies), e.g. asserted,claimed")
    p.add_argument("--min-confidence", dest="min_confidence", type=float,
                   help="events with at least this confidence, 0-1 (docs/ACCURACY.md: precision by "
                        "confidence)")


def filter_from_args(args):
    from tacitus.store.filters import EventFilter

    names = (
        "since",
        "until",
        "root",
        "cameo",
        "actor",
        "dyad",
        "country",
        "quad_class",
        "plover_type",
        "modality",
        "min_confidence",
    )
    return EventFilter(**{name: getattr(args, name, None) for name in names})


#: tacitus.export.formats' FORMATS and OWN_TABLES, written out so that every command starts without importing
#: the writers (tests/test_cli.py keeps them equal)
FORMATS = ("gdelt-events", "gdelt-mentions", "gkg", "plover", "polecat", "csv", "parquet")
TABLES = ("events", "documents", "actors", "dates", "stories", "story_docs", "event_clusters",
          "event_mentions")


def register(sub) -> None:
    e = sub.add_parser("export", help="export the store (GDELT, PLOVER, POLECAT, CSV, Parquet)")
    e.add_argument("--format", "-f", required=True, choices=FORMATS)
    e.add_argument("--out", "-o", help="output file (default: stdout; required for parquet)")
    e.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    e.add_argument("--table", choices=TABLES, default="events", help="table for csv/parquet")
    add_filter_arguments(e)
    e.add_argument("--quiet", "-q", action="store_true")
    e.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    from tacitus.export import export
    from tacitus.store import DEFAULT_DB, Store
    from tacitus.store.filters import FilterError, where_clause
    from tacitus.store.reader import require_store

    if args.format == "parquet" and not args.out:
        print("tacitus: --out is required for --format parquet", file=sys.stderr)
        return EXIT_USAGE
    filters = filter_from_args(args)
    try:
        where_clause(filters)  # malformed values are a usage error, before anything is written
    except FilterError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with Store(require_store(args.db or DEFAULT_DB), read_only=True) as store:
        n = export(store, args.format, args.out, filters, table=args.table)
    if not args.quiet:
        print(f"tacitus: {n} rows ({args.format})" + (f" -> {args.out}" if args.out else ""), file=sys.stderr)
    return EXIT_OK
