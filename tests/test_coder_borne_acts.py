"""Coder v2: an act named by a noun with its doer ("a crackdown by the police") is aimed at whoever the
sentence says bore it: the subject of "faced", "endured", "underwent" or "was subject to". A witness who
watched the act did not bear it.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _dyads(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.text) for e in c.events]


def test_the_subject_of_a_bearing_verb_is_the_target(coder):
    for text, bearer in (("Protesters faced a brutal crackdown by the national police.", "Protesters"),
                         ("Last spring the opposition endured a clampdown by the provincial government.",
                          "opposition"),
                         ("For two years the opposition was subject to a crackdown by the security police.",
                          "opposition")):
        got = _dyads(code(coder, text))
        assert got and got[0][0] == "175" and bearer in (got[0][2] or ""), (text, got)
    got = _dyads(code(coder, "Shopkeepers said they watched a crackdown by the police from their windows."))
    assert not any(r[0] == "175" and "Shopkeepers" in (r[2] or "") for r in got), got
