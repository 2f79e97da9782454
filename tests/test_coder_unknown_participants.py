"""Coder: participants the lexicons do not name — people described by what they are ("cops", "locals",
"community members", "the monarch") and firms named by their partners ("Stevens & Wilkinson") or by a firm's
word ("Gary Realty", "Cramer & Associates").

Every sentence here is ours, written for the test."""

from __future__ import annotations

import pytest

from coded_events import code, triples


def actor(coded, text):
    """The code of the actor mention whose text is ``text`` (None when the resolver found none)."""
    return next((a.code for a in coded.actors if a.text == text), None)


# ---------------------------------------------------------------- described people
def test_cops_are_the_police(coder):
    c = code(coder, "Cops accused the landlord of hiding the stolen car.")
    assert actor(c, "Cops") == "COP"
    assert [(k[:3], s[-3:], t[-3:]) for k, s, t in triples(c, "112")] == [("112", "COP", "BUS")]


@pytest.mark.parametrize("text, who", [
    ("Locals accused the mayor of ignoring the flooding.", "Locals"),
    ("Community members accused the mayor of ignoring the flooding.", "Community members"),
])
def test_private_people_described_by_what_they_are_are_civilians(coder, text, who):
    c = code(coder, text)
    assert actor(c, who) == "CVL"
    assert [(k[:3], s) for k, s, _t in triples(c, "112")] == [("112", "CVL")]
    # "locals" names people; the adjective "local" adds no sector to "local officials"
    c = code(coder, "Local officials accused the mayor of ignoring the flooding.")
    assert actor(c, "officials") == "GOV"


def test_the_monarch_is_a_head_of_state(coder):
    c = code(coder, "The monarch praised the Danish prime minister for her handling of the crisis.")
    assert actor(c, "monarch") == "GOV"


# ---------------------------------------------------------------- firms the lexicons do not know
def test_a_firm_of_two_partners_is_a_business(coder):
    c = code(coder, "The city council accused Hollister & Brandtmeier of overbilling the county.")
    assert actor(c, "Hollister & Brandtmeier") == "BUS"
    assert [(k[:3], t) for k, _s, t in triples(c, "112")] == [("112", "BUS")]
    # two given names joined by an ampersand are a couple, no firm
    c = code(coder, "Harry & Meghan accused the palace of racism.")
    assert actor(c, "Harry & Meghan") is None


@pytest.mark.parametrize("name", ["Gary Realty", "Cramer & Associates", "Walter Prendle Development"])
def test_a_firm_named_by_a_firm_s_word_is_a_business(coder, name):
    c = code(coder, f"The county sued {name} over the unpaid permit fees.")
    assert (actor(c, name) or "")[-3:] == "BUS"


# ---------------------------------------------------------------- a finance ministry named 'the Treasury'
def test_the_treasury_is_a_government_body_not_a_firm(coder):
    """'the Treasury' (a finance ministry) was guessed a business as an unknown name; it is the government."""
    c = code(coder, "The health ministry accused the Treasury of starving clinics in Kenya, "
                    "officials said on Monday.")
    assert actor(c, "Treasury") == "GOV"
    assert [(k, s, t) for k, s, t in triples(c, "112")] == [("112", "KENHLH", "KENGOV")]
