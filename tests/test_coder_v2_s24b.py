"""Coder v2, session 24b: sources a story names only by a description, a document or a pronoun (every
sentence here is ours)."""

from __future__ import annotations

from coded_events import code


# ---------------------------------------------------------------- documents speak for their authors
def test_a_body_s_statement_speaks_for_the_body(coder):
    c = code(coder, "The army statement accused the rebels of shelling the market.")
    assert [(e.root, e.source.sector, e.target.sector) for e in c.events if e.root == "11"] == \
        [("11", "MIL", "REB")]


def test_a_statement_from_a_ministry_speaks_for_the_ministry(coder):
    c = code(coder, "A statement from the Kenyan foreign ministry accused Somalia of meddling.")
    assert ("112", "KENGOV", "SOM") in [(e.cameo[:3], e.source.code, e.target.code[:3]) for e in c.events]


def test_a_lawsuit_named_by_its_filer_speaks_for_it(coder):
    c = code(coder, "The NAACP lawsuit accuses the Texas governor of discrimination.")
    assert [(e.root, e.source.code) for e in c.events if e.root == "11"] == [("11", "USANGO")]


def test_a_statement_of_no_one_named_is_no_source(coder):
    c = code(coder, "The statement accused the rebels of shelling the market.")
    assert not any(e.root == "11" for e in c.events)
    c = code(coder, "Russia said in a statement that the talks had been useful.")
    assert all(e.source.code == "RUS" for e in c.events)


# ---------------------------------------------------------------- people described by their trade
def test_a_tradesman_at_a_body_acts_for_the_body(coder):
    c = code(coder, "A coach at a private school accused the state athletics association of bias.")
    assert [(e.root, e.source.sector) for e in c.events if e.root == "11"] == [("11", "EDU")]
    c = code(coder, "An accountant at the finance ministry accused the mayor of fraud.")
    assert [(e.root, e.source.sector) for e in c.events if e.root == "11"] == [("11", "GOV")]


def test_a_tradesman_alone_is_a_private_person(coder):
    c = code(coder, "A former staff member criticized the governor.")
    assert all((e.source.sector or "") in ("", "CVL") for e in c.events)
    # a topical adjective gives no sector: a marine biologist is no marine
    c = code(coder, "The marine biologist criticized the governor.")
    assert not any((e.source.sector or "") == "MIL" for e in c.events)


# ---------------------------------------------------------------- "one" of the people just named
def test_one_of_the_people_just_named_speaks_for_them(coder):
    c = code(coder, "University heads reacted angrily to the ministry's plan. One, who asked not to be "
                    "named, accused the government of chaos.")
    assert [(e.root, e.source.sector) for e in c.events if e.root == "11"] == [("11", "EDU")]
    c = code(coder, "Several lawmakers spoke to the press on Monday. Another accused the minister of lying.")
    assert [(e.root, e.source.sector) for e in c.events if e.root == "11"] == [("11", "LEG")]


def test_one_is_no_member_of_a_single_body(coder):
    c = code(coder, "The ministry issued a statement on Monday. One accused the rebels of lying.")
    assert not any(e.root == "11" for e in c.events)
    c = code(coder, "One accused the rebels of lying.")
    assert not any(e.root == "11" for e in c.events)
