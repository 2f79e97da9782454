"""The fast event coder (``--fast``): lexicon triggers on surface forms, roles by position in the clause.

No dependency parse, tagger or NER: triggers are the lexicon lemmas' inflected forms
(:mod:`tacitus.nlp.inflect`), actors come from :mod:`tacitus.events.fast_actors`, and

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
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import compress, pairwise

from tacitus.events import modality as mod
from tacitus.events.cameo import CAMEO, CameoTable
from tacitus.events.coder import (
    ALLEGING,
    BLAMING,
    CLAIMS,
    COMBATANT_SECTORS,
    DEMANDING,
    DISMISSIVE,
    IMPLIED_AUTHORS,
    ONE_WAY,
    PRIVATE_OK_ROOTS,
    QUIET_SECTORS,
    RECIPROCAL_ROOTS,
    SPEECH_ACCUSING,
    SPEECH_APPROVING,
    SPEECH_DISPARAGING,
    URGING,
    VIOLENCE_OR_FORCE,
)
from tacitus.events.coder import VERBAL_ROOTS as SPOKEN_ROOTS
from tacitus.events.confidence import ConfidenceModel
from tacitus.events.context import is_sports_result
from tacitus.events.core import incomplete, make_event, refine, settle
from tacitus.events.domain import DomainGate, DomainVerdict, political_actor
from tacitus.events.fast_actors import FastDocumentActors, Mention
from tacitus.events.fast_text import Tokens, tokenize
from tacitus.events.lexicon import Entry, EventLexicon
from tacitus.events.readings import best_readings
from tacitus.events.roles import (
    MILITARY_OBJECTIVES,
    OBJECTIVE_NOUNS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    accuser_of,
    document_focus,
    inherit_country,
    one_actor,
    political,
    public_service,
    same_party,
    sentence_countries,
)
from tacitus.events.roles import implied as implied_actor
from tacitus.events.triggers import IDIOMS, Context, inside_idiom
from tacitus.model import Actor, CodedDocument, DateMention, Document, Event
from tacitus.nlp.inflect import lemma_table, noun_forms, verb_forms

DETERMINERS = frozenset([
    "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "any", "no", "every", "each", "another", "such", "further", "new", "fresh", "more", "several",
    "many", "some", "two", "three", "four", "five", "dozens", "hundreds"
])
PREPOSITIONS = frozenset([
    "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "against", "after", "before",
    "during", "amid", "despite", "following", "over", "under", "near", "between", "among", "toward",
    "towards", "about", "upon", "since", "than", "via"
])
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "'re"})
ADVERBS = frozenset({"also", "reportedly", "allegedly", "again", "already", "then", "later", "repeatedly",
                     "just", "recently", "still", "now", "apparently", "once", "jointly",
                     "publicly", "formally", "officially", "strongly", "sharply", "immediately"})
SUBJECT_PRONOUNS = frozenset({"it", "they", "we"})
VERB_MARKERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
                          "did", "do", "does", "n't", "not", "never", "'ll", "wo", "ca", "had", "has",
                          "have"})
REPORTING = frozenset(f for w in mod.REPORTING_VERBS for f in verb_forms(w))
DENY_FORMS = frozenset(f for w in mod.DENY_VERBS for f in verb_forms(w))
CLAIM_FORMS = frozenset(f for w in mod.CLAIM_VERBS for f in verb_forms(w))
INTENT_FORMS = frozenset(f for w in mod.INTENT_VERBS for f in verb_forms(w))
FAILURE_FORMS = frozenset(f for w in mod.FAILURE_VERBS for f in verb_forms(w))
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though"})
OBJECT_STOPS = frozenset({",", ";", ":", ".", "but", "that", "which", "who", "whose", "after", "before",
                          "by", "since", "because", "unless", "if", "when", "while", "from", "with",
                          "against",
                          '"', "“", "”", "(", ")"})
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll"})
THAT_VERBS = frozenset({"halt", "stop", "end", "release", "withdraw", "leave", "resign", "free", "return"})
WINDOW = 6  # tokens an object or a "by" agent may lie after the trigger
TARGET_SCAN_STOPS = frozenset({",", ";", ":", "that", "which", "who", "whose", "while", "but", "after",
                               "before", "because", "since", "unless", "if", "when", '"', "“", "”"})
ADDRESSED_ROOTS = frozenset({"02", "03", "10", "12", "13"})  # appeals, promises, demands, refusals, threats
THAT_ROOTS = frozenset({"10", "13"})  # "demanded that X …", "warned that X …" (not "denied that …")
VERBAL_ROOTS = frozenset(f"{n:02d}" for n in range(1, 14))  # statements about something: its object
SPEECH_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "who", "you"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
#: a speech verb's form that is no verb without a verb marker before it ("a post", "the claim")
SPEECH_NOUN_FORMS = frozenset({"post", "posts", "claim", "claims", "note", "notes", "comment", "comments",
                               "remark", "remarks", "state", "states", "tweet", "tweets", "add", "write",
                               "say", "tell", "stress", "suggest", "explain", "declare", "argue", "assert",
                               "announce", "maintain", "contend", "point"})


@dataclass(slots=True)
class Trig:
    """A lexicon phrase found in the text (before the reading of its roles)."""

    entry: Entry
    head: int  # token index of the inflected word
    words: list[int]  # token indices of the phrase
    noun: bool
    context: str = "verb"  # verb | light | impact | own
    light: int | None = None  # the light or impact verb's token
    alts: list[Entry] = field(default_factory=list)  # every entry of the phrase, tried in order


@dataclass(slots=True)
class Frame:
    trig: Trig
    code: str
    source: Actor | None
    target: Actor | None
    refined: str
    passive: bool = False
    reporter: Actor | None = None
    absorbs_to: int = -1  # last token the trigger's complement covers
    reciprocal: bool = False  # "A and B met": each party is the other's target


@dataclass(slots=True)
class _Index:
    """Surface index of one kind of lexicon entries: inflected head word → phrases."""

    heads: dict[str, list[tuple[tuple[frozenset[str], ...], int, Entry]]] = field(default_factory=dict)


class FastEventCoder:
    """Dictionary-and-position event coder over plain token lists (no parse)."""

    def __init__(self, lexicon: EventLexicon | None = None, cameo: CameoTable | None = None,
                 one_party: bool = False) -> None:
        self.one_party = one_party  # keep events with no target (CodingOptions.one_party)
        self.lex = lexicon or EventLexicon.default()
        self.cameo = cameo or CAMEO
        self._class_cache: dict[frozenset[str], frozenset[str]] = {}
        self._clause_tokens: Tokens | None = None
        self._clause_key: tuple[int, int] = (-1, -1)
        self._clause_set: set[str] = set()
        self._speech_tokens: Tokens | None = None
        self._speech_at: list[int] = []
        self._trigger_tokens: Tokens | None = None
        self._trigger_at: list[int] = []
        self.confidence = ConfidenceModel.default("fast")
        self.verbs = _index([e for e in self.lex.verbs if not e.speech], verb=True)
        self.nouns = _index(self.lex.nouns, verb=False)
        self.speech = _index([e for e in self.lex.verbs if e.speech], verb=True)
        self.light = _phrases(self.lex.light_verbs)
        self.impact = frozenset(f for v in self.lex.impact_verbs for f in verb_forms(v.split()[0]))
        self._trigger_heads = frozenset(self.nouns.heads) | frozenset(self.verbs.heads)
        self.verb_words = frozenset(self.verbs.heads) | REPORTING | frozenset(
            f for ws in self.light.values() for f in ws[0][0])

    def lemmas(self) -> dict[str, str]:
        """surface → lemma for every word of the event lexicons and classes (the fast lemma table)."""
        verbs = {w for e in self.lex.verbs for lem in e.lemmas for w in lem.split()}
        verbs |= set(mod.REPORTING_VERBS) | mod.DENY_VERBS | mod.CLAIM_VERBS | mod.INTENT_VERBS
        verbs |= {v.split()[0] for v in self.lex.light_verbs | self.lex.impact_verbs}
        nouns = {w for e in self.lex.nouns for lem in e.lemmas for w in lem.split()}
        nouns |= {w for members in self.lex.classes.values() for m in members for w in m.split()}
        nouns |= OBJECTIVE_NOUNS | QUANTITY_NOUNS | PLACE_NOUNS
        table = lemma_table(sorted(verbs | nouns), sorted(nouns))
        cues = sorted(DomainGate.default().words())  # the domain gate reads lemmas too ("recipes")
        for form, lemma in lemma_table(cues, cues).items():
            table.setdefault(form, lemma)
        return table

    # ---- public -------------------------------------------------------------------------------
    def code(self, t: Tokens, document: Document, actors: FastDocumentActors,
             dates: Iterable[DateMention] = ()) -> list[Event]:
        dates = sorted(dates, key=lambda d: d.start)
        focus = document_focus(actors, url=document.url)
        events: list[Event] = []
        bounds = t.bounds()
        found = [self._sentence(t, first, end, actors) for first, end in bounds]
        verdict = _domain_verdict(t, bounds, actors) if any(found) else None
        for (first, end), frames in zip(bounds, found, strict=True):
            if not frames or (verdict is not None and verdict.gated(t.sent[first]) is not None):
                continue  # a sports, market or lifestyle page (or sentence) has no political events
            si = t.sent[first]
            sent = t.span(first, end - 1)
            countries = sentence_countries(sent, actors)
            lemmas = {*t.lemma[first:end], *t.lower[first:end]}
            frames = [f for f in frames
                      if not is_sports_result(self.lex, t.lemma[f.trig.head], sent.text, lemmas)
                      and not (si > 0 and self.cameo.root(f.code) not in SPOKEN_ROOTS and
                               _habitual(t, f.trig, first, end, lemmas))]
            for f in frames:  # a rejection answers whoever made the claim ("…, which she denies")
                if f.target is None and self.cameo.root(f.code) == "12":
                    claims = [(e.sentence_index, e.root, e.source, e.target) for e in events]
                    claims += [(si, self.cameo.root(g.code), g.source, g.target)
                               for g in frames if g is not f]
                    f.target = accuser_of(f.source, claims, si) or \
                        _speaker_above(t, f.trig.head, first, f.source, actors)
            frames = [f for f in frames if political(f.source) or political(f.target) or
                      self.cameo.root(f.code) in PRIVATE_OK_ROOTS]
            for f in frames:
                f.source = inherit_country(f.source, countries, focus)
                f.target = inherit_country(f.target, countries, focus)
                if _visit_at_home(self.cameo, f.code, f.source, f.target):
                    f.target = None
                events.append(self._event(t, f, si, sent, document, dates, actors))
        kept = [e for e in events if incomplete(e, self.one_party) is None]
        self.confidence.calibrate(kept)
        return kept

    # ---- triggers -----------------------------------------------------------------------------
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

    # ---- frames -------------------------------------------------------------------------------
    def _sentence(self, t: Tokens, lo: int, hi: int, actors: FastDocumentActors) -> list[Frame]:
        frames: list[Frame] = []
        absorbed_to = -1
        for m in self.triggers(t, lo, hi, actors):
            if m.head <= absorbed_to:
                continue
            frame = None
            for entry in m.alts:  # "suspended": lifting a curfew, or suspending aid
                m.entry = entry
                frame = self._frame(t, m, lo, hi, actors)
                if frame is not None:
                    break
            if frame is None:
                continue
            frames.append(frame)
            absorbed_to = max(absorbed_to, frame.absorbs_to)
        frames += self._speech(t, lo, hi, actors)
        if not frames:  # most sentences: nothing to expand, choose among or drop
            return frames
        frames = _once(self._dedupe(self._expand(t, frames, actors, lo, hi)))
        roots = {self.cameo.root(f.code) for f in frames if f.trig.context != "patient"}
        frames = [f for f in frames  # "indicted … the indictment": the act, not its mention again
                  if f.trig.context != "patient" or self.cameo.root(f.code) not in roots]
        return _statements(frames)

    # ---- speech acts ----------------------------------------------------------------------------
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
        if t.lemma[i] in ALLEGING or words.meet(self._members(SPEECH_ACCUSING)):
            reading = ("112", "speech:accusing", False)
        elif words.meet(self._members(SPEECH_DISPARAGING)):
            reading = ("111", "speech:disparaging", False)
        elif words.meet(self._members(SPEECH_APPROVING)):
            reading = ("051", "speech:approving", False)
        elif not DEMANDING.isdisjoint(lows):
            reading = ("100", "speech:must", True)  # "said Congress must act"
        elif not URGING.isdisjoint(lows):
            reading = ("020", "speech:should", True)  # "said the board should reconsider"
        else:
            reading = None
        bare_claim = reading is not None and reading[1] == "speech:accusing" and t.lemma[i] == "claim" and \
            not words.meet(self._members(SPEECH_ACCUSING))
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
        if target is None and _dismisses(t, c_lo, c_hi, self._members(CLAIMS), self._members(DISMISSIVE)):
            code, why = "120", "speech:dismissal"  # "said the allegations were baseless"
        if target is None and code == entry.code:
            return None  # a plain statement: analysts code what a statement does (see EventCoder)
        frame = Frame(m, code, source, target, why)
        return frame if self._acceptable(frame) else None

    def _frame(self, t: Tokens, m: Trig, lo: int, hi: int, actors: FastDocumentActors) -> Frame | None:
        entry = m.entry
        if m.context == "patient":
            return self._patient_frame(t, m, hi, actors)
        anchor = m.light if m.context == "light" and m.light is not None else m.words[0]
        end = max(m.words)
        passive = not m.noun and _passive(t, m.head, lo)
        left = _clause_start(t, anchor, lo)
        right = _clause_end(t, end, hi)
        if passive:
            source = _by_agent(t, end, right, actors)
            target = _source(t, anchor, left, actors, self.verb_words)
            implied = IMPLIED_AUTHORS.get(t.lemma[m.head]) if source is None and target is not None else None
            if implied is not None:  # "was indicted": by prosecutors; "was arrested": by police
                source = implied_actor(implied, None, t.start[m.head], implied)
        elif m.context == "light" and m.light is not None and m.light > m.head:  # "sanctions were imposed"
            source = _by_agent(t, m.light, right, actors)
            target = None
        else:
            source = _source(t, anchor, left, actors, self.verb_words)
            if source is None and m.context in ("own", "impact", "light"):
                source = _owner_actor(t, m.words[0], actors)
            target = None
        if entry.patient and source is None:  # "the indictment was announced": who it befalls
            return self._patient_frame(t, m, hi, actors)
        if m.context == "light" and m.light is not None and m.light > end:  # "was imposed on X by Y"
            end = m.light
        obj_lo, obj_hi = _object_span(t, end, right)
        if target is None:
            target = self._target(t, m, end, right, actors, obj_hi)
        comp, comp_at = _complement(t, end + 1, right) if entry.absorbs else (None, -1)
        if entry.require_threat_complement and not self._is_threat(t, comp, comp_at, obj_lo, obj_hi, right):
            return None
        if not m.noun and t.lemma[m.head] in entry.no_infinitive and obj_hi + 1 < right and \
                t.lower[obj_hi] == "to":
            return None  # "called Israel to allow aid" asks it, it is no phone call
        if entry.suffered:
            return None  # the author after "from" needs the parse
        obj_words = _words(t, obj_lo, obj_hi)
        if obj_hi < right and t.lower[obj_hi] == "with":  # "provided Ukraine with non-lethal aid"
            obj_words |= _words(t, obj_hi + 1, _object_span(t, obj_hi, right)[1])
        if m.noun:
            obj_words |= _words(t, m.words[0], m.head + 1)
        elif not passive and source is not None and obj_lo == obj_hi:  # "…, which she denies": its object
            k = bisect_left(t.start, source.start) - 1
            if k >= lo and t.lower[k] in ("which", "that"):
                obj_words.add(t.lower[k])
        if entry.predicate is not None and not m.noun and not self._predicate_holds(t, entry, target, right):
            return None
        if entry.need_obj is not None and obj_words.isdisjoint(self._members(entry.need_obj)):
            return None
        if entry.need_clause and (end + 1 >= right or t.lower[end + 1] != "that"):
            return None  # "fears that cuts will cost lives", not "fears for his life"
        clause = {*t.lower[left:right], *t.lemma[left:right]}
        if entry.need_any is not None and clause.isdisjoint(self._members(entry.need_any)):
            return None  # "cited the facility for violating the law": a citation only with a violation
        if entry.unless and not clause.isdisjoint(self._members(entry.unless)):
            return None  # "declined to comment for this story": the press's question, another sense
        if not m.noun and t.lemma[m.head] in entry.intransitive and obj_lo < obj_hi and \
                t.lower[obj_lo] not in PREPOSITIONS:
            return None  # "demonstrated that our election systems …": shows, no protest
        fights_a_thing = obj_lo < obj_hi and t.lower[obj_lo] not in PREPOSITIONS and \
            obj_words.isdisjoint(self._members(VIOLENCE_OR_FORCE))
        if entry.id == "fight" and target is None and not passive and fights_a_thing:
            return None  # "fighting inflation": the object is no adversary
        if entry.id == "fight" and target is None and not passive and obj_lo < obj_hi and \
                t.lower[obj_lo] == "for" and (source is None or source.sector not in COMBATANT_SECTORS):
            return None  # "the mayor is fighting for affordable housing": a cause, not an adversary
        that_clause = comp_at > 0 and t.lower[comp_at - 1] != "to"
        if target is None and entry.absorbs and comp_at >= 0 and self.cameo.root(entry.code) in (
                THAT_ROOTS if that_clause else ADDRESSED_ROOTS):
            target = _complement_target(t, end + 1, comp_at, right, source, actors)
        if source is not None and target is not None and (
                one_actor(source, target) or _visit_at_home(self.cameo, entry.code, source, target)):
            target = None  # an actor is not its own target
        if not self._may_code(t, m, source, target, lo, hi, actors):
            return None
        ctx = Context(obj=obj_words, lemma={t.lemma[w] for w in m.words} | {_join(t, m.words)})
        if comp is not None:
            ctx.comp = {t.lemma[comp_at]} | ({f"{t.lemma[comp_at]} {t.lower[comp_at + 1]}"}
                                             if comp_at + 1 < right else set())
            c_lo, c_hi = _object_span(t, comp_at, right)
            ctx.comp_obj = _words(t, c_lo, c_hi)
        ctx.any = self._clause_words(t, left, right)
        ctx.subj = _words(t, _mention_start(source, t, actors), anchor) if source is not None else set()
        ctx.prep = {t.lower[k] for k in range(end + 1, min(right, end + WINDOW))
                    if t.lower[k] in PREPOSITIONS}
        ctx.source_sector = {source.sector or ""} if source is not None else {""}
        code, why = self._refine(entry, ctx)
        frame = Frame(m, code, source, target, why, passive)
        frame.reciprocal = target is None and source is not None and \
            self.cameo.root(code) in RECIPROCAL_ROOTS and code not in ONE_WAY and \
            len(_coordinated(t, source, actors, lo, hi)) >= 2
        if not self._acceptable(frame):
            return None
        if entry.absorbs and (comp is not None or target is not None):
            frame.absorbs_to = right
        elif self.cameo.root(code) in VERBAL_ROOTS:  # "praised Cuba's decision to release …"
            frame.absorbs_to = self._object_end(t, end, right)
        return frame

    def _patient_frame(self, t: Tokens, m: Trig, hi: int, actors: FastDocumentActors) -> Frame | None:
        """A judicial act befalling the actor before it or after its preposition, done by an implied court
        or prosecutor unless that actor is the court ("the court's ruling against Trump")."""
        entry, source, target = m.entry, None, None
        owner = _owner_actor(t, m.words[0], actors)
        if owner is not None and (owner.sector or "") == entry.patient:
            source = owner
        elif owner is not None:
            target = owner
        right = _clause_end(t, m.head, hi)
        k = m.head + 1
        while target is None and k < min(right, m.head + 4):
            if t.lower[k] in entry.targets:
                target = _actor_at(t, k + 1, right, actors, skip_det=True)
            k += 1
        if target is None or target.rule in ("place:country", "modifier:country"):
            return None
        if source is None:
            s = t.start[m.head]
            source = Actor(text=t.words[m.head], code=entry.patient, country=None, sector=entry.patient,
                           start=s, end=s + len(t.words[m.head]), rule=f"implied:{entry.patient}")
        frame = Frame(m, entry.code, source, target, "")
        return frame if self._acceptable(frame) else None

    def _predicate_holds(self, t: Tokens, entry: Entry, target: Actor | None, right: int) -> bool:
        """An entry with an object predicate ("called Smith a liar") needs one of its classes there; one that
        refuses any ("called Smith" is a call) needs none."""
        k = bisect_left(t.start, target.end) if target is not None else right
        named = k < right and (t.lower[k] in ("a", "an") or t.lower[k] in QUOTES)
        if not entry.predicate:
            return not named
        said = _words(t, k, min(right, k + 6))
        if entry.code[:2] == "05" and not said.isdisjoint(self._members(BLAMING)):
            return False  # a naming with blame in it praises no one ("called the verdict a travesty")
        return named and not said.isdisjoint(self._members(entry.predicate))

    def _may_code(self, t: Tokens, m: Trig, source: Actor | None, target: Actor | None, lo: int, hi: int,
                  actors: FastDocumentActors) -> bool:
        """The roles an entry requires are there (checked before the costlier refinement)."""
        req = m.entry.require
        if source is None and ("source" in req or target is None):
            return False
        if "target" not in req or target is not None:
            return True
        return self.cameo.root(m.entry.code) in RECIPROCAL_ROOTS and \
            len(_coordinated(t, source, actors, lo, hi)) >= 2

    def _clause_words(self, t: Tokens, left: int, right: int) -> set[str]:
        if self._clause_tokens is not t or self._clause_key != (left, right):  # one clause, several triggers
            self._clause_tokens, self._clause_key = t, (left, right)
            self._clause_set = _words(t, left, right)
        return self._clause_set

    def _object_end(self, t: Tokens, end: int, right: int) -> int:
        """Last token of what a statement is about: to the clause end or a coordinated verb."""
        for k in range(end + 1, right - 1):
            if t.lower[k] in ("and", "but", ",") and t.lower[k + 1] in self.verb_words:
                return k
        return right

    def _target(self, t: Tokens, m: Trig, end: int, right: int, actors: FastDocumentActors,
                obj_hi: int) -> Actor | None:
        """The dobj actor right after the trigger, else the actor after a target preposition."""
        entry = m.entry
        if not m.noun and "dobj" in entry.targets:
            a = _actor_at(t, end + 1, right, actors, skip_det=True)
            if a is not None and (self.cameo.root(entry.code) != "04" or a.rule != "place:country"):
                return a
        if not m.noun and "dative" in entry.targets:
            a = _actor_at(t, end + 1, right, actors, skip_det=True)
            if a is not None:
                return a
        preps = set(entry.targets) - {"dobj", "dative"} | ({"to"} if "dative" in entry.targets else set())
        starts = [end + 1]
        if m.context == "light" and m.light is not None and m.light < m.head:
            starts.append(m.head + 1)
        for k in range(end + 1, min(right, end + 12)):
            w = t.lower[k]
            if w in preps:
                a = _actor_at(t, k + 1, right, actors, skip_det=True)
                if a is not None:
                    return a
            if w in TARGET_SCAN_STOPS or (w in self.verb_words and _verb_form_only(w) and k > end + 1):
                break
        if m.context == "impact" and m.light is not None:
            return _actor_at(t, m.light + 1, right, actors, skip_det=True)
        return None

    def _is_threat(self, t: Tokens, comp: str | None, comp_at: int, obj_lo: int, obj_hi: int,
                   right: int) -> bool:
        if comp is not None and comp_at > 0 and t.lower[comp_at - 1] == "to":
            return True
        if comp is not None and any(t.lower[k] in ("will", "would", "could", "'ll", "might")
                                    for k in range(obj_lo, comp_at)):
            return True
        words = _words(t, obj_lo, obj_hi)
        return not words.isdisjoint(self._members(frozenset({"violence", "sanctions"})))

    def _refine(self, entry: Entry, ctx: Context) -> tuple[str, str]:
        return refine(entry, lambda key, names: self._holds(ctx, key, names))

    def _holds(self, ctx: Context, key: str, names: frozenset[str]) -> bool:
        words: set[str] = getattr(ctx, key)
        if key == "source_sector":
            return bool(words & names)
        return not words.isdisjoint(self._members(names))

    def _members(self, names: frozenset[str]) -> frozenset[str]:
        """Every word ``lex.in_class`` accepts for ``names`` (cached)."""
        got = self._class_cache.get(names)
        if got is None:
            got = frozenset().union(*(self.lex.classes.get(n, frozenset({n})) for n in names))
            self._class_cache[names] = got
        return got

    def _acceptable(self, f: Frame) -> bool:
        if f.source is not None and f.source.rule == "place:country":
            return False
        return f.trig.entry.accepts(bool(f.refined), f.source, f.target, f.reciprocal) and \
            self.cameo.is_code(f.code)

    def _expand(self, t: Tokens, frames: list[Frame], actors: FastDocumentActors, lo: int,
                hi: int) -> list[Frame]:
        """"X and Y attacked Z": one frame per coordinated source (and target); reciprocal verbs with
        two sources and no target make each the other's target."""
        out: list[Frame] = []
        for f in frames:
            sources = _coordinated(t, f.source, actors, lo, hi) if f.source else [None]
            targets = _coordinated(t, f.target, actors, lo, hi) if f.target else [None]
            if f.target is None and len(sources) >= 2 and \
                    self.cameo.root(f.code) in RECIPROCAL_ROOTS and f.code not in ONE_WAY and \
                    len({s.code for s in sources}) == len(sources):
                pairs = [(s, o) for s in sources for o in sources if o is not s]
            else:
                pairs = [(s, o) for s in sources for o in targets]
            for s, o in pairs:
                if s is not None and o is not None and one_actor(s, o):
                    continue
                out.append(Frame(f.trig, f.code, s, o, f.refined, f.passive, f.reporter, f.absorbs_to,
                                 f.reciprocal))
        return out

    def _dedupe(self, frames: list[Frame]) -> list[Frame]:
        def clause(f: Frame) -> int:
            return f.trig.light if f.trig.context == "light" and f.trig.light is not None else f.trig.head

        kept = best_readings(frames, clause, lambda f: (len(f.code), f.target is not None), self.cameo.root)
        return sorted(kept, key=lambda f: f.trig.head)

    # ---- events -------------------------------------------------------------------------------
    def _event(self, t: Tokens, f: Frame, si: int, sent, document: Document,
               dates: list[DateMention], actors: FastDocumentActors) -> Event:
        m = f.trig
        value, reason, reporter = modality(t, f, actors)
        settled = settle(self.lex, f.code, f.refined, value, reporter, f.source,
                         lambda: reporter is not None and mod.unverified_in(sent.text, sent.following))
        start, end = t.start[min(m.words)], t.end(max(m.words))
        date, date_text = _date(start, sent, document, dates)
        rule = "fast:" + m.entry.rule + (f"[{settled.refined}]" if settled.refined else "") + f"/{m.context}"
        return make_event(
            document, self.cameo, sentence_index=si, sentence=sent.text.rstrip(), code=settled.code,
            source=f.source, target=f.target, trigger=(start, end), settled=settled, reason=reason,
            date=date, date_text=date_text,
            confidence=0.0, rule=rule)  # (set for the document's events together: ConfidenceModel)


