"""Coder v2, session 22c: nominal, participial and light-verb events (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- a judicial or police act's author after "by"
def test_the_court_after_by_indicts(coder):
    c = code(coder, "Sudanese officials condemned the indictment of Omar al-Bashir by the International "
                    "Criminal Court.")
    assert any(e.cameo == "173" and e.source.code.startswith("IGOJUD") for e in c.events)


def test_the_court_after_by_convicts(coder):
    c = code(coder, "The conviction of the journalist by an Iranian court drew wide criticism.")
    assert ("116", "IRNJUD", "IRNMED") in triples(c)


def test_a_passer_by_is_no_police_author(coder):
    c = code(coder, "The arrest of the thief by a passer-by was filmed on a phone.")
    assert not any(e.cameo.startswith("17") for e in c.events)
