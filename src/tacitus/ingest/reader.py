"""Walk paths and stdin, detect formats, and yield documents or rejections: :func:`read_inputs`."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from tacitus.errors import E002, E006, E007, InputError
from tacitus.ingest.decode import decode_bytes, looks_binary
from tacitus.ingest.documents import document_from_html, document_from_text
from tacitus.ingest.jsonl import read_json_document, read_records
from tacitus.ingest.types import IngestOptions, Rejected
from tacitus.model import Document

HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXT = {".jsonl", ".ndjson", ".json", ".jsonlines"}
TEXT_EXT = {".txt", ".text", ".md", ""}

Item = Document | Rejected


def format_of(path: Path) -> str | None:
    """Input format by file extension (None for unsupported extensions)."""
    ext = path.suffix.lower()
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in TEXT_EXT:
        return "text"
    return None


def sniff_format(head: str) -> str:
    """Guess the format of content: JSONL if it starts with "{", HTML with "<", else text."""
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("<"):
        return "html"
    return "text"


def _finish(doc: Document, options: IngestOptions) -> Document:
    if options.default_date and (options.force_date or doc.published is None):
        doc.published = options.default_date
    return doc


def _single(data: bytes, fmt: str, origin: str, options: IngestOptions) -> Iterator[Item]:
    """One text or HTML document (or a whole-file JSON document) from bytes."""
    try:
        if fmt == "html":
            yield _finish(document_from_html(data, origin=origin), options)
            return
        text = decode_bytes(data)
        if fmt == "jsonl":
            items = read_json_document(text, origin, options)
            if items is None:  # not one JSON value: treat as JSON Lines
                items = read_records(data.splitlines(), origin, options)
            for item in items:
                yield _finish(item, options) if isinstance(item, Document) else item
            return
        yield _finish(document_from_text(text, origin=origin), options)
    except InputError as exc:
        yield Rejected(origin=origin, reason=str(exc))


def _read_file(path: Path, explicit: bool, options: IngestOptions, fetcher=None) -> Iterator[Item]:
    origin = str(path)
    if options.fmt == "auto" and (special := _special(path, explicit, options, fetcher)) is not None:
        yield from special  # WARC, feeds, URL lists (tacitus.ingest.warc / feeds / fetch)
        return
    fmt = options.fmt if options.fmt != "auto" else format_of(path)
    if fmt is None and not explicit:
        return  # unsupported extension inside a directory: skipped silently
    try:
        if fmt == "jsonl" and path.suffix.lower() != ".json":
            with path.open("rb") as fh:  # stream line by line
                for item in read_records(fh, origin, options):
                    yield _finish(item, options) if isinstance(item, Document) else item
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(origin=origin, reason=E007.format(path=path, detail=exc.strerror or exc))
        return
    if fmt is None:  # named explicitly, unknown extension: accept only if it is text
        if looks_binary(data):
            yield Rejected(origin=origin, reason=E002)
            return
        try:
            fmt = sniff_format(decode_bytes(data[:4096]))
        except InputError:
            fmt = "text"  # a multibyte char cut at 4 kB, or odd encoding: decided below
    elif fmt == "text" and not path.suffix and options.fmt == "auto":
        with contextlib.suppress(InputError):
            fmt = sniff_format(decode_bytes(data[:4096]))
    yield from _single(data, fmt, origin, options)


def _special(path: Path, explicit: bool, options: IngestOptions, fetcher) -> Iterator[Item] | None:
    from tacitus.ingest import feeds, fetch, warc

    if warc.is_warc(path):
        return warc.read_warc(path, options)
    if feeds.is_feed_path(path):
        return feeds.read_feed_file(path, options, fetcher, explicit)
    if fetch.is_url_list(path):
        return fetch.read_url_file(path, options, fetcher)
    return None


def _walk(root: Path, options: IngestOptions, fetcher=None) -> Iterator[Item]:
    """Depth-first, entries sorted by name (so ``a.txt`` < ``b/x.html`` < ``c.jsonl``); hidden skipped."""
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield Rejected(origin=str(root), reason=E007.format(path=root, detail=exc.strerror or exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # avoid symlink loops
                yield from _walk(entry, options, fetcher)
        elif entry.is_file():
            yield from _read_file(entry, explicit=False, options=options, fetcher=fetcher)


def _read_stdin(stream: BinaryIO, options: IngestOptions) -> Iterator[Item]:
    buffer = getattr(stream, "buffer", stream)  # accept sys.stdin as well as sys.stdin.buffer
    lines = iter(buffer)
    head: list[bytes] = []
    first = b""
    for line in lines:
        if isinstance(line, str):  # a text stream was passed
            line = line.encode("utf-8")
            lines = (x.encode("utf-8") if isinstance(x, str) else x for x in lines)
        head.append(line)
        if line.strip():
            first = line.lstrip(b"\xef\xbb\xbf \t")
            break
    fmt = options.fmt
    if fmt == "auto":
        fmt = "jsonl" if first.startswith(b"{") else "html" if first.startswith(b"<") else "text"
    if fmt == "jsonl":
        for item in read_records(chain(head, lines), "stdin", options):
            yield _finish(item, options) if isinstance(item, Document) else item
        return
    data = b"".join(chain(head, lines))
    yield from _single(data, fmt, "stdin", options)


def read_inputs(
    paths: list[str], options: IngestOptions | None = None, stdin: BinaryIO | None = None, fetcher=None
) -> Iterator[Document | Rejected]:
    """Read documents from files, directories (recursively, sorted; hidden entries skipped) and
    stdin ("-"). Formats come from ``options.fmt`` or the file extension / content.

    Never raises for bad input: yields :class:`Rejected` ("E00x ...") and goes on.
    Also reads WARC files, RSS/Atom feeds, ``.urls`` lists and http(s) URLs, fetched politely by
    ``fetcher`` (a :class:`tacitus.ingest.fetch.Fetcher`; feeds are read offline without one).
    """
    options = options or IngestOptions()
    for name in paths:
        if name == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
            continue
        if name.startswith(("http://", "https://")):
            from tacitus.ingest.fetch import fetch_documents

            yield from fetch_documents([name], options, fetcher)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, options, fetcher)
        elif path.exists():
            yield from _read_file(path, explicit=True, options=options, fetcher=fetcher)
        else:
            yield Rejected(origin=name, reason=E006.format(path=name))


__all__ = ["read_inputs"]
