"""Coder v2, session 20 (l2): trigger entries real news used and the lexicon lacked (sentences are ours)."""

from __future__ import annotations

from coded_events import code, root_dyads, triples


# ---------------------------------------------------------------- 172: removing an office-holder
def test_a_leader_firing_an_office_holder_is_an_administrative_sanction(coder):
    c = code(coder, "Former Pakistani President Pervez Musharraf fired the chief justice in 2007.")
    assert ("17", "PAK", "PAK") in root_dyads(c)
    c = code(coder, "Nigerian President Buhari sacked the army chief on Monday.")
    assert ("172", "NGAGOV", "NGAMIL") in triples(c)
    c = code(coder, "Nigerian President Buhari dismissed the army chief on Monday.")
    assert ("172", "NGAGOV", "NGAMIL") in triples(c)


def test_firing_shots_or_dismissing_words_is_no_dismissal(coder):
    c = code(coder, "Four of the police officers then fired ten rounds at the man.")
    assert not any(t[0] == "172" for t in triples(c))
    c = code(coder, "Nigerian President Buhari dismissed the army chief as a coward.")
    assert ("120", "NGAGOV", "NGAMIL") in triples(c)
    c = code(coder, "President Biden dismissed the senator's accusations.")
    assert not any(t[0] == "172" for t in triples(c))
    c = code(coder, "The Nigerian company fired its chief executive.")
    assert not any(t[0] == "172" for t in triples(c))


# ---------------------------------------------------------------- 051 solidarity, 143 industrial action
def test_expressing_solidarity_with_a_state_backs_it(coder):
    c = code(coder, "Slovenian Prime Minister Miro Cerar expressed solidarity with Britain on Monday.")
    assert ("05", "SVN", "GBR") in root_dyads(c)
    c = code(coder, "Polish President Andrzej Duda showed solidarity with Ukraine on Tuesday.")
    assert ("05", "POL", "UKR") in root_dyads(c)


def test_a_call_for_solidarity_is_no_backing(coder):
    c = code(coder, "Slovenian Prime Minister Miro Cerar called for solidarity among Europeans.")
    assert not any(t[0] == "051" for t in triples(c))


def test_industrial_action_is_a_labour_strike(coder):
    c = code(coder, "The British lecturers' union announced industrial action against universities.")
    assert any(t[0] == "143" for t in triples(c))


# ---------------------------------------------------------------- 116: a police ticket is a citation
def test_a_police_ticket_for_an_offence_is_a_citation(coder):
    c = code(coder, "An Illinois driver was ticketed by Taylorville police for failure to reduce speed.")
    assert ("116", "USACOP", "USACVL") in triples(c)


def test_ticketing_passengers_is_no_citation(coder):
    c = code(coder, "The Illinois airline ticketed passengers for the flight to Chicago.")
    assert not any(t[0] == "116" for t in triples(c))


# ---------------------------------------------------------------- 051: appreciating a party's efforts
def test_appreciating_another_states_efforts_is_praise(coder):
    c = code(coder, "Chinese Foreign Minister Wang Yi said Beijing appreciated Pakistan's efforts.")
    assert ("05", "CHN", "PAK") in root_dyads(c)


def test_appreciating_in_value_is_no_praise(coder):
    c = code(coder, "Chinese officials said property values in Beijing appreciated sharply last year.")
    assert not any(t[0] == "051" for t in triples(c))


# ---------------------------------------------------------------- 191: mining ground bars passage
def test_mining_a_neighbours_border_area_restricts_passage(coder):
    c = code(coder, "Georgian officials said Azerbaijan had mined the border territory of Georgia.")
    assert ("19", "AZE", "GEO") in root_dyads(c)


def test_mining_ore_is_no_blockade(coder):
    c = code(coder, "Chile mined more copper last year, Chilean officials said.")
    assert not any(t[0] == "191" for t in triples(c))
