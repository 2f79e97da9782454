"""Actors for the fast coder: our actor lexicons matched on tokens, without a parse or NER.

A *mention* is a run of adjacent lexicon words and capitalised names ("US Secretary of State John
Kerry", "Syrian government forces", "Russia's foreign ministry"); it is coded as the full resolver
codes a noun phrase: an organisation or leader gives its code, else the country (possessive, "of X",
else the last one) plus the most specific sector word. Titled persons are carried through the
document by surname, bare sector words take the one country the document gave that sector, and
"he"/"she" take the last person of the two sentences before. A demonym before a plain noun
("Russian airstrikes") is a *modifier*, not a mention; a capital after "in/at/to/from" and other
places are *places* (a country for targets, never a source).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter, or_

from tacitus.actors.codes import make_code, split_code
from tacitus.actors.lexicon import PROPER_KINDS, Entry, Lexicon, pick_role
from tacitus.actors.places import PlaceIndex
from tacitus.actors.resolver import (
    BLOCKING_LEMMAS,
    LOCATIVE_PREPS,
    PERSON_PRONOUNS,
    UNCARRIED_SECTORS,
    ActorResolver,
)
from tacitus.events.fast.text import Tokens, tokenize
from tacitus.model.records import Actor
from tacitus.nlp.inflect import noun_forms, singular, verb_forms
from tacitus.nlp.lemmas import NOMINAL_PARTICIPLES

_Candidate = tuple[Entry, "str | None", bool]  # an entry, its case-sensitive form, a proper name?
COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "place"})
CODE_KINDS = frozenset({"org", "metonym"})
SECTOR_KINDS = frozenset({"agent", "title"})
BLOCKING_FORMS = frozenset(f for w in BLOCKING_LEMMAS for f in verb_forms(w)) | {"led", "allied"}
#: capitalised words that are not names (sentence-initial function words, weekdays, months …)
NOT_NAMES = frozenset([
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "in", "on", "at", "by",
    "for", "from", "to", "of", "with", "into", "over", "after", "before", "during", "while", "when",
    "where", "as", "and", "but", "or", "nor", "if", "unless", "although", "though", "however",
    "meanwhile", "also", "yet", "so", "then", "there", "here", "what", "which", "who", "whom", "whose",
    "why", "how", "all", "some", "many", "most", "several", "few", "no", "not", "both", "each", "every",
    "other", "another", "such", "one", "two", "three", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow", "mr",
    "mrs", "ms", "dr", "sir"
])

#: words after a sector word that make it a subject, not a modifier ("reporters were wrong")
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                         "could", "can", "may", "might", "must", "should", "shall", "do", "does", "did",
                         "than", "themselves"})

LY_NOUNS = frozenset({"family", "supply", "assembly", "rally", "anomaly", "monopoly", "homily", "ally",
                      "italy", "july", "bully", "lily", "jelly", "belly", "folly", "tally"})


@dataclass(slots=True)
class Unit:
    """A lexicon match or a capitalised name over tokens [start, end)."""

    start: int
    end: int
    kind: str  # a lexicon kind, or "name"
    entry: Entry | None


@dataclass(slots=True)
class Mention:
    """What tokens [start, end) name: an actor, a place (its country) or a modifier country."""

    start: int
    end: int
    actor: Actor | None
    country: str | None
    kind: str  # actor | place | modifier


class FastDocumentActors:
    """Mentions of one document, looked up by token index of its :class:`Tokens`."""

    def __init__(self, tokens: Tokens, mentions: list[Mention]) -> None:
        self.tokens = tokens
        self.spans = mentions
        self.at: list[Mention | None] = [None] * len(tokens)
        for m in mentions:
            for i in range(m.start, m.end):
                self.at[i] = m
        self.mentions: list[Actor] = [m.actor for m in mentions if m.kind == "actor" and m.actor is not None]


class FastActorResolver:
    """Token and phrase look-ups over the actor lexicons (built once per process)."""

    def __init__(self, lex: Lexicon, places: PlaceIndex, verbs: frozenset[str] = frozenset()) -> None:
        self.lex, self.places = lex, places
        self.verbs = verbs  # verb forms: a sector word before one is a subject ("police arrested")
        self.phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for e in lex.entries:
            words = tuple(w.lower() for w in tokenize(e.phrase)[0] if not w.isspace())
            if words:
                self.phrases.setdefault(words[0], []).append((words, e))
        for cands in self.phrases.values():
            cands.sort(key=lambda c: -len(c[0]))
        # the same candidates for look-up: first word → (length, words → entries), longest first, each
        # entry with its case-sensitive form (spaces dropped) or None, and whether it is a proper name
        self._lookup: dict[str, list[tuple[int, dict[tuple[str, ...], list[_Candidate]]]]] = {}
        for first, cands in self.phrases.items():
            by_length: dict[int, dict[tuple[str, ...], list[_Candidate]]] = {}
            for words, e in cands:
                cased = e.phrase.replace(" ", "") if e.case_sensitive else None
                by_length.setdefault(len(words), {}).setdefault(words, []).append(
                    (e, cased, e.kind in PROPER_KINDS))
            self._lookup[first] = sorted(by_length.items(), key=lambda kv: -kv[0])
        self.words: dict[str, Entry] = {}
        for w, e in lex.words.items():
            for f in sorted(noun_forms(w), key=lambda f: f != w):
                self.words.setdefault(f, e)
        self._known = frozenset(self._lookup) | frozenset(self.words)  # a unit may start on these

    @classmethod
    def from_resolver(cls, resolver: ActorResolver, verbs: frozenset[str] = frozenset()) -> FastActorResolver:
        return cls(resolver.lex, resolver.places, verbs)

    # ---- units --------------------------------------------------------------------------------
    def _phrase_at(self, t: Tokens, i: int) -> Unit | None:
        """The longest lexicon phrase starting at token ``i`` (the first of equal ones in lexicon order)."""
        lower = t.lower
        for n, table in self._lookup.get(lower[i], ()):
            found = table.get(tuple(lower[i:i + n]))
            if found is None or t.sent[i + n - 1] != t.sent[i]:
                continue
            surface = t.words[i:i + n]
            for e, cased, proper in found:
                if cased is not None:
                    if "".join(surface).replace(" ", "") != cased:
                        continue
                elif proper and not any(w[:1].isupper() for w in surface):
                    continue
                return Unit(i, i + n, e.kind, e)
        return None

    def units(self, t: Tokens) -> list[Unit]:
        out: list[Unit] = []
        i = 0
        lower, lookup, single = t.lower, self._lookup, self.words
        # a unit starts on a lexicon word or a capitalised one: only those tokens are looked at
        starts = compress(range(len(t)), map(or_, map(self._known.__contains__, lower),
                                             map(str.isupper, map(itemgetter(0), t.words))))
        for k in starts:
            if k < i:
                continue  # inside the unit before
            i = k
            u = self._phrase_at(t, i) if lower[i] in lookup else None
            if u is None:
                e = single.get(lower[i])
                if e is not None:
                    u = Unit(i, i + 1, e.kind, e)
                elif t.words[i][:1].isupper():
                    if _is_name(t, i):
                        u = Unit(i, i + 1, "name", None)
                    elif _is_initial(t, i):
                        u = Unit(i, i + 1, "initial", None)  # "Holden criticized …": a name if seen before
            if u is None or _bare_participle(t, u):
                continue
            out.append(u)
            i = u.end
        return out

    # ---- mentions -----------------------------------------------------------------------------
    def resolve(self, doc, published: dt.date | None = None) -> FastDocumentActors:
        """Actor mentions of a Doc made by the fast pipeline (or any Doc)."""
        tokens = doc if isinstance(doc, Tokens) else Tokens.from_doc(doc)
        state = _State(published)
        mentions = []
        for group in _groups(tokens, self.units(tokens)):
            m = self._mention(tokens, group, state)
            if m is not None:
                mentions.append(m)
        return FastDocumentActors(tokens, mentions)

    def _mention(self, t: Tokens, group: list[Unit], st: _State) -> Mention | None:
        start, end = group[0].start, group[-1].end
        if group[0].kind == "initial":
            carried = st.persons.get(t.lower[start])
            if carried is None:
                return None
            a = _make(t, start, end, carried.code, carried.country, carried.sector, "carry:person",
                      carried.person)
            return Mention(start, end, a, a.country, "actor")
        if _blocked(t, end):  # "US-backed rebels": "US" is not the actor
            return None
        kinds = {u.kind for u in group}
        if kinds <= {"demonym"} and end < len(t) and t.words[end][:1].islower() and \
                t.lower[end] not in NOT_NAMES:
            return Mention(start, end, None, group[-1].entry.code, "modifier")  # "Russian airstrikes"
        if kinds <= {"capital", "place", "name"} and start > 0 and t.lower[start - 1] in LOCATIVE_PREPS:
            return self._place(t, group)
        a = self._actor(t, group, st)
        if a is not None and self._modifies(t, group, end):  # "military aid", "rebel positions"
            return Mention(start, end, a, a.country, "modifier")
        if a is None:
            return self._place(t, group) if kinds <= COUNTRY_KINDS | {"name"} else None
        st.note(a, t.sent[start])
        return Mention(start, end, a, a.country, "actor")

    def _modifies(self, t: Tokens, group: list[Unit], end: int) -> bool:
        """A lone lower-case sector word before a plain noun modifies it ("military aid")."""
        if not self.verbs or len(group) != 1 or group[0].kind not in SECTOR_KINDS or end >= len(t):
            return False
        nxt, w = t.lower[end], t.words[group[0].start]
        return w[:1].islower() and nxt.isalpha() and t.words[end][:1].islower() and nxt not in NOT_NAMES \
            and nxt not in self.verbs and nxt not in AUXILIARIES and not _adverb(nxt) \
            and t.sent[end] == t.sent[group[0].start]

    def _place(self, t: Tokens, group: list[Unit]) -> Mention | None:
        start, end = group[0].start, group[-1].end
        e = group[-1].entry
        if e is not None and e.kind in COUNTRY_KINDS:
            return Mention(start, end, None, e.code, "place")
        if all(u.kind == "name" for u in group):
            country = self.places.lookup(t.text[t.start[start]:t.end(end - 1)])
            if country:
                return Mention(start, end, None, country, "place")
        return None

    def _actor(self, t: Tokens, group: list[Unit], st: _State) -> Actor | None:
        start, end = group[0].start, group[-1].end
        if len(group) == 1 and group[0].kind == "name" and t.lower[start] in PERSON_PRONOUNS:
            return None
        parts = _Parts(self.lex, t, group, st.published)
        names = [u for u in group if u.kind == "name"]
        person = " ".join(t.words[u.start] for u in names) if names else None
        if parts.code is not None and (parts.code_kind != "leader" or not parts.sector):
            c, s = split_code(parts.code)
            who = parts.leader_name or person
            return _make(t, start, end, parts.code, c, s, parts.code_rule, who)
        if names and len(names) == len(group):  # only capitalised words: a person seen before?
            carried = st.persons.get(person.lower()) or st.persons.get(t.lower[names[-1].start])
            if carried is None:
                return None
            return _make(t, start, end, carried.code, carried.country, carried.sector, "carry:person",
                         carried.person)
        country, sector = parts.country, parts.sector
        if parts.code is not None:  # a leader with a title: the leader's country, the title's sector
            c, s = split_code(parts.code)
            country, sector = country or c, sector or s
        if sector is None and parts.weak is not None and country is not None:
            sector = parts.weak
        if sector is None and country is None:
            return None
        if parts.leader_name:
            person = parts.leader_name
        if sector is None and parts.kinds <= {"demonym"} and group[-1].kind == "demonym" and \
                not t.words[group[-1].start].endswith("s"):
            return None  # a bare adjective ("the Russian side"), not "Russians"
        rule = parts.rule
        if country is None and sector is not None:
            cs = st.sector_countries.get(sector)
            if cs and len(cs) == 1 and sector not in UNCARRIED_SECTORS:
                country, rule = next(iter(cs)), "carry:group"
        return _make(t, start, end, make_code(country, sector), country, sector, rule, person)


class _Parts:
    """The codes, countries and sectors one mention's units give."""

    def __init__(self, lex: Lexicon, t: Tokens, group: list[Unit], published: dt.date | None) -> None:
        self.code = self.code_kind = self.leader_name = None
        self.code_rule = self.rule = ""
        self.kinds = {u.kind for u in group}
        countries: list[tuple[str, str, bool]] = []  # (iso3, rule, possessive or "of X")
        sectors: list[tuple[str, str]] = []
        self.weak: str | None = None
        for k, u in enumerate(group):
            e = u.entry
            if e is None:
                continue
            after = t.lower[u.end] if u.end < len(t) else ""
            before = t.lower[u.start - 1] if u.start > 0 else ""
            if e.kind in COUNTRY_KINDS:
                countries.append((e.code, e.rule, after == "'s" or (before == "of" and k > 0)))
            elif e.kind in CODE_KINDS or e.kind == "leader":
                role = pick_role(e, published) if e.kind == "leader" else None
                code = role.code if role else (e.code if e.kind != "leader" else "")
                if code:
                    self.code, self.code_kind, self.code_rule = code, e.kind, e.rule
                    if e.kind == "leader":
                        n = u.end - u.start
                        full = t.text[t.start[u.start]:t.end(u.end - 1)]
                        self.leader_name = e.canonical if n == 1 else full
            elif e.kind in SECTOR_KINDS and e.sector and not _other_sense(lex, t, u):
                sectors.append((e.sector, e.rule))
            elif e.kind == "weak" and e.sector:
                self.weak = self.weak or e.sector
        owned = [c for c in countries if c[2]]
        pick = owned[0] if owned else (countries[-1] if countries else None)
        self.country = pick[0] if pick else None
        self.sector = None
        if sectors:
            self.sector, self.rule = min(sectors, key=lambda s: lex.rank(s[0]))
        elif pick:
            self.rule = pick[1]


