"""`tacitus demo`: code the bundled sample articles into a fresh store and serve the web UI on it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tacitus.cli.serve import add_server_options, run_server

SAMPLE_DATE = "2016-09-29"  # publication date of the one sample that carries none (aleppo_scraped.txt)


def register(sub) -> None:
    c = sub.add_parser("demo", help="code the bundled sample articles into a fresh store and serve the UI")
    add_server_options(c)
    c.add_argument("--db", default=None, help="store to create (default: a temporary file, removed on exit)")
    c.add_argument("--examples", default=None, help="folder of articles (default: the bundled examples/)")
    c.set_defaults(func=cmd_demo)


def find_examples() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "examples"
        if candidate.is_dir() and any(candidate.glob("*.jsonl")):
            return candidate
    return None


def build_demo_store(db: str | Path, examples: Path, *, quiet: bool = False) -> dict[str, int]:
    """Code every article under ``examples`` into ``db`` (created if missing); returns the store counts."""
    import datetime as dt

    from tacitus.ingest import IngestOptions, Rejected, read_inputs
    from tacitus.pipeline import Coder
    from tacitus.store import Store

    options = IngestOptions(default_date=dt.date.fromisoformat(SAMPLE_DATE))
    inputs = [p for p in sorted(examples.iterdir()) if p.is_file() and p.name.lower() != "readme.md"]
    documents = [d for d in read_inputs([str(p) for p in inputs], options) if not isinstance(d, Rejected)]
    if not quiet:
        print(f"tacitus: coding {len(documents)} sample articles from {examples} …", file=sys.stderr)
    coded = list(Coder().code_documents(documents))
    with Store(db) as store:
        store.add(coded)
        return store.counts()


def cmd_demo(args) -> int:
    examples = Path(args.examples) if args.examples else find_examples()
    if examples is None or not examples.is_dir():
        print("tacitus: no examples folder found: pass --examples DIR", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tacitus-demo-") as tmp:
        db = args.db or str(Path(tmp) / "demo.duckdb")
        if args.db and Path(db).exists():
            print(f"tacitus: {db} exists; the demo wants a fresh store (remove it or pick another --db)",
                  file=sys.stderr)  # fmt: skip
            return 2
        counts = build_demo_store(db, examples)
        print(f"tacitus: {counts['ok']} articles, {counts['events']} events in {db}", file=sys.stderr)
        return run_server(db, args, writable=False)
