"""Coder v2, session 21c: targets an analyst reads off the wording around the trigger (every sentence here
is ours, written for the test)."""

from __future__ import annotations

from coded_events import code


# ---------------------------------------------------------------- the addressee of a letter
def test_an_appeal_made_in_a_letter_goes_to_whom_the_letter_went(coder):
    c = code(coder, "Russian lawmaker Leonid Slutsky faced harassment accusations in Moscow. The Russian "
                    "Union of Journalists wrote an open letter to the State Duma calling for an inquiry.")
    assert any(e.root == "02" and e.target is not None and e.target.code == "RUSLEG" for e in c.events)
    c = code(coder, "Greenpeace activists wrote to the European Commission urging it to ban the pesticide.")
    assert any(e.root == "02" and e.target.code == "IGOEUREEC" for e in c.events)


def test_a_letter_to_the_pope_goes_to_the_holy_see(coder):
    c = code(coder, "French opposition leader Marine Le Pen sent a letter to the Pope asking him to "
                    "intervene in favor of a peace deal in Syria.")
    assert [(e.root, e.target.code) for e in c.events] == [("02", "VATREL")]


def test_a_coptic_pope_is_not_the_vatican(coder):
    c = code(coder, "Egypt's Grand Mufti extended his condolences to Pope Tawadros II of the Coptic Church.")
    assert all(e.target is None or e.target.code != "VATREL" for e in c.events)


def test_an_appeal_not_made_in_a_letter_keeps_no_addressee(coder):
    # a participle after an ordinary verb names no addressee: gathering at a campus is no letter
    c = code(coder, "Hundreds of students gathered at the university, calling for lower tuition fees.")
    assert not any(e.root == "02" and e.target is not None for e in c.events)


# ---------------------------------------------------------------- whose offer was answered
def test_rejecting_the_offer_made_just_before_is_aimed_at_who_made_it(coder):
    c = code(coder, "The Ukrainian government proposed a ceasefire on Monday. Russia rejected the offer.")
    assert [(e.root, e.target.code) for e in c.events if e.root == "12"] == [("12", "UKRGOV")]


def test_an_offer_nobody_was_said_to_make_has_no_maker(coder):
    c = code(coder, "Russia rejected the offer.")
    assert not any(e.root == "12" and e.target is not None for e in c.events)
    # an offer whose earlier mention names no maker borrows none from the story
    c = code(coder, "Ukrainian President Volodymyr Zelensky spoke in Kyiv. A new offer of a truce arrived "
                    "on Monday. Russia rejected the offer.")
    assert not any(e.root == "12" and e.target is not None for e in c.events)
