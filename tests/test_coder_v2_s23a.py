"""Coder v2, 23rd session: noun acts whose parties are named around the noun or earlier in the story (every
sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code


def in_sentence(coded, index):
    """(code, source code, target code) of the events of sentence ``index``."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in coded.events if e.sentence_index == index]


# ---------------------------------------------------------------- an act told as going on
def test_talks_told_as_ongoing_are_the_talks_the_story_named(coder):
    c = code(coder, "American negotiators held talks with Chinese officials in Beijing on Monday. "
                    "A White House adviser said that the negotiations were still ongoing.")
    assert ("046", "USAGOV", "CHNGOV") in in_sentence(c, 1)


def test_a_strike_that_continued_is_the_strike_the_story_named(coder):
    c = code(coder, "Nurses in Kenya went on strike on Tuesday to demand higher pay from the government. "
                    "As the strike continued, hospitals turned patients away.")
    assert [(e.cameo[:2], e.source.code[:3], e.target.code[:3]) for e in c.events
            if e.sentence_index == 1] == [("14", "KEN", "KEN")]


def test_an_act_going_on_with_no_earlier_act_is_not_coded(coder):
    c = code(coder, "The minister of Kenya spoke on Tuesday. He said the negotiations were still ongoing.")
    assert in_sentence(c, 1) == []


def test_an_act_denied_or_generic_is_not_told_as_going_on(coder):
    c = code(coder, "American negotiators held talks with Chinese officials in Beijing on Monday. "
                    "The negotiations did not continue.")
    assert in_sentence(c, 1) == []
    c = code(coder, "American negotiators held talks with Chinese officials in Beijing on Monday. "
                    "Negotiations are the best way to end the dispute, he said.")
    assert in_sentence(c, 1) == []


def test_an_act_begun_as_a_rule_is_not_told_as_going_on(coder):
    c = code(coder, "Rebels attacked army posts near Aleppo on Sunday. "
                    "Hostilities end only where the fighters agree to leave, the president said.")
    assert not any(e.cameo.startswith("19") for e in c.events if e.sentence_index == 1)


# ---------------------------------------------------------------- the act named before, by its effect
def test_the_attack_that_left_victims_is_the_attack_the_story_named(coder):
    c = code(coder, "A gunman opened fire on police officers in central Paris on Thursday night. "
                    "The attack left one officer dead.")
    assert [(e.cameo[:2], e.target.code) for e in c.events if e.sentence_index == 1] == [("18", "FRACOP")]


def test_people_hurt_by_the_fighting_are_no_new_attack(coder):
    c = code(coder, "Israeli troops attacked Hamas fighters in Gaza City on Monday. "
                    "People injured by the fighting are not the only ones who suffer.")
    assert in_sentence(c, 1) == []


def test_an_act_the_story_denied_is_no_antecedent(coder):
    c = code(coder, "Georgian police did not attack the separatists in Tskhinvali on Friday. "
                    "The fighting continued overnight.")
    assert in_sentence(c, 1) == []



# ---------------------------------------------------------------- an inquiry's finding
def test_a_named_inquiry_that_found_wrongdoing_investigates_whom_it_found_out(coder):
    c = code(coder, "An investigation by the Guardian found that the Home Office had deported hundreds of "
                    "people.")
    assert ("090", "GBRMED", "GBRGOV") in in_sentence(c, 0)


def test_an_inquiry_finding_of_no_one_political_is_not_coded(coder):
    c = code(coder, "An investigation by the Guardian found that the fire had started in a kitchen.")
    assert not any(e.cameo.startswith("09") for e in c.events)


# ---------------------------------------------------------------- backing one has
def test_having_the_backing_of_a_body_is_its_endorsement(coder):
    c = code(coder, "Senator Warren has the backing of six state legislators in South Carolina.")
    assert [(e.cameo, e.source.code[:3], e.target.code[:3]) for e in c.events] == [("051", "USA", "USA")]


def test_having_the_support_of_a_thing_or_of_family_is_no_endorsement(coder):
    c = code(coder, "The bill has the support of most voters. We have the support of our families.")
    assert not any(e.cameo.startswith("05") for e in c.events)


# ---------------------------------------------------------------- an act its relative clause says who did
def test_an_act_whose_relative_clause_names_its_doer_is_theirs(coder):
    c = code(coder, "The sanctions that Washington imposed on Russia in March hurt its economy.")
    assert [(e.cameo[:2], e.source.code, e.target.code) for e in c.events] == [("16", "USA", "RUS")]
    c = code(coder, "The lawsuit the ACLU filed against the Justice Department last year aimed to end the "
                    "program.")
    assert [(e.cameo, e.target.code) for e in c.events] == [("115", "USAGOV")]


def test_an_act_whose_relative_clause_tells_only_what_it_did_is_not_coded(coder):
    c = code(coder, "The sanctions that hurt the economy of Russia were lifted in March.")
    assert not any(e.cameo.startswith("16") for e in c.events)
