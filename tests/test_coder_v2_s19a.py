"""Coder v2, session 19a: verbal conflict (demand, disapprove, reject, threaten, reduce relations) read in
real news. Every sentence here is ours, written for the test."""

from __future__ import annotations

import datetime as dt

from coded_events import code, root_dyads


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


# ---------------------------------------------------------------- 11: "critical of"
def test_being_critical_of_a_party_criticises_it(coder):
    c = code(coder, "The opposition leader has long been critical of the government's budget plan.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "OPP", "GOV")]
    c = code(coder, "Sergei Lavrov, who has been sharply critical of NATO, spoke in Moscow.")
    assert ("11", "RUS", "IGO") in root_dyads(c)


def test_critical_to_something_is_no_criticism(coder):
    c = code(coder, "Sergei Lavrov said the pipeline is critical to the future of Russia.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- tariffs on a country's goods
def test_tariffs_on_imports_from_a_country_are_aimed_at_it(coder):
    c = code(coder, "The president threatened to put tariffs on $60 billion of imports from Mexico.")
    assert [(r, t) for r, _s, t in root_dyads(c)] == [("13", "MEX")]
    c = code(coder, "Washington imposed new tariffs on $20 billion of imports from Vietnam.")
    assert ("16", "USA", "VNM") in root_dyads(c)


def test_proposing_tariffs_threatens_sanctions(coder):
    c = code(coder, "The European Commission proposed to impose a 20 percent tariff on imports from Japan.")
    assert [e.cameo for e in c.events] == ["1312"]
    assert root_dyads(c) == [("13", "IGO", "JPN")]


# ---------------------------------------------------------------- 11: criticism a measure draws
def test_a_measure_drawing_criticism_is_its_governments(coder):
    c = code(coder, "The new curfew rules drew sharp criticism from the Labour Party.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("111", "GBRPTY", "GBRGOV")]
    c = code(coder, "The decision to close the border sparked criticism from the European Union.")
    assert [e.cameo for e in c.events] == ["111"]


def test_a_film_drawing_criticism_from_viewers_is_no_event(coder):
    assert code(coder, "The film sparked criticism from viewers.").events == []


# ---------------------------------------------------------------- 114: whom a complaint is about
def test_complaining_that_a_party_did_something_complains_of_it(coder):
    c = code(coder, "The opposition complained that the ruling party had rigged the vote.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("114", "OPP", "PTY")]
    c = code(coder, "Mexico's foreign ministry complained that the United States had ignored its requests.")
    assert ("11", "MEX", "USA") in root_dyads(c)


def test_complaining_about_a_thing_is_no_event(coder):
    assert code(coder, "Residents complained that the noise was unbearable.").events == []


# ---------------------------------------------------------------- 112: a complaint to the police
def test_telling_police_that_someone_attacked_you_accuses_him(coder):
    c = code(coder, "Detectives in Dayton are looking into the case. The victim told officers that a man "
                    "had stabbed her with a screwdriver.")
    told = [e for e in c.events if e.trigger.text == "told"]
    assert [(e.cameo, e.source.sector, e.target.sector) for e in told] == [("112", "CVL", "CVL")]


def test_telling_police_of_no_ones_offence_accuses_no_one(coder):
    opening = "Detectives in Dayton are looking into the case. "
    for text in (opening + "The woman told police she had lost her keys.",
                 opening + "The woman told her sister a man had stabbed her neighbour."):
        assert not any(e.cameo == "112" for e in code(coder, text).events), text


# ---------------------------------------------------------------- 112: accused, then arrested
def test_arrested_after_being_accused_of_a_crime_codes_the_accusation_too(coder):
    c = code(coder, "A Tulsa man was arrested and charged with burglary after being accused of stealing "
                    "a neighbour's truck.")
    assert sorted(e.cameo for e in c.events) == ["112", "173"]


def test_what_one_is_accused_of_is_no_second_accusation(coder):
    c = code(coder, "The Tulsa man is accused of stealing a neighbour's truck.")
    assert [e.cameo for e in c.events if e.cameo.startswith("11")] == ["112"]


# ---------------------------------------------------------------- 120: a denial told beside the accusation
def test_a_charge_denied_by_the_accused_is_its_rejection(coder):
    c = code(coder, "Foreign Secretary David Lammy has blamed the Iranian government for the attack on the "
                    "tanker, a charge denied by Tehran.", published=dt.date(2024, 9, 1))
    assert ("11", "GBR", "IRN") in root_dyads(c) and ("12", "IRN", "GBR") in root_dyads(c)
    c = code(coder, "The minister has accused the Syrian government of the attack on the convoy, a charge "
                    "rejected by Damascus.")
    assert any(r[:2] == ("12", "SYR") for r in root_dyads(c))


def test_what_a_demand_asks_for_stays_its_content(coder):
    c = code(coder, "Washington urged Moscow to release the journalist held by security services.")
    assert [e.cameo[:2] for e in c.events] == ["02"]


# ---------------------------------------------------------------- 111: doubting a measure
def test_questioning_whether_a_measure_works_faults_its_government(coder):
    c = code(coder, "Opposition leaders in Ontario questioned whether the new levy would help families.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "OPP", "GOV")]


def test_questioning_whether_the_weather_will_hold_is_no_event(coder):
    assert code(coder, "Opposition leaders questioned whether the warm weather would last.").events == []


# ---------------------------------------------------------------- 120: denying that something happened
def test_denying_that_something_happened_is_a_denial(coder):
    c = code(coder, "The Kremlin denied that its agents had planned the sabotage.")
    assert [(e.cameo, e.source.code) for e in c.events] == [("120", "RUSGOV")]
    c = code(coder, "Finland accused Russia of violating its airspace. The Kremlin denied that Russian "
                    "warplanes had entered Finnish airspace.")
    assert ("12", "RUS", "FIN") in root_dyads(c)


def test_a_denial_by_a_private_person_is_no_event(coder):
    c = code(coder, "Her neighbour denied that he had taken the parcel.")
    assert not any(e.cameo.startswith("12") for e in c.events)


# ---------------------------------------------------------------- 13: a threat named by a noun
def test_a_threat_to_act_on_a_party_is_aimed_at_it(coder):
    c = code(coder, "Russia's threat to cut gas supplies to Ukraine alarmed Europe.")
    assert ("13", "RUS", "UKR") in root_dyads(c)


def test_a_threat_to_no_one_named_is_no_event(coder):
    c = code(coder, "Russia's threat to raise prices alarmed investors.")
    assert not any(e.cameo.startswith("13") for e in c.events)


# ---------------------------------------------------------------- 120: a refusal named by a noun
def test_a_refusal_to_act_toward_a_party_rejects_it(coder):
    c = code(coder, "Senator Mitch McConnell's refusal to endorse Nikki Haley angered her campaign.")
    assert [(e.cameo, e.source.sector) for e in c.events if e.trigger.text == "refusal"] == [("120", "LEG")]


def test_a_refusal_to_eat_is_no_event(coder):
    assert code(coder, "Her refusal to eat worried the doctors.").events == []


# ---------------------------------------------------------------- 16: expulsions and tariffs named by a noun
def test_an_announced_expulsion_of_diplomats_reduces_relations_with_their_state(coder):
    c = code(coder, "Poland announced the expulsion of five Russian diplomats on Tuesday.")
    assert [(e.cameo, e.source.code[:3], e.target.code[:3]) for e in c.events] == [("161", "POL", "RUS")]


def test_an_expulsion_of_migrants_or_a_student_is_no_diplomatic_expulsion(coder):
    for text in ("Greece ordered the expulsion of 200 migrants from the island.",
                 "The academy announced the expulsion of a cadet from Texas."):
        assert not any(e.cameo.startswith("16") for e in code(coder, text).events), text


def test_announced_import_duties_on_a_country_s_goods_are_sanctions_on_it(coder):
    c = code(coder, "Ottawa announced retaliatory tariffs on $12 billion of American goods.")
    assert ("16", "CAN", "USA") in root_dyads(c)
    c = code(coder, "Beijing announced new import duties on Australian wine.")
    assert ("16", "CHN", "AUS") in root_dyads(c)


def test_widened_official_duties_are_no_sanctions(coder):
    c = code(coder, "The mayor of Boston expanded the duties of the city's health commissioner.")
    assert not any(e.cameo.startswith("16") for e in c.events)


# ---------------------------------------------------------------- the owner of an attempt or a decision acts
def test_an_owned_attempt_or_decision_is_its_owner_s_act(coder):
    c = code(coder, "The Kremlin's attempt to blame Kyiv for the blackout fell flat.")
    assert ("11", "RUS", "UKR") in root_dyads(c)
    c = code(coder, "Hungary's decision to expel two Ukrainian diplomats surprised Brussels.")
    assert ("16", "HUN", "UKR") in root_dyads(c)


def test_an_unowned_decision_names_no_one_who_acts(coder):
    c = code(coder, "The decision to expel two Ukrainian diplomats surprised observers.")
    assert not any(e.cameo.startswith("16") for e in c.events)


# ---------------------------------------------------------------- criticism an act goes ahead despite
def test_an_act_done_despite_criticism_from_a_party_is_criticised_by_it(coder):
    c = code(coder, "The Greek government passed the pension bill despite criticism from opposition parties.")
    assert ("11", "GRC", "GRC") in root_dyads(c)
    c = code(coder, "The French government raised the retirement age amid fierce opposition from the unions.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("110", "LAB", "GOV")]


def test_criticism_borne_by_no_one_named_or_from_no_one_is_no_event(coder):
    for text in ("The pension bill was passed in Athens despite criticism from opposition parties.",
                 "The French government raised the retirement age despite fierce opposition."):
        assert not any(e.cameo[:2] in ("11", "12") for e in code(coder, text).events), text


# ---------------------------------------------------------------- an allegation aims at the one it accuses
def test_an_allegation_of_a_passive_act_accuses_its_agent(coder):
    c = code(coder, "The Kremlin alleged that Russia had been slandered by Britain.")
    assert [(r, s, t) for r, s, t in root_dyads(c) if r == "11"] == [("11", "RUS", "GBR")]


def test_an_allegation_is_not_aimed_at_the_victim_of_the_act(coder):
    c = code(coder, "Prosecutors allege that Smith, of Dayton, Ohio, stole $2 million from the county.")
    assert not [e for e in c.events if e.cameo.startswith("11") and e.target is not None and
                e.target.sector == "GOV"]


def test_a_charge_whose_parse_hangs_an_agentless_passive_on_it_keeps_its_accused(coder):
    c = code(coder, "Teen wasn't abducted, now is charged in burglary.")
    assert [(e.cameo, e.target.sector) for e in c.events if e.trigger.text == "charged"] == [("173", "CVL")]
