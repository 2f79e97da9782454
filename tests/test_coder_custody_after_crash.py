"""Coder v2: an arrest after a crash is still the police's act (the accident reading is for deaths and
damage, not for police or court acts); a detainer or a "24-hour hold" keeps a person in custody (173); a
police account of drug use accuses the user (112).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _codes(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector, e.modality)
            for e in c.events]


def test_an_arrest_after_a_crash_is_the_police_act(coder):
    got = _codes(code(coder, "A 31-year-old Lakewood woman was arrested Sunday on drunk-driving charges "
                             "after a crash on Route 9, state police reported."))
    assert ("173", "COP", "CVL", "asserted") in got, got


def test_a_detainer_or_a_hold_is_custody(coder):
    for text in ("Dana Holloway is being held on a federal detainer at the county jail annex.",
                 "Dana Holloway was held in Pike County on a 48-hour hold."):
        got = _codes(code(coder, text))
        assert any(r == "173" and t == "CVL" for r, _s, t, _m in got), (text, got)


def test_police_telling_of_drug_use_accuse_the_user(coder):
    got = _codes(code(coder, "A father smoked meth in the kitchen while his toddler wandered onto the "
                             "highway, police say."))
    assert ("112", "COP", "CVL", "asserted") in got, got

