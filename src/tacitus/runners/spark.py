"""Scale-out on Spark: ``tacitus spark INPUT… --out DIR`` (PySpark; the ``spark`` extra).

The driver lists the input files and plans work units (:mod:`tacitus.runners.partition`); it never
imports spaCy. ``mapPartitions`` codes each partition on an executor with ONE
:class:`~tacitus.pipeline.Coder` per Python worker (loaded on first use and kept for the worker's
life), and the results are written as Parquet: ``DIR/documents`` and ``DIR/events`` (flat columns,
like the store's tables). Same documents and events as the local runner on the same input.

On a cluster, install tacitus (and its spaCy model) on every node, then either
``tacitus spark INPUT --out DIR --master spark://host:7077`` (client mode) or ``spark-submit … SPARK_PY INPUT
--out DIR`` where SPARK_PY is this file (run as a script it takes the master from spark-submit); see
docs/SCALE.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.runners.partition import DOC_COLUMNS, EVENT_OUT_COLUMNS, expand_inputs, plan_units, spark_schema

_CODER = None  # one Coder per executor Python worker (kept between tasks: spark.python.worker.reuse)


@dataclass(slots=True)
class SparkResult:
    documents: int
    events: int
    partitions: int
    out: str


def _coder(coding):
    global _CODER
    if _CODER is None or _CODER.options != coding:
        from tacitus.pipeline import Coder

        _CODER = Coder(coding)
    return _CODER


def _code_partition(units, coding, ingest):
    """Executor side: code every unit of the partition with this worker's Coder."""
    from tacitus.runners.partition import code_unit

    coder = _coder(coding)
    for unit in units:
        yield from code_unit(coder, unit, ingest)


def run_spark(
    inputs: list[str],
    out: str,
    *,
    coding=None,
    ingest=None,
    master: str | None = "local[2]",
    partitions: int | None = None,
    spark=None,
    app_name: str = "tacitus",
) -> SparkResult:
    """Code ``inputs`` on Spark and write ``out/documents`` and ``out/events`` as Parquet."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    from tacitus.pipeline import CodingOptions  # a dataclass only: no spaCy import

    coding = coding or CodingOptions()
    own = spark is None
    if own:
        builder = SparkSession.builder.appName(app_name)
        if master:
            builder = builder.master(master)
        spark = builder.config("spark.python.worker.reuse", "true").getOrCreate()
    try:
        sc = spark.sparkContext
        target = partitions or max(sc.defaultParallelism, 1)
        units = plan_units(expand_inputs(inputs), target)
        n = max(1, min(len(units), target)) if partitions is None else partitions
        coded = (
            sc.parallelize(units, numSlices=n)
            .mapPartitions(lambda it: _code_partition(it, coding, ingest))
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        doc_names = [name for name, _ in DOC_COLUMNS]
        event_names = [name for name, _ in EVENT_OUT_COLUMNS]
        docs = coded.map(lambda pair: tuple(pair[0].get(c) for c in doc_names))
        events = coded.flatMap(lambda pair: [tuple(e.get(c) for c in event_names) for e in pair[1]])
        docs_df = spark.createDataFrame(docs, spark_schema(DOC_COLUMNS))
        events_df = spark.createDataFrame(events, spark_schema(EVENT_OUT_COLUMNS))
        docs_df.write.mode("overwrite").parquet(f"{out}/documents")
        events_df.write.mode("overwrite").parquet(f"{out}/events")
        n_docs = coded.count()
        n_events = coded.map(lambda pair: len(pair[1])).sum()
        coded.unpersist()
        return SparkResult(documents=n_docs, events=int(n_events), partitions=n, out=out)
    finally:
        if own:
            spark.stop()


__all__ = ["SparkResult", "run_spark"]


if __name__ == "__main__":  # spark-submit … tacitus/runners/spark.py INPUT --out DIR
    import sys

    from tacitus.cli.main import main

    argv = sys.argv[1:]
    sys.exit(main(["spark", *argv] if "--master" in argv else ["spark", *argv, "--master", ""]))
