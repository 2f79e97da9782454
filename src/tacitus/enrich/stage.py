"""The enrichment stage: fills ``CodedDocument.counts/quotes/entities/tone/themes``.

>>> from tacitus.enrich.stage import enrich
>>> enrich(spacy_doc, coded, actors)   # actors: the DocumentActors of the same spacy_doc

Everything (lexicons, theme index) is built once per process; each part is O(tokens). A failure in
one part leaves that field empty and never breaks the others (the pipeline's error isolation is
per document; this is finer).
"""

from __future__ import annotations

import logging

from tacitus.enrich.counts import find_counts
from tacitus.enrich.entities import EntityFinder
from tacitus.enrich.quotes import QuoteFinder
from tacitus.enrich.themes import default_tagger
from tacitus.enrich.tone import compute_tone

log = logging.getLogger(__name__)
_QUOTES = QuoteFinder()
_ENTITIES = EntityFinder()


def enrich(spacy_doc, coded, actors=None) -> None:
    """Fill the GKG-side fields of ``coded`` (places are the geo stage's)."""
    parts = (
        ("counts", lambda: find_counts(spacy_doc, actors)),
        ("quotes", lambda: _QUOTES.find(spacy_doc, actors)),
        ("entities", lambda: _ENTITIES.find(spacy_doc, actors)),
        ("tone", lambda: compute_tone(spacy_doc)),
        ("themes", lambda: default_tagger().tag(spacy_doc)),
    )
    for name, fn in parts:
        try:
            setattr(coded, name, fn())
        except Exception as exc:  # pragma: no cover - defensive: one part never breaks the others
            log.warning("enrich %s failed on %s: %r", name, getattr(coded.document, "id", "?"), exc)
