"""Coder v2: a person's nationality told in an apposition whose demonym the parser hangs on a compound
("a Canadian figure skater"), and in a description fronted before the named subject ("A Canadian figure
skater, Jane Smith criticized …").

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def source_codes(coder, text):
    return [e.source.code for e in code(coder, text).events]


def test_a_demonym_on_a_compound_in_an_apposition_tells_the_country(coder):
    assert source_codes(coder, "Mara Jensen, a Danish figure skater, criticized the judges.") == ["DNKCVL"]


def test_a_fronted_description_tells_the_named_subjects_country(coder):
    assert source_codes(coder, "A Danish figure skater, Mara Jensen criticized the judges.") == ["DNKCVL"]


def test_a_fronted_description_carries_to_later_mentions(coder):
    c = code(coder, "Tomas Vidal runs a small security firm. A Chilean figure skater, Vidal criticized the "
                    "ministry. Police later arrested Vidal at his home.")
    assert [e.target.country for e in c.events if e.cameo == "173"] == ["CHL"]


def test_a_fronted_phrase_that_is_no_description_gives_nothing(coder):
    assert source_codes(coder, "On a Danish farm, Mara Jensen criticized the judges.") == ["CVL"]
