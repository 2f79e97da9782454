"""Coder v2: a rejection or an appeal of no sub-code whose sentence names no one is aimed at whom the story
just told: a refusal ("Ruiz refused to take part") answers whoever asked, offered, ruled against or faulted
the refuser; an appeal for what was asked before ("he had asked for that delay") goes to whom the same party
asked. With no such act told, or a refusal of oneself ("contradicted himself"), it stays a near miss. A plan
to hold a rally is no plan to meet.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_triples

_VERDICT = "A court in Lima found former President Pedro Ruiz guilty of bribery on Monday. "
_ASKED = "Tom Reed, a convicted killer, asked the Ohio Supreme Court on Monday to delay his execution. "


def _rejections(text, coder):
    return [(s, t) for r, s, t in root_triples(code(coder, text)) if r == "12"]


def test_a_bare_refusal_answers_whoever_just_judged_the_refuser(coder):
    assert _rejections(_VERDICT + "Ruiz refused to take part.", coder) == [("PERELI", "PERJUD")]
    # with no act told, or a refusal of oneself, no one
    assert _rejections("Former President Pedro Ruiz of Peru refused to take part.", coder) == []
    assert _rejections(_VERDICT + "Ruiz contradicted himself.", coder) == []


def test_an_appeal_for_what_was_asked_before_goes_to_whom_it_was_asked(coder):
    got = root_triples(code(coder, _ASKED + "He had asked for that delay once before, in March."))
    assert got.count(("02", "USACRM", "USAJUD")) == 2, got
    assert root_triples(code(coder, "He had asked for that delay once before, in March.")) == []


def test_a_plan_to_hold_a_rally_is_no_plan_to_meet(coder):
    got = [e.cameo for e in code(coder, "Georgian opposition parties plan to hold a rally in Tbilisi "
                                        "next week.").events]
    assert "036" not in got, got
    got = [e.cameo for e in code(coder, "Georgian opposition parties plan to hold talks with the "
                                        "government next week.").events]
    assert got == ["036"], got
