"""Coder v2, session 20m: the second event of a sentence (conjoined verbs, a speech act and the act it
reports) read in real news. Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def _codes(coder, text):
    return [(e.cameo, e.trigger.text) for e in code(coder, text).events]


# ---------------------------------------------------------------- a passive series shares its subject
def test_a_fine_after_a_sentence_in_one_passive_series_is_coded(coder):
    # the tagger reads "fined" as a past tense; it is the participle of "was sentenced … and fined"
    c = _codes(coder, "In June, Lee was sentenced to 15 years in jail on 12 counts including embezzlement, "
                      "extortion and fraud, and fined $4.2 million.")
    assert ("173", "sentenced") in c and ("116", "fined") in c


def test_a_verdict_and_a_sentence_in_one_passive_series_are_two_acts(coder):
    c = _codes(coder, "The 52-year-old tycoon was found guilty of fraud in May and sentenced to six years.")
    assert ("116", "found guilty") in c and ("173", "sentenced") in c


def test_an_active_verb_after_an_arrest_does_not_befall_the_arrested(coder):
    c = code(coder, "The mayor was arrested on Monday and fired his lawyer.")
    assert [e.trigger.text for e in c.events] == ["arrested"]
    assert triples(c)[0][0] == "173"
