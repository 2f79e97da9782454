"""Coder v2: a court's finding on a party named in its clause ("the tribunal found that the council had
acted unlawfully", "a judge ruled that the city owes the firm money") is a ruling against it (116); only a
court finds, a person finding something is no event. A party that stops dealing with, working with or
taking calls from another reduces relations (160).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_a_courts_finding_on_a_party_is_a_ruling_against_it(coder):
    for text in ("The tribunal found that the county council had acted unlawfully in closing the shelter.",
                 "A judge ruled on Tuesday that the ministry had broken its own procurement rules.",
                 "The appeals court concluded that the city had failed to protect the tenants."):
        got = sector_triples(code(coder, text), "116")
        assert got and got[0][1] == "JUD" and got[0][2] == "GOV", (text, got)


def test_a_person_finding_something_is_no_ruling(coder):
    for text in ("Marla Pike found that the council had changed the bin collection days.",
                 "The hiker found a wallet near the river and handed it in.",
                 "The mayor concluded that the ministry would not help the town.",
                 # a permission is no finding against the party, nor a question the court is to answer
                 "The High Court ruled on Friday that the county council can sell the old library.",
                 "A jury will be picked next week to determine whether the contractor bribed the ministry.",
                 # a finding in the passive, after a court is named, is a general view, no ruling
                 "The appeals court heard the county's case on Monday. It's found that the county's roads "
                 "are safe."):
        assert not sector_triples(code(coder, text), "116"), text


def test_ceasing_dealings_with_a_party_reduces_relations(coder):
    for text in ("The ministry stopped dealing with the teachers' union after the strike began.",
                 "The governor stopped taking calls from the mayor last spring.",
                 "The senator stopped working with the agency over its handling of the audit."):
        got = sector_triples(code(coder, text), "16")
        assert got and got[0][0] == "160", (text, got)


def test_stopping_work_at_a_place_is_no_reduced_relations(coder):
    for text in ("Gail Rourke stopped working at the bakery in the summer.",
                 "The ministry stopped the dealing of counterfeit goods at the market."):
        assert not sector_triples(code(coder, text), "16"), text
