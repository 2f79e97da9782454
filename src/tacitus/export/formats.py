"""The export formats by name, and :func:`export` (the CLI, the API and the Python API call it).

Writers take a Store, an output stream and an :class:`~tacitus.store.filters.EventFilter` (the one
filter every reader shares) and return the rows written. Formats: GDELT Events 2.0 / Mentions / GKG 2.1
(:mod:`tacitus.export.gdelt`, :mod:`tacitus.export.gkg`), PLOVER JSON lines and POLECAT-style TSV
(:mod:`tacitus.export.plover`), CSV and Parquet of our tables (:mod:`tacitus.export.tables`). The mapping
of every field and the remaining deviations: docs/EXPORTS.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tacitus.export.gdelt import write_gdelt_events, write_gdelt_mentions
from tacitus.export.gkg import write_gkg
from tacitus.export.plover import POLECAT_COLUMNS, write_plover, write_polecat
from tacitus.export.tables import OWN_TABLES, copy_table
from tacitus.store.filters import EventFilter

ExportFilters = EventFilter  # the name earlier versions used

WRITERS = {
    "gdelt-events": write_gdelt_events,
    "gdelt-mentions": write_gdelt_mentions,
    "gkg": write_gkg,
    "plover": write_plover,
    "polecat": write_polecat,
}
FORMATS = (*WRITERS, "csv", "parquet")

__all__ = ["FORMATS", "OWN_TABLES", "POLECAT_COLUMNS", "WRITERS", "ExportFilters", "export"]


def export(
    store, fmt: str, out: str | None = None, filters: EventFilter | None = None, table: str = "events"
) -> int:
    """Write ``fmt`` to ``out`` (a path; stdout when None for text formats). Returns rows written."""
    filters = filters or EventFilter()
    if fmt in ("csv", "parquet"):
        if out is None:
            if fmt == "parquet":
                raise ValueError("--out is required for parquet")
            out = "/dev/stdout"
        return copy_table(store, table, out, fmt, filters)
    writer = WRITERS[fmt]
    if out is None:
        return writer(store, sys.stdout, filters)
    with Path(out).open("w", encoding="utf-8", newline="\n") as fh:
        return writer(store, fh, filters)
