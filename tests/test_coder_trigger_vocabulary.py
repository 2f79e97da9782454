"""Coder v2: trigger words the lexicons lacked: a government or legislature weighing a policy option
("is considering the request", "will mull new sanctions": 014) and the British spellings of trigger words
("made enquiries", "vandalised", "nationalise").

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, codes, triples


# ------------------------------------------------------------- considering a policy option (014)
def test_a_government_considering_a_request_weighs_a_policy_option(coder):
    c = code(coder, "The Norwegian government is considering Sweden's request for extra border patrols.")
    assert ("014", "NORGOV", "SWE") in triples(c)


def test_lawmakers_weighing_legislation_or_measures_consider_a_policy_option(coder):
    c = code(coder, "Ohio lawmakers will meet on Tuesday to consider legislation on school funding.")
    assert "014" in codes(c)
    c = code(coder, "The Finnish cabinet is mulling new measures to curb energy prices.")
    assert "014" in codes(c)


def test_considering_a_person_or_a_thing_is_no_policy_option(coder):
    c = code(coder, "The Danish parliament will weigh a proposal to lower the voting age.")
    assert "014" in codes(c)
    c = code(coder, "Many residents consider the mayor a reliable friend of the neighbourhood.")
    assert "014" not in codes(c)
    c = code(coder, "The organisers considered the weather before moving the concert indoors.")
    assert "014" not in codes(c)
    c = code(coder, "The jury weighed the evidence for two days.")
    assert "014" not in codes(c)


# ------------------------------------------------------------- British spellings
def test_british_spellings_of_trigger_verbs_and_nouns(coder):
    c = code(coder, "Kent Police opened an enquiry into the assault on the councillor.")
    assert [x[:2] for x in codes(c)] == ["09"]
    c = code(coder, "The Bolivian government will nationalise the Spanish-owned power company.")
    assert [x[:2] for x in codes(c)] == ["17"]
    c = code(coder, "Rioters vandalised the offices of the ruling party in Lagos.")
    assert [x[:2] for x in codes(c)] == ["17"]


# ------------------------------------------------------------- pressing someone for something (020)
def test_hounding_or_badgering_a_party_for_something_appeals_to_it(coder):
    c = code(coder, "The Kenyan opposition badgered the education minister to reopen the rural schools.")
    assert [x[:2] for x in codes(c)] == ["02"]
    c = code(coder, "Photographers hounded the actress outside the court.")
    assert "020" not in codes(c)
