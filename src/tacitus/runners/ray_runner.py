"""Scale-out on Ray Data: ``tacitus ray INPUT… --out DIR`` (the ``ray`` extra).

The driver lists the input files and plans work units (:mod:`tacitus.runners.partition`) without
importing spaCy; ``map_batches`` runs them on an actor pool where each actor holds ONE
:class:`~tacitus.pipeline.Coder` (loaded once in ``__init__``). Results are written as Parquet:
``DIR/documents`` and ``DIR/events`` (flat columns like the store's tables), the same documents and
events as the local runner on the same input. On a cluster: ``ray start`` on the nodes (tacitus and
its model installed everywhere), then ``tacitus ray INPUT --out DIR --address auto`` (docs/SCALE.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from tacitus.runners.partition import DOC_COLUMNS, EVENT_OUT_COLUMNS, expand_inputs, plan_units


@dataclass(slots=True)
class RayResult:
    documents: int
    events: int
    actors: int
    out: str


class CoderActor:
    """One Coder per actor; a batch of units in, a table of coded documents out."""

    def __init__(self, coding, ingest) -> None:
        from tacitus.pipeline import Coder

        self.coder = Coder(coding)
        self.ingest = ingest

    def __call__(self, batch):
        import pyarrow as pa

        from tacitus.runners.partition import arrow_schema, code_unit

        docs: list[dict] = []
        for path, shard, n in zip(batch["path"], batch["shard"], batch["n_shards"], strict=True):
            for doc, events in code_unit(self.coder, (str(path), int(shard), int(n)), self.ingest):
                doc["events_json"] = json.dumps(events, default=str)
                docs.append(doc)
        schema = arrow_schema(DOC_COLUMNS).append(pa.field("events_json", pa.string()))
        return pa.Table.from_pylist(docs, schema=schema)


def _explode_events(row: dict) -> list[dict]:
    import datetime as dt

    out = []
    for event in json.loads(row["events_json"]):
        if event.get("date"):
            event["date"] = dt.date.fromisoformat(event["date"])
        out.append(event)
    return out


def run_ray(
    inputs: list[str],
    out: str,
    *,
    coding=None,
    ingest=None,
    actors: int = 2,
    address: str | None = None,
    num_cpus: int | None = None,
) -> RayResult:
    """Code ``inputs`` on Ray Data and write ``out/documents`` and ``out/events`` as Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    import ray

    from tacitus.pipeline import CodingOptions
    from tacitus.runners.partition import arrow_schema

    coding = coding or CodingOptions()
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            address=address,
            num_cpus=num_cpus,
            include_dashboard=False,
            log_to_driver=False,
            ignore_reinit_error=True,
        )
    try:
        units = plan_units(expand_inputs(inputs), actors)
        items = [{"path": p, "shard": k, "n_shards": n} for p, k, n in units]
        coded = (
            ray.data.from_items(items, override_num_blocks=max(len(items), 1))
            .map_batches(
                CoderActor,
                fn_constructor_args=(coding, ingest),
                batch_size=1,
                concurrency=actors,
                num_cpus=1,
                batch_format="pyarrow",
            )
            .materialize()
        )
        import os

        os.makedirs(f"{out}/documents", exist_ok=True)
        os.makedirs(f"{out}/events", exist_ok=True)
        n_docs = n_events = 0
        event_schema = arrow_schema(EVENT_OUT_COLUMNS)
        # documents and events written block by block (bounded memory on the driver)
        for i, block in enumerate(coded.iter_batches(batch_format="pyarrow", batch_size=4096)):
            docs = block.drop_columns(["events_json"])
            pq.write_table(docs, f"{out}/documents/part-{i:05d}.parquet")
            events = [e for row in block.select(["events_json"]).to_pylist() for e in _explode_events(row)]
            pq.write_table(
                pa.Table.from_pylist(events, schema=event_schema), f"{out}/events/part-{i:05d}.parquet"
            )
            n_docs += docs.num_rows
            n_events += len(events)
        return RayResult(documents=n_docs, events=n_events, actors=actors, out=out)
    finally:
        if started_here:
            ray.shutdown()


__all__ = ["CoderActor", "RayResult", "run_ray"]
