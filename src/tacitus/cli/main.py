"""The `tacitus` command line: a thin layer over tacitus.pipeline, tacitus.store and tacitus.explain.

Exit codes: 0 = every input was read (documents skipped for language still count as read);
1 = the run finished but some inputs were rejected or failed (see stderr); 2 = usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator

from tacitus import __version__
from tacitus.errors import E008, TacitusError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(E008.format(value=value)) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tacitus", description="Political event data from raw news.")
    p.add_argument("--version", action="version", version=f"tacitus {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    c = sub.add_parser("code", help="code articles into events (and store them)")
    c.add_argument("inputs", nargs="+", help="files, directories (recursive) or - for stdin")
    c.add_argument("--date", type=_date, help="publication date for documents without one (YYYY-MM-DD)")
    c.add_argument("--force-date", action="store_true", help="--date overrides dates found in metadata")
    c.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    c.add_argument("--no-store", action="store_true", help="do not write to the store")
    c.add_argument(
        "--format",
        choices=["jsonl", "documents", "none"],
        default="jsonl",
        help="stdout: one event per line (jsonl), one coded document per line, or nothing",
    )
    c.add_argument("--input-format", choices=["auto", "text", "html", "jsonl"], default="auto")
    c.add_argument("--text-field", help="JSONL field holding the text")
    c.add_argument("--url-field", default="url")
    c.add_argument("--title-field", default="title")
    c.add_argument("--date-field", help="JSONL field holding the publication date")
    c.add_argument("--source-field", help="JSONL field holding the outlet name")
    c.add_argument("--batch-size", type=int, default=32)
    c.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    c.add_argument("--actors", action="append", default=[], help="extra actor lexicon file (repeatable)")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")

    e = sub.add_parser("explain", help="show every event of a document with its evidence")
    e.add_argument("ref", help="a document id (or unique prefix) in the store, or a file to code")
    e.add_argument("--db", default=None)
    e.add_argument("--date", type=_date)
    e.add_argument("--no-color", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "code":
            return cmd_code(args)
        if args.command == "explain":
            return cmd_explain(args)
    except TacitusError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_USAGE


def _ingest_options(args):
    from tacitus.ingest import IngestOptions

    return IngestOptions(
        fmt=args.input_format,
        text_field=args.text_field,
        url_field=args.url_field,
        title_field=args.title_field,
        date_field=args.date_field,
        source_field=args.source_field,
        default_date=args.date,
        force_date=args.force_date,
    )


def cmd_code(args) -> int:
    from tacitus.cli.progress import Progress
    from tacitus.ingest import Rejected, read_inputs
    from tacitus.model import ERROR, OK, SKIPPED
    from tacitus.pipeline import Coder, CodingOptions
    from tacitus.store import DEFAULT_DB, Store

    store = None if args.no_store else Store(args.db or DEFAULT_DB)
    coder = Coder(
        CodingOptions(batch_size=args.batch_size, n_process=args.processes, actor_lexicons=args.actors)
    )
    counts = {OK: 0, SKIPPED: 0, ERROR: 0, "rejected": 0, "events": 0, "known": 0}
    with Progress(enabled=not args.quiet) as progress:
        for chunk in _chunks(read_inputs(args.inputs, _ingest_options(args)), CHUNK):
            docs = [i for i in chunk if not isinstance(i, Rejected)]
            known = store.known_ids(d.id for d in docs) if store is not None else set()
            fresh = coder.code_documents([d for d in docs if d.id not in known])
            new = []
            for item in chunk:
                progress.advance()
                if isinstance(item, Rejected):
                    counts["rejected"] += 1
                    progress.note(f"rejected {item.origin}: {item.reason}")
                    continue
                if item.id in known:
                    counts["known"] += 1
                    coded = store.get(item.id)
                else:
                    coded = next(fresh)
                    new.append(coded)
                counts[coded.status] += 1
                counts["events"] += len(coded.events)
                if coded.status != OK:
                    progress.note(f"{coded.reason} ({coded.document.origin or coded.document.id})")
                _write(sys.stdout, coded, args.format)
            if store is not None and new:
                store.add(new)
    if store is not None:
        store.close()
    failed = counts["rejected"] + counts[ERROR]
    if not args.quiet:
        print(
            f"tacitus: {counts[OK]} coded, {counts[SKIPPED]} skipped, {failed} failed, "
            f"{counts['events']} events ({counts['known']} documents were already in the store)"
            + (f" -> {args.db or DEFAULT_DB}" if store is not None else ""),
            file=sys.stderr,
        )
    return EXIT_SOME_FAILED if failed else EXIT_OK


CHUNK = 256


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _write(out, coded, fmt: str) -> None:
    if fmt == "jsonl":
        for e in coded.events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "documents":
        out.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")


def cmd_explain(args) -> int:
    from pathlib import Path

    from tacitus.cli.explain import render
    from tacitus.errors import E009
    from tacitus.store import DEFAULT_DB, Store

    db = args.db or DEFAULT_DB
    if Path(args.ref).exists():
        from tacitus.ingest import Rejected, read_inputs
        from tacitus.ingest.types import IngestOptions
        from tacitus.pipeline import Coder

        items = list(read_inputs([args.ref], IngestOptions(default_date=args.date)))
        docs = [i for i in items if not isinstance(i, Rejected)]
        for r in items:
            if isinstance(r, Rejected):
                print(f"tacitus: rejected {r.origin}: {r.reason}", file=sys.stderr)
        coded = list(Coder().code_documents(docs))
        with Store(db) as store:
            store.add(coded)
    else:
        if not Path(db).exists():
            raise TacitusError(E009.format(ref=args.ref))
        with Store(db, read_only=True) as store:
            found = store.get(args.ref)
        if found is None:
            raise TacitusError(E009.format(ref=args.ref))
        coded = [found]
    for c in coded:
        render(c, color=not args.no_color)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
