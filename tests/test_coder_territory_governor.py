"""Coder v2: the governor or premier of a dependent territory ("the Cayman Islands", "BVI") named by title
alone is the territory's, not the country of the power that appoints him nor of a state whose agents act
there, when the story opens on the territory or names it most; a state's governor in a story that names a
territory in passing keeps the story's country.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code

CAYMAN = ("Cayman Islands Premier Mark Lindo was arrested in Texas on Monday on fraud charges. "
          "Governor Helen Ashby said in a statement that the Cayman Islands would remain calm. "
          "U.S. officials said the case was part of a wider American inquiry. "
          "The governor urged residents to stay calm.")


def codes_of(c, text):
    return {a.code for a in c.actors if a.text == text}


def test_a_named_governor_of_a_territory_is_the_territorys(coder):
    c = code(coder, CAYMAN)
    assert codes_of(c, "Governor Helen Ashby") == {"CYMGOV"}


def test_the_bare_governor_after_an_american_sentence_is_the_territorys(coder):
    c = code(coder, CAYMAN)
    [e] = [e for e in c.events if e.trigger.text.startswith("urged")]
    assert e.source.code == "CYMGOV"


def test_a_premier_arrested_by_american_agents_is_the_territorys(coder):
    c = code(coder, "The Cayman Islands were shaken on Friday. In Miami, FBI agents arrested the islands' "
                    "Premier Mark Lindo. The Cayman Islands cabinet met later.")
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert e.target.country == "CYM"


def test_a_state_governor_in_a_story_naming_a_territory_once_is_american(coder):
    c = code(coder, "Florida Governor Tom Reyes met Miami police chiefs in Tallahassee on Tuesday. "
                    "Families who moved from Puerto Rico after the storm live in Orlando and Tampa. "
                    "The governor criticized the Orlando city council.")
    assert "PRI" not in {a.country for a in c.actors if "overnor" in a.text}
