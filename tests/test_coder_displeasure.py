"""Coder: disapproval told with no verb of criticism: an actor angry, furious, frustrated or scathing
with another actor, one that reacts angrily to it, feels let down by it, or expresses disappointment or
doubts about it, criticises it (111). With no actor it is aimed at, or about someone's welfare, it is a
mood and no event.

Every sentence here is ours, written for the test."""

from __future__ import annotations

import pytest

from coded_events import code, sector_triples


def criticisms(coded):
    return [t for t in sector_triples(coded) if t[0] == "111"]


# ---------------------------------------------------------------- an emotion aimed at another actor
def test_an_actor_angry_with_another_criticises_it(coder):
    c = code(coder, "The mayor was furious with the governor over the transit cuts.")
    assert criticisms(c) == [("111", "GOV", "GOV")]
    c = code(coder, "The union remains frustrated with the police after the inquiry.")
    assert criticisms(c) == [("111", "LAB", "COP")]


def test_scathing_about_another_actor_is_criticism(coder):
    c = code(coder, "The opposition leader was scathing about the government.")
    assert criticisms(c) == [("111", "OPP", "GOV")]


def test_angry_about_a_decision_of_another_actor_is_criticism(coder):
    c = code(coder, "The mayor is angry about the decision by the governor.")
    assert criticisms(c) == [("111", "GOV", "GOV")]


def test_disappointment_and_doubts_expressed_about_an_actor_are_criticism(coder):
    c = code(coder, "The union expressed disappointment with the government.")
    assert criticisms(c) == [("111", "LAB", "GOV")]
    c = code(coder, "Opposition politicians expressed doubts about the Interior Ministry.")
    assert criticisms(c) == [("111", "OPP", "GOV")]


# ---------------------------------------------------------------- a mood with no one it is aimed at
def test_an_emotion_with_no_actor_it_is_aimed_at_is_no_event(coder):
    assert criticisms(code(coder, "The mayor was angry with the governor.")) == [("111", "GOV", "GOV")]
    assert not code(coder, "The mayor was angry about the weather.").events
    assert not code(coder, "The senator was disappointed with the result.").events
    assert not code(coder, "The minister expressed disappointment with the result.").events


def test_an_emotion_for_someones_welfare_is_no_criticism(coder):
    c = code(coder, "The minister was upset about the conduct of the army.")
    assert criticisms(c) == [("111", "GOV", "MIL")]
    c = code(coder, "The minister was upset about the fate of the soldiers.")
    assert not criticisms(c)


# ---------------------------------------------------------------- the one angered disapproves of the cause
def test_an_actor_angered_by_another_criticises_it(coder):
    c = code(coder, "The governor's remarks angered the unions.")
    assert criticisms(c) == [("111", "LAB", "GOV")]
    c = code(coder, "The opposition was infuriated by the governor.")
    assert criticisms(c) == [("111", "OPP", "GOV")]
    c = code(coder, "The decision by the court outraged the opposition.")
    assert criticisms(c) == [("111", "OPP", "JUD")]


def test_anger_with_no_one_behind_it_is_no_event(coder):
    assert criticisms(code(coder, "The senator angered the unions.")) == [("111", "LAB", "LEG")]
    assert not code(coder, "The storm angered residents.").events


def test_anger_at_an_act_the_sentence_reports_leaves_the_act_coded(coder):
    c = code(coder, "The senator angered the unions.")
    assert criticisms(c) == [("111", "LAB", "LEG")]
    c = code(coder, "The court's ruling against the governor angered the unions.")
    assert [e.cameo for e in c.events] == ["116"]


def test_outrage_sparked_among_or_from_an_actor_is_its_criticism(coder):
    c = code(coder, "The governor's plan sparked outrage from the unions.")
    assert criticisms(c) == [("111", "LAB", "GOV")]
    c = code(coder, "The governor's plan sparked outrage among the unions.")
    assert criticisms(c) == [("111", "LAB", "GOV")]


def test_reacting_with_fury_or_anger_to_an_actor_is_criticism(coder):
    c = code(coder, "The union reacted with fury to threats by the finance minister.")
    assert ("111", "LAB", "GOV") in criticisms(c)
    c = code(coder, "The opposition party responded with anger to the minister.")
    assert criticisms(c) == [("111", "OPP", "GOV")]
    c = code(coder, "The opposition party reacted with anger to the government's decision to delay the vote.")
    assert criticisms(c) == [("111", "OPP", "GOV")]


# ---------------------------------------------------------------- grumbling or fuming about an actor
@pytest.mark.parametrize(("text", "triple"), [
    ("The mayor grumbled about the governor's budget.", ("111", "GOV", "GOV")),
    ("Union leaders fumed about the ministry's decision on pensions.", ("111", "LAB", "GOV")),
])
def test_grumbling_or_fuming_about_an_actor_is_criticism(coder, text, triple):
    assert criticisms(code(coder, text)) == [triple]
    assert not code(coder, "The mayor grumbled about the weather.").events  # no one it is aimed at


# ---------------------------------------------------------------- not happy with an actor
@pytest.mark.parametrize(("text", "triple"), [
    ("The union leader was not happy with the governor's pension plan.", ("111", "LAB", "GOV")),
    ("The mayor wasn't pleased with the decision by the governor.", ("111", "GOV", "GOV")),
])
def test_not_happy_with_an_actor_is_criticism(coder, text, triple):
    assert criticisms(code(coder, text)) == [triple]
    assert not code(coder, "The mayor was not happy with the weather.").events  # no one it is aimed at


# ---------------------------------------------------------------- a body's name as the owner of the act
@pytest.mark.parametrize(("text", "triple"), [
    ("The union was angry about the Senate's vote on school funding.", ("111", "LAB", "LEG")),
    ("The sheriff was not happy with Parliament's changes to the gun law.", ("111", "COP", "LEG")),
])
def test_a_body_named_as_the_owner_of_what_angers_is_the_target(coder, text, triple):
    assert criticisms(code(coder, text)) == [triple]
