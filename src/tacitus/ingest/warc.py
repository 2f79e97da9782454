"""WARC / WARC.gz input (Common Crawl CC-NEWS and any crawler's archives): :func:`read_warc`.

Each ``response`` record (and ``resource`` record) with an HTML payload becomes a document; its
origin — the run ledger's key — is ``PATH#OFFSET`` (the record's byte offset in the file, gzip
member offset for ``.warc.gz``). The record's ``WARC-Target-URI`` is the document URL and its
``WARC-Date`` the fallback publication date (the page's own date wins, ``--force-date`` wins over
both). Request, metadata, revisit and warcinfo records, non-HTML payloads (images, JSON, PDF) and
non-2xx responses are skipped silently.

Parsing uses warcio for the WARC framing only (``pip install warcio``: the ``warc`` extra); the HTTP
block is parsed here so that damaged records are reported precisely:

- chunked transfer-encoding is decoded (kept as is when the chunks are malformed, like browsers);
- gzip / deflate / br content-encodings are decoded (br only if ``brotli`` is installed);
- a record shorter than its ``Content-Length`` → ``Rejected(E020 truncated WARC record …)``;
- a file that cannot be read further (not a WARC, one gzip stream for the whole file, garbage
  between records) → ``Rejected(E021 …)`` and the rest of the file is skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from tacitus.errors import E020, E021, E022, E027, InputError
from tacitus.ingest.decode import looks_binary
from tacitus.ingest.documents import document_from_html, parse_date
from tacitus.ingest.types import IngestOptions, Rejected, origin_of
from tacitus.model import Document

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")
MAX_RECORD_BYTES = 20 * 1024 * 1024  # larger payloads are skipped (not news articles)
MAX_BODY_BYTES = 5 * 1024 * 1024  # decompressed HTTP body of one record (as the URL fetcher's max_bytes)


class _BodyTooLarge(Exception):
    """A record's HTTP body decompresses to more than MAX_BODY_BYTES (a compression bomb, or no article)."""


def is_warc(path: str | Path) -> bool:
    name = str(path).lower()
    return name.endswith(WARC_SUFFIXES)


def read_warc(path: str | Path, options: IngestOptions | None = None) -> Iterator[Document | Rejected]:
    """Documents from the HTML response records of a WARC file (plain or gzip member-per-record)."""
    options = options or IngestOptions()
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        reason = E022.format(what="WARC", package="'tacitus[warc]' (warcio)")
        yield Rejected(origin=origin_of(path), reason=reason)
        return
    name = origin_of(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed in finally; the generator may be abandoned)
    except OSError as exc:
        yield Rejected(origin=name, reason=E021.format(detail=f"{name}: {exc.strerror or exc}"))
        return
    try:
        records = ArchiveIterator(fh, no_record_parse=True)
        end = 0  # where the last complete record ends
        while True:
            offset = None
            try:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio warns on stderr itself
                    record = next(records)
                    block = record.raw_stream.read(MAX_RECORD_BYTES + 1)
                    offset = records.get_record_offset()  # (reads to the end of the record)
                    end = offset + records.get_record_length()
                result = _record(record, block, name, offset, options)
            except StopIteration:
                # warcio ends quietly when a record's headers are cut short: bytes after the last
                # complete record are a truncated record, never a silent loss
                if _has_content_after(path, end):
                    detail = "the file ends inside a record's headers"
                    yield Rejected(origin=f"{name}#{end}", reason=E020.format(offset=end, detail=detail))
                return
            except Exception as exc:  # ArchiveLoadFailed, EOFError, zlib.error, header parse errors …
                where = f"{name}#{offset}" if offset is not None else name
                detail = " ".join(str(exc).split())[:200] or type(exc).__name__
                if offset is not None:  # the record started but its bytes ran out
                    yield Rejected(origin=where, reason=E020.format(offset=offset, detail=detail))
                else:
                    yield Rejected(origin=where, reason=E021.format(detail=f"{name}: {detail}"))
                return
            if record.format.startswith("arc") and not name.lower().endswith((".arc", ".arc.gz")):
                # warcio reads any line of 5 words as an ARC header: a .warc must hold WARC records
                yield Rejected(origin=name, reason=E021.format(detail=f"{name}: not a WARC file"))
                return
            if result is not None:
                yield result
    finally:
        fh.close()


def _has_content_after(path: str | Path, end: int) -> bool:
    """Are there bytes (other than blank lines, in a plain WARC) after offset ``end``?"""
    with open(path, "rb") as fh:
        fh.seek(end)
        tail = fh.read(1 << 16)
    if str(path).lower().endswith(".gz"):
        return bool(tail)  # a gzip member cut short (its few bytes may decompress to nothing yet)
    return bool(tail.strip())


