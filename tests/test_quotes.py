"""Quotes: direct (curly/straight, interrupted, across paragraphs) and indirect speech with speakers."""

from __future__ import annotations

from tacitus.enrich.quotes import direct_spans, find_quotes
from tacitus.evaluation.enrich_eval import normalise_span


def test_direct_spans_pairs_and_paragraphs():
    text = 'He said: "We will not leave.\n\n"This is our land," he added.\nShe called it “a «disaster»”.'
    spans = [text[s:e] for s, e in direct_spans(text)]
    assert spans[0].startswith("We will not leave.") and spans[0].endswith("This is our land,")
    assert "a «disaster»" in spans


def test_direct_quote_speaker(coder):
    text = "“We will not allow the city to fall,” Syrian President Bashar al-Assad said on Sunday."
    doc = coder.nlp(text)
    qs = find_quotes(doc, coder.actors.resolve(doc))
    (q,) = [q for q in qs if q.kind == "direct"]
    assert q.text == "We will not allow the city to fall,"
    assert q.speaker_text == "Syrian President Bashar al-Assad"
    assert q.speaker is not None and q.speaker.code.startswith("SYR")


def test_interrupted_quote_is_one(coder):
    text = "“The talks have failed,” the envoy said, “and the fighting will go on for months.”"
    qs = find_quotes(coder.nlp(text))
    (q,) = qs
    assert q.kind == "direct" and q.text.startswith("The talks") and q.text.endswith("for months.")
    assert q.speaker_text == "the envoy"


def test_indirect_speech(coder):
    text = "Russian Foreign Minister Sergei Lavrov said that Moscow would veto the resolution."
    doc = coder.nlp(text)
    (q,) = find_quotes(doc, coder.actors.resolve(doc))
    assert q.kind == "indirect" and q.text == "Moscow would veto the resolution"
    assert q.speaker_text == "Russian Foreign Minister Sergei Lavrov" and q.speaker.code == "RUSGOV"


def test_according_to(coder):
    text = (
        "Dozens of civilians were killed in the raid, according to the Syrian Observatory for Human Rights."
    )
    (q,) = find_quotes(coder.nlp(text))
    assert q.text.startswith("Dozens of civilians") and q.speaker_text.endswith("Human Rights")


def test_normalise_span():
    assert normalise_span("“that we will win.”") == "we will win"
