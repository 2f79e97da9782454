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


# ---------------------------------------------------------------- an officer facing another state's officer
def test_a_title_facing_another_countrys_officer_is_not_of_that_country(coder):
    c = code(coder, "Saudi Arabia bought new jets this year. Last month the crown prince detained "
                    "Yemen's prime minister during a visit.")
    assert ("17", "SAUGOV", "YEMGOV") in _dyads(c)


def test_police_arresting_a_countrys_minister_are_of_that_country(coder):
    c = code(coder, "Police arrested Lebanon's former finance minister on Friday.")
    assert ("17", "LBNCOP", "LBNELI") in _dyads(c)


def test_the_title_alone_refers_back_to_the_one_person_named_with_it(coder):
    c = code(coder, "Jordan's ruler, Crown Prince Hussein bin Abdullah, ended a week-long tour of Europe. "
                    "The French government and the Egyptian government signed trade deals on Friday. "
                    "Later, the crown prince detained Syria's prime minister at the airport.")
    prince = [a for a in c.actors if a.text == "crown prince"]
    assert prince and prince[0].code == "JORGOV"


def test_the_title_of_two_persons_named_before_stays_unresolved(coder):
    c = code(coder, "President Emmanuel Macron of France met President Joe Biden in Rome. "
                    "Italy and Spain signed a deal with Greece and Turkey. "
                    "The president then criticized the European Commission.")
    president = [a for a in c.actors if a.text.lower() == "president" and a.start > 60]
    assert not president or president[0].rule != "carry:title"


# ---------------------------------------------------------------- whom a conditional warning is about
def test_a_warning_of_what_follows_if_a_state_acts_is_about_that_state(coder):
    c = code(coder, "\"If Russia sends troops across the border, there will be severe consequences,\" "
                    "the German chancellor warned on Tuesday.")
    assert ("01", "DEUGOV", "RUS") in _dyads(c)


def test_a_warning_of_what_follows_if_the_speaker_fails_names_no_one(coder):
    c = code(coder, "\"If we do not act now, the deficit will grow,\" the French finance minister warned.")
    assert [(d[0], d[2]) for d in _dyads(c)] == [("01", None)]


# ---------------------------------------------------------------- fights within one group
def test_rivals_fighting_are_each_others_targets(coder):
    c = code(coder, "Rival militias fought in Benghazi overnight, Libyan officials said.")
    assert ("19", "LBYREB", "LBYREB") in _dyads(c)
    c = code(coder, "Libyan militias fought each other in Benghazi overnight.")
    assert ("19", "LBYREB", "LBYREB") in _dyads(c)


def test_a_fight_against_a_thing_or_for_a_prize_stays_uncoded(coder):
    assert not code(coder, "Rival candidates fought for the nomination.").events
    assert not code(coder, "The rebels fought hunger and disease in the camps.").events
