"""Coder v2: "they" as the subject of what a party demands ("demanding that they improve …") or of the
refusal that answers a request ("asked the unions to end the strike, but they refused") is the party asked,
not the one asking; "they" elsewhere keeps its antecedent.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_triples


def _of_root(coded, root):
    return [(s, t) for r, s, t in root_triples(coded) if r == root]


def test_the_subject_of_a_demand_s_clause_is_the_party_asked(coder):
    for text, asked in (
            ("Paris stopped arms sales to the Malians while demanding that they hold elections.", "MLI"),
            ("Tokyo froze its loans to the Filipinos, demanding that they reform the ports.", "PHL")):
        they = [a for a in code(coder, text).actors if a.text == "they"]
        assert they and they[0].code.startswith(asked), (text, [(a.text, a.code) for a in they])


def test_a_question_asked_is_of_the_askers_themselves(coder):
    text = ("The Nigerian unions met the labour minister, and they asked if they could attend the cabinet "
            "session.")
    they = [a for a in code(coder, text).actors if a.text == "they"]
    assert they and all(a.code.startswith("NGALAB") for a in they), [(a.text, a.code) for a in they]


def test_a_refusal_joined_to_a_request_answers_the_asker(coder):
    text = "The Nigerian government asked the unions to call off the strike, but they refused."
    got = _of_root(code(coder, text), "12")
    assert got and got[0][0] and got[0][0].startswith("NGALAB") and got[0][1] == "NGAGOV", got


def test_they_said_still_refers_to_the_speakers(coder):
    text = "The Nigerian unions met the labour minister on Monday, and they said the talks went well."
    coded = code(coder, text)
    they = [a for a in coded.actors if a.text == "they"]
    assert they and they[0].code.startswith("NGALAB"), [(a.text, a.code) for a in coded.actors]
