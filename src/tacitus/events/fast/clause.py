"""Reading a clause without a parse: a word's reading (noun or verb), participles, month names and
names that look like triggers, passives, clause bounds, the object span and a "to" / "that"
complement, and the shape of a statement's content (its subject, a modal, a dismissal).
"""

from __future__ import annotations

from tacitus.events.coder import DEMANDING, URGING
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.span_words import _words
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.vocabulary import (
    ADVERBS,
    BE_FORMS,
    CLAUSE_BREAKS,
    DETERMINERS,
    MODALS,
    OBJECT_STOPS,
    PREPOSITIONS,
    QUOTES,
    REPORTING,
    SPEECH_PRONOUNS,
    THAT_VERBS,
    VERB_MARKERS,
)


def _verb_form_only(low: str) -> bool:
    return low.endswith("ed") or low in ("struck", "fought", "met", "held", "hit", "shot", "seized")


def _reading(t: Tokens, i: int, lo: int, actors: FastDocumentActors, verbish: bool) -> str:
    """noun or verb, from the word before: a determiner, possessive, adjective or preposition makes a
    noun; "to", a modal or an auxiliary a verb; an actor right before a verb form a verb."""
    low = t.lower[i]
    p = i - 1
    while p >= lo and t.lower[p] in ADVERBS:
        p -= 1
    prev = t.lower[p] if p >= lo else ""
    if p < lo:
        return "noun"  # news sentences do not open with a verb ("Sanctions were imposed …")
    if prev == "'s":  # "Russia's offensive", but "he's attacked", "it's visiting"
        return "verb" if _verb_form_only(low) or low.endswith("ing") else "noun"
    if prev in VERB_MARKERS or prev in BE_FORMS or prev in SPEECH_PRONOUNS:  # "…, which he denies"
        return "verb"
    if prev in DETERMINERS or prev in PREPOSITIONS:
        return "noun"
    if p >= lo and actors.at[p] is not None and actors.at[p].kind == "modifier":
        return "noun"
    if _verb_form_only(low) or (low.endswith("ing") and p >= lo and prev in BE_FORMS):
        return "verb"
    if p >= lo and actors.at[p] is not None and actors.at[p].kind == "actor":
        return "verb" if verbish else "noun"
    if p >= lo and t.words[p][:1].islower() and prev not in (",", "and") and not prev.endswith("ly"):
        return "noun"  # after a plain word: "military support", "peace talks"
    return "verb" if verbish else "noun"


def _participle(t: Tokens, i: int, lo: int) -> bool:
    """An -ed form after a determiner or possessive is an adjective ("Yemen's internationally recognized
    government", "the disputed region")."""
    if not t.lower[i].endswith("ed"):
        return False
    p = i - 1
    while p >= lo and t.lower[p].endswith("ly") and t.lower[p].isalpha():
        p -= 1
    return p >= lo and (t.lower[p] in DETERMINERS or t.lower[p] == "'s")


def _is_capital_word(w: str) -> bool:
    return w[:1].isupper() and w[1:].islower() and w.isalpha()


#: month names that are also verbs
VERB_MONTHS = frozenset({"March", "May"})


#: words before a month name in a date ("in March", "since May", "late March")
MONTH_LEADS = frozenset({"in", "on", "since", "until", "till", "by", "last", "next", "early", "late", "mid",
                         "of", "this", "from", "through", "before", "after", "during", "between", "and"})


def _month(t: Tokens, i: int, lo: int, hi: int) -> bool:
    """A capitalised "March" or "May" that is a date: next to a number ("23 March–14 April", "March 5") or
    after a date word ("in March")."""
    if t.words[i] not in VERB_MONTHS:
        return False
    before = t.words[i - 1] if i > lo else ""
    after = t.words[i + 1] if i + 1 < hi else ""
    return before.isdigit() or after[:1].isdigit() or before.lower() in MONTH_LEADS


def _in_name(t: Tokens, i: int, lo: int, actors: FastDocumentActors) -> bool:
    """A capitalised word inside a name: "The Associated Press", "Grand Rapids Press" (not "Biden Visits")."""
    w, p = t.words[i], i - 1
    if i == lo or not w[:1].isupper() or not w[1:].islower():
        return False
    m = actors.at[i]
    if m is not None and m.kind == "actor" and m.start < i:
        return True
    if i + 1 < len(t) and t.sent[i + 1] == t.sent[i] and _is_capital_word(t.words[i + 1]) and \
            t.words[p][:1].islower():  # "leads Planned Parenthood"
        return True
    return t.words[p][:1].isupper() and t.words[p][1:].islower() and actors.at[p] is None


def _inside_actor(actors: FastDocumentActors, i: int) -> bool:
    """Token ``i`` is a later word of an actor's name or description ("Russian forces", "riot police"):
    a noun there, never a verb."""
    m = actors.at[i]
    return m is not None and m.kind == "actor" and m.start < i


