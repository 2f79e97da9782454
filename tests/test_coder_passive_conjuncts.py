"""Coder v2: an active verb joined to a passive one shares its subject ("the diplomats were detained and
later accused Russia": the diplomats accuse), and "busy" with a gerund tells an act done.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def test_an_active_verb_after_a_passive_one_shares_its_subject(coder):
    dyads = root_dyads(code(coder, "Two Turkish diplomats were detained in Moscow and later accused "
                                   "Russia of harassment."))
    assert ("11", "TUR", "RUS") in dyads


def test_returned_fire_after_being_attacked(coder):
    dyads = root_dyads(code(coder, "Israeli soldiers were ambushed near Jenin and returned fire at the "
                                   "Palestinian gunmen."))
    assert any(d[0] == "19" and d[1] == "ISR" for d in dyads)


def test_a_perfect_after_a_passive_copula(coder):
    dyads = root_dyads(code(coder, "Japan is not involved in the Saudi war in Yemen, but has supported the "
                                   "Saudi government with fuel."))
    assert any(d[1] == "JPN" and d[2] == "SAU" for d in dyads)


def test_a_passive_participle_in_the_series_stays_passive(coder):
    dyads = root_dyads(code(coder, "The Kenyan embassy was attacked and burned by Somali protesters."))
    assert all(d[1] != "KEN" for d in dyads)


def test_a_conjunct_with_its_own_subject_keeps_it(coder):
    dyads = root_dyads(code(coder, "The German minister was fired and the French president criticized "
                                   "Berlin."))
    assert all(d[1] != "DEU" for d in dyads)


def test_busy_with_a_gerund_is_an_act_done(coder):
    dyads = root_dyads(code(coder, "The Spanish police were busy arresting the Catalan protesters."))
    assert ("17", "ESP", "ESP") in dyads


def test_the_subject_of_an_as_clause_parsed_as_a_preposition(coder):
    dyads = root_dyads(code(coder, "The talks resumed on Monday as Russia, which hosts them, has criticized "
                                   "Ukraine."))
    assert ("11", "RUS", "UKR") in dyads


def test_an_as_phrase_before_a_conjunction_is_no_subject(coder):
    dyads = root_dyads(code(coder, "The Russian envoy served as an adviser and has criticized Ukraine."))
    assert ("11", "RUS", "UKR") in dyads
