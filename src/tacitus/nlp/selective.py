"""Selective parsing: NER reads every sentence; the tagger and parser only the sentences a later stage reads.

Profile of the small English pipeline on news (one process, per word): shared tok2vec 0.072 ms, parser
0.036, attribute ruler 0.034, lemmatizer 0.007, NER 0.142. The event coder, counts and quotes need the parse
only in sentences that hold a trigger word, a number or a quote cue; on news that is about half of the words.

``tacitus_selective_parse`` is the last component of a pipeline that runs ``sentencizer`` →
``tacitus_paragraph_breaks`` → ``ner`` over the whole document. It copies the sentences its ``gate``
accepts into one sub-document per article, runs the model's own tok2vec, tagger, parser, attribute ruler
and lemmatizer on the sub-documents in batches, and writes tags, morphology, lemmas and the dependency
tree back. Sentences left out keep their rule-based boundaries, no tags, no arcs, and their lower-case
form as lemma.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

Gate = Callable[[Span], bool]


def parse_everything(sent: Span) -> bool:
    """The default gate: every sentence is parsed (same output as the plain pipeline, modulo segmentation)."""
    return True


class SelectiveParse:
    """Runs the parse components on the sentences ``gate`` accepts and merges the result into the document."""

    def __init__(self, nlp: Language, name: str = "tacitus_selective_parse") -> None:
        self.name = name
        self.pipes = [(n, nlp.get_pipe(n)) for n in PARSE_PIPES if n in nlp.pipe_names]
        self.gate: Gate = parse_everything
        self.parsed_tokens = 0  # counters, for profiling and tests
        self.total_tokens = 0

    def __call__(self, doc: Doc) -> Doc:
        return self._parse([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from self._parse(list(batch))

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        plans = [(doc, [s for s in doc.sents if self.gate(s)]) for doc in docs]
        subs = [_subdoc(doc, chosen) for doc, chosen in plans if chosen]
        for _name, proc in self.pipes:
            subs = list(proc.pipe(subs)) if hasattr(proc, "pipe") else [proc(d) for d in subs]
        parsed = iter(subs)
        for doc, chosen in plans:
            self.total_tokens += len(doc)
            if chosen:
                sub = next(parsed)
                self.parsed_tokens += len(sub)
                _merge(doc, chosen, sub)
        return docs


def _subdoc(doc: Doc, sents: list[Span]) -> Doc:
    """The chosen sentences as one document; each keeps its start, the parser may split further inside."""
    words, spaces, starts = [], [], []
    for sent in sents:
        for tok in sent:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            starts.append(True if tok.i == sent.start else None)
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)


def _merge(doc: Doc, sents: list[Span], sub: Doc) -> None:
    arr = numpy.zeros((len(doc), len(_COPIED)), dtype="uint64")
    arr[:, _COPIED.index(LEMMA)] = doc.to_array([LOWER])
    starts = doc.to_array([SENT_START]).astype("int64")
    sub_arr = sub.to_array(_COPIED)
    sub_starts = sub.to_array([SENT_START]).astype("int64")
    offset = 0
    for sent in sents:
        n = len(sent)
        block = sub_arr[offset:offset + n]
        heads = block[:, _COPIED.index(HEAD)].astype("int64")  # relative offsets, stored as uint64
        local = numpy.arange(n) + heads
        if (local < 0).any() or (local >= n).any():  # an arc left the sentence: keep the sentence unparsed
            offset += n
            continue
        arr[sent.start:sent.end] = block
        starts[sent.start:sent.end] = sub_starts[offset:offset + n]
        starts[sent.start] = 1
        offset += n
    doc.from_array(_COPIED, arr)
    doc.from_array([SENT_START], starts.astype("uint64"))


@Language.factory("tacitus_selective_parse")
def make_selective_parse(nlp: Language, name: str) -> SelectiveParse:
    """Factory; ``load_model(..., selective=True)`` adds it and removes the parse components it took over."""
    return SelectiveParse(nlp, name)


class LemmaGate:
    """Accepts a sentence that may hold one of ``phrases`` (any inflection), a number, or a quote.

    ``phrases`` are lemma sequences ("attack", "go on strike"): every word of one must occur in the sentence.
    Words are lemmatised without tags from the model's own lemmatizer tables (irregular forms plus suffix
    rules for verbs and nouns), so the gate errs towards parsing: a form that could be a lexicon lemma passes.
    Numbers inside DATE/TIME/MONEY/PERCENT entities do not count (NER runs before the gate).
    """

    QUOTES = frozenset('"“”«»„')
    NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})

    def __init__(self, phrases: Iterable[str], nlp: Language, number_words: Iterable[str] = ()) -> None:
        self.phrases: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            words = phrase.lower().split()
            if words:
                self.phrases.setdefault(words[0], []).append(frozenset(words[1:]))
        self.words = frozenset(w for p in phrases for w in p.lower().split())
        self.number_words = frozenset(number_words)
        self._exc, self._rules = _lemma_tables(nlp)
        self._memo: dict[str, frozenset[str]] = {}

    def __call__(self, sent: Span) -> bool:
        seen: set[str] = set()
        for tok in sent:
            low = tok.lower_
            if low in self.QUOTES:
                return True
            if (tok.like_num or low in self.number_words) and tok.ent_type_ not in self.NOT_COUNTS:
                return True
            seen |= self._lemmas(low)
        return any(
            any(rest <= seen for rest in self.phrases[head]) for head in seen if head in self.phrases
        )

    def _lemmas(self, low: str) -> frozenset[str]:
        hit = self._memo.get(low)
        if hit is None:
            if len(self._memo) > 200_000:  # bounded memory on endless streams
                self._memo.clear()
            hit = self._memo[low] = frozenset(self.candidates(low) & self.words)
        return hit

    def candidates(self, low: str) -> set[str]:
        """Lemmas ``low`` may be a form of (the form itself, irregular forms, suffix rules)."""
        out = {low}
        for pos in ("verb", "noun"):
            out.update((self._exc.get(pos) or {}).get(low, ()))
            for old, new in self._rules.get(pos) or ():
                if low.endswith(old) and len(low) > len(old) + 1:
                    out.add(low[: len(low) - len(old)] + new)
        return out


def _lemma_tables(nlp: Language) -> tuple:
    if "lemmatizer" not in nlp.pipe_names and "tacitus_selective_parse" in nlp.pipe_names:
        pipes = dict(nlp.get_pipe("tacitus_selective_parse").pipes)
    else:
        pipes = dict(nlp.pipeline)
    lemmatizer = pipes.get("lemmatizer")
    if lemmatizer is None or not hasattr(lemmatizer, "lookups"):
        return {}, {}
    tables = lemmatizer.lookups  # spaCy Tables: string keys are hashed on lookup
    exc = tables.get_table("lemma_exc") if tables.has_table("lemma_exc") else {}
    rules = tables.get_table("lemma_rules") if tables.has_table("lemma_rules") else {}
    return exc, rules
