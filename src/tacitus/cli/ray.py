"""`tacitus ray`: code a corpus on Ray Data (an actor pool, one model per actor), Parquet out.
Needs the `ray` extra."""

from __future__ import annotations

import json
import sys

from tacitus.cli.common import EXIT_OK, EXIT_SOME_FAILED
from tacitus.cli.run import add_input_arguments, coding_options, ingest_options
from tacitus.errors import TacitusError


def register(sub) -> None:
    r = sub.add_parser("ray", help="code a corpus on Ray Data (actor pool, one model per actor), Parquet out")
    add_input_arguments(r)
    r.add_argument("--out", required=True, help="output folder: OUT/documents and OUT/events (Parquet)")
    r.add_argument("--concurrency", type=int, default=2, help="coder actors (one CPU and one model each)")
    r.add_argument("--address", default=None, help="Ray cluster address ('auto' for an existing cluster)")
    r.add_argument("--num-cpus", type=int, default=None, help="CPUs of a local Ray instance")
    r.set_defaults(func=cmd_ray)


def cmd_ray(args) -> int:
    try:
        import ray  # noqa: F401
    except ImportError:
        raise TacitusError("tacitus ray needs Ray Data: pip install 'tacitus[ray]'") from None
    from tacitus.runners.ray_runner import run_ray

    result = run_ray(
        args.inputs,
        args.out,
        coding=coding_options(args),
        ingest=ingest_options(args),
        actors=args.concurrency,
        address=args.address,
        num_cpus=args.num_cpus,
    )
    print(
        json.dumps(
            {
                "documents": result.documents,
                "events": result.events,
                "actors": result.actors,
                "out": result.out,
            }
        )
    )
    print(f"tacitus: {result.documents} documents, {result.events} events -> {result.out}", file=sys.stderr)
    return EXIT_OK if result.documents else EXIT_SOME_FAILED
