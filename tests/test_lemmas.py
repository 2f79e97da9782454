"""The memoised lemmatizer (tacitus.nlp.lemmas) gives the model lemmatizer's lemmas, plus our fixes."""

from __future__ import annotations

import spacy

from tacitus.nlp.lemmas import MemoLemmatizer, lemma_fixes
from tacitus.nlp.model import DEFAULT_MODEL, load_model

TEXTS = [
    "Protesters staged rallies in three cities as the ministers were meeting their counterparts.",
    "The better offers came later; she was running, they ran, and the geese had flown over the houses.",
    "Rebels have attacked the bases again, officials said, and the talks broke down.",
]


def test_same_lemmas_as_the_model_lemmatizer_with_our_fixes():
    stock = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    ours = load_model()
    fixes = lemma_fixes()
    assert isinstance(ours.get_pipe("lemmatizer"), MemoLemmatizer)
    for _ in range(2):  # the second round reads the memo
        for a, b in zip(stock.pipe(TEXTS), ours.pipe(TEXTS), strict=True):
            for x, y in zip(a, b, strict=True):
                if x.pos_ == y.pos_:
                    want = fixes.get(x.lower_, x.lemma_) if x.pos_ == "VERB" else x.lemma_
                    assert y.lemma_ == want, (x.text, x.pos_)
    assert any(t.lemma_ == "stage" for t in ours(TEXTS[0]))  # the model alone says "stag"


def test_lemmas_survive_a_memory_zone():
    """Memoised lemmas are strings, added to the vocabulary again in every document: a memory zone that
    freed them between documents leaves no lemma without its string."""
    nlp = load_model()
    with nlp.memory_zone():
        first = [t.lemma_ for t in nlp("The zorbians were quibbling.")]
    with nlp.memory_zone():
        again = [t.lemma_ for t in nlp("The zorbians were quibbling.")]
    assert first == again and "quibble" in again
