"""The words of a token span as the lexicon classes are asked about them: lemmas and lower-case
forms with their bigrams and trigrams (:func:`_words`), or the same answer without building
the n-grams of a long span (:class:`_Words`).
"""

from __future__ import annotations

from itertools import pairwise

from tacitus.events.fast.text import Tokens


class _Words:
    """Words of a span, asked whether any member of a class is among them (one word or a phrase): the
    same answer as ``_words(…)`` against the class, without building every n-gram of a long span."""

    __slots__ = ("_text", "lemmas", "lows", "single")

    def __init__(self, lows: list[str], lemmas: list[str]) -> None:
        self.lows, self.lemmas = lows, lemmas
        self.single = set(lows) | set(lemmas)
        self._text: str | None = None

    def meet(self, members: frozenset[str]) -> bool:
        if not self.single.isdisjoint(members):
            return True
        phrases = _phrases_of(members)
        if not phrases:
            return False
        if self._text is None:
            self._text = f" {' '.join(self.lows)} | {' '.join(self.lemmas)} "
        return any(f" {ph} " in self._text for ph in phrases)


_PHRASES: dict[frozenset[str], tuple[str, ...]] = {}


def _phrases_of(members: frozenset[str]) -> tuple[str, ...]:
    """The members of two or three words (the n-grams ``_words`` would build)."""
    got = _PHRASES.get(members)
    if got is None:
        got = _PHRASES[members] = tuple(m for m in members if 2 <= len(m.split()) <= 3)
    return got


def _words(t: Tokens, lo: int, hi: int) -> set[str]:
    """Lemmas and lower forms of tokens [lo, hi) with their bigrams and trigrams."""
    lem, low = t.lemma[lo:hi], t.lower[lo:hi]
    out = set(lem)
    out.update(low)
    for ws in (lem, low):
        out.update(map(" ".join, pairwise(ws)))
        out.update(map(" ".join, zip(ws, ws[1:], ws[2:], strict=False)))
    return out


def _join(t: Tokens, words: list[int]) -> str:
    return " ".join(t.lemma[w] for w in sorted(words))
