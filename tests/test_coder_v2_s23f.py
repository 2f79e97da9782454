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
