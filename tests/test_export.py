"""Exports reloaded with DuckDB under GDELT's published column names and types."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from tacitus.cli.main import main
from tacitus.export import ExportFilters, export
from tacitus.export.formats import POLECAT_COLUMNS
from tacitus.store import Store
from tacitus.store.gdelt import EVENTS_COLUMNS, GKG_COLUMNS, MENTIONS_COLUMNS, duckdb_columns
from tacitus.stories.run import assign_stories
from test_stories import coded_fixture


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as s:
        s.add(coded_fixture())
        assign_stories(s)
    return path


def read_gdelt(path, kind):
    con = duckdb.connect()
    rel = con.execute(
        f"SELECT * FROM read_csv('{path}', delim='\\t', header=false, quote='', escape='', "
        f"auto_detect=false, columns={duckdb_columns(kind)})"
    )
    names = [d[0] for d in rel.description]
    types = [str(t) for t in (d[1] for d in rel.description)]
    return names, types, rel.fetchall()


def test_column_lists_match_published_counts():
    assert (len(EVENTS_COLUMNS), len(MENTIONS_COLUMNS), len(GKG_COLUMNS)) == (61, 16, 27)
    assert EVENTS_COLUMNS[0][0] == "GLOBALEVENTID" and EVENTS_COLUMNS[-1][0] == "SOURCEURL"


def test_gdelt_events_export(db, tmp_path):
    out = tmp_path / "events.tsv"
    with Store(db) as s:
        n = export(s, "gdelt-events", str(out))
    assert n == 2  # six articles, two real events
    raw = out.read_text().splitlines()
    assert all(len(line.split("\t")) == 61 for line in raw)
    names, types, rows = read_gdelt(out, "events")
    assert names == [c for c, _ in EVENTS_COLUMNS]
    assert types[0] == "BIGINT" and types[names.index("GoldsteinScale")] == "DOUBLE"
    row = dict(zip(names, next(r for r in rows if r[names.index("EventRootCode")] == "19"), strict=True))
    assert row["NumSources"] == 4 and row["NumArticles"] == 4 and row["NumMentions"] == 4
    assert row["SQLDATE"] == 20160927 and row["MonthYear"] == 201609 and row["Year"] == 2016
    assert (
        row["Actor1Code"] == "RUSMIL"
        and row["Actor1CountryCode"] == "RUS"
        and row["Actor1Type1Code"] == "MIL"
    )
    assert row["Actor2Code"] == "SYRREB" and row["EventCode"] == "195" and row["EventBaseCode"] == "195"
    assert row["QuadClass"] == 4 and row["GoldsteinScale"] == -9.5 and row["AvgTone"] == -5.0
    assert row["ActionGeo_FullName"] == "Aleppo, Syria" and row["ActionGeo_CountryCode"] == "SY"
    assert row["ActionGeo_FeatureID"] == "170063"
    assert row["SOURCEURL"].startswith("https://")
    assert 0 < row["GLOBALEVENTID"] < 2**63


def test_gdelt_mentions_export_round_trip(db, tmp_path):
    out = tmp_path / "mentions.tsv"
    with Store(db) as s:
        assert export(s, "gdelt-mentions", str(out)) == 6
        events = {(e.doc_id, e.trigger.start): e for e in s.events()}
    names, types, rows = read_gdelt(out, "mentions")
    assert names == [c for c, _ in MENTIONS_COLUMNS]
    assert types[names.index("MentionDocTone")] == "DOUBLE"
    by_event = {}
    for r in rows:
        row = dict(zip(names, r, strict=True))
        by_event.setdefault(row["GLOBALEVENTID"], []).append(row)
        assert 0 <= row["Confidence"] <= 100 and row["ActionCharOffset"] >= 0
    assert sorted(len(v) for v in by_event.values()) == [2, 4]
    sources = {r["MentionSourceName"] for v in by_event.values() if len(v) == 4 for r in v}
    assert len(sources) == 4
    first = next(r for v in by_event.values() for r in v if r["MentionIdentifier"].endswith("aleppo-strike"))
    assert first["Actor1CharOffset"] >= 0 and first["Actor2CharOffset"] > first["Actor1CharOffset"]
    assert any(e.trigger.start == first["ActionCharOffset"] for e in events.values())


def test_gkg_export(db, tmp_path):
    out = tmp_path / "gkg.tsv"
    with Store(db) as s:
        assert export(s, "gkg", str(out)) == 6
    names, _, rows = read_gdelt(out, "gkg")
    assert names == [c for c, _ in GKG_COLUMNS]
    row = dict(zip(names, rows[0], strict=True))
    assert row["V2Tone"].startswith("-5.0,1.0,6.0") and "Aleppo" in row["V2Locations"]
    assert row["DATE"] == 20160928000000


def test_plover_and_polecat(db, tmp_path):
    with Store(db) as s:
        export(s, "plover", str(tmp_path / "p.jsonl"))
        export(s, "polecat", str(tmp_path / "p.tsv"), ExportFilters(root="19"))
    records = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert len(records) == 2
    for r in records:
        assert {"id", "date", "actor", "event"} <= set(r)  # the manual's required fields
        assert isinstance(r["event"], list) and r["actor"][0]["code"]
    air = next(r for r in records if r["event"] == ["ASSAULT"])
    assert air["tacitus"]["num_sources"] == 4 and air["event_loc"]["geonameid"] == 170063
    assert air["quad_code"] == 4
    con = duckdb.connect()
    rel = con.execute(f"SELECT * FROM read_csv('{tmp_path / 'p.tsv'}', delim='\\t', header=true)")
    assert [d[0] for d in rel.description] == list(POLECAT_COLUMNS)
    rows = rel.fetchall()
    assert len(rows) == 1 and rows[0][2] == "ASSAULT"


def test_csv_and_parquet_round_trip(db, tmp_path):
    with Store(db) as s:
        assert (
            export(s, "parquet", str(tmp_path / "e.parquet"), ExportFilters(since=dt.date(2016, 9, 27))) == 6
        )
        export(s, "csv", str(tmp_path / "c.csv"), table="event_clusters")
        stored = s._con.execute("SELECT doc_id, cameo, goldstein FROM events ORDER BY doc_id").fetchall()
    con = duckdb.connect()
    back = con.execute(
        f"SELECT doc_id, cameo, goldstein FROM '{tmp_path / 'e.parquet'}' ORDER BY doc_id"
    ).fetchall()
    assert back == stored
    clusters = con.execute(f"SELECT num_sources FROM read_csv('{tmp_path / 'c.csv'}') ORDER BY 1").fetchall()
    assert clusters == [(2,), (4,)]


def test_export_cli_filters(db, tmp_path, capsys):
    out = tmp_path / "e.tsv"
    assert (
        main(["export", "--db", str(db), "--format", "gdelt-events", "--out", str(out), "--root", "14"]) == 0
    )
    assert len(out.read_text().splitlines()) == 1
    assert main(["export", "--db", str(db), "-f", "gdelt-events", "--actor", "RUS", "-q"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
