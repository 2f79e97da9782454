"""Coder: actors named by a reference word. A relative clause on a predicate noun tells of the subject the
noun describes ("he is a hardliner who insulted …": he insulted), while one on the last of a list tells of
that last one only.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _parties(coded, root, side):
    """(sector, person) of the ``side`` ("source" or "target") of each event of ``root``."""
    return [(a and a.sector, a and a.person) for e in coded.events if e.root == root
            for a in [getattr(e, side)]]


def _sources(coded, root):
    return _parties(coded, root, "source")


def test_a_relative_clause_on_a_predicate_noun_tells_of_the_subject(coder):
    c = code(coder, "Defence Minister Boris Kalnin visited the border on Sunday. He is a hardliner who "
                    "insulted the Egyptian president last year.")
    assert _sources(c, "11") == [("GOV", "Boris Kalnin")], c.events
    # the last of a list is the one the clause tells of, not the list's subject
    c = code(coder, "The other candidates are Ana Ruiz, Tom Bell and Senator Joan Pike, who has criticized "
                    "Governor Dale Marsh.")
    assert _sources(c, "11") == [("LEG", "Joan Pike")], c.events


def _targets(coded, root):
    return _parties(coded, root, "target")


def test_a_possessed_person_noun_is_the_person_not_the_owner(coder):
    # "its inventor", "the senator's bodyguard": the person the act befalls, a private one, not the
    # company or the senator the possessive names
    c = code(coder, "Microsoft released a new video game last spring. Its 31-year-old inventor was charged "
                    "by police with operating a boat while intoxicated.")
    assert _targets(c, "17") == [("CVL", None)], c.events
    c = code(coder, "Senator Lisa Dunn's bodyguard was sharply criticized by the mayor of Denver on Tuesday.")
    assert _targets(c, "11") == [("CVL", None)], c.events
    # a party's own people stay the party's ("its leader")
    c = code(coder, "Hamas said on Monday that its leader was arrested by Israeli forces.")
    assert [e.target.code[3:6] for e in c.events if e.root == "17"] == ["REB"], c.events


def test_a_subject_pronoun_keeps_the_subject_chain_over_a_person_named_as_an_object(coder):
    # the second "he" is the first one's, not the sergeant's whom the sentence names only after "with"
    c = code(coder, "Daniel Okafor crashed his pickup into a fence on Route 9 on Sunday night. He admitted "
                    "drinking six beers during an interview with Sergeant Paul Reyes at the hospital, where "
                    "he was treated for cuts. He was arrested for drunk driving.")
    assert _targets(c, "17") == [("CVL", "Daniel Okafor")], c.events
