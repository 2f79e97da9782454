"""Exports of the store: GDELT Events 2.0 / Mentions / GKG 2.1 (TSV, no header, as GDELT publishes),
PLOVER JSON lines, POLECAT-style TSV, and CSV/Parquet of our own tables (DuckDB COPY)."""

from tacitus.export.formats import FORMATS, ExportFilters, export

__all__ = ["FORMATS", "ExportFilters", "export"]
