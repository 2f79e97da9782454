"""Coder v2: a telephone number's area code tells the country of a local story whose town is named like a
foreign capital (London, Ontario).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def test_a_canadian_area_code_anchors_the_story_in_canada():
    from tacitus.actors.places import phone_countries

    assert phone_countries("Tips can be left with detectives at 613-555-0142.") == {"CAN"}
    assert phone_countries("Call (604) 555-0188 with information.") == {"CAN"}


def test_other_numbers_anchor_nothing():
    from tacitus.actors.places import phone_countries

    assert phone_countries("Call the tip line at 212-555-0100 or 1-800-555-0199.") == set()
    assert phone_countries("The report, ISBN 978-416-555-0142, ran 2019-2020.") == set()


def test_london_police_with_an_ontario_number_are_canadian(coder):
    c = code(coder, "London police arrested two men after a fight outside a bar on Dundas Street. Anyone "
                    "with information is asked to call London police at 519-555-0123.")
    assert [e.source.code for e in c.events if e.cameo == "173"] == ["CANCOP"]


def test_london_police_without_a_number_stay_british(coder):
    c = code(coder, "London police arrested two men after a fight outside a pub in Camden.")
    assert [e.source.code for e in c.events if e.cameo == "173"] == ["GBRCOP"]


def test_a_number_from_new_york_does_not_move_london(coder):
    c = code(coder, "London police arrested two men after a fight outside a pub in Camden. The victim's "
                    "brother in Brooklyn can be reached at 718-555-0144.")
    assert [e.source.code for e in c.events if e.cameo == "173"] == ["GBRCOP"]


def test_every_area_code_entry_is_a_north_american_code_of_a_country_other_than_the_us():
    import pycountry

    from tacitus.yamlio import data_yaml

    table = data_yaml("actors/phone_area_codes.yaml")
    assert table and "USA" not in table
    for iso3, codes in table.items():
        assert pycountry.countries.get(alpha_3=iso3) is not None, iso3
        assert len(codes) == len(set(codes)), iso3
        assert all(isinstance(c, str) and len(c) == 3 and c.isdigit() and c[0] in "23456789" for c in codes)
