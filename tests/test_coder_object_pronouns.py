"""Coder v2: a plain object pronoun ("him", "her") never stands for the subject of its own clause: "the
premier criticized him" aims at the man named before, not at the premier (whose name may give no gender).
A subjectless participle takes the subject of the clause it hangs on. When a person no name holds ("a man",
"a tenant") came between, the pronoun is that person, or nothing: never a name further back. A blow
returned at a person ("did not hit him back") is no rejection.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _events(c, root):
    return [(e.source and e.source.sector, e.target and e.target.sector, e.target and e.target.person)
            for e in c.events if e.root == root]


def test_an_object_pronoun_is_not_its_own_clause_subject(coder):
    got = _events(code(coder, "Senator Arlo Pemberton proposed a tax on private jets. Prime Minister "
                              "Kit Lorne criticized him on Monday."), "11")
    assert got == [("GOV", "LEG", "Arlo Pemberton")], got
    got = _events(code(coder, "Senator Arlo Pemberton proposed a tax on private jets. Prime Minister "
                              "Dale Marsh praised him in a speech."), "05")
    assert got == [("GOV", "LEG", "Arlo Pemberton")], got


def test_an_object_pronoun_after_a_participle_is_not_the_clause_subject(coder):
    got = _events(code(coder, "Mayor Tam Ruskin opposed the plan. Governor Robin Vale held a press "
                              "conference, criticizing him for the delay."), "11")
    assert got == [("GOV", "GOV", "Tam Ruskin")], got


def test_a_person_no_name_holds_is_the_object_not_the_named_subject(coder):
    c = code(coder, "Sergeant Owen Pratt stopped a man outside the bank and arrested him.")
    got = [(e.cameo, e.target and e.target.text, e.target and e.target.sector) for e in c.events]
    assert ("173", "him", "CVL") in got, got
    c = code(coder, "Sergeant Owen Pratt stopped a man in the hallway and warned him to leave.")
    assert not any(e.target is None or e.target.person == "Owen Pratt" for e in c.events), c.events
    assert any(e.target is not None and e.target.sector == "CVL" for e in c.events), c.events


def test_a_blow_returned_at_a_person_is_no_rejection(coder):
    c = code(coder, "Ray Dunmore said he knew Carl Benning was a retired detective, so he did not hit "
                    "him back.")
    assert not any(e.root == "12" for e in c.events), [(e.cameo, e.trigger.text) for e in c.events]
