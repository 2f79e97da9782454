"""Coder v2: an official who "would not comment" or "could not comment" declines to comment (011), as one who
"declined to comment" does; the denial of a modal of will is the act, not an act denied. "Has not commented"
or "did not identify" tells only what is not known yet.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _withheld(coder, text):
    return [(e.cameo, e.source and e.source.code[-3:], str(e.modality)) for e in code(coder, text).events
            if e.cameo == "011"]


def test_would_not_comment_is_declining_to_comment(coder):
    found = _withheld(coder, "Mayor Alan Briggs would not comment on the lawsuit filed by the contractor.")
    assert found == [("011", "GOV", "asserted")]


def test_could_not_comment_is_declining_to_comment(coder):
    found = _withheld(coder, "The district attorney said she could not comment on the two cases.")
    assert [c for c, _s, _m in found] == ["011"]


def test_could_not_identify_is_ability_not_refusal(coder):
    assert _withheld(coder, "The park ranger could not identify the species of the stranded whale.") == []


def test_would_not_identify_is_declining_to_comment(coder):
    found = _withheld(coder, "The sheriff's office would not identify the deputy who fired the shots.")
    assert [c for c, _s, _m in found] == ["011"]


def test_has_not_commented_is_no_event(coder):
    assert _withheld(coder, "The governor has not commented on the audit of the state lottery.") == []


def test_police_have_not_identified_the_victim_is_no_event(coder):
    assert _withheld(coder, "Police have not identified the woman found near the river on Sunday.") == []


def test_a_company_that_would_not_comment_is_no_event(coder):
    assert _withheld(coder, "A spokesman for Delmont Freight would not comment on the recall.") == []


def test_cannot_comment_under_a_rule_is_no_event(coder):
    assert _withheld(coder, "Judge Harriet Vance cannot comment on cases pending before her court.") == []


def test_declining_to_identify_someone_is_made_to_no_one(coder):
    # a refusal to comment has no addressee: the one left unnamed is not its target
    for text in ("Police in Ohio declined to identify the suspect.",
                 "The mayor of Leeds would not identify the officer involved."):
        assert [(e.cameo, e.target) for e in code(coder, text).events] == [("011", None)], text
