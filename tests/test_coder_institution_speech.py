"""Coder v2: a company's, a school's or a hospital's statement is an event when it judges a political actor
or a public measure ("the firm said the new regulations were unworkable": 111 toward the government), not
when it speaks of its rivals, its products or its own plans (coding guide: company business is not coded).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _speech(coder, text):
    return [(e.cameo, e.source and e.source.code[-3:], e.target and e.target.code[-3:])
            for e in code(coder, text).events]


def test_company_judging_a_public_measure_criticises_the_government(coder):
    found = _speech(coder, "The airline said the new restrictions were disproportionate and unfair.")
    assert found == [("111", "BUS", "GOV")]


def test_insurers_judging_regulations_criticise_the_government(coder):
    found = _speech(coder, "Insurers say the regulations are unworkable.")
    assert found == [("111", "BUS", "GOV")]


def test_company_on_its_own_policy_is_no_event(coder):
    assert _speech(coder, "The airline said its new pricing policy was a mistake.") == []


def test_company_on_its_rival_is_no_event(coder):
    assert _speech(coder, "The airline said its rival was dishonest.") == []


def test_company_dismissing_allegations_is_no_event(coder):
    assert _speech(coder, "The airline said the allegations were baseless.") == []


def test_company_on_its_products_is_no_event(coder):
    assert _speech(coder, "The airline said its new lounges were superb.") == []


def test_university_calling_the_ministry_incompetent_criticises_it(coder):
    found = _speech(coder, "The university said the education ministry was incompetent.")
    assert found == [("111", "EDU", "GOV")]


def test_university_on_its_own_staff_is_no_event(coder):
    assert _speech(coder, "The university said its lecturers were outstanding.") == []
