"""Coder v2: court states told without the court. A defendant "awaiting trial" or "awaiting sentencing" is
held to answer charges by a court (173, coding guide §5: "awaiting trial" 173 by the court).
A court sending defendants "to custody" (pretrial custody) detains them, as sending them to jail does;
a child sent to the custody of relatives is care, not detention. Waiting for something that is not a trial
stays uncoded.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_awaiting_trial_or_sentencing_is_held_by_a_court(coder):
    for text in ("Dwayne Kessler is awaiting trial on two counts of arson.",
                 "The orchard owner is awaiting sentencing after a jury found him guilty of tax evasion."):
        got = sector_triples(code(coder, text), "11", "17")
        assert ("173", "JUD", "CVL") in got or ("173", "JUD", "CRM") in got, (text, got)
    got = sector_triples(code(coder, "Fans are awaiting the release of the band's new album."), "11", "17")
    assert got == [], got


def test_sent_to_custody_is_detained_by_a_court(coder):
    for text in ("Four Activists Sent to Custody.",
                 "The court sent the four activists to pretrial custody on Friday.",
                 "A magistrate sent the teenager to custody for three months."):
        got = sector_triples(code(coder, text), "11", "17")
        assert got and got[0][:2] == ("173", "JUD"), (text, got)
    text = "The agency sent the twins to the custody of their grandparents."
    got = sector_triples(code(coder, text), "11", "17")
    assert got == [], got
