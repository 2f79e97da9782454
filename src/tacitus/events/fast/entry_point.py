"""The fast mode's entry point: :func:`load_fast` loads the pipeline, actor resolver and coder once
(before workers fork), :func:`code_document` codes one Doc of the fast pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.events.fast.coder import FastEventCoder
from tacitus.events.fast.text import Tokens
from tacitus.events.lexicon import EventLexicon
from tacitus.model import CodedDocument, Document
from tacitus.nlp.inflect import lemma_table


def code_document(spacy_doc, document: Document, resolver, coder: FastEventCoder,
                  enrich: bool = True) -> CodedDocument:
    """Fast mode's whole stage for one Doc of the fast pipeline: actors, dates, events, and the
    lexicon-based enrichment (tone, themes). Quotes, counts, entities and places need the parse or
    NER and are left empty."""
    from tacitus.enrich.dates import find_dates
    from tacitus.events.fast.enrich import fast_themes, fast_tone
    from tacitus.model import Sentence

    tokens = Tokens.from_doc(spacy_doc)
    document.sentences = [Sentence(k, tokens.start[a], tokens.end(b - 1))
                          for k, (a, b) in enumerate(tokens.bounds())]
    acts = resolver.resolve(tokens, published=document.published)
    dates = find_dates(_TextOnly(tokens.text), document.published)  # no NER: the regex scan alone
    events = coder.code(tokens, document, acts, dates)
    coded = CodedDocument(document=document, events=events, actors=list(acts.mentions), dates=dates)
    if enrich:
        coded.tone = fast_tone(tokens)
        coded.themes = fast_themes(tokens)
    return coded


@dataclass(slots=True)
class _TextOnly:
    """What ``find_dates`` reads of a Doc, without NER entities."""

    text: str
    ents: tuple = ()


def load_fast(options) -> tuple:
    """(nlp, actor resolver, event coder) of the fast mode for ``CodingOptions`` ``options``.

    What documents would otherwise load on first use is loaded here, before ``--processes`` forks its
    workers: the world-cities place index and lingua's models (else every worker loads its own copy), and
    everything loaded is then moved out of the garbage collector's reach (:func:`gc.freeze`): the
    collector no longer walks the lexicons on every full collection (a tenth of the coding time), nor
    writes to their pages in forked workers (which would copy them).
    """
    import gc

    from tacitus.actors import ActorResolver
    from tacitus.events.fast.actors import FastActorResolver
    from tacitus.events.fast.text import fast_pipeline
    from tacitus.nlp.language import get_detector

    resolver = (ActorResolver.from_files(options.actor_lexicons) if options.actor_lexicons
                else ActorResolver.default())
    lexicon = EventLexicon.from_dir(options.event_lexicon_dir) if options.event_lexicon_dir else None
    coder = FastEventCoder(lexicon, one_party=options.one_party)
    actors = FastActorResolver.from_resolver(resolver, coder.verb_words)
    nlp = fast_pipeline(fast_lemmas(coder))
    resolver.places.lookup("")  # the cities of the place index: loaded on the first unknown name
    get_detector().detect_language_of("Loaded now, not in each worker.")  # lingua loads its models lazily
    if gc.get_freeze_count():  # a coder was loaded before: what of it is garbage now is freed, not frozen
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    return nlp, actors, coder


def fast_lemmas(coder: FastEventCoder) -> dict[str, str]:
    """The lemma table of the fast tokenizer: event lexicons and classes, tone and theme words."""
    from tacitus.enrich.themes import default_tagger
    from tacitus.enrich.tone import tone_lexicon

    words = {w for ws in tone_lexicon().values() for w in ws}
    words |= {w for entries in default_tagger().index.values() for ws, _, _ in entries for w in ws}
    table = lemma_table(sorted(words), sorted(words))
    table.update(coder.lemmas())
    return table
