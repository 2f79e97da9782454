"""Selective parsing: NER, the tagger and the parser read only the sentences a later stage reads.

Profile of the small English pipeline on news (one process, per word): shared tok2vec 0.072 ms, parser
0.036, attribute ruler 0.034, lemmatizer 0.007, NER 0.142. The event coder, counts and quotes need the parse
only in sentences that hold a trigger word, a number or a quote cue; on real news pages that is about 87 % of
the words (the trigger lexicon has "say", "tell", "state", "give"… and a sentence has several candidates).

``tacitus_selective_parse`` is the last component of a pipeline that runs ``sentencizer`` →
``tacitus_paragraph_breaks`` over the whole document; it took over the model's ``ner`` and parse components.
It copies the sentences its ``gate`` accepts into one sub-document per article, runs the model's own
tok2vec, tagger, parser, attribute ruler, lemmatizer and NER on the sub-documents in batches, and writes
tags, morphology, lemmas, the dependency tree and the entities back. ``ner_gate`` chooses further sentences
for NER alone (``None``, the default: every sentence, the whole document as one); the coder's gate adds none
(``tacitus.pipeline._only_parsed``). Sentences left out keep their rule-based boundaries, no tags, no arcs,
their lower-case form as lemma, and no entity. The gate runs before NER: numbers are told from dates, times,
amounts and ranks by their form and neighbours (``LemmaGate._not_a_count``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

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
            starts.append(True if tok.i == sent.start else None)
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)


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
            if (tok.like_num or low in self.number_words) and not self._not_a_count(tok):
                return True
            seen |= self._lemmas(low)
        return any(
            any(rest <= seen for rest in self.phrases[head]) for head in seen if head in self.phrases
        )

    def _not_a_count(self, tok: Token) -> bool:
        """A number NER types (or, before NER has run, would type) as a date, time, amount or rank."""
        if tok.ent_iob:  # NER has read the sentence
            return tok.ent_type_ in self.NOT_COUNTS
        low = tok.lower_
        if low in ORDINALS or _ORDINAL.fullmatch(low) or _YEAR.fullmatch(low) or not _PLAIN.fullmatch(low):
            return True  # "first", "3rd", "2024", "10:30", "9/11", "$5", "5%"
        doc, i, j = tok.doc, tok.i, tok.i  # the words around the number ("$ | 5 million", "5 | percent")
        while i > 0 and doc[i - 1].like_num:
            i -= 1
        while j + 1 < len(doc) and doc[j + 1].like_num:
            j += 1
        prev = doc[i - 1].lower_ if i > 0 else ""
        nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
        return prev in CURRENCY or prev in DATE_WORDS or nxt in DATE_WORDS or nxt in UNITS

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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
_YEAR = re.compile(r"(1[89]|20)\d\d(s|'s)?")
_PLAIN = re.compile(r"[a-z]+|\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?")  # a number word or a plain number
DATE_WORDS = _words(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. monday
    tuesday wednesday thursday friday saturday sunday a.m. p.m. am pm o'clock century"""
)
CURRENCY = _words("$ £ € ¥ us$ usd eur gbp rs")
#: words after a number that make it a date, duration, quantity, amount or share, not a count of people
UNITS = _words(
    """% percent per cent years year months month weeks week days day hours hour minutes minute seconds
    decades miles mile km kilometres kilometers kilometre kilometer metres meters feet foot inches pounds
    kg kilograms tons tonnes acres dollars euros cents degrees points"""
)


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
