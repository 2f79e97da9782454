"""Coder: a mention coreference carries keeps the title its antecedent was named by.

A pronoun, a quote's "we" or a bare surname that refers back to a governor or a mayor is still that office
holder when the coder asks whether source and target are one actor: a governor's "we" against the White
House, a mayor's "he" against the governor are two parties of one code (a state's or a town's executive and
another seat), as they are when the title itself is the subject. With that, the White House owning "the
White House's decision" after a judging adjective is the target again ("disappointed by the White House's
decision": the White House, not the country).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples
from tacitus.events.roles import same_party
from tacitus.model import Actor


def test_a_governors_we_against_the_white_house_is_two_actors(coder):
    c = code(coder, 'Kansas Gov. Mara Lind toured a farm on Friday. "We condemn the White House for this '
                    'tariff," Lind said.')
    assert triples(c, "11") == [("111", "USAGOV", "USAGOV")]


def test_a_mayors_pronoun_against_the_governor_is_two_actors(coder):
    c = code(coder, "Mayor Ken Ortiz of Tucson opened a library on Monday. He criticized the governor over "
                    "school funding.")
    assert triples(c, "11") == [("111", "USAGOV", "USAGOV")]


def test_a_governors_bare_surname_against_the_white_house_is_two_actors(coder):
    c = code(coder, "Gov. Ada Pell of Vermont opened a bridge on Monday. On Friday, Pell criticized the "
                    "White House over the budget.")
    assert triples(c, "11") == [("111", "USAGOV", "USAGOV")]


def test_the_white_house_owns_its_decision_after_a_judging_adjective(coder):
    c = code(coder, "Senator Ruth Adler of Iowa was disappointed by the White House's decision.")
    assert triples(c) == [("111", "USALEG", "USAGOV")]
    c = code(coder, 'Gov. Tom Reyes of Utah met farmers. "We are deeply disappointed by the White House\'s '
                    'decision," Reyes said.')
    assert triples(c, "11") == [("111", "USAGOV", "USAGOV")]


def test_a_surname_carried_from_gov_and_the_governor_are_one_party_but_not_the_mayor():
    pell = Actor("Pell", "USAGOV", "USA", "GOV", 40, 44, rule="carry:person", person="Ada Pell",
                 title="title:gov.")
    governor = Actor("governor", "USAGOV", "USA", "GOV", 60, 68, rule="agent:governor")
    mayor = Actor("mayor", "USAGOV", "USA", "GOV", 80, 85, rule="agent:mayor")
    assert same_party(governor, pell)
    assert not same_party(mayor, pell)
