"""Coder v2, session 23b: the countries of the actors of events found (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code


def _dyads(coded):
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events]


# ---------------------------------------------------------------- allies
def test_its_allies_of_a_western_country_are_the_west(coder):
    c = code(coder, "Portugal withdrew its envoy. Portugal expressed solidarity with its allies on Monday.")
    assert ("05", "PRT", "WST") in _dyads(c)
    c = code(coder, "Beijing was alarmed. The United States and its allies imposed sanctions on Iran.")
    assert ("16", "WST", "IRN") in _dyads(c)


def test_its_after_a_conjunction_is_the_first_noun(coder):
    c = code(coder, "Moscow condemned the US and its allies' plans to keep troops in Syria.")
    allies = [a for a in c.actors if a.text.endswith("allies")]
    assert allies and allies[0].code == "WST"


def test_the_allies_of_other_countries_are_not_the_west(coder):
    c = code(coder, "Iran hosted talks. Russia and its allies condemned the sanctions imposed by Washington.")
    assert all(a.code != "WST" for a in c.actors)
