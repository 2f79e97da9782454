"""Sentence contexts in which a trigger word does not report a political event.

Sport is the classic source of over-coding: "Wales beat Hungary 2-0" is not an assault, "Denmark
drew with Ireland" not a meeting. A trigger of the ``sports_verbs`` class is dropped when its sentence
has a score ("2-0", "6–0") or a word of the ``sports_words`` class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tacitus.events.lexicon import EventLexicon

SCORE = re.compile(r"(?<![\d/.-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/.-])")


def is_sports_result(lex: EventLexicon, trigger_lemma: str, sentence: str, lemmas: Iterable[str]) -> bool:
    """True when ``trigger_lemma`` reads as a match result in this sentence (text and its lemmas)."""
    if "sports_verbs" not in lex.classes or not lex.in_class(trigger_lemma, frozenset({"sports_verbs"})):
        return False
    if SCORE.search(sentence):
        return True
    words = lex.classes.get("sports_words", frozenset()) - {trigger_lemma}  # "drew" is no sign of a draw
    # two sports words: one may be a figure of speech ("one more step towards that goal")
    return len(words.intersection(lemmas)) >= 2
