"""One event identity (``doc_id:event_index``) across store, stories, API and every export.

Coordinated actors ("Germany and France expelled …") give several events with one trigger: each keeps its
own id, and no export loses, repeats or merges one (PLOVER/POLECAT hold them in one record with actor
lists, and say which event ids it holds).
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
from collections import Counter

import duckdb
import pytest

from tacitus.api.synthetic import synthetic
from tacitus.export import export
from tacitus.store import Store
from tacitus.store.gdelt import duckdb_columns
from tacitus.stories.dedup import global_event_id
from tacitus.stories.run import assign_stories

TEXT = (
    "Germany and France expelled Russian diplomats on Monday.\n\n"
    "The United States and Britain condemned Iran and Syria over the attack."
)


def _ids_and_rows(store, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    n = export(store, fmt, str(out))
    if fmt in ("gdelt-events", "gdelt-mentions"):
        kind = "events" if fmt == "gdelt-events" else "mentions"
        rows = (
            duckdb.connect()
            .execute(
                f"SELECT * FROM read_csv('{out}', delim='\\t', header=false, quote='', escape='', "
                f"auto_detect=false, columns={duckdb_columns(kind)})"
            )
            .fetchall()
        )
        return n, [r[0] for r in rows]
    if fmt == "plover":
        records = [json.loads(line) for line in out.read_text().splitlines()]
        return n, [i for r in records for i in r["tacitus"]["event_ids"]], [r["id"] for r in records]
    if fmt == "polecat":
        rows = list(csv.DictReader(io.StringIO(out.read_text()), delimiter="\t"))
        return n, [i for r in rows for i in r["tacitus Event IDs"].split(";")], [r["Event ID"] for r in rows]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text())))
        return n, [r["event_id"] for r in rows]
    raise AssertionError(fmt)


def check_every_export(store, tmp_path):
    """Every export's rows correspond one to one to the store's events (or deduplicated events)."""
    events = store._con.execute("SELECT doc_id || ':' || event_index, plover_type FROM events").fetchall()
    all_ids = {i for i, _ in events}
    plover_ids = {i for i, t in events if t}
    clusters = store._con.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
    mentions = store._con.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    assert len(all_ids) == len(events)
    reps = store._con.execute(
        "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m"
        " WHERE m.doc_id = e.doc_id AND m.event_index = e.event_index)"
    ).fetchone()[0]
    real_events = clusters + reps

    n, gids = _ids_and_rows(store, tmp_path, "gdelt-events")
    assert n == len(gids) == real_events and len(set(gids)) == n
    n, mention_gids = _ids_and_rows(store, tmp_path, "gdelt-mentions")
    assert n == len(events) and set(mention_gids) == set(gids)
    assert mentions <= n
    n, ids = _ids_and_rows(store, tmp_path, "csv")
    assert n == len(events) and set(ids) == all_ids and len(ids) == len(set(ids))
    for fmt in ("plover", "polecat"):
        n, held, record_ids = _ids_and_rows(store, tmp_path, fmt)
        assert n == len(record_ids) == len(set(record_ids))
        assert len(held) == len(set(held)) and set(held) <= plover_ids
        if not clusters:
            assert set(held) == plover_ids
    return real_events


@pytest.fixture(scope="module")
def coordinated(coder):
    return coder.code_text(TEXT, published=dt.date(2022, 4, 5))


def test_coordinated_actors_keep_their_own_ids(coordinated, tmp_path):
    events = coordinated.events
    dyads = {(e.source.code[:3], e.target.code[:3]) for e in events if e.source and e.target}
    assert {("DEU", "RUS"), ("FRA", "RUS")} <= dyads
    assert len(events) >= 4
    with Store(tmp_path / "s.duckdb") as store:
        store.add([coordinated])
        check_every_export(store, tmp_path)
        export(store, "plover", str(tmp_path / "p.jsonl"))
        records = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
        expel = next(r for r in records if {a["code"] for a in r["actor"]} >= {"DEU", "FRA"})
        assert len(expel["tacitus"]["event_ids"]) == 2 and [a["code"] for a in expel["recipient"]] == ["RUS"]
        assign_stories(store)
        check_every_export(store, tmp_path)
        gids = Counter(
            r[0] for r in store._con.execute("SELECT global_event_id FROM event_clusters").fetchall()
        )
        assert max(gids.values()) == 1


def test_api_returns_the_same_ids(coordinated, tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tacitus.api.app import create_app

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add([coordinated])
        stored = {
            r[0] for r in store._con.execute("SELECT doc_id || ':' || event_index FROM events").fetchall()
        }
    with TestClient(create_app(path)) as client:
        got = client.get("/events", params={"limit": 100}).json()
    items = got["events"] if isinstance(got, dict) else got
    assert {e["event_id"] for e in items} == stored


def test_global_event_id_is_the_hash_of_the_event_id():
    assert global_event_id("abc:0") != global_event_id("abc:1")
    assert global_event_id("abc:0") == global_event_id("abc:0")


def _with_compounds(docs):
    """Every third document gets a second event on the first event's trigger (coordinated sources)."""
    for i, coded in enumerate(docs):
        if i % 3 == 0 and coded.events:
            twin = copy.deepcopy(coded.events[0])
            twin.source.code, twin.source.country = "GBRGOV", "GBR"
            coded.events.insert(1, twin)
    return docs


def test_thousand_document_store(tmp_path):
    docs = _with_compounds(synthetic(5000, per_doc=5))
    assert len(docs) == 1000
    with Store(tmp_path / "big.duckdb") as store:
        store.add(docs)
        n = store._con.execute("SELECT count(*) FROM events").fetchone()[0]
        assert n > 5000
        assert check_every_export(store, tmp_path) == n
