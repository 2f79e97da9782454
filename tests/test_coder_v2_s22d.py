"""Coder v2, session 22d: over-coding (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code


# ---------------------------------------------------------------- claims turned down in speech
def test_a_named_request_called_unrealistic_is_a_rejection(coder):
    c = code(coder, "The interior minister said the opposition's demand for early elections was unrealistic.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("120", "GOV", "OPP")]


def test_a_state_of_affairs_called_unacceptable_is_not_a_rejection(coder):
    c = code(coder, "The Senate committee criticized the ministry on Monday. The committee says this is "
                    "totally unacceptable.")
    assert not any(e.cameo == "120" for e in c.events)


def test_the_dismissed_claim_is_not_coded_as_an_act_of_its_own(coder):
    c = code(coder, "The finance minister said the union's demand for a pay rise was baseless.")
    assert [e.root for e in c.events] == ["12"]
    assert not any(e.root == "10" for e in c.events)


# ---------------------------------------------------------------- other senses of "order"
def test_goods_ordered_from_a_supplier_are_a_purchase_not_a_demand(coder):
    c = code(coder, "The transport ministry ordered 200 electric buses from a Chinese manufacturer.")
    assert not any(e.root == "10" for e in c.events)


def test_an_order_to_a_party_is_still_a_demand(coder):
    c = code(coder, "The European Union ordered Russia to withdraw its troops from the border.")
    assert any(e.root == "10" and e.target.code.startswith("RUS") for e in c.events)
