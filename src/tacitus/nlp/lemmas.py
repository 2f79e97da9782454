"""The model's rule lemmatizer, memoised and applied per document in one array pass.

spaCy's English lemmatizer is Python per token: it builds a Token, reads its morphology, runs the suffix
rules (memoised only when no base-form shortcut applied; each candidate looked up in a list of up to
57,000 words, 0.1 ms per new word) and writes the lemma back one token at a time;
on news that is about a fifth of the parse time. A lemma depends only on the word, its part of speech and
its morphology, so this component reads those three as one array, asks the model's own lemmatizer once per
new (word, POS, morphology), and writes the document's lemmas back with one ``Doc.from_array``. The output
is the model lemmatizer's, token for token, followed by our fixes for the verb forms it misreads
(``data/nlp/lemma_fixes.tsv``: "staged" is "stage", not "stag").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import LEMMA, LOWER, MORPH, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import AUX, VERB
from spacy.strings import hash_string
from spacy.tokens import Doc

MEMO_LIMIT = 500_000  # distinct (word, POS, morphology) kept before the memo starts again (endless streams)


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Verb form → lemma, for the forms the model's lemmatizer gets wrong (data/nlp/lemma_fixes.tsv)."""
    text = (resources.files("tacitus.data") / "nlp" / "lemma_fixes.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {form: lemma for form, lemma in rows if form != "form"}


#: clitics with a curly apostrophe, which the model's exceptions know only with a straight one ("It’s on us
#: to act" had the lemma "’", so its "to act" was not read as governed by "be")
CURLY_CLITICS = {"’s": "be", "’re": "be", "’m": "be", "’ve": "have", "’ll": "will", "’d": "would",
                 "n’t": "not"}


class MemoLemmatizer:
    """Lemmas from ``base`` (the model's rule lemmatizer), one call per distinct (word, POS, morphology).

    Tokens that already have a lemma (the attribute ruler's exceptions) keep it, as with ``base``; verbs
    whose lower-case form is in :func:`lemma_fixes` get the fixed lemma whatever set theirs.
    """

    def __init__(self, base) -> None:
        self.base = base
        self.lookups = getattr(base, "lookups", None)  # its tables, for the selective gate and name checks
        if self.lookups is not None and self.lookups.has_table("lemma_index"):
            index = self.lookups.get_table("lemma_index")  # word lists, read by `in`: sets, same answers
            for key, words in list(index.items()):
                index[key] = frozenset(words)
        self._memo: dict[tuple[int, int, int], str] = {}
        self._fixes = {hash_string(form): lemma for form, lemma in lemma_fixes().items()}
        self._fix_keys = numpy.array(sorted(self._fixes), dtype="uint64")
        self._participle_keys = numpy.array(sorted(hash_string(w) for w in NOMINAL_PARTICIPLES),
                                            dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA, LOWER])
        lemmas = arr[:, 3].copy()
        todo = numpy.flatnonzero(lemmas == 0)
        strings = doc.vocab.strings
        if len(todo):
            keys, first, where = numpy.unique(arr[todo, :3], axis=0, return_index=True, return_inverse=True)
            if len(self._memo) > MEMO_LIMIT:
                self._memo.clear()
            new = numpy.empty(len(keys), dtype="uint64")
            for n, (orth, pos, morph) in enumerate(keys.tolist()):
                lemma = self._memo.get((orth, pos, morph))
                if lemma is None:
                    tok = doc[int(todo[first[n]])]
                    verbal = tok.pos == AUX or tok.pos == VERB or tok.lower_ == "n’t"
                    lemma = CURLY_CLITICS.get(tok.lower_) if verbal else None
                    lemma = self._memo[(orth, pos, morph)] = lemma or self.base.lemmatize(tok)[0]
                new[n] = strings.add(lemma)  # again per document: a memory zone may have freed the string
            lemmas[todo] = new[where.reshape(-1)]
        for i in numpy.flatnonzero((arr[:, 1] == VERB) & numpy.isin(arr[:, 4], self._fix_keys)).tolist():
            lemmas[i] = strings.add(self._fixes[int(arr[i, 4])])
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        nominal_participles(doc, numpy.flatnonzero(numpy.isin(arr[:, 4], self._participle_keys)).tolist())
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


#: participles that, after a determiner, name a person ("the accused hit him", "spat at by the accused")
NOMINAL_PARTICIPLES = frozenset({"accused"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def nominal_participles(doc: Doc, at: Iterable[int] | None = None) -> None:
    """A participle of :data:`NOMINAL_PARTICIPLES` with a determiner ("the accused", "the Syrian accused")
    that stands as a subject, object or prepositional object is a noun (NN): the tagger reads it as a verb.
    ``at``: the indices of the tokens spelt as one (the lemmatizer finds them in its token array), else
    all."""
    for tok in (doc[i] for i in at) if at is not None else doc:
        if tok.lower_ in NOMINAL_PARTICIPLES and tok.tag_ == "VBN" and tok.dep_ in NOMINAL_DEPS and \
                any(c.dep_ == "det" and c.i < tok.i for c in tok.children):
            tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_


@Language.factory("tacitus_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    """Wraps the pipeline's ``lemmatizer`` (added next to it; :func:`tacitus.nlp.model.load_model` then
    removes the original and gives this one its name)."""
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"))
