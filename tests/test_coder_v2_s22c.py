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


# ---------------------------------------------------------------- riot-control means name the act (175)
def test_police_using_tear_gas_on_protesters_repress_them(coder):
    c = code(coder, "In Kenya, riot police used tear gas and water cannon on demonstrators in Nairobi.")
    assert ("175", "KENCOP", "KENOPP") in triples(c)


def test_water_cannon_turned_on_a_crowd(coder):
    c = code(coder, "Belarusian riot police turned water cannon on opposition supporters in Minsk.")
    assert ("175", "BLRCOP", "BLROPP") in triples(c)


def test_hyphenated_riot_control_words(coder):
    c = code(coder, "In Portland, federal officers threw flash-bangs at protesters outside the courthouse.")
    assert [e.cameo for e in c.events] == ["175"]
    c = code(coder, "Police officers in Minneapolis lobbed flash-bang grenades at demonstrators.")
    assert [e.cameo for e in c.events] == ["175"]
    c = code(coder, "Kenyan police fired tear-gas canisters at protesters in Nairobi.")
    assert [e.cameo for e in c.events] == ["175"]


def test_using_other_things_is_no_repression(coder):
    c = code(coder, "Kenyan police used drones to map the flooded villages near Nairobi.")
    assert not any(e.cameo.startswith("17") for e in c.events)
    c = code(coder, "Farmers used water from the river on their fields in Kenya.")
    assert not c.events
