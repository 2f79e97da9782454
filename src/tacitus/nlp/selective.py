"""Selective parsing: NER, the tagger and the parser read only the sentences a later stage reads.

Profile of the small English pipeline on news (one process, per word): shared tok2vec 0.072 ms, parser
0.036, attribute ruler 0.034, lemmatizer 0.007, NER 0.142. The event coder, counts and quotes need the parse
only in sentences that hold a trigger word, a count's category word or a quote cue (a number or a quote mark
alone yields no count and no quote); the actor stage needs it where a named person's role is given. On the
fundus-eval article bodies that is about 80 % of the words (the trigger lexicon has "say", "tell", "state",
"give"… and a sentence has several candidates).

``tacitus_selective_parse`` is the last component of a pipeline that runs ``sentencizer`` →
``tacitus_paragraph_breaks`` over the whole document; it took over the model's ``ner`` and parse components.
It copies the sentences its ``gate`` accepts into one sub-document per article, runs the model's own
tok2vec, tagger, parser, attribute ruler, lemmatizer and NER on the sub-documents in batches, and writes
tags, morphology, lemmas, the dependency tree and the entities back. ``ner_gate`` chooses further sentences
for NER alone (``None``, the default: every sentence, the whole document as one); the coder's gate adds none
(``tacitus.pipeline._only_parsed``). Sentences left out keep their rule-based boundaries, no tags, no arcs,
their lower-case form as lemma, and no entity from the model's NER; the light NER
(:mod:`tacitus.nlp.light_ner`) runs after this component over the whole document instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from tacitus.enrich.dates import MONTHS, WEEKDAYS
from tacitus.enrich.quote_marks import QUOTE_MARKS
from tacitus.nlp.abbreviations import TITLE_ABBREVIATIONS
from tacitus.nlp.model import continues_after_cry
from tacitus.nlp.names import opens_sentence

#: abbreviated titles, whose period ends no sentence
TITLES = frozenset(TITLE_ABBREVIATIONS)

#: capitalised words that name no one: weekdays and months
CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

Gate = Callable[[Span], bool]


def parse_everything(sent: Span) -> bool:
    """The default gate: every sentence is parsed (same output as the plain pipeline, modulo segmentation)."""
    return True


class SelectiveParse:
    """Runs NER and the parse components on the sentences the gates accept and merges the result into the
    document: ``gate`` chooses the sentences to parse (and run NER on), ``ner_gate`` further sentences that
    only NER reads (``None``: every sentence)."""

    def __init__(self, nlp: Language, name: str = "tacitus_selective_parse") -> None:
        self.name = name
        self.pipes = [(n, nlp.get_pipe(n)) for n in PARSE_PIPES if n in nlp.pipe_names]
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        self.gate: Gate = parse_everything
        self.ner_gate: Gate | None = None
        self.parsed_tokens = 0  # counters, for profiling and tests
        self.ner_tokens = 0
        self.total_tokens = 0

    def __call__(self, doc: Doc) -> Doc:
        return self._parse([doc])[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from self._parse(list(batch))

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        plans = []
        for doc in docs:
            sents = list(doc.sents)
            parse = [self.gate(s) for s in sents]
            if self.ner is None:
                ner = []
            elif self.ner_gate is None:
                ner = sents
            else:
                ner = [s for s, p in zip(sents, parse, strict=True) if p or self.ner_gate(s)]
            plans.append((doc, [s for s, p in zip(sents, parse, strict=True) if p], ner))
        subs = [_subdoc(doc, chosen) for doc, chosen, _ in plans if chosen]
        for _name, proc in self.pipes:
            subs = list(proc.pipe(subs)) if hasattr(proc, "pipe") else [proc(d) for d in subs]
        # NER reads the parse sub-document when it holds NER's sentences, else the document or its own copy
        parsed = iter(subs)
        ner_in: list[Doc] = []
        for doc, chosen, ner in plans:
            sub = next(parsed) if chosen else None
            if ner and len(ner) == len(chosen):
                ner_in.append(sub)
            elif ner:
                ner_in.append(doc if self.ner_gate is None else _subdoc(doc, ner))
        if self.ner is not None and ner_in:
            ner_in = list(self.ner.pipe(ner_in))
        parsed, found = iter(subs), iter(ner_in)
        for doc, chosen, ner in plans:
            self.total_tokens += len(doc)
            if chosen:
                sub = next(parsed)
                self.parsed_tokens += len(sub)
                _merge(doc, chosen, sub)
            if ner:
                ents = next(found)
                self.ner_tokens += len(ents)
                if ents is not doc:
                    _merge_ents(doc, ner, ents)
            elif self.ner is not None:
                doc.set_ents([], default="outside")  # NER read nothing: no entity anywhere
        return docs


def _subdoc(doc: Doc, sents: list[Span]) -> Doc:
    """The chosen sentences as one document; each keeps its start, the parser may split further inside."""
    words, spaces, starts = [], [], []
    for sent in sents:
        for tok in sent:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            # (never after a title's period: "RCMP Const. Bill Bentley", nor in "“Out!” the crowd shouted")
            starts.append(True if tok.i == sent.start else
                          False if _after_title(tok) or continues_after_cry(tok) else None)
    sub = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    # the tokenizer's exceptions keep their norms (a curly "n’t" is "not" to the tagger)
    sub.from_array([NORM], numpy.concatenate([doc[s.start:s.end].to_array([NORM]) for s in sents]))
    return sub


def _after_title(tok) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text in TITLES


def _merge_ents(doc: Doc, sents: list[Span], sub: Doc) -> None:
    """NER's entities of the sub-document, moved to the document (an entity never crosses a gap)."""
    where = numpy.concatenate([numpy.arange(s.start, s.end) for s in sents])
    ents = []
    for ent in sub.ents:
        start, end = int(where[ent.start]), int(where[ent.end - 1]) + 1
        if end - start != len(ent):  # the entity ran over into a sentence NER read after a gap
            continue
        ents.append(Span(doc, start, end, label=ent.label))
    doc.set_ents(ents, default="outside")


