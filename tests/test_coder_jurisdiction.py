"""Coder v2: a bare state before a judicial noun ("U.S. indictments", "a French arrest warrant") is whose
courts or police act, not who is charged or arrested.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def _legal(coder, text):
    return [t for t in triples(code(coder, text)) if t[0].startswith("17")]


def test_state_adjective_is_the_court_not_the_accused(coder):
    acts = _legal(coder, "The Canadian indictment of the shipping magnate Oskar Varga surprised investors.")
    assert acts and all(src == "CANJUD" for _c, src, _t in acts)
    assert all(tgt != "CAN" for _c, _s, tgt in acts)


def test_state_adjective_with_no_one_charged_is_no_event(coder):
    acts = _legal(coder, "The probe into the bribery ring ended in dozens of U.S. indictments last spring.")
    assert all(tgt != "USA" for _c, _s, tgt in acts)


def test_a_person_before_the_noun_is_still_the_accused(coder):
    acts = _legal(coder, "Senator Paul Rennick said the Rennick indictment was a political attack.")
    assert not any(src and src.endswith("JUD") and tgt in ("USA", "CAN") for _c, src, tgt in acts)
