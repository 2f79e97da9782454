"""Coder v2: a bare "claim" (no accusing word in what is claimed) accuses only when its clause tells what
another actor did: "the senator claimed the governor supports the oil lobby" is an accusation (112);
"officials claim the new checkpoints help commuters", "the candidate claims he will revive the mills"
and "the contractor claimed he had no knowledge of the payments" are assertions, not accusations.
"Allege" still accuses, and a claim naming a hostile act keeps its accusation.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _accusations(c):
    return [(e.source and e.source.sector, e.target and e.target.sector)
            for e in c.events if e.cameo == "112"]


def test_a_bare_claim_accuses_only_another_actor(coder):
    for text in ("The senator claimed in campaign mailers that the governor supports the oil lobby.",
                 "The mayor claimed she was followed by police officers for weeks.",
                 "The union claimed the mayor was responsible for the layoffs at the depot.",
                 "The senator alleged the new checkpoints were run by corrupt police officers."):
        got = _accusations(code(coder, text))
        assert got, (text, got)
    for text in ("Israeli officials claim the new checkpoints help reduce contact between residents and "
                 "soldiers.",
                 "The opposition leader claims he will revive the textile mills and rescue the farms.",
                 "The contractor claimed he had no knowledge of the payments to the ministry.",
                 "Government officials claim the reform will lower prices for farmers."):
        got = _accusations(code(coder, text))
        assert got == [], (text, got)

