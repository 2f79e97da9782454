"""Ingest options and the :class:`Rejected` record for inputs that could not be read."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
DATE_FIELDS = ("date", "published", "publish_date", "date_publish", "pubdate")
SOURCE_FIELDS = ("source", "source_name", "site", "outlet")
FORMATS = ("auto", "text", "html", "jsonl")

# Limits: one input never takes a process above a few hundred MB (see docs/RELIABILITY.md).
MAX_INPUT_BYTES = 64 * 1024 * 1024  # one file (or one decompressed .gz file) read whole
MAX_LINE_BYTES = 16 * 1024 * 1024  # one JSONL record
MAX_DOC_CHARS = 1_000_000  # clean text of one document (spaCy's max_length; coding time grows faster)

_SURROGATES = re.compile("[\ud800-\udfff]")


def safe_text(text: str) -> str:
    """``text`` without lone surrogates (from JSON escapes or undecodable file names), which no UTF-8
    consumer (DuckDB, stdout) accepts: each becomes U+FFFD."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


def origin_of(path: str | os.PathLike[str]) -> str:
    """A path as an origin / ledger key: its bytes read as UTF-8, undecodable ones as ``\\xNN``
    (a file name holding a byte that is not UTF-8 stays stable and storable)."""
    name = os.fspath(path)
    if not _SURROGATES.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


@dataclass(slots=True)
class IngestOptions:
    """How :func:`tacitus.ingest.read_inputs` reads its inputs."""

    fmt: str = "auto"  # auto | text | html | jsonl
    text_field: str | None = None  # JSONL field with text; None = try TEXT_FIELDS
    html_field: str | None = None  # JSONL field with raw HTML; None = try HTML_FIELDS
    url_field: str = "url"
    title_field: str = "title"
    date_field: str | None = None  # None = try DATE_FIELDS
    source_field: str | None = None  # None = try SOURCE_FIELDS
    default_date: dt.date | None = None  # for documents without a date of their own
    force_date: bool = False  # True: default_date overrides dates found in metadata

    def __post_init__(self) -> None:
        if self.fmt not in FORMATS:
            raise ValueError(f"unknown input format {self.fmt!r}; expected one of {', '.join(FORMATS)}")


@dataclass(slots=True)
class Rejected:
    """An input (file, stdin, JSONL record) that yielded no document, and why ("E00x ...")."""

    origin: str
    reason: str
    doc_id: str | None = None
