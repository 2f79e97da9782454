"""Each export format to the letter of its codebook: columns, types and value conventions checked against
the reference files in ../shared/data (GDELT codebook columns, a real Mentions sample, the PLOVER manual;
skipped when absent) and against golden files of our own (tests/fixtures/exports, from export_golden.py;
``TACITUS_UPDATE_GOLDEN=1`` rewrites them)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import duckdb
import pytest

from export_golden import build_golden_store
from tacitus.export import export
from tacitus.export.gdelt import fraction_date
from tacitus.export.plover import CONTEXTS, MODE_SCORES, QUAD, SCORES
from tacitus.export.tables import schema_dtypes
from tacitus.store import Store
from tacitus.store.gdelt import EVENTS_COLUMNS, GKG_COLUMNS, MENTIONS_COLUMNS, duckdb_columns

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
GDELT = SHARED / "gdelt-schema"
PLOVER = SHARED / "plover"
GOLDEN = Path(__file__).parent / "fixtures" / "exports"
FORMATS = {"gdelt-events": "tsv", "gdelt-mentions": "tsv", "gkg": "tsv", "plover": "jsonl", "polecat": "tsv"}
GKG_COUNT_TYPES = {"AFFECT", "ARREST", "KIDNAP", "KILL", "PROTEST", "SEIZE", "WOUND"}  # the GKG codebook's


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("golden")
    build_golden_store(tmp / "g.duckdb")
    out = {}
    with Store(tmp / "g.duckdb", read_only=True) as store:
        for fmt, ext in FORMATS.items():
            path = tmp / f"{fmt}.{ext}"
            export(store, fmt, str(path))
            out[fmt] = path
        export(store, "csv", str(tmp / "events.csv"))
        out["csv"] = tmp / "events.csv"
    return out


def _masked(fmt: str, text: str) -> str:
    text = re.sub(r"tacitus \d+\.\d+\.\d+\w*", "tacitus X", text)
    return re.sub(r'"coded_date": "[0-9-]+"', '"coded_date": "X"', text)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_golden_files(exported, fmt):
    got = _masked(fmt, exported[fmt].read_text(encoding="utf-8"))
    golden = GOLDEN / f"golden.{fmt}.{FORMATS[fmt]}"
    if os.environ.get("TACITUS_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8"), f"{fmt} differs from {golden} (review, then regenerate)"


def _codebook(name: str) -> list[tuple[str, str]]:
    path = GDELT / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    with path.open(newline="", encoding="utf-8") as fh:
        return [(r["name"], r["type"]) for r in csv.DictReader(fh)]


TYPE_OF = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}


@pytest.mark.parametrize(
    ("name", "ours"),
    [("events2_columns.csv", EVENTS_COLUMNS), ("mentions_columns.csv", MENTIONS_COLUMNS),
     ("gkg21_columns.csv", GKG_COLUMNS)],
)  # fmt: skip
def test_columns_and_types_match_the_codebooks(name, ours):
    assert [(n, TYPE_OF[t]) for n, t in _codebook(name)] == list(ours)


def _gdelt_rows(path: Path, kind: str) -> list[dict]:
    rel = duckdb.connect().execute(
        f"SELECT * FROM read_csv('{path}', delim='\\t', header=false, quote='', escape='', auto_detect=false,"
        f" columns={duckdb_columns(kind)})"
    )
    names = [d[0] for d in rel.description]
    return [dict(zip(names, r, strict=True)) for r in rel.fetchall()]


FIPS = re.compile(r"^[A-Z]{2}$")


def check_geo(row: dict, prefix: str) -> None:
    kind = row[f"{prefix}_Type"]
    assert kind in (0, 1, 2, 3, 4, 5)
    if kind == 0:
        return
    assert FIPS.match(row[f"{prefix}_CountryCode"]), row[f"{prefix}_CountryCode"]
    assert row[f"{prefix}_ADM1Code"].startswith(row[f"{prefix}_CountryCode"])
    parts = row[f"{prefix}_FullName"].split(", ")
    assert len(parts) == {1: 1, 2: 2, 5: 2, 3: 3, 4: 3}[kind], row[f"{prefix}_FullName"]
    if kind in (3, 4):
        assert row[f"{prefix}_FeatureID"].lstrip("-").isdigit()
    else:
        assert row[f"{prefix}_FeatureID"] == row[f"{prefix}_ADM1Code"]


def test_gdelt_events_value_conventions(exported):
    rows = _gdelt_rows(exported["gdelt-events"], "events")
    assert len(rows) == 6 and len({r["GLOBALEVENTID"] for r in rows}) == 6
    for r in rows:
        day = __import__("datetime").datetime.strptime(str(r["SQLDATE"]), "%Y%m%d").date()
        assert (
            r["FractionDate"] == fraction_date(day) == round(day.year + (day.month * 30 + day.day) / 365, 4)
        )
        assert r["IsRootEvent"] in (0, 1)
        assert r["EventRootCode"] == r["EventCode"][:2] and len(r["EventRootCode"]) == 2
        assert r["SOURCEURL"].startswith("http") or "/" not in r["SOURCEURL"]  # never a local path
        for prefix in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            check_geo(r, prefix)
        for n in (1, 2):
            name = r[f"Actor{n}Name"]
            assert name is None or (name == name.upper() and not name.startswith("THE "))
    by_code = {r["Actor1Code"]: r for r in rows}
    eu = by_code["IGOEUREEC"]
    assert (eu["Actor1CountryCode"], eu["Actor1KnownGroupCode"], eu["Actor1Type1Code"]) == (
        "EUR",
        "EEC",
        "IGO",
    )
    un = by_code["IGOUNO"]
    assert (un["Actor1KnownGroupCode"], un["Actor1Type1Code"], un["EventCode"]) == ("UNO", "IGO", "0233")
    assert un["ActionGeo_Type"] == 3 and un["ActionGeo_FullName"] == "Austin, Texas, United States"
    assert un["ActionGeo_ADM1Code"] == "USTX"
    assert by_code["DEU"]["Actor1Geo_CountryCode"] == "GM" and by_code["DEU"]["Actor2Geo_CountryCode"] == "RS"
    assert by_code["RUSMIL"]["ActionGeo_Type"] == 1 and by_code["RUSMIL"]["ActionGeo_FeatureID"] == "SY"
    assert by_code["SYRHLH"]["SOURCEURL"] == "local wire"


def _check_mention(r: dict) -> None:
    assert r["MentionType"] in (1, 2, 3, 4, 5, 6)
    assert re.match(r"^[a-z0-9.-]+(\.[a-z]{2,})?$|^[a-z0-9 ]+$", r["MentionSourceName"]), r[
        "MentionSourceName"
    ]
    assert r["SentenceID"] >= 1 and 0 <= r["Confidence"] <= 100
    assert r["ActionCharOffset"] >= -1 and r["Actor1CharOffset"] >= -1 and r["Actor2CharOffset"] >= -1
    if r["MentionType"] == 1:
        assert r["MentionIdentifier"].startswith("http")
        host = re.sub(r"^https?://(www\.)?", "", r["MentionIdentifier"]).split("/")[0]
        assert host.endswith(r["MentionSourceName"])


def test_gdelt_mentions_value_conventions(exported):
    rows = _gdelt_rows(exported["gdelt-mentions"], "mentions")
    for r in rows:
        _check_mention(r)
    assert len({(r["GLOBALEVENTID"], r["MentionIdentifier"]) for r in rows}) == len(rows)  # no duplicates
    assert rows[0]["MentionSourceName"] == "example-news.com"


def test_the_mentions_check_accepts_real_gdelt_rows():
    sample = GDELT / "mentions_sample_2017-07-01.csv"
    if not sample.exists():
        pytest.skip(f"{sample} not available")
    rel = duckdb.connect().execute(
        f"SELECT * FROM read_csv('{sample}', header=true, columns={duckdb_columns('mentions')}) LIMIT 300"
    )
    names = [d[0] for d in rel.description]
    for row in rel.fetchall():
        _check_mention(dict(zip(names, row, strict=True)))


def test_gkg_value_conventions(exported):
    rows = _gdelt_rows(exported["gkg"], "gkg")
    assert len(rows) == 2
    for r in rows:
        assert re.match(r"^\d{14}-\d+$", r["GKGRECORDID"])
        for count in filter(None, (r["Counts"] or "").split(";")):
            assert count.split("#")[0] in GKG_COUNT_TYPES
        for loc in filter(None, (r["V2Locations"] or "").split(";")):
            fields = loc.split("#")
            assert len(fields) == 9 and fields[0] in "12345" and FIPS.match(fields[2])
        for date in filter(None, (r["Dates"] or "").split(";")):
            resolution, month, day, _year, _ = (int(x) for x in date.split("#"))
            assert resolution in (1, 2, 3, 4)
            assert (day == 0) == (resolution in (1, 2)) and (month == 0) == (resolution == 1)
    aleppo = rows[1]
    assert aleppo["Counts"].startswith("KILL#12#civilians#1#Syria#SY#SY#")
    assert aleppo["Persons"] == "John Kerry"  # "doctors" (a common noun tagged PERSON) left out
    assert aleppo["Dates"].count("#") == 4  # "last week" has no GKG resolution: left out
    assert rows[0]["Organizations"] == "European Union"


def _manual() -> str:
    path = PLOVER / "PLOVER_MANUAL.tex"
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path.read_text(encoding="utf-8")


def test_plover_tables_match_the_manual():
    tex = _manual()
    quads = dict(re.findall(r"\\section\{([A-Z]+)\}.*?Quad category: (\w+ \w+)", tex, flags=re.S))
    names = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
    assert {k: names[v] for k, v in quads.items()} == QUAD
    table = tex[tex.index("PLOVER conflict--cooperation scores}\n\\hspace") :]
    table = table[: table.index("\\end{tabular}")]
    cells = [
        c.replace("\\hline", "").strip()
        for c in re.sub(r"\\cellcolor\{gray!25\}", "", table).replace("\\\\", "&").split("&")
    ]
    pairs = [
        (cells[i], cells[i + 1])
        for i in range(0, len(cells) - 1)
        if re.match(r"^-?\d+(\.\d+)?$", cells[i + 1])
    ]
    found = {}
    for name, score in pairs:
        kind, _, mode = name.partition(": ")
        found[(kind, mode.lower())] = float(score)
    assert {k: v for k, v in found.items() if k[1]} == {k: float(v) for k, v in MODE_SCORES.items()}
    base = {k: v for (k, m), v in found.items() if not m}
    assert base == {
        **{k: float(v) for k, v in SCORES.items()},
        "ACCUSE": 3.0,
    }  # the manual's "3": see EXPORTS.md
    contexts = set(re.findall(r"^(?:\\hyperref\[[^\]]+\]\{)?([a-z\\_]+)\}?\s+& ", tex, flags=re.M))
    assert {c.replace("\\_", "_") for c in contexts} >= CONTEXTS


def test_plover_records_follow_the_manual(exported):
    records = [json.loads(x) for x in exported["plover"].read_text().splitlines()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 4
    for r in records:
        assert {"id", "date", "actor", "event"} <= set(r)
        (kind,) = r["event"]
        assert r["quad_code"] == QUAD[kind]
        assert all((kind, m) in MODE_SCORES for m in r["mode"])
        assert r["event_scale"] == (MODE_SCORES.get((kind, r["mode"][0])) if r["mode"] else SCORES[kind])
        assert set(r["context"]) <= CONTEXTS | {"negation", "future", "hypothetical"}
        for entity in r["actor"] + r["recipient"]:
            assert entity["code"] is None or re.match(r"^[A-Z]{3}$", entity["code"])
    expel, eu, protest, air = records
    assert [a["code"] for a in expel["actor"]] == ["DEU", "FRA"] and len(expel["tacitus"]["event_ids"]) == 2
    assert eu["actor"][0]["code"] == "EUR" and protest["actor"][0]["sector"] == "MED"
    assert protest["quad_code"] == 4 and protest["event_scale"] == -5.0  # PLOVER, not CAMEO 141's -6.5
    assert air["mode"] == ["aerial"] and air["tacitus"]["mode_raw"] == "heavy-weapons"


def test_polecat_columns_and_lists(exported):
    rows = list(csv.DictReader(io.StringIO(exported["polecat"].read_text()), delimiter="\t"))
    assert rows[0]["Actor Country"] == "DEU;FRA" and rows[0]["Quad Code"] == "4"
    assert rows[2]["Intensity"] == "-5.0" and rows[2]["Actor Sector"] == "MED"
    assert all(c.startswith("tacitus ") for c in list(rows[0])[-4:])  # our extras: clearly named, last


def test_csv_keeps_codes_as_strings_and_lists_as_json(exported, tmp_path):
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(exported["csv"], dtype=schema_dtypes(exported["csv"]))
    assert "0233" in set(df["cameo"]) and "02" in set(df["root"])
    assert df["event_id"].is_unique
    build_golden_store(tmp_path / "g.duckdb")
    with Store(tmp_path / "g.duckdb", read_only=True) as store:
        export(store, "csv", str(tmp_path / "docs.csv"), table="documents")
    docs = pd.read_csv(tmp_path / "docs.csv", dtype=schema_dtypes(tmp_path / "docs.csv"))
    assert json.loads(docs["sentences"][0])[0] == {"index": 0, "start": 0, "end": 56}


def test_export_formats_snapshot():
    from tacitus.export import FORMATS

    assert FORMATS == ("gdelt-events", "gdelt-mentions", "gkg", "plover", "polecat", "csv", "parquet")


def test_gkg_takes_the_event_filters(tmp_path):
    from tacitus.store.filters import EventFilter

    build_golden_store(tmp_path / "g.duckdb")
    with Store(tmp_path / "g.duckdb", read_only=True) as store:
        assert export(store, "gkg", str(tmp_path / "all.tsv")) == 2
        assert export(store, "gkg", str(tmp_path / "r.tsv"), EventFilter(root="19")) == 1  # Aleppo
        assert export(store, "gkg", str(tmp_path / "a.tsv"), EventFilter(actor="IGO")) == 1
        assert export(store, "gkg", str(tmp_path / "n.tsv"), EventFilter(root="20")) == 0
