"""Coder v2: charges, cases and lawsuits dropped or dismissed are 080 by the court or prosecutors even when
the sentence is passive and names no one who dropped them ("the charges against him were dropped"), toward the
party the case was against (not the case itself). A claim dismissed with no party named against is no
event. "Took X to task" is criticism (111).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _yields(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector,
             e.target and e.target.text) for e in c.events if e.cameo[:2] == "08"]


def test_passive_charges_dropped_are_the_courts_yield_to_the_accused(coder):
    for text, party in (("The assault charges against Dwight Kessler were dropped.", "Dwight Kessler"),
                        ("All charges were dismissed against a Millbrook woman held in June.", "woman"),
                        ("The lawsuit against the county was dismissed last month.", "county")):
        got = _yields(code(coder, text))
        assert got and got[0][:2] == ("080", "JUD") and party in (got[0][3] or ""), (text, got)
    # an active drop keeps its named party; a claim dismissed against no one named is no event
    got = _yields(code(coder, "Prosecutors dropped the theft charges against Dwight Kessler last week."))
    assert got and got[0][:2] == ("080", "JUD") and got[0][3] == "Dwight Kessler", got
    for text in ("The complaints were dismissed as groundless.",
                 "A charge of careless driving was dropped."):
        assert not _yields(code(coder, text)), text


def test_taking_someone_to_task_is_criticism(coder):
    c = code(coder, "Senate Republicans took the governor to task for the late budget.")
    got = [(e.cameo, e.source and e.source.sector, e.target and e.target.sector) for e in c.events]
    assert ("111", "PTY", "GOV") in got or ("111", "LEG", "GOV") in got, got
