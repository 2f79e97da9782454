"""Selective parsing: NER everywhere, the parse only in sentences the gate accepts."""

from __future__ import annotations

import pytest

from tacitus.nlp.model import load_model
from tacitus.nlp.selective import LemmaGate
from tacitus.pipeline import Coder, CodingOptions

TEXT = (
    "The weather in the capital was mild on Monday.\n"
    "Rebels attacked an army base near the border, officials said.\n"
    "Markets were calm and shops stayed open."
)


@pytest.fixture(scope="module")
def nlp():
    return load_model(selective=True)


def test_pipeline_runs_ner_first_and_parses_last(nlp):
    assert nlp.pipe_names == ["sentencizer", "tacitus_paragraph_breaks", "ner", "tacitus_selective_parse"]


def test_only_gated_sentences_are_parsed(nlp):
    comp = nlp.get_pipe("tacitus_selective_parse")
    comp.gate = LemmaGate(["attack"], nlp)
    doc = nlp(TEXT)
    sents = list(doc.sents)
    assert [s.text.strip() for s in sents] == [line for line in TEXT.split("\n")]
    parsed = [any(t.dep_ for t in s) for s in sents]
    assert parsed == [False, True, False]
    attacked = next(t for t in doc if t.text == "attacked")
    assert attacked.lemma_ == "attack" and attacked.pos_ == "VERB"
    assert {c.dep_ for c in attacked.children} >= {"nsubj", "dobj"}
    assert doc[1].lemma_ == "weather" and doc[1].dep_ == ""  # unparsed: the lower-case form as lemma
    assert [e.label_ for e in doc.ents if e.text == "Monday"] == ["DATE"]  # NER saw every sentence


def test_parse_everything_matches_the_plain_pipeline(nlp):
    comp = nlp.get_pipe("tacitus_selective_parse")
    comp.gate = lambda sent: True
    plain = load_model()
    a, b = plain(TEXT), nlp(TEXT)
    assert [(t.dep_, t.head.i, t.lemma_) for t in a] == [(t.dep_, t.head.i, t.lemma_) for t in b]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("fought", "fight"), ("attacks", "attack"), ("struck", "strike"), ("carried", "carry"), ("said", "say")],
)
def test_gate_lemmatises_without_tags(nlp, form, lemma):
    assert lemma in LemmaGate([lemma], nlp).candidates(form)


def test_gate_needs_every_word_of_a_phrase_and_ignores_dates(nlp):
    comp = nlp.get_pipe("tacitus_selective_parse")
    comp.gate = lambda sent: False
    doc = nlp("Workers went home on 12 March.\nWorkers went on strike.")
    first, second = list(doc.sents)
    gate = LemmaGate(["go on strike"], nlp)
    assert not gate(first) and gate(second)
    assert LemmaGate([], nlp, ["dozens"])(nlp("Dozens of people gathered."))


def test_selective_coder_codes_the_same_events():
    text = "Syrian troops shelled rebel positions in Aleppo on Monday, the army said.\nThe weather was mild."
    full = Coder(CodingOptions()).code_text(text)
    sel = Coder(CodingOptions(selective=True)).code_text(text)
    def key(coded):
        return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events]

    assert key(full) and key(full) == key(sel)
