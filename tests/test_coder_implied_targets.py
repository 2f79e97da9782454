"""Coder v2: implied targets, the party an act that names none is made to (coding guide: implied addressee),
decided by one ordered table of rules (``tacitus.events.coder.implied``); one sentence per rule, and the
cases where none applies.

Every sentence here is ours, written for the test."""

from __future__ import annotations

import pytest

from coded_events import code
from tacitus.events.coder.implied import IMPLIED_TARGET_RULES, ImpliedTargets


def implied_targets(coder, text):
    """(code, source sector, target sector, target rule) of each event whose target is implied."""
    return [(e.cameo, e.source and e.source.sector, e.target.sector, e.target.rule.split("+")[0])
            for e in code(coder, text).events
            if e.target is not None and e.target.rule.startswith("implied:")]


def test_the_rules_are_tried_in_one_order():
    names = [rule.__name__ for rule in IMPLIED_TARGET_RULES]
    assert names[0] == "_employer" and names[-1] == "_public_bombed"
    assert len(set(names)) == len(names) == 12
    assert all(getattr(ImpliedTargets, n) is r for n, r in zip(names, IMPLIED_TARGET_RULES, strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("The workers accepted a pay freeze.", ("080", "LAB", "GOV", "implied:employer")),
    ("The farmers' union urged lower fuel taxes.", ("020", "LAB", "GOV", "implied:government")),
    ("Shop owners are pressing for tax relief.", ("0233", "BUS", "GOV", "implied:government")),
    ("Publicans criticised the decision to close bars early.",
     ("111", "BUS", "GOV", "implied:government-measure")),
    ("Business groups welcomed the decision.", ("051", "BUS", "GOV", "implied:government-measure")),
    ("Police urged calm after the shooting.", ("020", "COP", "CVL", "implied:public")),
    ("Police asked for your help in locating the missing puppies.", ("020", "COP", "CVL", "implied:public")),
    ("The county lifted the burn ban on Monday.", ("081", "GOV", "CVL", "implied:public")),
    ("The rebels declared a ceasefire on Sunday.", ("0871", "REB", "GOV", "implied:government-yielded-to")),
    ("The government imposed a nationwide curfew.", ("1723", "GOV", "CVL", "implied:public")),
    ("The government declared a state of emergency.", ("1724", "GOV", "CVL", "implied:public")),
    ("Police are investigating the break-in.", ("091", "COP", "CVL", "implied:suspects")),
    ("Gunmen attacked them in their homes.", ("180", "REB", "CVL", "implied:victims")),
])
def test_an_act_naming_no_target_gets_the_implied_one(coder, text, expected):
    assert expected in implied_targets(coder, text)


def test_a_protest_naming_no_one_is_against_the_government(coder):
    found = implied_targets(coder, "Thousands of teachers marched through Lima on Friday.")
    assert [(c, t, r) for c, _s, t, r in found] == [("141", "GOV", "implied:government-protested")]


@pytest.mark.parametrize("text", [
    "The farmers' union urged the government to lower fuel taxes.",  # the addressee is named
    "The governor declared a state of emergency over the drought.",  # relief, no measure on the public
])
def test_no_target_is_implied(coder, text):
    assert implied_targets(coder, text) == []
