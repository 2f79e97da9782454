"""Coder v2: a further request "also" made by the same source, naming no addressee, is made of the party its
previous sentence asked ("India urged Nepal to … India also called for talks"); never of another's addressee.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def asked(coded, trigger):
    """(code, source code, target code) of the events of this trigger."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if e.trigger and e.trigger.text == trigger]


def test_a_further_call_of_the_same_source_is_made_of_the_same_party(coder):
    text = "The Indian government urged Nepal to reopen the border. India also called for talks."
    assert [(s, t) for _, s, t in asked(code(coder, text), "called for")] == [("IND", "NPL")]


def test_a_further_demand_of_the_same_source_is_made_of_the_same_party(coder):
    text = "The Peruvian government pressed Chile to extradite the banker. Peru also demanded compensation."
    assert [t for _, _, t in asked(code(coder, text), "demanded")] == ["CHL"]


def test_another_party_s_further_call_is_not_made_of_the_first_addressee(coder):
    text = "The Indian government urged Nepal to reopen the border. Nepal also called for talks."
    assert all(t != "NPL" for _, _, t in asked(code(coder, text), "called for"))


def test_a_call_without_also_is_no_continuation(coder):
    text = "The Indian government urged Nepal to reopen the border. India called for calm."
    assert all(t is None for _, _, t in asked(code(coder, text), "called for"))
