"""Coder v2: targets a sentence leaves to its story. A rejection of a request, an offer or a proposal answers
whoever made it in the sentences before (120 toward them); a lawsuit whose sentence names no defendant is
aimed at the one party the story told the same plaintiff sued, or a court cleared of the case's claims.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def _coded(coder, text, root):
    return [t for t in triples(code(coder, text)) if t[0].startswith(root) and t[2] is not None]


def test_turned_down_offer_answers_who_proposed_it(coder):
    text = ("The police union proposed a one-year pay freeze to the city council on Tuesday. "
            "On Thursday, the city council turned down a settlement offer that would have kept 30 officers.")
    assert [t[1] for t in _coded(coder, text, "12")] == ["GOV"]


def test_suit_without_defendant_is_against_whom_the_plaintiff_sued(coder):
    text = ("The ACLU filed a lawsuit against the Dallas County sheriff in May. "
            "Two weeks later, the ACLU sued again in federal court.")
    assert len(_coded(coder, text, "115")) == 2


def test_lawsuit_filed_by_people_is_against_the_party_the_court_cleared(coder):
    text = ("A federal judge dismissed all claims against the Department of Homeland Security on Friday. "
            "The lawsuit was filed by six residents who claimed their rights were violated during a raid.")
    assert ("115", "USACVL", "USAGOV") in _coded(coder, text, "115")