def _merge(doc: Doc, sents: list[Span], sub: Doc) -> None:
    """The parse of the chosen sentences (``sub``), moved to the document; every other word stays a root of
    its own."""
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
    """Accepts a sentence that may hold one of ``phrases`` (any inflection); or one of ``role_words`` and a
    capitalised word that does not open it (a named person's role: "Insurance Commissioner Ricardo Lara
    spoke on Monday", which later sentences' "he" and "Lara's spokesperson" read); or a quote mark and one
    of ``quote_words`` (a quote going on from the sentence before that judges someone: "“Ministers have
    been lying to the public.”").

    ``phrases`` are lemma sequences ("attack", "go on strike"): every word of one must occur in the sentence.
    Words are lemmatised without tags from the model's own lemmatizer tables (irregular forms plus suffix
    rules for verbs and nouns), so the gate errs towards parsing: a form that could be a lexicon lemma passes.
    """

    QUOTES = QUOTE_MARKS

    def __init__(self, phrases: Iterable[str], nlp: Language, role_words: Iterable[str] = (),
                 quote_words: Iterable[str] = ()) -> None:
        self.phrases: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            words = phrase.lower().split()
            if words:
                self.phrases.setdefault(words[0], []).append(frozenset(words[1:]))
        self.words = frozenset(w for p in phrases for w in p.lower().split())
        self.role_words = frozenset(w.lower() for w in role_words)
        self.quote_words = frozenset(w.lower() for w in quote_words)
        self._known = self.words | self.quote_words
        self._exc, self._rules = _lemma_tables(nlp)
        self._memo: dict[str, frozenset[str]] = {}

    def __call__(self, sent: Span) -> bool:
        seen: set[str] = set()
        role = capital = quoted = False
        for tok in sent:
            low = tok.lower_
            seen |= self._lemmas(low)
            if low in self.role_words:
                role = True
            elif low in self.QUOTES:
                quoted = True
            elif not capital and tok.text[:1].isupper() and low not in CALENDAR and not opens_sentence(tok):
                capital = True
        if (role and capital) or (quoted and not seen.isdisjoint(self.quote_words)):
            return True
        return any(
            any(rest <= seen for rest in self.phrases[head]) for head in seen if head in self.phrases
        )

    def _lemmas(self, low: str) -> frozenset[str]:
        hit = self._memo.get(low)
        if hit is None:
            if len(self._memo) > 200_000:  # bounded memory on endless streams
                self._memo.clear()
            hit = self._memo[low] = frozenset(self.candidates(low) & self._known)
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
