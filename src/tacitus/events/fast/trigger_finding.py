"""Finding the triggers of a sentence: the longest lexicon phrase at each candidate word, read as a
noun or a verb, and a noun trigger's context (after a light verb, before an impact verb, with its
own actor, or a judicial act befalling someone).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from tacitus.events.fast.actor_roles import _owner_before
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.clause import (
    _in_name,
    _inside_actor,
    _modifier_word,
    _month,
    _participle,
    _reading,
    _verb_form_only,
)
from tacitus.events.fast.frames import Trig
from tacitus.events.fast.lexicon_index import _Index, _phrase_at
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.vocabulary import ADVERBS, BE_FORMS, DETERMINERS
from tacitus.events.triggers import IDIOMS, inside_idiom


class TriggerFinding:
    """The trigger finding of :class:`~tacitus.events.fast.coder.FastEventCoder`."""

    def triggers(self, t: Tokens, lo: int, hi: int, actors: FastDocumentActors) -> list[Trig]:
        out: list[Trig] = []
        taken: set[int] = set()
        if self._trigger_tokens is not t:  # the words a noun or verb phrase may have its head on, once
            self._trigger_tokens = t
            heads = self._trigger_heads
            self._trigger_at = list(compress(range(len(t)), map(heads.__contains__, t.lower)))
        at = self._trigger_at
        for k in range(bisect_left(at, lo), len(at)):
            i = at[k]
            if i >= hi:
                break
            if i in taken:
                continue
            low = t.lower[i]
            noun = self._match(self.nouns, t, i, lo, hi, noun=True)
            verb = self._match(self.verbs, t, i, lo, hi, noun=False)
            if noun is None and verb is None:
                continue
            if _in_name(t, i, lo, actors) or self._idiomatic(t, i, lo, hi) or _month(t, i, lo, hi):
                continue
            reading = _reading(t, i, lo, actors, low in self.verb_words)
            pick = noun if reading == "noun" else verb
            if pick is None and reading == "verb" and noun is not None and not _verb_form_only(low):
                pick = noun if self._noun_is_object(t, i, lo) else None
            if pick is None or (not pick.noun and (_participle(t, i, lo) or _inside_actor(actors, i))):
                continue
            if pick.noun and not self._noun_context(t, pick, lo, hi, actors):
                continue
            out.append(pick)
            taken.update(pick.words)
        return out

    def _idiomatic(self, t: Tokens, i: int, lo: int, hi: int) -> bool:
        """Token ``i`` is inside a fixed phrase of the ``idioms`` class ("took charge", "space probe")."""
        idioms = self.lex.classes.get(IDIOMS)
        return bool(idioms) and inside_idiom(t.lemma, t.lower, i, lo, hi, idioms)

    def _match(self, index: _Index, t: Tokens, i: int, lo: int, hi: int, noun: bool) -> Trig | None:
        """The longest phrase at ``i``, with every entry that has a phrase of that length there."""
        found: Trig | None = None
        for rest, h, entry in index.heads.get(t.lower[i], ()):
            if found is not None and len(rest) < len(found.words):
                break
            words = _phrase_at(t, i, rest, h, lo, hi, noun)
            if words is None:
                continue
            if found is None:
                found = Trig(entry, i if not noun else words[-1], words, noun, alts=[entry])
            elif words == found.words and entry not in found.alts:
                found.alts.append(entry)
        return found

    def _noun_is_object(self, t: Tokens, i: int, lo: int) -> bool:
        return self._light_before(t, i, lo) is not None

    def _light_before(self, t: Tokens, i: int, lo: int) -> int | None:
        """Index of a light verb just before the noun phrase ending at ``i`` ("launched a new offensive",
        "carried out airstrikes")."""
        j = i - 1
        while j >= lo and i - j <= 5:
            for k in (j, j - 1):
                if k < lo:
                    continue
                for words in self.light.get(t.lower[k], ()):
                    if k + len(words) - 1 == j and \
                            all(t.lower[k + n] in ws for n, ws in enumerate(words) if n):
                        return k
            if not (t.lower[j] in DETERMINERS or _modifier_word(t, j)):
                return None
            j -= 1
        return None

    def _noun_context(self, t: Tokens, m: Trig, lo: int, hi: int, actors: FastDocumentActors) -> bool:
        if m.entry.received_only or m.entry.own_light_verbs_only:  # (these need the parse: which verb)
            return False
        i = m.words[0]
        light = self._light_before(t, i, lo)
        if light is not None:
            m.context, m.light = "light", light
            return True
        j = m.head + 1  # "sanctions were imposed on Russia"
        if j + 1 < hi and t.lower[j] in BE_FORMS and any(t.lower[j + 1] in ws[0] for ws in
                                                          self.light.get(t.lower[j + 1], ())):
            m.context, m.light = "light", j + 1
            return True
        owner = _owner_before(t, i, actors)
        owned = owner is not None and "'s" in t.lower[owner.end:i]  # "Biden's (border) visit"
        if m.entry.possessive and owned:
            m.context = "own"  # "Biden's visit to the border"
            return True
        if m.entry.light_only:
            return False
        for k in (m.head + 1, m.head + 2):
            if k < hi and t.lower[k] in self.impact and (k == m.head + 1 or t.lower[k - 1] in ADVERBS):
                m.context, m.light = "impact", k
                return True
        after = m.head + 1
        if m.entry.patient and (owner is not None or (after < hi and t.lower[after] in m.entry.targets)):
            m.context = "patient"  # "the Menendez indictment", "a verdict against Trump"
            return True
        if owner is not None and after < hi and t.lower[after] in m.entry.targets:
            m.context = "own"
            return True
        return False
