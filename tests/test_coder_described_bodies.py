"""Coder v2: a definite description with words that say what kind of body it is refers back to the body the
story just named, as a bare "the group" does (coding guide §3): "the Palestinian group" (a country's
adjective that must be the body's), "the militant group" (a kind of body). A description that names another
body ("the Lebanese group" after a Palestinian one, "the parent company") is none of them. A subject with
no actor of its own joined to one that is named has that one as source ("Advocates and Republican lawmakers
criticised …": the lawmakers).

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


def test_a_named_conjunct_of_an_unnamed_subject_is_the_source(coder):
    c = code(coder, "Advocates and Republican lawmakers criticised the governor's budget plan on Tuesday.")
    assert [(e.cameo[:2], e.source and e.source.code) for e in c.events] == [("11", "USALEG")], \
        [(e.cameo, e.source) for e in c.events]
    c = code(coder, "Parents and the Ohio teachers union accused Governor Ted Strickland of lying about "
                    "school funding.")
    assert [e.source and e.source.code[:3] for e in c.events if e.cameo == "112"] == ["USA"], \
        [(e.cameo, e.source) for e in c.events]
    # no one named at all: no event
    c = code(coder, "Advocates and some parents criticised the budget plan on Tuesday.")
    assert not [e for e in c.events if e.cameo[:2] == "11"], [(e.cameo, e.source) for e in c.events]
