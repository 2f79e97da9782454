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


def test_pipeline_runs_ner_and_the_parse_in_one_component(nlp):
    assert nlp.pipe_names == ["tacitus_sound_tokens", "sentencizer", "tacitus_paragraph_breaks",
                              "tacitus_selective_parse", "tacitus_name_consistency"]
    assert nlp.get_pipe("tacitus_selective_parse").ner is not None


def test_ner_reads_only_the_sentences_its_gates_choose(nlp):
    comp = nlp.get_pipe("tacitus_selective_parse")
    comp.gate = LemmaGate(["attack"], nlp)
    comp.ner_gate = lambda sent: False
    try:
        doc = nlp("Angela Merkel visited Paris on Monday.\nRebels attacked an army base near Kabul, "
                  "Reuters reported.\nBarack Obama flew to Tokyo.")
    finally:
        comp.ner_gate = None
    assert [(e.text, e.label_) for e in doc.ents] == [("Kabul", "GPE"), ("Reuters", "ORG")]
    assert all(t.ent_iob_ == "O" for t in doc if t.ent_type_ == "")  # NER's verdict everywhere: outside
    comp.ner_gate = lambda sent: "Obama" in sent.text
    try:
        doc = nlp("Angela Merkel visited Paris on Monday.\nRebels attacked an army base near Kabul, "
                  "Reuters reported.\nBarack Obama flew to Tokyo.")
    finally:
        comp.ner_gate = None
    assert [e.text for e in doc.ents] == ["Kabul", "Reuters", "Barack Obama", "Tokyo"]
    assert not any(t.dep_ for t in doc if t.text == "Obama")  # read by NER, not parsed


def test_ner_everywhere_matches_the_plain_pipeline(nlp):
    comp = nlp.get_pipe("tacitus_selective_parse")
    comp.gate = LemmaGate(["attack"], nlp)
    text = "Angela Merkel visited Paris on Monday.\nRebels attacked a base near Kabul, Reuters reported."
    plain = load_model()
    assert [(e.start, e.end, e.label_) for e in nlp(text).ents] == \
        [(e.start, e.end, e.label_) for e in plain(text).ents]


def _sentence(nlp, text):
    doc = nlp.make_doc(text)
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    return doc[:]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("Insurance Commissioner Ricardo Lara spoke on Monday.", True),  # a named person's role
        ("The commissioner spoke on Monday.", False),  # a role, no name
        ("Ricardo Lara spoke on Monday.", False),  # a name, no role
        ("Commissioners met on Monday.", False),  # the capital opens the sentence
        ("“Ministers have been lying to the public.”", True),  # a quote that judges
        ("Ministers have been lying to the public.", False),  # no quote mark
        ("“We met the ministers on Monday.”", False),  # a quote that judges no one
        ("Police arrested 12 people.", True),  # the trigger, not the number
        ("About 2,000 people gathered in the square.", False),  # a number alone is no count
    ],
)
def test_gate_reads_roles_and_judging_quotes(nlp, text, parsed):
    gate = LemmaGate(["arrest"], nlp, role_words=["commissioner", "commissioners"], quote_words=["lie"])
    assert gate(_sentence(nlp, text)) is parsed


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


def test_selective_coder_codes_the_same_events():
    text = "Syrian troops shelled rebel positions in Aleppo on Monday, the army said.\nThe weather was mild."
    full = Coder(CodingOptions()).code_text(text)
    sel = Coder(CodingOptions(selective=True)).code_text(text)
    def key(coded):
        return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in coded.events]

    assert key(full) and key(full) == key(sel)


def test_an_opening_quote_mark_starts_the_next_sentence(nlp):
    doc = nlp("He spoke on Monday. “It is a disgrace,” he said. “Ministers have been lying.”")
    assert [s.text for s in doc.sents] == ["He spoke on Monday.", "“It is a disgrace,” he said.",
                                           "“Ministers have been lying.”"]


def test_the_coder_parses_every_sentence_when_asked_about_a_phrase():
    coder = Coder(CodingOptions())
    assert not any(t.dep_ for t in coder.nlp("Russian soldiers"))  # no trigger: not parsed when coding
    doc = coder.parse(["Russian soldiers"])[0]
    assert all(t.dep_ for t in doc) and coder.nlp.get_pipe("tacitus_selective_parse").gate is coder.gate


@pytest.mark.parametrize("selective", [True, False])
def test_a_split_abbreviation_leaves_sound_tree_edges(selective):
    """spaCy's tokenizer left the edges of every word after "e.V." one word off; walking the children of
    an unparsed word then read past the document and crashed the process (a results page of a German
    sports club)."""
    doc = load_model(selective=selective)("Hello e.V. world. The TV 1884 e.V. Aalen won 4 x 100 m.")
    assert all(t.left_edge.i <= t.i <= t.right_edge.i for t in doc)
    assert [t.text for t in doc][:4] == ["Hello", "e.", "V.", "world"]


def test_a_page_with_split_abbreviations_and_no_parsed_sentence_is_coded():
    text = "FV 08 Unterkochen / TV 1884 e.V. Unterkochen\nErgebnisliste\nSchuelerinnen A W14\n1. Lauf 12,3"
    coded = Coder(CodingOptions()).code_text(text, language="en")
    assert coded.status == "ok" and not coded.events
