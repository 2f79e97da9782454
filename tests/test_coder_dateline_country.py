"""Coder v2: a dateline that writes its town with a country ("MANDEVILLE, Jamaica —", "CUENCA, Ecuador (AP)
-") tells the country of a local story that names none again: its police and private people are of that
country. A town with a word that names no place, or no dateline at all, tells nothing.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code
from tacitus.events.roles import dateline_country

STORY = ("{dateline} A market vendor was arrested on Sunday after a brawl outside a bakery. "
         "The accused walked up to the baker and punched him in the face. "
         "Police said the man was held overnight.")


def _countries(c):
    return {(e.source and e.source.code, e.target and e.target.code) for e in c.events}


def test_a_dateline_with_its_country_gives_the_story_its_country(coder):
    got = _countries(code(coder, STORY.format(dateline="MANDEVILLE, Jamaica —")))
    assert ("JAMCVL", "JAMCVL") in got, got
    got = _countries(code(coder, STORY.format(dateline="CUENCA, Ecuador (AP) -")))
    assert ("ECUCVL", "ECUCVL") in got, got


def test_no_country_without_a_dateline_country(coder):
    got = _countries(code(coder, STORY.format(dateline="")))
    assert ("CVL", "CVL") in got, got


def test_dateline_country_reads_the_country_after_the_town():
    assert dateline_country("MANDEVILLE, Jamaica — A vendor was arrested.") == "JAM"
    assert dateline_country("CUENCA, Ecuador (AP) - A vendor was arrested.") == "ECU"
    assert dateline_country("MANDEVILLE, Tuesday — A vendor was arrested.") is None
    assert dateline_country("He lived in Kingston, Jamaica, for ten years.") is None
