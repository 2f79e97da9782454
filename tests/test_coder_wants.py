"""Coder v2: what a political actor wants another actor to do is asked of it (020): "the council wants the
county to pay for the bridge". Wanting to do something oneself, thanking people, not wanting another to
act, or being wanted by police is not.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads


def _wants(c):
    return [(e.cameo[:2], e.source and e.source.code[:3], e.target and e.target.code[:3])
            for e in c.events if e.trigger.text.lower().startswith("want")]


def test_a_government_wanting_another_to_act_asks_it(coder):
    c = code(coder, "Russia wants Norway to explain the detention of its fishing crew.")
    assert ("02", "RUS", "NOR") in _wants(c)


def test_a_union_wanting_a_company_to_act_asks_it(coder):
    c = code(coder, "The steelworkers union wants the company to reopen the Dunmore plant, its leader said.")
    assert [r for r, _, _ in _wants(c)] == ["02"]


def test_wanting_to_act_oneself_is_no_appeal(coder):
    for text in ("Democrats want to get rid of the governor of Ohio, the senator said.",
                 "The Norwegian government wants to build a new embassy in Oslo's twin city."):
        assert _wants(code(coder, text)) == [], text


def test_being_wanted_by_police_stays_a_warrant(coder):
    c = code(coder, "Officers said the Dorset man is wanted for two burglaries.")
    assert all(r != "02" for r, _, _ in root_dyads(c))


def test_what_protesters_want_of_a_party_is_their_demand(coder):
    c = code(coder, "Hundreds of protesters want the Kestrel Bank executives to give back their bonuses.")
    assert [r for r, _, _ in _wants(c)] == ["10"]


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
