"""Coder v2, session 24h: descriptions taken as events (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- a body's standing aims in a relative clause
def test_a_groups_standing_aims_in_a_relative_clause_are_no_event(coder):
    c = code(coder, "Israeli troops entered Hebron on Monday. According to Peace Now, an Israeli group that "
                    "opposes Israeli occupation of the West Bank, settlers moved in.")
    assert triples(c) == []


def test_a_relative_clause_in_the_past_reports_an_act(coder):
    c = code(coder, "Israeli troops entered Hebron on Monday. According to Peace Now, an Israeli group that "
                    "criticized Israeli occupation of the West Bank, settlers moved in.")
    assert [t[0][:2] for t in triples(c)] == ["19"]
    c = code(coder, "Turkish officials spoke on Monday. The Kurdish militia that attacked Turkish soldiers "
                    "last week was bombed.")
    assert "attacked" in [e.trigger.text for e in c.events]


def test_a_denial_in_a_relative_clause_is_said_now(coder):
    c = code(coder, "The scandal has dogged Malaysia's leader. Najib Razak, who denies any wrongdoing, "
                    "has fired "
                    "critics within his government.")
    assert "12" in [t[0][:2] for t in triples(c)]


# ---------------------------------------------------------------- a rule's content, not a party's demand
def test_what_a_system_requires_is_its_design_not_a_demand(coder):
    c = code(coder, "Israeli troops entered Hebron on Monday. It requires Israeli soldiers to photograph "
                    "Palestinians with a phone app.")
    assert triples(c) == []


def test_a_requirement_told_in_the_past_is_still_an_act(coder):
    c = code(coder, "The central bank met on Monday. The ministry required all banks to report large "
                    "transfers last week.")
    assert [t[0][:2] for t in triples(c)] == ["10"]


def test_what_a_group_is_dedicated_to_is_its_aim_not_an_event(coder):
    c = code(coder, "Israeli troops entered Hebron on Monday. Peace Now, a group dedicated to ending the "
                    "Israeli occupation of the West Bank, published a report.")
    assert triples(c) == []
    c = code(coder, "Israeli troops entered Hebron on Monday. Peace Now, a group that ended its campaign "
                    "against the Israeli occupation of the West Bank, published a report.")
    assert [t[0][:2] for t in triples(c)] == ["19"]


def test_what_a_passed_bill_requires_is_the_laws_requirement(coder):
    c = code(coder, "The Senate passed the bill in March. It required the Pentagon to publish its budget.")
    assert [t[0] for t in triples(c)] == ["172"]
    c = code(coder, "The Senate met in March. It required the Pentagon to publish its budget.")
    assert [t[0][:2] for t in triples(c)] == ["10"]
    c = code(coder, "China criticized the policy on Monday. It also demanded that Japan halt the release.")
    assert "10" in [t[0][:2] for t in triples(c)]


def test_a_stance_said_to_be_a_habit_is_no_event(coder):
    c = code(coder, "France sent troops to Mali last year. Algeria traditionally opposes any Western "
                    "military presence in the region.")
    assert [t[0][:2] for t in triples(c)] == ["15"]
    c = code(coder, "France sent troops to Mali last year. Algeria opposes any Western military presence in "
                    "the region, its foreign minister told reporters on Monday.")
    assert "11" in [t[0][:2] for t in triples(c)]
