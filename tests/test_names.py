"""One name, one entity type per document (tacitus.nlp.names); texts written for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tacitus.nlp.model import load_model
from tacitus.nlp.names import common_nouns, propagate_names


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def labels(doc):
    return [(e.text, e.label_) for e in doc.ents if e.label_ in ("ORG", "PERSON")]


def test_the_pipeline_keeps_names_consistent(nlp):
    assert nlp.pipe_names[-1] == "tacitus_name_consistency"
    assert "company" in common_nouns(nlp) and "seaquarium" not in common_nouns(nlp)


def tagged(nlp, text, ents):
    """``text`` tagged and parsed, with exactly the entities ``ents`` ((start, end, label) token spans)."""
    doc = nlp(text, disable=["ner", "tacitus_name_consistency"])
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents])
    return doc


def test_a_later_mention_keeps_the_label_of_the_first(nlp):
    doc = tagged(nlp, "Welcome to the Miami Seaquarium today. The Seaquarium did not respond.",
                 [(2, 5, "ORG")])
    assert labels(propagate_names(doc, common_nouns(nlp))) == [("the Miami Seaquarium", "ORG"),
                                                                ("Seaquarium", "ORG")]


def test_a_common_word_is_a_short_name_only_inside_a_sentence(nlp):
    text = "Lawyers for the Dolphin Company spoke. Company lawyers left. Lawyers for the Company denied it."
    doc = tagged(nlp, text, [(2, 5, "ORG")])
    doc[7].tag_ = "NNP"  # the model may read a sentence's first capital either way
    found = [(e.text, e.start) for e in propagate_names(doc, common_nouns(nlp)).ents]
    assert ("Company", 7) not in found  # "Company lawyers left": a sentence's first capital
    assert any(t == "Company" and i > 10 for t, i in found)  # "for the Company"


def test_a_surname_taken_for_an_organisation_is_the_person(nlp):
    doc = nlp("Senator Jane Holt met the Dolphin Company. Holt said the Company lied.")
    assert ("Holt", "PERSON") in labels(doc)


def test_a_document_without_entities_is_left_alone(nlp):
    doc = nlp.make_doc("it rained and nobody came.")
    assert propagate_names(doc, frozenset()).ents == ()


def test_a_full_name_read_as_a_product_is_a_person(nlp):
    from tacitus.nlp.names import relabel_people

    doc = tagged(nlp, "The vet, Crystal Heath, urged the council to act.", [(3, 5, "PRODUCT")])
    relabel_people(doc, frozenset({"crystal"}))
    assert [(e.text, e.label_) for e in doc.ents] == [("Crystal Heath", "PERSON")]
    doc = tagged(nlp, "The vet, Crystal Heath, urged the council to act.", [(3, 5, "PRODUCT")])
    relabel_people(doc, frozenset({"heather"}))  # no given name: left as the model read it
    assert [e.label_ for e in doc.ents] == ["PRODUCT"]


def test_given_names_include_the_census_list():
    from tacitus.actors.resolver import given_names

    names = given_names()
    assert {"crystal", "heath", "mary", "john"} <= names and len(names) > 3000
    assert all(n == n.lower() and " " not in n for n in names)


def test_a_full_name_read_as_a_place_the_gazetteer_does_not_know_is_a_person(nlp):
    from tacitus.nlp.names import relabel_people

    text = "She praised the reports of Clarissa Ward from Kyiv."
    doc = relabel_people(tagged(nlp, text, [(5, 7, "GPE")]), frozenset({"clarissa"}), lambda name: False)
    assert [(e.text, e.label_) for e in doc.ents] == [("Clarissa Ward", "PERSON")]
    doc = relabel_people(tagged(nlp, text, [(5, 7, "GPE")]), frozenset({"clarissa"}), lambda name: True)
    assert [e.label_ for e in doc.ents] == ["GPE"]  # a place the gazetteer knows stays a place


def test_a_given_name_and_a_surname_read_as_an_organisation_are_a_person(nlp):
    from tacitus.nlp.names import relabel_people

    common = frozenset({"nautilus"})
    doc = relabel_people(tagged(nlp, "Crystal Clanton worked there.", [(0, 2, "ORG")]),
                         frozenset({"crystal", "lincoln"}), common=common)
    assert [(e.text, e.label_) for e in doc.ents] == [("Crystal Clanton", "PERSON")]
    doc = relabel_people(tagged(nlp, "Lincoln Nautilus sales rose.", [(0, 2, "ORG")]),
                         frozenset({"crystal", "lincoln"}), common=common)
    assert [e.label_ for e in doc.ents] == ["ORG"]  # a common noun after the given name: a product, a firm
