"""Coder: actors named by a reference word. A relative clause on a predicate noun tells of the subject the
noun describes ("he is a hardliner who insulted …": he insulted), while one on the last of a list tells of
that last one only.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _sources(coded, root):
    return [(e.source and e.source.sector, e.source and e.source.person) for e in coded.events
            if e.root == root]


def test_a_relative_clause_on_a_predicate_noun_tells_of_the_subject(coder):
    c = code(coder, "Defence Minister Boris Kalnin visited the border on Sunday. He is a hardliner who "
                    "insulted the Egyptian president last year.")
    assert _sources(c, "11") == [("GOV", "Boris Kalnin")], c.events
    # the last of a list is the one the clause tells of, not the list's subject
    c = code(coder, "The other candidates are Ana Ruiz, Tom Bell and Senator Joan Pike, who has criticized "
                    "Governor Dale Marsh.")
    assert _sources(c, "11") == [("LEG", "Joan Pike")], c.events
