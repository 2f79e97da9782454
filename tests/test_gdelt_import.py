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
            "SELECT GLOBALEVENTID, MentionSourceName, Confidence, MentionDocTone FROM gdelt_mentions"
            " WHERE GLOBALEVENTID = ? AND MentionIdentifier = ? AND SentenceID = ?",
            [int(rows[0][0]), rows[0][5], int(rows[0][6])],
        ).fetchone()
    assert first[0] == int(rows[0][0]) and first[1] == rows[0][4] and first[2] == int(rows[0][11])


def test_import_rejects_other_files(tmp_path):
    bad = tmp_path / "x.tsv"
    bad.write_text("a\tb\tc\n")
    with Store(tmp_path / "g.duckdb") as s, pytest.raises(TacitusError, match="E032"):
        load_gdelt_file(s, bad)


def gkg_line(record_id: str, url: str) -> str:
    values = [""] * 27
    values[0], values[1], values[2], values[3], values[4] = (
        record_id,
        "20170701234500",
        "1",
        "news.example",
        url,
    )
    values[5] = "KILL#12#soldiers#1#Syria#SY#SY#35#38#SY"
    return "\t".join(values)


def test_import_is_idempotent_and_takes_zip_and_gkg(tmp_path):
    import zipfile

    plain = tmp_path / "20170701234500.export.CSV"
    plain.write_text(
        "\n".join(events_line(1000 + i, "042", f"https://news.example/{i}") for i in range(3)) + "\n"
    )
    archive = tmp_path / "20170701234500.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("20170701234500.export.CSV", events_line(2000, "190", "https://news.example/9") + "\n")
    gkg = tmp_path / "20170701234500.gkg.csv"
    gkg.write_text(gkg_line("20170701234500-1", "https://news.example/0") + "\n")
    db = tmp_path / "g.duckdb"
    with Store(db) as s:
        assert load_gdelt_file(s, plain) == ("gdelt_events", 3)
        assert load_gdelt_file(s, plain) == ("gdelt_events", 0)  # again: nothing added
        assert load_gdelt_file(s, archive) == ("gdelt_events", 1)
        assert load_gdelt_file(s, archive) == ("gdelt_events", 0)
        assert load_gdelt_file(s, gkg) == ("gdelt_gkg", 1)
        assert load_gdelt_file(s, gkg) == ("gdelt_gkg", 0)
        (n,) = s._con.execute("SELECT count(*) FROM gdelt_events").fetchone()
        (counts,) = s._con.execute("SELECT Counts FROM gdelt_gkg").fetchone()
    assert n == 4 and counts.startswith("KILL#12#")


def test_import_missing_file_is_a_coded_error(tmp_path, capsys):
    db = tmp_path / "g.duckdb"
    assert main(["import-gdelt", "--db", str(db), str(tmp_path / "nope.export.CSV")]) == 1
    assert "E006" in capsys.readouterr().err and not db.exists()
    bad = tmp_path / "bad.CSV.zip"
    bad.write_bytes(b"not a zip")
    with Store(db) as s, pytest.raises(TacitusError, match="E033"):
        load_gdelt_file(s, bad)


def test_compare_gdelt_by_url(tmp_path, capsys):
    import datetime as dt

    from tacitus.model.records import Actor, CodedDocument, Document, Event, Trigger

    def actor(code):
        return Actor(text=code, code=code, country=code, sector=None, start=0, end=3)

    def event(doc, i, src, tgt, cameo):
        return Event(
            doc_id=doc.id, sentence_index=i, sentence="x", date=None, date_text=None, cameo=cameo,
            root=cameo[:2], quad_class=1, goldstein=1.0, plover_type="CONSULT", plover_mode=None,
            source=actor(src), target=actor(tgt),
            trigger=Trigger(text="met", start=i, end=i + 1), modality="asserted", reported_by=None,
            confidence=0.8, rule="test",
        )  # fmt: skip

    doc = Document(text="USA met Russia. USA met China.", url="https://www.news.example/0/",
                   published=dt.date(2017, 7, 1))  # fmt: skip
    other = Document(text="Not in GDELT.", url="https://other.example/x", published=dt.date(2017, 7, 1))
    db = tmp_path / "g.duckdb"
    with Store(db) as s:
        s.add([CodedDocument(document=doc, events=[event(doc, 0, "USA", "RUS", "042"),
                                                    event(doc, 1, "USA", "CHN", "042")]),
               CodedDocument(document=other)])  # fmt: skip
    path = tmp_path / "e.export.CSV"
    lines = [events_line(1, "042", "http://news.example/0"), events_line(2, "190", "https://news.example/5")]
    path.write_text("\n".join(lines) + "\n")
    assert main(["import-gdelt", "--db", str(db), str(path), "-q"]) == 0
    assert main(["compare-gdelt", "--db", str(db), "--by", "root", "--format", "jsonl"]) == 0
    out = capsys.readouterr()
    rows = [__import__("json").loads(x) for x in out.out.splitlines()]
    assert rows == [{"key": "04", "ours": 2, "gdelt": 1, "both": 1}]
    assert "articles ours=2 gdelt=2 both=1" in out.err
    assert main(["compare-gdelt", "--db", str(db), "--by", "dyad"]) == 0
    assert "USA>" in capsys.readouterr().out
