"""A parsed document's text, built once: spaCy's ``Doc.text`` joins every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "tacitus_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (the stages read it a dozen times per document); the fast
    pipeline's documents hold their text as a plain string."""
    cache = getattr(doc, "user_data", None)
    if cache is None:
        return doc.text
    text = cache.get(_KEY)
    if text is None:
        text = cache[_KEY] = doc.text
    return text
