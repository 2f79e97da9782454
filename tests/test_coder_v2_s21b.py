"""Coder v2, session 21b: sources a story names only as a body's members (every sentence here is ours)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- members of a body named before
def test_council_members_act_for_the_council_the_story_named(coder):
    c = code(coder, "The Austin City Council met on Tuesday. Council members criticized the Pentagon "
                    "over the budget.")
    assert ("111", "USAGOV", "USAMIL") in triples(c)


def test_council_members_with_no_council_named_are_no_one(coder):
    # lawmakers named before are no council: the members' body must be named as one
    c = code(coder, "Texas lawmakers met on Monday. Council members criticized the Pentagon over the budget.")
    assert not any(e.root == "11" for e in c.events)


def test_member_states_act_for_the_bloc_named_in_the_sentence(coder):
    c = code(coder, "At a summit of the Organization of American States in Washington, member states "
                    "condemned Venezuela.")
    assert ("111", "IGOOAS", "VEN") in [(e.cameo, e.source.code, e.target.code[:3]) for e in c.events]


def test_bare_member_states_with_no_bloc_are_no_one(coder):
    c = code(coder, "Member states condemned Venezuela on Friday.")
    assert not any(e.root == "11" for e in c.events)


# ---------------------------------------------------------------- people from a body
def test_officials_from_a_body_act_for_it(coder):
    c = code(coder, "Officials from the European Commission criticized Hungary on Monday.")
    assert triples(c) == [("111", "IGOEUREEC", "HUN")]
    c = code(coder, "A delegation from the African Union met Sudanese generals in Khartoum.")
    assert [(e.root, e.source.code) for e in c.events] == [("04", "IGOAFRAFU")]


def test_an_officer_from_an_unknown_body_gets_no_guessed_sector(coder):
    # the lexicon does not know the body: its guessed sector (a business) must not replace the officer's
    c = code(coder, "An officer from the QRPS criticized the Ministry of Justice.")
    assert not any((e.source.sector or "").startswith("BUS") for e in c.events)


# ---------------------------------------------------------------- a quantity of people as the source
def test_a_passive_by_a_quantity_of_people_is_by_the_people(coder):
    c = code(coder, "The prime minister was criticized by dozens of Labour MPs on Tuesday.")
    assert triples(c) == [("111", "GBRLEG", "GBRGOV")]
    c = code(coder, "The governor was criticized by a group of Republican senators.")
    assert [(e.root, e.source.code) for e in c.events] == [("11", "USALEG")]


def test_a_speaker_counted_in_dozens_speaks(coder):
    c = code(coder, "Dozens of Labour MPs said the prime minister had lied to parliament.")
    assert [(e.root, e.source.code, e.target.code) for e in c.events] == [("11", "GBRLEG", "GBRGOV")]


def test_a_quantity_of_private_people_is_still_no_political_source(coder):
    c = code(coder, "A group of residents said the mayor had lied.")
    assert c.events == []
    c = code(coder, "The village was attacked by a swarm of bees.")
    assert c.events == []
