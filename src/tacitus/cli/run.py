"""`tacitus run`: code a large corpus into the store — streaming, bounded memory, resumable.

    tacitus run CC-NEWS-20240101*.warc.gz --db news.duckdb --processes 2
    tacitus run feeds.urls --db news.duckdb --rate 0.5        # fetch politely
    tacitus run corpus/ --db news.duckdb                      # interrupted? run it again: it resumes

Unlike `tacitus code` (which prints events), the store is the output; ``--format jsonl`` also prints
events. Every input is recorded in the store's ledger in the same transaction as its documents, so a
run killed at any point (even ``kill -9``) resumes where it stopped, with nothing lost or coded twice.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from tacitus.cli.common import EXIT_OK, EXIT_SOME_FAILED, add_parse_arguments, iso_date, parse_choices
from tacitus.cli.common import ingest_options as common_ingest_options


def add_input_arguments(p) -> None:
    """Arguments shared by `run`, `spark` and `ray`: inputs, dates, JSONL fields, coding options."""
    p.add_argument(
        "inputs",
        nargs="+",
        help="files, directories, .warc(.gz), .rss/.atom/.xml feeds, .urls lists, URLs, -",
    )
    p.add_argument("--date", type=iso_date, help="publication date for documents without one (YYYY-MM-DD)")
    p.add_argument("--force-date", action="store_true", help="--date overrides dates found in metadata")
    p.add_argument("--input-format", choices=["auto", "text", "html", "jsonl"], default="auto")
    p.add_argument("--text-field", help="JSONL field holding the text")
    p.add_argument("--url-field", default="url")
    p.add_argument("--title-field", default="title")
    p.add_argument("--date-field", help="JSONL field holding the publication date")
    p.add_argument("--source-field", help="JSONL field holding the outlet name")
    p.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch")
    p.add_argument("--actors", action="append", default=[], help="extra actor lexicon file (repeatable)")
    p.add_argument(
        "--fast", action="store_true", help="no parse, no NER: lexicons and word positions (faster)"
    )
    add_parse_arguments(p)


def add_fetch_arguments(p) -> None:
    g = p.add_argument_group("fetching (URLs, .urls lists, feed links)")
    g.add_argument("--no-fetch", action="store_true", help="never use the network (feeds: code entry text)")
    g.add_argument("--rate", type=float, default=1.0, help="requests per second per host (default 1)")
    g.add_argument("--timeout", type=float, default=20.0, help="seconds per request")
    g.add_argument("--max-bytes", type=int, default=5 * 1024 * 1024, help="largest page fetched")
    g.add_argument("--user-agent", default=None)
    g.add_argument("--ignore-robots", action="store_true", help="do not honour robots.txt (your own sites)")
    g.add_argument("--allow-private", action="store_true", help="allow loopback/private/link-local addresses")


def ingest_options(args):
    return common_ingest_options(args)


def coding_options(args, n_process: int = 1):
    """CodingOptions from the arguments (``--fast``: the fast coder, tacitus.events.fast)."""
    from tacitus.pipeline import CodingOptions

    return CodingOptions(batch_size=args.batch_size, n_process=n_process, actor_lexicons=args.actors,
                         fast=bool(getattr(args, "fast", False)),
                         **parse_choices(args))


def make_fetcher(args):
    if getattr(args, "no_fetch", False):
        return None
    from tacitus.ingest.fetch import Fetcher, FetchOptions

    options = FetchOptions(
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        rate=args.rate,
        allow_private=args.allow_private,
        robots=not args.ignore_robots,
    )
    if args.user_agent:
        options.user_agent = args.user_agent
    return Fetcher(options)


def register(sub) -> None:
    r = sub.add_parser(
        "run", help="code a large corpus into the store (streaming, resumable; WARC, feeds, URLs)"
    )
    add_input_arguments(r)
    r.add_argument("--db", default=None, help="DuckDB store (default: tacitus.duckdb in this folder)")
    r.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    r.add_argument("--commit-every", type=int, default=256, help="documents per store transaction")
    r.add_argument("--no-resume", action="store_true", help="read inputs the ledger marks done again")
    r.add_argument("--retry-rejected", action="store_true", help="on resume, retry rejected inputs")
    r.add_argument("--run-id", default=None, help="label stored with the ledger rows")
    r.add_argument(
        "--format", choices=["none", "jsonl", "documents"], default="none", help="also print events/documents"
    )
    r.add_argument(
        "--stats", action="store_true", help="print the run's figures as JSON on stdout at the end"
    )
    r.add_argument(
        "--status-file", default=None, help="rewrite this JSON file with the run's figures at every commit"
    )
    r.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    add_fetch_arguments(r)
    r.set_defaults(func=cmd_run)


def cmd_run(args) -> int:
    from tacitus.cli.code import _write
    from tacitus.model import ERROR
    from tacitus.pipeline import Coder
    from tacitus.runners.local import LocalRunner, RunOptions, absolute_inputs
    from tacitus.runners.progress import RunProgress
    from tacitus.store import DEFAULT_DB, Store

    coding = coding_options(args, n_process=args.processes)
    options = RunOptions(
        commit_every=args.commit_every,
        resume=not args.no_resume,
        retry_rejected=args.retry_rejected,
        replay_known=args.format != "none",
        run_id=args.run_id,
    )
    db = args.db or DEFAULT_DB
    fetcher = make_fetcher(args)
    inputs = absolute_inputs(args.inputs)
    with Store(db) as store, RunProgress(inputs, enabled=not args.quiet) as progress:
        failures: Counter[str] = Counter()

        def on_rejected(item) -> None:
            failures[(item.reason or "?").split(" ", 1)[0]] += 1
            progress.note(f"rejected {item.origin}: {item.reason}")

        def on_coded(coded) -> None:
            if coded.status == ERROR:  # every failure is reported with its code, not only counted
                failures[(coded.reason or "?").split(" ", 1)[0]] += 1
                progress.note(f"failed {coded.document.origin or coded.document.id}: {coded.reason}")
            if args.format != "none":
                _write(sys.stdout, coded, args.format)

        runner = LocalRunner(
            Coder(coding),
            store,
            options,
            on_coded=on_coded,
            on_rejected=on_rejected,
            on_progress=progress,
            on_commit=_status_writer(args.status_file),
        )
        try:
            stats = runner.run_paths(inputs, ingest_options(args), fetcher=fetcher)
        finally:
            if fetcher is not None:
                fetcher.close()
    if args.stats:
        print(json.dumps(stats.as_dict()))
    if not args.quiet:
        print(
            f"tacitus: {stats.ok} coded, {stats.skipped} skipped, {stats.errors + stats.rejected} failed, "
            f"{stats.events} events, {stats.duplicates} already stored, {stats.resumed} done before"
            f" ({stats.docs_per_second:.1f} docs/s) -> {db}",
            file=sys.stderr,
        )
        if failures:
            codes = ", ".join(f"{code} x{n}" for code, n in sorted(failures.items()))
            print(f"tacitus: failures by code: {codes}", file=sys.stderr)
    return EXIT_SOME_FAILED if stats.errors + stats.rejected else EXIT_OK


def _status_writer(path: str | None):
    """on_commit callback writing the stats atomically to ``path`` (for monitoring headless runs)."""
    if not path:
        return None
    import os

    def write(stats) -> None:
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(stats.as_dict(), fh)
        os.replace(tmp, path)

    return write
