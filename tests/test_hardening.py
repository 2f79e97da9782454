"""Regression tests of issue 14's defects (docs/RELIABILITY.md): each fails without its fix."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import time

import duckdb
import pytest

from badinputs import GOOD, GOOD_HTML, _gz_bomb, http_block, warc_record, warc_records
from tacitus.cli.main import main
from tacitus.errors import InputError
from tacitus.ingest import Rejected, document_from_html, document_from_text, read_inputs


def texts(db) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT text FROM documents ORDER BY text").fetchall()]


# 1. a file name holding a byte that is not UTF-8 ---------------------------------------------------------
def test_undecodable_file_name_is_coded_by_run_and_code_and_resumes(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"a\xff.txt"), "wb") as fh:
        fh.write(b"Russia attacked Ukraine.\n")
    (folder / "b.txt").write_text("France praised Germany.\n")
    db = tmp_path / "x.duckdb"
    for _ in range(2):  # the run, then its resume
        assert main(["run", str(folder), "--db", str(db), "--fast", "-q"]) == 0
    assert len(texts(db)) == 2
    with duckdb.connect(str(db), read_only=True) as con:
        keys = sorted(r[0] for r in con.execute("SELECT source_key FROM ledger").fetchall())
    assert keys[0].endswith("a\\xff.txt")
    other = str(tmp_path / "y.duckdb")
    assert main(["code", str(folder), "--db", other, "--fast", "--format", "none", "-q"]) == 0


# 2. texts over spaCy's max_length ----------------------------------------------------------------------
def test_over_long_text_is_rejected_alone_with_E012(tmp_path):
    line = "the talks went on in Geneva while the army held the north."
    long = "".join(f"Line {i}: {line}\n" for i in range(16000))
    assert len(long) > 1_000_000
    with pytest.raises(InputError, match="E012"):
        document_from_text(long)
    (tmp_path / "long.txt").write_text(long)
    (tmp_path / "short.txt").write_text(GOOD)
    db = tmp_path / "x.duckdb"
    assert main(["code", str(tmp_path), "--db", str(db), "--fast", "--format", "none", "-q"]) == 1
    assert texts(db) == [GOOD]


def test_post_code_over_long_text_is_a_422_not_a_500(tmp_path):
    from fastapi.testclient import TestClient

    from tacitus.api import create_app
    from tacitus.api.synthetic import build_store, hand_made

    path = tmp_path / "s.duckdb"
    build_store(path, hand_made())
    app = create_app(path, max_body=4_000_000, coder=object())  # never reached: ingest rejects first
    with TestClient(app) as c:
        r = c.post("/code", json={"text": "Talks went on in Geneva. " * 45000})
    assert r.status_code == 422 and "E012" in r.json()["detail"]


# 3. WARC bodies: decompressed with a cap -----------------------------------------------------------------
def test_warc_compression_bomb_is_capped_and_rejected(tmp_path):
    import resource

    bomb = http_block(_gz_bomb(256 << 20), extra=b"Content-Encoding: gzip\r\n")  # 256 MB in ~250 kB
    path = tmp_path / "bomb.warc"
    path.write_bytes(warc_record(bomb, "https://bomb.example.org/", 1) + warc_records(1)[0])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = list(read_warc_items(path))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert [getattr(o, "reason", "doc")[:4] for o in out] == ["E027", "doc"]
    assert grown_mb < 100


def read_warc_items(path):
    from tacitus.ingest.warc import read_warc

    return read_warc(path)


# 7. silent losses ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("gz", [False, True])
def test_warc_cut_inside_record_headers_is_reported(tmp_path, gz):
    records = warc_records(2, gz=gz)
    data = b"".join(records)
    lost = 0
    for cut in range(len(records[0]) + 1, len(data) - 4, 3):
        path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        path.write_bytes(data[:cut])
        out = list(read_warc_items(path))
        docs = [o for o in out if not isinstance(o, Rejected)]
        if len(docs) < 2 and not [o for o in out if isinstance(o, Rejected)]:
            lost += 1
    assert lost == 0


def test_gz_files_in_a_folder_are_read(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": GOOD}) + "\n").encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Iran condemned the strike on Monday."))
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(GOOD_HTML.replace("Russian", "Syrian").encode()))
    (tmp_path / "d.tar.gz").write_bytes(gzip.compress(bytes(range(256)) * 10))  # not text: said so
    out = list(read_inputs([str(tmp_path)]))
    assert sorted(type(o).__name__ for o in out) == ["Document", "Document", "Document", "Rejected"]
    assert [o.reason[:4] for o in out if isinstance(o, Rejected)] == ["E002"]


def test_utf16_html_is_read_not_rejected_as_binary():
    for codec in ("utf-16", "utf-16-le", "utf-16-be"):
        assert document_from_html(GOOD_HTML.encode(codec)).text == GOOD


def test_deeply_nested_page_is_not_reported_empty():
    deep = "<html><body>" + "<div>" * 100_000 + f"<p>{GOOD}</p>" + "</div>" * 100_000 + "</body></html>"
    assert document_from_html(deep.encode()).text == GOOD


def test_run_reports_failures_with_their_codes(tmp_path, monkeypatch, capsys):
    from tacitus.model import ERROR, CodedDocument
    from tacitus.pipeline import Coder

    real = Coder._code_parsed

    def failing(self, spacy_doc, doc):
        if "FAILME" in doc.text:
            return CodedDocument(document=doc, status=ERROR, reason="E100 coding failed: boom")
        return real(self, spacy_doc, doc)

    monkeypatch.setattr(Coder, "_code_parsed", failing)
    (tmp_path / "a.txt").write_text("FAILME Russia attacked Ukraine.")
    (tmp_path / "b.txt").write_bytes(b"")
    assert main(["run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--fast"]) == 1
    err = capsys.readouterr().err
    assert "E100 coding failed: boom" in err and "E001" in err
    assert "failures by code: E001 x1, E100 x1" in err


# 8. a single-process run commits every --commit-every documents -----------------------------------------
def test_single_process_run_keeps_at_most_commit_every_documents_uncommitted(tmp_path):
    from tacitus.pipeline import Coder, CodingOptions
    from tacitus.runners.local import LocalRunner, RunOptions
    from tacitus.store import Store

    coder = Coder(CodingOptions(fast=True))
    coded = 0
    real = coder._code_parsed

    def counting(spacy_doc, doc):
        nonlocal coded
        coded += 1
        return real(spacy_doc, doc)

    coder._code_parsed = counting
    backlog = []
    docs = [json.dumps({"text": f"{GOOD} Report {i}."}) for i in range(300)]
    (tmp_path / "c.jsonl").write_text("\n".join(docs) + "\n")
    with Store(tmp_path / "x.duckdb") as store:
        runner = LocalRunner(coder, store, RunOptions(commit_every=10),
                             on_commit=lambda s: backlog.append(coded - s.committed))
        runner.on_progress = lambda s: backlog.append(coded - s.committed)
        stats = runner.run_paths([str(tmp_path / "c.jsonl")])
    assert stats.committed == 300
    assert max(backlog) <= 10


# 9. a store locked by another process; a chunked over-size body --------------------------------------------
def test_locked_store_is_a_coded_error_not_a_traceback(tmp_path, capsys):
    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r});"
         " print('held', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        (tmp_path / "a.txt").write_text(GOOD)
        for cmd in ("run", "code"):
            assert main([cmd, str(tmp_path / "a.txt"), "--db", str(db), "--fast", "-q"]) == 1
            err = capsys.readouterr().err
            assert "E028" in err and "Traceback" not in err
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from tacitus.api import create_app
    from tacitus.api.synthetic import build_store, synthetic

    path = tmp_path_factory.mktemp("hard") / "s.duckdb"
    build_store(path, synthetic(6000))
    app = create_app(path, max_body=1000, allowed_hosts=["127.0.0.1", "localhost", "::1"],
                     query_timeout=5, acquire_timeout=2)
    yield app
    app.state.db.close()


def test_chunked_over_size_body_is_a_413(api):
    from fastapi.testclient import TestClient

    if True:  # no `with`: the lifespan would close the module's database
        c = TestClient(api, base_url="http://127.0.0.1")
        r = c.post("/sql", content=iter([b'{"sql": "SELECT 1 -- ', b"x" * 2000, b'"}']),
                   headers={"content-type": "application/json"})
        assert r.status_code == 413
        ok = c.post("/sql", content=iter([b'{"sql": ', b'"SELECT 42 AS n"}']),
                    headers={"content-type": "application/json"})
        assert ok.status_code == 200 and ok.json()["rows"] == [[42]]


# 5. the Host header (DNS rebinding) ------------------------------------------------------------------------
def test_host_header_is_checked(api):
    from fastapi.testclient import TestClient

    from tacitus.cli.serve import allowed_hosts

    if True:
        c = TestClient(api, base_url="http://127.0.0.1:8000")
        assert c.get("/health").status_code == 200
        assert c.get("/health", headers={"host": "localhost:8000"}).status_code == 200
        assert c.get("/health", headers={"host": "[::1]:8000"}).status_code == 200
        evil = {"host": "evil.example:8000"}
        assert c.post("/sql", json={"sql": "SELECT 1"}, headers=evil).status_code == 421
        assert c.get("/", headers={"host": "attacker.test"}).status_code == 421

    class Args:
        host, allow_host = "0.0.0.0", ["news.example.org"]

    assert set(allowed_hosts(Args)) == {"127.0.0.1", "localhost", "::1", "news.example.org"}


# 6. memory limit, /export limit, streamed /sql -------------------------------------------------------
def test_read_only_server_limits(api):
    from fastapi.testclient import TestClient

    with api.state.db.cursor() as cur:
        limit = cur.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert limit.endswith("MiB") and float(limit.split()[0]) < 1100
    if True:
        c = TestClient(api, base_url="http://127.0.0.1")
        r = c.get("/export", params={"limit": 10**30})
        assert r.status_code == 422
        lines = c.get("/export", params={"limit": 4500}).text.splitlines()
        every = c.get("/export").text.splitlines()  # in pages of 2000: none lost, none repeated
        assert len(lines) == 4500 and lines == every[:4500]
        assert len(every) == c.get("/health").json()["events"] == len(set(every))
        assert len(c.get("/export", params={"format": "csv"}).text.splitlines()) == len(every) + 1
        assert len(json.loads(c.get("/export", params={"format": "json"}).text)) == len(every)
        r = c.post("/sql", json={"sql": "SELECT range AS n FROM range(5000)", "max_rows": 3000})
        assert "content-length" not in r.headers  # streamed
        body = r.json()
        assert len(body["rows"]) == 3000 and body["truncated"] is True


# 4. one client that stops reading /export ------------------------------------------------------------------
def test_stalled_export_reader_does_not_stall_the_server(api):
    import httpx

    from tacitus.web.browser import LoopbackServer

    with LoopbackServer(api) as server:
        stalled = []
        for _ in range(6):  # more stalled readers than pooled connections
            sock = socket.create_connection(("127.0.0.1", server.port))
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            request = f"GET /export?format=json HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n"
            sock.sendall(request.encode())
            stalled.append(sock)
        time.sleep(1.5)  # the readers' buffers fill; none of them reads again
        with httpx.Client(base_url=server.url, timeout=10) as client:
            for path in ("/health", "/events?limit=100", "/map", "/timeline", "/static/app.js"):
                t0 = time.perf_counter()
                r = client.get(path)
                assert r.status_code in (200, 404), path
                assert time.perf_counter() - t0 < 3, path
            # the stalled answer is not cached, and the same export does not wait behind it for long
            t0 = time.perf_counter()
            r = client.get("/export?format=json")
            assert r.status_code == 200 and len(r.json()) == 6000
            assert time.perf_counter() - t0 < 8
        for sock in stalled:
            sock.close()


def test_tacitus_code_isolates_a_document_that_crashes_the_coder(tmp_path, monkeypatch, capsys):
    from tacitus.pipeline import Coder

    real = Coder._code_chunk

    def crashing(self, documents):
        documents = list(documents)
        if any("CRASH" in d.text for d in documents):
            raise ValueError("[E088] Text of length 1000001 exceeds maximum")
        return real(self, documents)

    monkeypatch.setattr(Coder, "_code_chunk", crashing)
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"{GOOD} Report {i}." + (" CRASH" if i == 2 else ""))
    db = tmp_path / "x.duckdb"
    assert main(["code", str(tmp_path), "--db", str(db), "--fast", "--format", "none"]) == 1
    assert "E026" in capsys.readouterr().err
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT status, count(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall() == [
            ("error", 1), ("ok", 4)]


def test_busy_pool_gives_503_and_cached_views_still_answer(tmp_path):
    from contextlib import ExitStack

    from fastapi.testclient import TestClient

    from tacitus.api import create_app
    from tacitus.api.synthetic import build_store, hand_made

    path = tmp_path / "s.duckdb"
    build_store(path, hand_made())
    app = create_app(path, pool_size=2, acquire_timeout=0.3)
    c = TestClient(app)
    first = c.get("/events?limit=5")
    c.get("/map")
    exported = c.get("/export?format=jsonl&limit=3")
    assert first.status_code == 200 and exported.content.count(b"\n") == 3
    with ExitStack() as stack:  # every pooled connection busy (a long query, say)
        for _ in range(2):
            stack.enter_context(app.state.db.cursor())
        assert c.get("/events?limit=5").content == first.content  # from the answer cache
        assert c.get("/export?format=jsonl&limit=3").content == exported.content  # a small export too
        packed = c.get("/map", headers={"Accept-Encoding": "gzip"})  # kept compressed for who accepts it
        plain = c.get("/map", headers={"Accept-Encoding": "identity"})
        assert packed.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
        assert packed.json() == plain.json() and packed.headers["vary"] == "Accept-Encoding"
        assert int(packed.headers["content-length"]) < int(plain.headers["content-length"])
        t0 = time.perf_counter()
        busy = c.get("/events?limit=6")
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
        assert time.perf_counter() - t0 < 3
        assert c.get("/health").status_code == 200  # its own connection
    assert c.get("/events?limit=6").status_code == 200
    app.state.db.close()
