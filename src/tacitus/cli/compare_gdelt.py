"""`tacitus compare-gdelt`: GDELT's coding of the same articles beside ours, matched by URL."""

from __future__ import annotations

import json
import sys

from tacitus.cli.common import EXIT_OK, EXIT_USAGE


def register(sub) -> None:
    c = sub.add_parser(
        "compare-gdelt", help="GDELT's events for the articles we coded beside ours (import-gdelt first)"
    )
    c.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    c.add_argument("--by", choices=["root", "dyad", "dyad-root"], default="dyad-root", help="grouping key")
    c.add_argument("--limit", type=int, default=30, help="rows to print (0: all)")
    c.add_argument("--format", choices=["table", "jsonl"], default="table")
    c.set_defaults(func=cmd_compare_gdelt)


def cmd_compare_gdelt(args) -> int:
    from tacitus.store import DEFAULT_DB, Store
    from tacitus.store.gdelt_compare import compare
    from tacitus.store.reader import require_store

    with Store(require_store(args.db or DEFAULT_DB), read_only=True) as store:
        try:
            result = compare(store, by=args.by)
        except ValueError as exc:
            print(f"tacitus: {exc}", file=sys.stderr)
            return EXIT_USAGE
    rows = result.rows[: args.limit] if args.limit else result.rows
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(row))
    else:
        print(f"{args.by:<24} {'ours':>6} {'gdelt':>6} {'both':>6}")
        for row in rows:
            print(f"{row['key']:<24} {row['ours']:>6} {row['gdelt']:>6} {row['both']:>6}")
    print(
        f"tacitus: articles ours={result.articles_ours} gdelt={result.articles_gdelt} "
        f"both={result.articles_both}; events in shared articles ours={result.events_ours} "
        f"gdelt={result.events_gdelt}; overlap {result.overlap:.0%}",
        file=sys.stderr,
    )
    return EXIT_OK
