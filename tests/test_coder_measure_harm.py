"""Coder v2: a political speaker who says a measure will do harm ("such measures would cause further harm
to farmers"), is not in someone's interest ("the cuts are not in the best interest of pupils") or does not
account for something criticises (111) the measure's author, as "the programme won't halt the exodus" does;
a measure said to do good, harm denied or told as a possibility ("could hurt"), harm by one's own measure
or harm to the party a measure aims at criticises no one.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def criticised(coded):
    """(source code, target code) of each criticism (111)."""
    return [(s, t) for c, s, t in triples(coded) if c == "111"]


def test_a_measure_said_to_cause_harm_criticises_its_author(coder):
    text = ("Ottawa announced new tariffs on Norwegian salmon. Such measures would cause serious harm to "
            "our fishermen, the Norwegian trade minister said on Friday.")
    assert any(s == "NORGOV" and (t or "").startswith("CAN") for s, t in criticised(code(coder, text)))


def test_a_measure_said_to_hurt_a_group_criticises_its_author(coder):
    text = ("The Danish government unveiled a plan to close rural clinics. The plan will hurt elderly "
            "patients, opposition leader Mette Holm said.")
    assert any(t is not None and t.startswith("DNK") for s, t in criticised(code(coder, text)))


def test_a_measure_not_in_the_interest_of_pupils_is_criticism(coder):
    text = ("The Minnesota Senate approved deep cuts to school funding. The cuts are not in the best "
            "interest of our pupils, Governor Tom Ellery said.")
    assert any(t is not None and t.startswith("USA") for s, t in criticised(code(coder, text)))


def test_a_formula_that_does_not_account_for_costs_is_criticism(coder):
    text = ("The Ohio governor presented a new school funding formula. The formula does not account for the "
            "cost of special education, state Senator Ann Brolley said.")
    assert any(s.startswith("USA") and t is not None for s, t in criticised(code(coder, text)))


def test_a_measure_said_to_help_criticises_no_one(coder):
    text = ("The Danish government unveiled a plan to build rural clinics. The plan will help elderly "
            "patients, opposition leader Mette Holm said.")
    assert criticised(code(coder, text)) == []


def test_a_measure_said_not_to_hurt_criticises_no_one(coder):
    text = ("The Danish government unveiled a plan to merge rural clinics. The plan will not hurt elderly "
            "patients, Health Minister Lars Berg said.")
    assert criticised(code(coder, text)) == []


def test_a_measure_that_could_hurt_is_a_forecast_not_criticism(coder):
    text = ("The Danish government unveiled a plan to merge rural clinics. The plan could hurt elderly "
            "patients, opposition leader Mette Holm said.")
    assert criticised(code(coder, text)) == []


def test_a_measure_in_the_interest_of_pupils_criticises_no_one(coder):
    text = ("The Minnesota Senate approved new school funding. The funding is in the best interest of our "
            "pupils, Governor Tom Ellery said.")
    assert criticised(code(coder, text)) == []


def test_harm_to_a_party_the_measure_aims_at_is_no_criticism(coder):
    text = ("Canada announced new export controls on drones. Prime Minister Anne Leduc said the new rules "
            "will hurt Iran's weapons programme.")
    assert criticised(code(coder, text)) == []


def test_harm_by_one_s_own_measure_is_no_criticism(coder):
    text = ("Oslo closed its embassy in Minsk. The Norwegian foreign ministry said its decision would damage "
            "the livelihoods of local staff.")
    assert criticised(code(coder, text)) == []
