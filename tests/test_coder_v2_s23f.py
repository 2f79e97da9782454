"""Coder v2, session 23f: violent acts named by a noun (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code


def _acts(coded, root):
    return [(e.cameo, e.source.sector, e.target.sector if e.target else None)
            for e in coded.events if e.root == root]


def test_an_assault_by_a_private_person_is_an_assault_not_an_offensive(coder):
    c = code(coder, "A Leeds man who carried out a savage assault on his former partner was jailed.")
    assert _acts(c, "18") == [("182", "CVL", "CVL")]
    c = code(coder, "Detectives in Bristol said the teenager launched an unprovoked attack on a bus driver.")
    assert [a[0] for a in _acts(c, "18")] == ["182"]


def test_an_offensive_by_an_army_stays_an_offensive(coder):
    c = code(coder, "The Sudanese army launched an assault on rebel positions near Khartoum.")
    assert [a[0][:2] for a in _acts(c, "19")] == ["19"] and not _acts(c, "18")


def test_a_company_launching_an_attack_on_a_rival_is_no_assault(coder):
    c = code(coder, "The carmaker launched an attack on its rival in a new television advertisement.")
    assert not _acts(c, "18") and not _acts(c, "19")


def _raids(coded):
    return [(e.cameo, e.source.sector) for e in coded.events if e.trigger.text.lower().startswith("raid")]


def test_what_police_did_in_raids_tells_the_raids_too(coder):
    c = code(coder, "Police arrested 13 people in raids across Manchester on Tuesday.")
    assert _raids(c) == [("091", "COP")] and any(e.cameo == "173" for e in c.events)


def test_a_police_raid_on_a_home_is_a_search_by_the_police(coder):
    c = code(coder, "A woman was detained in Leeds after officers found stolen goods during a police raid on "
                    "her flat.")
    assert _raids(c) == [("091", "COP")]


def test_a_raid_avoided_or_a_killing_in_a_raid_adds_no_raid(coder):
    c = code(coder, "Dealers in Ohio rent motel rooms to avoid a police raid on their own houses.")
    assert _raids(c) == []
    c = code(coder, "Israeli troops killed two Palestinian gunmen in a raid on the Jenin camp.")
    assert _raids(c) == []


def _bombings(coded):
    return [(e.cameo, e.source.sector, e.target.code[:3] if e.target else None)
            for e in coded.events if e.root == "18"]


def test_a_bomb_planted_or_left_at_a_public_place_is_an_attempted_bombing(coder):
    c = code(coder, "French investigators said the man planted a pipe bomb outside the railway station in "
                    "Lyon.")
    assert _bombings(c) == [("183", "CVL", "FRA")]
    c = code(coder, "Belgian prosecutors said the man left a suitcase containing explosives at a market in "
                    "Ghent.")
    assert _bombings(c) == [("183", "CVL", "BEL")]


def test_something_else_left_or_planted_is_no_bombing(coder):
    c = code(coder, "Belgian police said the man left a suitcase containing clothes at a market in Ghent.")
    assert _bombings(c) == []
    c = code(coder, "Volunteers in Leeds planted 300 trees outside the town hall on Saturday.")
    assert _bombings(c) == []
    c = code(coder, "The court in Tbilisi sent ten men, most of them with arms charges, to pretrial custody.")
    assert not any(e.root == "07" for e in c.events)
