"""`tacitus import-gdelt FILE…`: GDELT Events 2.0 / Mentions / GKG 2.1 files (``.CSV`` or ``.CSV.zip``)
into gdelt_events / gdelt_mentions / gdelt_gkg; importing a file again adds nothing."""

from __future__ import annotations

import sys

from tacitus.cli.common import EXIT_OK


def register(sub) -> None:
    g = sub.add_parser(
        "import-gdelt",
        help="load GDELT Events 2.0, Mentions or GKG 2.1 files (.CSV, .CSV.zip) into the store",
    )
    g.add_argument(
        "files",
        nargs="+",
        help="GDELT export / mentions / gkg .CSV or .CSV.zip files (kind detected by column count)",
    )
    g.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    g.add_argument("--quiet", "-q", action="store_true")
    g.set_defaults(func=cmd_import_gdelt)


def cmd_import_gdelt(args) -> int:
    from pathlib import Path

    from tacitus.errors import E006, TacitusError
    from tacitus.store import DEFAULT_DB, Store
    from tacitus.store.gdelt import load_gdelt_file

    missing = [p for p in args.files if not Path(p).exists()]
    if missing:  # before the store is opened or created
        raise TacitusError(E006.format(path=missing[0]))
    with Store(args.db or DEFAULT_DB) as store:
        for path in args.files:
            table, n = load_gdelt_file(store, path)
            if not args.quiet:
                print(f"tacitus: {path}: {n} new rows -> {table}", file=sys.stderr)
    return EXIT_OK
