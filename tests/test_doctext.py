"""A parsed document's text is built once (tacitus.nlp.doctext)."""

from __future__ import annotations

import spacy

from tacitus.nlp.doctext import doc_text


def test_the_text_is_cached_on_the_document():
    doc = spacy.blank("en")("Russian airstrikes killed civilians.")
    assert doc_text(doc) == doc.text
    doc.user_data["tacitus_text"] = "cached"
    assert doc_text(doc) == "cached"


def test_a_document_without_user_data_gives_its_text():
    class Plain:
        text = "plain text"

    assert doc_text(Plain()) == "plain text"
