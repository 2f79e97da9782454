"""Coder v2, session 22h: the addressee of a second coordinated act, and whom a refusal answers (every
sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- a second coordinated act
def test_second_act_is_addressed_to_the_party_the_first_was_done_to(coder):
    c = code(coder, "The French foreign ministry summoned the Russian ambassador and demanded an "
                    "explanation.")
    assert ("100", "FRAGOV", "RUSGOV") in triples(c)


def test_second_act_after_a_private_person_has_no_addressee(coder):
    c = code(coder, "Police in Ohio arrested the man and demanded an explanation.")
    assert not any(e.cameo.startswith("10") for e in c.events)


def test_second_act_with_its_own_subject_is_not_addressed_to_the_first_object(coder):
    c = code(coder, "France summoned the Russian ambassador and Germany demanded an explanation.")
    assert not any(e.cameo.startswith("10") and e.target is not None and e.target.code == "RUSGOV"
                   and e.source.code == "DEU" for e in c.events)


def test_coordinated_warning_is_addressed_to_the_summoned_envoy(coder):
    c = code(coder, "The Polish foreign ministry summoned the Russian ambassador and warned that further "
                    "incursions would not be tolerated.")
    assert any(e.root == "13" and e.source.code == "POLGOV" and e.target is not None and
               e.target.code == "RUSGOV" for e in c.events)


def test_second_act_asking_someone_named_in_its_clause_is_not_the_first_objects(coder):
    c = code(coder, "The Polish foreign ministry summoned the Russian ambassador and asked that Germany "
                    "close its border.")
    assert not any(e.root == "02" and e.target is not None and e.target.code == "RUSGOV" for e in c.events)


# ---------------------------------------------------------------- whom a refusal answers
def test_refusal_answers_who_asked_just_before(coder):
    c = code(coder, "Russia asked Ukraine to withdraw its troops. Ukraine refused.")
    assert ("120", "UKR", "RUS") in triples(c)
    c = code(coder, "The Kenyan government urged the rebels to lay down their arms, but the rebels refused.")
    assert ("120", "KENREB", "KENGOV") in triples(c)


def test_refusal_with_no_request_told_has_no_target(coder):
    c = code(coder, "Ukraine refused.")
    assert triples(c) == []
    c = code(coder, "Russia asked Poland to withdraw its troops. Ukraine refused.")
    assert not any(e.cameo.startswith("12") and e.target is not None and e.target.code == "RUS"
                   for e in c.events)


# ---------------------------------------------------------------- whose permit was denied
def test_denied_permit_is_the_applicants(coder):
    c = code(coder, "Exxon applied for a drilling permit in Houston in May. On Tuesday the Houston city "
                    "council denied the permit.")
    assert ("120", "USAGOV", "USABUS") in triples(c)


def test_denied_permit_with_no_application_told_has_no_target(coder):
    c = code(coder, "The Houston city council denied the permit.")
    assert triples(c) == []


# ---------------------------------------------------------------- refusing what the police tried to do
def test_refusing_to_stop_for_police_defies_them(coder):
    c = code(coder, "A Lexington police officer tried to stop a pickup truck for speeding on Main Street. "
                    "The driver refused to stop and sped away.")
    assert ("120", "USACVL", "USACOP") in triples(c)


def test_refusing_another_act_after_a_stop_has_no_target(coder):
    c = code(coder, "A Lexington police officer stopped a pickup truck for speeding on Main Street. "
                    "The driver refused to answer questions.")
    assert not any(e.cameo.startswith("12") for e in c.events)
