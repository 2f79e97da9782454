"""Sentence contexts in which a trigger word does not report a political event.

Sport is the classic source of over-coding: "Wales beat Hungary 2-0" is not an assault, "Denmark
drew with Ireland" not a meeting. A trigger of the ``sports_verbs`` class is dropped when its sentence
has a score ("2-0", "6–0"), a word of the ``sports_words`` class, or two of it and ``sports_words_weak``.
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
    lemmas = set(lemmas) - {trigger_lemma}  # "drew" is no sign of a draw
    strong = lex.classes.get("sports_words", frozenset())
    weak = lex.classes.get("sports_words_weak", frozenset())
    # a weak one may be a figure of speech ("one more step towards that goal"): two of them then
    return bool(strong & lemmas) or len((strong | weak) & lemmas) >= 2