# ---- lexicon index ------------------------------------------------------------------------------
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


# ---- reading the clause --------------------------------------------------------------------------
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


def _actor_at(t: Tokens, j: int, right: int, actors: FastDocumentActors, skip_det: bool) -> Actor | None:
    """The actor (or place, as its country) starting at ``j`` after at most a few determiners and
    modifiers ("the rebel-held town of …" stops at the town, "rebel positions" is the rebels)."""
    k = j
    while skip_det and k < right and k - j < 4 and actors.at[k] is None and (
            t.lower[k] in DETERMINERS or t.lower[k] in ("'s", "-") or t.lower[k].isdigit()
            or t.lower[k] in QUANTITY_NOUNS
            or (t.lower[k] == "of" and k > j and t.lower[k - 1] in QUANTITY_NOUNS)
            or (_modifier_word(t, k) and t.words[k][:1].islower())):
        k += 1
    if k >= right:
        return None
    m = actors.at[k]
    if m is None:
        return None
    return _as_actor(t, m, actors)


def _as_actor(t: Tokens, m: Mention, actors: FastDocumentActors) -> Actor | None:
    if m.kind == "modifier" and m.actor is not None:  # "rebel positions", but not "military aid"
        return m.actor if m.end < len(t) and t.lemma[m.end] in OBJECTIVE_NOUNS else None
    if m.actor is not None:
        return m.actor
    if m.kind == "modifier" and m.end < len(t):
        noun = t.lemma[m.end]
        if noun in OBJECTIVE_NOUNS:  # "Russian positions" → RUSMIL
            sector = "MIL" if noun in MILITARY_OBJECTIVES else None
            s, e = t.start[m.start], t.end(m.end)
            return Actor(text=t.text[s:e], code=(m.country or "") + (sector or ""), country=m.country,
                         sector=sector, start=s, end=e,
                         rule="objective:military" if sector else "place:country")
        return None
    if m.kind == "place" and m.country:
        s, e = t.start[m.start], t.end(m.end - 1)
        return Actor(text=t.text[s:e], code=m.country, country=m.country, sector=None, start=s, end=e,
                     rule="place:country")
    return None


