"""Helpers for the Spark/Ray tests: a small mixed corpus and the local runner's reference output."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def small_corpus(tmp_path: Path) -> Path:
    """examples/ plus a 2-record WARC and a rejected (empty) file, in one folder."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import articles, warc_record

    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "examples", folder)
    (folder / "empty.html").write_text("<html><body></body></html>")
    (folder / "news.warc.gz").write_bytes(b"".join(warc_record(a) for a in articles(2)))
    return folder


def local_tuples(folder: Path, coder) -> tuple[set, set]:
    """(doc ids, {(doc_id, cameo, source, target)}) from the local runner on ``folder``."""
    import duckdb

    from tacitus.runners.local import LocalRunner
    from tacitus.store import Store

    with Store(":memory:") as store:
        LocalRunner(coder, store).run_paths([str(folder)])
        con: duckdb.DuckDBPyConnection = store._con
        ids = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        events = set(con.execute("SELECT doc_id, cameo, source_code, target_code FROM events").fetchall())
    return ids, events


def parquet_tuples(out: Path) -> tuple[set, set, list]:
    import pyarrow.parquet as pq

    docs = pq.read_table(out / "documents").to_pylist()
    events = pq.read_table(out / "events").to_pylist()
    ids = {d["id"] for d in docs if d["status"] != "rejected"}
    rejected = [d for d in docs if d["status"] == "rejected"]
    return ids, {(e["doc_id"], e["cameo"], e["source_code"], e["target_code"]) for e in events}, rejected
