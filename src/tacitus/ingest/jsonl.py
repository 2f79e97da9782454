"""JSON Lines records (one article per line) to documents."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tacitus.errors import E004, E005, InputError
from tacitus.ingest.decode import decode_bytes
from tacitus.ingest.documents import document_from_html, document_from_text, host_of, parse_date
from tacitus.ingest.types import DATE_FIELDS, HTML_FIELDS, SOURCE_FIELDS, TEXT_FIELDS, IngestOptions, Rejected
from tacitus.model import Document


def _first(record: dict[str, Any], names: Iterable[str]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def _record_id(record: dict[str, Any]) -> str | None:
    value = _first(record, ("id", "doc_id", "_id", "uuid"))
    return str(value) if value is not None else None


def document_from_record(record: dict[str, Any], origin: str, options: IngestOptions) -> Document:
    """One JSON object to a document (raises ``InputError`` E005/E001 ...)."""
    text_fields = (options.text_field,) if options.text_field else TEXT_FIELDS
    html_fields = (options.html_field,) if options.html_field else HTML_FIELDS
    text = _first(record, text_fields) if not options.html_field else None
    html = _first(record, html_fields) if text is None and not options.text_field else None
    if not isinstance(text, str) and not isinstance(html, str):
        looked = [*(() if options.html_field else text_fields), *(() if options.text_field else html_fields)]
        raise InputError(E005.format(fields=", ".join(looked)))
    url = _first(record, (options.url_field,))
    url = url if isinstance(url, str) else None
    date_value = _first(record, (options.date_field,) if options.date_field else DATE_FIELDS)
    published = parse_date(date_value)
    source = _first(record, (options.source_field,) if options.source_field else SOURCE_FIELDS)
    source = source if isinstance(source, str) else None
    if isinstance(text, str):
        title = _first(record, (options.title_field,))
        return document_from_text(
            text,
            origin=origin,
            url=url,
            title=title if isinstance(title, str) else None,
            published=published,
            source=source or host_of(url),
        )
    doc = document_from_html(html, origin=origin, url=url, published=published)
    title = _first(record, (options.title_field,))
    if isinstance(title, str) and title.strip():
        doc.title = " ".join(title.split())
    if source:
        doc.source = source
    return doc


def read_records(lines: Iterable[bytes], name: str, options: IngestOptions) -> Iterator[Document | Rejected]:
    """Documents from JSONL lines; bad lines are yielded as :class:`Rejected` (origin ``name:LINE``)."""
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        origin = f"{name}:{lineno}"
        record_id = None
        try:
            line = decode_bytes(raw)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(E004.format(line=lineno, detail=exc.msg)) from exc
            if not isinstance(record, dict):
                raise InputError(E004.format(line=lineno, detail="expected a JSON object"))
            record_id = _record_id(record)
            yield document_from_record(record, origin, options)
        except InputError as exc:
            yield Rejected(origin=origin, reason=str(exc), doc_id=record_id)


def read_json_document(data: str, name: str, options: IngestOptions) -> Iterator[Document | Rejected] | None:
    """A whole ``.json`` file holding one object or an array of objects; None if it is not valid JSON."""
    try:
        value = json.loads(data)
    except json.JSONDecodeError:
        return None
    records = value if isinstance(value, list) else [value]
    return _iter_json(records, name, options)


def _iter_json(records: list[Any], name: str, options: IngestOptions) -> Iterator[Document | Rejected]:
    for i, record in enumerate(records, start=1):
        origin = f"{name}:{i}" if len(records) > 1 else name
        if not isinstance(record, dict):
            yield Rejected(origin=origin, reason=E004.format(line=i, detail="expected a JSON object"))
            continue
        try:
            yield document_from_record(record, origin, options)
        except InputError as exc:
            yield Rejected(origin=origin, reason=str(exc), doc_id=_record_id(record))
