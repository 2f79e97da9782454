"""Coder v2, session 22c: nominal, participial and light-verb events (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, triples


# ------------------------------------------------------------ a judicial or police act's author after "by"
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


# ---------------------------------------------------------------- concerned about an actor's conduct (11)
def test_a_government_concerned_about_anothers_conduct_disapproves(coder):
    c = code(coder, "Germany is deeply concerned about Israel's offensive in Rafah, the ministry said.")
    assert ("11", "DEU", "ISR") in [(e.cameo[:2], e.source.code[:3], e.target.code[:3]) for e in c.events
                                    if e.target is not None]


def test_concerns_one_has_about_an_actor(coder):
    c = code(coder, "Berlin has serious concerns about Israel's offensive in Rafah.")
    assert [(e.source.code[:3], e.target.code[:3]) for e in c.events if e.cameo[:2] == "11"] == \
        [("DEU", "ISR")]


def test_concern_for_someones_welfare_is_no_disapproval(coder):
    c = code(coder, "Egypt is only concerned about Sudan's interests and the welfare of its people.")
    assert not [e for e in c.events if e.cameo.startswith("11")]
    c = code(coder, "Russia voiced concern about the safety of Russian citizens in Ukraine.")
    assert not [e for e in c.events if e.cameo.startswith("11")]


def test_concerned_that_or_about_no_actor_is_a_mood(coder):
    c = code(coder, "Police in Queensland are concerned about a rise in youth crime.")
    assert not [e for e in c.events if e.cameo.startswith("11")]
    c = code(coder, "French officials are concerned that the bill would create funding gaps.")
    assert not [e for e in c.events if e.cameo.startswith("11")]


# ---------------------------------------------------------------- time spent in talks
def test_a_day_spent_meeting_with_officials_is_a_meeting(coder):
    c = code(coder, "Blinken spent Monday meeting with Israeli officials in Jerusalem.")
    assert ("040", "USAGOV", "ISRGOV") in triples(c)


def test_money_spent_on_a_summit_is_no_meeting(coder):
    c = code(coder, "The Kenyan ministry spent two million dollars on the summit with African leaders.")
    assert not [e for e in c.events if e.cameo.startswith("04")]


# ---------------------------------------------------------------- a state in the simple present
def test_facing_charges_is_a_state_not_a_habit(coder):
    c = code(coder, "Police in Ohio arrested Jane Doe on Monday. She faces charges including bribery.")
    assert ("173", "USAJUD", "USACVL") in triples(c)


def test_a_habit_in_the_simple_present_stays_uncoded(coder):
    c = code(coder, "Police in Ohio arrested Jane Doe on Monday. The agency investigates reports of fraud.")
    assert [e.cameo for e in c.events] == ["173"]


# ---------------------------------------------------------------- an official's arrest or detention
def test_an_officials_arrest_befalls_the_official(coder):
    c = code(coder, "Istanbul mayor Ekrem Imamoglu's arrest on Wednesday sparked protests across Turkey.")
    assert ("173", "TURCOP", "TURGOV") in triples(c)


def test_a_possessed_detention_befalls_the_possessor(coder):
    c = code(coder, "Imran Khan's detention has angered his supporters in Pakistan.")
    assert [(e.cameo, e.target.code[:3]) for e in c.events] == [("173", "PAK")]


def test_the_arresting_authority_before_of_stays_the_source(coder):
    c = code(coder, "The FBI's arrest of the senator shocked Washington.")
    assert [(e.cameo, e.source.code, e.target.code) for e in c.events] == [("173", "USASPY", "USALEG")]


def test_a_detention_centre_is_no_detention(coder):
    c = code(coder, "The migrants were taken to an immigration detention centre in Texas.")
    assert not c.events
