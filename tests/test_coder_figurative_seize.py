"""Coder v2: "seized on" / "seized upon" an opening, a remark or a mistake is taking it up, not a
confiscation (1711); a seizure of things, or one dated with "on", stays a seizure.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def test_seizing_on_a_remark_or_an_opening_confiscates_nothing(coder):
    for text in ("Senator Ada Voss seized on the minister's remarks about the budget during the hearing.",
                 "The opposition party quickly seized upon the government's mistake over the pension plan."):
        assert not triples(code(coder, text), "17"), text


def test_a_seizure_of_things_stays_a_seizure(coder):
    for text in ("Police seized drugs and cash from the suspect on Tuesday.",
                 "Customs officers seized on Monday 40 kilograms of cocaine from a ship in Rotterdam."):
        assert triples(code(coder, text), "1711"), text
