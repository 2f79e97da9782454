"""Coder v2: verbal conflict in national reporting: retorts ("hit back at", "pushed back against"), the
owner of a thing criticised or rejected after "at"/"against", a quote split by its speech clause, failure and
inaction said of a party, and complaints and lawsuits "brought" against a party.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, codes, root_dyads, triples


# ------------------------------------------------------------- retorts: "hit back at", "pushed back against"
def test_a_retort_aimed_at_a_party_criticises_it(coder):
    c = code(coder, "Senator Elizabeth Warren fired back at President Trump on Tuesday.")
    assert root_dyads(c) == [("11", "USA", "USA")]
    c = code(coder, "Beijing hit back at Washington on Friday over the new export rules.")
    assert root_dyads(c) == [("11", "CHN", "USA")]


def test_a_retort_to_claims_rejects_them_and_answers_their_author(coder):
    c = code(coder, "Senator Warren pushed back against claims by Republicans that the bill would raise "
                    "taxes.")
    assert [(e.cameo, e.target and e.target.code) for e in c.events] == [("120", "USAPTY")]
    c = code(coder, "The finance minister hit back at criticism from the opposition over the budget.")
    assert [(e.cameo, e.target and e.target.code[-3:]) for e in c.events] == [("120", "OPP")]


def test_a_retort_to_an_unattributed_notion_is_kept_without_a_target(dyadic_coder):
    c = code(dyadic_coder, "Governor Hochul pushed back at the notion that the state had lost control of the "
                           "border.")
    assert [(e.cameo, e.target) for e in c.events] == [("120", None)]


def test_armed_forces_firing_back_use_force_and_delays_are_no_retort(coder):
    c = code(coder, "Hezbollah fighters fired back at Israeli troops near the border.")
    assert [r for r, _s, _t in root_dyads(c)] == ["19"]
    c = code(coder, "The mayor pushed back the council vote to next week.")
    assert not any(e.cameo[:2] in ("11", "12") for e in c.events)
    c = code(coder, "The airline pushed back against the storm by adding flights.")
    assert not any(e.cameo[:2] in ("11", "12") for e in c.events)


# ------------------------------------------------------------- whose thing is criticised after "at"/"against"
def test_criticism_of_a_party_s_claims_or_plan_is_aimed_at_that_party(coder):
    c = code(coder, "Senator Warren hit out at the president's claims about the economy.")
    assert [(e.cameo, e.source.code[-3:], e.target.code[-3:]) for e in c.events] == \
        [("111", "LEG", "GOV")]
    c = code(coder, "The union lashed out at the company's decision to close the plant.")
    assert [(e.cameo, e.source.code[-3:], e.target.code[-3:]) for e in c.events] == [("111", "LAB", "BUS")]


def test_taking_issue_with_a_party_criticises_it(coder):
    c = code(coder, "Senator Warren took issue with President Trump's remarks on trade.")
    assert [(e.cameo, e.source.code[-3:], (e.target.code or "")[:3]) for e in c.events] == \
        [("111", "LEG", "USA")]


# ---------------------------------------------------------------- a quote split by "he said"
def test_the_second_half_of_a_split_quote_can_carry_the_criticism(coder):
    c = code(coder, '"We will vote for the budget," Senator Smith said, "but the governor is reckless with '
                    'the state\'s money."')
    assert [(e.cameo, e.source.code[-3:], e.target.code[-3:]) for e in c.events] == [("111", "LEG", "GOV")]


def test_a_split_quote_with_no_judgement_stays_a_plain_statement(coder):
    c = code(coder, '"We will vote for the budget," Senator Smith said, "and the governor deserves our '
                    'thanks for the hard work."')
    assert not any(e.cameo[:2] in ("11", "12") for e in c.events)


# ---------------------------------------------------------------- failure and inaction said of a party
def test_saying_a_party_fails_or_does_nothing_criticises_it(coder):
    c = code(coder, "The opposition leader said the government fails to protect workers.")
    assert [(e.cameo, e.target and e.target.code[-3:]) for e in c.events] == [("111", "GOV")]
    c = code(coder, "The senator said the administration has done nothing to stop the flow of fentanyl.")
    assert [(e.cameo, e.target and e.target.code[-3:]) for e in c.events] == [("111", "GOV")]


def test_a_forecast_that_something_would_fail_faults_no_one(coder):
    c = code(coder, "The opposition leader said the new footage would fail to confirm the allegations.")
    assert not any(e.cameo[:2] == "11" for e in c.events)
    c = code(coder, "The coach said the team failed to score in the second half.")
    assert codes(c) == []


# ---------------------------------------------------------------- complaints and lawsuits brought
def test_a_complaint_or_lawsuit_brought_against_a_party(coder):
    c = code(coder, "Brazil brought an official complaint against Zimbabwe over currency manipulation.")
    assert triples(c)[0][0] == "114" and root_dyads(c)[0] == ("11", "BRA", "ZWE")
    c = code(coder, "The American Civil Liberties Union brought a lawsuit against the city of Chicago.")
    assert [e.cameo for e in c.events] == ["115"]


def test_bringing_a_complaint_to_a_meeting_is_no_complaint_against_anyone(dyadic_coder):
    c = code(dyadic_coder, "The mayor brought a complaint from residents to the council meeting.")
    assert not any(e.cameo[:2] == "11" for e in c.events)


# ------------------------------------------------------------ the second half of a split quote, as a conjunct
def test_a_split_quote_continued_by_but_is_read(coder):
    c = code(coder, '"We will vote for the budget," Senator Smith said, "but the governor has been reckless '
                    'with the state\'s money."')
    assert [(e.cameo, e.source.code[-3:], e.target.code[-3:]) for e in c.events] == \
        [("111", "LEG", "GOV")]


def test_said_and_added_without_a_quote_is_no_continuation(coder):
    c = code(coder, "The senator said the plan was sound and added that the governor deserved credit.")
    assert not any(e.cameo[:2] == "11" for e in c.events)

