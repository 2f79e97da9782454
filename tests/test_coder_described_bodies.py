"""Coder v2: a definite description with words that say what kind of body it is refers back to the body the
story just named, as a bare "the group" does (coding guide §3): "the Palestinian group" (a country's
adjective that must be the body's), "the militant group" (a kind of body). A description that names another
body ("the Lebanese group" after a Palestinian one, "the parent company") is none of them.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _sources(c, root: str):
    return [e.source and e.source.code for e in c.events if e.cameo.startswith(root)]


def test_a_country_adjective_description_is_the_body_of_that_country(coder):
    c = code(coder, "Hamas fired rockets at Ashkelon on Sunday. The Palestinian group accused Israel of "
                    "killing civilians in Gaza.")
    assert _sources(c, "112") == ["PSEREBHMS"], [(e.cameo, e.source) for e in c.events]
    c = code(coder, "Hezbollah fired rockets at Haifa on Sunday. The Lebanese movement accused Israel of "
                    "killing civilians.")
    assert _sources(c, "112") == ["LBNREB"], [(e.cameo, e.source) for e in c.events]


def test_a_kind_of_body_description_is_the_body_of_that_kind(coder):
    c = code(coder, "The Islamic State seized the town of Qaryatain last week. The militant group accused "
                    "the Syrian government of lying about the battle.")
    assert _sources(c, "112") == ["IMGMUSISI"], [(e.cameo, e.source) for e in c.events]


def test_a_description_of_another_body_is_not_the_body_named(coder):
    c = code(coder, "Hamas fired rockets at Ashkelon on Sunday. The Lebanese group accused Israel of "
                    "killing civilians in Gaza.")
    assert "PSEREBHMS" not in _sources(c, "112"), [(e.cameo, e.source) for e in c.events]
    c = code(coder, "Hamas fired rockets at Ashkelon on Sunday. The largest militant group in Syria accused "
                    "Israel of killing civilians.")
    assert "PSEREBHMS" not in _sources(c, "112"), [(e.cameo, e.source) for e in c.events]