def _source(t: Tokens, i: int, left: int, actors: FastDocumentActors,
            verbs: frozenset[str] = frozenset()) -> Actor | None:
    """Nearest actor left of ``i`` that is not the object of a preposition or of a verb in ``verbs``."""
    j = i - 1
    while j >= left:
        m = actors.at[j]
        if m is not None:
            if m.actor is not None and not _is_object(t, m.start, left, verbs, actors):
                return m.actor
            j = m.start - 1
            continue
        if t.lower[j] in SUBJECT_PRONOUNS and (j == i - 1 or t.lower[j + 1] in VERB_MARKERS | ADVERBS):
            return _pronoun_reporter(t, j, actors)
        if t.lower[j] in ("he", "she") and j + 2 >= i:
            return _coref(t, j, actors)
        j -= 1
    return None


def _is_object(t: Tokens, start: int, left: int, verbs: frozenset[str],
               actors: FastDocumentActors | None = None) -> bool:
    j = start - 1
    while j >= left and (t.lower[j] in DETERMINERS or t.lower[j] == "-" or
                         (_modifier_word(t, j) and t.lower[j] not in verbs)):
        if t.lower[j] == "-" and actors is not None and j > left and actors.at[j - 1] is not None:
            j = actors.at[j - 1].start  # "to the U.S.-Mexico border"
        j -= 1
    if j < left:
        return False
    w = t.lower[j]
    return (w in PREPOSITIONS and w != "of") or (w in verbs and w not in REPORTING)


