"""Coder v2: national reporting of an epidemic and its replies: a warning of what an epidemic will do to jobs,
firms or hospitals is a pessimistic comment (012), not safety advice; a rebuttal "countered that …",
"retorted that …" rejects what was said (120), answering no one when the story names no one.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _acts(c):
    return [(e.cameo, e.source.code[-3:] if e.source else None, e.target.code if e.target else None)
            for e in c.events]


# ------------------------------------------------------------- warnings of what an epidemic will do
def test_a_warning_of_an_epidemic_s_toll_on_jobs_is_a_pessimistic_comment(dyadic_coder):
    c = code(dyadic_coder, "The finance minister warned on Tuesday that thousands of jobs in the tourism "
                           "sector will be lost because of the pandemic.")
    assert [(cameo, src) for cameo, src, _t in _acts(c)] == [("012", "GOV")]
    c = code(dyadic_coder, "Senator Warren warned that small businesses are facing ruin as a result of the "
                           "coronavirus.")
    assert [cameo for cameo, _s, _t in _acts(c)] == ["012"]
    # advice to the public, or the course of the hazard itself, is no comment
    c = code(dyadic_coder, "The mayor warned residents to stay indoors because of the wildfire.")
    assert not c.events


def test_a_hazard_s_own_course_or_a_conditional_warning_stays_uncoded(dyadic_coder):
    c = code(dyadic_coder, "The health secretary warned that hospitals in the north would run out of beds "
                           "within weeks as the virus spreads.")
    assert [cameo for cameo, _s, _t in _acts(c)] == ["012"]
    for text in ("The mayor warned that the virus could spread quickly in care homes.",
                 "The fire chief warned that the fire could reach the town by Friday.",
                 "The health minister warned that unless people wear masks, the country could see many "
                 "more cases of Covid-19.",
                 "Police warned that the roads will be icy on Friday because of the storm."):
        assert not any(e.cameo.startswith("01") or e.root == "13" for e in code(dyadic_coder, text).events)


# ------------------------------------------------------------- rebuttals: "countered that", "retorted that"
def test_a_rebuttal_rejects_what_was_said(dyadic_coder):
    c = code(dyadic_coder, "The foreign ministry retorted that the accusations were baseless and politically "
                           "motivated.")
    assert _acts(c) == [("120", "GOV", None)]
    c = code(dyadic_coder, "Governor Smith rebutted that the state had followed every federal rule.")
    assert _acts(c) == [("120", "GOV", None)]
    c = code(dyadic_coder, "The Kremlin shot back that Washington had no right to lecture Moscow.")
    assert [(cameo, t[:3]) for cameo, _s, t in _acts(c)] == [("120", "USA")]


def test_countering_an_attack_or_an_offer_is_no_rebuttal(dyadic_coder):
    c = code(dyadic_coder, "The senator's campaign countered that he had voted for the bill twice.")
    assert [cameo for cameo, _s, _t in _acts(c)] == ["120"]
    for text in ("The army countered the attack with artillery fire.",
                 "The company countered with a lower offer on Friday.",
                 "The defense lawyer countered that the evidence had been obtained illegally.",
                 "“Well,” the senator countered, “then I do not see the point of your question.”",
                 "“That is simply false,” the minister retorted."):
        assert not any(e.cameo == "120" for e in code(dyadic_coder, text).events)
