"""Coder v2: an agentless passive whose doer only the story gives.

A measure lifted with no one named ("the curfew was lifted on Monday") is lifted by whoever the story told
imposed it, on whom it was imposed; with no such imposition told, no one lifted it. An agentless violent act
in a story of one country's insurgency is the insurgents' when they are the story's clear perpetrator and the
victim is not of their own party; a state force that dominates a story is still not blamed for what befell its
own country's people, unless the story is the police's violence alone and the victim a private person.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def test_a_lifted_curfew_is_lifted_by_whoever_imposed_it(coder):
    c = code(coder, "The Kaduna State government imposed a curfew on Zaria after the riots. "
                    "The curfew was lifted on Sunday.")
    imposed = triples(c, "17")
    assert imposed and imposed[0][0] == "1723", imposed
    lifted = triples(c, "08")
    assert lifted and lifted[0][0] == "0813" and lifted[0][1:] == imposed[0][1:], (imposed, lifted)
    # with no imposition told, no one lifted it
    for text in ("The ban was lifted on Monday.",
                 "Farmers gathered outside the town hall on Friday. The restrictions were eased later."):
        assert not triples(code(coder, text), "08"), text


def test_an_insurgents_story_blames_them_for_its_agentless_violence(coder):
    story = ("Maoist rebels ambushed Indian police in Chhattisgarh on Tuesday. "
             "On Wednesday the rebels attacked Indian troops near Sukma. ")
    got = triples(code(coder, story + "Three policemen were wounded."), "18")
    assert got and got[0][1:] == ("INDREB", "INDCOP"), got
    # their own party's dead are no act of theirs
    got = triples(code(coder, story + "Two rebels were killed."), "18")
    assert not [a for a in got if a[1] == "INDREB"], got
    # a state force that dominates a story is not blamed for what befell its own country's people
    story = ("Indian troops shelled a village near Sukma on Tuesday. "
             "On Wednesday Indian troops attacked Maoist rebels in the forest. ")
    got = triples(code(coder, story + "Three villagers were wounded."), "18")
    assert not [a for a in got if a[1] == "INDMIL"], got


def test_a_police_shooting_story_blames_the_police_for_its_agentless_death(coder):
    story = ("Police officers shot Darnell Pike in Flatbush, Brooklyn on Tuesday night. "
             "An officer also shot Pike's brother Marcus Pike. ")
    c = code(coder, story + "Darnell Pike was killed near his home.")
    got = [(e.cameo, e.source and e.source.code) for e in c.events if "killed" in e.sentence]
    assert got == [("193", "USACOP")], got  # a shooting, as the officers' acts were
    # not when the story tells of someone else's violence too
    other = story + "Earlier a man had stabbed a shopkeeper on Nostrand Avenue. " \
        "A woman was injured nearby."
    got = [(e.cameo, e.source and e.source.code) for e in code(coder, other).events
           if "injured" in e.sentence]
    assert not [a for a in got if a[1] == "USACOP"], got
