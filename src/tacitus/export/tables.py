"""CSV and Parquet of our own tables (DuckDB ``COPY``).

CSV: a header row; codes (CAMEO ``cameo``/``root``, actor codes, ids) are quoted strings, and a Table
Schema (``<file>.schema.json``, frictionlessdata.io) beside the file gives every column's type, so
``pandas.read_csv(f, dtype=schema_dtypes(f))`` keeps ``0874`` as ``"0874"``; list and struct columns
are written as JSON. The events table starts with ``event_id`` (``doc_id:event_index``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tacitus.store.filters import STORE_EVENTS, EventFilter, event_id_sql, where_clause
from tacitus.store.schema import TABLES, select_list

OWN_TABLES = (
    "events",
    "documents",
    "actors",
    "dates",
    "stories",
    "story_docs",
    "event_clusters",
    "event_mentions",
)

_TABLE_SCHEMA_TYPES = {
    "VARCHAR": "string", "INTEGER": "integer", "BIGINT": "integer", "DOUBLE": "number", "DATE": "date",
    "TIMESTAMP": "datetime", "BOOLEAN": "boolean",
}  # fmt: skip


def _columns(table: str) -> list[tuple[str, str]]:
    columns = list(TABLES[table][0])
    if table == "events":
        columns.insert(0, ("event_id", "VARCHAR"))
    if table == "documents":
        columns.append(("added_at", "TIMESTAMP"))
    return columns


def _csv_select(table: str, fmt: str) -> str:
    parts = []
    for name, kind in _columns(table):
        if name == "event_id":
            parts.append(f"{event_id_sql()} AS event_id")
        elif fmt == "csv" and (kind.endswith("[]") or kind.startswith("STRUCT")):
            parts.append(f"to_json({name}) AS {name}")
        else:
            parts.append(name)
    return ", ".join(parts)


def table_schema(table: str) -> dict[str, Any]:
    """A Frictionless Table Schema of the CSV of ``table`` (JSON columns typed ``array``/``object``)."""
    fields = []
    for name, kind in _columns(table):
        if kind.endswith("[]"):
            t = "array"
        elif kind.startswith("STRUCT"):
            t = "object"
        else:
            t = _TABLE_SCHEMA_TYPES.get(kind, "string")
        fields.append({"name": name, "type": t})
    return {"fields": fields}


def schema_dtypes(csv_path: str | Path) -> dict[str, str]:
    """pandas ``dtype=`` for a CSV we wrote: every string column as ``str`` (read from its schema)."""
    schema = json.loads(Path(f"{csv_path}.schema.json").read_text(encoding="utf-8"))
    return {f["name"]: "str" for f in schema["fields"] if f["type"] == "string"}


def copy_table(store, table: str, path: str, fmt: str, f: EventFilter | None) -> int:
    """DuckDB ``COPY (SELECT …) TO path`` as CSV (header) or Parquet; events filtered by ``f``."""
    if table not in OWN_TABLES:
        raise ValueError(f"unknown table {table!r}")
    params: list[Any] = []
    if table == "events":
        where, params = where_clause(f or EventFilter())
        sql = f"{STORE_EVENTS} SELECT {_csv_select(table, fmt)} FROM ev{where} ORDER BY seq, event_index"
    else:
        order = " ORDER BY seq" if table == "documents" else ""
        sql = f"SELECT {_csv_select(table, fmt)} FROM {table}{order}"
    strings = [name for name, kind in _columns(table) if kind == "VARCHAR"]
    if fmt == "parquet":
        options = "FORMAT PARQUET"
    else:
        quoted = ", ".join(strings)
        options = "FORMAT CSV, HEADER" + (f", FORCE_QUOTE ({quoted})" if quoted else "")
    target = path.replace("'", "''")
    con = store._con
    (n,) = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    con.execute(f"COPY ({sql}) TO '{target}' ({options})", params)
    if fmt == "csv" and not path.startswith("/dev/"):
        Path(f"{path}.schema.json").write_text(json.dumps(table_schema(table), indent=1), encoding="utf-8")
    return n


__all__ = ["OWN_TABLES", "copy_table", "schema_dtypes", "select_list", "table_schema"]
