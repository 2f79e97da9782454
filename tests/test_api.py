"""REST API over a small hand-made store (no NLP), plus one POST /code through the real coder."""

from __future__ import annotations

import json
import warnings

import duckdb
import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from tacitus.api import create_app  # noqa: E402
from tacitus.api.synthetic import build_store, hand_made  # noqa: E402
from tacitus.store import StoreError  # noqa: E402


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "store.duckdb"
    build_store(path, hand_made())
    return path


@pytest.fixture(scope="module")
def client(store_path):
    app = create_app(store_path, sql_timeout=1.0)
    with TestClient(app) as c:
        yield c
    app.state.db.close()


def test_health_and_openapi(client):
    assert client.get("/health").json() == {
        "status": "ok", "version": client.get("/health").json()["version"], "documents": 3, "events": 6,
        "writable": False,
    }  # fmt: skip
    paths = client.get("/openapi.json").json()["paths"]
    for route in (
        "/code",
        "/events",
        "/documents/{doc_id}",
        "/stories",
        "/actors/network",
        "/export",
        "/sql",
    ):
        assert route in paths


def test_events_pagination_and_total(client):
    first = client.get("/events", params={"limit": 4}).json()
    assert first["total"] == 6 and len(first["events"]) == 4
    rest = client.get("/events", params={"limit": 4, "offset": 4}).json()
    assert len(rest["events"]) == 2
    ids = [e["id"] for e in first["events"] + rest["events"]]
    assert len(set(ids)) == 6
    days = [e["day"] for e in first["events"]]
    assert days == sorted(days, reverse=True)  # newest first by default
    assert client.get("/events", params={"limit": 5000}).status_code == 422


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"root": "19"}, {("RUSMIL", "195")}),
        ({"root": "16,05"}, {("DEUGOV", "163"), ("FRAGOV", "051")}),
        ({"quad_class": "4"}, {("RUSMIL", "195"), ("GEOCOP", "173")}),
        ({"plover_type": "threaten"}, {("USAGOV", "1313")}),
        ({"actor": "GEO"}, {("GEOCOP", "173"), ("GEOOPP", "112")}),
        ({"source": "USA"}, {("USAGOV", "1313")}),
        ({"target": "RUSGOV"}, {("USAGOV", "1313"), ("DEUGOV", "163")}),
        ({"country": "UKR"}, {("FRAGOV", "051")}),
        ({"sector": "REB"}, {("RUSMIL", "195")}),
        ({"since": "2022-01-01", "until": "2022-12-31"}, {("DEUGOV", "163"), ("FRAGOV", "051")}),
        ({"cameo": "11"}, {("GEOOPP", "112")}),
        ({"modality": "threat"}, {("USAGOV", "1313")}),
        ({"place": "aleppo"}, {("RUSMIL", "195")}),
        ({"place": "RUS"}, {("USAGOV", "1313"), ("DEUGOV", "163")}),  # placed at the target's country
        ({"bbox": "35,34,39,38"}, {("RUSMIL", "195")}),
        ({"q": "sanctioned"}, {("DEUGOV", "163")}),
        ({"story": "1"}, set()),  # no stories tables: nothing matches, nothing breaks
    ],
)
def test_event_filters(client, params, expected):
    r = client.get("/events", params=params)
    assert r.status_code == 200, r.text
    found = {(e["source_code"], e["cameo"]) for e in r.json()["events"]}
    assert found == expected
    assert r.json()["total"] == len(expected)


