"""A bare "claim" in the fast coder accuses only the content's subject, and "meet" of a thing one
satisfies ("meet its obligations") asks for no meeting (106)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.pipeline import Coder, CodingOptions

PUBLISHED = dt.date(2016, 9, 29)


@pytest.fixture(scope="module")
def fast():
    return Coder(CodingOptions(fast=True, one_party=True))


@pytest.fixture(scope="module")
def full():
    return Coder(CodingOptions(one_party=True))


def codes(coder, text):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in coder.code_text(text, published=PUBLISHED).events]


# ---- fast coder: bare claims -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Senator Maria Olvera claimed the new tariff helps Mexico.",
    "The Kenyan foreign minister claimed that the plan would benefit Uganda.",
    "Governor Tom Reddick claimed he had never met the Chinese ambassador.",
    "Senator Maria Olvera claimed in a letter that the tariff helps Mexico.",
    "Rebel commanders claimed there was little support for Ukraine.",
])
def test_fast_bare_claim_about_a_thing_accuses_no_one(fast, text):
    assert not [c for c in codes(fast, text) if c[0] == "112"]


@pytest.mark.parametrize("text, target", [
    ("The Kenyan foreign minister claimed Uganda had armed the rebels.", "UGA"),
    ("Senator Maria Olvera claimed that Governor Tom Reddick lied about the budget.", "GOV"),
    ("Senator Maria Olvera claimed in a letter that Governor Tom Reddick lied about the budget.", "GOV"),
    ("Rebel commanders claimed there were Ukrainian drone strikes on the town.", "UKRMIL"),
    ("Senator Maria Olvera alleged the new tariff helps Mexico.", "MEX"),  # "allege" always accuses
])
def test_fast_claim_about_another_accuses(fast, text, target):
    assert any(c[0] == "112" and c[2] == target for c in codes(fast, text))


# ---- parse coder: "meet" of obligations, needs, deadlines -------------------------------------
@pytest.mark.parametrize("text", [
    "Protesters demanded that the government meet its obligations.",
    "Striking nurses demanded that the ministry meet the deadline for back pay.",
    "Opposition lawmakers demanded that the cabinet meet the needs of farmers.",
])
def test_meeting_a_standard_is_no_demanded_meeting(full, text):
    got = codes(full, text)
    assert got and not [c for c in got if c[0] == "106"], got


@pytest.mark.parametrize("text", [
    "Protesters demanded that the president meet with their leaders.",
    "Protesters demanded that the governor meet the strikers.",
])
def test_demand_to_meet_someone_is_106(full, text):
    assert any(c[0] == "106" for c in codes(full, text))
