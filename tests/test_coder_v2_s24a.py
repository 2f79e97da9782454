"""Coder v2, session 24a: criticism and accusation in reported speech (every sentence here is ours, written
for the test)."""

from __future__ import annotations

from coded_events import code


def _said(c, trigger="said"):
    return [(e.root, e.source.code, e.target.code if e.target else None) for e in c.events
            if e.trigger.text.lower() == trigger]


# ---------------------------------------------------------------- a phrase of judgement, no one named in it
def test_a_phrase_of_judgement_faults_whom_the_story_is_about(coder):
    c = code(coder, "President Trump announced new tariffs on steel imports. Raising tariffs again is "
                    "\"an economic dead end,\" Sen. Ron Wyden said.")
    assert _said(c) == [("11", "USALEG", "USAGOV")]


def test_whom_a_judged_effect_bears_on_is_not_at_fault(coder):
    c = code(coder, "Senate Democrats proposed stricter rules for reporters. Sen. Marty Seifert said the "
                    "rules had \"a chilling effect\" on the press.")
    assert all(t != "MED" for _r, _s, t in _said(c))
