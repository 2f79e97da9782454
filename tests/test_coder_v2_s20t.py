"""Coder v2, session 20t: targets read off the sentence when the party acted on is not the plain object
(a case against someone, ...). Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def roots(coded):
    """(root, source country+sector, target country+sector) of each event."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events]


# ---------------------------------------------------------------- 08: a case dropped against someone
def test_charges_dropped_against_a_private_person_befall_him(coder):
    c = code(coder, "DAYTON, Ohio -- Marcus Oyelaran, 30, pleaded guilty on Monday. Under the agreement, "
                    "prosecutors dropped two theft charges and a burglary charge against Oyelaran.")
    assert ("08", "USAJUD", "USACVL") in roots(c)
    c = code(coder, "DAYTON, Ohio -- The county prosecutor dismissed an arson charge against 41-year-old "
                    "Delia Franks of Kettering on Friday.")
    assert ("08", "USAJUD", "USACVL") in roots(c)


def test_a_dropped_case_against_no_one_has_no_person_target(coder):
    c = code(coder, "DAYTON, Ohio -- Prosecutors dropped the charges against the plan on Friday.")
    assert not any(e.cameo.startswith("08") and e.target is not None for e in c.events)


# ---------------------------------------------------------------- "what X called Y": Y is the object
def test_what_the_speaker_calls_a_deed_of_a_party_is_that_deed(coder):
    c = code(coder, "The premiers are criticizing what they describe as a stingy funding offer made by the "
                    "Trudeau government.")
    assert ("11", "CANGOV", "CANGOV") in roots(c)
    c = code(coder, "Texas Gov. Greg Abbott praised what he called a fearless response from the Austin "
                    "police.")
    assert ("05", "USAGOV", "USACOP") in roots(c)


def test_what_the_speaker_calls_a_thing_of_no_one_has_no_target(coder):
    c = code(coder, "The senator condemned what she called a national disgrace.")
    assert not any(e.target is not None for e in c.events)


# ---------------------------------------------------------------- 15: troops sent into a country
def test_troops_sent_into_a_country_are_a_posture_against_it(coder):
    c = code(coder, "Ethiopia first sent its troops into Somalia in 2006.")
    assert [(r[0], r[1][:3], r[2] and r[2][:3]) for r in roots(c)] == [("15", "ETH", "SOM")]


def test_troops_sent_into_battle_face_no_named_party(coder):
    c = code(coder, "The general sent fresh troops into battle.")
    assert not any(e.target is not None for e in c.events)


# ---------------------------------------------------------------- 04: met for a meal or talks with someone
def test_a_meeting_for_dinner_or_talks_is_held_with_the_party_named(coder):
    c = code(coder, "Japanese Prime Minister Fumio Kishida sat down for a working lunch with Joe Biden on "
                    "Friday.")
    assert ("04", "JPNGOV", "USAGOV") in roots(c)
    c = code(coder, "Japanese Prime Minister Fumio Kishida met for talks with Joe Biden on Friday.")
    assert ("04", "JPNGOV", "USAGOV") in roots(c)


def test_a_meeting_for_another_purpose_does_not_take_its_with_phrase(coder):
    c = code(coder, "Japanese Prime Minister Fumio Kishida met on Friday for a photo with a famous singer.")
    assert not any(e.target is not None for e in c.events)


# ---------------------------------------------------------------- an act on a person's property befalls them
def test_seizing_the_home_of_a_landowner_befalls_the_landowner(coder):
    c = code(coder, "WINNIPEG -- Manitoba Hydro also expropriated the farm of a third landowner in Manitoba.")
    assert ("17", "CANGOV", "CANCVL") in roots(c)
    c = code(coder, "TORONTO -- Ontario officials are pressuring the landlords to keep the shops shut.")
    assert ("10", "CANGOV", "CANBUS") in roots(c)


def test_the_land_of_a_place_has_no_owner(coder):
    c = code(coder, "WINNIPEG -- Manitoba Hydro also expropriated the land of the old rail yard.")
    assert not any(e.target is not None for e in c.events)


# ---------------------------------------------------------------- 04: a tour of a country visits it
def test_a_tour_of_a_country_is_a_visit_to_it(coder):
    c = code(coder, "Indian Prime Minister Narendra Modi concluded a five-day tour of Japan on Saturday.")
    assert [(r[0], r[1], r[2] and r[2][:3]) for r in roots(c)] == [("04", "INDGOV", "JPN")]


def test_a_tour_of_a_factory_names_no_host(coder):
    c = code(coder, "Indian Prime Minister Narendra Modi took a tour of the new steel plant.")
    assert not any(e.target is not None for e in c.events)
