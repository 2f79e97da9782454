"""Coder v2: police, courts and crime: arrests, custody, charges, investigations, raids, trials, sentences and
pleas.

Every sentence here is ours, written for the test. (The tests were written in the work sessions and regrouped
here by capability.)"""

from __future__ import annotations

import datetime as dt

import pytest

from coded_events import acts, code, codes, triples


def roots(coded):
    return {e.cameo[:2] for e in coded.events}


def _codes(coder, text):
    return [(e.cameo, e.trigger.text) for e in code(coder, text).events]


def inquiries(coded):
    return [e for e in coded.events if e.root == "09"]


def root_dyad_codes(coded):
    """(root, source country+sector, target country+sector) of each event."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events]


POLICE_STORY = "Police in Wausau reopened the murder case last week. "


def _scored(coded):
    """(code, source, target) of the events the news-gold scorer counts (not negated, not hypothetical)."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if e.modality not in ("negated", "hypothetical")]


def _raids(coded):
    return [(e.cameo, e.source.sector) for e in coded.events if e.trigger.text.lower().startswith("raid")]


def roots_s24f(coded):
    return {r for r, _s, _t in acts(coded)}


# ---------------------------------------------------------------- 112: accused, then arrested
def test_arrested_after_being_accused_of_a_crime_codes_the_accusation_too(coder):
    c = code(coder, "A Tulsa man was arrested and charged with burglary after being accused of stealing "
                    "a neighbour's truck.")
    assert sorted(e.cameo for e in c.events) == ["112", "173"]


def test_what_one_is_accused_of_is_no_second_accusation(coder):
    c = code(coder, "The Tulsa man is accused of stealing a neighbour's truck.")
    assert [e.cameo for e in c.events if e.cameo.startswith("11")] == ["112"]


# ------------------------------------------------- 173: a charge whose parse hangs an agentless passive on it
def test_a_charge_whose_parse_hangs_an_agentless_passive_on_it_keeps_its_accused(coder):
    c = code(coder, "Teen wasn't abducted, now is charged in burglary.")
    assert [(e.cameo, e.target.sector) for e in c.events if e.trigger.text == "charged"] == [("173", "CVL")]


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


# ---------------------------------------------------------------- 08 yield
def test_a_court_dismissing_a_case_drops_it_for_the_defendant(coder):
    c = code(coder, "A federal judge dismissed all claims against the Department of Homeland Security.")
    assert ("080", "USAJUD", "USAGOV") in triples(c)
    c = code(coder, "A judge threw out the lawsuit against Governor Gavin Newsom.")
    assert ("080", "USAJUD", "USAGOV") in triples(c)


def test_a_party_dismissing_charges_against_it_is_no_court_dropping_them(coder):
    c = code(coder, "The Kremlin dismissed the charges against Russia as absurd.")
    assert not any(e.cameo == "080" for e in c.events)
    c = code(coder, "The judge dismissed the defense motion to suppress the evidence.")
    assert not any(e.cameo == "080" for e in c.events)


# ---------------------------------------------------------------- 116: a police ticket is a citation
def test_a_police_ticket_for_an_offence_is_a_citation(coder):
    c = code(coder, "An Illinois driver was ticketed by Taylorville police for failure to reduce speed.")
    assert ("116", "USACOP", "USACVL") in triples(c)


def test_ticketing_passengers_is_no_citation(coder):
    c = code(coder, "The Illinois airline ticketed passengers for the flight to Chicago.")
    assert not any(t[0] == "116" for t in triples(c))


# ---------------------------------------------------------------- an admission beside the arrest
def test_a_suspect_admitting_to_a_deed_owns_it(coder):
    c = _codes(coder, "Deputies arrested Dana Miller, 41, on Friday. The sheriff says Miller had two "
                      "warrants out for her arrest and she admitted to taking the jewelry.")
    assert ("015", "admitted") in c


def test_a_suspect_admitting_a_theft_owns_it(coder):
    c = code(coder, "A 30-year-old Dayton man who admitted stealing a police cruiser has been fined.")
    assert ("015", "USACVL", None) in triples(c) or ("015", "CVL", None) in triples(c)


def test_an_admission_of_a_state_of_affairs_or_of_no_offence_is_no_event(coder):
    assert _codes(coder, "The health minister admitted last week that it was hard to find a dentist.") == []
    assert _codes(coder, "The boy admitted eating the last slice of cake.") == []


