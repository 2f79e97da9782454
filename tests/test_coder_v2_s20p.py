"""Coder v2, 20th session: over-coding found reading main's events on unseen pages (every sentence here is
ours, written for the test)."""

from __future__ import annotations

import datetime as dt

SPRING_2024 = dt.date(2024, 3, 1)


def code(coder, text, published=SPRING_2024):
    return coder.code_text(text, published=published)


def modalities(coded, cameo_root):
    return [e.modality for e in coded.events if e.cameo.startswith(cameo_root)]


# ---------------------------------------------------------------- modality
def test_an_embedded_yes_no_question_is_not_an_act(coder):
    c = code(coder, "A jury in Ohio was picked to determine whether the woman murdered her husband.")
    assert modalities(c, "18") and all(m == "hypothetical" for m in modalities(c, "18"))
    c = code(coder, "Detectives in Texas asked if the driver had attacked the officer.")
    assert modalities(c, "18") and all(m == "hypothetical" for m in modalities(c, "18"))


def test_a_question_word_that_takes_the_act_as_given_keeps_it(coder):
    # "why" presupposes the arrest; a time clause is no question
    c = code(coder, "Police in Ohio did not explain why they arrested the protester.")
    assert "asserted" in modalities(c, "17")
    c = code(coder, "Police in Ohio arrested the man after he stabbed his neighbour.")
    assert modalities(c, "17") == ["asserted"]


def test_every_infinitive_of_a_failure_is_not_done(coder):
    c = code(coder, "Those regulators failed to spot, warn about or stop the 2019 fraud.")
    assert modalities(c, "01") == ["negated"]
    c = code(coder, "The regulator warned about the fraud.")
    assert modalities(c, "01") == ["asserted"]


def test_a_finite_verb_after_a_failure_is_done(coder):
    c = code(coder, "The man failed to pay the fine and was arrested by police in Ohio.")
    assert modalities(c, "17") == ["asserted"]
