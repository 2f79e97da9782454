"""Coder v2: the doer of an "-ing" act that a verb of seeing shows (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, root_triples


def _assault_dyads(coded):
    return [(s and s[-3:], t and t[-3:]) for r, s, t in root_triples(coded) if r == "18"]


def test_the_one_a_video_shows_is_the_doer(coder):
    c = code(coder, "Prosecutors say the footage showed the defendant, Tom Harlow, kicking a police officer.")
    assert _assault_dyads(c) == [("CVL", "COP")]
    # an adjunct after a plain comma stays the subject's: the police use the drones
    c = code(coder, "Kenyan police caught the suspects, using drones to track them.")
    assert all(s is None or s.endswith("COP") for _, s, _ in root_triples(c))


def test_a_passive_subject_caught_in_the_act_is_the_doer(coder):
    c = code(coder, "Two soldiers were filmed in the village, near the river, beating a Kenyan journalist.")
    assert [s for s, _ in _assault_dyads(c)] == ["MIL"]


def test_a_witness_is_not_the_doer(coder):
    c = code(coder, "The Kenyan minister watched the officers, members of a riot unit, assaulting "
                    "protesters in Nairobi.")
    assert [(r, s) for r, s, _ in root_triples(c)] == [("18", "KENCOP")]
