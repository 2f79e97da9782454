"""Coder v2, session 23g: rules that fired on what the sentence does not tell happened (every sentence here
is ours, written for the test)."""

from __future__ import annotations

from coded_events import code


def _roots(c, trigger):
    return [e.root for e in c.events if e.trigger.text.lower() == trigger]


# ---------------------------------------------------------------- talks told as failed
def test_talks_told_as_failed_are_not_coded_as_talks(coder):
    c = code(coder, "Officials in Ramallah welcomed the failure of the ceasefire negotiations between Israel "
                    "and Hamas.")
    assert _roots(c, "negotiations") == []
    c = code(coder, "Several ministers were relieved that the talks between Serbia and Kosovo had collapsed.")
    assert _roots(c, "talks") == []
    c = code(coder, "Talks between Ethiopia and Egypt broke down in Cairo on Monday.")
    assert _roots(c, "talks") == []


def test_talks_between_two_parties_told_as_going_on_are_still_coded(coder):
    c = code(coder, "Talks between Ethiopia and Egypt resumed in Cairo on Monday.")
    assert "04" in _roots(c, "talks")


# ---------------------------------------------------------------- a petitioner's warning
def test_a_warning_of_a_danger_faults_no_government(coder):
    c = code(coder, "The Irish Vintners Federation has warned that 50,000 pub jobs are now at risk.")
    assert "11" not in _roots(c, "warned")
    c = code(coder, "A Lebanese lawmaker warned that much remained to be done to mend ties with Syria.")
    assert "11" not in _roots(c, "warned")


def test_a_warning_against_a_course_still_faults_the_government(coder):
    c = code(coder, "The Irish Vintners Federation has warned that the new excise tax will cost 50,000 jobs.")
    assert [(e.root, e.target.code) for e in c.events if e.trigger.text == "warned"] == [("11", "IRLGOV")]
    c = code(coder, "The Irish Vintners Federation warned against raising the excise duty on beer.")
    assert [(e.root, e.target.code) for e in c.events if e.trigger.text == "warned"] == [("11", "IRLGOV")]


# ---------------------------------------------------------------- a menace only a caller tells
def test_a_menace_told_only_by_callers_is_not_coded(coder):
    c = code(coder, "Officers responded after two 911 callers reported a man pointing a silver handgun at "
                    "people on the street in Brooklyn.")
    assert _roots(c, "pointing") == []
    c = code(coder, "Police in Brooklyn were called after a caller said a man was pointing a gun at people "
                    "on the street.")
    assert _roots(c, "pointing") == []


def test_a_menace_told_as_fact_is_still_coded(coder):
    c = code(coder, "A man pointed a handgun at two police officers in Chicago on Sunday.")
    assert "13" in _roots(c, "pointed")


# ---------------------------------------------------------------- prayers offered
def test_offering_prayers_is_sympathy_not_an_offer(coder):
    c = code(coder, "The army chief visited the father of the slain student, condoled with him and "
                    "offered Fatiha.")
    assert "03" not in _roots(c, "offered")
    c = code(coder, "The Indian Prime Minister offered prayers to the Nepalese President after the "
                    "earthquake.")
    assert "03" not in [e.root for e in c.events]


def test_offering_talks_is_still_an_offer(coder):
    c = code(coder, "Pakistan offered India talks on Kashmir.")
    assert [e.root for e in c.events] == ["03"]


# ---------------------------------------------------------------- a course judged in general
def test_judging_a_course_no_one_takes_faults_no_party(coder):
    c = code(coder, "The National Union of Students criticised universities in England over online teaching. "
                    "The union's president says it is unfair to expect students to stay quietly on campus.")
    assert [e for e in c.events if e.trigger.text == "says"] == []


def test_judging_a_named_party_s_plan_still_faults_it(coder):
    c = code(coder, "The National Union of Students criticised the universities minister in England. "
                    "The union's president says the minister's plan is unfair.")
    assert [(e.root, e.target.code) for e in c.events if e.trigger.text == "says"] == [("11", "GBRGOV")]
