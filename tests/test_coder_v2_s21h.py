"""Coder v2, session 21h: who speaks when a document or a body described by a common noun is the subject
(every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, root_dyads


# ---------------------------------------------------------------- documents speak for their issuers
def test_a_law_speaks_for_the_legislature_that_passed_it_earlier_in_the_sentence(coder):
    c = code(coder, "When the Ohio Legislature passed the law allowing casinos, the law required a new vote. "
                    "The law also required the casino company to build a hotel.")
    assert ("17", "USA", "USA") in root_dyads(c)


def test_a_warning_speaks_for_whoever_was_warning_before(coder):
    c = code(coder, "Russia's embassy in London is warning travellers about provocations. The warning, "
                    "posted on the embassy website, accused the British government of hostile rhetoric.")
    assert ("11", "RUS", "GBR") in root_dyads(c)


def test_a_document_is_not_by_whoever_criticized_it(coder):
    # the governor attacked the law, he did not make it: no one speaks through it
    c = code(coder, "The governor criticized the new law on Monday. The law accuses the state government "
                    "of wasting money.")
    assert not any(e.cameo == "112" for e in c.events)
    c = code(coder, "The governor signed the new law on Monday. The law accuses the state government "
                    "of wasting money.")
    assert any(e.cameo == "112" for e in c.events)


# ---------------------------------------------------------------- a body and its named leader
def test_a_task_force_headed_by_a_minister_speaks_for_his_government(coder):
    c = code(coder, "Ottawa released a report on cannabis on Tuesday. The task force, headed by former "
                    "federal cabinet minister Anne McLellan, criticized the provinces.")
    assert ("11", "CAN", "CAN") in root_dyads(c)


def test_a_group_led_by_a_businessman_is_no_political_source(coder):
    c = code(coder, "The group, led by Toronto businessman John Smith, criticized the provinces.")
    assert not any(d[0] == "11" and d[1] == "CAN" for d in root_dyads(c))


# ---------------------------------------------------------------- "the governing body"
def test_the_governing_body_is_the_association_named_before(coder):
    c = code(coder, "The Vermont Principals Association in Montpelier banned the school from all "
                    "competitions. In a statement on Friday, the governing body accused the state government "
                    "of breaking its rules.")
    assert ("11", "USA", "USA") in root_dyads(c)


def test_a_bare_body_is_no_organisation(coder):
    c = code(coder, "The Vermont Principals Association in Montpelier met on Monday. Police later found the "
                    "body, which had accused the state government of breaking its rules.")
    assert not any(d[1] == "USA" and d[0] == "11" for d in root_dyads(c))