# ---------------------------------------------------------------- a ruling told in the passive
def test_a_defendant_declared_incompetent_is_ruled_on_by_the_court(coder):
    c = _codes(coder, "A Fairfax man charged in the killing of his neighbor has been declared incompetent to "
                      "stand trial.")
    assert ("173", "charged") in c and ("116", "declared incompetent") in c


# ---------------------------------------------------------------- routine police work
def test_an_inquiry_into_an_accident_told_afterwards_is_routine(coder):
    c = code(coder, "A pensioner died in Dayton, Ohio, on Monday after a van reversed into her. Police are "
                    "still investigating. \u201cIt seems to have been a tragic accident,\u201d he said.")
    assert inquiries(c) == []


def test_no_foul_play_outweighs_a_shooting(coder):
    c = code(coder, "A hunter was found dead with a gunshot wound near Erie, Pennsylvania, after a shooting. "
                    "No foul play is suspected. State police are investigating.")
    assert inquiries(c) == []


def test_no_suspicion_of_any_foul_play_outweighs_a_suspect_word(coder):
    c = code(coder, "A fisherman from Toledo, Ohio, drowned in Lake Erie on Sunday. "
                    "\u201cWe do not suspect any foul play,\u201d the sheriff said. "
                    "Police searched the shore that night.")
    assert inquiries(c) == []


def test_an_inquiry_into_a_stampede_is_routine(coder):
    c = code(coder, "Three fans died in a stampede at a concert hall in Leeds on Friday, a police spokesman "
                    "said. Police have opened an investigation.")
    assert inquiries(c) == []


def test_an_inquiry_into_a_crime_stays_an_inquiry(coder):
    c = code(coder, "A man was stabbed in Dayton, Ohio, on Monday. Police are investigating the stabbing. "
                    "A car crash on the same street hurt no one.")
    assert [e.cameo for e in inquiries(c)] == ["091"]


# ---------------------------------------------------------------- 08: a case dropped against someone
def test_charges_dropped_against_a_private_person_befall_him(coder):
    c = code(coder, "DAYTON, Ohio -- Marcus Oyelaran, 30, pleaded guilty on Monday. Under the agreement, "
                    "prosecutors dropped two theft charges and a burglary charge against Oyelaran.")
    assert ("08", "USAJUD", "USACVL") in root_dyad_codes(c)
    c = code(coder, "DAYTON, Ohio -- The county prosecutor dismissed an arson charge against 41-year-old "
                    "Delia Franks of Kettering on Friday.")
    assert ("08", "USAJUD", "USACVL") in root_dyad_codes(c)


def test_a_dropped_case_against_no_one_has_no_person_target(coder):
    c = code(coder, "DAYTON, Ohio -- Prosecutors dropped the charges against the plan on Friday.")
    assert not any(e.cameo.startswith("08") and e.target is not None for e in c.events)


# ---------------------------------------------------------------- a legal case
def test_a_case_launched_against_a_government_is_a_lawsuit(coder):
    c = code(coder, "Greenpeace launched a legal case against the government.")
    assert [e.cameo for e in c.events] == ["115"]


@pytest.mark.parametrize("text", [
    "The senator made the case that Israel should fight on.",
    "Amazon is expected to bring the case to a higher court.",
])
def test_making_or_appealing_a_case_is_no_lawsuit(coder, text):
    assert not any(e.cameo == "115" for e in code(coder, text).events)


# ---------------------------------------------------------------- guilty pleas and admissions
def test_admitting_the_charges_is_a_guilty_plea_not_an_admission(coder):
    c = code(coder, "A Leeds woman was arrested at the airport with a false passport. "
                    "Wanjiru admitted two charges of theft and one of fraud at the crown court.")
    assert not any(e.cameo == "015" for e in c.events)
    c = code(coder, "Two men were arrested after a burglary in Leeds. "
                    "John Hartley admitted three counts of burglary.")
    assert not any(e.cameo == "015" for e in c.events)


def test_admitting_the_deed_to_police_is_still_an_admission(coder):
    c = code(coder, "Two men were arrested after a stabbing in Leeds. "
                    "John Hartley admitted to police that he had stabbed the victim.")
    assert any(e.cameo == "015" for e in c.events)


