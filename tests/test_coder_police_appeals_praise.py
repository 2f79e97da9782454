"""Coder v2: appeals to the public for information, backing of a public measure, and councillors.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples

CRIME = "A man was robbed at gunpoint outside a gas station on Elm Street on Friday night. "


def appeals(coded):
    """(code, source sector, target sector) of each appeal (root 02)."""
    return [t for t in sector_triples(coded) if t[0].startswith("02")]


# ---------------------------------------------------------------- police appeals for information (020)
def test_police_asking_anyone_with_information_to_call_appeal_to_the_public(coder):
    c = code(coder, CRIME + "Police are asking anyone with information about the robbery to call the "
                            "department.")
    assert appeals(c) == [("020", "COP", "CVL")]


def test_police_urging_anyone_who_saw_it_to_contact_them_appeal_to_the_public(coder):
    c = code(coder, CRIME + "Detectives urged anyone who witnessed the robbery to contact them.")
    assert appeals(c) == [("020", "COP", "CVL")]
    c = code(coder, CRIME + "Police are asking anyone who may have seen the gunman to contact them.")
    assert appeals(c) == [("020", "COP", "CVL")]


def test_police_asking_for_the_public_s_help_appeal_to_it(coder):
    c = code(coder, "Police are asking for your help in locating a stolen pickup truck.")
    assert [(s, t) for _c, s, t in appeals(c)] == [("COP", "CVL")]


def test_police_asking_for_help_finding_stolen_animals_ask_for_information_not_aid(coder):
    c = code(coder, "Police are asking for your help in locating four horses stolen from a stable.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("020", "COP")]  # (not 023, humanitarian aid)


def test_anyone_with_information_told_to_call_police_is_the_police_s_appeal(coder):
    c = code(coder, CRIME + "Anyone with information should call the Springfield police at 555-0142.")
    assert [(e.cameo, e.source.sector, e.target.sector, e.modality) for e in c.events
            if e.cameo.startswith("02")] == [("020", "COP", "CVL", "asserted")]
    c = code(coder, CRIME + "Anyone with information about the robbery can call Crime Stoppers at 555-0199.")
    assert appeals(c) == [("020", "COP", "CVL")]


def test_anyone_told_to_call_a_box_office_or_a_town_hall_is_no_appeal(coder):
    for text in ("Anyone who wants tickets can call the box office at 555-0100.",
                 "The fair opens Friday. Anyone with questions about parking can call the town hall."):
        assert appeals(code(coder, text)) == [], text


def test_safety_advice_to_anyone_in_a_hazard_is_no_appeal_for_information(coder):
    c = code(coder, "Police urged anyone in the flood zone to call 911 if they need help.")
    assert appeals(c) == []


def test_a_private_owner_asking_anyone_who_saw_his_dogs_makes_no_appeal(coder):
    c = code(coder, "Two dogs escaped from a farm. The owner is asking anyone who may have seen them to "
                    "call him.")
    assert appeals(c) == []


# ---------------------------------------------------------------- backing a public measure (051 → GOV)
def test_a_private_group_backing_a_measure_no_one_is_named_for_backs_the_government(coder):
    c = code(coder, "Business groups welcomed the decision to lift the restrictions.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("051", "BUS", "GOV")]
    c = code(coder, "The union backed the proposal to raise the minimum wage.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("051", "LAB", "GOV")]


def test_funds_raised_to_support_programs_are_no_backing_of_a_government(coder):
    c = code(coder, "The club member raised $2,000 to support research programs of the diabetes association.")
    assert not [e for e in c.events if e.cameo.startswith("05")]


def test_measures_recommended_by_judges_are_no_praise_of_the_government(coder):
    c = code(coder, "The new measures were recommended last week by several senior judges.")
    assert not [e for e in c.events if e.cameo.startswith("05")]


# ---------------------------------------------------------------- councillors are legislators (LEG)
def test_a_titled_councillor_is_a_legislator(coder):
    c = code(coder, "Councillor Barbara Hale criticised the mayor over the budget.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("111", "LEG", "GOV")]
    c = code(coder, "Cllr Mary Dunne urged the minister to resign.")
    assert [(e.source.sector, e.target.sector) for e in c.events] == [("LEG", "GOV")]