class _State:
    """What the document has said so far: persons by name and surname, the countries of sectors."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.persons: dict[str, Actor] = {}
        self.sector_countries: dict[str, set[str]] = {}

    def note(self, a: Actor, sent: int) -> None:
        if a.person:
            self.persons[a.person.lower()] = a
            self.persons.setdefault(a.person.split()[-1].lower(), a)
        if a.country and a.sector:
            self.sector_countries.setdefault(a.sector, set()).add(a.country)


def _bare_participle(t: Tokens, u: Unit) -> bool:
    """A participle that names a person only after a determiner ("the accused"), here without one ("the
    agency accused the company"): a verb."""
    return u.end - u.start == 1 and t.lower[u.start] in NOMINAL_PARTICIPLES and \
        (u.start == 0 or t.lower[u.start - 1] not in ("the", "a", "an", "this", "that", "each"))


def _other_sense(lex: Lexicon, t: Tokens, u: Unit) -> bool:
    """An agent noun after a modifier that makes it a thing ("SEO agencies", "market intelligence"), as
    ``other_senses`` in the sector data lists."""
    senses = lex.other_senses.get(singular(t.lower[u.end - 1])) if u.start > 0 else None
    return bool(senses) and t.lower[u.start - 1] in senses


def _is_name(t: Tokens, i: int) -> bool:
    """A capitalised word that may be (part of) a name; at a sentence start only before another one."""
    w = t.words[i]
    if not w[:1].isupper() or not w[0].isalpha() or t.lower[i] in NOT_NAMES:
        return False
    first = i == 0 or t.sent[i - 1] != t.sent[i] or t.words[i - 1] in ('"', "“", "(", ":")
    if not first:
        return True
    return i + 1 < len(t) and t.sent[i + 1] == t.sent[i] and t.words[i + 1][:1].isupper() and \
        t.lower[i + 1] not in NOT_NAMES


def _adverb(w: str) -> bool:
    """An -ly adverb ("criticized the president openly"), not a noun such as "family" or "ally"."""
    return w.endswith("ly") and len(w) > 5 and w not in LY_NOUNS


def _is_initial(t: Tokens, i: int) -> bool:
    """A capitalised word opening a sentence before a lower-case word: a surname ("Holden said") or not."""
    w = t.words[i]
    return w[:1].isupper() and w.isalpha() and t.lower[i] not in NOT_NAMES and i + 1 < len(t) and \
        (t.words[i + 1][:1].islower() or t.lower[i + 1] in ("'s", ","))


def _joinable(t: Tokens, left: Unit, right: Unit) -> bool:
    """May ``right`` continue the mention that ends with ``left``?"""
    gap = right.start - left.end
    if t.sent[right.start] != t.sent[left.start] or "initial" in (left.kind, right.kind):
        return False
    if left.kind == "weak" and left.entry is not None and left.entry.sector is None and right.kind == "name":
        return False  # "leader Kim Jong Un" is fine, but "sources Reuters" is two things
    if gap == 0:
        return not (left.kind in COUNTRY_KINDS and right.kind in COUNTRY_KINDS and left.kind != "demonym")
    if gap != 1:
        return False
    link = t.lower[left.end]
    if link == "'s":
        return (left.kind in COUNTRY_KINDS | CODE_KINDS | {"leader"} and right.kind != "name") or \
            left.kind in COUNTRY_KINDS | CODE_KINDS
    if link == "of":
        return left.kind in SECTOR_KINDS | {"weak"} and right.kind in COUNTRY_KINDS | CODE_KINDS
    return False


def _groups(t: Tokens, units: list[Unit]) -> list[list[Unit]]:
    groups: list[list[Unit]] = []
    for u in units:
        if groups and _joinable(t, groups[-1][-1], u):
            groups[-1].append(u)
        else:
            groups.append([u])
    return groups


def _blocked(t: Tokens, end: int) -> bool:
    return end + 1 < len(t) and t.words[end] == "-" and t.lower[end + 1] in BLOCKING_FORMS


def _make(t: Tokens, start: int, end: int, code: str, country: str | None, sector: str | None,
          rule: str, person: str | None) -> Actor:
    s, e = t.start[start], t.end(end - 1)
    return Actor(text=t.text[s:e], code=code, country=country, sector=sector, start=s, end=e,
                 rule=rule, person=person)