def _pronoun_reporter(t: Tokens, j: int, actors: FastDocumentActors) -> Actor | None:
    """"Israel said it struck …": the subject pronoun after a reporting verb is the reporter."""
    k = j - 1
    if k >= 0 and t.lower[k] == "that":
        k -= 1
    if k < 0 or t.lower[k] not in REPORTING:
        return None
    s = k - 1
    while s >= 0 and t.sent[s] == t.sent[j] and actors.at[s] is None and k - s <= 3:
        s -= 1
    m = actors.at[s] if s >= 0 and t.sent[s] == t.sent[j] else None
    return m.actor if m is not None else None


def _coref(t: Tokens, j: int, actors: FastDocumentActors) -> Actor | None:
    """he/she → the last person of this or the two sentences before."""
    best = None
    for m in actors.spans:
        if m.start >= j:
            break
        if m.actor is not None and m.actor.person and 0 <= t.sent[j] - t.sent[m.start] <= 2 and \
                not _modifies_noun(t, m.end):
            best = m.actor
    if best is None:
        return None
    return Actor(text=t.words[j], code=best.code, country=best.country, sector=best.sector,
                 start=t.start[j], end=t.end(j), rule="coref:pronoun", person=best.person)


def _modifies_noun(t: Tokens, k: int) -> bool:
    """The name ending before token ``k`` is a possessor or modifier ("Trump's agenda", "Trump donors")."""
    if k >= len(t):
        return False
    w = t.words[k]
    return t.lower[k] == "'s" or (w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss")
                                  and t.lower[k] not in REPORTING and t.lower[k] not in BE_FORMS
                                  and t.lower[k] not in VERB_MARKERS)


