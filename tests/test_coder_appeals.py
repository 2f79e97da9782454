"""Coder v2: appeals, demands, threats and warnings: who asks, urges, recommends, encourages or threatens
whom.

Every sentence here is ours, written for the test. (The tests were written in the work sessions and regrouped
here by capability.)"""

from __future__ import annotations

from coded_events import acts, code, root_dyads, triples
from coded_events import target_countries as dyads


def _said(c, trigger="said"):
    return [(e.root, e.source.code, e.target.code if e.target else None) for e in c.events
            if e.trigger.text.lower() == trigger]


# ---------------------------------------------------------------- 13: "threaten" said of a party
def test_threatening_a_party_is_a_threat_without_a_told_act(coder):
    assert ("13", "CHN", "TWN") in root_dyads(code(coder, "Beijing threatened Taiwan again on Monday."))


def test_threatening_a_party_with_a_penalty_is_a_threat(coder):
    c = code(coder, "Russia threatened Moldova with higher gas prices.")
    assert ("13", "RUS", "MDA") in root_dyads(c)


def test_a_person_threatening_another_is_a_menace(coder):
    c = code(coder, "Once inside the flat, he threatened the woman and broke a window, police said.")
    assert [e.cameo for e in c.events if e.trigger.text.startswith("threaten")] == ["130"]


def test_what_threatens_a_thing_or_menaces_with_a_gun_is_no_threat(coder):
    for text in ("Rising sea levels threaten the island nation.",
                 "The scandal threatens the government of Peru.",
                 "Officers answered reports of a man threatening shoppers with a gun in Ohio."):
        assert not any(e.cameo.startswith("13") for e in code(coder, text).events), text


# ---------------------------------------------------------------- 02: what a demand asks for
def test_what_a_demand_asks_for_stays_its_content(coder):
    c = code(coder, "Washington urged Moscow to release the journalist held by security services.")
    assert [e.cameo[:2] for e in c.events] == ["02"]


# ---------------------------------------------------------------- 13: a threat named by a noun
def test_a_threat_to_act_on_a_party_is_aimed_at_it(coder):
    c = code(coder, "Russia's threat to cut gas supplies to Ukraine alarmed Europe.")
    assert ("13", "RUS", "UKR") in root_dyads(c)


def test_a_threat_to_no_one_named_is_no_event(coder):
    c = code(coder, "Russia's threat to raise prices alarmed investors.")
    assert not any(e.cameo.startswith("13") for e in c.events)


# ---------------------------------------------------------------- 02 appeal
def test_calling_for_talks_with_someone_appeals_for_negotiation_with_him(coder):
    c = code(coder, "Georgian President Mikheil Saakashvili called for talks with Russia.")
    assert ("026", "GEOGOV", "RUS") in dyads(c)
    c = code(coder, "President Volodymyr Zelensky called for negotiations with Moscow on Sunday.")
    assert ("026", "UKRGOV", "RUS") in dyads(c)


def test_what_an_act_is_done_for_is_no_target_of_a_pledge(coder):
    c = code(coder, "He was tried for an offence he committed for belonging to the ruling party.")
    assert not any(e.root == "03" for e in c.events)


# ---------------------------------------------------------------- requests and recommendations
def test_a_named_partys_request_is_made_of_whoever_considers_or_grants_it(coder):
    c = code(coder, "The British government is considering Russia's request for consular access to the "
                    "poisoned woman.")
    assert ("020", "RUS", "GBRGOV") in triples(c)
    c = code(coder, "Russia's request for an emergency meeting was granted by the United Nations.")
    assert ("020", "RUS", "IGOUNO") in triples(c)


def test_a_pronouns_request_or_a_rejected_one_is_no_new_appeal(coder):
    c = code(coder, "Consumer Watchdog challenged their request for higher rates on Monday.")
    assert not any(e.trigger.text == "request" for e in c.events)
    c = code(coder, "Britain rejected Russia's request for consular access on Tuesday.")
    assert not any(e.root == "02" and e.target is not None and e.target.code.startswith("GBR")
                   for e in c.events)


