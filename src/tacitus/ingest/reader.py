"""Walk paths and stdin, detect formats, and yield documents or rejections: :func:`read_inputs`."""

from __future__ import annotations

import contextlib
import gzip
import sys
import zlib
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from tacitus.errors import E002, E006, E007, E013, E014, InputError
from tacitus.ingest.decode import decode_bytes, looks_binary
from tacitus.ingest.documents import document_from_html, document_from_text
from tacitus.ingest.jsonl import read_json_document, read_records
from tacitus.ingest.types import MAX_INPUT_BYTES, MAX_LINE_BYTES, IngestOptions, Rejected, origin_of
from tacitus.model import Document

HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXT = {".jsonl", ".ndjson", ".json", ".jsonlines"}
TEXT_EXT = {".txt", ".text", ".md", ""}

Item = Document | Rejected


def format_of(path: Path) -> str | None:
    """Input format by file extension (None for unsupported extensions); ``x.jsonl.gz`` is JSONL."""
    ext = path.suffix.lower()
    if ext == ".gz":
        return format_of(Path(path.stem))
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


class _TooLong(Exception):
    """A JSONL line over MAX_LINE_BYTES (its bytes were skipped)."""


def _bounded_lines(fh: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | _TooLong]:
    """Lines of ``fh``, each read with at most ``limit`` bytes in memory; longer ones become a _TooLong."""
    while line := fh.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield _TooLong()
            continue
        yield line


def _jsonl_lines(fh: BinaryIO, origin: str, options: IngestOptions) -> Iterator[Item]:
    """JSONL records of a (possibly gzip) stream; an over-long line is rejected alone (E013)."""
    too_long: list[int] = []

    def lines() -> Iterator[bytes]:
        for n, line in enumerate(_bounded_lines(fh), start=1):
            if isinstance(line, _TooLong):
                too_long.append(n)
                yield b""  # keeps line numbers; read_records skips blank lines
            else:
                yield line

    for item in read_records(lines(), origin, options):
        while too_long:
            yield _line_too_long(origin, too_long.pop(0))
        yield _finish(item, options) if isinstance(item, Document) else item
    while too_long:
        yield Rejected(f"{origin}:{too_long.pop(0)}", E013.format(what="JSONL line", limit=MAX_LINE_BYTES))


def _line_too_long(origin: str, line: int) -> Rejected:
    return Rejected(f"{origin}:{line}", E013.format(what="JSONL line", limit=MAX_LINE_BYTES))


def _damaged(origin: str, exc: BaseException) -> Rejected:
    return Rejected(origin, E014.format(path=origin, detail=str(exc) or type(exc).__name__))


def _read_bytes(path: Path, gz: bool) -> bytes:
    """The file's bytes (decompressed for ``.gz``), at most MAX_INPUT_BYTES (else InputError E013)."""
    if not gz:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(E013.format(what="file", limit=MAX_INPUT_BYTES))
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(E013.format(what="decompressed file", limit=MAX_INPUT_BYTES))
    return data


def _read_file(path: Path, explicit: bool, options: IngestOptions, fetcher=None) -> Iterator[Item]:
    origin = origin_of(path)
    if options.fmt == "auto" and (special := _special(path, explicit, options, fetcher)) is not None:
        yield from special  # WARC, feeds, URL lists (tacitus.ingest.warc / feeds / fetch)
        return
    gz = path.suffix.lower() == ".gz"
    fmt = options.fmt if options.fmt != "auto" else format_of(path)
    if fmt is None and not explicit and not gz:
        return  # unsupported extension inside a directory: skipped silently
    try:
        if fmt == "jsonl" and Path(path.stem if gz else path.name).suffix.lower() != ".json":
            with gzip.open(path, "rb") if gz else path.open("rb") as fh:  # stream line by line
                yield from _jsonl_lines(fh, origin, options)
            return
        data = _read_bytes(path, gz)
    except OSError as exc:  # unreadable file, or a damaged / truncated gzip stream
        if gz and not isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            yield _damaged(origin, exc)
        else:
            yield Rejected(origin=origin, reason=E007.format(path=origin, detail=exc.strerror or exc))
        return
    except (EOFError, zlib.error) as exc:
        yield _damaged(origin, exc)
        return
    except InputError as exc:
        yield Rejected(origin=origin, reason=str(exc))
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
        origin = origin_of(root)
        yield Rejected(origin=origin, reason=E007.format(path=origin, detail=exc.strerror or exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # avoid symlink loops
                yield from _walk(entry, options, fetcher)
        elif entry.is_file():
            yield from _read_file(entry, explicit=False, options=options, fetcher=fetcher)
        elif entry.is_symlink() and format_of(entry) is not None:
            origin = origin_of(entry)  # a dangling link or a link loop where a document should be
            yield Rejected(origin=origin, reason=E007.format(path=origin, detail="broken symbolic link"))


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
        elif path.is_file():
            yield from _read_file(path, explicit=True, options=options, fetcher=fetcher)
        elif path.exists():  # a FIFO, socket or device: reading it could block forever
            origin = origin_of(name)
            yield Rejected(origin=origin, reason=E007.format(path=origin, detail="not a regular file"))
        else:
            origin = origin_of(name)
            yield Rejected(origin=origin, reason=E006.format(path=origin))


__all__ = ["read_inputs"]
