"""Coder v2: "X wants Y to do Z" is X's appeal to Y (020), as "X urged Y to do Z" is; a wish with no
object ("wants to thank everyone", "wants to visit") is none.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def test_a_government_wanting_another_to_act_appeals_to_it(coder):
    c = code(coder, "Hungary wants Austria to reopen the border crossing, the foreign ministry said.")
    assert ("02", "HUN", "AUT") in root_dyads(c)


def test_a_quoted_speaker_wanting_a_country_to_act_appeals_to_it(coder):
    c = code(coder, '"We want Norway to do much more for the refugees," the bishop said on Sunday.')
    assert any(r == "02" and t == "NOR" for r, _, t in root_dyads(c))


def test_each_wanted_party_is_appealed_to(coder):
    c = code(coder, "The Kenyan foreign ministry said it wants Uganda and Tanzania to explain the seizures.")
    assert {("02", "KEN", "UGA"), ("02", "KEN", "TZA")} <= set(root_dyads(c))


def test_wanting_to_do_something_oneself_is_no_appeal(coder):
    c = code(coder, "The Peruvian minister said she wants to visit the flooded valleys next week.")
    assert not any(r == "02" for r, _, _ in root_dyads(c))


def test_wanting_to_thank_people_is_no_appeal(coder):
    c = code(coder, '"I want to thank everyone in Ghana who voted for us," the senator told the crowd.')
    assert not any(r == "02" for r, _, _ in root_dyads(c))


def test_not_wanting_another_to_act_is_no_appeal(coder):
    c = code(coder, "The villagers fled because they did not want the Sudanese army to find them.")
    assert not any(r == "02" for r, _, _ in root_dyads(c))
