"""A private person's nationality that an apposition's title tells ("Ruiz, a Spanish consultant") is theirs
at every mention, before it as after it, whatever the story's country."""
from __future__ import annotations

import pytest

from coded_events import code, triples


@pytest.mark.parametrize("text", [
    "American prosecutors charged Carlos Ruiz with fraud on Monday. Ruiz, a Spanish consultant, denied the "
    "charges.",
    "American prosecutors charged Carlos Ruiz with fraud on Monday. Later, Ruiz, the Spanish consultant "
    "hired by the firm, denied the charges.",
])
def test_a_title_with_a_demonym_tells_the_persons_country_at_earlier_mentions(coder, text):
    assert triples(code(coder, text))[0] == ("173", "USAJUD", "ESPCVL")


def test_someone_elses_title_tells_nothing_of_the_person(coder):
    c = code(coder, "American prosecutors charged Carlos Ruiz with fraud on Monday. His partner, a Spanish "
                    "consultant, denied the charges.")
    assert triples(c)[0] == ("173", "USAJUD", "USACVL")


def test_a_person_whose_country_is_not_told_keeps_the_storys(coder):
    c = code(coder, "American prosecutors charged Carlos Ruiz with fraud on Monday. Ruiz denied the charges.")
    assert triples(c)[0] == ("173", "USAJUD", "USACVL")


@pytest.mark.parametrize("text, police", [
    ("US officials praised the deal on Monday. That same day, a journalist who had written for US papers was "
     "arrested in Chile.", "CHLCOP"),
    ("The man, who had lived in Texas for years, was arrested in Mexico on Friday.", "MEXCOP"),
])
def test_unnamed_police_are_of_the_country_the_arrest_took_place_in(coder, text, police):
    assert triples(code(coder, text))[0][:2] == ("173", police)


def test_unnamed_police_of_a_story_without_a_scene_keep_the_sentences_country(coder):
    c = code(coder, "The man, who had lived in Texas for years, was arrested on Friday.")
    assert triples(c)[0][:2] == ("173", "USACOP")


def test_an_apposition_naming_a_states_office_tells_the_office_holders_country(coder):
    c = code(coder, "Afghan officials met Karzai in Kabul. Karzai also met Rep. John Doyle, the chairman "
                    "of the House Armed Services Committee, on Monday.")
    assert triples(c)[-1] == ("040", "AFGELI", "USALEG")
    c = code(coder, "Afghan officials met Karzai in Kabul. Karzai also met Minister John Doyle, the head "
                    "of the British delegation, on Monday.")
    assert triples(c)[-1] == ("040", "AFGELI", "GBRGOV")


def test_an_apposition_naming_no_office_adds_no_country(coder):
    c = code(coder, "Afghan officials met Karzai in Kabul. Karzai also met Minister John Doyle, a keen "
                    "golfer, on Monday.")
    assert triples(c)[-1][2] in ("GOV", "AFGGOV")


@pytest.mark.parametrize("described", ["a critic of China", "a friend of Israel"])
def test_a_country_a_description_is_about_is_not_the_persons(coder, described):
    c = code(coder, f"Afghan officials met Karzai in Kabul. Karzai also met Sen. John Doyle, {described}, on "
                    "Monday.")
    assert triples(c)[-1][2] in ("LEG", "AFGLEG", "USALEG")


def test_a_demonym_or_a_from_in_a_description_is_the_persons_country(coder):
    c = code(coder, "Police arrested Ola Berg, a Swedish programmer, on Monday.")
    assert triples(c)[0][2] == "SWECVL"
    c = code(coder, "Police arrested Jose Gomez, a writer from Mexico, on Monday.")
    assert triples(c)[0][2] == "MEXCVL"
