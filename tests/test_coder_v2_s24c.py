"""Coder v2, session 24 (c): whom an act is aimed at (our sentences, written in the style of news)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- the doer of the act faulted
def test_condemning_an_act_done_by_someone_faults_its_doer(coder):
    # the parse hangs "by Egyptian police" on "condemned"; it names who made the arrests
    c = code(coder, "The French foreign minister condemned the arrests by Egyptian police.")
    assert ("111", "FRAGOV", "EGYCOP") in triples(c)


def test_condemning_by_a_means_names_no_target(coder):
    c = code(coder, "The French foreign minister condemned the arrests by telephone.")
    assert not [e for e in c.events if e.root == "11"]
