"""The fast event coder (``--fast``): lexicon triggers on surface forms, roles by position in the clause.

No dependency parse, tagger or NER: triggers are the lexicon lemmas' inflected forms
(:mod:`tacitus.nlp.inflect`), actors come from :mod:`tacitus.events.fast.actors`, and

* the **source** is the nearest actor left of the trigger in its clause (a clause ends at a sentence
  boundary, ";" or a reporting verb; an actor right after a preposition or a verb is someone's
  object, not a subject), the **target** the actor right after the trigger (``dobj``) or after one
  of the entry's target prepositions; "was attacked by X" swaps them; "X and Y" gives both;
* a noun trigger counts after a light verb ("launched an offensive against"), before an impact verb
  ("an airstrike killed …") or with its own actor before it and a target preposition after
  ("Russian airstrikes on Aleppo") — as in the full coder;
* modality comes from cue words in a short window (negation, modals and "if", will/plans to,
  deny/claim, threat verbs); "A said B attacked C" codes B→C reported by A.

Codes, QuadClass, Goldstein and PLOVER come from the same lexicons and CAMEO table as the full
coder; rules are prefixed ``fast:`` and confidences are lower.

The package, in the order a document goes through it:

* :mod:`~tacitus.events.fast.entry_point`: ``load_fast`` (pipeline, actors, coder) and ``code_document``;
* :mod:`~tacitus.events.fast.text`: the regex tokenizer, sentences and lemma lookup (:class:`Tokens`);
* :mod:`~tacitus.events.fast.actors`: actor mentions matched on tokens; :mod:`~tacitus.events.fast.enrich`:
  tone and themes;
* :mod:`~tacitus.events.fast.coder`: :class:`FastEventCoder`, a sentence's frames made events, built of
  :mod:`~tacitus.events.fast.trigger_finding`, :mod:`~tacitus.events.fast.speech_acts` and
  :mod:`~tacitus.events.fast.frame_building`;
* helpers: :mod:`~tacitus.events.fast.lexicon_index` (the lexicon matching),
  :mod:`~tacitus.events.fast.clause` (reading a clause), :mod:`~tacitus.events.fast.actor_roles` (the actor
  pass), :mod:`~tacitus.events.fast.modality_cues`, :mod:`~tacitus.events.fast.sentence_filters`,
  :mod:`~tacitus.events.fast.span_words`, :mod:`~tacitus.events.fast.vocabulary` and
  :mod:`~tacitus.events.fast.frames` (:class:`Trig`, :class:`Frame`).
"""

from __future__ import annotations

from tacitus.events.fast.clause import MONTH_LEADS, THERE_BE, VERB_MONTHS
from tacitus.events.fast.coder import FastEventCoder
from tacitus.events.fast.entry_point import code_document, fast_lemmas, load_fast
from tacitus.events.fast.frames import Frame, Trig
from tacitus.events.fast.modality_cues import modality
from tacitus.events.fast.sentence_filters import TIME_WORDS
from tacitus.events.fast.vocabulary import (
    ADDRESSED_ROOTS,
    ADVERBS,
    BE_FORMS,
    CLAIM_FORMS,
    CLAUSE_BREAKS,
    DENY_FORMS,
    DETERMINERS,
    FAILURE_FORMS,
    INTENT_FORMS,
    MODALS,
    OBJECT_STOPS,
    PREPOSITIONS,
    QUOTES,
    REPORTING,
    SPEECH_NOUN_FORMS,
    SPEECH_PRONOUNS,
    SUBJECT_PRONOUNS,
    TARGET_SCAN_STOPS,
    THAT_ROOTS,
    THAT_VERBS,
    VERB_MARKERS,
    VERBAL_ROOTS,
    WINDOW,
)

__all__ = [
    "ADDRESSED_ROOTS", "ADVERBS", "BE_FORMS", "CLAIM_FORMS", "CLAUSE_BREAKS", "DENY_FORMS",
    "DETERMINERS", "FAILURE_FORMS", "INTENT_FORMS", "MODALS", "MONTH_LEADS", "OBJECT_STOPS",
    "PREPOSITIONS", "QUOTES", "REPORTING", "SPEECH_NOUN_FORMS", "SPEECH_PRONOUNS", "SUBJECT_PRONOUNS",
    "TARGET_SCAN_STOPS", "THAT_ROOTS", "THAT_VERBS", "THERE_BE", "TIME_WORDS", "VERBAL_ROOTS",
    "VERB_MARKERS", "VERB_MONTHS", "WINDOW", "FastEventCoder", "Frame", "Trig", "code_document",
    "fast_lemmas", "load_fast", "modality",
]
