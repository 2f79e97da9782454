"""Coder v2: hostile acts the lexicon did not name. Verbal attacks told by a verb the lexicon lacked
("insulted", "vilified", "defamed", "reprimanded") or by a verb and the preposition of whom they hit ("tore
into", "laid into") are criticism (111); a vote cast against an actor rejects it (120); an armed uprising
("took up arms against") is a fight (190); a putsch ("overthrew", "toppled" a government) is 180; a sexual
abuse is a sexual assault (1821), as "molested" is. The same words with no actor on the other side, or in
their other senses (a vote, winds, a game), are no event.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_verbal_attacks_named_by_new_verbs_are_criticism(coder):
    for text in ("The governor of Ohio insulted the state legislators during the budget debate.",
                 "The opposition leader vilified the prime minister in a televised speech.",
                 "President Marlow defamed the judge in a series of posts on Sunday.",
                 "The finance minister of Kenya reprimanded the head of the central bank for the leak."):
        got = sector_triples(code(coder, text), "11")
        assert got and got[0][0] == "111", (text, got)


def test_verbal_attacks_told_by_a_verb_and_its_preposition_are_criticism(coder):
    for text in ("Senator Hal Brenner tore into the Pentagon over the failed radar program.",
                 "The prime minister laid into the opposition leader during question time."):
        got = sector_triples(code(coder, text), "11")
        assert got and got[0][0] == "111", (text, got)
    for text in ("The bullets tore into the side of the car.", "The children laid into the birthday cake."):
        assert not code(coder, text).events, text


def test_a_vote_against_an_actor_rejects_it(coder):
    for text in ("Three city councillors voted against the mayor on Tuesday.",
                 "Senator Ada Pryce voted against the nomination of Judge Carl Oden."):
        got = sector_triples(code(coder, text), "12")
        assert got and got[0][0] == "120", (text, got)
    for text in ("The teachers voted against the proposal on Friday.",
                 "Two ministers of Sri Lanka voted against the Motion on Wednesday."):  # a text, no mover
        assert not sector_triples(code(coder, text), "12"), text


def test_an_armed_uprising_is_a_fight(coder):
    got = sector_triples(code(coder, "The rebels took up arms against the government of Chad in 2012."), "19")
    assert got and got[0] == ("190", "REB", "GOV"), got


def test_a_putsch_is_unconventional_violence(coder):
    for text in ("The army overthrew President Kamau of Kenya in a night raid.",
                 "The colonels tried to overthrow the government of Greece.",
                 "Rebels toppled the government of the Central African Republic."):
        got = sector_triples(code(coder, text), "18")
        assert got and got[0][0] == "180", (text, got)
    for text in ("The opposition toppled the prime minister of Italy in a confidence vote.",
                 "Strong winds toppled thirteen trucks in central Kansas on Monday.",
                 "Rebels fought to overthrow the government of Chad."):  # the fight's aim, no putsch yet
        assert not sector_triples(code(coder, text), "18"), text


def test_a_sexual_abuse_is_a_sexual_assault(coder):
    for text in ("The priest sexually abused the boy for years, police said.",
                 "Police said the coach molested three girls at the club."):
        got = sector_triples(code(coder, text), "18")
        assert got and got[0][0] == "1821", (text, got)

