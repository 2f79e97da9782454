"""Coder v2: "support" as the purpose of another act is no ally's backing, and a warning that the speaker's
own side has set out on a course (or holds the means to act) is a threat.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def found(coded):
    """(code, source code, target code) of each event."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events]


def roots(coded, root):
    return [f for f in found(coded) if f[0].startswith(root)]


# ---------------------------------------------------------------- support as a purpose
def test_support_telling_what_money_is_for_is_no_backing(coder):
    for text in ("The foundation raised money to support the Kenyan government.",
                 "The charity collected thousands of signatures to support the Kenyan government.",
                 "The ministry says the state spends millions of dollars a year to support the Kenyan army."):
        assert not roots(code(coder, text), "05"), text


def test_support_as_the_act_itself_is_still_backing(coder):
    assert roots(code(coder, "Germany supported Ukraine's bid to join the bloc."), "05") == \
        [("050", "DEU", "UKR")]
    assert [f[0] for f in roots(code(coder, "The Kenyan senators voted to support the president."), "05")] \
        == ["050"]


# ---------------------------------------------------------------- a warning of the speaker's own course
def test_a_warning_that_the_speakers_government_has_begun_to_act_is_a_threat(coder):
    c = code(coder, "The Kenyan president warned Uganda that the government had begun preparing sanctions.")
    assert [f[:3] for f in roots(c, "13")] and roots(c, "13")[0][1:] == ("KENGOV", "UGA")
    assert not roots(c, "01")


def test_a_warning_of_what_befalls_the_speakers_side_is_no_threat(coder):
    c = code(coder, "The Kenyan president warned Uganda that the government would lose revenue.")
    assert not roots(c, "13")


# ---------------------------------------------------------------- a case sent back is no one held
def test_a_court_remanding_a_case_holds_no_one(coder):
    for text in ("The appeals court remanded the case to the district court.",
                 "The judge remanded the lawsuit to state court."):
        assert not roots(code(coder, text), "17"), text


def test_a_defendant_remanded_in_custody_is_still_held(coder):
    c = code(coder, "The Dublin man was remanded in custody on Monday.")
    assert [f[0] for f in roots(c, "17")] == ["173"]
