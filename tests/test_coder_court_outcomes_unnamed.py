"""Coder: a court's outcome told in the passive with no court named. A sentence handed, given or imposed
on someone is a detention by a court (173), as "was sentenced" is; an acquittal is by the court and a pardon
by the government (080, coding guide §7: pardons coded as dropped charges). A defeat "handed" to a team is
no sentence and stays uncoded.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_a_sentence_handed_or_imposed_is_a_courts_detention(coder):
    for text in ("The Chilean reporter was handed a six-year prison sentence on Tuesday.",
                 "The Chilean reporter was given a life sentence for treason.",
                 "A judge in Valparaiso imposed the sentence on the Chilean reporter."):
        got = sector_triples(code(coder, text), "17")
        assert ("173", "JUD", "MED") in got, (text, got)
    text = "The visiting Chilean side were handed a heavy defeat by the home team."
    assert sector_triples(code(coder, text), "17") == []


def test_an_acquittal_or_a_pardon_has_an_implied_author(coder):
    got = sector_triples(code(coder, "The Chilean reporter was acquitted of all charges on Friday."), "08")
    assert ("080", "JUD", "MED") in got, got
    got = sector_triples(code(coder, "The former Chilean minister was pardoned in March."), "08")
    assert got and got[0][:2] == ("080", "GOV"), got
