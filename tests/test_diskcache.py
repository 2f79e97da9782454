"""The disk cache for data built from installed packages (gazetteer, the actor stage's world cities)."""

from __future__ import annotations

from tacitus import diskcache


def test_a_value_is_built_once_and_then_read_from_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"lyon": "FRA"}

    assert diskcache.cached("k-1", build) == {"lyon": "FRA"}
    assert diskcache.cached("k-1", build) == {"lyon": "FRA"}
    assert len(builds) == 1 and (tmp_path / "k-1.pkl").exists()
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, no leftovers


def test_a_corrupt_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE", str(tmp_path))
    (tmp_path / "k-2.pkl").write_bytes(b"not a pickle")
    assert diskcache.cached("k-2", lambda: [1, 2]) == [1, 2]
    assert diskcache.load_pickle(tmp_path / "k-2.pkl") == [1, 2]


def test_world_cities_come_from_the_cache_after_the_first_process(tmp_path, monkeypatch):
    from tacitus.actors import places
    from tacitus.actors.lexicon import Lexicon

    monkeypatch.setenv("TACITUS_CACHE", str(tmp_path))
    index = places.PlaceIndex(Lexicon())
    assert index.lookup("Lyon") == "FRA"
    assert list(tmp_path.glob("actor-cities-*.pkl"))
    monkeypatch.setattr(places, "_world_cities", lambda: (_ for _ in ()).throw(AssertionError("rebuilt")))
    assert places.PlaceIndex(Lexicon()).lookup("Lyon") == "FRA"