def _modifier_word(t: Tokens, j: int) -> bool:
    """An adjective-like word inside a noun phrase (lower case, not a verb marker or preposition)."""
    w = t.lower[j]
    return (w.isalpha() or "-" in w or w.isdigit()) and w not in PREPOSITIONS and w not in VERB_MARKERS \
        and w not in BE_FORMS and w not in ("and", "or", "that", "which", "who")


def _passive(t: Tokens, i: int, lo: int) -> bool:
    low = t.lower[i]
    if low.endswith("ing") or (low == t.lemma[i] and not _verb_form_only(low)):
        return False
    j = i - 1
    while j >= lo and t.lower[j] in ADVERBS | {"not", "n't", "never", "being", "been"}:
        if t.lower[j] in ("being", "been"):
            return True
        j -= 1
    return j >= lo and t.lower[j] in BE_FORMS


def _clause_start(t: Tokens, i: int, lo: int) -> int:
    """First token of the clause holding ``i``: after ";", "but", a reporting verb ("A said (that) …")."""
    j = i - 1
    while j >= lo:
        w = t.lower[j]
        if w in CLAUSE_BREAKS or (w in REPORTING and j + 1 < i and t.lower[j + 1] != "by"):
            return j + 1
        j -= 1
    return lo


def _clause_end(t: Tokens, i: int, hi: int) -> int:
    j = i + 1
    while j < hi:
        w = t.lower[j]
        if w in CLAUSE_BREAKS or (w == "," and j + 1 < hi and (t.lower[j + 1] in REPORTING or
                                                             t.lower[j + 1] in ("and", "but", "while"))):
            return j
        if w in REPORTING and t.lower[j - 1] != ",":
            a = j - 1
            if t.lower[a] in REPORTING:
                return j
        j += 1
    return hi


def _object_span(t: Tokens, end: int, right: int) -> tuple[int, int]:
    """The object words after ``end``: up to a comma or clause word, at most 8, through
    "of/for/in/to/on" phrases ("a new package of military assistance for Taiwan")."""
    k = end + 1
    while k < right and k - end <= 8 and t.lower[k] not in OBJECT_STOPS and not _infinitive(t, k, right):
        k += 1
    return end + 1, k


def _infinitive(t: Tokens, k: int, right: int) -> bool:
    return t.lower[k] == "to" and k + 1 < right and t.words[k + 1][:1].islower() and \
        t.lower[k + 1].isalpha() and t.lower[k + 1] not in DETERMINERS


def _complement(t: Tokens, after: int, right: int) -> tuple[str | None, int]:
    """The verb of a "to …" or "that …" complement after the object (its lemma and index)."""
    for k in range(after, min(right, after + 8)):
        w = t.lower[k]
        if _infinitive(t, k, right):
            return t.lemma[k + 1], k + 1
        if w == "that":
            for j in range(k + 1, min(right, k + 12)):
                if j > k + 1 and (t.lemma[j] != t.lower[j] or t.lower[j] in THAT_VERBS or
                                  t.lower[j - 1] in MODALS):  # "warned that X could result in …"
                    return t.lemma[j], j
            return None, -1
    return None, -1


#: the verb words of "there was …" before what there was
THERE_BE = frozenset({"is", "are", "was", "were", "had", "has", "have", "been", "be", "will", "would"})


def _opens_clause(t: Tokens, k: int, lo: int) -> bool:
    """Token ``k`` begins the clause from ``lo`` or from a "that" on, its subject ("claimed that the mayor
    lied", "claimed in a letter that the mayor lied")."""
    words = t.lower[lo:k]
    if "that" in words:
        words = words[len(words) - words[::-1].index("that"):]
    if words[:1] == ["there"]:  # "claimed there were Georgian attacks": what there was opens it
        words = [w for w in words[1:] if w not in THERE_BE]
    return all(w in DETERMINERS or w in QUOTES for w in words)


def _subject_of_modal(t: Tokens, k: int, hi: int) -> bool:
    """Token ``k`` ends the subject of "must" / "should" ("said Congress must act")."""
    j = k + 1
    while j < hi and t.lower[j] in ADVERBS:
        j += 1
    return j < hi and (t.lower[j] in DEMANDING or t.lower[j] in URGING)


def _dismisses(t: Tokens, lo: int, hi: int, claims: frozenset[str], dismissive: frozenset[str]) -> bool:
    """The content calls claims untrue: "the accusations were baseless", "it is a lie"."""
    for k in range(lo, min(hi, lo + 4)):
        if t.lemma[k] in claims or t.lower[k] in claims:
            j = k + 1
            if j < hi and t.lower[j] in BE_FORMS | {"is", "are", "was", "were"}:
                return not _words(t, j + 1, min(hi, j + 6)).isdisjoint(dismissive)
            return False
    return False