def _by_agent(t: Tokens, i: int, right: int, actors: FastDocumentActors) -> Actor | None:
    for k in range(i + 1, min(right, i + WINDOW)):
        if t.lower[k] == "by":
            return _actor_at(t, k + 1, right, actors, skip_det=True)
    return None


def _owner_before(t: Tokens, i: int, actors: FastDocumentActors) -> Mention | None:
    """An actor or demonym right before a noun phrase ("Russian airstrikes", "Israel's offensive")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and actors.at[j] is None and t.lower[j] not in PREPOSITIONS and \
            (t.lower[j] == "'s" or _modifier_word(t, j)) and t.sent[j] == t.sent[i]:
        j -= 1
    if j < 0 or t.sent[j] != t.sent[i]:
        return None
    m = actors.at[j]
    if m is None or (m.actor is None and m.kind != "modifier"):
        return None
    return m


def _owner_actor(t: Tokens, i: int, actors: FastDocumentActors) -> Actor | None:
    m = _owner_before(t, i, actors)
    if m is None:
        return None
    if m.actor is not None:
        return m.actor
    s, e = t.start[m.start], t.end(m.end - 1)
    return Actor(text=t.text[s:e], code=m.country or "", country=m.country, sector=None, start=s, end=e,
                 rule="modifier:country")


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


def _complement_target(t: Tokens, lo: int, comp_at: int, right: int, source: Actor | None,
                       actors: FastDocumentActors) -> Actor | None:
    """"demanded that Russia halt …": the complement's subject (not the source's own country)."""
    first = max(lo, comp_at - 6)
    for k in range(comp_at - 1, max(lo, comp_at - 12) - 1, -1):
        if t.lower[k] == "that":  # "warned that Western intervention in Ukraine could …": right after "that"
            first = k + 1
            break
    for k in range(first, comp_at):
        m = actors.at[k]
        if m is not None and m.actor is not None and t.sent[k] == t.sent[comp_at]:
            if source is not None and m.actor.country and m.actor.country == source.country:
                continue
            return m.actor
    a = _actor_at(t, comp_at + 1, right, actors, skip_det=True)  # "threatened to attack Israel"
    if a is not None:
        return a
    c_lo, c_hi = _object_span(t, comp_at, right)
    for k in range(c_lo, min(right, c_hi + 3)):
        if t.lower[k] in ("with", "against", "on", "to", "from", "between"):
            a = _actor_at(t, k + 1, right, actors, skip_det=True)
            if a is not None:
                return a
    return None


def _coordinated(t: Tokens, a: Actor, actors: FastDocumentActors, lo: int, hi: int) -> list[Actor]:
    """``a`` and the actors joined to it by "and" / "," ("Russia and Syria", "France, Britain and …")."""
    out = [a]
    m = next((x for x in actors.spans if x.actor is a), None)
    if m is None:
        return out
    k = m.end
    listed = 0  # actors joined by "and" so far (a list's commas count only before its "and")
    while k + 1 < hi and t.lower[k] in (",", "and") and actors.at[k + 1] is not None and \
            actors.at[k + 1].actor is not None:
        nxt = actors.at[k + 1]
        out.append(nxt.actor)
        if t.lower[k] == "and":
            listed = len(out)
        k = nxt.end
    del out[max(listed, 1):]  # "attacked France, Britain said": no list without "and"
    k = m.start - 1
    joined = t.lower[m.end] == "and" if m.end < hi else False  # "France, Britain and Italy"
    while k - 1 >= lo and (t.lower[k] == "and" or (t.lower[k] == "," and joined)) and \
            actors.at[k - 1] is not None and actors.at[k - 1].actor is not None:
        joined = joined or t.lower[k] == "and"
        prev = actors.at[k - 1]
        out.insert(0, prev.actor)
        k = prev.start - 1
    return out


def _speaker(t: Tokens, i: int, lo: int, actors: FastDocumentActors) -> Actor | None:
    """The actor right before a speech verb ("the ministry said", "Putin has also said", "he says"); not
    one further away ("the Department of Justice complaint says" is the complaint's)."""
    j = i - 1
    while j >= lo and (t.lower[j] in ADVERBS or t.lower[j] in VERB_MARKERS) and t.lower[j] != "to":
        j -= 1
    if j - 2 >= lo and t.lower[j] == "," and t.lower[j - 2] == "," and (
            t.words[j - 1].isdigit() or (t.words[j - 1].isalpha() and t.words[j - 1].islower())):
        j -= 3  # "Holden, meanwhile, has claimed", "Mr. Trump, 77, said"
    if j > lo and t.lower[j] == "who":  # "US officials who suggested …"
        j -= 1 + (t.lower[j - 1] == ",")
    if j < lo:
        return None
    m = actors.at[j]
    if m is not None:
        return _as_actor(t, m, actors) if m.kind == "actor" else None
    if t.lower[j] in ("he", "she"):
        return _coref(t, j, actors)
    return None


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


def _visit_at_home(cameo: CameoTable, code: str, source: Actor | None, target: Actor | None) -> bool:
    """A visit to a place of the visitor's own country has no host ("will visit the US-Mexico border")."""
    return source is not None and target is not None and not target.sector and cameo.root(code) == "04" \
        and target.country is not None and target.country == source.country


def _speaker_above(t: Tokens, i: int, lo: int, source: Actor | None,
                   actors: FastDocumentActors) -> Actor | None:
    """Who said what is denied: "Barger said Holden has Trump donors, which he denies" → Barger."""
    for k in range(i - 1, lo, -1):
        if t.lower[k] in REPORTING or t.lemma[k] in ALLEGING:
            a = _speaker(t, k, lo, actors)
            if a is not None and (source is None or not same_party(a, source)):
                return replace(a, rule=f"{a.rule}+coref:accuser")
            return None
    return None


def _content_actors(t: Tokens, lo: int, hi: int, actors: FastDocumentActors):
    """(actor, first token, last token) of the actors a statement's content names, in order ("he"/"him"
    included)."""
    k = lo
    while k < hi:
        m = actors.at[k]
        if m is not None:
            yield _as_actor(t, m, actors), k, m.end - 1
            k = m.end
            continue
        if t.lower[k] in ("he", "she", "him", "her"):
            yield _coref(t, k, actors), k, k
        k += 1


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


def _mention_start(a: Actor, t: Tokens, actors: FastDocumentActors) -> int:
    for m in actors.spans:
        if m.actor is a:
            return m.start
    return 0


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


# ---- modality ----------------------------------------------------------------------------------
def modality(t: Tokens, f: Frame, actors: FastDocumentActors) -> tuple[str, str, Actor | None]:
    """(value, reason, reporter) from cue words before the trigger in its sentence."""
    m = f.trig
    anchor = m.light if m.context == "light" and m.light is not None and m.light < m.head else min(m.words)
    s = t.sent[anchor]
    lo = anchor
    while lo > 0 and t.sent[lo - 1] == s:
        lo -= 1
    near = [t.lower[k] for k in range(max(lo, anchor - 3), anchor)]
    before = [t.lower[k] for k in range(lo, anchor)]
    value, reason = mod.ASSERTED, "asserted"
    if m.entry.modality == mod.THREAT:
        value, reason = mod.THREAT, "threat verb"
    elif any(w in mod.NEGATORS for w in near):
        value, reason = mod.NEGATED, "negation before trigger"
    elif len(near) >= 2 and near[-1] == "to" and near[-2] in FAILURE_FORMS:
        value, reason = mod.NEGATED, f"not done ('{near[-2]}')"  # "failed to offer"
    elif any(w in mod.CONDITIONAL_MARKS for w in before[-12:]):
        value, reason = mod.HYPOTHETICAL, "conditional clause"
    elif any(w in mod.HYPOTHETICAL_AUX for w in near):
        value, reason = mod.HYPOTHETICAL, f"modal '{next(w for w in near if w in mod.HYPOTHETICAL_AUX)}'"
    elif any(w in mod.FUTURE_AUX for w in near) or (len(near) >= 2 and near[-1] == "to" and
                                                     near[-2] in INTENT_FORMS):
        value, reason = mod.FUTURE, "future or intended"
    elif any(w in DENY_FORMS for w in before):
        value, reason = mod.NEGATED, "denied"
    elif any(w in CLAIM_FORMS for w in before) or any(w in mod.HEDGES for w in near):
        value, reason = mod.CLAIMED, "claimed"
    return value, reason, _reporter(t, anchor, lo, actors)


def _reporter(t: Tokens, anchor: int, lo: int, actors: FastDocumentActors) -> Actor | None:
    """The actor of a reporting verb left of the trigger ("A said …"), or after the clause
    ("…, A said", "…, said A"), or of "according to A"."""
    s = t.sent[anchor]
    hi = anchor
    while hi < len(t) and t.sent[hi] == s:
        hi += 1
    for k in range(lo, hi):
        w = t.lower[k]
        if w == "according" and k + 1 < hi and t.lower[k + 1] == "to":
            a = _actor_at(t, k + 2, hi, actors, skip_det=True)
            if a is not None:
                return a
        if w not in REPORTING or k == anchor:
            continue
        if k < anchor or (k > anchor and t.lower[k - 1] != ","):
            left = k - 1
            while left >= lo and actors.at[left] is None and k - left <= 3:
                left -= 1
            if left >= lo and actors.at[left] is not None and actors.at[left].actor is not None:
                return actors.at[left].actor
        a = _actor_at(t, k + 1, hi, actors, skip_det=True)
        if a is not None and k > anchor:
            return a
    return None


def _date(start: int, sent, document: Document,
          dates: list[DateMention]) -> tuple[dt.date | None, str | None]:
    in_sent = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.date is not None]
    if in_sent:
        best = min(in_sent, key=lambda d: abs(d.start - start))
        return best.date, best.text
    return document.published, None


