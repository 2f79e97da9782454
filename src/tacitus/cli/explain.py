"""`tacitus explain`: each event of a document with its sentence, highlighted spans and the rule."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.text import Text

from tacitus.cli.common import EXIT_OK, iso_date
from tacitus.errors import TacitusError
from tacitus.model import CodedDocument, Event

STYLES = {"trigger": "bold red", "source": "bold green", "target": "bold cyan", "reporter": "magenta"}


def highlighted_sentence(event: Event, text: str, sentence_start: int) -> Text:
    """The event's sentence with trigger, source, target and reporter spans styled."""
    sent = Text(event.sentence)
    spans = [("trigger", event.trigger.start, event.trigger.end)]
    for role, actor in (("source", event.source), ("target", event.target), ("reporter", event.reported_by)):
        if actor is not None:
            spans.append((role, actor.start, actor.end))
    for role, start, end in spans:
        a, b = start - sentence_start, end - sentence_start
        if 0 <= a < b <= len(event.sentence):
            sent.stylize(STYLES[role], a, b)
    return sent


def _actor(label: str, actor) -> str:
    if actor is None:
        return f"{label}: -"
    who = f" ({actor.person})" if actor.person else ""
    return f"{label}: {actor.code} «{actor.text}»{who} [{actor.rule}]"


def render(coded: CodedDocument, color: bool = True, console: Console | None = None) -> None:
    """Print a coded document's events for a reader."""
    from tacitus.events.cameo import CAMEO
    from tacitus.events.confidence import ConfidenceModel

    console = console or Console(no_color=not color, highlight=False, soft_wrap=True)
    doc = coded.document
    head = f"document {doc.id}  {doc.title or ''}".rstrip()
    console.print(Text(head, style="bold"))
    meta = [f"origin: {doc.origin}", f"published: {doc.published}", f"language: {doc.language}"]
    if doc.source:
        meta.append(f"source: {doc.source}")
    console.print("  " + " · ".join(meta))
    if coded.status != "ok":
        console.print(f"  {coded.status}: {coded.reason}")
        return
    starts = {s.index: s.start for s in doc.sentences}
    console.print(
        f"  {len(coded.events)} events, {len(coded.actors)} actor mentions, {len(coded.dates)} dates\n"
    )
    for n, e in enumerate(coded.events, 1):
        name = CAMEO.name(e.cameo) if CAMEO.is_code(e.cameo) else ""
        title = (
            f"[{n}] {e.cameo} {name} · root {e.root} · QuadClass {e.quad_class}"
            f" · Goldstein {e.goldstein:+.1f} · PLOVER {e.plover_type or '-'}/{e.plover_mode or '-'}"
        )
        console.print(Text(title, style="bold"))
        console.print(Text("    ").append(highlighted_sentence(e, doc.text, starts.get(e.sentence_index, 0))))
        console.print(f"    trigger: «{e.trigger.text}» @{e.trigger.start}-{e.trigger.end}", markup=False)
        console.print("    " + _actor("source", e.source), markup=False)
        console.print("    " + _actor("target", e.target), markup=False)
        if e.reported_by is not None:
            console.print("    " + _actor("reported by", e.reported_by), markup=False)
        when = f"{e.date} (from «{e.date_text}»)" if e.date_text else f"{e.date} (publication date)"
        why = ", ".join(f"{name} {w:+.2f}" for name, w in ConfidenceModel.of(e).reasons(e, coded.events))
        console.print(
            f"    date: {when} · modality: {e.modality} · confidence: {e.confidence:.2f}"
            + (f" ({why})" if why else ""), markup=False
        )
        console.print(f"    rule: {e.rule}\n", markup=False)
    if coded.near_misses:
        n = len(coded.near_misses)
        console.print(Text(f"  near misses: {n} readings of trigger words found but not coded", style="bold"))
        for miss in coded.near_misses:
            s = next((x for x in doc.sentences if x.index == miss.sentence_index), None)
            sentence = doc.text[s.start:s.end].strip() if s is not None else ""
            line = f"    [{miss.sentence_index}] «{miss.trigger}» ({miss.rule}): {miss.reason}"
            console.print(line, markup=False)
            console.print(f"        {sentence[:160]}", markup=False)
        console.print("")


def register(sub) -> None:
    e = sub.add_parser("explain", help="show every event of a document with its evidence")
    e.add_argument("ref", help="a document id (or unique prefix) in the store, or a file to code")
    e.add_argument("--db", default=None)
    e.add_argument("--date", type=iso_date)
    e.add_argument("--no-color", action="store_true")
    e.set_defaults(func=cmd_explain)


def cmd_explain(args) -> int:
    from pathlib import Path

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
        if args.db or Path(db).exists():  # kept in a store that exists or was named; never a new default one
            with Store(db) as store:
                store.add(coded)
    else:
        from tacitus.store.reader import require_store

        with Store(require_store(db), read_only=True) as store:  # no store: E031, not "not found"
            found = store.get(args.ref)
        if found is None:
            raise TacitusError(E009.format(ref=args.ref))
        coded = [found]
    for c in coded:
        render(c, color=not args.no_color)
    return EXIT_OK
