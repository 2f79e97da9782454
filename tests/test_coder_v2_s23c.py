"""Coder v2, session 23c: the act a sentence tells besides the one coded first (every sentence here is ours,
written for the test)."""

from __future__ import annotations

from coded_events import code


def _acts(c):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in c.events]


# ---------------------------------------------------------------- a weapon pointed at someone
def test_a_gun_pointed_at_an_officer_is_a_threat(coder):
    c = code(coder, "Winnipeg police arrested a man on Sunday after he pointed a handgun at a constable.")
    assert ("130", "CANCVL", "CANCOP") in _acts(c)


def test_a_knife_pulled_on_a_clerk_is_a_threat(coder):
    c = code(coder, "Ohio police say a man pulled a knife on a woman at a gas station.")
    assert any(e.root == "13" and e.source.sector == "CVL" and e.target.sector == "CVL" for e in c.events)


def test_pointing_at_a_map_or_an_officer_drawing_his_gun_is_no_threat(coder):
    c = code(coder, "The governor pointed at a map of Ohio and said the plan was sound.")
    assert not any(e.root == "13" for e in c.events)
    c = code(coder, "An Ohio police officer drew his gun on the suspect, police said.")
    assert not any(e.root == "13" for e in c.events)


# ---------------------------------------------------------------- another person of the same kind
def test_another_man_is_not_the_man_himself(coder):
    c = code(coder, "Police in Ohio said the man stabbed another man outside a bar.")
    assert ("182", "USACVL", "USACVL") in _acts(c)
    c = code(coder, "Police in Ohio said one girl stabbed the other girl with scissors at the school.")
    assert any(e.root == "18" for e in c.events)


def test_the_man_and_himself_stay_one_person(coder):
    c = code(coder, "Police in Ohio said the man shot himself after the chase.")
    assert not any(e.root in ("18", "19") for e in c.events)


# ---------------------------------------------------------------- poisoning
def test_poisoning_a_person_is_violence(coder):
    c = code(coder, "Police in Ohio said the woman poisoned her husband with antifreeze.")
    assert any(e.root == "18" and e.source.code == "USACVL" and e.target.code == "USACVL" for e in c.events)


def test_a_poisoned_relationship_is_no_violence(coder):
    c = code(coder, "The row poisoned relations between Ottawa and Washington for years.")
    assert not any(e.root == "18" for e in c.events)


# ---------------------------------------------------------------- a speaker who goes on, after a passive
def test_a_speaker_reporting_arrests_goes_on_to_accuse(coder):
    c = code(coder, "Georgia's opposition said six of its activists were detained in Batumi, accusing the "
                    "government of harassment.")
    assert any(e.root == "11" and e.source.code == "GEOOPP" and e.target.code == "GEOGOV" for e in c.events)


def test_a_consequence_of_a_passive_act_is_no_speech_of_the_reporter(coder):
    c = code(coder, "Syrian rebels said the convoy was ambushed near Aleppo, killing 20 soldiers.")
    assert not any(e.source is not None and e.source.sector == "REB" and e.root in ("18", "19")
                   for e in c.events)


# ---------------------------------------------------------------- police reporting what a suspect did
def test_police_reporting_what_a_suspect_did_accuse_him(coder):
    c = code(coder, "Ohio police arrested a 17-year-old boy on Friday, reporting the teenager had stolen a "
                    "car from a neighbour.")
    assert any(e.cameo == "112" and e.source.code == "USACOP" and e.target.code == "USACVL" for e in c.events)


def test_a_plain_report_of_figures_is_no_event(coder):
    c = code(coder, "The Ohio health department reported 40 new flu cases on Friday.")
    assert c.events == []