# ---- one document -------------------------------------------------------------------------------
def code_document(spacy_doc, document: Document, resolver, coder: FastEventCoder,
                  enrich: bool = True) -> CodedDocument:
    """Fast mode's whole stage for one Doc of the fast pipeline: actors, dates, events, and the
    lexicon-based enrichment (tone, themes). Quotes, counts, entities and places need the parse or
    NER and are left empty."""
    from tacitus.enrich.dates import find_dates
    from tacitus.events.fast_enrich import fast_themes, fast_tone
    from tacitus.model import Sentence

    tokens = Tokens.from_doc(spacy_doc)
    document.sentences = [Sentence(k, tokens.start[a], tokens.end(b - 1))
                          for k, (a, b) in enumerate(tokens.bounds())]
    acts = resolver.resolve(tokens, published=document.published)
    dates = find_dates(_TextOnly(tokens.text), document.published)  # no NER: the regex scan alone
    events = coder.code(tokens, document, acts, dates)
    coded = CodedDocument(document=document, events=events, actors=list(acts.mentions), dates=dates)
    if enrich:
        coded.tone = fast_tone(tokens)
        coded.themes = fast_themes(tokens)
    return coded


@dataclass(slots=True)
class _TextOnly:
    """What ``find_dates`` reads of a Doc, without NER entities."""

    text: str
    ents: tuple = ()


