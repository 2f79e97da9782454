"""Coder v2: a visit named with its visitor and no destination ("Hassan's visit came amid …") is the visit the
story told just before by the same visitor: its host is the target; another visitor's visit is not.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples

STORY = ("Tunisian Foreign Minister Ali Hassan visited NATO headquarters in Brussels in March. "
         "Hassan's visit came amid a wave of attacks at home. ")


def _visits(coded):
    return [(e.sentence_index, t) for e, (c, _s, t) in zip(coded.events, triples(coded), strict=True)
            if c == "042"]


def test_same_visitor_visit_takes_the_host(coder):
    assert (1, "IGOWSTNAT") in _visits(code(coder, STORY))


def test_another_visitors_visit_takes_no_host(coder):
    visits = _visits(code(coder, STORY + "Prime Minister Omar Salah's visit drew praise from the press."))
    assert (1, "IGOWSTNAT") in visits and (2, None) in visits
