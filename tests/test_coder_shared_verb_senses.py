"""Coder v2: the other sense of a shared verb. An authority giving someone a span of time to act ("gave the
protesters 48 hours to leave the depot") sets an ultimatum (139); a span given as a gift or a sentence ("two
months of relief", "two years in prison") is none. Cash found by police is seized (1711) as drugs are.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_a_span_given_to_act_in_is_an_ultimatum(coder):
    for text, src in (("The police chief gave the protesters 48 hours to leave the depot.", "COP"),
                      ("The army gave the rebels 72 hours to surrender.", "MIL")):
        got = sector_triples(code(coder, text), "139")
        assert got and got[0][1] == src, (text, got)
    # a span given as a gift or a sentence, or with nothing to do in it, is none
    for text in ("The ministry gave the growers two months of relief from the levy.",
                 "The court gave the burglar two years in prison.",
                 "The mayor gave the council two weeks."):
        got = sector_triples(code(coder, text), "139")
        assert not got, (text, got)


def test_cash_found_by_police_is_seized(coder):
    text = "Troopers found cash and scales hidden under the seat of his pickup."
    got = sector_triples(code(coder, text), "1711")
    assert got and got[0][1] == "COP", got
    got = sector_triples(code(coder, "Hikers found cash buried near the old mill."), "1711")
    assert not got, got



def test_a_relative_clause_of_what_is_demanded_is_no_asked_act(coder):
    # "that meets …" tells what the demanded thing is; it is no demand to meet (106)
    for text in ("Opposition leaders demanded a law that meets the needs of refugees.",
                 "Hundreds of protesters in Lagos demanded reforms that meet the needs of the poor."):
        got = sector_triples(code(coder, text), "10")
        assert got and all(c != "106" for c, _s, _t in got), (text, got)
    # an infinitive the parse hangs on the object is still what is asked
    got = sector_triples(code(coder, "Opposition leaders urged the president to meet the strikers."), "")
    assert any(c.startswith("0") for c, _s, _t in got), got
