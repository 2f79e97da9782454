"""Coder v2, session 21d: political acts the lexicons had no trigger for (a participle naming who brought
a lawsuit or opened an inquiry, restored relations, attending a protest). Every sentence here is ours,
written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


# ---------------------------------------------------------------- "a lawsuit filed by X against Y"
def test_the_agent_of_a_filing_participle_brought_the_lawsuit(coder):
    c = code(coder, "A lawsuit filed by the ACLU against the Justice Department was settled "
                    "on Thursday.")
    assert ("11", "NGO", "USA") in [(r, s[:3], t) for r, s, t in root_dyads(c)]


def test_the_participle_names_the_target_of_an_inquiry(coder):
    c = code(coder, "The search came after an investigation opened by the FBI into the senator last spring.")
    assert ("09", "USA", "USA") in root_dyads(c)


def test_a_complaint_lodged_by_a_party_against_a_commission(coder):
    c = code(coder, "The complaint lodged by Brazil's opposition party against the electoral court was "
                    "dismissed.")
    assert any(r == "11" and s == "BRA" for r, s, _t in root_dyads(c))


def test_a_thing_filed_by_a_clerk_is_no_event(coder):
    c = code(coder, "The documents filed by the county clerk were lost in the move.")
    assert c.events == []


# ---------------------------------------------------------------- 05: restoring diplomatic relations
def test_two_states_restoring_ties_cooperate_with_each_other(coder):
    c = code(coder, "Jordan and Qatar restored full diplomatic relations on Tuesday after a two-year rift.")
    assert ("05", "JOR", "QAT") in root_dyads(c) and ("05", "QAT", "JOR") in root_dyads(c)
    c = code(coder, "Bahrain normalized ties with Israel in a ceremony at the White House.")
    assert ("05", "BHR", "ISR") in root_dyads(c)


def test_restoring_power_or_order_is_no_diplomacy(coder):
    c = code(coder, "Crews in Lebanon restored power to most of Beirut on Sunday.")
    assert not any(r == "05" for r, _s, _t in root_dyads(c))


# ---------------------------------------------------------------- 14: attending a protest
def test_who_attends_a_protest_protests(coder):
    c = code(coder, "Hundreds of Chilean students attended a protest against the government in Santiago "
                    "on Friday.")
    assert ("14", "CHL", "CHL") in root_dyads(c)


def test_attending_a_meeting_or_a_campaign_rally_is_no_protest(coder):
    c = code(coder, "Thousands of supporters attended a Trump campaign rally in Ohio on Saturday.")
    assert not any(r == "14" for r, _s, _t in root_dyads(c))


# ---------------------------------------------------------------- 02: encouraging, advocating
def test_encouraging_a_government_to_act_is_an_appeal(coder):
    c = code(coder, "The European Union encouraged the Georgian government to withdraw the media bill.")
    assert ("02", "IGO", "GEO") in root_dyads(c)
    c = code(coder, "Norway encouraged Colombia and the rebels to resume peace talks in Havana.")
    assert any(e.cameo == "026" and e.source.code.startswith("NOR") for e in c.events)


def test_encouraging_patients_or_being_encouraged_is_no_appeal(coder):
    c = code(coder, "The health agency encourages patients to check the source of their medicine.")
    assert not any(r == "02" for r, _s, _t in root_dyads(c))
    c = code(coder, "The senator said she was encouraged by her talk with the prime minister of Spain.")
    assert not any(r == "02" for r, _s, _t in root_dyads(c))


def test_advocating_for_a_policy_asks_the_government(coder):
    c = code(coder, "The Canadian Nurses Association is advocating for more federal money for rural clinics.")
    assert any(r == "02" and s == "CAN" for r, s, _t in root_dyads(c))


# ---------------------------------------------------------------- 04: inviting a leader
def test_inviting_a_leader_is_the_hosts_act(coder):
    c = code(coder, "President Lula invited Prime Minister Narendra Modi to visit Brasilia next year.")
    assert ("04", "BRA", "IND") in root_dyads(c)
    assert not any(e.cameo.startswith("042") for e in c.events)  # the visit asked for is not coded


def test_inviting_the_public_is_no_diplomacy(coder):
    c = code(coder, "The Kenyan health ministry invited residents to comment on the draft rules.")
    assert not any(r == "04" for r, _s, _t in root_dyads(c))
