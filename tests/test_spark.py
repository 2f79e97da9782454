"""`tacitus spark` in local mode gives the same documents and events as the local runner."""

from __future__ import annotations

import shutil

import pytest

from scale_helpers import local_tuples, parquet_tuples, small_corpus

pytestmark = [pytest.mark.spark, pytest.mark.slow]


def test_spark_local_matches_local_runner(tmp_path, dyadic_coder):
    pytest.importorskip("pyspark", reason="PySpark not installed (the 'spark' extra)")
    pytest.importorskip("pyarrow", reason="pyarrow not installed")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (PySpark needs Java 17: apt-get install openjdk-17-jre-headless)")
    from tacitus.cli.main import main

    folder = small_corpus(tmp_path)
    out = tmp_path / "out"
    assert main(["spark", str(folder), "--out", str(out), "--master", "local[2]", "--partitions", "3"]) == 0
    ids, events, rejected = parquet_tuples(out)
    local_ids, local_events = local_tuples(folder, dyadic_coder)
    assert ids == local_ids and len(ids) >= 9
    assert events == local_events and events
    assert [r["reason"][:4] for r in rejected] == ["E001"]
