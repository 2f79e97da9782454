"""Coder: the country of a party told by where an official serves ("a senior official in Nairobi") or by
whose people it is ("Japan asked its citizens …"), not by another country the sentence names.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def test_a_lone_official_in_a_capital_is_its_government(coder):
    c = code(coder, "A senior official in Nairobi condemned the bombing of the embassy.")
    assert ("11", "KEN", "REB") in root_dyads(c)


def test_people_owned_by_its_are_of_the_owner_country(coder):
    c = code(coder, "Japan asked its citizens to leave Iraq immediately.")
    assert ("02", "JPN", "JPN") in root_dyads(c)


def test_workers_owned_by_a_government_are_of_its_country(coder):
    c = code(coder, "The Indian government asked its workers in Kuwait to return home.")
    assert all(t == "IND" for _, _, t in root_dyads(c)) and root_dyads(c)


def test_a_town_written_without_its_native_letters_is_found():
    from tacitus.actors.places import town_countries

    assert town_countries("Lodz") == town_countries("Łódź") == frozenset({"POL"})
    assert town_countries("Sanliurfa") == frozenset({"TUR"})
    assert town_countries("Dhaka") == frozenset({"BGD"})  # (an Indian Dhākā folds to it: the exact name wins)
    assert town_countries("Garcia") == frozenset()  # (a surname: the Mexican García is not folded)


def test_officials_in_a_town_of_the_story_country_are_its_government(coder):
    c = code(coder, "The Turkish army shelled the hills on Sunday. Officials in Silopi accused the rebels of "
                    "planting the bomb.")
    assert ("11", "TUR", "TUR") in root_dyads(c)
    # a town the gazetteer knows in a country the story does not name: not that country's officials
    c = code(coder, "Officials in Malakoff accused the rebels of planting the bomb. The county sheriff in "
                    "Texas said the attack was planned.")
    assert not any(s == "FRA" for _, s, _ in root_dyads(c))
