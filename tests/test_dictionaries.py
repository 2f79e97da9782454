"""PETRARCH dictionary readers and the converter, on a toy dictionary written for these tests."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import yaml

from tacitus.dictionaries import import_dictionaries
from tacitus.dictionaries.convert import convert_verbs, display_name
from tacitus.dictionaries.petrarch import (
    parse_code,
    parse_date,
    read_actors,
    read_agents,
    read_discards,
    read_issues,
    read_verbs,
)

TOY = Path(__file__).parent / "fixtures" / "dictionaries" / "toy"


def test_dates_and_codes():
    assert parse_date("950601") == dt.date(1995, 6, 1)
    assert parse_date("120812") == dt.date(2012, 8, 12)
    assert parse_date("19950601") == dt.date(1995, 6, 1)
    r = parse_code("EGYMIL 770101-120812")
    assert (r.code, r.start, r.end) == ("EGYMIL", dt.date(1977, 1, 1), dt.date(2012, 8, 12))
    assert parse_code("HOB < 950601").end == dt.date(1995, 6, 1)
    assert parse_code("HOBREB > 990816").start == dt.date(1999, 8, 16)
    assert parse_code("ELR/GAL").code == "ELR"


def test_read_actors():
    actors = {e.names[0]: e for e in read_actors(TOY / "Toy.actors.txt")}
    assert actors["RIVENDALE"].names == ["RIVENDALE", "RIVENDALIAN"]
    assert actors["RIVENDALE"].exact == [True, False]
    assert [r.code for r in actors["KING ALDO"].roles] == ["RIVGOV", "RIVELI", "RIV"]
    assert actors["KING ALDO"].names == ["KING ALDO", "ALDO"]
    assert actors["BLUE LEAGUE"].roles[0].code == "IGOBLU"


def test_read_agents_expands_sets_and_plurals():
    agents = {a.names[0]: a for a in read_agents(TOY / "Toy.agents.txt")}
    assert agents["GUARD"].names == ["GUARD", "GUARDS"] and agents["GUARD"].code == "MIL"
    assert "FERRYWOMEN" in agents["FERRYMAN"].names
    assert agents["HIGH SHERIFF"].names == ["HIGH SHERIFF", "HIGH SHERIFFS"]
    assert agents["TRUCE MONITOR"].primary and agents["TRUCE MONITOR"].code == "IGO"


def test_read_verbs_discards_issues():
    vd = read_verbs(TOY / "Toy.verbs.txt")
    assert vd.synsets == {"ARMY": ["TROOPS", "SOLDIERS"]}
    scold, move, _babble = vd.blocks
    assert (scold.code, scold.verbs, move.code) == ("111", ["SCOLD", "BERATE"], None)
    assert "BERATED" in scold.forms
    assert [p.code for p in scold.patterns] == ["1121", "112"]
    discards = read_discards(TOY / "Toy.discards.txt")
    assert [(d.phrase, d.story) for d in discards] == [("FOOTBALL LEAGUE", True), ("CROSSWORD", False)]
    issues = read_issues(TOY / "Toy.IssueCoding.txt")
    assert (issues[0].category, issues[0].phrase, issues[0].code) == ("WATER", "well", "WELLS")
    assert issues[1].negative


def test_convert_verbs_maps_patterns_and_counts_the_rest():
    counts: Counter = Counter()
    classes, entries = convert_verbs(read_verbs(TOY / "Toy.verbs.txt"), counts)
    assert classes == {"petr_army": ["soldiers", "troops"]}
    by_id = {e["id"].split("-")[1]: e for e in entries}
    assert by_id["scold"]["code"] == "111"
    assert {"code": "1121", "prep": ["for"], "any": ["corruption"]} in by_id["scold"]["refine"]
    # a block without a default code only fires with an object pattern
    assert set(by_id["move"]["need_obj"]) == {"petr_army", "ties", "tie"}
    assert "babble" not in by_id  # 901 is not a CAMEO code
    assert counts["patterns_unmapped"] == 1  # the negative pattern
    assert counts["blocks_unmapped"] == 1  # BABBLE [901]


def test_display_name():
    assert display_name("PRINCE OF DOL AMROTH") == "Prince of DOL Amroth"
    assert display_name("U.N.") == "U.N."
    assert display_name("ARNOR") == "Arnor"


def test_import_writes_loadable_lexicons(tmp_path):
    res = import_dictionaries(TOY, tmp_path, vocabulary=["Zorbian", "Zorbia", "other"])
    names = sorted(Path(p).name for p in res.actor_lexicons)
    assert names == ["agents_petrarch.yaml", "countries_petrarch.yaml", "leaders_petrarch.yaml",
                     "organisations_petrarch.yaml"]
    countries = yaml.safe_load((tmp_path / "countries_petrarch.yaml").read_text())
    assert "Zorbian" in countries["ZOR"]  # TABARI prefix matching, through the vocabulary
    assert countries["RIV"] == ["Rivendale", "Rivendalian"]
    leaders = yaml.safe_load((tmp_path / "leaders_petrarch.yaml").read_text())
    aldo = [x for x in leaders if x["names"][0] == "King Aldo"]
    assert [x["code"] for x in aldo] == ["RIVGOV", "RIVELI", "RIV"]
    assert aldo[0]["to"] == "2000-01-01"  # inclusive end → exclusive
    assert (tmp_path / "manifest.yaml").exists() and (tmp_path / "discards.yaml").exists()

    from tacitus.actors.lexicon import Lexicon, pick_role
    from tacitus.events.lexicon import EventLexicon

    lex = Lexicon.load(res.actor_lexicons)
    assert pick_role(lex.leaders["king aldo"], dt.date(1996, 5, 1)).code == "RIVGOV"
    assert pick_role(lex.leaders["aldo"], dt.date(2005, 5, 1)).code == "RIVELI"
    assert lex.words["guard"].sector == "MIL"
    ev = EventLexicon.from_dir(res.event_lexicon_dir)
    assert any(v.id.startswith("petr-scold") for v in ev.verbs)
    assert ev.verbs[0].id.startswith("petr-") is False  # appended after ours by default


def test_import_without_verbs(tmp_path):
    res = import_dictionaries(TOY, tmp_path, verbs="none")
    assert res.event_lexicon_dir is None


def test_prepare_converts_once_and_later_calls_read_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE", str(tmp_path / "cache"))
    import tacitus.dictionaries as dictionaries

    calls = []
    real = dictionaries.import_dictionaries
    monkeypatch.setattr(dictionaries, "import_dictionaries",
                        lambda *a, **k: calls.append(a) or real(*a, **k))
    first = dictionaries.prepare(TOY)
    second = dictionaries.prepare(TOY)
    assert len(calls) == 1
    assert first.out_dir == second.out_dir and first.out_dir.parent == tmp_path / "cache" / "dictionaries"
    assert first.actor_lexicons == second.actor_lexicons and first.counts == second.counts
    assert all(Path(p).is_file() for p in second.actor_lexicons)
    assert second.event_lexicon_dir and Path(second.event_lexicon_dir).is_dir()
    assert [p.name for p in first.out_dir.parent.iterdir()] == [first.out_dir.name]  # no half folders left


def test_prepare_uses_the_conversion_another_process_moved_in_first(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE", str(tmp_path / "cache"))
    import tacitus.dictionaries as dictionaries

    real = dictionaries.import_dictionaries

    def racing(src, out, **kw):  # while we convert, another process finishes and moves its folder in
        theirs = real(src, out.parent / "theirs", **kw).out_dir
        real(src, out, **kw)
        final = out.parent / out.name.split("-")[0].lstrip(".")
        theirs.rename(final)
        (final / "theirs.txt").write_text("x")

    monkeypatch.setattr(dictionaries, "import_dictionaries", racing)
    got = dictionaries.prepare(TOY)
    assert (got.out_dir / "theirs.txt").is_file()
    assert [p.name for p in got.out_dir.parent.iterdir()] == [got.out_dir.name]
    assert all(Path(p).is_file() for p in got.actor_lexicons)
