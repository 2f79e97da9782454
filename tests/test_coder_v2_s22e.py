"""Targets implied, not named in the clause (session 22e): every sentence here is ours, written for the
test."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- an act the story has just told of
def test_condemning_the_arrests_faults_whoever_made_them(coder):
    c = code(coder, "Police in Zambia detained thirty students on Monday. "
                    "The opposition condemned the arrests.")
    assert ("111", "ZMBOPP", "ZMBCOP") in triples(c)


def test_criticising_the_sentence_faults_the_court_that_passed_it(coder):
    c = code(coder, "A Moroccan court sentenced the blogger to three years in prison. "
                    "Human rights groups criticised the sentence.")
    assert [(r, s[3:], t) for r, s, t in triples(c) if r == "111"] == [("111", "NGO", "MARJUD")]


def test_hitting_out_at_the_detentions_faults_the_police(coder):
    c = code(coder, "Police in Zambia arrested forty protesters. Rights groups hit out at the arrests.")
    assert [(r, t) for r, s, t in triples(c) if r == "111"] == [("111", "ZMBCOP")]


def test_an_act_told_with_no_author_gives_no_target(coder):
    # the story never says who jailed him: no court is guessed
    c = code(coder, "The blogger was jailed in Rabat on Monday. Human rights groups criticised the sentence.")
    assert not [t for r, s, t in triples(c) if r == "111" and t is not None]


def test_backing_a_plan_is_aimed_at_who_announced_it(coder):
    c = code(coder, "The Kenyan finance minister announced a plan to cut fuel subsidies. "
                    "The main union backed the plan.")
    assert ("051", "KENLAB", "KENGOV") in triples(c)


def test_concern_voiced_about_a_plan_is_aimed_at_who_announced_it(coder):
    c = code(coder, "The Kenyan finance minister announced a plan to cut fuel subsidies. "
                    "Opposition leaders voiced concerns about the plan.")
    assert [(r[:2], s, t) for r, s, t in triples(c)] == [("11", "KENOPP", "KENGOV")]


def test_defending_ones_own_measure_is_aimed_at_no_one(coder):
    c = code(coder, "The Kenyan finance minister announced a plan to cut fuel subsidies. "
                    "The minister defended the plan on Tuesday.")
    assert [e.target for e in c.events if e.sentence_index == 1] in ([], [None])


# ---------------------------------------------------------------- a private voice's public call
def test_a_victims_call_for_compensation_is_made_of_the_government(coder):
    c = code(coder, "A British woman who lost her savings in the scandal has called for compensation "
                    "to be paid faster.")
    assert ("020", "GBRCVL", "GBRGOV") in triples(c)


def test_a_private_call_for_help_is_made_of_no_government(coder):
    c = code(coder, "The mother of the injured British boy called for help.")
    assert not [t for r, s, t in triples(c) if t is not None and t.endswith("GOV")]
    c = code(coder, "A British man asked for compensation from his landlord.")
    assert ("020", "GBRCVL", "GBRGOV") not in triples(c)


def test_a_firms_call_for_changes_to_its_own_scheme_is_no_appeal_to_government(coder):
    c = code(coder, "The British company called for changes to its pension scheme.")
    assert not [t for r, s, t in triples(c) if t is not None and t.endswith("GOV")]


# -------------------------------------------------------- a statement judging a measure of no one named
def test_an_opposition_statement_that_a_measure_is_a_disaster_faults_the_government(coder):
    c = code(coder, "Raila Odinga, Kenya's opposition leader, said in an interview that the tax plan was a "
                    "disaster.")
    assert ("111", "KENOPP", "KENGOV") in triples(c)


def test_a_ministers_judgement_of_a_measure_faults_no_government(coder):
    c = code(coder, "Kenya's finance minister said in an interview that the tax plan was a disaster.")
    assert ("111", "KENGOV", "KENGOV") not in triples(c)
