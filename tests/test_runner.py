"""The local streaming runner and the store's ledger: resume, isolation, duplicates, rejections."""

from __future__ import annotations

import json

import pytest

from tacitus.ingest import Rejected
from tacitus.model import CodedDocument, Document
from tacitus.runners.local import LocalRunner, RunOptions
from tacitus.store import Store
from tacitus.store.ledger import Ledger, LedgerEntry


class FakeCoder:
    """Codes instantly; raises inside the batched stream on a text containing BOOM (like a spaCy crash),
    and always on BOOM-ALWAYS (also when coded alone)."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code_documents(self, documents):
        for doc in documents:
            if "BOOM" in doc.text and ("ALWAYS" in doc.text or not getattr(self, "_alone", False)):
                raise RuntimeError("parser crashed")
            self.coded.append(doc.id)
            doc.language = "en"
            yield CodedDocument(document=doc)


class AloneAwareCoder(FakeCoder):
    def code_documents(self, documents):
        documents = list(documents) if isinstance(documents, list) else documents
        self._alone = isinstance(documents, list) and len(documents) == 1
        yield from super().code_documents(documents)


def docs(n: int, prefix: str = "doc") -> list[Document]:
    return [Document(text=f"{prefix} number {i}.", origin=f"corpus.jsonl:{i + 1}") for i in range(n)]


def test_run_stores_every_document_with_ledger_rows():
    with Store(":memory:") as store:
        stats = LocalRunner(FakeCoder(), store, RunOptions(commit_every=3)).run(docs(10))
        assert (stats.coded, stats.ok, stats.commits) == (10, 10, 4)
        assert store.counts()["documents"] == 10
        assert Ledger(store).counts() == {"ok": 10}


def test_resume_skips_done_inputs_and_codes_the_rest():
    with Store(":memory:") as store:
        first = FakeCoder()
        LocalRunner(first, store).run(docs(4))
        again = FakeCoder()
        stats = LocalRunner(again, store).run(docs(7))
        assert stats.resumed == 4 and stats.coded == 3
        assert len(again.coded) == 3
        assert store.counts()["documents"] == 7


def test_same_text_under_another_key_is_a_duplicate_not_coded_again():
    with Store(":memory:") as store:
        LocalRunner(FakeCoder(), store).run(docs(3))
        moved = [Document(text=d.text, origin=f"other.jsonl:{i}") for i, d in enumerate(docs(3))]
        coder = FakeCoder()
        stats = LocalRunner(coder, store).run(moved)
        assert stats.duplicates == 3 and coder.coded == []
        assert Ledger(store).counts() == {"ok": 3, "duplicate": 3}


def test_rejected_inputs_are_ledgered_and_retried_on_request():
    with Store(":memory:") as store:
        items = [*docs(2), Rejected(origin="bad.html", reason="E001 empty document")]
        stats = LocalRunner(FakeCoder(), store).run(items)
        assert stats.rejected == 1
        stats = LocalRunner(FakeCoder(), store).run(items)
        assert stats.resumed == 3 and stats.rejected == 0
        stats = LocalRunner(FakeCoder(), store, RunOptions(retry_rejected=True)).run(items)
        assert stats.resumed == 2 and stats.rejected == 1


def test_a_crash_in_the_batch_is_isolated_to_its_document():
    items = docs(5)
    items[2] = Document(text="BOOM once in a batch", origin="corpus.jsonl:3")
    items.append(Document(text="BOOM-ALWAYS", origin="corpus.jsonl:6"))
    items += docs(3, prefix="late")
    with Store(":memory:") as store:
        stats = LocalRunner(AloneAwareCoder(), store, RunOptions(commit_every=2)).run(items)
        assert stats.coded == len(items)
        failed = [d for d in store.documents() if d.status == "error"]
        assert [d.document.text for d in failed] == ["BOOM-ALWAYS"]
        assert failed[0].reason.startswith("E026")
        assert store.counts()["documents"] == len(items)


def test_interrupt_keeps_what_was_coded():
    class Interrupting(FakeCoder):
        def code_documents(self, documents):
            for n, c in enumerate(super().code_documents(documents)):
                if n == 5:
                    raise KeyboardInterrupt
                yield c

    with Store(":memory:") as store:
        with pytest.raises(KeyboardInterrupt):
            LocalRunner(Interrupting(), store, RunOptions(commit_every=100)).run(docs(20))
        assert store.counts()["documents"] == 5
        stats = LocalRunner(FakeCoder(), store).run(docs(20))
        assert stats.resumed == 5 and stats.coded == 15


def test_ledger_commit_is_one_transaction(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ledger = Ledger(store)
        good = CodedDocument(document=Document(text="fine"))
        with pytest.raises(Exception):  # noqa: B017 - any failure inside must roll everything back
            ledger.commit([("a", good)], [LedgerEntry("b", None, "rejected", object())])
        assert store.counts()["documents"] == 0 and ledger.counts() == {}
        ledger.commit([("a", good)])
        assert ledger.done(["a", "zz"]) == {"a"}


def test_cli_run_codes_examples_and_resumes(tmp_path, capsys):
    from pathlib import Path

    from tacitus.cli.main import main

    examples = str(Path(__file__).resolve().parents[1] / "examples")
    db = str(tmp_path / "run.duckdb")
    assert main(["run", examples, "--db", db, "--stats", "-q", "--date", "2016-09-29"]) == 0
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert first["coded"] >= 7 and first["events"] > 0
    assert main(["run", examples, "--db", db, "--stats", "-q"]) == 0
    second = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert second["coded"] == 0 and second["resumed"] == first["read"]
