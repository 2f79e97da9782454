"""Kill -9 in the middle of a run, run again: every document stored exactly once, none missing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]


def corpus(path: Path, n: int) -> list[str]:
    from tacitus.ingest import Rejected, read_inputs

    base = [d.text for d in read_inputs([str(ROOT / "examples")]) if not isinstance(d, Rejected)]
    base = [t for t in base if "the" in t][:4]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(
                json.dumps({"text": f"{base[i % len(base)][:1500]}\nReport {i}.", "date": "2016-09-29"})
                + "\n"
            )
    return [f"{path}:{i + 1}" for i in range(n)]


def run(db: Path, corpus_path: Path, status: Path) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "tacitus.cli.main",
        "run",
        str(corpus_path),
        "--db",
        str(db),
        "-q",
        "--batch-size",
        "2",
        "--commit-every",
        "3",
        "--status-file",
        str(status),
        "--stats",
    ]
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )


@pytest.mark.slow
def test_kill_9_then_resume_loses_nothing_and_codes_nothing_twice(tmp_path):
    n = 60
    corpus_path = tmp_path / "corpus.jsonl"
    keys = corpus(corpus_path, n)
    db, status = tmp_path / "kill.duckdb", tmp_path / "status.json"

    proc = run(db, corpus_path, status)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if status.exists() and json.loads(status.read_text())["committed"] >= 6:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed: make the corpus bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with duckdb.connect(str(db)) as con:
        done_at_kill = con.execute("SELECT count(*) FROM ledger").fetchone()[0]
        docs_at_kill = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 6 <= done_at_kill < n
    assert docs_at_kill == done_at_kill  # documents and ledger rows are committed together

    status.unlink()
    proc = run(db, corpus_path, status)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    stats = json.loads(out.strip().splitlines()[-1])
    assert stats["resumed"] == done_at_kill
    assert stats["coded"] == n - done_at_kill  # nothing coded twice

    with duckdb.connect(str(db)) as con:
        ledger = con.execute("SELECT source_key, doc_id FROM ledger").fetchall()
        ids = [r[0] for r in con.execute("SELECT id FROM documents").fetchall()]
        origins = sorted(r[0] for r in con.execute("SELECT origin FROM documents").fetchall())
    assert sorted(k for k, _ in ledger) == sorted(keys)  # every input done, none missing
    assert len(ids) == len(set(ids)) == n  # every document stored exactly once
    assert origins == sorted(keys)