def load_fast(options) -> tuple:
    """(nlp, actor resolver, event coder) of the fast mode for ``CodingOptions`` ``options``.

    What documents would otherwise load on first use is loaded here, before ``--processes`` forks its
    workers: the world-cities place index and lingua's models (else every worker loads its own copy), and
    everything loaded is then moved out of the garbage collector's reach (:func:`gc.freeze`): the
    collector no longer walks the lexicons on every full collection (a tenth of the coding time), nor
    writes to their pages in forked workers (which would copy them).
    """
    import gc

    from tacitus.actors import ActorResolver
    from tacitus.events.fast_actors import FastActorResolver
    from tacitus.events.fast_text import fast_pipeline
    from tacitus.nlp.language import get_detector

    resolver = (ActorResolver.from_files(options.actor_lexicons) if options.actor_lexicons
                else ActorResolver.default())
    lexicon = EventLexicon.from_dir(options.event_lexicon_dir) if options.event_lexicon_dir else None
    coder = FastEventCoder(lexicon, one_party=options.one_party)
    actors = FastActorResolver.from_resolver(resolver, coder.verb_words)
    nlp = fast_pipeline(fast_lemmas(coder))
    resolver.places.lookup("")  # the cities of the place index: loaded on the first unknown name
    get_detector().detect_language_of("Loaded now, not in each worker.")  # lingua loads its models lazily
    if gc.get_freeze_count():  # a coder was loaded before: what of it is garbage now is freed, not frozen
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    return nlp, actors, coder


def fast_lemmas(coder: FastEventCoder) -> dict[str, str]:
    """The lemma table of the fast tokenizer: event lexicons and classes, tone and theme words."""
    from tacitus.enrich.themes import default_tagger
    from tacitus.enrich.tone import tone_lexicon

    words = {w for ws in tone_lexicon().values() for w in ws}
    words |= {w for entries in default_tagger().index.values() for ws, _, _ in entries for w in ws}
    table = lemma_table(sorted(words), sorted(words))
    table.update(coder.lemmas())
    return table


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
