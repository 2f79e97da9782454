"""Coder v2: two over-firing rules read on synthetic political stories. The intent of military
cooperation (0312) is the promised act's own military object, not a military word elsewhere in the clause; a
police account whose speaker's country is not known accuses only a suspect, not another party of the story.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, codes


# ---------------------------------------------------------------- 0312: the promised act is military
def test_an_agreed_deployment_of_defence_systems_is_military_cooperation(coder):
    c = code(coder, "Spain and Portugal have agreed to deploy air defence systems along their shared border.")
    assert "0312" in codes(c)


def test_agreeing_to_hold_joint_exercises_is_military_cooperation_not_talks(coder):
    c = code(coder, "Greece and Egypt agreed to hold joint naval exercises in the Aegean next spring.")
    assert set(codes(c)) == {"0312"}
    c = code(coder, "Greece and Egypt agreed to hold talks on maritime borders next spring.")
    assert set(codes(c)) == {"036"}


def test_an_army_planning_a_prototype_intends_no_military_cooperation(coder):
    c = code(coder, "The Indian army plans to build a prototype of its new light tank by 2027.")
    assert "0312" not in codes(c)


def test_joining_forces_against_a_social_ill_is_no_military_cooperation(coder):
    c = code(coder, "The governments of Norway and Peru have pledged to join forces to fight deforestation.")
    assert "0312" not in codes(c)


def test_military_officers_offering_praise_intend_no_military_cooperation(coder):
    c = code(coder, "Senior army officers offered praise to the French envoy after the ceremony in Bamako.")
    assert "0312" not in codes(c)


# ---------------------------------------------------------------- police accounts: no foreign party accused
def test_police_of_no_known_country_accuse_no_armed_group_of_a_background_act(coder):
    c = code(coder, "Police said the detainees, who were abducted by the armed group Boko Haram in 2014, had "
                    "been handed to their families.")
    assert "181" in codes(c)
    assert not any(e.cameo == "112" for e in c.events)


def test_police_still_accuse_a_suspect_of_an_assault(coder):
    c = code(coder, "A man stabbed his neighbour in the neck during an argument on Friday, police said.")
    assert "112" in codes(c)


def test_the_forces_of_joining_forces_are_no_target(coder):
    c = code(coder, "Iceland pledged to join forces with Chile against plastic pollution.")
    assert all(e.target is None or not (e.target.code or "").endswith("MIL") for e in c.events)



# ---------------------------------------------------------------- police accounts: none beside a charge
def test_what_police_say_of_a_man_they_charged_is_the_charges_account(coder):
    c = code(coder, "A Dayton man was charged late Friday with reckless driving after Dayton police say he "
                    "rammed a parked cruiser with his pickup.")
    assert "173" in codes(c)
    assert "112" not in codes(c)


def test_police_still_accuse_a_suspect_they_have_not_charged_in_the_sentence(coder):
    c = code(coder, "Dayton police say a drunk driver rammed a parked cruiser with his pickup during a chase "
                    "on Friday night.")
    assert "112" in codes(c)


def test_a_witness_retracting_her_testimony_is_told_no_offence(coder):
    c = code(coder, "At the murder trial, Jane Porter later retracted her testimony and agreed with the "
                    "defense, the prosecutor said.")
    assert "112" not in codes(c)
