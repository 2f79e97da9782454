"""Coder v2: what a political actor wants another actor to do is asked of it (020): "the council wants the
county to pay for the bridge". Wanting to do something oneself, or being wanted by police, is not.

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
