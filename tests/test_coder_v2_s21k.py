"""Coder v2: meetings, talks and negotiations named by a noun (every sentence here is ours, written for the
test)."""

from __future__ import annotations

from coded_events import code, root_dyads


def test_talks_between_two_parties_that_were_held_are_a_meeting_of_both(coder):
    c = code(coder, "Talks between Iran and the United States were held in Oman on Sunday.")
    assert ("04", "IRN", "USA") in root_dyads(c) and ("04", "USA", "IRN") in root_dyads(c)


def test_talks_called_off_are_not_coded(coder):
    c = code(coder, "Talks between Israel and Hamas were postponed on Sunday.")
    assert not [e for e in c.events if e.cameo.startswith("04")]


def test_a_summit_of_two_states_is_a_meeting_of_both(coder):
    c = code(coder, "A summit of the leaders of France and Germany took place in Berlin on Monday.")
    assert ("04", "FRA", "DEU") in root_dyads(c) and ("04", "DEU", "FRA") in root_dyads(c)


def test_hyphenated_parties_of_talks_are_both_sides(coder):
    c = code(coder, "US-China trade talks resumed in Geneva on Friday.")
    assert ("04", "USA", "CHN") in root_dyads(c) and ("04", "CHN", "USA") in root_dyads(c)


def test_a_summit_only_referred_to_names_no_meeting(coder):
    c = code(coder, "Analysts said traders hope to seize the chances of the Japan-China summit.")
    assert not [e for e in c.events if e.cameo.startswith("04")]


def test_a_body_named_before_a_probe_is_its_investigator(coder):
    c = code(coder, "The FBI investigation into the senator found no wrongdoing.")
    assert ("09", "USA", "USA") in root_dyads(c)


def test_a_scheduled_meeting_is_a_meeting_of_who_scheduled_it(coder):
    c = code(coder, "Japan's trade minister has scheduled a meeting with the German economy minister.")
    assert ("04", "JPN", "DEU") in root_dyads(c)


def test_who_is_in_a_capital_for_talks_meets_the_hosts(coder):
    c = code(coder, "Kouchner, the French foreign minister, was in Riyadh for talks with Saudi officials.")
    assert ("04", "FRA", "SAU") in root_dyads(c)


def test_who_is_unavailable_for_talks_meets_no_one(coder):
    c = code(coder, "The French foreign minister was not available for talks with reporters.")
    assert not [e for e in c.events if e.cameo.startswith("04")]


def test_a_meeting_shown_on_television_took_place(coder):
    c = code(coder, "State TV showed a meeting between the Russian president and the Turkish president.")
    assert ("04", "RUS", "TUR") in root_dyads(c) and ("04", "TUR", "RUS") in root_dyads(c)


def test_talks_between_two_parties_that_are_urged_are_not_coded(coder):
    c = code(coder, "The UN chief urged talks between Armenia and Azerbaijan.")
    assert not [e for e in c.events if e.cameo.startswith("04") and e.source.code[:3] == "ARM"]
