"""Coder v2, material and legal conflict (09, 14, 15, 17–20) found reading real news (every sentence here is
ours, written for the test)."""

from __future__ import annotations

import datetime as dt

from coded_events import code, triples


def roots(coded):
    return {e.cameo[:2] for e in coded.events}


# ---------------------------------------------------------------- nominal violence with its author
def test_a_police_shooting_of_someone_is_the_police_firing_on_him(coder):
    c = code(coder, "Marchers in Sacramento rallied on Sunday after the police shooting of a young father.")
    assert ("193", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Demonstrations spread after the police killing of an unarmed teenager in Sacramento.")
    assert ("190", "USACOP", "USACVL") in triples(c)


def test_a_state_bombing_of_a_city_is_its_forces_air_attack_not_terrorism(coder):
    c = code(coder, "Hundreds of families fled south during the Israeli bombing of Gaza City.")
    bombing = [(e.cameo[:2], e.source.code) for e in c.events if e.trigger.text == "bombing"]
    assert bombing == [("19", "ISRMIL")]


def test_a_killing_with_a_mere_adjective_names_no_author(coder):
    c = code(coder, "Police in Ohio said the brutal killing of a teenager shocked the small town.")
    assert not roots(c) & {"18", "19"}
    c = code(coder, "Crews began the shooting of the new film in Toronto in May.")
    assert not roots(c) & {"18", "19"}


# ---------------------------------------------------------------- investigations
def test_someone_under_investigation_is_investigated(coder):
    c = code(coder, "Nigerian officials said on Friday that a former governor was under investigation.")
    assert ("091", "NGACOP", "NGAELI") in triples(c)
    c = code(coder, "The transport agency said the trucking firm is under investigation for fraud.")
    probe = [(e.cameo, e.target.sector) for e in c.events if e.trigger.text == "investigation"]
    assert probe == [("091", "BUS")]


def test_a_thing_under_investigation_is_no_ones_case(coder):
    c = code(coder, "Police in Ohio said the cause of the crash remains under investigation.")
    assert "09" not in roots(c)
    c = code(coder, "Officials in Ohio said the incident is under investigation.")
    assert "09" not in roots(c)


# ---------------------------------------------------------------- protests
def test_protests_an_act_set_off_are_against_its_author(coder):
    c = code(coder, "The decision by the city council to shut the public library sparked protests in Leeds.")
    protests = [(e.cameo, e.source.sector, e.target.sector) for e in c.events if e.trigger.text == "protests"]
    assert protests == [("141", "OPP", "GOV")]
    c = code(coder, "Boeing's decision to cut ten thousand jobs prompted days of protests in Seattle.")
    protests = [(e.cameo[:2], e.target.sector) for e in c.events if e.trigger.text == "protests"]
    assert protests == [("14", "BUS")]


def test_protests_set_off_by_activists_or_by_no_one_named_are_not_coded_against_them(coder):
    c = code(coder, "Student activists in Caracas sparked protests across the country.")
    assert "14" not in roots(c)
    c = code(coder, "The killing of a local teenager sparked protests in the town.")
    assert "14" not in roots(c)


# ---------------------------------------------------------------- the crime a suspect is charged with
def test_the_crime_a_described_suspect_is_accused_of_is_his_alleged_act(coder):
    c = code(coder, "Lawyers for a Macon man accused of stabbing a city police officer asked for a retrial.")
    alleged = [(e.cameo, e.source.sector, e.target.sector, e.modality) for e in c.events if e.root == "18"]
    assert alleged == [("182", "CVL", "COP", "claimed")]
    c = code(coder, "Teen accused of attacking two women with knife.")
    assert "18" in roots(c)


def test_a_charge_in_a_killing_names_the_suspects_alleged_act(coder):
    c = code(coder, "A Dayton man has been charged with murder in the stabbing death of a local shop owner, "
                    "Dayton police said.")
    assert ("173", "USACVL") in [(e.cameo, e.target.code) for e in c.events]
    assert [(e.cameo, e.source.code, e.modality) for e in c.events if e.cameo[:2] == "18"] == \
        [("1823", "USACVL", "claimed")]
    c = code(coder, "Ohio police said two brothers are now charged in the brutal beating of a neighbour.")
    assert "18" in roots(c)


def test_a_charge_with_no_victim_or_an_accusation_between_states_is_no_crime_of_the_accused(coder):
    c = code(coder, "Dayton police said the man was charged with first-degree sexual assault.")
    assert "18" not in roots(c)
    c = code(coder, "Russia accused Ukraine of the shelling of the nuclear plant.")
    assert not roots(c) & {"18", "19"}


# ---------------------------------------------------------------- raids
def test_a_police_raid_is_a_search_and_a_military_raid_an_attack(coder):
    c = code(coder, "Police in Kolkata carried out a raid on the flat of a murder suspect.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("091", "COP")]
    c = code(coder, "Israeli troops carried out a raid on the Jenin refugee camp.")
    assert [(e.cameo[:2], e.source.code) for e in c.events] == [("19", "ISRMIL")]


def test_an_arrest_in_a_raid_is_not_the_suspects_crime(coder):
    c = code(coder, "In a police raid at their home on Friday, the brothers were arrested on drug warrants.")
    assert not roots(c) & {"18", "19"}
    c = code(coder, "Dealers rent motel rooms to avoid a police raid on their own homes.")
    assert "09" not in roots(c)


# ---------------------------------------------------------------- custody
def test_someone_named_by_his_age_is_the_one_arrested(coder):
    c = code(coder, "Police in Dayton, Ohio said the 19-year-old was arrested on Friday.")
    assert ("173", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Police in Dayton, Ohio said a 30-year-old died in the crash.")
    assert c.events == [] or "17" not in roots(c)


def test_a_warrant_issued_for_someones_arrest_is_the_arrest_ordered(coder):
    c = code(coder, "A county judge had signed a warrant for Garcia's arrest, Dayton police said.")
    assert ("173", "USACOP", "USACVL") in triples(c)
    c = code(coder, "The sheriff urged anyone who thinks there may be a warrant for their arrest to call.")
    assert "17" not in roots(c)


def test_taken_to_the_police_station_is_held_there(coder):
    c = code(coder, "Dayton police said the driver was taken to the police station.")
    assert ("173", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Dayton police said the boy was taken to the train station by his aunt.")
    assert "17" not in roots(c)


# ---------------------------------------------------------------- strikes told as a state
def test_workers_on_strike_strike(coder):
    c = code(coder, "Junior doctors in Kenya have been on strike for three weeks.")
    assert ("143", "KENHLH", "KENGOV") in triples(c)
    c = code(coder, "Bus drivers in Leeds are in the second week of a walkout over pay.")
    assert [e.cameo[:2] for e in c.events if e.trigger.text == "walkout"] == ["14"]


def test_a_state_one_is_in_is_no_protest_unless_it_is_one(coder):
    c = code(coder, "Brown and his friends were at the Legion hall on the night of March 6.")
    assert "14" not in roots(c)
    c = code(coder, "Kenyan and Somali officials are in talks over the border.")
    assert "04" not in roots(c)


# ---------------------------------------------------------------- in charge of an investigation: leading it
def test_police_in_charge_of_an_investigation_investigate_the_storys_suspect(coder):
    c = code(coder, "A driver was arrested in Dayton, Ohio on Monday. Detective Ann Blake is in charge "
                    "of the investigation.")
    assert ("091", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Two men were arrested in Hamilton, Ontario. The robbery unit of Hamilton police took "
                    "charge of the investigation.")
    assert ("091", "CANCOP", "CANCVL") in triples(c)
    c = code(coder, "Two men were arrested in Hamilton, Ontario. Provincial police took over the "
                    "investigation.")
    assert ("091", "CANCOP", "CANCVL") in triples(c)


def test_being_in_charge_of_something_else_is_no_investigation(coder):
    c = code(coder, "Detective Ann Blake of the Dayton police was in charge of the unit for ten years.")
    assert "09" not in roots(c)


# ---------------------------------------------------------------- detentions an army reports
def test_detentions_an_army_reports_abroad_are_its_own_of_the_places_people(coder):
    c = code(coder, "Israeli troops entered a village near Nablus, and the army said four men were detained.")
    assert ("173", "ISRMIL", "PSECVL") in triples(c)
    c = code(coder, "Four men were arrested in Hebron on Tuesday, the Israeli military said.")
    assert ("173", "ISRMIL", "PSECVL") in triples(c)


def test_detentions_a_governor_reports_abroad_are_not_his(coder):
    c = code(coder, "Governor John Rankin of the British Virgin Islands said the premier had been detained "
                    "in Miami.")
    assert [(e.source.code, e.target.code) for e in c.events if e.root == "17"] == [("USACOP", "VGBGOV")]


# ---------------------------------------------------------------- in the custody of the police
def test_someone_in_the_custody_of_the_police_is_held_by_them(coder):
    c = code(coder, "A cook from Xenia, Ohio was charged with fraud. He remains in the custody of the Greene "
                    "County Sheriff's Office.")
    held = [(e.cameo, e.source.code, e.target.code) for e in c.events if e.trigger.text == "custody"]
    assert held == [("173", "USACOP", "USACVL")]


def test_a_child_in_the_custody_of_a_relative_or_an_agency_is_in_care(coder):
    c = code(coder, "The two girls from Xenia, Ohio are in the custody of their aunt.")
    assert "17" not in roots(c)
    c = code(coder, "The boy from Xenia, Ohio is in the custody of the Department of Children's Services.")
    assert "17" not in roots(c)


# ---------------------------------------------------------------- sent to do it
def test_police_sent_or_called_somewhere_to_act_are_who_act(coder):
    c = code(coder, "Officers in Laurel County, Kentucky were called to a motel to investigate a burglary.")
    assert ("091", "USACOP", "USACVL") in triples(c)
    c = code(coder, "Riot police in Karachi were deployed on Friday to disperse the protesters.")
    assert [(e.root, e.source.code) for e in c.events if e.trigger.text == "disperse"] == [("17", "PAKCOP")]


def test_a_thing_closed_to_stop_someone_does_not_stop_anyone(coder):
    c = code(coder, "The main road in Karachi was closed on Friday to stop the protesters.")
    assert "17" not in roots(c)


# ---------------------------------------------------------------- the authorities investigate like the police
def test_the_authorities_investigating_a_crime_investigate_its_suspects(coder):
    c = code(coder, "A shopkeeper was stabbed in Kutaisi, Georgia. The Georgian authorities are still "
                    "investigating.")
    assert ("091", "GEOGOV", "GEOCVL") in triples(c)


def test_a_ministry_of_another_field_investigating_names_no_suspect(coder):
    c = code(coder, "A shopkeeper fell ill in Kutaisi, Georgia. The health ministry is investigating.")
    assert [e.target for e in c.events if e.root == "09"] in ([], [None])


def test_authorities_who_demolish_take_no_suspect_for_a_target(coder):
    c = coder.code_text("Israeli authorities demolished the homes of two Palestinian families.",
                        published=dt.date(2024, 3, 1))
    assert not any(e.target is not None and e.target.code == "ISRCVL" for e in c.events)