def test_bad_filters_are_422(client):
    assert client.get("/events", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/events", params={"quad_class": "x"}).status_code == 422
    assert client.get("/events", params={"since": "yesterday"}).status_code == 422


def test_map_places_every_event(client):
    data = client.get("/map").json()
    assert data["total"] == 6 and data["unplaced"] == 0 and len(data["points"]) == 6
    geos = {(p["source_code"], p["geo"]) for p in data["points"]}
    assert ("RUSMIL", "location") in geos  # Aleppo, from the event's own location
    assert ("DEUGOV", "target_country") in geos  # no location: the target's country centroid
    aleppo = next(p for p in data["points"] if p["geo"] == "location")
    assert (aleppo["lat"], aleppo["lon"]) == (36.2, 37.16)
    russia = next(p for p in data["points"] if p["source_code"] == "DEUGOV")
    assert 50 < russia["lat"] < 70 and 40 < russia["lon"] < 140
    assert all(p["mentions"] == 1 for p in data["points"])


def test_timeline_and_network(client):
    t = client.get("/timeline", params={"by": "quad_class"}).json()
    assert t["days"] == sorted(t["days"])
    assert sum(sum(v) for v in t["series"].values()) == 6
    assert set(t["series"]) == {"1", "3", "4"}
    assert client.get("/timeline", params={"by": "nonsense"}).status_code == 422
    n = client.get("/actors/network").json()
    edges = {(e["source"], e["target"]): e["weight"] for e in n["edges"]}
    assert edges[("GEOCOP", "GEOOPP")] == 1 and edges[("GEOOPP", "GEOCOP")] == 1
    assert {"id": "RUSGOV", "weight": 2} in n["nodes"]
    by_country = client.get("/actors/network", params={"level": "country", "root": "05"}).json()
    assert by_country["edges"] == [{"source": "FRA", "target": "UKR", "weight": 1, "goldstein": 3.4}]


def test_document_with_spans(client):
    event = client.get("/events", params={"root": "19"}).json()["events"][0]
    r = client.get(f"/documents/{event['doc_id'][:8]}")  # a unique id prefix works
    assert r.status_code == 200
    doc = r.json()
    text = doc["document"]["text"]
    kinds = {s["kind"] for s in doc["spans"]}
    assert {"trigger", "source", "target", "actor", "place", "count", "date", "quote"} <= kinds
    trigger = next(s for s in doc["spans"] if s["kind"] == "trigger" and s["event"] == 0)
    assert text[trigger["start"] : trigger["end"]] == "bombed"
    first = doc["events"][0]
    assert first["cameo_name"] and first["quad_class_name"] == "material conflict"
    assert first["rule"] and first["modality"] == "asserted" and first["confidence"] == 0.8
    assert doc["counts"][0]["number"] == 40 and doc["quotes"][0]["kind"] == "direct"
    assert client.get("/documents/ffffffffffffffff").status_code == 404
    assert client.get("/documents/" + "a" * 100).status_code == 404


def test_stories_empty_without_tables(client):
    assert client.get("/stories").json() == []
    assert client.get("/facets").json()["stories"] == []


def _con_with_story_tables(path):
    """The store's own story tables when it has them (tacitus.store), else created as they are there."""
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE IF NOT EXISTS stories (story_id VARCHAR, title VARCHAR, n_documents INTEGER,"
        " first_date DATE)"
    )
    con.execute("CREATE TABLE IF NOT EXISTS story_docs (doc_id VARCHAR, story_id VARCHAR)")
    return con


def test_stories_when_tables_exist(tmp_path):
    path = tmp_path / "stories.duckdb"
    docs = hand_made()
    build_store(path, docs)
    con = _con_with_story_tables(path)
    con.execute("INSERT INTO stories (story_id, title, n_documents) VALUES ('s1', 'Aleppo offensive', 1)")
    con.execute("INSERT INTO story_docs (doc_id, story_id) VALUES (?, 's1')", [docs[0].document.id])
    con.close()
    app = create_app(path)
    with TestClient(app) as c:
        stories = c.get("/stories").json()
        assert stories[0]["id"] == "s1" and stories[0]["title"] == "Aleppo offensive"
        events = c.get("/events", params={"story": "s1"}).json()["events"]
        assert sorted((e["cameo"], e["story"]) for e in events) == [("1313", "s1"), ("195", "s1")]
        assert c.get("/facets").json()["stories"] == [{"id": "s1", "title": "Aleppo offensive"}]
    app.state.db.close()


def test_export_formats(client):
    r = client.get("/export", params={"format": "jsonl"})
    assert r.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == 6
    assert set(lines[0]) >= {
        "doc_id",
        "cameo",
        "source",
        "target",
        "trigger",
        "modality",
        "confidence",
        "rule",
    }
    r = client.get("/export", params={"format": "csv", "root": "19"})
    rows = r.text.strip().splitlines()
    assert rows[0].startswith("event_id,doc_id,event_index") and len(rows) == 2
    r = client.get("/export", params={"format": "json", "limit": 2})
    assert len(r.json()) == 2
    assert client.get("/export", params={"format": "xml"}).status_code == 422


def test_sql_read_only(client):
    ok = client.post(
        "/sql", json={"sql": "SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY root"}
    )
    assert ok.status_code == 200
    assert ok.json()["columns"] == ["root", "n"] and ["19", 1] in ok.json()["rows"]
    capped = client.post("/sql", json={"sql": "SELECT * FROM range(100000)", "max_rows": 10}).json()
    assert len(capped["rows"]) == 10 and capped["truncated"] is True
    for bad in (
        "DELETE FROM events",
        "DROP TABLE events",
        "SELECT 1; DROP TABLE events",
        "COPY events TO '/tmp/x.csv'",
        "ATTACH '/tmp/other.duckdb'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "INSTALL httpfs",
        "SET enable_external_access = true",
    ):
        r = client.post("/sql", json={"sql": bad})
        assert r.status_code == 400, bad
    assert client.get("/health").json()["events"] == 6


def test_sql_time_limit(client):
    r = client.post("/sql", json={"sql": "SELECT count(*) FROM range(1000000000) a, range(1000000) b"})
    assert r.status_code == 400 and "time limit" in r.json()["detail"]


def test_body_size_limit(store_path):
    app = create_app(store_path, max_body=1000)
    with TestClient(app) as c:
        r = c.post("/sql", json={"sql": "SELECT 1 -- " + "x" * 5000})
        assert r.status_code == 413
        r = c.post("/code", content=b"{" + b" " * 5000 + b"}", headers={"content-type": "application/json"})
        assert r.status_code == 413
    app.state.db.close()


def test_no_file_reads_outside_the_store(client):
    assert client.get("/static/../../../../etc/passwd").status_code == 404
    assert client.get("/static/%2e%2e/%2e%2e/api/app.py").status_code == 404
    assert client.get("/static/index.html").status_code == 200


def test_ui_is_served_with_a_strict_csp(client):
    r = client.get("/")
    assert r.status_code == 200 and "<title>tacitus" in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for asset in ("app.js", "map.js", "timeline.js", "network.js", "article.js", "dom.js", "style.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    world = client.get("/geo/world").json()["countries"]
    assert len(world) > 150 and any(c["iso3"] == "SYR" for c in world)


def test_static_js_never_uses_inner_html():
    from tacitus.api.app import STATIC

    for js in STATIC.glob("*.js"):
        source = js.read_text()
        for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert forbidden not in source, f"{js.name} uses {forbidden}"
    assert "http://" not in (STATIC / "index.html").read_text().replace("http://www.w3.org", "")


def test_missing_store_is_an_error(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path / "nope.duckdb")


def test_code_read_only_server_refuses_to_store(client):
    r = client.post("/code", json={"text": "x", "store": True})
    assert r.status_code == 409
    assert client.post("/code", json={}).status_code == 422
    assert client.post("/code", json={"text": "a", "html": "<p>b</p>"}).status_code == 422


def test_code_events_out_and_stored(tmp_path, coder):
    path = tmp_path / "w.duckdb"
    build_store(path, [])
    app = create_app(path, writable=True, coder=coder)
    text = "Russian warplanes bombed rebel positions near Aleppo on Tuesday."
    with TestClient(app) as c:
        r = c.post("/code", json={"text": text, "date": "2016-09-29", "store": True})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["status"] == "ok" and body["stored"] is True
        event = body["events"][0]
        assert event["root"] == "19" and event["source"]["code"].startswith("RUS")
        assert event["date"] == "2016-09-27"
        assert c.get("/health").json()["events"] == len(body["events"])
        html = f"<html><head><title>Aleppo</title></head><body><article><p>{text}</p></article></body></html>"
        doc = c.post(
            "/code", params={"format": "documents"}, json={"html": html, "date": "2016-09-29"}
        ).json()
        assert doc["events"] and doc["document"]["text"].startswith("Russian warplanes")
        assert doc["stored"] is False
        # the read-only SQL endpoint still refuses writes on a writable server
        assert c.post("/sql", json={"sql": "DELETE FROM events"}).status_code == 400
        assert c.post("/sql", json={"sql": "SELECT * FROM read_text('/etc/hostname')"}).status_code == 400
    app.state.db.close()
