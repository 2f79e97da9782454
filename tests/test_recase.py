"""Headlines in capitals or Title Case are parsed in sentence case and reported as written."""

from __future__ import annotations

import datetime as dt

from tacitus.nlp.recase import Recaser

RECASER = Recaser(names=["Maryland", "UNRWA", "Israel", "Joe Biden", "Biden", "United Nations"],
                  common=["join", "war", "arrest", "administration", "strike", "launch", "attack"])


def test_capitals_line_keeps_known_names_only():
    text = "SALVADORAN MAN ARRESTED IN MARYLAND OVER UNRWA PROTEST\n\nBody text stays. As Written."
    out = RECASER.recase(text)
    assert out.splitlines()[0] == "Salvadoran man arrested in Maryland over UNRWA protest"
    assert out.splitlines()[2] == "Body text stays. As Written."
    assert len(out) == len(text)


def test_title_case_line_lowers_common_words_only():
    out = RECASER.recase("The Biden Administration Joins Israel's War on UNRWA\nSecond line.")
    assert out.splitlines()[0] == "The Biden administration joins Israel's war on UNRWA"


def test_ordinary_text_is_left_alone():
    for text in ("Israel and Hamas agreed to a truce on Monday.", "Short Line", "A Title Case Line Ends."):
        assert RECASER.recase(text) == text


HEADLINES = [
    ("OPPOSITION LEADER DETAINED BY POLICE IN MINSK AFTER PROTEST", ("173", "BLRCOP", "BLROPP")),
    ("IRAN ACCUSES ISRAEL OF ATTACK ON EMBASSY IN DAMASCUS", ("1123", "IRN", "ISR")),
    ("Germany Expels Russian Diplomats Over Spy Claims", ("161", "DEU", "RUSGOV")),
]


def test_headlines_are_coded_and_reported_as_written(coder):
    for headline, want in HEADLINES:
        coded = coder.code_text(headline + "\n\nMore text follows here.", published=dt.date(2024, 3, 1))
        got = [(e.cameo, e.source.code, e.target.code) for e in coded.events]
        assert want in got, headline
        event = coded.events[got.index(want)]
        assert event.sentence == headline and event.trigger.text in headline
        assert event.source.text in headline and event.target.text in headline


def test_a_reduced_relative_is_a_passive(coder):
    coded = coder.code_text("A Salvadoran man arrested in Maryland appeared in court.",
                            published=dt.date(2024, 3, 1))
    # a man of El Salvador is a Salvadoran civilian
    triples = [(e.cameo, e.source.code, e.target.code) for e in coded.events]
    assert triples[:1] == [("173", "USACOP", "SLVCVL")]
