"""Coder v2: group nouns as parties — a town's officials ("Gainesville officials") are its government's, and
"authorities" in a police story its police.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def actor(coded, text):
    """The code of the actor mention whose text is ``text`` (None when the resolver found none)."""
    return next((a.code for a in coded.actors if a.text == text), None)


# ---------------------------------------------------------------- a town's officials: its government
def test_a_town_s_officials_are_its_government(coder):
    c = code(coder, "Gainesville officials accused the landfill company of hiding the leak.")
    assert actor(c, "Gainesville officials") == "USAGOV"
    assert [(k[:3], s, t) for k, s, t in triples(c)] == [("112", "USAGOV", "USABUS")]


def test_a_foreign_town_s_officials_are_of_its_country(coder):
    c = code(coder, "Winnipeg officials condemned the transport union for the wildcat strike.")
    assert actor(c, "Winnipeg officials") == "CANGOV"


def test_a_town_s_inspectors_are_its_government(coder):
    c = code(coder, "Tulsa inspectors accused the restaurant chain of ignoring the health code.")
    assert actor(c, "Tulsa inspectors") == "USAGOV"


def test_a_firm_s_officials_are_not_a_town_s(coder):
    for text, who in (("Ford officials accused the union of stalling the talks.", "Ford officials"),
                      ("Jackson officials accused the union of stalling the talks.", "Jackson officials")):
        c = code(coder, text)
        assert (actor(c, who) or "")[3:] != "GOV", text


# ---------------------------------------------------------------- "authorities" in a police story: the police
def test_authorities_in_a_police_story_are_its_police(coder):
    c = code(coder, "Police in Akron arrested two brothers on Friday. Authorities are trying to identify "
                    "a third suspect.")
    assert ("091", "USACOP", "USACVL") in triples(c)


def test_authorities_in_a_story_with_no_police_stay_the_government(coder):
    c = code(coder, "Authorities in Manila ordered the newspaper to close.")
    assert all((e.source.sector or "")[:3] != "COP" for e in c.events if e.source is not None)


# ---------------------------------------------------------------- leaders named by their office
def test_city_and_congressional_leaders_are_office_holders(coder):
    c = code(coder, "City leaders in Dayton accused the governor of Ohio of hiding the deficit.")
    assert [(k[:3], s[:3], t[:3]) for k, s, t in triples(c)] == [("112", "USA", "USA")]
    c = code(coder, "Congressional leaders accused the White House of hiding the deficit.")
    assert ("112", "USALEG", "USAGOV") in [(k[:3], s, t) for k, s, t in triples(c)]


def test_local_leaders_are_not_named_an_office(coder):
    c = code(coder, "Local leaders accused the governor of Ohio of hiding the deficit.")
    assert c.events == []
