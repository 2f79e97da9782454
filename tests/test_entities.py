"""Entities: spaCy NER merged with our actor lexicons, with actor codes."""

from __future__ import annotations

from tacitus.enrich.entities import EntityFinder


def test_entities_with_codes(coder):
    text = "Hayat Tahrir al-Sham fighters attacked Aleppo, and Sergei Lavrov said Russia would respond."
    doc = coder.nlp(text)
    ents = {e.text: e for e in EntityFinder().find(doc, coder.actors.resolve(doc))}
    assert ents["Hayat Tahrir al-Sham"].label == "ORG" and ents["Hayat Tahrir al-Sham"].code.startswith(
        "SYRREB"
    )
    assert ents["Aleppo"].label == "GPE"
    assert ents["Sergei Lavrov"].label == "PERSON" and ents["Sergei Lavrov"].code == "RUSGOV"
    for e in ents.values():
        assert doc.text[e.start : e.end] == e.text


def test_pronoun_mode(coder):
    doc = coder.nlp("We will respond, he said.")
    labels = {e.text: e.label for e in EntityFinder(pronouns=True).find(doc, coder.actors.resolve(doc))}
    assert labels == {"We": "ORG", "he": "PERSON"}
    assert EntityFinder().find(doc, coder.actors.resolve(doc)) == []
