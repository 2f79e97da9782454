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


# ---------------------------------------------------------------- participles that describe a party
def test_allied_forces_are_no_alliance_made(coder):
    c = code(coder,
             "Kenya shelled the border towns in a joint push by Kenya and allied Somali militia forces.")
    assert not roots(c, "05")


def test_allying_with_a_state_is_still_an_alliance(coder):
    assert [f[0] for f in roots(code(coder, "Britain allied with France against Germany."), "05")] == ["050"]


def test_a_strike_called_by_a_union_is_no_phone_call(coder):
    c = code(coder, "Flights were cancelled before a strike at British airports called by the pilots' union.")
    assert not roots(c, "04")
    assert [f[0] for f in roots(code(coder, "Putin called Erdogan on Monday."), "04")] == ["041"]


# ---------------------------------------------------------------- a court's order that bars a party
def test_a_judges_order_barring_a_defendant_restricts_him(coder):
    c = code(coder, "Mr. Harlow is prohibited from contacting the two witnesses, the judge ordered.")
    assert [f[0] for f in roots(c, "17")] == ["172"]
    assert not roots(c, "11")


def test_a_judges_other_orders_stay_rulings(coder):
    c = code(coder, "The judge ordered Mr. Harlow to pay a fine of $500.")
    assert not [f for f in found(c) if f[0] == "172"]


# ---------------------------------------------------------------- a driver's fault in a crash
def test_a_drivers_fault_in_a_crash_criticises_no_one(coder):
    c = code(coder, "A Lenox woman was hurt Friday in a crash on Route 7, state police said. "
                    "The Honda traveled in the wrong lane before striking the truck, troopers said.")
    assert not [f for f in found(c) if f[0] == "111"]
