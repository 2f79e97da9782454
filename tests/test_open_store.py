"""One EventFilter for CLI export, REST API and the Python API (``tacitus.open_store``); the time-series
helper; read-only commands refuse a missing store; root filters accept ``2``, ``02`` and lists."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

import tacitus
from tacitus.api.synthetic import build_store, synthetic
from tacitus.cli.main import main
from tacitus.store import Store
from tacitus.store.filters import EventFilter, FilterError, roots, where_clause


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("open") / "syn.duckdb"
    build_store(path, synthetic(600))
    return path


def test_roots_accept_one_digit_two_digits_and_lists():
    assert roots("2") == roots("02") == ["02"]
    assert roots("19,14") == ["19", "14"] and roots(" 19 , 4") == ["19", "04"]
    for bad in ("99", "x", "0", "1.5"):
        with pytest.raises(FilterError, match="E030"):
            roots(bad)
    assert EventFilter.of(root=[19, 14], quad_class=4, since="2023-01-01").root == "19,14"


@pytest.mark.parametrize("bad", [{"quad_class": "5"}, {"modality": "maybe"}, {"dyad": "RUS"},
                                 {"min_confidence": 1.5}])
def test_malformed_filters_are_coded_errors(bad):
    with pytest.raises(FilterError, match="E030"):
        where_clause(EventFilter(**bad))


def _cli_csv(db, out, *flags):
    assert main(["export", "--db", str(db), "-f", "csv", "-q", "--out", str(out), *flags]) == 0
    return list(csv.DictReader(io.StringIO(out.read_text())))


FILTERS = [  # (CLI flags, Python/API keywords)
    (["--root", "19,13"], {"root": "19,13"}),
    (["--root", "4"], {"root": "04"}),
    (["--country", "SYR"], {"country": "SYR"}),
    (["--dyad", "RUS>SYR"], {"dyad": "RUS>SYR"}),
    (["--quad-class", "4", "--since", "2023-06-01"], {"quad_class": "4", "since": "2023-06-01"}),
    (["--plover-type", "COERCE,ACCUSE"], {"plover_type": "COERCE,ACCUSE"}),
    (["--modality", "asserted", "--until", "2023-03-31"], {"modality": "asserted", "until": "2023-03-31"}),
    (["--min-confidence", "0.8", "--root", "19"], {"min_confidence": "0.8", "root": "19"}),
]


@pytest.mark.parametrize(("flags", "keywords"), FILTERS)
def test_cli_api_and_python_select_the_same_events(db, tmp_path, flags, keywords):
    pytest.importorskip("pandas")
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tacitus.api.app import create_app

    cli = {r["event_id"] for r in _cli_csv(db, tmp_path / "e.csv", *flags)}
    with tacitus.open_store(db) as store:
        df = store.events(**keywords)
    python = set(df["event_id"])
    with TestClient(create_app(db)) as client:
        got = client.get("/events", params={**keywords, "limit": 1000}).json()
    api = {e["event_id"] for e in (got["events"] if isinstance(got, dict) else got)}
    assert cli and cli == python == api
    assert len(df) == len(python)  # one row per event


def test_events_keep_codes_as_strings(db):
    pd = pytest.importorskip("pandas")
    with tacitus.open_store(db) as store:
        df = store.events(root=4)
        table = store.events(root="04", output="arrow")
    assert set(df["root"]) == {"04"} and all(isinstance(c, str) for c in df["cameo"])
    assert pd.api.types.is_string_dtype(df["cameo"]) and table.num_rows == len(df)
    assert str(table.schema.field("cameo").type) == "string"


def test_timeseries_is_zero_filled(db):
    pytest.importorskip("pandas")
    with tacitus.open_store(db) as store:
        days = store.timeseries("day", since="2023-01-01", until="2023-01-31")
        weeks = store.timeseries("week", by="root", quad_class="4")
        months = store.events(quad_class=4)
    assert list(days["period"].dt.date) == [dt.date(2023, 1, 1) + dt.timedelta(days=i) for i in range(31)]
    assert (days["events"] == 0).any() and days["events"].sum() > 0
    per_root = weeks.groupby("group")["events"].agg(["size", "sum"])
    assert per_root["size"].nunique() == 1  # every root has every week, zeros included
    assert per_root["sum"].sum() == len(months)
    assert set(per_root.index) == {"17", "19"}


def test_read_only_commands_refuse_a_missing_store(tmp_path, capsys):
    missing = tmp_path / "typo.duckdb"
    for argv in (
        ["export", "-f", "gdelt-events", "--db", str(missing)],
        ["export", "-f", "csv", "--db", str(missing)],
        ["stories", "--db", str(missing)],
        ["explain", "0123456789", "--db", str(missing)],
    ):
        assert main(argv) == 1, argv
        assert "E031" in capsys.readouterr().err
        assert not missing.exists()
    with pytest.raises(Exception, match="E031"):
        tacitus.open_store(missing)


def test_bad_root_is_a_usage_error(db, capsys):
    assert main(["export", "--db", str(db), "-f", "gdelt-events", "--root", "21"]) == 2
    assert "E030" in capsys.readouterr().err


def test_stories_quiet_prints_nothing(db, tmp_path, capsys):
    path = tmp_path / "copy.duckdb"
    path.write_bytes(db.read_bytes())
    assert main(["stories", "--db", str(path), "-q"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert main(["stories", "--db", str(path), "--limit", "1"]) == 0
    assert capsys.readouterr().out.strip()


def test_store_events_uses_the_shared_filter(db):
    with Store(db, read_only=True) as store:
        assert len(store.events(root="4")) == len(store.events(root="04")) > 0
        assert len(store.events(root="19,17")) == len(store.events(root="19")) + len(store.events(root="17"))


def test_min_confidence_keeps_the_events_at_or_above_it(db):
    with tacitus.open_store(db) as store:
        every = store.events()
        kept = store.events(min_confidence=0.8)
    assert 0 < len(kept) < len(every)
    assert kept["confidence"].min() >= 0.8 and every["confidence"].min() < 0.8
