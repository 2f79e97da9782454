"""Coder v2, session 22 (lead): arrests are the state's act; patrol officers are police (our sentences)."""

from __future__ import annotations

from coded_events import code


def test_a_firms_staff_who_hold_a_shoplifter_do_not_arrest(coder):
    c = code(coder, "A Dayton man was arrested on Friday after Kroger employees detained him for allegedly "
                    "stealing two phones from the store.")
    assert [(e.cameo, e.source.sector) for e in c.events if e.root == "17"] == [("173", "COP")]


def test_an_armed_group_still_detains(coder):
    c = code(coder, "Taliban fighters detained two journalists in Kabul on Monday.")
    assert [(e.cameo, e.source.sector, e.target.sector) for e in c.events] == [("173", "REB", "MED")]


def test_a_patrolman_is_a_police_officer(coder):
    c = code(coder, "Dana Whitcomb, 22, was arrested by Patrolman Luis Ortega on Sunday.")
    assert [(e.cameo, e.source.sector) for e in c.events] == [("173", "COP")]


def test_a_reciprocal_pair_keeps_each_others_country_when_they_meet_abroad(coder):
    # (a bug of the coordinated-targets rule: the rebels took the host city's country)
    c = code(coder, "The Sudanese army and the RSF militia opened ceasefire talks in Jeddah on Saturday.")
    assert {(e.source.code[:3], e.target.code[:3]) for e in c.events if e.root == "04"} == {("SDN", "SDN")}


def test_a_police_account_of_a_surrender_accuses_no_one(coder):
    text = ("Police said a man robbed a pharmacy in Akron on Monday. “In the end, he walked into the county "
            "jail and turned himself in without incident,” the police lieutenant added.")
    assert not any(e.sentence_index == 1 for e in code(coder, text).events)


def test_a_police_account_of_an_offence_still_accuses(coder):
    text = ("Police said a man robbed a pharmacy in Akron on Monday. He later pulled a knife on a clerk at a "
            "gas station, a police spokesman said.")
    assert [e.cameo for e in code(coder, text).events if e.sentence_index == 1] == ["112"]


def test_company_names_that_are_also_words_or_given_names_are_not_companies(coder):
    c = code(coder, "Lotte Weber, a teacher in Bonn, said GM crops should be banned.")
    assert not any(a.code in ("KORBUS", "USABUS") for a in c.actors)  # (not Lotte the chaebol, not GM)
