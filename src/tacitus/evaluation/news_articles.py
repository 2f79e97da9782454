"""The real news pages behind our news gold: where each article lives under the shared data folder and
how it becomes a :class:`~tacitus.model.Document` (through our own HTML ingest, as a user's page would).

Article keys are ``fundus/<Publisher>_<n>`` (``fundus-eval/html/<key>.html.gz``), ``wcxb/<id>``
(``wcxb-articles/dev/html/<id>.html.gz``) and ``trafilatura/<file>``
(``trafilatura-eval/html/<file>.gz``, English news pages of trafilatura's evaluation set) and
``gritta/<corpus>/<id>`` (plain-text news articles of the geoparsing corpora in ``geoparsing-gritta``:
``lgl``, ``trnews``, ``gwn``, ``geovirus``; evaluation data, read from there and never vendored). The
annotations are ours and live in ``eval/news-gold/``; the pages stay in the shared folder.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from tacitus.model import Document

HELD_OUT = "article-extraction-benchmark"  # never annotated, never read by the gold tooling


def _fundus_meta(root: Path) -> dict:
    return _json(root / "fundus-eval" / "ground_truth.json")


def _iso_date(text: str | None) -> dt.date | None:
    """A page record's ISO date, or None when it is missing or no calendar date ("2019-13-01")."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


@cache
def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def article_path(root: Path, key: str) -> tuple[Path, str | None, dt.date | None]:
    """The page file of ``key``, its URL and its publication (or crawl) date."""
    corpus, _, name = key.partition("/")
    if corpus == "fundus":
        meta = _fundus_meta(root).get(f"{name}.html.gz", {})
        date = (meta.get("crawl_date") or "")[:10]
        return (root / "fundus-eval" / "html" / f"{name}.html.gz", meta.get("url"),
                _iso_date(date))
    if corpus == "wcxb":
        meta = _json(root / "wcxb-articles" / "dev" / "ground-truth" / f"{name}.json")
        date = meta.get("ground_truth", {}).get("publish_date")
        return (root / "wcxb-articles" / "dev" / "html" / f"{name}.html.gz", meta.get("url"),
                _iso_date(date))
    if corpus == "trafilatura":
        url, meta = _trafilatura_meta(root).get(name, (None, {}))
        date = meta.get("date")
        return (root / "trafilatura-eval" / "html" / f"{name}.gz", url,
                _iso_date(date))
    raise ValueError(f"unknown article key {key!r} "
                     "(expected fundus/NAME, wcxb/ID, trafilatura/FILE or gritta/CORPUS/ID)")


#: geoparsing-gritta's corpora: key part → (file, the element holding an article's id)
GRITTA_FILES = {"lgl": ("lgl.xml", "docid"), "trnews": ("TR-News.xml", "docid"), "gwn": ("GWN.xml", "file"),
                "geovirus": ("GeoVirus.xml", None)}  # GeoVirus (WikiNews): articles by their position
_URL_DATE = re.compile(r"/(20\d\d)[/-]?(\d\d)[/-]?(\d\d)")


@cache
def gritta_articles(root: Path, corpus: str) -> dict[str, dict]:
    """A geoparsing corpus's articles by id: title, url, text and a date (the crawl time, else the date in
    the URL)."""
    from tacitus.ingest.documents import parse_date

    name, id_attr = GRITTA_FILES[corpus]
    out = {}
    for n, art in enumerate(ET.parse(root / "geoparsing-gritta" / name).getroot()):
        url = (art.findtext("url") or art.findtext("link") or art.findtext("source") or "").strip() or None
        m = _URL_DATE.search(url or "")
        # crawl times look like "2009-03-24 09:33" or "Wed Nov 23, 2016 | 4:58pm EST"
        crawled = (art.findtext("dltime") or "").split("|")[0].strip()
        date = parse_date("-".join(m.groups())) if m else parse_date(
            crawled[:10] if re.match(r"\d{4}-", crawled) else crawled or None)
        out[art.get(id_attr) if id_attr else str(n)] = {"title": art.findtext("title"), "url": url,
                                 "text": art.findtext("text") or "", "date": date}
    return out


@cache
def _trafilatura_meta(root: Path) -> dict[str, tuple[str, dict]]:
    """trafilatura-eval's page file name → (URL, its evaluation record)."""
    return {m["file"]: (url, m) for url, m in _json(root / "trafilatura-eval" / "evaldata.json").items()}


def page_available(root: Path, key: str) -> bool:
    """Whether the page of ``key`` is in the shared folder ``root`` (a corpus may be absent)."""
    if key.startswith("gritta/"):
        corpus = key.split("/")[1]
        return corpus in GRITTA_FILES and (root / "geoparsing-gritta" / GRITTA_FILES[corpus][0]).is_file()
    try:
        return article_path(root, key)[0].is_file()
    except (ValueError, OSError):
        return False


def load_article(root: Path, key: str) -> Document:
    """The article ``key`` as our ingest reads it (trafilatura + furniture cleaning), with no language: the
    coder detects it as it does for a user's page, and skips a page not in English as it would there."""
    from tacitus.ingest import document_from_html, document_from_text

    if key.startswith("gritta/"):
        _, corpus, ident = key.split("/", 2)
        if corpus not in GRITTA_FILES or ident not in gritta_articles(root, corpus):
            raise ValueError(f"unknown article key {key!r}")
        art = gritta_articles(root, corpus)[ident]
        doc = document_from_text(art["text"], origin=key, url=art["url"], title=art["title"],
                                 published=art["date"])
        return doc
    path, url, date = article_path(root, key)
    html = gzip.decompress(path.read_bytes())
    doc = document_from_html(html, origin=key, url=url)
    if doc.published is None:
        doc.published = date
    return doc
