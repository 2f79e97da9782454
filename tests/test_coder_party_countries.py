"""Coder v2: the right act with the right parties — whose country a party is (migrants and people held on
immigration cases are of no country the place tells; a hyphenated nationality is a person's origin, not
the scene), who a person named with an adviser's title speaks for, whom "he" refers to after a sentence
the parser left unread, and which set "three of them" picks out of.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code
from coded_events import triples as parties


def country(actor):
    return actor.country if actor is not None else None


# ---------------------------------------------------------------- migrants are of no country the place tells
def test_migrants_held_somewhere_are_not_of_that_country(coder):
    c = code(coder, "Police in Marseille detained 40 migrants on Thursday.")
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert country(e.source) == "FRA"
    assert e.target is not None and country(e.target) is None


def test_a_migrants_nationality_is_theirs_not_the_police_s(coder):
    c = code(coder, "Police arrested eight Afghan migrants near Calais on Monday.")
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert country(e.target) == "AFG"
    assert country(e.source) != "AFG"


def test_protesters_held_somewhere_are_still_of_that_country(coder):
    c = code(coder, "Police in Marseille detained 40 protesters on Thursday.")
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert (country(e.source), country(e.target)) == ("FRA", "FRA")


# ---------------------------------------------------------------- held on an immigration case: foreigners
def test_people_arrested_on_immigration_violations_are_of_no_country_told(coder):
    c = code(coder, "Federal agents arrested 120 workers on immigration violations at a meat plant in "
                    "Nebraska.")
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert country(e.source) == "USA"
    assert e.target is not None and country(e.target) is None


def test_people_arrested_on_drug_charges_are_of_the_place(coder):
    c = code(coder, "Federal agents arrested 120 workers on drug charges at a meat plant in Nebraska.")
    [e] = [e for e in c.events if e.cameo.startswith("17")]
    assert (country(e.source), country(e.target)) == ("USA", "USA")


# ---------------------------------------------------------------- a hyphenated nationality is no scene
def test_a_hyphenated_nationality_does_not_lend_its_country_to_prosecutors(coder):
    c = code(coder, "A 15-year-old German-Turkish boy stabbed a teacher at a school in the city, "
                    "prosecutors say.")
    said = [e for e in c.events if e.cameo.startswith("11")]
    assert said and all(country(e.source) != "TUR" for e in said)
    stabbed = [e for e in c.events if e.cameo.startswith("18")]
    assert stabbed and all(country(e.target) != "TUR" for e in stabbed)


# ---------------------------------------------------------------- an adviser to an office holder
def test_a_person_named_as_an_adviser_to_a_president_speaks_for_his_government(coder):
    c = code(coder, "Jan Novak, an adviser to Czech President Petr Pavel, criticized the Russian "
                    "government on Monday.")
    assert ("111", "CZEGOV", "RUSGOV") in parties(c)


def test_an_adviser_to_a_private_person_is_no_government_s_voice(coder):
    c = code(coder, "Jan Novak, an adviser to a local businessman, criticized the Russian government on "
                    "Monday.")
    assert all(e.source is None or e.source.sector != "BUS" for e in c.events)
    assert all(e.source is None or (e.source.sector or "")[:3] != "GOV" for e in c.events)


# ---------------------------------------------------------------- "he" after an unparsed sentence
def test_he_is_the_person_who_opened_the_sentence_before(coder):
    c = code(coder, "Venezuela's former president Hugo Chavez was a tyrant, US Senator Marco Rubio said on "
                    "Tuesday. Chavez grew up in a poor village in 1960. He defied Washington for years.")
    [e] = [e for e in c.events if e.trigger.text == "defied"]
    assert country(e.source) == "VEN"


def test_he_is_not_a_person_named_inside_the_sentence_before(coder):
    c = code(coder, "Venezuela's former president Hugo Chavez was a tyrant, US Senator Marco Rubio said on "
                    "Tuesday. In 1960, the family of Chavez moved to a poor village. He defied Washington "
                    "for years.")
    [e] = [e for e in c.events if e.trigger.text == "defied"]
    assert country(e.source) == "USA"


# ---------------------------------------------------------------- "three of them": some of a counted set
def test_some_of_them_are_of_the_set_the_story_counted(coder):
    c = code(coder, "Police arrested 12 protesters in Portland on Saturday. Three of them were charged with "
                    "assault.")
    charged = [e for e in c.events if e.trigger.text == "charged"]
    assert charged and charged[0].target.sector == "OPP"


def test_they_after_a_counted_set_is_still_the_subject(coder):
    c = code(coder, "Police arrested 12 protesters in Portland on Saturday. They accused the protesters of "
                    "attacking officers.")
    accused = [e for e in c.events if e.trigger.text == "accused"]
    assert accused and (accused[0].source.sector or "")[:3] == "COP"
