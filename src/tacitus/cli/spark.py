"""`tacitus spark`: code a corpus on Spark (local[2] by default), Parquet out. Needs the `spark` extra."""

from __future__ import annotations

import json
import sys

from tacitus.cli.common import EXIT_OK, EXIT_SOME_FAILED
from tacitus.cli.run import add_input_arguments, coding_options, ingest_options
from tacitus.errors import TacitusError


def register(sub) -> None:
    s = sub.add_parser(
        "spark", help="code a corpus on Spark (mapPartitions, one model per executor), Parquet out"
    )
    add_input_arguments(s)
    s.add_argument("--out", required=True, help="output folder: OUT/documents and OUT/events (Parquet)")
    s.add_argument(
        "--master", default="local[2]", help="Spark master (default local[2]; '' = from spark-submit)"
    )
    s.add_argument(
        "--partitions", type=int, default=None, help="work partitions (default: Spark's parallelism)"
    )
    s.set_defaults(func=cmd_spark)


def cmd_spark(args) -> int:
    try:
        from tacitus.runners.spark import run_spark
    except ImportError as exc:  # pragma: no cover
        raise TacitusError(f"tacitus spark needs PySpark: pip install 'tacitus[spark]' ({exc})") from None
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise TacitusError("tacitus spark needs PySpark and Java 17: pip install 'tacitus[spark]'") from None
    result = run_spark(
        args.inputs,
        args.out,
        coding=coding_options(args),
        ingest=ingest_options(args),
        master=args.master or None,
        partitions=args.partitions,
    )
    print(
        json.dumps(
            {
                "documents": result.documents,
                "events": result.events,
                "partitions": result.partitions,
                "out": result.out,
            }
        )
    )
    print(f"tacitus: {result.documents} documents, {result.events} events -> {result.out}", file=sys.stderr)
    return EXIT_OK if result.documents else EXIT_SOME_FAILED
