"""A synthetic corpus of N distinct articles built from our own samples (examples/), for scale benchmarks.

    python bench/make_corpus.py --docs 50000 --out /tmp/corpus-50k.jsonl           # JSON Lines
    python bench/make_corpus.py --docs 2000 --out /tmp/corpus-2k.warc.gz --format warc   # CC-NEWS-like WARC

Each document is one English sample article (cycled) with a numbered line appended, so every
document has its own content hash (the store would otherwise deduplicate them). The WARC form has one
gzip member per response record with HTTP headers, WARC-Target-URI and WARC-Date, like CC-NEWS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import io
import json
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_articles() -> list[dict]:
    from tacitus.ingest import Rejected, read_inputs
    from tacitus.nlp.language import detect_language

    docs = [d for d in read_inputs([str(ROOT / "examples")]) if not isinstance(d, Rejected)]
    return [
        {"text": d.text, "title": d.title, "date": d.published.isoformat() if d.published else "2016-09-29"}
        for d in docs
        if detect_language(d.text) == "en" and len(d.text) > 200
    ]


def articles(n: int):
    base = sample_articles()
    for i in range(n):
        a = base[i % len(base)]
        yield {
            "url": f"https://news.example.org/{i // 1000}/{i}.html",
            "title": f"{a['title'] or 'Article'} ({i})",
            "date": a["date"],
            "text": f"{a['text']}\n\nReport number {i}.",
        }


def warc_record(article: dict) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in article["text"].split("\n") if p.strip())
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(article['title'])}</title>"
        f"</head><body><article><h1>{html.escape(article['title'])}</h1>\n{paragraphs}</article></body></html>"
    ).encode()
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(page)}\r\n\r\n".encode()
        + page
    )
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {article['url']}\r\n"
        f"WARC-Date: {article['date']}T12:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:  # one gzip member per record
        gz.write(headers + http + b"\r\n\r\n")
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["jsonl", "warc"], default="jsonl")
    args = ap.parse_args()
    out = Path(args.out)
    with out.open("wb") as fh:
        for a in articles(args.docs):
            if args.format == "warc":
                fh.write(warc_record(a))
            else:
                fh.write((json.dumps(a, ensure_ascii=False) + "\n").encode())
    print(f"{args.docs} documents -> {out} ({out.stat().st_size / 1e6:.1f} MB) at {dt.datetime.now():%H:%M}")


if __name__ == "__main__":
    main()
