"""The store: an embedded DuckDB database of coded documents.

Takes and returns only ``tacitus.model`` records; never imports NLP code.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from tacitus.errors import E006, E028, TacitusError
from tacitus.model.records import ERROR, OK, SKIPPED, CodedDocument, Document, Event
from tacitus.store import rows
from tacitus.store.schema import DDL, SCHEMA_VERSION, TABLES, insert_sql, select_list

DEFAULT_DB = "tacitus.duckdb"
MIN_PREFIX = 6  # shortest id prefix get() accepts

# TODO(errors.py owner): move these to tacitus/errors.py next to E009.
E010 = "E010 ambiguous document id prefix {ref!r}: matches {ids} (give more characters)"
E011 = "E011 not a tacitus store or incompatible schema in {path}: {detail}"


class StoreError(TacitusError):
    """The store cannot answer: ambiguous reference, missing or incompatible database."""


@dataclass(frozen=True, slots=True)
class AddResult:
    added: int  # documents written (any status)
    skipped_existing: int  # documents already in the store, or repeated within the batch
    events: int  # events written


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A row of ``Store.documents()``: the document without its NLP output, plus its status."""

    document: Document
    status: str  # ok | skipped | error
    reason: str | None
    n_events: int


DEFAULT_MEMORY_LIMIT = "512MB"  # DuckDB buffer pool of a file store ($TACITUS_DUCKDB_MEMORY overrides)


def connection_config(path: str, memory_limit: str | None = None) -> dict[str, str]:
    """DuckDB settings of a store connection (every connection to one file must use the same ones).

    DuckDB's buffer pool otherwise grows towards 80 % of RAM as the file grows, so a long run's memory
    would track the store's size; a file store gets a cap (blocks are evicted to the file).
    """
    if path == ":memory:":
        return {}
    return {"memory_limit": memory_limit or os.environ.get("TACITUS_DUCKDB_MEMORY", DEFAULT_MEMORY_LIMIT)}


