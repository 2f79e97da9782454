"""`tacitus export`: GDELT Events/Mentions/GKG, PLOVER JSON, POLECAT-style TSV, CSV/Parquet of our tables."""

from __future__ import annotations

import sys

from tacitus.cli.common import EXIT_OK, EXIT_USAGE, iso_date


def register(sub) -> None:
    from tacitus.export.formats import FORMATS, OWN_TABLES

    e = sub.add_parser("export", help="export the store (GDELT, PLOVER, POLECAT, CSV, Parquet)")
    e.add_argument("--format", "-f", required=True, choices=FORMATS)
    e.add_argument("--out", "-o", help="output file (default: stdout; required for parquet)")
    e.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    e.add_argument("--table", choices=OWN_TABLES, default="events", help="table for csv/parquet")
    e.add_argument("--since", type=iso_date, help="events on or after this date (YYYY-MM-DD)")
    e.add_argument("--until", type=iso_date, help="events on or before this date (YYYY-MM-DD)")
    e.add_argument("--root", help="CAMEO root code, e.g. 14")
    e.add_argument("--actor", help="actor code prefix (source or target), e.g. USA")
    e.add_argument("--quiet", "-q", action="store_true")
    e.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    from tacitus.export import ExportFilters, export
    from tacitus.store import DEFAULT_DB, Store

    if args.format == "parquet" and not args.out:
        print("tacitus: --out is required for --format parquet", file=sys.stderr)
        return EXIT_USAGE
    filters = ExportFilters(since=args.since, until=args.until, root=args.root, actor=args.actor)
    with Store(args.db or DEFAULT_DB, read_only=False) as store:
        n = export(store, args.format, args.out, filters, table=args.table)
    if not args.quiet:
        print(f"tacitus: {n} rows ({args.format})" + (f" -> {args.out}" if args.out else ""), file=sys.stderr)
    return EXIT_OK
