"""Coder v2: police tickets and citations (116) and charges filed by no one named (173), as local pages tell
them: "was ticketed", "was issued a citation", the headline "Man cited for …", "charges were filed against".

Every sentence here is ours, written for the test."""

from __future__ import annotations

import pytest

from coded_events import acts, code


def _acts(coder, text):
    return acts(code(coder, text))


# ---- tickets: a citation whatever it is for --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Dayton motorist was ticketed by Kettering police after the collision on Route 4.",
    "Bristol police ticketed dozens of drivers near the school last week.",
])
def test_a_ticket_is_a_citation(coder, text):
    assert any(r == "11" and s.endswith("COP") for r, s, _t in _acts(coder, text))


def test_an_airline_ticket_is_no_citation(coder):
    text = "Ticketed passengers boarded the flight to Denver."
    assert not any(r == "11" for r, _s, _t in _acts(coder, text))


# ---- "was issued a citation": the subject receives, the police give ---------------------------------------

def test_issued_a_citation_by_no_one_named(coder):
    text = ("Mark Dorsey, 41, of Ashland crashed into a fence. "
            "Dorsey was issued a citation for reckless operation.")
    assert any(r == "11" and s.endswith("COP") and t.endswith("CVL") for r, s, t in _acts(coder, text))


def test_issued_a_citation_by_the_sheriff(coder):
    text = "Kim Laster was issued a citation by the Pike County Sheriff's Office for leaving trash on a road."
    assert any(r == "11" and s.endswith("COP") for r, s, _t in _acts(coder, text))


def test_an_issued_statement_is_no_citation(coder):
    text = "The mayor was issued a statement by the county clerk on Friday."
    assert not any(r == "11" for r, _s, _t in _acts(coder, text))


# ---- headline: "Man cited for …" is a passive ----------------------------------------------------------

def test_headline_cited_for(coder):
    assert any(r == "11" and s.endswith("COP") for r, s, _t in
               _acts(coder, "Woman cited for driving drunk after hitting mailbox."))


# ---- charges filed by no one named ------------------------------------------------------------------------

def test_charges_were_filed_against(coder):
    text = "Tom Reddick was arrested in May. New charges of fraud were filed against Reddick on Tuesday."
    found = [(r, s, t) for r, s, t in _acts(coder, text) if r == "17"]
    assert len(found) == 2 and any(s.endswith("JUD") for _r, s, _t in found)


def test_no_charges_were_filed_is_not_an_act(coder):
    text = "No charges were filed against the driver of the truck, police said."
    assert not any(r == "17" for r, _s, _t in _acts(coder, text))


# ---- police appeals: "help in finding" is no court finding ------------------------------------------------

def test_help_in_finding_is_an_appeal(coder):
    text = "The Milford Police Department is asking for the public's help in finding whoever broke windows."
    assert any(r == "02" and s.endswith("COP") for r, s, _t in _acts(coder, text))


def test_a_plea_is_still_no_appeal(coder):
    text = "Dana Whitlock pleaded not guilty to the theft charge on Monday."
    assert not any(r == "02" for r, _s, _t in _acts(coder, text))
