"""The lexicon matching of the fast coder: event entries indexed by the inflected forms of their
head word, light-verb phrases by their verb's forms, and the test that a phrase is at a token.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.events.fast.text import Tokens, tokenize
from tacitus.events.fast.vocabulary import PREPOSITIONS
from tacitus.events.lexicon import Entry
from tacitus.nlp.inflect import noun_forms, verb_forms


@dataclass(slots=True)
class _Index:
    """Surface index of one kind of lexicon entries: inflected head word → phrases."""

    heads: dict[str, list[tuple[tuple[frozenset[str], ...], int, Entry]]] = field(default_factory=dict)


def _index(entries: list[Entry], verb: bool) -> _Index:
    """Inflected head form → (word form sets of the phrase, head position, entry); longest first."""
    idx = _Index()
    for entry in entries:
        for lemma in entry.lemmas:
            words = [w.lower() for w in tokenize(lemma)[0] if not w.isspace()]
            h = 2 if verb and len(words) > 2 and words[1] == "-" else (0 if verb else len(words) - 1)
            sets = []
            for n, w in enumerate(words):
                if n == h:
                    sets.append(verb_forms(w) if verb else noun_forms(w))
                elif verb and n > h:
                    sets.append(noun_forms(w) | {w})
                else:
                    sets.append(frozenset({w}))
            for form in sets[h]:
                idx.heads.setdefault(form, []).append((tuple(sets), h, entry))
    for cands in idx.heads.values():
        cands.sort(key=lambda c: -len(c[0]))
    return idx


def _phrases(light_verbs: Iterable[str]) -> dict[str, list[tuple[frozenset[str], ...]]]:
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for phrase in light_verbs:
        words = phrase.split()
        sets = (verb_forms(words[0]), *(frozenset({w}) for w in words[1:]))
        for form in sets[0]:
            out.setdefault(form, []).append(sets)
    for v in out.values():
        v.sort(key=lambda s: -len(s))
    return out


def _phrase_at(t: Tokens, i: int, sets: tuple[frozenset[str], ...], h: int, lo: int, hi: int,
               noun: bool) -> list[int] | None:
    """Token indices of the phrase whose head (position ``h``) is at ``i``, or None."""
    start = i - h
    if start < lo:
        return None
    words = []
    for n in range(h):  # words before the head: adjacent ("air strikes", "test-fired")
        if t.lower[start + n] not in sets[n]:
            return None
        words.append(start + n)
    words.append(i)
    k = i
    for n in range(h + 1, len(sets)):  # words after a verb head: near, in order ("held direct talks")
        gap = 1 if noun else 4
        for j in range(k + 1, min(hi, k + 1 + gap)):
            if t.lower[j] in sets[n]:
                k = j
                words.append(j)
                break
            if t.lower[j] in (",", ";", ".") or (t.lower[j] in PREPOSITIONS and n == h + 1 and j > k + 1):
                return None
        else:
            return None
    return words
