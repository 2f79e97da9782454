"""Coder v2: crimes between private people in local news. Kin and acquaintances are parties ("shot his
girlfriend", "punched a cashier"); an assault told with no doer in the sentence of someone's arrest or
charge is that suspect's act as police allege it (claimed). An assault with no one charged, an accident, or
two people charged keep no doer.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _violence(c):
    return [(e.cameo[:2], e.source and e.source.sector, e.target and e.target.sector, str(e.modality))
            for e in c.events if e.cameo[:2] in ("18", "19")]


def test_kin_and_acquaintances_are_the_victims_of_an_assault(coder):
    for text in ("Darren Pike, 41, shot his girlfriend outside a bar in Millbrook on Saturday.",
                 "Glenda Moss stabbed her stepfather twice in the kitchen of their home.",
                 "Ray Dunphy punched a cashier at a gas station on Elm Road, officers said.",
                 "Tanya Hurst choked her roommate during an argument, deputies said."):
        got = _violence(code(coder, text))
        assert got and got[0][1:3] == ("CVL", "CVL"), (text, got)


def test_an_assault_told_with_the_arrest_of_a_suspect_is_his_claimed_act(coder):
    c = code(coder, "A Fenwick teenager is facing an attempted murder charge after a neighbour was stabbed "
                    "in her garden on Friday.")
    assert ("18", "CVL", "CVL", "claimed") in _violence(c)


def test_a_shooting_told_with_an_arrest_is_the_arrested_mans_act(coder):
    c = code(coder, "Carl Brandt, 29, was arrested on Sunday after a man was shot outside a Dunmore tavern.")
    assert [(r, s, m) for r, s, _t, m in _violence(c)] == [("19", "CVL", "claimed")]


def test_an_assault_with_no_one_arrested_keeps_no_doer(coder):
    assert _violence(code(coder, "A woman was stabbed in her garden in Fenwick on Friday night.")) == []
    c = code(coder, "Ada Crane, 52, was arrested after a woman was stabbed in her garden in Fenwick on "
                    "Friday night.")
    assert [(r, s) for r, s, _t, _m in _violence(c)] == [("18", "CVL")]


def test_a_crash_told_with_a_charge_is_no_assault(coder):
    c = code(coder, "A Fenwick man was charged with drunken driving after a woman was killed in a crash.")
    assert _violence(c) == []
    c = code(coder, "A Fenwick man was charged with murder after a woman was stabbed in a parking lot.")
    assert [(r, s) for r, s, _t, _m in _violence(c)] == [("18", "CVL")]


def test_two_people_arrested_leave_the_doer_unknown(coder):
    c = code(coder, "Police arrested Carl Brandt and Lena Ortiz after a man was beaten outside the Dunmore "
                    "tavern.")
    assert _violence(c) == []
    c = code(coder, "Police arrested Carl Brandt after a man was beaten outside the Dunmore tavern.")
    assert [(r, s) for r, s, _t, _m in _violence(c)] == [("18", "CVL")]


def test_a_private_persons_shooting_dead_is_gunfire(coder):
    c = code(coder, "Police said Dale Kemper, 38, gunned down his ex-wife outside a Millbrook diner.")
    assert [(r, s, t) for r, s, t, _m in _violence(c)] == [("19", "CVL", "CVL")]
    c = code(coder, "Gunmen shot dead the mayor of a small town in Guerrero on Friday.")
    assert all(r == "18" for r, _s, _t, _m in _violence(c))


def test_a_deed_asked_about_in_a_quoted_question_is_not_reported(coder):
    c = code(coder, "“Who would believe it,” said Ruth Abel’s brother, “that they beat her and robbed her "
                    "in broad daylight?”")
    assert [m for _r, _s, _t, m in _violence(c)] in ([], ["hypothetical"], ["hypothetical"] * 2)
    c = code(coder, "“Two men beat my sister in broad daylight,” said Ruth Abel’s brother.")
    assert any(m == "asserted" for _r, _s, _t, m in _violence(c))
