"""Coder v2: the country of a named person told by a description the parser does not attach to the name — a
description fronted before a person named before, which the parser hangs on the verb ("A former Argentine
air force officer, Ortega yearned …": his country, his private role kept), and a government spokesperson's
name the parser took for an organisation ("foreign ministry spokeswoman Bai Lu"): a person with the office,
not a firm guessed for want of a word; and a foreign firm's employees abroad ("Toyota employees in
Kentucky"), workers of the country they work in; and of a hyphenated nationality ("French-Moroccan girl"),
the part whose country the story's places are in.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def country(actor):
    return actor.country if actor is not None else None

ORTEGA = ("As the manager of a small trucking business called Red Road, Miguel Ortega spent years on the "
          "road. A former Argentine air force officer, Ortega yearned to be a rich man. Police later "
          "arrested Ortega at his office.")


# ---------------------------------------------------------------- a fronted description tells the nationality
def test_fronted_description_gives_a_person_named_before_their_country(coder):
    c = code(coder, ORTEGA)
    assert {a.code for a in c.actors if a.text in ("Miguel Ortega", "Ortega")} == {"ARGCVL"}


def test_the_arrest_of_the_person_described_names_their_country(coder):
    c = code(coder, ORTEGA)
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert e.target.code == "ARGCVL"


def test_a_fronted_office_still_held_gives_the_office(coder):
    c = code(coder, "Tom Baker spoke on Monday. A veteran Republican senator, Baker criticised the plan.")
    assert [a.code for a in c.actors if a.text == "Baker"] == ["USALEG"]


def test_a_place_subject_after_a_description_is_still_a_place(coder):
    c = code(coder, "A former colony, Kenya won independence in 1963. Kenya condemned the raid on Monday.")
    assert all(a.person is None for a in c.actors if a.text == "Kenya")


# ---------------------------------------------------------------- a spokesperson's name is a person's
def test_a_spokesmans_name_is_not_a_guessed_company(coder):
    c = code(coder, "Chinese foreign ministry spokesman Wu Qian criticised the new tariffs on Monday. "
                    "Wu Qian said Beijing would respond to the decision.")
    assert [a.code for a in c.actors if "Wu Qian" in a.text] == ["CHNGOV", "CHNGOV"]


def test_a_spokeswoman_speaks_for_the_government(coder):
    c = code(coder, "Foreign ministry spokeswoman Bai Lu condemned the visit by the senator.")
    [e] = [e for e in c.events if e.cameo.startswith("11")]
    assert e.source.sector == "GOV"


def test_a_company_after_its_executive_title_stays_a_company(coder):
    c = code(coder, "The chief executive of Acme Widgets Inc. said profits fell.")
    assert any(a.sector == "BUS" for a in c.actors if "Acme" in a.text)


# ---------------------------------------------------------------- a foreign firm's staff abroad
def test_a_foreign_firms_employees_abroad_are_of_the_country_they_work_in(coder):
    c = code(coder, "Toyota employees in Kentucky protested against longer shifts on Friday.")
    [e] = [e for e in c.events if e.cameo.startswith("14")]
    assert e.source.country == "USA"
    assert e.target is None or e.target.country != "JPN"


def test_a_firms_employees_at_home_stay_the_firms(coder):
    c = code(coder, "Toyota employees in Nagoya protested against longer shifts on Friday.")
    assert [a.code for a in c.actors if a.text == "Toyota employees"] == ["JPNBUS"]


def test_a_firms_employees_with_no_place_stay_the_firms(coder):
    c = code(coder, "Toyota employees protested against longer shifts on Friday.")
    assert [a.code for a in c.actors if a.text == "Toyota employees"] == ["JPNBUS"]


# ------------------------------------------------------------ a hyphenated nationality, the story's places
def test_a_hyphenated_nationality_takes_the_part_the_storys_places_are_in(coder):
    c = code(coder, "A 15-year-old French-Moroccan girl stabbed a classmate at a school in Nantes, police "
                    "in Nantes said. Prosecutors in Rennes opened an inquiry.")
    assert [a.country for a in c.actors if a.text == "French-Moroccan girl"] == ["FRA"]


def test_a_hyphenated_american_in_an_american_story_is_american(coder):
    c = code(coder, "An Iraqi-American man attacked a police officer in Dearborn, Michigan, police said.")
    assert [a.country for a in c.actors if a.text == "Iraqi-American man"] == ["USA"]


def test_a_hyphenated_nationality_keeps_its_last_part_when_places_do_not_tell(coder):
    c = code(coder, "A Lebanese-Canadian man attacked a guard, police said.")
    assert [a.country for a in c.actors if a.text == "Lebanese-Canadian man"] == ["CAN"]