def connect(path: str, **kwargs: Any) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, with a coded :class:`StoreError` (E028) when another process holds the file's
    lock (DuckDB has one writer, or any number of readers when nobody writes)."""
    try:
        return duckdb.connect(path, **kwargs)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" not in message.lower():
            raise
        holder = message.split("Conflicting lock is held in", 1)[-1].split(". See also")[0].strip()
        detail = f"held by {holder}" if holder != message else "file lock"
        raise StoreError(E028.format(path=path, detail=detail)) from None


class Store:
    """Coded documents in DuckDB. ``Store(":memory:")`` for a throwaway store.

    Usable as a context manager; ``close()`` otherwise.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB, read_only: bool = False,
                 memory_limit: str | None = None) -> None:
        self.path = str(path)
        self.read_only = read_only
        in_memory = self.path == ":memory:"
        if read_only and not in_memory and not Path(self.path).exists():
            raise StoreError(E006.format(path=self.path))
        config = connection_config(self.path, memory_limit)
        self._con = connect(self.path, read_only=read_only, config=config)
        try:
            if not read_only:
                self._create_schema()
            self._check_schema()
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only})"

    def _create_schema(self) -> None:
        self._con.begin()
        for statement in DDL:
            self._con.execute(statement)
        self._con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [str(SCHEMA_VERSION)]
        )
        self._con.commit()

    def _check_schema(self) -> None:
        try:
            found = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise StoreError(E011.format(path=self.path, detail="no meta table")) from None
        if found is None or found[0] != str(SCHEMA_VERSION):
            detail = f"schema version {found[0] if found else None}, expected {SCHEMA_VERSION}"
            raise StoreError(E011.format(path=self.path, detail=detail))

    # -- writing -------------------------------------------------------------------------

    def add(self, coded: Iterable[CodedDocument]) -> AddResult:
        """Add documents with their events, actor and date mentions, in one transaction.

        Idempotent: a document id already stored (or repeated in the batch) is skipped. The id is
        the content hash of the text unless the caller set one. Skipped and failed documents are
        stored too (status, reason), so reruns skip them as well.
        """
        batch = list(coded)
        self._con.begin()
        try:
            added, events = self.add_in_transaction(batch)
            self._con.commit()
        except BaseException:
            self._con.rollback()
            raise
        return AddResult(added=added, skipped_existing=len(batch) - added, events=events)

    def add_in_transaction(self, batch: Sequence[CodedDocument]) -> tuple[int, int]:
        """The work of :meth:`add` inside a transaction the caller holds (the run ledger commits its
        rows in the same one); returns ``(documents added, events added)``."""
        unique: dict[str, CodedDocument] = {}
        for c in batch:
            unique.setdefault(c.document.id, c)
        existing = self._known_ids(list(unique))
        new = [c for doc_id, c in unique.items() if doc_id not in existing]
        (seq,) = self._con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()
        document_rows = [rows.document_row(c, seq + i) for i, c in enumerate(new, start=1)]
        event_rows, actor_rows, date_rows = [], [], []
        for c in new:
            doc_id = c.document.id
            event_rows += [rows.event_row(e, i, doc_id) for i, e in enumerate(c.events)]
            actor_rows += [rows.actor_row(a, i, doc_id) for i, a in enumerate(c.actors)]
            date_rows += [rows.date_row(m, i, doc_id) for i, m in enumerate(c.dates)]
        self._insert("documents", document_rows)
        self._insert("events", event_rows)
        self._insert("actors", actor_rows)
        self._insert("dates", date_rows)
        return len(new), len(event_rows)

    def _insert(self, table: str, table_rows: Sequence[rows.Row]) -> None:
        if not table_rows:
            return
        columns = [list(column) for column in zip(*table_rows, strict=True)]
        assert len(columns) == len(TABLES[table][0]), table
        self._con.execute(insert_sql(table), columns)

    # -- reading -------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def known_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """The ids among ``doc_ids`` that are already stored (one query)."""
        return self._known_ids(list(doc_ids))

    def _known_ids(self, doc_ids: list[str]) -> set[str]:
        if not doc_ids:
            return set()
        found = self._con.execute(
            "SELECT d.id FROM documents d JOIN (SELECT UNNEST(?::VARCHAR[]) AS id) q ON d.id = q.id",
            [doc_ids],
        ).fetchall()
        return {row[0] for row in found}

    def resolve_id(self, doc_ref: str) -> str | None:
        """The full id for a full id or a unique prefix of at least MIN_PREFIX characters."""
        if self.has_document(doc_ref):
            return doc_ref
        if len(doc_ref) < MIN_PREFIX:
            return None
        found = self._con.execute(
            "SELECT id FROM documents WHERE starts_with(id, ?) ORDER BY id LIMIT 6", [doc_ref]
        ).fetchall()
        if len(found) > 1:
            ids = ", ".join(row[0] for row in found[:5]) + (", ..." if len(found) > 5 else "")
            raise StoreError(E010.format(ref=doc_ref, ids=ids))
        return found[0][0] if found else None

    def get(self, doc_ref: str) -> CodedDocument | None:
        """The stored CodedDocument for a full id or unique id prefix (>= 6 characters), or None.

        Raises StoreError (E010) when a prefix matches several documents.
        """
        doc_id = self.resolve_id(doc_ref)
        if doc_id is None:
            return None
        return read_coded(self._con, doc_id)

    def documents(self, limit: int | None = None, *, status: str | None = None) -> list[StoredDocument]:
        """Stored documents in insertion order, each with status, reason and event count."""
        sql = f"SELECT {select_list('documents')} FROM documents"
        params: list[Any] = []
        if status is not None:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [StoredDocument(*rows.document_from_row(r)) for r in self._con.execute(sql, params).fetchall()]

    def events(
        self,
        *,
        doc_id: str | None = None,
        root: str | None = None,
        actor: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events, in document insertion order then event order, filtered by:

        ``doc_id`` (full id), ``root`` (CAMEO root code(s): "14", "2", "19,14"), ``actor`` (prefix of the
        source or target code: "USA" matches "USAGOV"), ``since``/``until`` (inclusive, on the
        event date, or the document's publication date when the event has none). The SQL is the one
        :class:`tacitus.store.filters.EventFilter` every reader uses; ``tacitus.open_store`` has the rest.
        """
        from tacitus.store.filters import EventFilter, filtered_events_sql

        f = EventFilter(doc_id=doc_id, root=root, actor=actor, since=since, until=until)
        sql, params = filtered_events_sql(f, select_list("events"))
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [rows.event_from_row(r) for r in self._con.execute(sql, params).fetchall()]

    def counts(self) -> dict[str, int]:
        """Row counts: documents (any status), ok, skipped, errors, events, actors, dates."""
        (documents, ok, skipped, errors) = self._con.execute(
            "SELECT count(*), count(*) FILTER (status = ?), count(*) FILTER (status = ?),"
            " count(*) FILTER (status = ?) FROM documents",
            [OK, SKIPPED, ERROR],
        ).fetchone()
        out = {"documents": documents, "ok": ok, "skipped": skipped, "errors": errors}
        for table in ("events", "actors", "dates"):
            out[table] = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out


def read_coded(con: duckdb.DuckDBPyConnection, doc_id: str) -> CodedDocument | None:
    """The stored CodedDocument with this exact id, read through any connection to the store
    (``Store.get`` and the read-only API both use it)."""
    row = con.execute(f"SELECT {select_list('documents')} FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    document, status, reason, _ = rows.document_from_row(row)

    def fetch(table: str, order: str) -> list[Any]:
        sql = f"SELECT {select_list(table)} FROM {table} WHERE doc_id = ? ORDER BY {order}"
        return con.execute(sql, [doc_id]).fetchall()

    return CodedDocument(
        document=document,
        status=status,
        reason=reason,
        events=[rows.event_from_row(r) for r in fetch("events", "event_index")],
        actors=[rows.actor_from_row(r) for r in fetch("actors", "mention_index")],
        dates=[rows.date_from_row(r) for r in fetch("dates", "mention_index")],
        **rows.enrichment_from_row(row),
    )
