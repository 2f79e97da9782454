"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: :func:`read_feed`.

Each entry is one document. With a :class:`~tacitus.ingest.fetch.Fetcher` the entry's link is fetched
politely and the article page is coded (the feed only gives its title and date as fallbacks); without
one (``--no-fetch``, or a local feed file read offline) the entry's own content (``content:encoded``,
Atom ``content``, else the description / summary) is coded. The origin (ledger key) of an entry is its
link, else ``FEED#N``. Parsing is namespace-agnostic, with entities and network access disabled.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import E006, E007, E023, InputError
from tacitus.ingest.documents import document_from_html, parse_date
from tacitus.ingest.types import IngestOptions, Rejected, origin_of
from tacitus.model import Document

FEED_SUFFIXES = (".rss", ".atom", ".xml")
ROOTS = {"rss", "feed", "RDF", "channel"}


@dataclass(slots=True)
class FeedEntry:
    link: str | None
    title: str | None
    published: dt.date | None
    content: str | None  # HTML (or text) of the entry


def is_feed_path(path: str | Path) -> bool:
    return str(path).lower().endswith(FEED_SUFFIXES)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(el) -> str | None:
    if el is None:
        return None
    value = "".join(el.itertext()).strip()
    return value or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()  # RFC 822 (RSS)
    except (TypeError, ValueError, IndexError):
        return parse_date(value)  # ISO 8601 (Atom), free text


def parse_feed(data: bytes) -> list[FeedEntry]:
    """The entries of a feed. Raises InputError(E023) when ``data`` is not a feed."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data.lstrip(), parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(E023.format(detail=str(exc)[:200])) from None
    if root is None or _local(root.tag) not in ROOTS:
        found = _local(root.tag) if root is not None else "nothing"
        raise InputError(E023.format(detail=f"root element <{found}> is not rss, feed or RDF"))
    entries = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("item", "entry"):
            continue
        children: dict[str, list] = {}
        for child in el:
            children.setdefault(_local(child.tag), []).append(child)

        def first(*names: str, _c=children):
            for n in names:
                if _c.get(n):
                    return _c[n][0]
            return None

        link = None
        for candidate in children.get("link", []):
            href = candidate.get("href")
            if href is not None:  # Atom
                if candidate.get("rel", "alternate") == "alternate":
                    link = href.strip()
                    break
            elif _text(candidate):  # RSS
                link = _text(candidate)
                break
        if link is None:
            guid = first("guid")
            if guid is not None and guid.get("isPermaLink", "true") != "false":
                link = _text(guid) if (_text(guid) or "").startswith("http") else None
        content = _text(first("encoded", "content")) or _text(first("description", "summary"))
        published = _date(_text(first("pubDate", "published", "date", "updated", "issued")))
        entries.append(FeedEntry(link, _text(first("title")), published, content))
    return entries


def read_feed(
    data: bytes, origin: str, options: IngestOptions | None = None, fetcher=None
) -> Iterator[Document | Rejected]:
    """Documents from a feed's entries (see the module docstring)."""
    options = options or IngestOptions()
    try:
        entries = parse_feed(data)
    except InputError as exc:
        yield Rejected(origin=origin, reason=str(exc))
        return
    for i, entry in enumerate(entries):
        key = entry.link or f"{origin}#{i}"
        try:
            if fetcher is not None and entry.link:
                result = fetcher.get(entry.link)
                doc = document_from_html(result.body, origin=key, url=result.url)
            elif entry.content:
                doc = document_from_html(entry.content, origin=key, url=entry.link)
            else:
                raise InputError(E023.format(detail="entry has neither content nor a link to fetch"))
        except InputError as exc:
            yield Rejected(origin=key, reason=str(exc))
            continue
        if entry.title and not doc.title:
            doc.title = entry.title
        if options.default_date and options.force_date:
            doc.published = options.default_date
        elif doc.published is None:
            doc.published = entry.published or options.default_date
        yield doc


def read_feed_file(
    path: Path, options: IngestOptions, fetcher=None, explicit: bool = True
) -> Iterator[Document | Rejected]:
    """A feed file (.rss, .atom, .xml). An ``.xml`` file that is not a feed, met while walking a
    directory, is skipped silently like other unsupported files."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield Rejected(origin=origin_of(path), reason=E006.format(path=origin_of(path)))
        return
    except OSError as exc:
        origin = origin_of(path)
        yield Rejected(origin=origin, reason=E007.format(path=origin, detail=exc.strerror or exc))
        return
    if not explicit and path.suffix.lower() == ".xml" and not looks_like_feed(data):
        return
    yield from read_feed(data, origin=origin_of(path), options=options, fetcher=fetcher)


__all__ = ["FeedEntry", "is_feed_path", "looks_like_feed", "parse_feed", "read_feed", "read_feed_file"]
