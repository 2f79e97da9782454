"""The API's access to the store: one DuckDB database, a cursor per request, no file access from SQL.

By default the store is opened **read-only** with ``enable_external_access = false`` (no ``read_csv``,
``COPY``, ``ATTACH`` …: SQL can read nothing but the store). With ``writable=True`` (``tacitus serve
--writable``) a :class:`tacitus.store.Store` is opened read-write so ``POST /code`` can add documents; the
read connection shares its database and external access is switched off for the whole database.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from tacitus.store import Store, StoreError
from tacitus.store.schema import SCHEMA_VERSION
from tacitus.store.store import connection_config

E_NO_STORE = "no tacitus store at {path} (code some articles first: tacitus code FILES --db {path})"


class SqlError(ValueError):
    """A statement the read-only SQL endpoint refuses or that failed."""


class Database:
    def __init__(self, path: str | Path, *, writable: bool = False) -> None:
        self.path = str(path)
        self.writable = writable
        self.store: Store | None = None
        self.write_lock = threading.Lock()
        if writable:
            self.store = Store(self.path)
            self._con = duckdb.connect(self.path, config=connection_config(self.path))
            self._con.execute("SET enable_external_access = false")
        else:
            if self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(E_NO_STORE.format(path=self.path))
            self._con = duckdb.connect(self.path, read_only=True, config={"enable_external_access": False})
            found = (
                self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                if self._has("meta")
                else None
            )
            if found is None or found[0] != str(SCHEMA_VERSION):
                self._con.close()
                raise StoreError(f"not a tacitus store (schema {SCHEMA_VERSION}): {self.path}")
        self._tables_checked_at = 0.0
        self._tables: set[str] = set()
        # the event view (events ⋈ documents, centroids, mention counts, stories) is materialised once per
        # store version in a TEMP table of one dedicated connection; event queries are serialised on it
        self._ev_lock = threading.Lock()
        self._ev_con: duckdb.DuckDBPyConnection | None = None

    def invalidate_events(self) -> None:
        """Forget the materialised event view (after this process wrote to the store)."""
        with self._ev_lock:
            self._ev_con = None

    @contextmanager
    def event_cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection that holds ``ev_cache``; built on first use, one query at a time."""
        from tacitus.api.queries import centroid_params, event_relation_source

        with self._ev_lock:
            if self._ev_con is None:
                con = self._con.cursor()
                view = event_relation_source(self)
                con.execute(
                    f"CREATE OR REPLACE TEMP TABLE ev_cache AS {view} SELECT * FROM ev",
                    list(centroid_params()),
                )
                self._ev_con = con
            yield self._ev_con

    def close(self) -> None:
        self._con.close()
        if self.store is not None:
            self.store.close()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def _has(self, table: str) -> bool:
        return bool(
            self._con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
            ).fetchone()[0]
        )

    def tables(self) -> set[str]:
        """Table names of the store (re-read at most every 5 s: another process may add stories)."""
        now = time.monotonic()
        if now - self._tables_checked_at > 5:
            with self.cursor() as cur:
                self._tables = {
                    r[0] for r in cur.execute("SELECT table_name FROM information_schema.tables").fetchall()
                }
            self._tables_checked_at = now
        return self._tables

    def columns(self, table: str) -> list[str]:
        with self.cursor() as cur:
            rows = cur.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                " ORDER BY ordinal_position",
                [table],
            ).fetchall()
        return [r[0] for r in rows]

    # -- the read-only SQL endpoint ---------------------------------------------------------------
    def run_sql(self, sql: str, *, max_rows: int, timeout: float) -> dict[str, Any]:
        """One SELECT (or WITH … SELECT) statement: at most ``max_rows`` rows, interrupted after ``timeout``
        seconds."""
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as exc:
            raise SqlError(f"syntax error: {exc}") from None
        if len(statements) != 1:
            raise SqlError("exactly one statement, please")
        if statements[0].type != duckdb.StatementType.SELECT:
            raise SqlError(f"only SELECT statements are allowed, not {statements[0].type.name}")
        body = sql.strip().rstrip(";")
        wrapped = f"SELECT * FROM (\n{body}\n) AS q LIMIT {int(max_rows) + 1}"
        started = time.perf_counter()
        with self.cursor() as cur:
            timer = threading.Timer(timeout, cur.interrupt)
            timer.start()
            try:
                result = cur.execute(wrapped)
                columns = [d[0] for d in result.description]
                rows = result.fetchall()
            except duckdb.InterruptException:
                raise SqlError(f"time limit of {timeout:g} s exceeded") from None
            except duckdb.Error as exc:
                raise SqlError(str(exc).splitlines()[0]) from None
            finally:
                timer.cancel()
        truncated = len(rows) > max_rows
        return {
            "columns": columns,
            "rows": [list(r) for r in rows[:max_rows]],
            "truncated": truncated,
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 1),
        }
