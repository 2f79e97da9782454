"""Coder v2: local crime, police and court news: what the police believe of a suspect, people held by a count
("twenty of them were charged"), and suspects taken to a detention facility or a police department.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def has(coded, cameo, source=None, target=None):
    """An event of ``cameo`` (a root when two digits) whose source / target codes end as given."""
    return any(e.cameo.startswith(cameo) and
               (source is None or (e.source is not None and (e.source.code or "").endswith(source))) and
               (target is None or (e.target is not None and (e.target.code or "").endswith(target)))
               for e in coded.events)


# ---------------------------------------------------------------- what the police believe of a suspect
def test_police_belief_about_a_suspect_accuses_him(coder):
    c = code(coder, "Detectives believe Marlow sold the stolen rifles to a dealer in Dayton.")
    assert has(c, "112", "COP", "CVL"), triples(c)
    c = code(coder, "Police suspect the two men broke into the store through a rear window and took cash.")
    assert has(c, "112", "COP", "CVL"), triples(c)


def test_a_belief_of_no_offence_or_of_no_police_accuses_no_one(coder):
    c = code(coder, "Police believe the blaze at the warehouse was an accident.")
    assert not has(c, "11"), triples(c)
    c = code(coder, "The mayor believes the new budget will pass next week.")
    assert not has(c, "11"), triples(c)
    c = code(coder, "It was unclear whether police believed any blame lay with the landlord for the theft.")
    assert not has(c, "11"), triples(c)


# ---------------------------------------------------------------- people held, counted
def test_a_count_of_a_group_charged_or_arrested_is_held(coder):
    c = code(coder, "Eleven of them were also charged with tampering with evidence.")
    assert has(c, "173", "JUD", "CVL"), triples(c)
    c = code(coder, "Three of the men were arrested at a motel on Friday.")
    assert has(c, "173", "COP"), triples(c)


def test_a_count_of_things_is_no_one_held(coder):
    c = code(coder, "Nine of the counts were dismissed by the judge.")
    assert not has(c, "17"), triples(c)


def test_lesser_offences_are_what_people_are_charged_with(coder):
    c = code(coder, "Both were charged with disorderly conduct and cruelty to animals.")
    assert has(c, "173", "JUD", "CVL"), triples(c)


# ---------------------------------------------------------------- taken into detention
def test_taken_to_a_detention_facility_or_a_police_department_is_held(coder):
    c = code(coder, "The 15-year-old was taken to a juvenile detention facility in Macon.")
    assert has(c, "173", "COP", "CVL"), triples(c)
    c = code(coder, "The driver was arrested at the scene and taken to the Elmira Police Department.")
    assert has(c, "173", "COP", "CVL"), triples(c)


def test_taken_to_a_medical_facility_is_no_custody(coder):
    c = code(coder, "The injured hiker was taken to a medical facility in Boise.")
    assert not has(c, "17"), triples(c)
    c = code(coder, "The cyclist was taken to the regional trauma center with a broken leg.")
    assert not has(c, "17"), triples(c)


# ---------------------------------------------------------------- appeals for witnesses: what anyone may do
def test_anyone_with_information_may_call_the_police_is_the_polices_appeal(coder):
    c = code(coder, "Anyone with information about the break-in should call the Dorset Township police.")
    assert has(c, "020", "COP", "CVL"), triples(c)
    c = code(coder, "Anybody who saw the robbery can contact the Marion County Sheriff's Office.")
    assert has(c, "020", "COP", "CVL"), triples(c)


def test_what_people_may_call_an_office_for_is_no_appeal_for_witnesses(coder):
    c = code(coder, "Those who wish to attend the dinner can call the sheriff's office for tickets.")
    assert not has(c, "02"), triples(c)
    c = code(coder, "Anyone with questions about the tax bill can contact the county treasurer.")
    assert not has(c, "02"), triples(c)


# ---------------------------------------------------------------- a sheriff's deputies in American local news
def test_bare_deputies_in_american_local_news_are_the_sheriffs(coder):
    c = code(coder, "Marion County sheriff's deputies were called to the trailer park. "
                    "Deputies seized 30 pounds of marijuana from the trailer.")
    assert has(c, "17", "USACOP"), triples(c)


def test_deputies_elsewhere_and_a_deputy_mayor_are_no_police(coder):
    c = code(coder, "Opposition deputies walked out of the Rada and criticised the prime minister.")
    assert not any(((e.source and e.source.code) or "").endswith("COP") for e in c.events), triples(c)
    c = code(coder, "The deputy mayor of Marion County met the governor on Tuesday.")
    assert not any(((e.source and e.source.code) or "").endswith("COP") for e in c.events), triples(c)
    c = code(coder, "Marion County sheriff's deputies searched the lake. I talked to a deputy at the gate, "
                    "the farmer said.")
    assert not has(c, "04"), triples(c)


# ---------------------------------------------------------------- the suspect's country, told once
def test_a_suspect_whose_country_the_story_tells_is_of_it_in_every_act_on_him(coder):
    c = code(coder, "A roofer from Bridgeport, Connecticut, was arraigned in Superior Court on Monday on "
                    "burglary charges. Alvarez, a native of Honduras, was arrested by Bridgeport police.")
    arraigned = [e for e in c.events if e.trigger.text == "arraigned"]
    assert arraigned and arraigned[0].target.code.startswith("HND"), triples(c)


def test_one_foreign_suspect_among_two_gives_the_other_no_country(coder):
    c = code(coder, "Police in Dayton, Ohio, arrested Tom Becker, 34, and Luis Ortega, a Mexican national, "
                    "on Friday. Becker was charged with theft.")
    becker = [e for e in c.events if e.target is not None and e.target.text.endswith("Becker")]
    assert becker and all(e.target.code.startswith("USA") for e in becker), triples(c)
