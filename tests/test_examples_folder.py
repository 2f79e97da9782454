"""The README quick start (`tacitus code examples/ …`) codes only the sample articles: no README, no
script; and the example analysis script runs on a store."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

from tacitus.api.synthetic import build_store, hand_made
from tacitus.ingest import IngestOptions, read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLES = {"aleppo_scraped.txt", "ceasefire_talks.jsonl", "election_protest.html", "non_english.txt",
            "sanctions.jsonl"}  # fmt: skip


def test_quick_start_reads_only_articles():
    origins = {Path(i.origin.split(":")[0]).name for i in read_inputs([str(EXAMPLES)], IngestOptions())}
    assert origins == ARTICLES
    assert not list(EXAMPLES.glob("README*"))  # the expected codings live in docs/EXAMPLES.md


def test_example_analysis_script_runs(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    db = tmp_path / "examples.duckdb"
    build_store(db, hand_made())
    monkeypatch.setattr(sys, "argv", ["analysis.py", str(db)])
    runpy.run_path(str(EXAMPLES / "analysis.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "events in" in out and "string" in out
