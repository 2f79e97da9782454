"""Coder v2: over-coding on national-news stories: a judging word in a clause that only describes
something a statement mentions is not the speaker's criticism of anyone, and a standing backing told in a
participle ("militias backed by Iran") is not an act of praise.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def events(coded):
    return [(e.sentence_index, e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in coded.events]


# ---------------------------------------------------------------- criticism guessed from a describing clause
def test_a_judging_word_in_a_relative_clause_is_no_criticism(coder):
    c = code(coder, "Pakistan's army launched an operation in the north on Monday. The opposition party said "
                    "many of the families who fled the worst of the fighting had returned home.")
    assert not [e for e in c.events if e.root == "11"]


def test_a_judging_word_in_a_purpose_clause_or_a_participle_is_no_criticism(coder):
    c = code(coder, "The interior ministry closed three border crossings on Monday. The opposition said the "
                    "ministry had taken the measures to avert a disaster.")
    assert not [e for e in c.events if e.root == "11"]
    c = code(coder, "The foreign ministry announced that a militia blamed for the bombing had joined the "
                    "army.")
    assert not [e for e in c.events if e.root == "11"]


def test_a_judgement_said_outright_is_still_criticism(coder):
    c = code(coder, "The government raised fuel prices on Monday. The opposition party said the decision was "
                    "a disaster.")
    assert [(i, code_, t) for i, code_, _s, t in events(c)] == [(1, "111", "GOV")]
    c = code(coder, "The foreign ministry announced that a militia blamed for the bombing had joined the "
                    "army. The opposition party said the group was dangerous.")
    assert [(i, code_) for i, code_, _s, _t in events(c)] == [(1, "111")]


def test_a_virtue_denied_with_the_not_on_the_adjective_is_criticism(coder):
    c = code(coder, "The junta dissolved the electoral commission on Friday. The opposition party said the "
                    "reasons given are not convincing.")
    assert [(i, code_, t) for i, code_, _s, t in events(c)] == [(1, "111", "GOV")]


# ---------------------------------------------------------------- a backing told in a participle
def test_a_backing_told_in_a_participle_is_no_praise(coder):
    c = code(coder, "Shiite militias backed by Iran took control of the town on Sunday.")
    assert "051" not in [e.cameo for e in c.events]
    c = code(coder, "Backed by Turkey, the rebels advanced on the city.")
    assert "051" not in [e.cameo for e in c.events]


def test_backing_as_an_act_is_still_praise(coder):
    c = code(coder, "Germany on Monday backed France's bid for a seat on the council.")
    assert [(code_, s, t) for _i, code_, s, t in events(c)] == [("051", "DEU", "FRA")]


# ---------------------------------------------------------------- a judging word the sentence sets aside
def test_a_judging_word_set_aside_by_rather_than_or_without_is_no_criticism(coder):
    c = code(coder, "The governor of Ohio said Senator Blake would be remembered for his service to veterans "
                    "rather than the scandal.")
    assert not [e for e in c.events if e.root == "11"]
    c = code(coder, "The governor of Ohio said Senator Blake served his state without corruption.")
    assert not [e for e in c.events if e.root == "11"]
