"""Coder v2: mobilization of forces (15) told with or without the party it aims at, the
forces a state calls up beyond troops (police, reservists, militia, missile systems), and leaving talks (164).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def events(coded):
    """(code, source code, target code or None) of each event."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events]


# ---------------------------------------------------------------- 15: forces called up, moved or massed
def test_police_deployed_to_a_city_are_mobilized_police(coder):
    c = code(coder, "The Kenyan government deployed 3,000 police officers to Mombasa on Saturday.")
    assert [(k, s[:3]) for k, s, _t in events(c)] == [("153", "KEN")]


def test_a_call_up_of_reservists_is_a_mobilization_with_no_target_named(coder):
    c = code(coder, "The Serbian army called up 5,000 reservists on Thursday.")
    assert events(c) == [("154", "SRBMIL", None)]


def test_forces_deployed_in_the_passive_are_their_own_side(coder):
    c = code(coder, "Hundreds of Nigerian soldiers were deployed to the northern border on Tuesday.")
    assert [(k, s) for k, s, _t in events(c)] == [("154", "NGAMIL")]


def test_a_missile_system_deployed_is_a_show_of_force(coder):
    c = code(coder, "Poland deployed a new missile defence system near its eastern frontier.")
    assert [(k[:2], s) for k, s, _t in events(c)] == [("15", "POL")]


def test_software_deployed_is_no_mobilization(coder):
    assert events(code(coder, "The ministry deployed new accounting software to all regional offices.")) == []
    assert events(code(coder, "Microsoft deployed an update to millions of computers on Monday.")) == []


def test_troops_stationed_abroad_still_need_a_party_named(coder):
    # a presence, not a move: with no one named it aims at, nothing is coded
    assert events(code(coder, "About 2,000 British soldiers are stationed at the base.")) == []


def test_raised_combat_readiness_is_a_military_alert(coder):
    c = code(coder, "Belarus raised the combat readiness of its air force on Sunday.")
    assert events(c) == [("152", "BLR", None)]


def test_a_firm_raising_readiness_is_no_alert(coder):
    assert events(code(coder, "The airline increased the readiness of its booking system.")) == []


def test_calling_up_a_minister_is_still_a_phone_call(coder):
    c = code(coder, "The Jordanian king called up the Egyptian president on Friday.")
    assert [k for k, _s, _t in events(c)] == ["041"]


# ---------------------------------------------------------------- 164: leaving talks
def test_quitting_talks_halts_negotiations_with_the_other_side(coder):
    c = code(coder, "The union withdrew from negotiations with the labour ministry on Friday.")
    assert [k for k, _s, t in events(c) if t and t.endswith("GOV")] == ["164"]
    c = code(coder, "The rebels quit the peace talks with the government on Sunday.")
    assert [(k, s, t) for k, s, t in events(c)] == [("164", "REB", "GOV")]


def test_withdrawing_from_a_town_after_talks_is_no_halt_of_talks(coder):
    c = code(coder, "The army withdrew from the town after talks with the rebels.")
    assert "164" not in [k for k, _s, _t in events(c)]


def test_a_fan_ejected_from_a_stadium_is_no_expulsion(coder):
    assert events(code(coder, "Stewards ejected a fan from the stadium during the match.")) == []


# ---------------------------------------------------------------- 07: aid named by its carriage
def test_an_announced_delivery_of_relief_aid_is_humanitarian_aid(coder):
    c = code(coder, "Norway announced the delivery of emergency humanitarian aid to Mozambique on Monday.")
    assert [(k, s, t) for k, s, t in events(c)] == [("073", "NOR", "MOZ")]


def test_a_shipment_of_arms_sent_to_a_state_is_military_aid(coder):
    c = code(coder, "Washington approved a new shipment of weapons to Kyiv last week.")
    assert [k for k, _s, t in events(c) if t and t.startswith("UKR")] == ["072"]


def test_a_transfer_of_goods_between_firms_is_no_aid(coder):
    c = code(coder, "The retailer announced the transfer of its stock to a new warehouse in Ohio.")
    assert events(c) == []


def test_relief_rushed_to_a_country_is_aid(coder):
    c = code(coder, "Turkey rushed food and medicine to Syria after the earthquake.")
    assert [(k, s, t) for k, s, t in events(c)] == [("073", "TUR", "SYR")]


# ---------------------------------------------------------------- 06: cooperation widened
def test_expanded_intelligence_sharing_is_intelligence_cooperation(coder):
    c = code(coder, "Spain expanded intelligence sharing with Morocco this year.")
    assert events(c) == [("064", "ESP", "MAR")]


def test_two_states_stepping_up_military_cooperation_cooperate_militarily(coder):
    c = code(coder, "Japan and Australia stepped up military cooperation on Thursday.")
    assert sorted(events(c)) == [("062", "AUS", "JPN"), ("062", "JPN", "AUS")]


def test_a_plan_to_expand_trade_is_an_intent_not_cooperation(coder):
    c = code(coder, "Chile and Peru agreed to expand trade.")
    assert [k[:2] for k, _s, _t in events(c)] == ["03", "03"]


def test_a_school_strengthening_cooperation_with_parents_is_no_event(coder):
    assert events(code(coder, "The school strengthened its cooperation with parents.")) == []
    assert events(code(coder, "The retailer expanded its trade with Asian suppliers.")) == []
