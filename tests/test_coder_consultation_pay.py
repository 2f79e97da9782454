"""Coder v2: consultation named by "work with", "speak with", "in touch with" and conversations; aid counted
as an amount ("$150 million in aid"); a workforce's pay concessions; readiness to help;
wishes of another's act.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def events_of(coder, text):
    return [(e.cameo, e.source and e.source.code[:3], e.target and e.target.code[:3], e.modality)
            for e in code(coder, text).events]


# ---------------------------------------------------------------- 04: bodies working with each other
def test_a_body_working_with_another_consults_it(coder):
    c = code(coder, "The county has been working with the Environmental Protection Agency on the cleanup.")
    assert ("04", "USA", "USA") in root_dyads(c)
    c = code(coder, "Ukraine is working closely with the European Union on the reconstruction plan.")
    assert ("04", "UKR", "IGO") in root_dyads(c)


def test_working_with_people_or_a_career_is_no_consultation(coder):
    assert not [r for r in root_dyads(code(coder, "The charity works with local families to provide meals."))
                if r[0] == "04"]
    assert not [r for r in root_dyads(code(coder, "Joe Biden worked for eight years with Barack Obama."))
                if r[0] == "04"]


# ---------------------------------------------------------------- 04: speaking with a party, in touch with it
def test_speaking_with_a_foreign_leader_is_a_consultation(coder):
    c = code(coder, "The British foreign secretary spoke with Iranian officials on Monday.")
    assert ("04", "GBR", "IRN") in root_dyads(c)


def test_speaking_to_reporters_or_with_candour_is_no_consultation(coder):
    for text in ("The mayor spoke to reporters after the council vote.",
                 "Both the prince and his wife spoke with remarkable candour during the interview.",
                 "German and French diplomats have spoken about the crisis."):
        assert not [r for r in root_dyads(code(coder, text)) if r[0] == "04"], text


def test_keeping_in_contact_with_a_party_consults_it(coder):
    c = code(coder, "Egypt maintains close contacts with the Sudanese government, the minister said.")
    assert ("04", "EGY", "SDN") in root_dyads(c)


def test_a_conversation_had_with_a_leader_is_a_consultation(coder):
    c = code(coder, "The Kenyan president had a long conversation with the Ugandan president on Sunday.")
    assert ("04", "KEN", "UGA") in root_dyads(c)


def test_a_lawyers_conversations_with_a_judge_are_none(coder):
    c = code(coder, "The defence lawyer recalled conversations he had with the judge years ago.")
    assert not [r for r in root_dyads(c) if r[0] == "04"]


def test_the_entrys_target_sectors_hold_for_each_conjoined_party(coder):
    c = code(coder, "The Kenyan foreign ministry worked with Ugandan officials and industry groups.")
    assert [r for r in root_dyads(c) if r[0] == "04"] == [("04", "KEN", "UGA")]


# ---------------------------------------------------------------- 07: aid counted as an amount
def test_an_amount_in_aid_is_aid(coder):
    c = code(coder, "Norway and Sweden will provide $150 million in aid to Mali, the ministers said.")
    assert ("03", "NOR", "MLI") in root_dyads(c)
    c = code(coder, "Denmark has provided $40 million in humanitarian aid to Sudan this year.")
    assert [(e.cameo, e.source.code[:3], e.target.code[:3]) for e in c.events] == [("073", "DNK", "SDN")]


def test_an_amount_in_other_money_is_no_aid(coder):
    c = code(coder, "The county spent $5 million in federal funds on the new courthouse roof.")
    assert not [r for r in root_dyads(c) if r[0] == "07"]


# ---------------------------------------------------------------- 08: a workforce's pay concessions
def test_a_union_accepting_a_pay_cut_yields_to_its_public_employer(coder):
    c = code(coder, "The teachers' union voted to accept a 3 percent pay cut to avoid layoffs.")
    assert [e.cameo for e in c.events if e.cameo.startswith("08")] == ["080"]
    ev = next(e for e in c.events if e.cameo == "080")
    assert ev.target is not None and ev.target.sector == "GOV"


def test_a_pay_cut_imposed_or_rejected_is_no_concession(coder):
    for text in ("Nurses at the county hospital rejected a pay cut on Friday.",
                 "The company agreed to a pay rise for its drivers."):
        assert not [e for e in code(coder, text).events if e.cameo.startswith("08")], text


# ---------------------------------------------------------------- modality: wishing another to act
def test_wanting_another_to_act_is_no_act(coder):
    evs = events_of(coder, "Washington wants Kyiv to negotiate with Moscow, the official said.")
    assert evs and all(m != "asserted" for code_, _s, _t, m in evs if code_.startswith("04"))


# ---------------------------------------------------------------- 03: readiness told is an intent
def test_being_keen_or_eager_to_help_or_negotiate_is_an_intent(coder):
    c = code(coder, "Kenya is eager to help Somalia in any way its people require, the minister said.")
    assert ("031", "KEN", "SOM") in [(e.cameo, e.source.code[:3], e.target and e.target.code[:3])
                                      for e in c.events]
    c = code(coder, "Ghana is keen to negotiate with Togo over the disputed border.")
    assert [e.cameo for e in c.events] == ["036"]


def test_being_keen_on_an_act_of_no_cooperative_kind_is_none(coder):
    for text in ("Police are keen to arrest anyone who breaks the curfew.",
                 "The city is happy to pay $2 million for the land."):
        assert not [e for e in code(coder, text).events if e.cameo.startswith("03")], text
