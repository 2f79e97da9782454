"""Coder v2, session 21g: support, concern and legal cases as political acts (every sentence here is ours)."""

from __future__ import annotations

import pytest

from coded_events import code, root_dyads


# ---------------------------------------------------------------- support expressed (051)
@pytest.mark.parametrize(("text", "target"), [
    ("Germany reiterated its support for the Kyiv government.", "UKRGOV"),
    ("The French president voiced his support for NATO on Friday.", "IGOWSTNAT"),
    ("Britain pledged its full support to Kenya after the vote.", "KEN"),
    ("Labour unions threw their support behind Mayor Eric Adams.", "USAGOV"),
])
def test_support_expressed_for_a_political_actor_endorses_it(coder, text, target):
    c = code(coder, text)
    assert [(e.cameo, e.target.code) for e in c.events if e.cameo == "051"] == [("051", target)]


@pytest.mark.parametrize("text", [
    "The senator expressed support for sanctions on Russia.",
    "The senator voiced support for the bill on Tuesday.",
    "The governor expressed support for the victims' families.",
    "France pledged military support for Ukraine.",
])
def test_support_for_a_measure_or_for_victims_endorses_no_actor(coder, text):
    assert not any(e.cameo == "051" for e in code(coder, text).events)


def test_support_provided_is_no_endorsement(coder):
    # "provided support" is aid (07), not words of backing
    c = code(coder, "The United States provided support for Ukraine.")
    assert not any(e.cameo == "051" for e in c.events)


# ---------------------------------------------------------------- concern voiced about an actor (11)
@pytest.mark.parametrize(("text", "dyad"), [
    ("Germany voiced concerns over Israel's offensive in Gaza.", ("11", "DEU", "ISR")),
    ("Senator Marco Rubio expressed concern about Exxon Mobil on Sunday.", ("11", "USA", "USA")),
])
def test_concern_voiced_about_an_actor_is_disapproval(coder, text, dyad):
    assert dyad in root_dyads(code(coder, text))


@pytest.mark.parametrize("text", [
    "The minister expressed concern about the economy.",
    "The mayor expressed concern for the victims' families.",
    "Residents raised concerns about the new casino.",
    "The fire caused concern about Exxon Mobil.",
])
def test_concern_about_no_actor_or_by_no_political_actor_is_no_event(coder, text):
    assert not any(e.root == "11" for e in code(coder, text).events)


# ---------------------------------------------------------------- a legal case
def test_a_case_launched_against_a_government_is_a_lawsuit(coder):
    c = code(coder, "Greenpeace launched a legal case against the government.")
    assert [e.cameo for e in c.events] == ["115"]


@pytest.mark.parametrize("text", [
    "The senator made the case that Israel should fight on.",
    "Amazon is expected to bring the case to a higher court.",
])
def test_making_or_appealing_a_case_is_no_lawsuit(coder, text):
    assert not any(e.cameo == "115" for e in code(coder, text).events)


# ---------------------------------------------------------------- supportive of (051)
@pytest.mark.parametrize(("text", "dyad"), [
    ("Beijing remained supportive of Pyongyang.", ("05", "CHN", "PRK")),
    ("Germany has been supportive of the Ukrainian government.", ("05", "DEU", "UKR")),
])
def test_being_supportive_of_a_political_actor_backs_it(coder, text, dyad):
    assert dyad in root_dyads(code(coder, text))


@pytest.mark.parametrize("text", [
    "The governor was supportive of the plan.",
    "The charity has been supportive of the victims.",
])
def test_being_supportive_of_a_plan_or_of_victims_backs_no_actor(coder, text):
    assert not any(e.cameo == "051" for e in code(coder, text).events)


# ---------------------------------------------------------------- an armed campaign is no party
@pytest.mark.parametrize(("text", "dyad"), [
    ("Russia condemned the Israeli air campaign in Gaza.", ("11", "RUS", "ISR")),
    ("Germany voiced concern about Saudi Arabia's bombing campaign in Yemen.", ("11", "DEU", "SAU")),
])
def test_an_armed_campaign_is_its_state_s_not_a_party_s(coder, text, dyad):
    c = code(coder, text)
    assert dyad in root_dyads(c)
    assert not any(e.target and e.target.sector == "PTY" for e in c.events)


def test_a_candidate_s_campaign_stays_a_party_actor(coder):
    c = code(coder, "The Trump campaign criticized the Justice Department.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("111", "USAPTY")]
