"""GDELT 2.0 tables: column names, order and types as GDELT publishes them, and loading GDELT files.

Column lists restate the GDELT Event 2.0 (61 columns), Mentions (16) and GKG 2.1 (27) codebooks.
GDELT's INTEGER is BIGINT here (GLOBALEVENTID and the YYYYMMDDHHMMSS timestamps need 64 bits), FLOAT
is DOUBLE, STRING is VARCHAR. GDELT files are tab-separated, without a header.

``load_gdelt_file(store, path)`` loads an Events, Mentions or GKG 2.1 file (``.CSV`` or ``.CSV.zip``) into
``gdelt_events`` / ``gdelt_mentions`` / ``gdelt_gkg`` (created on demand), detecting the kind by its
column count; loading the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tacitus.errors import E006, E032, E033, TacitusError

EVENTS_COLUMNS = (
    ("GLOBALEVENTID", "BIGINT"),
    ("SQLDATE", "BIGINT"),
    ("MonthYear", "BIGINT"),
    ("Year", "BIGINT"),
    ("FractionDate", "DOUBLE"),
    ("Actor1Code", "VARCHAR"),
    ("Actor1Name", "VARCHAR"),
    ("Actor1CountryCode", "VARCHAR"),
    ("Actor1KnownGroupCode", "VARCHAR"),
    ("Actor1EthnicCode", "VARCHAR"),
    ("Actor1Religion1Code", "VARCHAR"),
    ("Actor1Religion2Code", "VARCHAR"),
    ("Actor1Type1Code", "VARCHAR"),
    ("Actor1Type2Code", "VARCHAR"),
    ("Actor1Type3Code", "VARCHAR"),
    ("Actor2Code", "VARCHAR"),
    ("Actor2Name", "VARCHAR"),
    ("Actor2CountryCode", "VARCHAR"),
    ("Actor2KnownGroupCode", "VARCHAR"),
    ("Actor2EthnicCode", "VARCHAR"),
    ("Actor2Religion1Code", "VARCHAR"),
    ("Actor2Religion2Code", "VARCHAR"),
    ("Actor2Type1Code", "VARCHAR"),
    ("Actor2Type2Code", "VARCHAR"),
    ("Actor2Type3Code", "VARCHAR"),
    ("IsRootEvent", "BIGINT"),
    ("EventCode", "VARCHAR"),
    ("EventBaseCode", "VARCHAR"),
    ("EventRootCode", "VARCHAR"),
    ("QuadClass", "BIGINT"),
    ("GoldsteinScale", "DOUBLE"),
    ("NumMentions", "BIGINT"),
    ("NumSources", "BIGINT"),
    ("NumArticles", "BIGINT"),
    ("AvgTone", "DOUBLE"),
    ("Actor1Geo_Type", "BIGINT"),
    ("Actor1Geo_FullName", "VARCHAR"),
    ("Actor1Geo_CountryCode", "VARCHAR"),
    ("Actor1Geo_ADM1Code", "VARCHAR"),
    ("Actor1Geo_ADM2Code", "VARCHAR"),
    ("Actor1Geo_Lat", "DOUBLE"),
    ("Actor1Geo_Long", "DOUBLE"),
    ("Actor1Geo_FeatureID", "VARCHAR"),
    ("Actor2Geo_Type", "BIGINT"),
    ("Actor2Geo_FullName", "VARCHAR"),
    ("Actor2Geo_CountryCode", "VARCHAR"),
    ("Actor2Geo_ADM1Code", "VARCHAR"),
    ("Actor2Geo_ADM2Code", "VARCHAR"),
    ("Actor2Geo_Lat", "DOUBLE"),
    ("Actor2Geo_Long", "DOUBLE"),
    ("Actor2Geo_FeatureID", "VARCHAR"),
    ("ActionGeo_Type", "BIGINT"),
    ("ActionGeo_FullName", "VARCHAR"),
    ("ActionGeo_CountryCode", "VARCHAR"),
    ("ActionGeo_ADM1Code", "VARCHAR"),
    ("ActionGeo_ADM2Code", "VARCHAR"),
    ("ActionGeo_Lat", "DOUBLE"),
    ("ActionGeo_Long", "DOUBLE"),
    ("ActionGeo_FeatureID", "VARCHAR"),
    ("DATEADDED", "BIGINT"),
    ("SOURCEURL", "VARCHAR"),
)

MENTIONS_COLUMNS = (
    ("GLOBALEVENTID", "BIGINT"),
    ("EventTimeDate", "BIGINT"),
    ("MentionTimeDate", "BIGINT"),
    ("MentionType", "BIGINT"),
    ("MentionSourceName", "VARCHAR"),
    ("MentionIdentifier", "VARCHAR"),
    ("SentenceID", "BIGINT"),
    ("Actor1CharOffset", "BIGINT"),
    ("Actor2CharOffset", "BIGINT"),
    ("ActionCharOffset", "BIGINT"),
    ("InRawText", "BIGINT"),
    ("Confidence", "BIGINT"),
    ("MentionDocLen", "BIGINT"),
    ("MentionDocTone", "DOUBLE"),
    ("MentionDocTranslationInfo", "VARCHAR"),
    ("Extras", "VARCHAR"),
)

GKG_COLUMNS = (
    ("GKGRECORDID", "VARCHAR"),
    ("DATE", "BIGINT"),
    ("SourceCollectionIdentifier", "BIGINT"),
    ("SourceCommonName", "VARCHAR"),
    ("DocumentIdentifier", "VARCHAR"),
    ("Counts", "VARCHAR"),
    ("V2Counts", "VARCHAR"),
    ("Themes", "VARCHAR"),
    ("V2Themes", "VARCHAR"),
    ("Locations", "VARCHAR"),
    ("V2Locations", "VARCHAR"),
    ("Persons", "VARCHAR"),
    ("V2Persons", "VARCHAR"),
    ("Organizations", "VARCHAR"),
    ("V2Organizations", "VARCHAR"),
    ("V2Tone", "VARCHAR"),
    ("Dates", "VARCHAR"),
    ("GCAM", "VARCHAR"),
    ("SharingImage", "VARCHAR"),
    ("RelatedImages", "VARCHAR"),
    ("SocialImageEmbeds", "VARCHAR"),
    ("SocialVideoEmbeds", "VARCHAR"),
    ("Quotations", "VARCHAR"),
    ("AllNames", "VARCHAR"),
    ("Amounts", "VARCHAR"),
    ("TranslationInfo", "VARCHAR"),
    ("Extras", "VARCHAR"),
)

KINDS = {"events": EVENTS_COLUMNS, "mentions": MENTIONS_COLUMNS, "gkg": GKG_COLUMNS}
TABLE_OF = {"events": "gdelt_events", "mentions": "gdelt_mentions", "gkg": "gdelt_gkg"}
KEYS = {  # a row already in the table with the same key is not imported again
    "events": ("GLOBALEVENTID",),
    "mentions": ("GLOBALEVENTID", "MentionIdentifier", "SentenceID", "ActionCharOffset"),
    "gkg": ("GKGRECORDID",),
}

MAX_LINE = 64 * 1024 * 1024  # GKG rows can be long


def ddl(kind: str, table: str | None = None) -> str:
    columns = KINDS[kind]
    body = ",\n    ".join(f'"{name}" {kind_}' for name, kind_ in columns)
    return f"CREATE TABLE IF NOT EXISTS {table or TABLE_OF[kind]} (\n    {body}\n)"


def duckdb_columns(kind: str) -> str:
    """A ``columns={...}`` struct literal for DuckDB's ``read_csv``."""
    return "{" + ", ".join(f"'{name}': '{t}'" for name, t in KINDS[kind]) + "}"


