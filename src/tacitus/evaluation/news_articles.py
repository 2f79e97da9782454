"""The real news pages behind our news gold: where each article lives under the shared data folder and
how it becomes a :class:`~tacitus.model.Document` (through our own HTML ingest, as a user's page would).

Article keys are ``fundus/<Publisher>_<n>`` (``fundus-eval/html/<key>.html.gz``), ``wcxb/<id>``
(``wcxb-articles/dev/html/<id>.html.gz``) and ``trafilatura/<file>``
(``trafilatura-eval/html/<file>.gz``, English news pages of trafilatura's evaluation set). The
annotations are ours and live in ``eval/news-gold/``; the pages stay in the shared folder.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from functools import cache
from pathlib import Path

from tacitus.model import Document

HELD_OUT = "article-extraction-benchmark"  # never annotated, never read by the gold tooling


def _fundus_meta(root: Path) -> dict:
    return _json(root / "fundus-eval" / "ground_truth.json")


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
                dt.date.fromisoformat(date) if date else None)
    if corpus == "wcxb":
        meta = _json(root / "wcxb-articles" / "dev" / "ground-truth" / f"{name}.json")
        date = meta.get("ground_truth", {}).get("publish_date")
        return (root / "wcxb-articles" / "dev" / "html" / f"{name}.html.gz", meta.get("url"),
                dt.date.fromisoformat(date) if date else None)
    if corpus == "trafilatura":
        url, meta = _trafilatura_meta(root).get(name, (None, {}))
        date = meta.get("date")
        return (root / "trafilatura-eval" / "html" / f"{name}.gz", url,
                dt.date.fromisoformat(date) if date else None)
    raise ValueError(f"unknown article key {key!r} (expected fundus/NAME, wcxb/ID or trafilatura/FILE)")


@cache
def _trafilatura_meta(root: Path) -> dict[str, tuple[str, dict]]:
    """trafilatura-eval's page file name → (URL, its evaluation record)."""
    return {m["file"]: (url, m) for url, m in _json(root / "trafilatura-eval" / "evaldata.json").items()}


def load_article(root: Path, key: str) -> Document:
    """The article ``key`` as our ingest reads it (trafilatura + furniture cleaning)."""
    from tacitus.ingest import document_from_html

    path, url, date = article_path(root, key)
    html = gzip.decompress(path.read_bytes())
    doc = document_from_html(html, origin=key, url=url)
    if doc.published is None:
        doc.published = date
    doc.language = "en"
    return doc
