"""kill -9 fault injection for `tacitus run` (tests/test_kill_faults.py in the suite, bench/bench_kill.py for
the full figure; docs/RELIABILITY.md).

A corpus of distinct JSONL documents is run into a store; each cycle starts `tacitus run`, waits a random
moment (until a random number of documents is committed, then a random extra delay, so kills land between
and inside transactions) and kills it with SIGKILL; a last cycle runs to the end. Then the store must hold
every document exactly once, with exactly the events of an uninterrupted reference run, and no kill may
have thrown away more than ``--commit-every`` documents of coded work (documents printed by ``--format
documents`` as they are coded, minus those committed in the same cycle).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

SENTENCES = [
    "Russian forces shelled the town of Avdiivka on Monday, Ukrainian officials said.",
    "The UN Security Council condemned the attack and called for talks in Geneva.",
    "Iran accused Israel of sabotage at its nuclear site on Tuesday.",
    "Protesters clashed with police in Tbilisi after the vote, the interior ministry said.",
    "China and Russia signed an energy agreement in Beijing.",
]


def write_corpus(path: Path, n: int) -> list[str]:
    """``n`` distinct JSONL articles; their ledger keys."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)) + f" Report number {i}."
            fh.write(json.dumps({"text": text, "date": "2024-03-01"}) + "\n")
    return [f"{path}:{i + 1}" for i in range(n)]


def start(db: Path, corpus: Path, status: Path, out: Path, *, processes: int, commit_every: int,
          fast: bool = True) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "tacitus.cli.main", "run", str(corpus), "--db", str(db), "-q",
           "--commit-every", str(commit_every), "--processes", str(processes), "--batch-size", "8",
           "--status-file", str(status), "--format", "documents", "--stats"]
    if fast:
        cmd.append("--fast")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(cmd, stdout=out.open("w"), stderr=subprocess.DEVNULL, env=env)


def ledger_count(db: Path) -> int:
    if not db.exists():
        return 0
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM ledger").fetchone()[0]


def committed(status: Path) -> int:
    try:
        return json.loads(status.read_text())["committed"]
    except (OSError, ValueError, KeyError):
        return 0


@dataclass
class Figures:
    kills: int = 0
    finished_before_kill: int = 0
    lost_work: list[int] = field(default_factory=list)  # coded but uncommitted documents per kill
    cycles_seconds: list[float] = field(default_factory=list)
    lost: int = 0
    duplicated_documents: int = 0
    duplicated_events: int = 0
    missing_events: int = 0
    extra_events: int = 0


def events_of(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT d.origin, e.event_index, e.cameo, e.source_code, e.target_code FROM events e"
            " JOIN documents d ON d.id = e.doc_id"
        ).fetchall()


def reference(folder: Path, corpus: Path, *, processes: int, fast: bool = True) -> list[tuple]:
    db = folder / f"reference-{processes}.duckdb"
    proc = start(db, corpus, folder / "ref-status.json", folder / "ref.out", processes=processes,
                 commit_every=50, fast=fast)
    assert proc.wait(timeout=900) == 0
    return events_of(db)


def kill_and_resume(folder: Path, corpus: Path, keys: list[str], *, processes: int, kills: int,
                    commit_every: int, seed: int, fast: bool = True, expected: list[tuple] | None = None,
                    timeout: float = 900) -> Figures:
    """``kills`` kill -9 cycles, then a run to the end; the figures (see module doc)."""
    rng = random.Random(seed)
    db = folder / f"kill-{processes}-{seed}.duckdb"
    figures = Figures()
    deadline = time.monotonic() + timeout
    n = len(keys)
    cycle = 0
    while figures.kills < kills and time.monotonic() < deadline:
        cycle += 1
        status, out = folder / f"status-{cycle}.json", folder / f"out-{cycle}.jsonl"
        status.unlink(missing_ok=True)
        before = ledger_count(db)
        if before >= n:
            break  # nothing left to kill: the corpus is done
        target = rng.randint(1, max(1, min(n - before - 1, 6 * commit_every)))
        t0 = time.monotonic()
        proc = start(db, corpus, status, out, processes=processes, commit_every=commit_every, fast=fast)
        while proc.poll() is None and committed(status) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.25))  # between commits, or inside one
        if proc.poll() is not None:
            figures.finished_before_kill += 1
            break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        figures.cycles_seconds.append(time.monotonic() - t0)
        figures.kills += 1
        done = ledger_count(db) - before
        coded = sum(1 for line in out.read_text(errors="replace").splitlines() if line.endswith("}"))
        figures.lost_work.append(max(0, coded - done))
    final = start(db, corpus, folder / "status-final.json", folder / "out-final.jsonl", processes=processes,
                  commit_every=commit_every, fast=fast)
    assert final.wait(timeout=max(60, deadline - time.monotonic() + 300)) in (0, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        ledger = [r[0] for r in con.execute("SELECT source_key FROM ledger").fetchall()]
        origins = [r[0] for r in con.execute("SELECT origin FROM documents").fetchall()]
        pairs = con.execute("SELECT doc_id, event_index FROM events").fetchall()
    figures.lost = len(set(keys) - set(ledger)) + len(set(keys) - set(origins))
    figures.duplicated_documents = len(origins) - len(set(origins))
    figures.duplicated_events = len(pairs) - len(set(pairs))
    if expected is not None:
        got = sorted(events_of(db))
        want = sorted(expected)
        figures.missing_events = len(set(want) - set(got))
        figures.extra_events = len(got) - len(want) + figures.missing_events
    return figures
