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
