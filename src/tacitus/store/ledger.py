"""The run ledger: which inputs of a run are done, so an interrupted run resumes exactly.

One row per *source key* — where a document came from: a path, ``path:LINE`` for a JSONL record,
``path#OFFSET`` for a WARC record, a URL for a fetched page or feed entry — with the document's
content hash (its id) and a status:

``ok`` / ``skipped`` / ``error``  the coded document was stored (same status as ``documents.status``)
``duplicate``                     the text was already in the store under another key: not coded again
``rejected``                      ingest failed (E00x/E02x); nothing stored but the reason

A document is *done* when its ledger row is committed, and :meth:`Ledger.commit` writes the coded
documents and their ledger rows in one DuckDB transaction: after a crash (even ``kill -9``) every
key is either done with its document stored, or not done with nothing stored. Resuming skips the
done keys; the store's id-based idempotency (``documents.id`` = content hash) covers the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # no runtime import: tacitus.store.schema imports this module
    from tacitus.model import CodedDocument
    from tacitus.store.store import AddResult, Store

LEDGER_COLUMNS = (
    ("source_key", "VARCHAR"),  # path, path:LINE, path#OFFSET or URL
    ("doc_id", "VARCHAR"),  # content hash of the clean text (documents.id); NULL when rejected
    ("status", "VARCHAR"),  # ok | skipped | error | duplicate | rejected
    ("reason", "VARCHAR"),
    ("run_id", "VARCHAR"),  # free label of the run that wrote the row
    ("done_at", "TIMESTAMP"),
)
REJECTED = "rejected"
DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    source_key: str
    doc_id: str | None
    status: str
    reason: str | None = None


class Ledger:
    """The ``ledger`` table of a :class:`~tacitus.store.Store` (created with the other tables)."""

    def __init__(self, store: Store, run_id: str | None = None) -> None:
        self.store = store
        self.run_id = run_id
        self._con = store._con

    def done(self, keys: Iterable[str], *, retry_rejected: bool = False) -> set[str]:
        """The keys among ``keys`` already done (one query). With ``retry_rejected``, rejected keys
        (a fetch timeout, say) count as not done."""
        keys = list(keys)
        if not keys:
            return set()
        sql = (
            "SELECT l.source_key FROM ledger l"
            " JOIN (SELECT UNNEST(?::VARCHAR[]) AS k) q ON l.source_key = q.k"
        )
        if retry_rejected:
            sql += f" WHERE l.status <> '{REJECTED}'"
        return {row[0] for row in self._con.execute(sql, [keys]).fetchall()}

    def commit(
        self, coded: Sequence[tuple[str, CodedDocument]], others: Sequence[LedgerEntry] = ()
    ) -> AddResult:
        """Store ``coded`` documents (``(source_key, CodedDocument)`` pairs) and the ledger rows for
        them and for ``others`` (rejected inputs, duplicates) in ONE transaction."""
        from tacitus.store.store import AddResult

        entries = [LedgerEntry(key, c.document.id, c.status, c.reason) for key, c in coded]
        entries += list(others)
        self._con.begin()
        try:
            added, events = _add_documents(self.store, [c for _, c in coded])
            now = dt.datetime.now()
            ledger_rows = [(e.source_key, e.doc_id, e.status, e.reason, self.run_id, now) for e in entries]
            _insert_or_replace(self.store, ledger_rows)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return AddResult(added=added, skipped_existing=len(coded) - added, events=events)

    def counts(self) -> dict[str, int]:
        """Ledger rows per status."""
        found = self._con.execute("SELECT status, count(*) FROM ledger GROUP BY status").fetchall()
        return dict(found)

    def forget(self, run_id: str | None = None) -> int:
        """Delete the ledger rows of ``run_id`` (all rows when None), so the inputs are read again
        (their documents stay in the store and are replayed, not re-coded)."""
        where, params = ("", []) if run_id is None else (" WHERE run_id = ?", [run_id])
        (n,) = self._con.execute(f"SELECT count(*) FROM ledger{where}", params).fetchone()
        self._con.execute(f"DELETE FROM ledger{where}", params)
        return n


def _add_documents(store: Store, batch: Sequence[CodedDocument]) -> tuple[int, int]:
    """Documents added inside the caller's transaction (see ``Store.add_in_transaction``)."""
    return store.add_in_transaction(batch)


def _insert_or_replace(store: Store, ledger_rows: list[tuple]) -> None:
    from tacitus.store.schema import insert_sql

    if not ledger_rows:
        # several keys may repeat within a batch (the same file given twice): last one wins
        return
    last = {row[0]: row for row in ledger_rows}
    columns = [list(column) for column in zip(*last.values(), strict=True)]
    sql = insert_sql("ledger").replace("INSERT INTO", "INSERT OR REPLACE INTO", 1)
    store._con.execute(sql, columns)


__all__ = ["DUPLICATE", "LEDGER_COLUMNS", "REJECTED", "Ledger", "LedgerEntry"]
