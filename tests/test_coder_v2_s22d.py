"""Coder v2, session 22d: over-coding (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code


# ---------------------------------------------------------------- claims turned down in speech
def test_a_named_request_called_unrealistic_is_a_rejection(coder):
    c = code(coder, "The interior minister said the opposition's demand for early elections was unrealistic.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("120", "GOV", "OPP")]


def test_a_state_of_affairs_called_unacceptable_is_not_a_rejection(coder):
    c = code(coder, "The Senate committee criticized the ministry on Monday. The committee says this is "
                    "totally unacceptable.")
    assert not any(e.cameo == "120" for e in c.events)


def test_the_dismissed_claim_is_not_coded_as_an_act_of_its_own(coder):
    c = code(coder, "The finance minister said the union's demand for a pay rise was baseless.")
    assert [e.root for e in c.events] == ["12"]
    assert not any(e.root == "10" for e in c.events)


# ---------------------------------------------------------------- other senses of "order"
def test_goods_ordered_from_a_supplier_are_a_purchase_not_a_demand(coder):
    c = code(coder, "The transport ministry ordered 200 electric buses from a Chinese manufacturer.")
    assert not any(e.root == "10" for e in c.events)


def test_an_order_to_a_party_is_still_a_demand(coder):
    c = code(coder, "The European Union ordered Russia to withdraw its troops from the border.")
    assert any(e.root == "10" and e.target.code.startswith("RUS") for e in c.events)


# ---------------------------------------------------------------- trips that are protests, not visits
def test_a_journey_to_join_a_protest_is_not_a_visit(coder):
    c = code(coder, "Thousands of opposition supporters were travelling to Lahore on Friday to join the "
                    "planned sit-in against the Pakistani government.")
    assert not any(e.root == "04" for e in c.events)
    assert any(e.root == "14" for e in c.events)


def test_protesters_visiting_executives_homes_protest(coder):
    c = code(coder, "Protesters in Connecticut visited the homes of bank executives on Saturday.")
    assert [e.root for e in c.events] == ["14"]


def test_a_leader_travelling_to_meet_a_minister_still_visits(coder):
    c = code(coder, "Pakistan's opposition leader travelled to Washington to meet the Secretary of State.")
    assert any(e.cameo == "042" for e in c.events)


# ---------------------------------------------------------------- "called X to discuss": a telephone call
def test_calling_a_leader_to_discuss_a_crisis_is_a_phone_call_not_a_demand(coder):
    c = code(coder, "Macron called Putin to discuss the war in Ukraine.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("041", "FRAGOV", "RUSGOV")]


def test_calling_on_a_government_to_talk_is_still_an_appeal(coder):
    c = code(coder, "The opposition called on the Kenyan government to discuss the budget with unions.")
    assert [e.root for e in c.events] == ["02"]


def test_calling_a_country_to_withdraw_is_still_a_demand(coder):
    c = code(coder, "The European Union called Russia to withdraw its troops from the border.")
    assert [e.root for e in c.events] == ["10"]


# ---------------------------------------------------------------- a police record's account is attribution
def test_a_police_report_that_says_what_happened_accuses_no_one(coder):
    c = code(coder, "Police in Ocala, Florida arrested Dawson after a brawl. When a man attempted to break "
                    "up the brawl, Dawson sliced his arm, the Ocala Police Department arrest report stated.")
    assert not any(e.trigger.text == "stated" for e in c.events)


def test_a_rights_group_report_still_accuses(coder):
    c = code(coder, "A Human Rights Watch report said Israeli forces had committed war crimes in Gaza.")
    assert [(e.root, e.target.code[:3]) for e in c.events] == [("11", "ISR")]


# ---------------------------------------------------------------- a judging adjective that only intensifies
def test_of_extreme_importance_judges_no_one(coder):
    c = code(coder, "The Dutch trade minister criticised Beijing on Monday. The rules of world trade are of "
                    "extreme importance, he said.")
    assert not any(e.trigger.text == "said" for e in c.events)


def test_extreme_said_of_the_tariffs_still_criticises(coder):
    c = code(coder, "China has criticised the new US tariffs. The tariffs are extreme and reckless, the "
                    "Chinese commerce minister said.")
    assert any(e.trigger.text == "said" and e.root == "11" for e in c.events)
