"""`tacitus ray` on a local Ray instance gives the same documents and events as the local runner."""

from __future__ import annotations

import pytest

from scale_helpers import local_tuples, parquet_tuples, small_corpus

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_ray_local_matches_local_runner(tmp_path, dyadic_coder):
    pytest.importorskip("ray.data", reason="Ray Data not installed (the 'ray' extra)")
    pytest.importorskip("pyarrow", reason="pyarrow not installed")
    from tacitus.cli.main import main

    folder = small_corpus(tmp_path)
    out = tmp_path / "out"
    assert main(["ray", str(folder), "--out", str(out), "--concurrency", "2", "--num-cpus", "2"]) == 0
    ids, events, rejected = parquet_tuples(out)
    local_ids, local_events = local_tuples(folder, dyadic_coder)
    assert ids == local_ids and len(ids) >= 9
    assert events == local_events and events
    assert [r["reason"][:4] for r in rejected] == ["E001"]
