"""Speech verbs in the fast coder: "X said …" as the speaker's statement, or a criticism, accusation,
demand, appeal or dismissal of what the content names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import compress

from tacitus.events.coder import (
    ALLEGING,
    CLAIMS,
    DEMANDING,
    DISMISSIVE,
    QUIET_SECTORS,
    SPEECH_ACCUSING,
    SPEECH_APPROVING,
    SPEECH_DISPARAGING,
    URGING,
)
from tacitus.events.fast.actor_roles import _actor_at, _content_actors, _speaker
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.clause import _dismisses, _is_capital_word, _opens_clause, _subject_of_modal
from tacitus.events.fast.frames import Frame, Trig
from tacitus.events.fast.span_words import _Words
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.vocabulary import (
    ADVERBS,
    DETERMINERS,
    PREPOSITIONS,
    QUOTES,
    SPEECH_NOUN_FORMS,
    SPEECH_PRONOUNS,
    VERB_MARKERS,
)
from tacitus.events.roles import political, public_service, same_party


class SpeechActs:
    """The speech acts of :class:`~tacitus.events.fast.coder.FastEventCoder`."""

    def _speech(self, t: Tokens, lo: int, hi: int, actors: FastDocumentActors) -> list[Frame]:
        """"X said …" as in the full coder (:mod:`tacitus.events.speech`): the speaker's statement, or a
        criticism / accusation / demand / appeal of an actor the content names."""
        out: list[Frame] = []
        if self._speech_tokens is not t:  # the speech verbs' positions, found once per document
            self._speech_tokens = t
            self._speech_at = list(compress(range(len(t)), map(self.speech.heads.__contains__, t.lower)))
        at = self._speech_at
        done = -1
        for n in range(bisect_left(at, lo), len(at)):
            i = at[n]
            if i >= hi:
                break
            if i <= done or actors.at[i] is not None:
                continue
            m = self._match(self.speech, t, i, lo, hi, noun=False)
            if m is None:
                continue
            frame = self._speech_frame(t, m, lo, hi, actors)
            if frame is not None:
                out.append(frame)
            done = max(m.words)
        return out

    def _speech_frame(self, t: Tokens, m: Trig, lo: int, hi: int, actors: FastDocumentActors) -> Frame | None:
        i, end, entry = m.head, max(m.words), m.entry
        p = i - 1
        while p >= lo and t.lower[p] in ADVERBS:
            p -= 1
        prev = t.lower[p] if p >= lo else ""
        before = actors.at[p] if p >= lo else None
        if t.lower[i] in SPEECH_NOUN_FORMS and prev not in VERB_MARKERS and \
                prev not in SPEECH_PRONOUNS and (before is None or before.kind != "actor"):
            return None  # "a post on X", "the claims": no speech verb
        source = None
        if p >= lo and (prev == "," or prev in QUOTES):  # "…," said X
            source = _actor_at(t, end + 1, hi, actors, skip_det=True)
            c_lo, c_hi = lo, p
        if source is None:
            source = _speaker(t, i, lo, actors)
            if source is None:
                return None
            k = bisect_left(t.start, source.start) - 1
            while k > lo and t.lower[k] in DETERMINERS:
                k -= 1
            if k > lo and (t.lower[k] == "," or t.lower[k] in QUOTES):  # "…," X said
                c_lo, c_hi = lo, k
            else:  # X said (that) …
                c_lo, c_hi = end + 1, hi
                if t.lemma[i] == "tell" and actors.at[c_lo] is not None:
                    c_lo = actors.at[c_lo].end  # the one told is no one the content is about
        if source is None or c_hi - c_lo < 2:
            return None
        if source.person is None:  # "said the board president, Sue Dunlap": a named person
            k = bisect_left(t.start, source.end)
            if k + 2 < hi and t.lower[k] == "," and _is_capital_word(t.words[k + 1]) and \
                    _is_capital_word(t.words[k + 2]) and \
                    (k + 3 >= hi or not _is_capital_word(t.words[k + 3])):
                source = replace(source, person=f"{t.words[k + 1]} {t.words[k + 2]}")
        if source.sector in QUIET_SECTORS and source.person is None and not public_service(source):
            return None  # a statement by a company or a newspaper is not a political act
        code, why, target = entry.code, "", None
        lows = t.lower[c_lo:c_hi]
        words = _Words(lows, t.lemma[c_lo:c_hi])
        if t.lemma[i] in ALLEGING or words.meet(self.lex.members(SPEECH_ACCUSING)):
            reading = ("112", "speech:accusing", False)
        elif words.meet(self.lex.members(SPEECH_DISPARAGING)):
            reading = ("111", "speech:disparaging", False)
        elif words.meet(self.lex.members(SPEECH_APPROVING)):
            reading = ("051", "speech:approving", False)
        elif not DEMANDING.isdisjoint(lows):
            reading = ("100", "speech:must", True)  # "said Congress must act"
        elif not URGING.isdisjoint(lows):
            reading = ("020", "speech:should", True)  # "said the board should reconsider"
        else:
            reading = None
        bare_claim = reading is not None and reading[1] == "speech:accusing" and t.lemma[i] == "claim" and \
            not words.meet(self.lex.members(SPEECH_ACCUSING))
        if reading is not None and political(source):
            for a, first, k in _content_actors(t, c_lo, c_hi, actors):
                if bare_claim and not _opens_clause(t, first, c_lo):
                    continue  # a bare claim accuses its content's subject only ("claimed it helps Iran")
                if reading[2] and (not _subject_of_modal(t, k, c_hi) or
                                   (first > c_lo and t.lower[first - 1] in PREPOSITIONS)):
                    continue  # a demand or an appeal is made of the content's subject ("support for
                    # Ukraine must increase" makes none of Ukraine)
                if a is None or a.rule == "place:country" or same_party(a, source) or \
                        not (political(a) or a.person or (a.sector == "MED" and not reading[2])):
                    continue
                target, code, why = a, reading[0], reading[1]
                break
        if target is None and _dismisses(t, c_lo, c_hi, self.lex.members(CLAIMS),
                                         self.lex.members(DISMISSIVE)):
            code, why = "120", "speech:dismissal"  # "said the allegations were baseless"
        if target is None and code == entry.code:
            return None  # a plain statement: analysts code what a statement does (see EventCoder)
        frame = Frame(m, code, source, target, why)
        return frame if self._acceptable(frame) else None
