"""Coder v2: a judgement about an act or a thing ("expressed doubts about the figures", "angry over the cuts",
"concerned about the plan") is aimed at whoever the phrase names as its doer or maker ("released by the
electoral commission", "the ministry's cuts", "the quality of the audit carried out by the regulator"); a
thing whose doer the story does not name gives no target.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_triples


def _judged(coded):
    return [(s, t) for r, s, t in root_triples(coded) if r == "11"]


def test_doubts_about_a_thing_put_forward_by_a_party_are_aimed_at_it(coder):
    for text in ("The Kenyan opposition expressed doubts about the figures released by the electoral "
                 "commission.",
                 "The Kenyan opposition voiced skepticism over the tally published by the electoral "
                 "commission."):
        got = _judged(code(coder, text))
        assert got and got[0][0] == "KENOPP" and got[0][1] and got[0][1].startswith("KEN"), (text, got)


def test_a_judgement_reaches_the_doer_through_an_of_phrase(coder):
    text = ("The Kenyan opposition expressed doubts about the accuracy of the figures released by the "
            "electoral commission.")
    got = _judged(code(coder, text))
    assert got and got[0][1] and got[0][1].startswith("KEN"), got


def test_a_judgement_about_a_thing_with_no_doer_names_no_one(coder):
    for text in ("The Kenyan opposition expressed doubts about the figures.",
                 "The Kenyan opposition expressed doubts about the accuracy of the figures."):
        assert _judged(code(coder, text)) == [], text


def test_a_complaint_about_a_party_s_thing_or_act_is_aimed_at_that_party(coder):
    for text in ("Kenyan opposition leaders complained that the finance ministry's rules barred them from "
                 "the count.",
                 "Kenyan opposition leaders complained that the count was run by the electoral commission "
                 "without observers."):
        got = [(s, t) for r, s, t in root_triples(code(coder, text)) if r == "11"]
        assert got and got[0][0] == "KENOPP" and got[0][1] and got[0][1].startswith("KENGOV"), (text, got)
