"""The API's access to the store: one DuckDB database, a small pool of read connections, no file access
from SQL.

By default the store is opened **read-only** with ``enable_external_access = false`` (no ``read_csv``,
``COPY``, ``ATTACH`` …: SQL can read nothing but the store) and a memory limit (``$TACITUS_SERVE_MEMORY``,
default 1 GB; DuckDB otherwise grows towards 80 % of RAM). With ``writable=True`` (``tacitus serve
--writable``) a :class:`tacitus.store.Store` is opened read-write so ``POST /code`` can add documents; the
read connections share its database and external access is switched off for the whole database.

Reliability (docs/RELIABILITY.md): every query runs on one of ``pool_size`` pooled connections, held only
while the query runs (streamed exports take one per page, so a client that stops reading holds none); a
request that waits over ``acquire_timeout`` seconds for a connection gets :class:`Busy` (503) and a query
that runs over ``query_timeout`` seconds is interrupted (:class:`QueryTimeout`, 503).
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from tacitus.store import Store, StoreError
from tacitus.store.schema import SCHEMA_VERSION
from tacitus.store.store import connect, connection_config

E_NO_STORE = "no tacitus store at {path} (code some articles first: tacitus code FILES --db {path})"
SERVE_MEMORY_LIMIT = "1GB"  # DuckDB memory of the read-only server ($TACITUS_SERVE_MEMORY overrides)
POOL_SIZE = int(os.environ.get("TACITUS_SERVE_POOL", "4"))  # read connections
QUERY_TIMEOUT = 10.0  # seconds one query may run
ACQUIRE_TIMEOUT = 5.0  # seconds a request may wait for a free connection


def read_only_config(memory_limit: str | None = None) -> dict[str, Any]:
    """Settings of the read-only server's database: no file access from SQL, a memory limit."""
    return {
        "enable_external_access": False,
        "memory_limit": memory_limit or os.environ.get("TACITUS_SERVE_MEMORY", SERVE_MEMORY_LIMIT),
    }


class Busy(RuntimeError):
    """Every read connection stayed busy for ``acquire_timeout`` seconds (the API answers 503)."""


class QueryTimeout(RuntimeError):
    """A query ran over ``query_timeout`` seconds and was interrupted (the API answers 503)."""


class _Pooled:
    __slots__ = ("con", "generation")

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.generation = -1  # the event view generation its ev_cache holds (-1: none)


class SqlError(ValueError):
    """A statement the read-only SQL endpoint refuses or that failed."""


