"""Coder v2: one act of several parties a plural noun lists by name ("several countries — Norway, Chile and
Kenya —", "allies, including Spain and Japan,"): one event per listed party; a noun with no listed names, or a
list of places, adds none.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def sources_of(coded, prefix):
    """The sorted source codes of the events whose code starts with ``prefix``."""
    return sorted(t[1] for t in triples(coded) if t[0].startswith(prefix))


def test_countries_named_between_dashes_each_act(coder):
    c = code(coder, "Several Nordic countries — Norway, Denmark and Finland — condemned Belarus on Tuesday.")
    assert sources_of(c, "11") == ["DNK", "FIN", "NOR"]


def test_allies_named_after_including_each_act(coder):
    c = code(coder, "Several allies, including Spain and Japan, criticized Venezuela over the vote.")
    assert sources_of(c, "11") == ["ESP", "JPN"]


def test_a_list_of_places_of_the_act_adds_no_parties(coder):
    c = code(coder, "Several countries condemned Belarus in statements issued in Oslo, Madrid and Rome.")
    assert sources_of(c, "11") == []
    c = code(coder, "Several critics, including Norway and Chile, were quoted in the report.")
    assert sources_of(c, "11") == []