def detect_kind(path: str | os.PathLike[str]) -> tuple[str, str, bool]:
    """``(kind, delimiter, has_header)`` of a GDELT file from its first line."""
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        first = fh.readline().rstrip("\r\n")
    delimiter = "\t" if "\t" in first else ","
    cells = first.split("\t") if delimiter == "\t" else (next(csv.reader([first])) if first else [])
    by_count = {len(cols): kind for kind, cols in KINDS.items()}
    kind = by_count.get(len(cells))
    if kind is None:
        raise TacitusError(E032.format(path=path, n=len(cells)))
    header = cells[0].strip().lower() in {KINDS[kind][0][0].lower(), "gkgrecordid"}
    return kind, delimiter, header


@contextmanager
def _plain_file(path: Path) -> Iterator[Path]:
    """The file itself, or the one member of a GDELT ``.zip`` extracted to a temporary folder."""
    if not path.exists():
        raise TacitusError(E006.format(path=path))
    if path.suffix.lower() != ".zip":
        yield path
        return
    try:
        with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory(prefix="tacitus-gdelt-") as tmp:
            members = [m for m in archive.namelist() if not m.endswith("/")]
            if len(members) != 1:
                raise TacitusError(E033.format(path=path, detail=f"{len(members)} files inside, expected 1"))
            target = Path(tmp) / Path(members[0]).name
            with archive.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            yield target
    except zipfile.BadZipFile as exc:
        raise TacitusError(E033.format(path=path, detail=exc)) from None


def load_gdelt_file(store, path: str | os.PathLike[str]) -> tuple[str, int]:
    """Load a GDELT Events, Mentions or GKG 2.1 file (``.CSV`` or GDELT's ``.CSV.zip``) into the store;
    returns ``(table, rows added)``. Idempotent: rows whose key (GLOBALEVENTID; the mention's event,
    article, sentence and offset; GKGRECORDID) is already there are skipped.

    Raw GDELT files (tab-separated, no header) and header-bearing CSV re-saves (like the published
    mentions sample) are both accepted. A missing file is E006, an unknown layout E032.
    """
    with _plain_file(Path(path)) as plain:
        kind, delimiter, header = detect_kind(plain)
        table = TABLE_OF[kind]
        con = store._con  # same package: the store's connection
        con.execute(ddl(kind))
        (before,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        source = str(plain).replace("'", "''")
        # raw GDELT files have no quoting at all; the CSV re-saves use standard double quotes
        options = "delim='\\t', quote='', escape=''" if delimiter == "\t" else "delim=','"
        key = KEYS[kind]
        partition = ", ".join(f'"{k}"' for k in key)
        match = " AND ".join(f'old."{k}" IS NOT DISTINCT FROM src."{k}"' for k in key)
        con.execute(
            f"INSERT INTO {table} SELECT * FROM ("
            f"SELECT * FROM read_csv('{source}', {options}, header={str(header).lower()}, "
            f"columns={duckdb_columns(kind)}, auto_detect=false, null_padding=true, max_line_size={MAX_LINE})"
            f" QUALIFY row_number() OVER (PARTITION BY {partition}) = 1) src"
            f" WHERE NOT EXISTS (SELECT 1 FROM {table} old WHERE {match})"
        )
        (after,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return table, after - before
