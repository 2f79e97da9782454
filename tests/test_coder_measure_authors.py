"""Coder v2: a rejection (criticism, praise) of a measure the story has just said a party put forward is
aimed at that party ("X proposed a levy … Y rejected the levy"); a measure mentioned otherwise names no one.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def aimed(coded, root):
    """(source code, target code) of each event of this root."""
    return [(s, t) for c, s, t in triples(coded) if c.startswith(root)]


def test_a_rejected_measure_answers_the_party_that_proposed_it(coder):
    text = "The Turkish government proposed a new transit levy. Greece rejected the levy."
    assert ("GRC", "TURGOV") in aimed(code(coder, text), "12")


def test_a_measure_offered_before_is_the_offerer_s(coder):
    text = "Japan offered a larger fishing quota on Monday. South Korea flatly rejected the quota."
    assert ("KOR", "JPN") in aimed(code(coder, text), "12")


def test_a_measure_mentioned_otherwise_names_no_author(coder):
    text = "Greek truckers paid a new transit levy. Greece rejected the levy."
    assert all(t is None for _, t in aimed(code(coder, text), "12"))


def test_an_indefinite_measure_is_not_the_one_proposed_before(coder):
    text = "The Turkish government proposed a new transit levy. Greece rejected a levy on ferries."
    assert ("GRC", "TURGOV") not in aimed(code(coder, text), "12")
