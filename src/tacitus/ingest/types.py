"""Ingest options and the :class:`Rejected` record for inputs that could not be read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
DATE_FIELDS = ("date", "published", "publish_date", "date_publish", "pubdate")
SOURCE_FIELDS = ("source", "source_name", "site", "outlet")
FORMATS = ("auto", "text", "html", "jsonl")


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
