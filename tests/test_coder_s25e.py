"""Coder: over-coding on national-news stories (session 25e): a judging word in a clause that only describes
something a statement mentions is not the speaker's criticism of anyone.

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
