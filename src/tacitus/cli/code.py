"""`tacitus code`: articles in, events out (stdout) and into the store."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator

from tacitus.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    add_parse_arguments,
    ingest_options,
    iso_date,
    parse_choices,
)


def register(sub) -> None:
    c = sub.add_parser("code", help="code articles into events (and store them)")
    c.add_argument("inputs", nargs="+", help="files, directories (recursive) or - for stdin")
    c.add_argument("--date", type=iso_date, help="publication date for documents without one (YYYY-MM-DD)")
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
    c.add_argument(
        "--dictionaries", metavar="DIR", help="PETRARCH/Phoenix dictionary folder (imported, cached)"
    )
    c.add_argument(
        "--fast", action="store_true", help="no parse, no NER: lexicons and word positions (docs/SCALE.md)"
    )
    add_parse_arguments(c)
    c.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    c.set_defaults(func=cmd_code)


def _ingest_options(args):
    return ingest_options(args)


def cmd_code(args) -> int:
    import time

    from tacitus.ingest import Rejected, read_inputs
    from tacitus.model import ERROR, OK, SKIPPED
    from tacitus.pipeline import Coder, CodingOptions
    from tacitus.runners.local import LocalRunner, RunOptions, RunStats
    from tacitus.runners.progress import RunProgress
    from tacitus.store import DEFAULT_DB, Store

    store = None if args.no_store else Store(args.db or DEFAULT_DB)
    actors, events = list(args.actors), None
    if args.dictionaries:
        from tacitus.dictionaries import prepare

        imported = prepare(args.dictionaries)
        actors, events = actors + imported.actor_lexicons, imported.event_lexicon_dir
    coder = Coder(
        CodingOptions(
            batch_size=args.batch_size,
            n_process=args.processes,
            actor_lexicons=actors,
            event_lexicon_dir=events,
            fast=args.fast,
            **parse_choices(args),
        )
    )
    isolate = LocalRunner(coder, None, RunOptions(commit_every=CHUNK))
    counts = {OK: 0, SKIPPED: 0, ERROR: 0, "rejected": 0, "events": 0, "known": 0}
    stats, started = RunStats(), time.perf_counter()
    # one stream through one worker pool: inputs are read ahead of the coder (known ids looked up per
    # chunk), results come back in input order, and storing overlaps with the workers' coding
    pending: deque = deque()  # (input, already stored) read and not yet written out

    def fresh() -> Iterator:
        for item, known in _with_known(read_inputs(args.inputs, _ingest_options(args)), store, Rejected):
            pending.append((item, known))
            if not known and not isinstance(item, Rejected):
                yield item

    new, rejected = [], []
    with RunProgress(args.inputs, enabled=not args.quiet) as progress:

        def out(item, coded) -> None:
            stats.read += 1
            stats.coded += not isinstance(item, Rejected)
            stats.seconds = time.perf_counter() - started
            progress(stats)
            if isinstance(item, Rejected):
                counts["rejected"] += 1
                rejected.append(item)
                progress.note(f"rejected {item.origin}: {item.reason}")
                return
            if coded is None:  # stored by an earlier run
                counts["known"] += 1
                coded = store.get(item.id)
            else:
                new.append(coded)
            counts[coded.status] += 1
            counts["events"] += len(coded.events)
            if coded.status != OK:
                progress.note(f"{coded.reason} ({coded.document.origin or coded.document.id})")
            _write(sys.stdout, coded, args.format)
            if store is not None and len(new) + len(rejected) >= CHUNK:
                _store(store, new, rejected)
                new.clear()
                rejected.clear()

        # isolated: a document that crashes the coder is coded alone and fails alone (E026)
        for _, coded in isolate.code_isolated(fresh()):
            while pending:
                item, known = pending.popleft()
                if known or isinstance(item, Rejected):
                    out(item, None)
                else:
                    out(item, coded)
                    break
        while pending:  # stored or rejected inputs after the last coded one
            item, _ = pending.popleft()
            out(item, None)
    if store is not None and (new or rejected):
        _store(store, new, rejected)
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


def _store(store, coded: list, rejected: list) -> None:
    """Coded documents, and the rejected inputs with their E-code (in the ledger, as `tacitus run` keeps
    them: ``SELECT * FROM ledger WHERE status = 'rejected'``)."""
    from tacitus.runners.local import source_key
    from tacitus.store.ledger import REJECTED, Ledger, LedgerEntry

    if coded:
        store.add(coded)
    if rejected:
        Ledger(store).commit([], [LedgerEntry(source_key(r), r.doc_id, REJECTED, r.reason) for r in rejected])


def _with_known(items: Iterator, store, rejected_type) -> Iterator[tuple]:
    """Each input with whether the store already holds it (looked up ``CHUNK`` inputs at a time)."""
    for chunk in _chunks(items, CHUNK):
        docs = [i for i in chunk if not isinstance(i, rejected_type)]
        known = store.known_ids(d.id for d in docs) if store is not None else set()
        for item in chunk:
            yield item, not isinstance(item, rejected_type) and item.id in known


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
