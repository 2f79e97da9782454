"""`tacitus import-gdelt FILE…`: load GDELT Events 2.0 / Mentions files into gdelt_events / gdelt_mentions."""

from __future__ import annotations

import sys

from tacitus.cli.common import EXIT_OK


def register(sub) -> None:
    g = sub.add_parser("import-gdelt", help="load GDELT Events 2.0 or Mentions files (TSV) into the store")
    g.add_argument(
        "files", nargs="+", help="GDELT export.CSV / mentions.CSV files (kind detected by column count)"
    )
    g.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    g.add_argument("--quiet", "-q", action="store_true")
    g.set_defaults(func=cmd_import_gdelt)


def cmd_import_gdelt(args) -> int:
    from tacitus.store import DEFAULT_DB, Store
    from tacitus.store.gdelt import load_gdelt_file

    with Store(args.db or DEFAULT_DB) as store:
        for path in args.files:
            table, n = load_gdelt_file(store, path)
            if not args.quiet:
                print(f"tacitus: {path}: {n} rows -> {table}", file=sys.stderr)
    return EXIT_OK
