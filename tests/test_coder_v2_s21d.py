"""Coder v2, session 21d: political acts the lexicons had no trigger for (a participle naming who brought
a lawsuit or opened an inquiry). Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


# ---------------------------------------------------------------- "a lawsuit filed by X against Y"
def test_the_agent_of_a_filing_participle_brought_the_lawsuit(coder):
    c = code(coder, "A lawsuit filed by the ACLU against the Justice Department was settled "
                    "on Thursday.")
    assert ("11", "NGO", "USA") in [(r, s[:3], t) for r, s, t in root_dyads(c)]


def test_the_participle_names_the_target_of_an_inquiry(coder):
    c = code(coder, "The search came after an investigation opened by the FBI into the senator last spring.")
    assert ("09", "USA", "USA") in root_dyads(c)


def test_a_complaint_lodged_by_a_party_against_a_commission(coder):
    c = code(coder, "The complaint lodged by Brazil's opposition party against the electoral court was "
                    "dismissed.")
    assert any(r == "11" and s == "BRA" for r, s, _t in root_dyads(c))


def test_a_thing_filed_by_a_clerk_is_no_event(coder):
    c = code(coder, "The documents filed by the county clerk were lost in the move.")
    assert c.events == []