def test_a_confession_a_girlfriend_reports_is_not_his_admission(coder):
    c = code(coder, POLICE_STORY + "Investigators said a former girlfriend of Chris Jacobs said he confessed "
                                   "to the murders.")
    assert not any(e.cameo == "015" for e in c.events)


def test_a_confession_police_report_is_his_admission(coder):
    c = code(coder, POLICE_STORY + "Police said Chris Jacobs confessed to the murders.")
    assert any(e.cameo == "015" for e in c.events)


# ---------------------------------------------------------------- convicted people are criminals
def test_a_sentenced_man_is_a_criminal_for_the_whole_story(coder):
    c = code(coder, "Police arrested John Perez in Dallas in May. "
                    "John Perez received a suspended 12-month sentence on Monday.")
    assert _scored(c) == [("173", "USACOP", "USACRM"), ("173", "USAJUD", "USACRM")]
    c = code(coder, "A Gainesville man gets 15 years for killing a baby.")
    assert [e.target.code for e in c.events if e.target][-1:] == ["USACRM"]


def test_a_charged_man_stays_a_civilian(coder):
    c = code(coder, "Police arrested John Perez in Dallas in May. John Perez was charged with burglary.")
    assert {e.target.code for e in c.events if e.target} == {"USACVL"}


def test_people_whose_convictions_were_undone_stay_civilians(coder):
    c = code(coder, "A Texas court on Tuesday exonerated three men convicted of arson in 1994. "
                    "John Perez and Mark Diaz were sentenced to 30 years in prison.")
    assert any(e.cameo[:2] == "08" for e in c.events)
    assert not any(a.sector == "CRM" for e in c.events for a in (e.source, e.target) if a is not None)


# ---------------------------------------------------- arrests are the state's act; patrol officers are police
def test_a_firms_staff_who_hold_a_shoplifter_do_not_arrest(coder):
    c = code(coder, "A Dayton man was arrested on Friday after Kroger employees detained him for allegedly "
                    "stealing two phones from the store.")
    assert [(e.cameo, e.source.sector) for e in c.events if e.root == "17"] == [("173", "COP")]


