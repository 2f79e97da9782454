"""Coder v2, session 23e: criticism and pressure a party receives, told from its side (every sentence here
is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, root_dyads, triples


# ---------------------------------------------------------------- criticism received
def test_criticism_behind_a_preposition_comes_from_the_party_after_from(coder):
    c = code(coder, "Russian President Vladimir Putin came under sharp criticism from the opposition party "
                    "Yabloko on Monday.")
    assert ("11", "RUS", "RUS") in root_dyads(c)
    assert any(e.source.code.endswith("OPP") and e.target.code == "RUSGOV" for e in c.events)
    c = code(coder, "Finnish Health Minister Anna Virtanen came in for heavy criticism from trade unions "
                    "last night.")
    assert ("111", "FINLAB", "FINGOV") in triples(c)


def test_criticism_measured_out_in_days_or_a_barrage(coder):
    c = code(coder, "The Russian governor of Tver quit on Friday after enduring a week of harsh criticism "
                    "from United Russia over the budget.")
    assert ("111", "RUSPTY", "RUSGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz faced a barrage of criticism from German trade unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)


def test_criticism_with_no_one_it_comes_from_is_no_event(coder):
    c = code(coder, "German Chancellor Olaf Scholz came under sharp criticism last week after the vote.")
    assert not any(e.cameo.startswith("11") for e in c.events)


def test_under_fire_or_attack_from_a_party_is_criticism(coder):
    c = code(coder, "German Chancellor Olaf Scholz is under fire from German trade unions over the budget.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz came under attack from German farmers' unions on Monday.")
    assert ("11", "DEU", "DEU") in root_dyads(c)
    c = code(coder, "German Chancellor Olaf Scholz faced a storm of criticism from German trade unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)


def test_under_attack_from_fighters_is_force_not_words(coder):
    c = code(coder, "Syrian army positions came under attack from Islamic State fighters on Monday.")
    assert [e.cameo[:2] for e in c.events] == ["19"]


# ---------------------------------------------------------------- pressure and calls received
def test_pressure_from_a_party_is_its_demand(coder):
    c = code(coder, "The Irish government is under pressure from Irish trade unions to hold an election.")
    assert ("100", "IRLLAB", "IRLGOV") in triples(c)
    c = code(coder, "Irish Prime Minister Leo Varadkar faced mounting pressure from the Irish opposition.")
    assert ("100", "IRLOPP", "IRLGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz faced calls from German trade unions to resign.")
    assert ("10", "DEU", "DEU") in root_dyads(c)


def test_pressure_from_troops_or_from_no_one_is_no_demand(coder):
    c = code(coder, "Ukrainian troops are under pressure from Russian forces near Bakhmut.")
    assert not any(e.cameo.startswith("10") for e in c.events)
    c = code(coder, "Irish Prime Minister Leo Varadkar is under growing pressure over the housing crisis.")
    assert not any(e.cameo.startswith("10") for e in c.events)


def test_criticism_on_the_part_of_a_party_comes_from_it(coder):
    c = code(coder, "Hungarian Prime Minister Viktor Orban drew sharp criticism on the part of the "
                    "European Union.")
    assert ("111", "IGOEUREEC", "HUNGOV") in triples(c)
    c = code(coder, "Hungary's parliament passed a media law on Tuesday. The law drew sharp criticism on the "
                    "part of Hungarian journalists.")
    assert ("111", "HUNMED", "HUNGOV") in triples(c)
    c = code(coder, "Hungary's parliament passed a media law on Tuesday. The law drew sharp criticism, "
                    "for the most part from Hungarian journalists.")
    assert not any(e.source and e.source.code.startswith(("IGO", "USA")) for e in c.events)


# ---------------------------------------------------------------- more ways to tell criticism received
def test_backlash_flak_and_wrath_from_a_party_are_criticism(coder):
    c = code(coder, "German Chancellor Olaf Scholz drew flak from German trade unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "The German chancellor's plan sparked a backlash from German farmers' unions.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz drew the ire of German trade unions on Monday.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)
    c = code(coder, "German Chancellor Olaf Scholz incurred the wrath of German trade unions on Monday.")
    assert ("111", "DEULAB", "DEUGOV") in triples(c)


def test_criticism_of_someone_names_whom_not_who(coder):
    c = code(coder, "German Chancellor Olaf Scholz drew criticism of his plan on Monday.")
    assert not any(e.cameo.startswith("11") for e in c.events)
    c = code(coder, "German Chancellor Olaf Scholz faced a backlash over the plan.")
    assert not any(e.cameo.startswith("11") for e in c.events)
