"""The pandas / Arrow path: ``tacitus.open_store(path).events(...)``.

    import tacitus
    with tacitus.open_store("news.duckdb") as store:
        df = store.events(country="SYR", root="18,19", since="2016-09-01")      # pandas DataFrame
        table = store.events(dyad="RUS>SYR", output="arrow")                   # pyarrow Table
        weekly = store.timeseries("week", by="root", quad_class=4)             # zero-filled counts

Filters are those of :class:`tacitus.store.filters.EventFilter` — the same as ``tacitus export`` and the
REST API: ``since``/``until``, ``country``, ``dyad`` ("SOURCE>TARGET" code prefixes), ``actor``,
``source``, ``target``, ``sector``, ``root`` (``2``, ``"02"``, ``"19,14"`` or ``[19, 14]``),
``cameo``, ``quad_class``, ``plover_type``, ``modality``, ``place``, ``story``, ``q``, ``doc_id``.
The store is opened read-only.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from tacitus.errors import E030, E031
from tacitus.store.filters import STORE_EVENTS, EventFilter, FilterError, filtered_events_sql, where_clause
from tacitus.store.store import DEFAULT_DB, Store, StoreError

EVENT_COLUMNS = (
    "event_id, doc_id, event_index, day, date, date_text, cameo, root, quad_class, goldstein, plover_type, "
    "plover_mode, modality, confidence, source_code, source_country, source_sector, source_text, "
    "target_code, target_country, target_sector, target_text, trigger_text, trigger_start, trigger_end, "
    "location_name, location_country, location_lat, location_lon, sentence_index, sentence, rule, "
    "title, url, outlet, published, story"
)
FREQUENCIES = {"day": "1 day", "week": "1 week", "month": "1 month"}
GROUPS = {
    None: "'all'",
    "root": "root",
    "plover_type": "coalesce(plover_type, '')",
    "quad_class": "CAST(quad_class AS VARCHAR)",
    "dyad": "coalesce(source_code, '') || '>' || coalesce(target_code, '')",
    "country": "coalesce(source_country, '')",
    "modality": "modality",
}


def require_store(path: str | os.PathLike[str]) -> str:
    """The path of an existing store; StoreError (E031) when there is none (read-only commands)."""
    path = str(path)
    if path != ":memory:" and not Path(path).exists():
        raise StoreError(E031.format(path=path))
    return path


class StoreReader:
    """Read-only access to a store for analysis (pandas, Arrow, plain rows)."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB) -> None:
        self.store = Store(require_store(path), read_only=True)
        self._con = self.store._con

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, sql: str, params: list[Any], output: str):
        result = self._con.execute(sql, params)
        if output == "pandas":
            return result.df()
        if output == "arrow":
            fetch = getattr(result, "to_arrow_table", None) or result.fetch_arrow_table  # duckdb 2 / 1
            with warnings.catch_warnings():  # duckdb 2 notes an extra copy: fine at analysis sizes
                warnings.simplefilter("ignore")
                return fetch()
        if output == "records":
            names = [d[0] for d in result.description]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]
        raise FilterError(E030.format(name="output", value=output, detail="pandas, arrow or records"))

    def events(self, *, output: str = "pandas", limit: int | None = None, **filters: Any):
        """Events matching ``filters`` (see the module docstring), in store order; one row per event,
        ``event_id`` (``doc_id:event_index``) unique. ``output``: pandas, arrow or records."""
        sql, params = filtered_events_sql(EventFilter.of(**filters), EVENT_COLUMNS)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._run(sql, params, output)

    def timeseries(self, freq: str = "day", *, by: str | None = None, output: str = "pandas", **filters: Any):
        """Events per ``freq`` (day, week, month) and per ``by`` (root, plover_type, quad_class, dyad,
        country, modality or None), zero-filled: every period from ``since`` (else the first event) to
        ``until`` (else the last) for every group that has an event. Columns: ``period``, ``group``,
        ``events``."""
        if freq not in FREQUENCIES:
            raise FilterError(E030.format(name="freq", value=freq, detail="day, week or month"))
        if by not in GROUPS:
            raise FilterError(E030.format(name="by", value=by, detail=", ".join(str(k) for k in GROUPS if k)))
        f = EventFilter.of(**filters)
        where, params = where_clause(f)
        unit = freq
        sql = f"""{STORE_EVENTS},
sel AS (SELECT date_trunc('{unit}', day)::DATE AS period, {GROUPS[by]} AS grp FROM ev{where}),
bounds AS (SELECT date_trunc('{unit}', coalesce(?::DATE, min(period)))::DATE AS lo,
                  date_trunc('{unit}', coalesce(?::DATE, max(period)))::DATE AS hi FROM sel),
periods AS (SELECT unnest(generate_series(lo, hi, INTERVAL '{FREQUENCIES[freq]}'))::DATE AS period
            FROM bounds WHERE lo IS NOT NULL),
groups AS ({"SELECT " + GROUPS[None] + " AS grp" if by is None else "SELECT DISTINCT grp FROM sel"}),
counts AS (SELECT period, grp, count(*) AS n FROM sel GROUP BY ALL)
SELECT p.period, g.grp AS "group", coalesce(c.n, 0) AS events
FROM periods p CROSS JOIN groups g LEFT JOIN counts c ON c.period = p.period AND c.grp = g.grp
ORDER BY g.grp, p.period"""
        return self._run(sql, [*params, f.since, f.until], output)

    def documents(self, *, output: str = "pandas"):
        """The stored documents without their text (id, url, source, published, title, status, n_events)."""
        sql = (
            "SELECT id AS doc_id, url, source, published, title, status, reason, n_events"
            " FROM documents ORDER BY seq"
        )
        return self._run(sql, [], output)


def open_store(path: str | os.PathLike[str] = DEFAULT_DB) -> StoreReader:
    """A read-only :class:`StoreReader` over the store at ``path`` (E031 when there is none)."""
    return StoreReader(path)
