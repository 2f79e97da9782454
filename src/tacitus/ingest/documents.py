"""Build a :class:`~tacitus.model.Document` from plain text or raw HTML."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from tacitus.errors import E001, E002, E012, InputError
from tacitus.ingest.clean import clean_text
from tacitus.ingest.decode import declared_charset, decode_bytes, looks_binary, utf16_codec
from tacitus.ingest.types import MAX_DOC_CHARS, safe_text
from tacitus.model import Document

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "tr", "table", "section", "article", "header", "footer", "dd", "dt", "figcaption",
}  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg")


def host_of(url: str | None) -> str | None:
    """The host name of ``url`` without a leading ``www.`` (None if there is none)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def parse_date(value: Any) -> dt.date | None:
    """A date from a metadata value: ISO strings, ``date``/``datetime`` objects, epoch seconds,
    or (via dateparser) free-form strings like "Sept. 29, 2016". None when it cannot be parsed."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s).date()
    except ValueError:
        pass
    if re.match(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError:
            return None
    import dateparser  # slow import: only for odd strings

    parsed = dateparser.parse(s, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(safe_text(value).split())
    return value or None


def _checked(clean: str) -> str:
    """The clean text, or ``InputError`` E001 (nothing left) / E012 (over MAX_DOC_CHARS)."""
    if not clean:
        raise InputError(E001)
    if len(clean) > MAX_DOC_CHARS:
        raise InputError(E012.format(n=len(clean), limit=MAX_DOC_CHARS))
    return clean


def document_from_text(
    text: str,
    *,
    origin: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    source: str | None = None,
) -> Document:
    """A document from plain text (furniture stripped by :func:`clean_text`).

    ``source`` defaults to the host of ``url``. Raises ``InputError(E001)`` when no text is left,
    ``InputError(E012)`` when over ``MAX_DOC_CHARS`` characters are.
    """
    clean = _checked(clean_text(text))
    return Document(
        text=clean,
        url=_clean_meta(url),
        source=_clean_meta(source) or host_of(_clean_meta(url)),
        published=parse_date(published),
        title=_clean_meta(title),
        origin=origin,
    )


def _fallback_text(html: str) -> str:
    """Visible text of a page with lxml, one line per block element (used when trafilatura fails)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several types on junk input
        return ""
    for tag in _DROP_TAGS:
        for el in root.iter(tag):
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    body = root.find("body")
    return (body if body is not None else root).text_content()


_RAW_DROP = re.compile(
    r"<(script|style|noscript|svg|iframe|head|title|nav|header|footer|aside|form)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_RAW_BLOCK = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^>]*>", re.IGNORECASE)
_RAW_TAG = re.compile(r"<[^>]*>")


def _tag_stripped_text(html: str) -> str:
    """Text of markup that no parser reads (100,000 nested elements exceed libxml2's depth limit): tags
    dropped by pattern, block tags as line breaks, entities unescaped."""
    import html as html_lib

    text = _RAW_DROP.sub(" ", html)
    text = _RAW_BLOCK.sub("\n", text)
    return html_lib.unescape(_RAW_TAG.sub("", text))


def _extract(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura may fail on odd markup; fall back below
        result = None
    if result is not None and not isinstance(result, dict):
        result = result.as_dict()
    meta: dict[str, Any] = dict(result) if result else {}
    text = meta.get("text") or ""
    return text, meta


def document_from_html(
    html: str | bytes,
    *,
    origin: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
) -> Document:
    """A document from raw HTML: main-text extraction with trafilatura (plus title, date and site
    name), falling back to plain lxml text extraction; then :func:`clean_text`.

    An explicit ``published`` wins over the page's own date. Raises ``InputError`` with E002 for
    binary bytes and E001 when no text is left.
    """
    if isinstance(html, bytes):
        if looks_binary(html):
            raise InputError(E002)
        html = decode_bytes(html, encoding_hint=None if utf16_codec(html) else declared_charset(html))
    text, meta = _extract(html, url)
    clean = clean_text(text) if text else ""
    if not clean:
        clean = clean_text(_fallback_text(html))
    if not clean and "<" in html:
        clean = clean_text(_tag_stripped_text(html))
    clean = _checked(clean)
    page_url = _clean_meta(url) or _clean_meta(meta.get("url"))
    source = _clean_meta(meta.get("sitename")) or host_of(page_url)
    if source and source.startswith("www."):
        source = source[4:]
    title = _clean_meta(meta.get("title"))
    if title is None:
        import lxml.html

        try:
            title = _clean_meta(lxml.html.document_fromstring(html).findtext(".//title"))
        except Exception:
            title = None
    return Document(
        text=clean,
        url=page_url,
        source=source,
        published=parse_date(published) or parse_date(meta.get("date")),
        title=title,
        origin=origin,
    )
