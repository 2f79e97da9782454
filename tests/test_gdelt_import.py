"""`tacitus import-gdelt`: GDELT Events 2.0 and Mentions files into gdelt_events / gdelt_mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.cli.main import main
from tacitus.errors import TacitusError
from tacitus.store import Store
from tacitus.store.gdelt import EVENTS_COLUMNS, load_gdelt_file

SAMPLE = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "gdelt-schema"
    / "mentions_sample_2017-07-01.csv"
)


def events_line(gid: int, code: str, url: str) -> str:
    values = [""] * len(EVENTS_COLUMNS)
    names = [n for n, _ in EVENTS_COLUMNS]
    fill = {
        "GLOBALEVENTID": gid, "SQLDATE": 20170701, "MonthYear": 201707, "Year": 2017,
        "FractionDate": 2017.4959,
        "Actor1Code": "USAGOV", "Actor1Name": "UNITED STATES", "Actor1CountryCode": "USA", "IsRootEvent": 1,
        "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": 1,
        "GoldsteinScale": 1.0, "NumMentions": 3, "NumSources": 2, "NumArticles": 3, "AvgTone": -1.25,
        "ActionGeo_Type": 1, "ActionGeo_FullName": "United States",
        "ActionGeo_Lat": 38.0, "ActionGeo_Long": -97.0,
        "DATEADDED": 20170701234500, "SOURCEURL": url,
    }  # fmt: skip
    for k, v in fill.items():
        values[names.index(k)] = str(v)
    return "\t".join(values)


def test_import_events_file(tmp_path):
    path = tmp_path / "20170701234500.export.CSV"
    lines = [
        events_line(669670700 + i, code, f"https://news.example/{i}")
        for i, code in enumerate(["042", "0311", "190"])
    ]
    path.write_text("\n".join(lines) + "\n")
    db = tmp_path / "g.duckdb"
    assert main(["import-gdelt", "--db", str(db), str(path), "-q"]) == 0
    with Store(db) as s:
        rows = s._con.execute(
            "SELECT GLOBALEVENTID, EventCode, EventRootCode, NumSources, AvgTone, Actor2Code"
            " FROM gdelt_events "
            "ORDER BY 1"
        ).fetchall()
        cols = [r[0] for r in s._con.execute("DESCRIBE gdelt_events").fetchall()]
    assert cols == [n for n, _ in EVENTS_COLUMNS]
    assert rows[0] == (669670700, "042", "04", 2, -1.25, None)
    assert [r[1] for r in rows] == ["042", "0311", "190"]  # codes stay strings: leading zeros kept


def test_import_mentions_sample(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("GDELT mentions sample not available")
    # the published sample is comma-separated with a header; raw GDELT is tab-separated without one
    import csv

    with SAMPLE.open(newline="") as fh:
        rows = list(csv.reader(fh))[1:21]
    raw = tmp_path / "20170701234500.mentions.CSV"
    raw.write_text("\n".join("\t".join(r) for r in rows) + "\n")
    with Store(tmp_path / "g.duckdb") as s:
        assert load_gdelt_file(s, raw) == ("gdelt_mentions", 20)
        assert load_gdelt_file(s, SAMPLE)[1] >= 1000  # the CSV re-save with header loads too
        first = s._con.execute(
            "SELECT GLOBALEVENTID, MentionSourceName, Confidence, MentionDocTone FROM gdelt_mentions LIMIT 1"
        ).fetchone()
    assert first[0] == int(rows[0][0]) and first[1] == rows[0][4] and first[2] == int(rows[0][11])


def test_import_rejects_other_files(tmp_path):
    bad = tmp_path / "x.tsv"
    bad.write_text("a\tb\tc\n")
    with Store(tmp_path / "g.duckdb") as s, pytest.raises(TacitusError, match="E012"):
        load_gdelt_file(s, bad)
