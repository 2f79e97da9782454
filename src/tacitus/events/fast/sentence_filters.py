"""What the fast coder keeps of a sentence's frames and a document's sentences: the domain gate's
verdict, one event per code and dyad, one plain statement per speaker, and no habitual acts
("the agency investigates fraud").
"""

from __future__ import annotations

from tacitus.events.domain import DomainGate, DomainVerdict, political_actor
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.frames import Frame, Trig
from tacitus.events.fast.text import Tokens


def _domain_verdict(t: Tokens, bounds: list[tuple[int, int]], actors: FastDocumentActors) -> DomainVerdict:
    """The domain gate (:mod:`tacitus.events.domain`) over the fast tokens, indexed by sentence number as
    ``t.sent`` numbers them: lemmas of the word tokens, political actor mentions per sentence."""
    n = t.sent[bounds[-1][0]] + 1 if bounds else 0
    lemmas: list[list[str]] = [[] for _ in range(n)]
    for first, end in bounds:
        lemmas[t.sent[first]] = [t.lemma[i] for i in range(first, end) if t.words[i][:1].isalnum()]
    counts = [0] * n
    for m in actors.spans:
        if m.kind == "actor" and political_actor(m.actor):
            counts[t.sent[m.start]] += 1
    return DomainGate.default().judge(lemmas, counts)


def _once(frames: list[Frame]) -> list[Frame]:
    """One event per code and dyad in a sentence ("Biden's visit …, arriving at …")."""
    seen: set[tuple] = set()
    out = []
    for f in frames:
        key = (f.code, *((a.code, a.person) if a else None for a in (f.source, f.target)))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _statements(frames: list[Frame]) -> list[Frame]:
    """One plain statement (010) per speaker and sentence, and none when the sentence has other events."""
    plain = [f for f in frames if f.trig.entry.speech and f.code == f.trig.entry.code]
    if not plain:
        return frames
    if len(plain) < len(frames):
        return [f for f in frames if f not in plain]
    seen: set[str] = set()
    out = []
    for f in frames:
        if f.source is not None and f.source.code in seen:
            continue
        if f.source is not None:
            seen.add(f.source.code)
        out.append(f)
    return out


#: words that put an act at a time ("on Monday", "last week"): with them the simple present reports news
TIME_WORDS = frozenset({
    "today", "yesterday", "tonight", "tomorrow", "ago", "last", "now", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"})


def _habitual(t: Tokens, m: Trig, first: int, end: int, words: set[str]) -> bool:
    """What an actor does as a rule: a body sentence's verb in the third-person simple present, no
    auxiliary, no "I"/"we" subject and no time said ("the agency investigates types of fraud"); the parse
    coder's test, read off the word forms."""
    if m.noun or m.entry.speech:
        return False
    i, lemma = m.head, t.lemma[m.head]
    word = t.lower[i]
    if word == lemma or word not in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return False  # not "investigates"
    if i > first and t.lower[i - 1] in ("i", "we", "does", "has", "is", "will", "would", "may", "can"):
        return False
    if t.words[end - 1] not in (".", "”", '"', "’") or not words.isdisjoint(TIME_WORDS):
        return False  # a headline, or an act put at a time
    return not any(w.isdigit() and len(w) == 4 for w in t.lower[first:end])  # "in 2024"
