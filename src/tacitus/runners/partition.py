"""What the Spark and Ray drivers share: split inputs into work units, code a unit, flatten results.

The driver only lists files (no spaCy import); a *unit* is ``(path, shard, n_shards)`` and is coded on
an executor/actor by reading ``path`` with the same :func:`tacitus.ingest.read_inputs` as the local
runner and keeping the items whose index ``i`` satisfies ``i % n_shards == shard``. So the output of a
cluster run is the same as the local runner's on the same input. (Each shard reads its whole file:
give many files — CC-NEWS comes as ~1 GB WARC files — rather than sharding one huge file.)

Output rows are flat, like the store's tables: ``documents`` (the store's columns without ``seq``,
with ``sentences`` as JSON and ``source_key``, the ledger key) and ``events`` (the store's columns).
Rejected inputs are documents rows with ``status = 'rejected'`` and no text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tacitus.store.schema import DOCUMENT_COLUMNS, EVENT_COLUMNS

Unit = tuple[str, int, int]

DOC_COLUMNS = (
    ("source_key", "VARCHAR"),
    *((name, "VARCHAR" if name == "sentences" else kind) for name, kind in DOCUMENT_COLUMNS if name != "seq"),
)
EVENT_OUT_COLUMNS = tuple(EVENT_COLUMNS)


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files (directories walked recursively, sorted, hidden entries skipped) and URLs, in order."""
    from tacitus.ingest import feeds, fetch, warc
    from tacitus.ingest.reader import format_of

    out: list[str] = []
    for name in inputs:
        if "://" in name:
            out.append(name)
            continue
        path = Path(name).absolute()
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path).parts
                if not sub.is_file() or any(p.startswith(".") for p in rel):
                    continue
                if (
                    format_of(sub) is not None
                    or warc.is_warc(sub)
                    or feeds.is_feed_path(sub)
                    or fetch.is_url_list(sub)
                ):
                    out.append(str(sub))
        else:
            out.append(str(path))
    return out


def plan_units(files: list[str], target: int) -> list[Unit]:
    """At least ``target`` units when there are fewer files than that (files split into shards)."""
    if not files:
        return []
    shards = max(1, -(-target // len(files)))
    return [(f, k, shards) for f in files for k in range(shards)]


def code_unit(coder, unit: Unit, ingest=None, fetcher=None) -> Iterator[tuple[dict, list[dict]]]:
    """``(document row, event rows)`` for each input of the unit (rejections included)."""
    from tacitus.ingest import IngestOptions, Rejected, read_inputs

    path, shard, n_shards = unit
    ingest = ingest or IngestOptions()
    mine = (
        item for i, item in enumerate(read_inputs([path], ingest, fetcher=fetcher)) if i % n_shards == shard
    )
    rejected: list = []

    def documents():
        for item in mine:
            if isinstance(item, Rejected):
                rejected.append(item)
                continue
            yield item

    for coded in coder.code_documents(documents()):
        while rejected:
            yield rejected_row(rejected.pop(0)), []
        yield flatten(coded)
    while rejected:
        yield rejected_row(rejected.pop(0)), []


def flatten(coded) -> tuple[dict, list[dict]]:
    from tacitus.runners.local import source_key
    from tacitus.store import rows

    values = rows.document_row(coded, 0)
    doc = dict(zip((name for name, _ in DOCUMENT_COLUMNS), values, strict=True))
    doc.pop("seq")
    doc["sentences"] = json.dumps(doc["sentences"])
    doc = {"source_key": source_key(coded.document), **doc}
    events = [
        dict(zip((name for name, _ in EVENT_COLUMNS), rows.event_row(e, i, coded.document.id), strict=True))
        for i, e in enumerate(coded.events)
    ]
    return doc, events


def rejected_row(rejected) -> dict[str, Any]:
    doc: dict[str, Any] = {name: None for name, _ in DOC_COLUMNS}
    doc.update(
        source_key=rejected.origin,
        id=rejected.doc_id,
        origin=rejected.origin,
        status="rejected",
        reason=rejected.reason,
        n_events=0,
    )
    return doc


# -- column types for the engines ------------------------------------------------------------

_ARROW = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64", "DATE": "date32"}


def arrow_schema(columns):
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "date32": pa.date32(),
    }
    return pa.schema([(name, types[_ARROW[kind]]) for name, kind in columns])


def spark_schema(columns):
    from pyspark.sql import types as T

    kinds = {
        "VARCHAR": T.StringType(),
        "INTEGER": T.IntegerType(),
        "BIGINT": T.LongType(),
        "DOUBLE": T.DoubleType(),
        "DATE": T.DateType(),
    }
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in columns])


__all__ = [
    "DOC_COLUMNS",
    "EVENT_OUT_COLUMNS",
    "arrow_schema",
    "code_unit",
    "expand_inputs",
    "flatten",
    "plan_units",
    "rejected_row",
    "spark_schema",
]
