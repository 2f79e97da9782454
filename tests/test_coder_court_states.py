"""Coder v2: court states told without the court. A defendant "awaiting trial" or "awaiting sentencing" is
held to answer charges by a court (173, coding guide §5: "awaiting trial" 173 by the court).
A court sending defendants "to custody" (pretrial custody) detains them, as sending them to jail does;
a child sent to the custody of relatives is care, not detention. Waiting for something that is not a trial
stays uncoded.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _legal(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector)
            for e in c.events if e.cameo[:2] in ("11", "17")]


def test_awaiting_trial_or_sentencing_is_held_by_a_court(coder):
    for text in ("Dwayne Kessler is awaiting trial on two counts of arson.",
                 "The orchard owner is awaiting sentencing after a jury found him guilty of tax evasion."):
        got = _legal(code(coder, text))
        assert ("173", "JUD", "CVL") in got or ("173", "JUD", "CRM") in got, (text, got)
    got = _legal(code(coder, "Fans are awaiting the release of the band's new album."))
    assert got == [], got


def test_sent_to_custody_is_detained_by_a_court(coder):
    for text in ("Four Activists Sent to Custody.",
                 "The court sent the four activists to pretrial custody on Friday.",
                 "A magistrate sent the teenager to custody for three months."):
        got = _legal(code(coder, text))
        assert got and got[0][:2] == ("173", "JUD"), (text, got)
    got = _legal(code(coder, "The agency sent the twins to the custody of their grandparents."))
    assert got == [], got
