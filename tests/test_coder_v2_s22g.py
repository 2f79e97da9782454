"""Coder v2, session 22g: actor bugs (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


def _actor(c, text):
    return next(a for a in c.actors if text in a.text)


# ---------------------------------------------------------------- unknown initialisms before a title
def test_a_title_after_an_unknown_initialism_still_gives_the_sector(coder):
    c = code(coder, "MPD Trooper Dan Reyes arrested a man.")
    assert _actor(c, "Reyes").sector == "COP"


def test_an_unknown_initialism_makes_a_president_no_state_officer(coder):
    c = code(coder, "The BFTA president attacked the new tariffs.")
    assert _actor(c, "president").sector == "BUS"
    c = code(coder, "The BFTA president Mary Lowe attacked the new tariffs.")
    assert _actor(c, "Mary Lowe").sector == "BUS"


def test_an_initialism_outside_the_phrase_leaves_the_title_alone(coder):
    c = code(coder, "As ANSA reported, Italian President Sergio Mattarella signed the decree.")
    assert _actor(c, "Mattarella").code == "ITAGOV"


def test_an_unknown_initialism_leaves_a_minister_in_government(coder):
    c = code(coder, "The QRT minister rejected the proposal.")
    assert _actor(c, "minister").sector == "GOV"


# ---------------------------------------------------------------- capitalised plural titles
def test_capitalised_plural_titles_are_the_office(coder):
    c = code(coder, "US Senators condemned Russia on Monday.")
    assert ("111", "USALEG", "RUS") in triples(c)


# ---------------------------------------------------------------- pronoun subjects
def test_a_subject_pronoun_is_not_the_partner_in_its_own_opening_phrase(coder):
    c = code(coder, "Japanese Prime Minister Fumio Kishida landed in Paris on Sunday. "
                    "In a meeting with President Macron, he criticised China.")
    assert ("111", "JPNGOV", "CHN") in triples(c)
    assert not any(e.source.code == "FRAGOV" and e.root == "11" for e in c.events)


def test_a_subject_pronoun_may_still_be_the_subject_of_an_opening_clause(coder):
    c = code(coder, "After Macron met Scholz in Berlin, he criticised China.")
    assert ("111", "FRAGOV", "CHN") in triples(c)


# ---------------------------------------------------------------- coordinated objects
def test_each_coordinated_object_is_a_target(coder):
    c = code(coder, "The European Commission fined Google and Samsung.")
    assert {e.target.code for e in c.events if e.root == "11"} == {"USABUS", "KORBUS"}


def test_a_subject_pronoun_is_not_the_partner_of_an_opening_participle(coder):
    c = code(coder, "Japanese Prime Minister Fumio Kishida landed in Paris on Sunday. "
                    "Standing beside President Macron, he criticised China.")
    assert ("111", "JPNGOV", "CHN") in triples(c)


def test_a_source_takes_no_country_from_coordinated_targets(coder):
    c = code(coder, "The minister met the Chinese ambassador and the Japanese foreign minister on Monday.")
    assert {(e.source.code, e.target.code) for e in c.events if e.root == "04"} == \
        {("GOV", "CHNGOV"), ("GOV", "JPNGOV")}


def test_a_single_target_still_lends_its_country(coder):
    # (an officer named by title alone meeting a foreign one is no longer of that country: session 23, s23b)
    c = code(coder, "Police arrested three Kenyan protesters on Monday.")
    assert ("173", "KENCOP", "KENOPP") in triples(c)
