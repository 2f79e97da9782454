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


# ---------------------------------------------------------------- a critic's affiliation in an appositive
def test_a_person_described_as_working_at_a_named_body_speaks_for_it(coder):
    c = code(coder, "Maria Lopez, a marine biologist at the Ocean Welfare Institute, said Congress was a "
                    "disgrace.")
    assert [(r, s[-3:], t) for r, s, t in _said(c)] == [("11", "NGO", "LEG")]
    c = code(coder, "Paul Brennan, a veteran Senate watcher and senior fellow at the Heritage Foundation, "
                    "said Congress was a disgrace.")
    assert [(r, s[-3:], t[-3:]) for r, s, t in _said(c)] == [("11", "NGO", "LEG")]


def test_a_person_from_a_place_is_still_a_private_person(coder):
    c = code(coder, "Maria Lopez, a nurse from Ohio, said Congress was a disgrace.")
    assert _said(c) == []


# ---------------------------------------------------------------- a people is no person
def test_the_people_of_a_place_are_no_persons_name():
    from types import SimpleNamespace

    from tacitus.actors.lexicon import Lexicon
    from tacitus.actors.resolver.phrase import NP

    np = SimpleNamespace(lex=Lexicon.load(phoenix=False))
    for people in ("californians", "texans", "ohioans", "floridians", "iowans"):
        assert NP._people_of_a_place(np, people), people  # (a pronoun after them is not theirs)
    for surname in ("evans", "hans", "williams", "adams"):
        assert not NP._people_of_a_place(np, surname), surname


# ---------------------------------------------------------------- a virtue its holder has none of
def test_a_party_said_to_have_no_legitimate_right_is_criticised(coder):
    c = code(coder, "Sen. Maria Lopez said the governor had no legitimate right to stay in office.")
    assert [(r, t) for r, _s, t in _said(c)] == [("11", "GOV")]
    c = code(coder, "Sen. Maria Lopez said the ministry has no credible plan to repair the roads.")
    assert [(r, t) for r, _s, t in _said(c)] == [("11", "GOV")]


def test_no_fair_chance_or_no_credible_threat_faults_no_one(coder):
    c = code(coder, "Sen. Maria Lopez said the governor had no fair chance to respond.")
    assert _said(c) == []
    c = code(coder, "Police Chief John Smith said there was no credible threat to the school.")
    assert _said(c) == []
