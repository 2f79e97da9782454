"""Coder v2: trigger senses told by their objects: bombs dropped "in" or "over" a place are aerial
weapons used on it (195, as "on"); rounds or shots fired at someone are small-arms fire (193); money
released to a party is economic aid (071) as funding is.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, codes, triples


def test_bombs_dropped_in_or_over_a_place_are_aerial_weapons_used_on_it(coder):
    c = code(coder, "Turkish jets dropped cluster bombs in northern Iraq during the offensive.")
    assert ("195", "TURMIL", "IRQ") in triples(c)
    c = code(coder, "Sudanese warplanes dropped barrel bombs over Darfur on Sunday.")
    assert "195" in codes(c)
    c = code(coder, "The army dropped leaflets over the capital urging the rebels to surrender.")
    assert not [x for x in codes(c) if x.startswith("19")]


def test_rounds_or_shots_fired_at_someone_are_small_arms_fire(coder):
    c = code(coder, "Troops fired several rounds at the demonstrators near the square.")
    assert [x for x in codes(c) if x.startswith("19")] == ["193"]
    c = code(coder, "Police fired several shots at the two suspects as they fled the bank.")
    assert [x for x in codes(c) if x.startswith("19")] == ["193"]


def test_money_released_to_a_party_is_economic_aid(coder):
    c = code(coder, "The State Department released money to the Georgian army last week.")
    assert ("071", "USAGOV", "GEOMIL") in triples(c)
    c = code(coder, "The singer released a new album in Madrid.")
    assert not [x for x in codes(c) if x.startswith("07")]