def _record(
    record, block: bytes, name: str, offset: int, options: IngestOptions
) -> Document | Rejected | None:
    if record.format.startswith("arc") and not name.lower().endswith((".arc", ".arc.gz")):
        return None
    headers = record.rec_headers
    origin = f"{name}#{offset}"
    url = headers.get_header("WARC-Target-URI")
    declared = headers.get_header("Content-Length")
    if not (declared or "").strip().isdigit() and record.format.startswith("warc"):  # never absent: cut short
        detail = f"the record's headers are cut short ({url or 'no target URI'})"
        return Rejected(origin=origin, reason=E020.format(offset=offset, detail=detail))
    if record.rec_type not in ("response", "resource"):
        return None
    if len(block) > MAX_RECORD_BYTES:
        return None
    if declared is not None and declared.strip().isdigit() and len(block) < int(declared):
        detail = f"{len(block)} of {int(declared)} bytes ({url})"
        return Rejected(origin=origin, reason=E020.format(offset=offset, detail=detail))
    if record.rec_type == "response":
        content_type = headers.get_header("Content-Type") or ""
        if not content_type.startswith("application/http"):
            return None  # e.g. a DNS record
        try:
            parsed = _http_payload(block)
        except _BodyTooLarge:
            return Rejected(origin=origin, reason=E027.format(limit=MAX_BODY_BYTES, url=url))
        if parsed is None:
            return None
        status, http_headers, body = parsed
        if not 200 <= status < 300:
            return None
        payload_type = http_headers.get("content-type", "")
    else:  # resource record: the block is the payload
        payload_type = headers.get_header("Content-Type") or ""
        body = block
    if not _is_html(payload_type, body):
        return None
    warc_date = parse_date((headers.get_header("WARC-Date") or "")[:10])
    try:
        doc = document_from_html(body, origin=origin, url=url)
    except InputError as exc:
        return Rejected(origin=origin, reason=str(exc))
    return _dated(doc, warc_date, options)


def _dated(doc: Document, warc_date: dt.date | None, options: IngestOptions) -> Document:
    if options.default_date and options.force_date:
        doc.published = options.default_date
    elif doc.published is None:
        doc.published = warc_date or options.default_date
    return doc


def _is_html(content_type: str, body: bytes) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    if kind:
        return kind in HTML_TYPES
    head = body[:512].lstrip().lower()  # no Content-Type: sniff
    return head.startswith((b"<!doctype html", b"<html")) and not looks_binary(body[:4096])


def _http_payload(block: bytes) -> tuple[int, dict[str, str], bytes] | None:
    """``(status, headers, decoded body)`` of an HTTP response block, or None when it is not one."""
    end = block.find(b"\r\n\r\n")
    sep = 4
    if end < 0:
        end, sep = block.find(b"\n\n"), 2
        if end < 0:
            return None
    head = block[:end].decode("iso-8859-1").splitlines()
    if not head or not head[0].startswith("HTTP/"):
        return None
    try:
        status = int(head[0].split()[1])
    except (IndexError, ValueError):
        return None
    headers: dict[str, str] = {}
    for line in head[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    body = block[end + sep :]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding and encoding != "identity":
        body = _decompress(body, encoding)
    return status, headers, body


def _dechunk(body: bytes) -> bytes:
    """Decode chunked transfer-encoding; the raw body when it is not validly chunked (as warcio)."""
    out = bytearray()
    pos = 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            return body
        size_text = body[pos:eol].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body
        if size == 0:
            return bytes(out)
        start = eol + 2
        chunk = body[start : start + size]
        if len(chunk) < size:  # cut short: keep what is there
            out += chunk
            return bytes(out)
        out += chunk
        pos = start + size
        if body[pos : pos + 2] == b"\r\n":
            pos += 2


def _inflate(body: bytes, wbits: int, limit: int) -> bytes:
    """zlib-decompress at most ``limit`` bytes; _BodyTooLarge when there is more."""
    d = zlib.decompressobj(wbits)
    out = d.decompress(body, limit + 1)
    if len(out) > limit:
        raise _BodyTooLarge
    return out


def _decompress(body: bytes, encoding: str, limit: int = MAX_BODY_BYTES) -> bytes:
    """The decoded body, at most ``limit`` bytes (_BodyTooLarge beyond: never inflated whole)."""
    try:
        if encoding in ("gzip", "x-gzip"):
            return _inflate(body, 16 + zlib.MAX_WBITS, limit)
        if encoding == "deflate":
            try:
                return _inflate(body, zlib.MAX_WBITS, limit)
            except zlib.error:
                return _inflate(body, -zlib.MAX_WBITS, limit)
        if encoding == "br":
            import brotli  # optional

            dec = brotli.Decompressor()
            try:
                out = dec.process(body, output_buffer_limit=limit + 1)
            except TypeError:  # an old brotli without output limits: no cap possible, so not decoded
                return body
            if len(out) > limit:
                raise _BodyTooLarge
            return out
    except _BodyTooLarge:
        raise
    except Exception:  # undecodable: crawlers often store the decoded body with the header kept
        return body
    return body


def count_records(path: str | Path, limit_seconds: float | None = None) -> int | None:
    """Number of response/resource records (for a progress bar's total); None when unknown."""
    import time

    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        return None
    started = time.perf_counter()
    n = 0
    try:
        with open(path, "rb") as fh:  # no stderr redirect here: this may run in a thread
            for record in ArchiveIterator(fh, no_record_parse=True):
                if record.rec_type in ("response", "resource"):
                    n += 1
                if limit_seconds is not None and time.perf_counter() - started > limit_seconds:
                    return None
    except Exception:
        return n or None
    return n


__all__ = ["count_records", "is_warc", "read_warc"]
