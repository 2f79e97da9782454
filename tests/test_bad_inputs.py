"""The bad-input corpus (tests/badinputs.py, generated at test time) through one run, `tacitus run` and
`tacitus code`: no crash, every good document stored, every bad input one coded error row."""

from __future__ import annotations

import duckdb
import pytest

from badinputs import check, make_corpus
from tacitus.cli.main import main


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad") / "corpus"
    return folder, make_corpus(folder)


def stored(db, ledger: bool = True) -> tuple[list[str], list[tuple[str, str]]]:
    """Origins of the inputs done as documents (stored, or duplicates of stored ones), and the rejections."""
    with duckdb.connect(str(db), read_only=True) as con:
        if ledger:
            sql = "SELECT source_key FROM ledger WHERE status <> 'rejected'"
            docs = [r[0] for r in con.execute(sql).fetchall()]
        else:
            docs = [r[0] for r in con.execute("SELECT origin FROM documents").fetchall()]
        rejected = con.execute("SELECT source_key, reason FROM ledger WHERE status = 'rejected'").fetchall()
        (missing,) = con.execute(
            "SELECT count(*) FROM ledger l LEFT JOIN documents d ON d.id = l.doc_id"
            " WHERE l.status <> 'rejected' AND d.id IS NULL").fetchone()
    assert missing == 0  # every input done as a document has its document stored
    return docs, rejected


def test_bad_input_corpus_through_the_runner(corpus, coder, tmp_path):
    from tacitus.runners.local import LocalRunner, RunOptions
    from tacitus.store import Store

    folder, expect = corpus
    db = tmp_path / "run.duckdb"
    with Store(db) as store:
        stats = LocalRunner(coder, store, RunOptions(commit_every=8)).run_paths([str(folder)])
    docs, rejected = stored(db)
    assert check(expect, folder, docs, rejected) == []
    assert stats.errors == 0
    assert stats.rejected == len(rejected)
    with Store(db) as store:  # a resume reads nothing again and crashes nowhere
        again = LocalRunner(coder, store).run_paths([str(folder)])
    assert again.coded == 0 and again.resumed == stats.read


def test_bad_input_corpus_through_tacitus_code_stores_rejections(corpus, tmp_path, capsys):
    folder, expect = corpus
    db = tmp_path / "code.duckdb"
    assert main(["code", str(folder), "--db", str(db), "--fast", "--format", "none", "-q"]) == 1
    docs, rejected = stored(db, ledger=False)  # `code` keeps ledger rows for rejections only
    assert check(expect, folder, None, rejected) == []
    with duckdb.connect(str(db), read_only=True) as con:
        texts = {r[0] for r in con.execute("SELECT text FROM documents").fetchall()}
    assert any("Avdiivka on day 1" in t for t in texts) and any("at dawn" in t for t in texts)
    assert len(docs) == 18  # the distinct good texts of the corpus (WARC records repeat across cut files)