def test_recommending_that_a_party_act_appeals_to_it(coder):
    c = code(coder, "Governor Kathy Hochul recommended that the legislature pass the budget by Friday.")
    assert ("020", "USAGOV", "USALEG") in triples(c)
    c = code(coder, "The Labour Party recommends the government scrap the tax on heating.")
    assert any(t[0].startswith("02") and t[1:] == ("GBRPTY", "GBRGOV") for t in triples(c))


def test_recommending_a_person_for_a_post_is_no_appeal(coder):
    c = code(coder, "Senator Chuck Schumer recommended her for the post of ambassador.")
    assert not any(e.root == "02" for e in c.events)
    c = code(coder, "Prosecutors recommended that she receive probation.")
    assert not any(e.root == "02" for e in c.events)


def test_an_appeal_is_made_of_the_doer_not_of_the_one_done_to(coder):
    c = code(coder, "Councilman Pickle recommended that Anglin be consulted on the plan.")
    assert not any(e.root == "02" and e.target is not None and "Anglin" in e.target.text for e in c.events)
    c = code(coder, "Senator Marco Rubio urged that Cuba be punished for its support of Russia.")
    assert not any(e.root == "02" and e.target is not None and e.target.code.startswith("CUB")
                   for e in c.events)


# ---------------------------------------------------------------- a measure asked for: "should be removed"
def test_a_measure_said_to_be_needed_with_no_doer_is_an_appeal_to_the_government(coder):
    c = code(coder, "WASHINGTON -- Senator Susan Collins said the restrictions must be lifted immediately.")
    assert ("02", "USALEG", "USAGOV") in acts(c)


def test_a_government_stating_what_must_be_done_or_a_forecast_is_no_appeal(coder):
    for text in ("WASHINGTON -- The White House said the restrictions must be lifted immediately.",
                 "WASHINGTON -- Senator Susan Collins said the bridge will be rebuilt."):
        assert not any(r == "02" for r, _s, _t in acts(code(coder, text))), text


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


# ---------------------------------------------------------------- a virtue its holder has none of
def test_no_fair_chance_or_no_credible_threat_faults_no_one(coder):
    c = code(coder, "Sen. Maria Lopez said the governor had no fair chance to respond.")
    assert _said(c) == []
    c = code(coder, "Police Chief John Smith said there was no credible threat to the school.")
    assert _said(c) == []


# ---------------------------------------------------------------- 02 / 10: a request only planned, a need
def test_a_request_only_planned_is_not_yet_made(coder):
    for text in ("The district attorney said he plans to ask Judge Morrow to jail the builder for ten years.",
                 "The mayor of Toledo intends to ask state lawmakers to delay the levy vote."):
        assert not [e for e in code(coder, text).events
                    if e.root == "02" and e.modality in ("asserted", "future")], text
    # a request scheduled stays a future request
    c = code(coder, "The Ohio governor will ask the legislature for more school money on Monday.")
    assert [(e.root, e.modality) for e in c.events] == [("02", "future")]


def test_requiring_a_thing_is_a_need_and_requiring_a_party_to_act_a_demand(coder):
    need = code(coder, "Damascus required direct contact with President Obama to move the talks forward.")
    assert not [e for e in need.events if e.root == "10"]
    demand = code(coder, "The Ohio regulator required the mining company to file new safety plans.")
    assert [e.root for e in demand.events] == ["10"]



# ------------------------------------------------------------ 02: pushing a party to act; pressing a thing
def test_pushing_a_party_to_act_is_an_appeal_not_a_demand(coder):
    # (coding guide: "push for" is an appeal; 10x needs "demand", "insist … must" or an ultimatum)
    for text in ("The teachers' union pushed the Labour Ministry to drop the pay reform.",
                 "Senators pushed the Pentagon to publish the audit."):
        assert [e.root for e in code(coder, text).events] == ["02"], text


def test_pressing_a_weapon_into_someone_is_no_request(coder):
    c = code(coder, "Sergeant Mary Olson shouted commands for Reyes to drop the knife, pressed her own rifle "
                    "into Reyes's chest")
    assert not [e for e in c.events if e.trigger.text == "pressed"]