class Database:
    def __init__(
        self,
        path: str | Path,
        *,
        writable: bool = False,
        pool_size: int = POOL_SIZE,
        query_timeout: float = QUERY_TIMEOUT,
        acquire_timeout: float = ACQUIRE_TIMEOUT,
        memory_limit: str | None = None,
    ) -> None:
        self.path = str(path)
        self.writable = writable
        self.store: Store | None = None
        self.write_lock = threading.Lock()
        self.query_timeout = query_timeout
        self.acquire_timeout = acquire_timeout
        if writable:
            self.store = Store(self.path)
            self._con = connect(self.path, config=connection_config(self.path))
            self._con.execute("SET enable_external_access = false")
        else:
            if self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(E_NO_STORE.format(path=self.path))
            self._con = connect(self.path, read_only=True, config=read_only_config(memory_limit))
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
        # the event view (events ⋈ documents, centroids, mention counts, stories) is materialised in a TEMP
        # table of each pooled connection, rebuilt when the store changes (a new generation)
        self._generation = 0
        self._pool: queue.LifoQueue[_Pooled] = queue.LifoQueue()
        for _ in range(max(1, pool_size)):
            self._pool.put(_Pooled(self._con.cursor()))
        self._health_con = self._con.cursor()
        self._health_lock = threading.Lock()
        self._health: tuple[float, tuple[int, int]] | None = None

    @property
    def generation(self) -> int:
        """Changes whenever this process wrote to the store (cached answers are keyed by it)."""
        return self._generation

    def invalidate_events(self) -> None:
        """Forget the materialised event view (after this process wrote to the store)."""
        self._generation += 1
        self._health = None

    @contextmanager
    def _acquire(self, *, events: bool) -> Iterator[duckdb.DuckDBPyConnection]:
        try:
            pooled = self._pool.get(timeout=self.acquire_timeout)
        except queue.Empty:
            raise Busy(f"every read connection stayed busy for {self.acquire_timeout:g} s") from None
        try:
            if events and pooled.generation != self._generation:
                generation = self._generation
                self._build_events(pooled.con)
                pooled.generation = generation
            timer = threading.Timer(self.query_timeout, pooled.con.interrupt)
            timer.daemon = True
            timer.start()
            try:
                yield pooled.con
            except duckdb.InterruptException:
                raise QueryTimeout(f"query time limit of {self.query_timeout:g} s exceeded") from None
            finally:
                timer.cancel()
        finally:
            self._pool.put(pooled)

    def _build_events(self, con: duckdb.DuckDBPyConnection) -> None:
        from tacitus.api.queries import centroid_params, event_relation_source

        view = event_relation_source(self)
        sql = f"CREATE OR REPLACE TEMP TABLE ev_cache AS {view} SELECT * FROM ev"
        con.execute(sql, list(centroid_params()))

    def event_cursor(self):
        """A pooled connection holding the ``ev_cache`` event view, for one query (or one page)."""
        return self._acquire(events=True)

    def cursor(self):
        """A pooled connection for one query (or one page)."""
        return self._acquire(events=False)

    def counts(self, max_age: float = 2.0) -> tuple[int, int]:
        """(documents, events), at most ``max_age`` seconds old, on a connection of its own: ``/health``
        answers at once even when every pooled connection is busy."""
        cached = self._health
        if cached is not None and time.monotonic() - cached[0] < max_age:
            return cached[1]
        if not self._health_lock.acquire(timeout=0 if cached else 5):
            return cached[1] if cached else (0, 0)
        try:
            found = self._health_con.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)"
            ).fetchone()
            self._health = (time.monotonic(), (int(found[0]), int(found[1])))
            return self._health[1]
        finally:
            self._health_lock.release()

    def close(self) -> None:
        self._con.close()
        if self.store is not None:
            self.store.close()

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
    _sql_slots = threading.BoundedSemaphore(4)  # concurrent /sql answers (each streams on its own cursor)

    @staticmethod
    def _checked_sql(sql: str, max_rows: int) -> str:
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as exc:
            raise SqlError(f"syntax error: {exc}") from None
        if len(statements) != 1:
            raise SqlError("exactly one statement, please")
        if statements[0].type != duckdb.StatementType.SELECT:
            raise SqlError(f"only SELECT statements are allowed, not {statements[0].type.name}")
        body = sql.strip().rstrip(";")
        return f"SELECT * FROM (\n{body}\n) AS q LIMIT {int(max_rows) + 1}"

    def run_sql(self, sql: str, *, max_rows: int, timeout: float) -> dict[str, Any]:
        """One SELECT (or WITH … SELECT) statement: at most ``max_rows`` rows, interrupted after ``timeout``
        seconds (the whole answer in memory: :meth:`sql_stream` streams it)."""
        import json

        chunks = self.sql_stream(sql, max_rows=max_rows, timeout=timeout,
                                 encode=lambda v: json.dumps(v, default=str).encode())
        return json.loads(b"".join(chunks))

    def sql_stream(self, sql: str, *, max_rows: int, timeout: float, encode) -> Iterator[bytes]:
        """The answer of one SELECT as JSON bytes, streamed in batches on a cursor of its own:
        ``{"columns": [...], "rows": [[...], ...], "truncated": bool, "elapsed_ms": x}`` (plus ``"error"``
        when the time limit cut the answer short). Errors before the first row raise :class:`SqlError`;
        at most four answers stream at once (:class:`Busy` after ``acquire_timeout``)."""
        wrapped = self._checked_sql(sql, max_rows)
        if not self._sql_slots.acquire(timeout=self.acquire_timeout):
            raise Busy(f"four SQL answers are streaming; none ended within {self.acquire_timeout:g} s")
        started = time.perf_counter()
        cur = self._con.cursor()
        timer = threading.Timer(timeout, cur.interrupt)
        timer.daemon = True
        timer.start()

        def cleanup() -> None:
            timer.cancel()
            cur.close()
            self._sql_slots.release()

        try:
            result = cur.execute(wrapped)
            columns = [d[0] for d in result.description]
            first = result.fetchmany(256)
        except duckdb.InterruptException:
            cleanup()
            raise SqlError(f"time limit of {timeout:g} s exceeded") from None
        except duckdb.Error as exc:
            cleanup()
            raise SqlError(str(exc).splitlines()[0]) from None
        except BaseException:
            cleanup()
            raise

        def generate() -> Iterator[bytes]:
            n, truncated, error, batch = 0, False, None, first
            try:
                yield b'{"columns":' + encode(columns) + b',"rows":['
                while batch:
                    out = []
                    for row in batch:
                        if n == max_rows:
                            truncated = True
                            break
                        out.append(encode(list(row)))
                        n += 1
                    if out:
                        yield (b"," if n > len(out) else b"") + b",".join(out)
                    if truncated:
                        break
                    try:
                        batch = result.fetchmany(256)
                    except duckdb.InterruptException:
                        error, truncated = f"time limit of {timeout:g} s exceeded", True
                        break
                    except duckdb.Error as exc:
                        error, truncated = str(exc).splitlines()[0], True
                        break
                elapsed = round((time.perf_counter() - started) * 1000, 1)
                tail: dict[str, Any] = {"truncated": truncated, "elapsed_ms": elapsed}
                if error:
                    tail["error"] = error
                yield b"]," + encode(tail)[1:]
            finally:
                cleanup()

        return generate()
