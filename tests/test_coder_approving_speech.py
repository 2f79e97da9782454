"""Coder v2: a statement is praise (051) only when its approving word is said of a party: not trust the
parties are said to lack, nor a strict procedure the speaker describes.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def _praise(coder, text):
    return [t for t in triples(code(coder, text)) if t[0] == "051"]


def test_trust_the_parties_lack_is_no_praise(coder):
    assert not _praise(coder, "Armenia and Azerbaijan still lack mutual trust, French Foreign Minister Anne "
                              "Marchal said.")


def test_a_rigorous_procedure_is_no_praise(coder):
    assert not _praise(coder, "Trade envoy Lena Ost said Norway's firms had passed Korea's rigorous import "
                              "checks after three years.")


def test_trust_in_a_party_is_still_praise(coder):
    assert _praise(coder, "German Chancellor Olaf Scholz said the people of Lithuania can trust NATO.")
