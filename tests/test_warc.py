"""WARC / WARC.gz input: response records with HTML become documents; damaged files are Rejected."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="WARC input needs warcio (the 'warc' extra)")

from tacitus.ingest import Rejected, read_inputs
from tacitus.ingest.warc import read_warc

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "data" / "warc-fixtures"
ARTICLE = (
    "<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in Geneva</h1>"
    "<p>Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry in Geneva on Friday "
    "to discuss a ceasefire in Syria, officials said.</p><p>The two sides agreed to meet again next "
    "week, according to a statement released after the talks.</p></article></body></html>"
)


def http_block(body: bytes, content_type="text/html; charset=utf-8", status="200 OK", extra=b"") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n".encode() + extra + b"\r\n" + body


def record(
    block: bytes,
    url="https://news.example.org/a.html",
    rec_type="response",
    date="2016-09-23T10:00:00Z",
    declared: int | None = None,
) -> bytes:
    ctype = "application/http; msgtype=response" if rec_type in ("response", "request") else "text/html"
    head = (
        f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash((url, rec_type, len(block))))}>\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {declared if declared is not None else len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def chunked(data: bytes, size: int = 50) -> bytes:
    parts = [
        f"{len(data[i : i + size]):x}\r\n".encode() + data[i : i + size] + b"\r\n"
        for i in range(0, len(data), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as fh:
        fh.write(data)
    return buf.getvalue()


def test_response_records_become_documents_with_url_and_warc_date(tmp_path):
    records = [
        record(http_block(b"GET / HTTP/1.1\r\n"), rec_type="request"),
        record(http_block(ARTICLE.encode())),
        record(http_block(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"), url="https://x.org/i.png"),
        record(http_block(b'{"a": 1}', "application/json"), url="https://x.org/api"),
        record(http_block(b"<html>moved</html>", status="301 Moved Permanently"), url="https://x.org/old"),
        record(
            http_block(
                chunked(ARTICLE.replace("Geneva", "Vienna").encode()), extra=b"Transfer-Encoding: chunked\r\n"
            ),
            url="https://news.example.org/b.html",
        ),
        record(
            http_block(gz(ARTICLE.replace("Geneva", "Doha").encode()), extra=b"Content-Encoding: gzip\r\n"),
            url="https://news.example.org/c.html",
        ),
    ]
    path = tmp_path / "news.warc"
    path.write_bytes(b"".join(records))
    out = list(read_warc(path))
    assert all(not isinstance(o, Rejected) for o in out), out
    assert [d.url for d in out] == [
        "https://news.example.org/a.html",
        "https://news.example.org/b.html",
        "https://news.example.org/c.html",
    ]
    assert "Vienna" in out[1].text and "Doha" in out[2].text  # chunked and gzip bodies decoded
    assert all(d.published == dt.date(2016, 9, 23) for d in out)  # WARC-Date as the fallback date
    assert all(d.origin.startswith(f"{path}#") for d in out)
    offsets = [int(d.origin.rsplit("#", 1)[1]) for d in out]
    assert offsets[0] == len(records[0]) and offsets == sorted(offsets)


def test_gzip_member_per_record_and_dispatch_by_extension(tmp_path):
    path = tmp_path / "CC-NEWS-20160923.warc.gz"
    path.write_bytes(
        gz(record(http_block(ARTICLE.encode())))
        + gz(record(http_block(ARTICLE.encode()), url="https://n.org/2"))
    )
    out = list(read_inputs([str(tmp_path)]))  # a directory: .warc.gz is picked up
    assert len(out) == 2 and all(not isinstance(o, Rejected) for o in out)
    assert out[0].origin == f"{path}#0" and out[1].url == "https://n.org/2"


def test_force_date_wins_and_page_date_beats_warc_date(tmp_path):
    from tacitus.ingest import IngestOptions

    dated = ARTICLE.replace("<head>", '<head><meta property="article:published_time" content="2016-09-20">')
    path = tmp_path / "d.warc"
    path.write_bytes(record(http_block(dated.encode())))
    assert next(read_warc(path)).published == dt.date(2016, 9, 20)
    forced = IngestOptions(default_date=dt.date(2020, 1, 1), force_date=True)
    assert next(read_warc(path, forced)).published == dt.date(2020, 1, 1)


def test_truncated_record_is_rejected_with_E020(tmp_path):
    whole = record(http_block(ARTICLE.encode()))
    path = tmp_path / "cut.warc"
    path.write_bytes(record(http_block(ARTICLE.encode()), url="https://n.org/ok") + whole[: len(whole) // 2])
    out = list(read_warc(path))
    assert out[0].url == "https://n.org/ok"
    assert isinstance(out[1], Rejected) and out[1].reason.startswith("E020 truncated WARC record")
    assert out[1].origin == f"{path}#{len(out[0].origin) and int(out[1].origin.rsplit('#', 1)[1])}"


def test_truncated_gzip_member_is_rejected(tmp_path):
    path = tmp_path / "cut.warc.gz"
    data = gz(record(http_block(ARTICLE.encode()), url="https://n.org/ok")) + gz(
        record(http_block(ARTICLE.encode()))
    )
    path.write_bytes(data[:-40])
    out = list(read_warc(path))
    assert out[0].url == "https://n.org/ok"
    assert isinstance(out[-1], Rejected) and out[-1].reason[:4] in ("E020", "E021")


def test_not_a_warc_is_rejected_with_E021(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a WARC file\n" * 10)
    out = list(read_warc(path))
    assert len(out) == 1 and out[0].reason.startswith("E021")


@pytest.mark.skipif(not FIXTURES.exists(), reason="../shared/data/warc-fixtures not present")
def test_robust_on_warcio_edge_case_fixtures():
    expected = {  # file -> (documents, rejections)
        "example.warc": (1, 0),
        "example.warc.gz": (1, 0),
        "example-iana.org-chunked.warc": (1, 0),
        "example-resource.warc.gz": (1, 0),
        "example-trunc.warc": (1, 0),
        "example-digest.warc": (0, 0),  # request records only
        "example-space-in-target-uri.warc.gz": (0, 0),  # a PNG resource
        "post-test.warc.gz": (0, 0),  # JSON responses
        "example-bad-non-chunked.warc.gz": (0, 1),  # one gzip stream for the whole file
        "example-wrong-chunks.warc.gz": (0, 2),
    }
    for name, (n_docs, n_rejected) in expected.items():
        out = list(read_inputs([str(FIXTURES / name)]))
        docs = [o for o in out if not isinstance(o, Rejected)]
        rejected = [o for o in out if isinstance(o, Rejected)]
        assert (len(docs), len(rejected)) == (n_docs, n_rejected), (name, out)
        assert all(r.reason[:4] in ("E020", "E021") for r in rejected), name
    iana = next(read_inputs([str(FIXTURES / "example-iana.org-chunked.warc")]))
    assert iana.url == "http://www.iana.org/" and "Domain Names" in iana.text
