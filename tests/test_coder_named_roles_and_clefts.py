"""Coder: participants named after a lower-case role word, and the focus of a cleft as the doer.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import actor_named, code, triples


def test_a_name_after_a_lower_case_role_word_is_a_person(coder):
    c = code(coder, "“We will appeal the ruling,” said attorney Hedge Morrow on Tuesday.")
    a = actor_named(c, "Hedge Morrow")
    assert a is not None and a.person == "Hedge Morrow", [(x.text, x.rule) for x in c.actors]


def test_a_name_after_a_spokesman_is_a_person(coder):
    c = code(coder, "The talks have stalled, according to spokesman Marsh Tolliver.")
    assert actor_named(c, "Marsh Tolliver") is not None, [(x.text, x.rule) for x in c.actors]


def test_the_focus_of_a_cleft_is_the_doer(coder):
    c = code(coder, "It was Syria that shelled Turkish troops near the border.")
    assert ("19", "SYR", "TURMIL") in {(r[:2], s, t) for r, s, t in triples(c)}, triples(c)


def test_a_that_clause_after_it_is_no_cleft(coder):
    c = code(coder, "It was clear that Syria shelled Turkish troops near the border.")
    assert all(s == "SYR" for r, s, t in triples(c) if r.startswith("19")), triples(c)