def test_an_armed_group_still_detains(coder):
    c = code(coder, "Taliban fighters detained two journalists in Kabul on Monday.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "REB", "MED")]


def test_a_patrolman_is_a_police_officer(coder):
    c = code(coder, "Dana Whitcomb, 22, was arrested by Patrolman Luis Ortega on Sunday.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]


def test_a_police_account_of_a_surrender_accuses_no_one(coder):
    text = ("Police said a man robbed a pharmacy in Akron on Monday. “In the end, he walked into the county "
            "jail and turned himself in without incident,” the police lieutenant added.")
    assert not any(e.sentence_index == 1 for e in code(coder, text).events)


def test_a_police_account_of_an_offence_still_accuses(coder):
    text = ("Police said a man robbed a pharmacy in Akron on Monday. He later pulled a knife on a clerk at a "
            "gas station, a police spokesman said.")
    assert [e.cameo for e in code(coder, text).events if e.sentence_index == 1] == ["112"]


# ---------------------------------------------------------------- a police record's account is attribution
def test_a_police_report_that_says_what_happened_accuses_no_one(coder):
    c = code(coder, "Police in Ocala, Florida arrested Dawson after a brawl. When a man attempted to break "
                    "up the brawl, Dawson sliced his arm, the Ocala Police Department arrest report stated.")
    assert not any(e.trigger.text == "stated" for e in c.events)


def test_a_rights_group_report_still_accuses(coder):
    c = code(coder, "A Human Rights Watch report said Israeli forces had committed war crimes in Gaza.")
    assert [(e.root, e.target.code[:3]) for e in c.events] == [("11", "ISR")]


# ---------------------------------------------------------------- police raids named by a noun
def test_what_police_did_in_raids_tells_the_raids_too(coder):
    c = code(coder, "Police arrested 13 people in raids across Manchester on Tuesday.")
    assert _raids(c) == [("091", "COP")] and any(e.cameo == "173" for e in c.events)


def test_a_police_raid_on_a_home_is_a_search_by_the_police(coder):
    c = code(coder, "A woman was detained in Leeds after officers found stolen goods during a police raid on "
                    "her flat.")
    assert _raids(c) == [("091", "COP")]


def test_a_raid_avoided_or_a_killing_in_a_raid_adds_no_raid(coder):
    c = code(coder, "Dealers in Ohio rent motel rooms to avoid a police raid on their own houses.")
    assert _raids(c) == []
    c = code(coder, "Israeli troops killed two Palestinian gunmen in a raid on the Jenin camp.")
    assert _raids(c) == []


# ---------------------------------------------------------------- "charged with" a task
def test_charged_with_a_duty_is_no_charge(coder):
    for text in ("Ortiz, the Chilean consultant charged with leading the surveillance, flew to Miami.",
                 "The general was charged with overseeing the military operation in the north."):
        assert [e.cameo for e in code(coder, text).events if e.cameo.startswith("17")] == [], text


def test_charged_with_a_crime_is_still_a_charge(coder):
    for text in ("Police said Smith was charged with leading a riot at the prison.",
                 "Prosecutors charged the mayor with killing two officers."):
        assert "173" in [e.cameo for e in code(coder, text).events], text


# ---------------------------------------------------------------- documents speak for their authors
def test_a_lawsuit_named_by_its_filer_speaks_for_it(coder):
    c = code(coder, "The NAACP lawsuit accuses the Texas governor of discrimination.")
    assert [(e.root, e.source.code) for e in c.events if e.root == "11"] == [("11", "USANGO")]


# ---------------------------------------------------------------- citations and lawsuits
def test_a_citation_issued_to_someone_is_a_penalty(coder):
    c = code(coder, "The police officer issued a citation to the driver for speeding.")
    assert [e.cameo for e in c.events] == ["116"]
    c = code(coder, "Professor Smith's article received hundreds of citations from scholars.")
    assert codes(c) == []


def test_a_lawsuit_filed_for_someone_names_no_defendant(coder):
    c = code(coder, "The ACLU filed a lawsuit on behalf of the protesters.")
    assert all(e.target is None for e in c.events)  # (kept with one party by the test coder only)


def test_naming_someone_as_a_defendant_sues_him(coder):
    c = code(coder, "The ACLU named the governor as a defendant in its lawsuit.")
    assert [e.cameo for e in c.events] == ["115"]
    c = code(coder, "The magazine named the governor as its person of the year.")
    assert codes(c) == []


# ---------------------------------------------------------------- the violence an accusation names
def test_prosecutors_charging_a_man_with_a_killing_code_the_charge_only(coder):
    # a criminal charge is the event; its crime is the charge's content (dev gold: "prosecutors charged
    # Chesnut with robbing a credit union" is 173 only)
    c = code(coder, "Prosecutors in Leeds charged two men on Friday with killing a shopkeeper.")
    assert roots_s24f(c) == {"17"}


# ---------------------------------------------------------------- 112: a suspect named by his tie to someone
def test_police_account_of_a_suspect_named_as_someones_relative_accuses_him(coder):
    c = code(coder, "Dayton police said her cousin stabbed a cashier during the robbery of the store.")
    assert ("112", "COP", "CVL") in [(e.cameo, e.source.sector, e.target and e.target.sector)
                                     for e in c.events]


def test_police_account_of_a_fleeing_brother_accuses_him(coder):
    c = code(coder, "Dayton officers said his brother fled from police after the armed robbery.")
    assert [(e.cameo, e.target.text) for e in c.events if e.cameo == "112"] == [("112", "brother")]


def test_police_telling_of_an_offence_naming_no_one_accuse_the_storys_suspect(coder):
    c = code(coder, "Lenox police arrested Dale Hutton, 44, on Friday. Investigators believe the fraud "
                    "went on for three years.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events
            if e.trigger.text == "believe"] == [("112", "COP", "CVL")]


# ---------------------------------------------------------------- a search or a manhunt the police launch
def test_a_manhunt_the_police_launch_is_their_search_for_the_suspect_not_a_rescue(coder):
    c = code(coder, "A man robbed a bank in Dayton on Friday. Police launched a manhunt for the robber.")
    assert "091" in [e.cameo for e in c.events if e.sentence_index == 1]
    c = code(coder, "Rangers launched a search for the missing hikers. The council began a search for a new "
                    "city manager.")
    assert not any(e.cameo.startswith("09") for e in c.events)
