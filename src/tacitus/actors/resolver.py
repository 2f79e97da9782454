"""Noun phrases -> CAMEO-style actor codes, over a parsed spaCy ``Doc`` of a whole article.

``ActorResolver`` holds the lexicons and the phrase matcher (built once per vocab);
``resolve(doc)`` walks the noun-phrase heads in text order (so people and groups can carry their
codes forward) and returns a ``DocumentActors`` with O(1) look-ups by token.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import LOWER, POS
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import ADJ, NOUN, PRON, PROPN, X
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tacitus.actors.codes import make_code, split_code
from tacitus.actors.lexicon import PROPER_KINDS, Entry, Lexicon, entry_country_sector, pick_role
from tacitus.actors.places import (
    PlaceIndex,
    outlet_country,
    region_country,
    subdivision_country,
    subdivisions_named,
    town_countries,
)
from tacitus.enrich.quote_marks import FIRST_PERSON
from tacitus.model.records import Actor
from tacitus.nlp.doctext import doc_text
from tacitus.nlp.names import LANGUAGE_NOUNS
from tacitus.yamlio import data_text, data_yaml

#: dependency labels of tokens that modify a noun inside its phrase (not phrase heads)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nummod", "det", "case", "punct"})
#: a left modifier reached through one of these lemmas does not give the head its country ("US-backed")
BLOCKING_LEMMAS = frozenset(
    {
        "back",
        "support",
        "sponsor",
        "arm",
        "train",
        "fund",
        "hold",
        "control",
        "occupy",
        "ally",
        "allied",
        "align",
        "aligned",
        "inspire",
        "link",
        "affiliate",
        "base",
    }
)
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "into",
        "to",
        "from",
        "toward",
        "towards",
        "on",
        "over",
    }
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
#: pronouns that, inside a direct quote, stand for its speaker ("“We will not back down,” the minister said")
QUOTE_MARKS = frozenset('"“”«»„')
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: weak titles that stand for people even with nothing else in the phrase (lawyers, founders, executives)
PERSON_ROLES = frozenset({"CVL", "BUS"})
#: office holders who become elites (ELI) when "former"
FORMER_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: prefixes the tokenizer splits off a hyphenated role noun ("co-founders", "vice-chairman")
HYPHEN_PREFIXES = frozenset({"co", "vice", "deputy", "acting"})
ENT_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: parts of speech a unit without a lexicon entry needs to be resolved at all (spaCy's symbol ids)
NOMINAL_POS = frozenset({NOUN, PROPN, X, ADJ, PRON})


class _Unit:
    """A run of tokens treated as one word: a lexicon match, a named entity, or one token."""

    __slots__ = ("end", "ent", "entry", "root", "start")

    def __init__(self, start: int, end: int, entry: Entry | None, ent: str, root: Token):
        self.start, self.end, self.entry, self.ent, self.root = start, end, entry, ent, root


class DocumentActors:
    """Actor mentions of one document, with look-ups by spaCy token."""

    def __init__(self, doc: Doc, resolver: ActorResolver, published: dt.date | None):
        self.doc = doc
        self._r = resolver
        self.published = published
        self._units: list[_Unit] = []
        self._unit_of: list[int] = []
        self._actor: dict[int, Actor | None] = {}  # unit index -> actor
        self.mentions: list[Actor] = []
        self.surnames: set[int] = set()  # tokens of countries' names that are people's ("Brown and Jordan")
        self.quote_spans: list[tuple[int, int]] | None = None  # direct quotes' character spans, when asked

    # ------------------------------------------------------------------ public
    def for_token(self, token: Token) -> Actor | None:
        """The actor of the noun phrase headed by ``token`` (or containing it as a modifier)."""
        doc = token.doc
        if token.lower_ in HYPHEN_PREFIXES and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and \
                not token.whitespace_ and doc[token.i + 2].pos_ == "NOUN":
            token = doc[token.i + 2]  # "the co-founders sued him": split by the tokenizer, parsed at "co"
        u = self._unit_of[token.i]
        seen = 0
        while seen < 8:
            seen += 1
            a = self._actor.get(u)
            if a is not None:
                return a
            root = self._units[u].root
            if root.dep_ in ("compound", "flat", "nmod", "amod") and root.head != root:
                nu = self._unit_of[root.head.i]
                if nu == u:
                    break
                u = nu
                continue
            break
        return self._collective(token)

    def _collective(self, token: Token) -> Actor | None:
        """"the NATO alliance", "the Hamas leadership": the body named before a collective head."""
        root = self._units[self._unit_of[token.i]].root
        before = root.doc[root.i - 1] if root.i > 0 else None
        two = f"{before.lower_} {root.lemma_.lower()}" if before is not None and before.head == root else ""
        # ("EU member states": the two words of "member state")
        if root.lemma_.lower() not in self._r.lex.collective and two not in self._r.lex.collective:
            return None
        for child in sorted(root.subtree, key=lambda t: -t.i):  # ("EU member states": EU hangs on member)
            if child.i < root.i and child.dep_ in ("compound", "amod", "nmod"):
                a = self._actor.get(self._unit_of[child.i])
                if a is not None and a.rule != "coref:pronoun":
                    return a
        return self._bloc_of_members(root) if two == "member state" else None

    def _bloc_of_members(self, root: Token) -> Actor | None:
        """Bare "member states": those of the intergovernmental body named before in the sentence ("at a
        meeting of the OAS in Washington, member states agreed …"), acting as that body."""
        for t in reversed(root.doc[root.sent.start:root.i]):
            a = self._actor.get(self._unit_of[t.i])
            if a is not None and a.sector == "IGO" and a.code and a.code.startswith("IGO"):
                return replace(a, text=root.text, start=root.idx, end=root.idx + len(root),
                               rule=f"{a.rule}+members")
        return None

    def country_of_word(self, token: Token) -> str | None:
        """ISO3 named by the word (or name) at ``token`` itself, without climbing to the phrase head:
        in "Russian and Syrian aircraft", "Russian" → RUS."""
        return self._r._unit_country(self.doc, self._units[self._unit_of[token.i]], self.published)

    def origin(self, noun: Token) -> str | None:
        """The country an origin noun names ("a native of Mexico", "an Iranian national")."""
        for c in noun.children:
            of = c.dep_ == "prep" and c.lower_ in ("of", "from")
            for w in [g for g in c.children if g.dep_ == "pobj"] if of else \
                    [c] if c.dep_ in ("amod", "compound") else []:
                e = self._units[self._unit_of[w.i]].entry
                if e is not None and e.kind in ("country", "demonym", "capital"):
                    return e.code
        return None

    def origin_of(self, person: Token) -> str | None:
        """The country an apposition gives ``person`` ("Gomez, a native of Mexico": MEX)."""
        return next((c for a in person.children if a.dep_ == "appos" and a.lemma_.lower() in ORIGIN_NOUNS
                     if (c := self.origin(a))), None)

    def country_for_token(self, token: Token) -> str | None:
        """ISO3 of the country the phrase headed by ``token`` names or lies in ("Aleppo" -> SYR)."""
        if token.i in self.surnames:
            return None
        a = self.for_token(token)
        if a is not None and a.country:
            return a.country
        u = self._units[self._unit_of[token.i]]
        c = self._r._unit_country(self.doc, u, self.published)
        if c:
            return c
        # "the city of Aleppo", "northern Idlib province", "Aleppo's old city"
        tok = u.root
        cands = [t for t in tok.children if t.dep_ in ("compound", "nmod", "poss", "amod")]
        cands += [
            g
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        for t in cands:
            c = self._r._unit_country(self.doc, self._units[self._unit_of[t.i]], self.published)
            if c:
                return c
        return None


class ActorResolver:
    """Resolves noun phrases to actor codes with the packaged lexicons (plus optional user lexicons)."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.places = PlaceIndex(lexicon)
        self._matchers: dict[int, tuple[PhraseMatcher, list[Entry]]] = {}

    @classmethod
    def default(cls, phoenix: bool | None = None) -> ActorResolver:
        """The shared resolver over our lexicons (``phoenix``: with the Phoenix layer underneath; None = on
        unless ``$TACITUS_PHOENIX_ACTORS=0``)."""
        global _DEFAULT
        if phoenix is not None and phoenix != Lexicon.phoenix_default():
            got = _OTHER_DEFAULTS.get(phoenix)
            if got is None:
                got = _OTHER_DEFAULTS[phoenix] = cls(Lexicon.load(phoenix=phoenix))
            return got
        if _DEFAULT is None:
            _DEFAULT = cls(Lexicon.load())
        return _DEFAULT

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], phoenix: bool | None = None) -> ActorResolver:
        return cls(Lexicon.load(paths, phoenix=phoenix))

    # ------------------------------------------------------------------ matching
    def _matcher(self, vocab) -> tuple[PhraseMatcher, list[Entry]]:
        key = id(vocab)
        got = self._matchers.get(key)
        if got is None:
            nlp = spacy.blank("en", vocab=vocab)
            m = PhraseMatcher(vocab, attr="LOWER")
            entries = self.lex.entries
            patterns: dict[str, list[Doc]] = {}
            for i, e in enumerate(entries):
                docs = patterns.setdefault(str(i), [])
                docs.append(nlp.make_doc(e.phrase))
                if "'" in e.phrase:  # news writes "the county attorney’s office", a typographic apostrophe
                    docs.append(nlp.make_doc(e.phrase.replace("'", "’")))
                if "." in e.phrase:  # "u.s. attorney" splits "u.s", "."; the text's "U.S. Attorney", "U.S."
                    capitalised = nlp.make_doc(" ".join(w.upper() if "." in w[:-1] else w[:1].upper() + w[1:]
                                                        for w in e.phrase.split()))
                    if len(capitalised) != len(docs[0]):
                        docs.append(capitalised)
            for k, docs in patterns.items():
                m.add(k, docs)
            got = (m, entries)
            self._matchers[key] = got
        return got

    def _units(self, doc: Doc) -> tuple[list[_Unit], list[int]]:
        m, entries = self._matcher(doc.vocab)
        spans: list[Span] = []
        for match_id, s, e in m(doc):
            entry = entries[int(doc.vocab.strings[match_id])]
            span = doc[s:e]
            if entry.case_sensitive:
                if span.text != entry.phrase:
                    continue
            elif entry.kind in PROPER_KINDS and not any(t.text[:1].isupper() for t in span):
                continue
            if entry.kind == "demonym" and ((doc[s].ent_type_ == "LANGUAGE" and
                                             not (e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN"))) or
                                            (e < len(doc) and doc[e].lower_ in LANGUAGE_NOUNS)):
                continue  # "in English", "English classes": a language ("English officials": people)
            if entry.kind == "leader" and (_other_first_name(doc, s, e, entry, self.lex) or
                                           _given_name(doc, s, e, entry) or
                                           _inside_organisation(doc, s, e, self.lex)):
                continue  # "Hunter Biden" is not Joe Biden, nor is "Trump Media" Donald Trump
            if entry.kind in ("org", "metonym") and _surname_after_given_name(doc, s, e):
                continue  # "Michael Bloomberg" is no news agency, "Gerald Ford" no carmaker
            if entry.kind in ("org", "metonym") and _initialism_of_a_device(doc, s, e):
                continue  # "CCTV cameras", "CCTV footage": closed-circuit television, not the broadcaster
            if entry.code == "WST" and e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper():
                continue  # "Western State Hospital", "Western Union": a name, not the West
            spans.append(Span(doc, s, e, label=match_id))
        base, layer = len(entries), self.lex.layer
        for s, e, k in layer.matches(doc):  # the Phoenix layer (numbered after ours; ours win ties)
            if s > 0 and doc[s - 1].lower_ == "operation":
                continue  # "Operation Falcon" is a police operation's name, not the group of that name
            spans.append(Span(doc, s, e, label=str(base + k)))
        # equal spans: the entry listed first wins (capital before place, ours before the layer), not the
        # matcher's output order, which follows hashes of the labels and moves whenever an entry is added
        spans.sort(key=lambda sp: int(doc.vocab.strings[sp.label]))
        spans = filter_spans(spans)
        units: list[_Unit] = []
        unit_of = [-1] * len(doc)
        for sp in spans:
            k = int(doc.vocab.strings[sp.label])
            entry = entries[k] if k < base else layer.entry(k - base)
            root = _span_root(sp)
            idx = len(units)
            units.append(_Unit(sp.start, sp.end, entry, sp.root.ent_type_, root))
            for i in range(sp.start, sp.end):
                unit_of[i] = idx
        for ent in doc.ents:
            if ent.label_ not in ENT_KINDS or any(unit_of[i] >= 0 for i in range(ent.start, ent.end)):
                continue
            toks = [t for t in ent if not (t.dep_ == "det" or t.dep_ == "case")]
            if not toks:
                continue
            s, e = toks[0].i, toks[-1].i + 1
            idx = len(units)
            units.append(_Unit(s, e, None, ent.label_, _span_root(doc[s:e])))
            for i in range(s, e):
                unit_of[i] = idx
        for t in doc:
            if unit_of[t.i] < 0:
                unit_of[t.i] = len(units)
                units.append(_Unit(t.i, t.i + 1, None, t.ent_type_, t))
        return units, unit_of

    # ------------------------------------------------------------------ resolving
    def resolve(self, doc: Doc, published: dt.date | None = None, url: str | None = None) -> DocumentActors:
        """The actor mentions of ``doc``; ``url`` (the page's address) tells the outlet's country, evidence of
        which of two towns of one name the story is in ("Dundalk" on an .ie site)."""
        da = DocumentActors(doc, self, published)
        units, unit_of = self._units(doc)
        _towns_of_states(doc, units, self.places, outlet_country(url))
        da.surnames |= _surnames_named_like_countries(doc, units)
        da._units, da._unit_of = units, unit_of
        sent_of = [0] * len(doc)  # a sentence's rank, for how far back a pronoun may look
        try:
            si = -1
            for s in doc.sents:  # quote fragments ("“", "No! (", "he added.") add no distance
                si += not _fragment(s) or si < 0
                for i in range(s.start, s.end):
                    sent_of[i] = si
        except ValueError:
            pass
        st = _State(published)
        # units that can be actors: a lexicon match, or a nominal, pronoun or adjective head (the others'
        # resolution ends before it reads anything: see _resolve_unit)
        order = sorted((k for k, u in enumerate(units) if u.entry is not None or u.root.pos in NOMINAL_POS),
                       key=lambda k: units[k].start)
        heads = [k for k in order if _is_head(doc, units[k])]
        head_set = set(heads)
        mods = [k for k in order if k not in head_set]
        early = {k for k in mods if _named_owner(units[k]) or (
            _named_body_modifier(units[k]) and word_entry(self.lex, units[k].root.head) is None and
            units[k].root.head.lemma_.lower() not in COUNTERPARTS)}
        for k in order:  # heads, and leaders as owners ("Trump’s verdict"): later pronouns see them
            if k in head_set or k in early:
                da._actor[k] = self._resolve_unit(da, k, st, sent_of)
        # modifiers whose phrase produced nothing can still be actors of their own ("Russia's offensive")
        for k in mods:
            if k in early:
                continue
            u = units[k]
            if u.root.pos_ == "PRON" and u.root.lower_ in POSSESSIVE_PRONOUNS and u.root.dep_ == "poss":
                # "his policies": whose; "she defended her departure": her own
                da._actor[k] = _bound_by_subject(da, u.root) or _fronted_for_subject(da, u.root, st) or \
                    self._resolve_unit(da, k, st, sent_of)
                continue
            if u.entry is None and u.root.pos_ == "PROPN" and u.root.dep_ in ("compound", "poss"):
                name = doc[u.start:u.end].text  # "the Menendez indictment": a known person as a modifier
                known = st.named(name)
                if known is not None:
                    da._actor[k] = replace(known, text=name, start=doc[u.start].idx,
                                           end=doc[u.end - 1].idx + len(doc[u.end - 1]), rule="carry:person")
                continue
            word = word_entry(self.lex, u.root) if u.root.pos_ == "NOUN" else None
            owner = u.root.dep_ == "poss" and word is not None and word.kind in ("agent", "title")
            if not owner and (u.entry is None or u.entry.kind not in ("country", "org", "metonym", "leader")):
                continue  # ("the army's offensive", "the government's handling": an owner is an actor; "an
                #          army base", "government policy" are no actors)
            if da.for_token(u.root) is not None:
                continue
            if u.root.dep_ in ("compound", "amod", "nmod", "flat", "poss") and \
                    u.root.head.lemma_.lower() in COUNTERPARTS:
                # "US allies", "Ukraine's partners", "Russia's critics": others than the country
                da._actor[k] = None
                side = _counterparts(u, self._resolve_unit(da, k, st, sent_of))
                if side is not None:  # the head noun is the actor ("allies" is the subject)
                    da._actor[da._unit_of[u.root.head.i]] = side
                continue
            if u.root.dep_ in ("compound", "amod", "nmod", "flat") and u.root.head.pos_ in ("NOUN", "PROPN"):
                # "the Russia-Turkey deal": a country as a modifier of a non-actor noun stays a mention
                pass
            da._actor[k] = self._resolve_unit(da, k, st, sent_of)
        _party_members_in_legislature(da)
        _drop_names_inside_names(da)
        _nationality_told_later(da)
        acts = [(units[k].start, a) for k, a in da._actor.items() if a is not None]
        acts.sort(key=lambda x: (x[1].start, -x[1].end))
        out: list[Actor] = []
        seen: set[tuple[int, int]] = set()
        for _, a in acts:
            if (a.start, a.end) not in seen:
                seen.add((a.start, a.end))
                out.append(a)
        # a bare country inside a larger actor phrase ("the army of Syria") is not a mention of its own
        da.mentions = [
            a
            for a in out
            if a.sector is not None
            or not any(b is not a and b.start <= a.start and a.end <= b.end for b in out)
        ]
        _quote_speakers(da)
        return da

    def _unit_country(self, doc: Doc, u: _Unit, published: dt.date | None) -> str | None:
        e = u.entry
        if e is not None:
            if e.kind in ("country", "demonym", "capital", "place"):
                return e.code
            if e.kind in ("org", "metonym", "leader"):
                c, _, _ = entry_country_sector(e, pick_role(e, published))
                return c
            return None
        if u.ent in ("GPE", "LOC", "FAC") or (u.root.pos_ == "PROPN" and u.root.text[:1].isupper() and
                                              not u.ent):  # NER's person or product "Lara" is no town
            return self.places.lookup(doc[u.start : u.end].text)
        return None

    def _person_pronoun(self, head: Token, st: _State, here: int, da: DocumentActors) -> Actor | None:
        """He / she / his / her: the latest person of that gender (when known) named within two sentences;
        a subject pronoun prefers the latest person who was a subject, within three ("Hanson suggested …
        Biden … He also pointed out": Hanson)."""
        gender = "female" if head.lower_ in ("she", "her") else "male"
        speaker = _speaker_of_object(head)  # "the victim told police a man shot him": the victim
        told = da._actor.get(da._unit_of[speaker.i]) if speaker is not None else None
        if told is not None and (told.person is None or st.genders.get(_person_key(told)) == gender) and \
                (told.sector or "")[:3] == "CVL":
            return replace(told, text=head.text, start=head.idx, end=head.idx + len(head),
                           rule="coref:speaker")
        fits = [(a, si, subj) for a, si, subj in sorted(st.people, key=lambda p: -p[0].start)
                if a.start < head.idx and st.genders.get(_person_key(a)) in (None, gender)]  # latest in text
        last = next(((a, si) for a, si, _ in fits if here - si <= 2), None)
        if head.dep_ in SUBJECT_DEPS and head.head.dep_ in ("conj", "ROOT"):
            # "Sunak recognised it had been a challenge in Beth's region, but he said …": the subject of the
            # sentence's first clause, before a later non-subject mention (not inside reported content)
            last = next(((a, si) for a, si, subj in fits if subj and si == here), last)
        if head.dep_ in SUBJECT_DEPS and (last is None or last[1] < here):
            last = next(((a, si) for a, si, subj in fits if subj and 0 < here - si <= 3), last)
        speaks = _speaks(head)
        if speaks:
            # "Dmitry Peskov says “… Weinstein is bad.” He says …": the speaker goes on, unless another person
            # was a subject since, outside quotes ("Kerry said … Lavrov disagreed. He said …": Lavrov)
            said = next(((a, si) for a, si in reversed(st.speakers) if a.start < head.idx and
                         0 <= here - si <= SPEAKER_SPAN and st.genders.get(_person_key(a)) in (None, gender)),
                        None)
            # (further than three sentences back only across a quotation that names no one else: "… he
            # added" at the end of a long quote)
            if said is not None and not any(
                    (subj or here - said[1] > 3) and said[0].start < a.start < head.idx and
                    _person_key(a) != _person_key(said[0]) and not _quoted(da, a.start)
                    for a, _si, subj in st.people) and \
                    (here - said[1] <= 3 or _quoted_since(da, said[0].end, head.idx)):
                last = (said[0], here)
        if last is None:
            # no named person: the one person the sentence or the one before describes ("A female police
            # inspector had to seek medical attention after she was assaulted")
            last = next(((a, si) for a, si, g in reversed(st.described)
                         if a.start < head.idx and 0 <= here - si <= 1 and g in (None, gender)), None)
        if last is None:
            return None
        rule = "coref:described" if last[0].person is None else "coref:pronoun"
        a = replace(last[0], text=head.text, start=head.idx, end=head.idx + len(head), rule=rule)
        st.people.append((a, here, head.dep_ in SUBJECT_DEPS))
        if speaks:
            st.speakers.append((a, here))
        return a

    def _resolve_unit(self, da: DocumentActors, k: int, st: _State, sent_of: list[int]) -> Actor | None:
        u = da._units[k]
        head = u.root
        # pronouns
        if head.pos_ == "PRON":
            low = head.lower_
            here = sent_of[head.i]
            if low in PERSON_PRONOUNS:
                return self._person_pronoun(head, st, here, da)
            reporter = _reporting_subject(head) if low != "it" or _referring_it(head) else None
            if reporter is not None:  # "key US allies announced that they were joining": the allies
                a = da._actor.get(da._unit_of[reporter.i])
                return replace(a, text=head.text, start=head.idx, end=head.idx + len(head),
                               rule="coref:reporter") if a is not None else None
            refers = low in ("they", "them", "their", "its") or (low == "it" and _referring_it(head))
            objective = low == "them" or (low == "it" and head.dep_ in ("dobj", "pobj"))
            own = next((c for c in head.head.children if c.dep_ == "nsubj"), None) \
                if head.dep_ == "dobj" else None  # "groups called it a front": not the groups
            own_actor = da._actor.get(da._unit_of[own.i]) if own is not None else None
            last = st.group_antecedent(here, head.idx, plural=low not in ("it", "its"), objective=objective,
                                       not_at=own_actor.start if own_actor is not None else None) \
                if refers else None
            if last is not None:
                return replace(last, text=head.text, start=head.idx, end=head.idx + len(head),
                               rule="coref:pronoun")
            return None
        if head.pos_ not in ("NOUN", "PROPN", "X", "ADJ") and u.entry is None:
            return None
        a = _definite_antecedent(head, st, sent_of) or _bare_plural_antecedent(head, st, sent_of)
        if a is not None:  # "the agency" after "the UN Relief and Works Agency"
            return a
        named = st.acronyms.get(da.doc[u.start:u.end].text)
        if named is not None:  # "IEA" after "the Institute for Economic Affairs (IEA)"; the story's own
            # definition before the lexicon's: "FSA" after "the Food Standards Agency (FSA)" is no rebel army
            span = da.doc[u.start:u.end]
            return replace(named, text=span.text, start=span.start_char, end=span.end_char,
                           rule=f"{named.rule}+acronym")
        np = _NP(self, da, u, st)
        a = np.build()
        if a is None or (a.rule == "agent:campaign" and a.country is None and _commercial(head)):
            return None  # "the Black Friday campaign offers 30% off": a sales campaign is no party's
        acronym = _acronym_after(da.doc, u.end)
        if acronym is not None and not a.person:
            st.acronyms.setdefault(acronym, a)
        named = da.doc.char_span(a.start, a.end, alignment_mode="expand") if not a.person and a.code else None
        initials = _initials(named) if named is not None else None
        if initials is not None:  # "Palestinian Authority officials" … "another PA official"
            st.acronyms.setdefault(initials, a)
        entry = np._entry(u)
        one = head.tag_ == "NN" and entry is not None and entry.kind in ("title", "weak")
        st.note(a, sent_of[head.i], np.sector_words, _group_role(head), one)
        if not a.person and head.tag_ == "NN" and head.lemma_.lower() in ONE_PERSON_NOUNS:
            st.described.append((a, sent_of[head.i], _described_gender(head)))
            if _speaks(head):  # "… according to the assistant district attorney. … he added"
                st.speakers.append((a, sent_of[head.i]))
        if a.person:
            st.people.append((a, sent_of[head.i], head.dep_ in SUBJECT_DEPS))
            if _speaks(head):
                st.speakers.append((a, sent_of[head.i]))
            key = _person_key(a)
            if st.genders.get(key) is None:  # "former President Trump" tells nothing; "Donald Trump" does
                st.genders[key] = _gender(da.doc, a)
        return a


_DEFAULT: ActorResolver | None = None
_OTHER_DEFAULTS: dict[bool, ActorResolver] = {}


#: heads of definite descriptions ("the agency") and the sectors of the bodies they can refer back to
ANAPHOR_SECTORS = {
    "department": ("GOV", "COP"), "ministry": ("GOV",), "agency": ("GOV", "SPY", "IGO", "NGO"),
    "administration": ("GOV",), "office": ("GOV", "JUD"), "commission": ("GOV", "IGO"),
    "council": ("GOV", "LEG", "IGO"), "committee": ("LEG",), "panel": ("LEG", "JUD"), "court": ("JUD", "IGO"),
    "tribunal": ("JUD", "IGO"), "company": ("BUS",), "firm": ("BUS",), "group": ("REB", "NGO", "OPP", "IMG"),
    "organisation": ("NGO", "IGO"), "organization": ("NGO", "IGO"), "party": ("PTY",), "militia": ("REB",),
    "union": ("LAB", "IGO"), "bloc": ("IGO",), "alliance": ("IGO",), "charity": ("NGO",), "body": (),
    "trust": (), "service": (), "foundation": ("NGO",), "institute": ("NGO", "EDU"),
    "association": ("NGO", "LAB"), "coalition": ("NGO", "OPP"), "federation": ("LAB", "NGO", "IGO"),
    "league": ("NGO",), "center": ("NGO",), "centre": ("NGO",), "authority": ("GOV",),
    "bureau": ("GOV", "SPY", "COP"), "board": ("GOV",), "caucus": ("LEG",), "network": ("MED",),
    "newspaper": ("MED",), "paper": ("MED",), "outlet": ("MED",), "university": ("EDU",), "school": ("EDU",),
    "college": ("EDU",), "hospital": ("HLH",), "campaign": ("PTY", "ELI"),
    "force": ("COP", "MIL"),  # "Greater Manchester Police … the force said"
}
#: heads that are no body with an "of" after them: "the force of the blast"
ANAPHOR_NOT_WITH_OF = frozenset({"force"})
#: how many sentences back a definite description reaches
ANAPHOR_REACH = 3


#: possessive pronouns and the subject pronouns that bind them in their own clause
BINDING = {"his": "he", "her": "she", "its": "it", "their": "they"}


#: how many sentences back a speaker goes on speaking, across a quotation
SPEAKER_SPAN = 12


def _quoted_since(da: DocumentActors, start: int, end: int) -> bool:
    """Every sentence between ``start`` and ``end`` (character offsets) opens inside a quotation or is
    one: a speaker's long quote, after which "he added" is still that speaker."""
    text = doc_text(da.doc)
    sents = [s for s in da.doc.sents if start <= s.start_char and s.end_char <= end]
    return all(_quoted(da, s.start_char + 1) or text[s.start_char:s.start_char + 1] in QUOTE_MARKS
               for s in sents)


def _bound_by_subject(da: DocumentActors, pron: Token) -> Actor | None:
    """A possessive in a clause whose subject is the matching pronoun refers to that subject: "She also
    defended her departure", "he repeated his call"."""
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ != BINDING.get(pron.lower_) or subj.i > pron.i:
        return None
    a = da._actor.get(da._unit_of[subj.i])
    if a is None:
        return None
    return replace(a, text=pron.text, start=pron.idx, end=pron.idx + len(pron), rule="coref:pronoun")


#: modifiers that may open a clause before its subject and speak of it ("During her visit to Israel, …")
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})


def _fronted_for_subject(da: DocumentActors, pron: Token, st: _State) -> Actor | None:
    """"his"/"her" in a phrase that opens the clause refers ahead to the named person who is its subject:
    "During her visit to Israel, Clinton said …", "On the margins of his official visit, President Sargsyan
    attended …" (a person of the other gender is not meant)."""
    if pron.lower_ not in ("his", "her"):
        return None
    top = pron
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    verb = top.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if top.dep_ not in FRONTED_DEPS or subj is None or subj.pos_ != "PROPN" or \
            max(t.i for t in top.subtree) >= subj.i:
        return None
    a = da._actor.get(da._unit_of[subj.i])
    if a is None or not a.person or \
            st.genders.get(_person_key(a)) not in (None, "female" if pron.lower_ == "her" else "male"):
        return None
    return replace(a, text=pron.text, start=pron.idx, end=pron.idx + len(pron), rule="coref:cataphora")


#: places whose name stands for their government when they act: "accused the state of failing",
#: "they urged the county to shut the facility" (not "in the county", "the state of the economy")
LOCAL_GOVERNMENT_NOUNS = frozenset({"state", "county", "city", "municipality", "council", "province"})
#: how many of a country's provinces or states act together: "several provinces insisted"
GOVERNMENTS_COUNTED = frozenset({"several", "many", "some", "all", "both", "other", "most", "few", "the"})


def _local_government(head: Token) -> bool:
    """"the state" / "the county" as a party: subject or object, lower-case, definite, no "of"."""
    if head.lemma_.lower() not in LOCAL_GOVERNMENT_NOUNS or not head.text.islower():
        return False
    kids = list(head.children)
    # (as the subject only: not "visited six provinces")
    counted = head.tag_ == "NNS" and head.dep_ == "nsubj" and \
        any(c.lower_ in GOVERNMENTS_COUNTED or c.dep_ == "nummod" for c in kids)
    if not (any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or counted) or \
            any(c.dep_ in ("prep", "compound", "amod", "poss") and
                c.lower_ not in ("local", *GOVERNMENTS_COUNTED) for c in kids):
        return False
    if head.dep_ == "pobj":
        return head.head.lower_ in ("against", "with", "by", "to", "from")  # not "in the city"
    if head.dep_ in ("nsubj", "nsubjpass"):  # "the county has threatened …", not "the city was quiet"
        return head.head.pos_ == "VERB" and head.head.lemma_ != "be"
    return head.dep_ == "dobj"


#: modifiers that make "officials" a government's: "county officials", "federal officials"
PUBLIC_OFFICE_WORDS = frozenset({"local", "state", "federal", "county", "city", "municipal", "government",
                                 "administration", "public", "town", "provincial", "regional", "election",
                                 "health"})


#: who serve a government when named by its level: "federal investigators", "state inspectors"
PUBLIC_OFFICERS = frozenset({"official", "investigator", "inspector", "regulator"})


def _public_officials(head: Token) -> bool:
    """"officials" named by the level of government they serve: "local officials", "state officials"."""
    return head.lemma_.lower() in PUBLIC_OFFICERS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in PUBLIC_OFFICE_WORDS for c in head.children)


def _commercial(head: Token) -> bool:
    """A campaign named by a season or a product, or whose act is a price ("offers 30% off")."""
    mods = {c.lower_ for c in head.subtree if c.i < head.i}
    verb = head.head if head.dep_ in SUBJECT_DEPS else None
    priced = verb is not None and any(t.like_num or t.text == "%" for t in verb.subtree if t.i > verb.i)
    return bool(mods & SALES_WORDS) or (priced and any(t.lower_ in ("off", "discount") for t in verb.subtree))


#: words that make a campaign a sale ("Black Friday campaign", "holiday campaign")
SALES_WORDS = frozenset({"friday", "cyber", "holiday", "christmas", "sale", "sales", "marketing",
                         "advertising", "promotional", "ad"})


def _group_role(head: Token) -> str:
    """How a group is mentioned, for later pronouns: as a subject, as a place ("in Israel"), or else."""
    if head.dep_ in SUBJECT_DEPS:
        return "subject"
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return "place"
    return "other"


#: words a name's initials skip ("the Department of Health" → DH is not written, "DoH" is; "PA", "EU" are)
INITIAL_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "to", "&"})


def _initials(span: Span) -> str | None:
    """The initials of an organisation's name of two or more capitalised words ("Palestinian Authority" →
    "PA", "Electoral Commission" → "EC"); None for other spans."""
    words = [t for t in span if t.lower_ not in INITIAL_SKIP and not t.is_punct]
    capitals = [t for t in words if t.text[:1].isupper() and t.is_alpha]
    if not 2 <= len(capitals) <= 6 or capitals != words[:len(capitals)] or \
            any(t.ent_type_ != "ORG" for t in capitals):  # an organisation's name, not "New York police"
        return None
    return "".join(t.text[0] for t in capitals)


def _acronym_after(doc: Doc, end: int) -> str | None:
    """The acronym a name introduces in parentheses: "the Institute for Economic Affairs (IEA)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        word = doc[end + 1].text
        if word.isalpha() and word.isupper() and 2 <= len(word) <= 8:
            return word
    return None


def _reporting_subject(pron: Token) -> Token | None:
    """The noun subject of the saying verb whose content clause ``pron`` ("it", "they") is the subject of,
    when their number agrees: "the ministry said it would …", "allies announced that they were …"."""
    verb = pron.head
    if pron.lower_ not in ("it", "they") or pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > pron.i:
        return None
    plural = subj.tag_ in ("NNS", "NNPS")
    return subj if plural == (pron.lower_ == "they") else None


#: verbs a speaker goes on with ("he said", "she added"): their pronoun subject is the last speaker
SPEAKER_VERBS = frozenset({"say", "add", "tell", "explain", "note", "state", "insist", "argue", "write",
                           "reply", "respond", "continue", "stress", "emphasize", "emphasise"})


def _quote_spans(da: DocumentActors) -> list[tuple[int, int]]:
    """The document's direct quotes (their content, between the marks), found once per document."""
    if da.quote_spans is None:
        from tacitus.enrich.quote_marks import direct_spans

        da.quote_spans = direct_spans(doc_text(da.doc))
    return da.quote_spans


def _quoted(da: DocumentActors, at: int) -> bool:
    """Offset ``at`` of the document lies inside a direct quote."""
    return any(s <= at < e for s, e in _quote_spans(da))


def _speaks(head: Token) -> bool:
    """The mention is the subject of a verb of saying ("Peskov says", "he added"), or in apposition to it
    ("The minister, Gen. Mansur Dan-Ali, has said"), or the one something is "according to"."""
    if head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    return head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in SPEAKER_VERBS


#: verbs whose content clause tells what befell their speaker ("the victim told police a man shot him")
TELLING_VERBS = frozenset({"say", "tell", "report", "claim", "allege", "testify"})


def _speaker_of_object(pron: Token) -> Token | None:
    """"The victim told authorities a man approached him, attempted to rob him and shot him": "him" in the
    content clause of a saying verb is its singular noun subject, not the person named last."""
    if pron.lower_ not in ("him", "her") or pron.dep_ not in ("dobj", "pobj", "dative"):
        return None
    t = pron.head
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in TELLING_VERBS:
            subj = next((c for c in t.head.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.tag_ in ("NN", "NNP") and \
                    subj.i < pron.i:
                return subj
            return None
        if t.head == t:
            return None
        t = t.head
    return None


def _named_owner(u: _Unit) -> bool:
    """A known leader or a named person as the owner of a noun phrase: "Trump's verdict", "Sen. Bob
    Menendez's endorsement"."""
    if u.root.dep_ != "poss":
        return False
    return (u.entry is not None and u.entry.kind == "leader") or (u.entry is None and u.ent == "PERSON")


def _named_body_modifier(u: _Unit) -> bool:
    """A named organisation modifying a noun ("the NATO summit"; not "Taliban militants", an actor of its
    own): later definite descriptions ("the alliance agreed …") refer back to it, so it is read with the
    heads."""
    head = u.root.head
    return u.entry is not None and u.entry.kind == "org" and u.root.dep_ in ("compound", "nmod", "poss") and \
        head.pos_ == "NOUN" and head.text.islower()  # (not "the UN Office for …": one name)


def _person_key(a: Actor) -> str:
    return (a.person or "").split()[-1].lower() if a.person else ""


@cache
def _gender_cues() -> dict[str, dict[str, frozenset[str]]]:
    data = data_yaml("actors/genders.yaml")
    return {part: {g: frozenset(words) for g, words in data[part].items()} for part in ("words", "names")}


def gender_names() -> frozenset[str]:
    """Every given name of ``genders.yaml`` (lower case), female and male."""
    return frozenset().union(*_gender_cues()["names"].values())


@cache
def given_names() -> frozenset[str]:
    """Common given names (lower case): ``genders.yaml``'s and the census list ``given_names.txt``."""
    lines = data_text("actors/given_names.txt").splitlines()
    return gender_names() | frozenset(w for w in lines if w and not w.startswith("#"))


def _gender(doc: Doc, a: Actor) -> str | None:
    """"female" / "male" from an honorific or gendered word in or just before the mention ("Mrs", "Sen.
    … congresswoman") or from the given name (``data/actors/genders.yaml``); None when unknown."""
    cues = _gender_cues()
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t.lower_.rstrip(".") for t in doc[max(span.start - 1, 0) : span.end]]
    for g in ("female", "male"):
        if any(w in cues["words"][g] for w in words):
            return g
    names = [w.lower().rstrip(".") for w in (a.person or "").split()]
    given = next((w for w in names if len(w) > 1), "")  # "E. Jean Carroll": Jean
    for g in ("female", "male"):
        if given in cues["names"][g]:
            return g
    return None


def _definite_antecedent(head: Token, st: _State, sent_of: list[int]) -> Actor | None:
    """The body a bare definite description refers back to: "the agency", "the committee", "the group" → the
    latest body within :data:`ANAPHOR_REACH` sentences whose name holds the word, else whose sector fits;
    "council members", "board staff": the council, the board (who act for it)."""
    body = _body_of_members(head)
    word = (body or head).lemma_.lower()
    if body is None:
        if head.pos_ != "NOUN" or word not in ANAPHOR_SECTORS or head.tag_ in ("NNS", "NNPS"):
            return None
        left = [c for c in head.children if c.i < head.i]
        if not left or not all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in left):
            return None
        if word in ANAPHOR_NOT_WITH_OF and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
    here = sent_of[head.i]
    recent = [a for a, si in reversed(st.bodies()) if 0 <= here - si <= ANAPHOR_REACH]
    named = next((a for a in recent if word in a.text.lower().split()), None)
    sectors = ANAPHOR_SECTORS[word] if body is None else ()  # members: of a body so named
    a = named or next((a for a in recent if (a.sector or "")[:3] in sectors), None)
    if a is None:
        return None
    return replace(a, text=head.text, start=head.idx, end=head.idx + len(head), rule="coref:definite")


#: people who make up or work for a body named by the word before them ("council members", "board staff")
MEMBER_NOUNS = frozenset({"member", "staff", "staffer"})


def _body_of_members(head: Token) -> Token | None:
    """The body word of a members noun whose only modifier (besides "the") is a bare body word that can
    refer back (:data:`ANAPHOR_SECTORS`): "council members" → "council" (not "city council members": a
    name of its own, resolved as one)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    left = [c for c in head.children if c.i < head.i and c.dep_ != "punct"]
    bodies = [c for c in left if c.dep_ == "compound" and c.lemma_.lower() in ANAPHOR_SECTORS and
              c.pos_ in ("NOUN", "PROPN") and not any(g.i < c.i for g in c.children)]
    others = [c for c in left if c not in bodies and not (c.dep_ == "det" and c.lower_ == "the")]
    if len(bodies) != 1 or others or bodies[0].lemma_.lower() in ANAPHOR_NOT_WITH_OF:
        return None
    return bodies[0]


#: people who act for a body and are named bare once the body's own were named: "AMO agents requested help
#: … Agents inspected the vessel", "USDA officials conducted an inspection … officials cited violations"
BODY_PEOPLE = frozenset({"agents", "officials", "investigators", "inspectors", "staffers", "employees"})
#: the only words a bare plural may have in front of it
BARE_DETERMINERS = frozenset({"the", "these", "those"})


def _bare_plural_antecedent(head: Token, st: _State, sent_of: list[int]) -> Actor | None:
    """The body whose people a bare plural ("agents", "the officials") refers back to: the latest body
    within :data:`ANAPHOR_REACH` sentences named by a phrase ending in the same word ("AMO agents")."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lower_ not in BODY_PEOPLE:
        return None
    if not all(c.dep_ == "punct" or (c.dep_ == "det" and c.lower_ in BARE_DETERMINERS)
               for c in head.children if c.i < head.i):
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.children if c.i > head.i):
        return None  # "officials in the regions", "officials who …": a description of their own
    here = sent_of[head.i]
    for a, si in reversed(st.bodies()):
        if 0 <= here - si <= ANAPHOR_REACH and a.start < head.idx and len(a.text.split()) > 1 and \
                a.text.lower().split()[-1] == head.lower_:
            return replace(a, text=head.text, start=head.idx, end=head.idx + len(head),
                           rule="coref:bare-plural")
    return None


_FIRST_PERSON_KEYS = numpy.array(sorted(hash_string(w) for w in FIRST_PERSON), dtype="uint64")


def _quote_speakers(da: DocumentActors) -> None:
    """First-person pronouns inside a direct quote stand for the quote's speaker: "“I am asking my colleagues
    …,” Cornyn said" → I = Cornyn; "we" is the speaker's side, not the person."""
    doc = da.doc
    arr = doc.to_array([POS, LOWER])  # one array read: no Token object for every word
    hits = numpy.flatnonzero((arr[:, 0] == PRON) & numpy.isin(arr[:, 1], _FIRST_PERSON_KEYS))
    firsts = [doc[i] for i in hits.tolist() if da._actor.get(da._unit_of[i]) is None]
    if not firsts or not any(c in QUOTE_MARKS for c in doc_text(doc)):
        return
    from tacitus.enrich.quotes import direct_quotes

    quotes = [q for q in direct_quotes(doc, da) if q.speaker is not None and q.speaker.code]
    if not quotes:
        return
    added = []
    for t in firsts:
        if not _quoted(da, t.idx):  # between the quote marks themselves ("told us" is the writer's)
            continue
        q = next((q for q in quotes if q.start <= t.idx < q.end), None)
        if q is None or (q.speaker_start or 0) <= t.idx < (q.speaker_end or 0) or \
                _in_inner_quote(doc_text(doc), q.start, t.idx):
            continue
        plural = t.lower_ in ("we", "us", "our", "ourselves")
        a = replace(q.speaker, text=t.text, start=t.idx, end=t.idx + len(t), rule="coref:quote-speaker",
                    person=None if plural else q.speaker.person)
        da._actor[da._unit_of[t.i]] = a
        added.append(a)
    if added:
        da.mentions = sorted([*da.mentions, *added], key=lambda a: (a.start, -a.end))


def _in_inner_quote(text: str, start: int, at: int) -> bool:
    """Offset ``at`` lies in a quote within the quote opened at ``start`` ("did not say ‘Weinstein raped
    me.’": someone else's words); a ’ before a letter is an apostrophe ("I’m"), not a closing mark."""
    opened = text.rfind("‘", start, at)
    if opened < 0:
        return False
    return not any(text[i] == "’" and not text[i + 1:i + 2].isalpha() for i in range(opened + 1, at))


def _is_head(doc: Doc, u: _Unit) -> bool:
    """Is this unit the head of a noun phrase (not a modifier, not "rebel" in "rebel-held")?"""
    root = u.root
    if u.end + 1 < len(doc) and doc[u.end].text == "-" and doc[u.end + 1].lemma_.lower() in BLOCKING_LEMMAS:
        return False
    return root.dep_ not in MODIFIER_DEPS or root.head == root


def _span_root(sp: Span) -> Token:
    """The token of the span whose head lies outside it (the first one), else the span's last token."""
    for t in sp:
        if t.head.i < sp.start or t.head.i >= sp.end or t.head == t:
            return t
    return sp[-1]


class _State:
    """What the document has told us so far (text order)."""

    def __init__(self, published: dt.date | None):
        self.published = published
        self.persons: dict[str, Actor] = {}
        # organisations, states and groups in text order: (actor, sentence, role: subject / place / other,
        # one office holder: "the commissioner" is no "they")
        self.groups: list[tuple[Actor, int, str, bool]] = []
        self.people: list[tuple[Actor, int, bool]] = []  # person mentions: (actor, sentence, was a subject)
        # one unnamed person ("a female police inspector", "the suspect"): (actor, sentence, gender or None)
        self.described: list[tuple[Actor, int, str | None]] = []
        self.speakers: list[tuple[Actor, int]] = []  # persons who said something: (actor, sentence)
        self.genders: dict[str, str | None] = {}  # surname -> "female" / "male" / None (unknown)
        self.sector_countries: dict[str, set[str]] = {}
        self.acronyms: dict[str, Actor] = {}  # "Institute for Economic Affairs (IEA)": IEA → the institute

    def named(self, name: str) -> Actor | None:
        """The person named ``name`` earlier, by full name or surname ("Johnson" after "Mike Johnson")."""
        return self.persons.get(name.lower()) or self.persons.get(name.split()[-1].lower())

    def group_antecedent(self, sent: int, before: int, plural: bool = False,
                         objective: bool = False, not_at: int | None = None) -> Actor | None:
        """What "they"/"it" in sentence ``sent`` refers to: the latest subject group of this sentence or the
        one before, else the latest group that is not a place ("Hamas gunmen stormed a kibbutz in Israel.
        They killed …" is the gunmen), named before offset ``before``; a ``plural`` pronoun never one office
        holder ("the commissioner"); an ``objective`` pronoun prefers an object of its own sentence to its
        subject ("the department added six companies to its blacklist, barring them": the companies); never
        the group starting at ``not_at`` (the subject of the object pronoun's own verb: "groups called it …"
        is not the groups)."""
        recent = [g for g in reversed(self.groups)
                  if 0 <= sent - g[1] <= 1 and g[0].start < before and not (plural and g[3]) and
                  g[0].start != not_at]
        if objective and any(g[1] == sent and g[2] == "other" for g in recent):
            recent = [g for g in recent if g[1] == sent]
            order = ("other", "subject", "place")
        else:
            order = ("subject", "other", "place")
        for role in order:
            for a, _, r, _ in recent:
                if r == role:
                    return a
        return None

    def bodies(self) -> list[tuple[Actor, int]]:
        """Organisations and groups named so far, with their sentence (the groups with a sector: not
        countries)."""
        return [(a, sent) for a, sent, _, _ in self.groups if a.sector]

    def short_name(self, name: str) -> Actor | None:
        """The latest organisation named in full whose last word ``name`` is ("Times": The New York Times)."""
        low = name.lower()
        for a, _ in reversed(self.bodies()):
            words = a.text.lower().split()
            if len(words) > 1 and words[-1] == low:
                return a
        return None

    def note(self, a: Actor, sent: int, sector_words: list[str], role: str = "other",
             one: bool = False) -> None:
        if not a.person and a.code and not a.rule.startswith(("coref:", "carry:sector")):
            self.groups.append((a, sent, role, one))  # (a bare "investigators" is no antecedent of "they")
        if a.person:
            self.persons[a.person.lower()] = a
            words = a.person.lower().split()
            if len(words) > 2 and words[1] in PATRONYMIC_PARTICLES:  # "Mohammed bin Salman" … "Prince
                self.persons.setdefault(words[0], a)  # Mohammed": a patronymic name is cut to the given name
            elif len(words) == 2 and words[0] not in given_names() and (a.sector or "CVL") != "CVL":
                self.persons.setdefault(words[0], a)  # "Minister Wang Yi" … "Wang told": family name first
            key = _person_key(a)
            known = self.persons.get(key)
            if known is None or (known.rule.startswith("person:unknown") and a.sector not in (None, "CVL")):
                self.persons[key] = a  # "Can Barger win?" … "supervisor Kathryn Barger": the office
        if a.country and not _named_company(a):  # Facebook is no sign that "businesses" are American
            for s in {a.sector, *sector_words} - {None}:
                self.sector_countries.setdefault(s, set()).add(a.country)


def _named_company(a: Actor) -> bool:
    return a.sector in ("BUS", "MNC") and a.rule.startswith(("org:", "phoenix:org"))


def unique_town(span: Span, persons: dict) -> str | None:
    """The country of the town ``span`` names, when every town of that name the gazetteer knows is in one
    country; not a person's name ("Sullivan police"), a word ("Federal Police") or part of a hyphenated name
    ("Miami-Dade": no Dade)."""
    doc, root = span.doc, span.root
    hyphens = (doc[span.start - 1].text if span.start else "", doc[min(span.end, len(doc) - 1)].text)
    if not root.text[:1].isupper() or root.lower_ in persons or root.lower_ in TOWNS_NAMED_LIKE_WORDS or \
            "-" in hyphens:
        return None
    region = region_country(span.text)
    if region is not None:
        return region  # "Ontario police": the province's, not Ontario, California's
    towns = town_countries(span.text)
    if len(towns) != 1:
        return None
    if american_local_news(doc) and towns != {"USA"}:
        return "USA"  # "Carthage Police Officer" in a Moore County story: too small a town for the gazetteer
    return next(iter(towns))


def american_local_news(doc: Doc) -> bool:
    """The document is American local news ("Lexington County", a sheriff's office, a grand jury): a town it
    names before its police or court is American, whatever other town of that name the gazetteer knows."""
    if "tacitus_us_local" not in doc.user_data:
        doc.user_data["tacitus_us_local"] = american_local_text(doc_text(doc))
    return doc.user_data["tacitus_us_local"]


def american_local_text(text: str) -> bool:
    """``text`` names an American county, sheriff or state legislator (US_COUNTY), or writes as American
    local news does (a felony charge, "1200 Main St.", "West 11th Street", a school board) and names no
    state or province of another country (Canadian news writes its streets the same way)."""
    if US_COUNTY.search(text):
        return True
    return bool(US_LOCAL_STYLE.search(text)) and subdivisions_named(text) <= {"USA"}


#: sectors of bodies that name their town first ("the Danbury Police Department", "Paranaque Regional Trial
#: Court"); a firm's first word is often a town's name too ("Delta", "Toyota")
LOCAL_BODY_SECTORS = frozenset({"JUD", "COP", "GOV", "LEG"})
LOCAL_BODY_WORDS = frozenset({"court", "police", "sheriff", "county", "city", "municipal", "council",
                              "district", "prosecutor", "prosecutors", "magistrates", "constabulary"})
#: nouns of an apposition that tells where a person is from ("a native of Mexico", "an Iranian national")
ORIGIN_NOUNS = frozenset({"native", "citizen", "national", "resident"})
#: towns named like the words before an agent noun ("Federal Police", "Union officials", "Central Command")
TOWNS_NAMED_LIKE_WORDS = frozenset({"federal", "union", "central", "republic", "police", "mobile",
                                    "independence", "national", "state", "border", "capitol", "metro"})


class _NP:
    """Analysis of one noun phrase around a head unit."""

    def __init__(self, r: ActorResolver, da: DocumentActors, u: _Unit, st: _State):
        self.r, self.da, self.u, self.st = r, da, u, st
        self.doc = da.doc
        self.lex = r.lex
        self.sector_words: list[str] = []

    # ---------------------------------------------------------------- helpers
    def _unit(self, t: Token) -> _Unit:
        return self.da._units[self.da._unit_of[t.i]]

    def _word_entry(self, t: Token) -> Entry | None:
        return None if t.i in self.da.surnames else word_entry(self.lex, t)

    def _entry(self, u: _Unit) -> Entry | None:
        if u.entry is not None:
            return u.entry
        if u.end - u.start == 1:
            return self._word_entry(u.root)
        return self._word_entry(u.root)

    def _known_owner(self, lu: _Unit) -> Actor | None:
        """A person named earlier in the story who owns the head: "Lara's spokesperson" (political only)."""
        if lu.root.dep_ != "poss" or lu.root.pos_ != "PROPN":
            return None
        name = self.doc[lu.start:lu.end].text
        known = self.st.named(name)
        if known is None or not known.code or (known.sector or "")[:3] in ("CVL", ""):
            return None
        return known

    def _left(self) -> list[_Unit]:
        """Units left of the head inside its phrase (contiguous, in its subtree), minus stance words."""
        u, doc = self.u, self.doc
        utoks = range(u.start, u.end)
        lo = min(doc[i].left_edge.i for i in utoks)
        out: list[_Unit] = []
        seen: set[int] = set()
        stance_until = -1
        for i in range(lo, u.start):
            t = doc[i]
            if t.lower_ in ("pro", "anti") and i + 1 < len(doc) and doc[i + 1].text == "-":
                stance_until = i + 2  # the word after the hyphen is the stance object
                continue
            if i <= stance_until:
                continue
            if (
                i + 1 < u.start
                and doc[i + 1].text == "-"
                and i + 2 < len(doc)
                and doc[i + 2].lemma_.lower() in BLOCKING_LEMMAS
            ):
                continue  # "US-backed", "rebel-held"
            if not self._reaches(t, utoks):
                continue
            k = self.da._unit_of[i]
            if k in seen:
                continue
            seen.add(k)
            out.append(self.da._units[k])
        return out

    def _reaches(self, t: Token, utoks: range) -> bool:
        cur = t
        for _ in range(12):
            if cur.i in utoks:
                return True
            if cur.lemma_.lower() in BLOCKING_LEMMAS or cur.head == cur:
                return False
            cur = cur.head
        return False

    def _right(self) -> list[tuple[str, _Unit, Token]]:
        """Right-side attachments: ("of", pobj unit), ("loyal", object unit), ("appos", unit)."""
        out = []
        head = self.u.root
        entry = self._entry(self.u)
        # a weak title is held somewhere: "a director at the Institute", "a spokesperson with the department"
        preps = ("of", "from", "for", "at", "with") if entry is not None and entry.kind == "weak" else \
            ("of", "from", "for")
        clauses = [c.i for c in head.children if c.dep_ == "relcl" and c.i >= self.u.end]
        for c in head.children:
            if c.i < self.u.end or any(i < c.i for i in clauses):
                continue  # (not past a relative clause: "The Minister, who was the review officer …, of …")
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.append((c.lower_, self._unit(g), g))
            elif c.dep_ in ("amod", "acl") and c.lemma_.lower() in ("loyal", "allegiant", "faithful"):
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "to":
                        for g in p.children:
                            if g.dep_ == "pobj":
                                out.append(("loyal", self._unit(g), g))
            elif c.dep_ == "appos":
                out.append(("appos", self._unit(c), c))
        pred = _copular_description(head)
        if pred is not None and not any(rel == "appos" for rel, _u, _t in out):
            out.append(("appos", self._unit(pred), pred))  # "Steele … is a former officer in Britain's MI6"
        return out

    def _appositive_place(self, t: Token) -> str | None:
        """The country of the place "in" which an appositive's body lies ("a professor at the University of
        St. Thomas in Houston, Texas")."""
        for g in t.subtree:
            if g.dep_ == "pobj" and g.head.lower_ == "in" and g.i > t.i:
                k = self.da._unit_of[g.i]
                if k is not None:
                    country = self.r._unit_country(self.doc, self.da._units[k], self.st.published)
                    if country is not None:
                        return country
        return None

    def _titled_name(self, u: _Unit) -> bool:
        """An entity of the parser that is a title and a person's name ("Ambassador Ansar", "Inspector
        Pascal Feeney", "Sgt. Kosinski"), with no word that names a body."""
        words = [t for t in self.doc[u.start:u.end] if not t.is_punct or t.i == u.start]
        if not 2 <= len(words) <= 4 or words[0].lower_ not in PERSON_TITLE_WORDS | RANKS or \
                any(not t.text[:1].isupper() or t.is_upper or t.like_num for t in words):
            return False
        title = self._word_entry(words[0])
        return title is not None and title.kind in ("title", "agent", "weak") and bool(title.sector) and \
            all(self._word_entry(t) is None for t in words[1:])

    def _sub_actor(self, t: Token, allow_right: bool = False) -> Actor | None:
        """Actor of another phrase (for "of"/"loyal to"/appos attachments), computed without carry."""
        da = self.da
        k = da._unit_of[t.i]
        if k in da._actor:
            return da._actor[k]
        np = _NP(self.r, da, da._units[k], _State(self.st.published))
        np.st.persons = self.st.persons
        return np.build(allow_right=allow_right)

    def _surname_of_someone(self, u: _Unit) -> bool:
        """A bare capitalised title word ("King", "Judge", "Marshal") with no article nor name of its own,
        where a person of that surname was named earlier: the person's surname."""
        head = u.root
        if u.end - u.start != 1 or not head.text[:1].isupper() or head.text.isupper():
            return False
        if head.lower_ not in self.st.persons or any(t.dep_ in ("det", "poss") for t in head.lefts):
            return False
        if head.i > 0 and self.doc[head.i - 1].lower_ in ("the", "a", "an", "'s", *POSSESSIVE_PRONOUNS):
            return False
        if any(t.dep_ == "prep" and t.lower_ == "of" for t in head.rights):
            return False  # "King of Jordan"
        return head.i + 1 >= len(self.doc) or self.doc[head.i + 1].ent_type_ != "PERSON"

    def _town(self, u: _Unit) -> str | None:
        """The country of a town named before an agent noun ("Danbury police", "the Paranaque Regional Trial
        Court")."""
        after = self._entry(self._unit(self.doc[u.end])) if u.end < len(self.doc) else None
        head = self._entry(self.u)
        if (after is None or after.kind != "agent") and (head is None or head.kind != "agent"):
            return None
        named = u.ent in ("GPE", "ORG") or (u.root.pos_ == "PROPN" and not u.root.is_sent_start)
        return unique_town(self.doc[u.start:u.end], self.st.persons) if named else None

    def _body_town(self, u: _Unit) -> tuple[str, str, int] | None:
        """(country, rule, token) of the town a police, court or council unit is named after ("the Paranaque
        Regional Trial Court"), when the gazetteer knows that town in one country only."""
        doc = self.doc
        first = doc[u.start + 1 if doc[u.start].lower_ == "the" else u.start]
        if first.i >= u.end - 1 or not any(t.lower_ in LOCAL_BODY_WORDS for t in doc[first.i + 1:u.end]):
            return None
        town = unique_town(doc[first.i:first.i + 1], self.st.persons)
        return (town, f"town:{first.lower_}", first.i) if town is not None else None

    def _among_people(self, head: Token) -> bool:
        """A country's name joined by "and" to a person the story named ("Brown and Jordan")."""
        partners = [head.head] if head.dep_ == "conj" else []
        partners += [c for c in head.children if c.dep_ == "conj"]
        kinds = [(p, self._entry(self._unit(p))) for p in partners]
        return any(p.pos_ == "PROPN" and p.ent_type_ in ("PERSON", "GPE", "") and
                   (e is None or e.kind == "leader") and self.r.places.lookup(p.text) is None
                   for p, e in kinds)

    def _capitalised_noun(self, u: _Unit) -> bool:
        """A lone capitalised word the tagger took for a common noun ("Mendes, who was deployed …",
        "Heath wrote"): it may be the surname of a person named earlier."""
        head = u.root
        return self._entry(u) is None and u.end - u.start == 1 and head.pos_ == "NOUN" and \
            head.text[:1].isupper() and not head.text.isupper() and \
            not any(t.dep_ in ("det", "poss") for t in head.lefts)

    # ---------------------------------------------------------------- main
    def build(self, allow_right: bool = True) -> Actor | None:
        u, doc, lex = self.u, self.doc, self.lex
        head = u.root
        he = self._entry(u)
        left = self._left()
        right = self._right() if allow_right else []

        if he is not None and head.lower_ in MEASURE_SENSES and any(
                rel == "of" and self._entry(ru) is None and tok.pos_ == "NOUN" for rel, ru, tok in right):
            return None  # "a jet of water", "an army of volunteers", "a battery of tests": no agent
        countries: list[tuple[str, str, int]] = []  # (iso3, rule, token index)
        sectors: list[tuple[str, str]] = []  # (sector, rule)
        codes: list[tuple[str, str]] = []  # full codes from orgs / metonyms / leaders in modifiers
        span_lo, span_hi = u.start, u.end
        used_lo = u.start
        poss_country: tuple[str, str] | None = None

        for lu in left:
            e = self._entry(lu)
            if e is None:
                known, how = self._known_owner(lu), "carry:person"
                if known is None:  # "IEA executive director Tom Clougherty": the IEA named before
                    known, how = self.st.acronyms.get(doc[lu.start:lu.end].text), "carry:acronym"
                if known is None and lu.ent == "ORG" and head.ent_iob_ != "I":  # "a Times spokesperson" …
                    known, how = self.st.short_name(doc[lu.start:lu.end].text), "carry:short-name"
                if known is not None:  # "Lara's spokesperson": a person named earlier speaks through them
                    codes.append((known.code, how))
                    used_lo = min(used_lo, lu.start)
                elif (town := self._town(lu)) is not None:
                    countries.append((town, f"town:{doc[lu.start:lu.end].text.lower()}", lu.start))
                    used_lo = min(used_lo, lu.start)  # "Danbury police", "the Gainesville Police Department"
                continue
            kind = e.kind
            if lu.root.dep_ == "poss" or (lu.end < len(doc) and doc[lu.end].dep_ == "case"):
                is_poss = True
            else:
                is_poss = False
            used = True
            if kind == "demonym" and _facility_name(head):
                continue  # "the Turkish Friendship Hospital" in Gaza, "the American University of Beirut"
            if kind in ("country", "place", "capital") and lu.root.ent_type_ == "PERSON" and \
                    head.ent_type_ == "PERSON" and head.ent_iob_ == "I":
                continue  # "Mayor Virginia Raggi": a given name, not the state
            if kind == "country" and self._among_people(lu.root):
                continue  # "Brown and Jordan shot accomplice Vanessa Hankins": no Jordanian
            if kind == "leader" and lu.end - lu.start == 1 and \
                    (carried := self.st.named(doc[lu.start:lu.end].text)) is not None and \
                    carried.person and not carried.rule.startswith("leader:") and carried.code:
                codes.append((carried.code, "carry:person"))  # "Ms Raggi's adviser" after "Mayor Virginia
                used_lo = min(used_lo, lu.start)  # Raggi": hers, not a foreign minister of that surname
                continue
            if kind in ("country", "demonym", "capital", "place"):
                countries.append((e.code, e.rule, lu.start))
                if is_poss:
                    poss_country = (e.code, e.rule)
            elif kind in ("org", "metonym"):
                codes.append((e.code, e.rule))
            elif kind == "leader":
                role = pick_role(e, self.st.published)
                if role:
                    codes.append((role.code, e.rule))
            elif kind in ("agent", "title"):
                sectors.append((e.sector, e.rule))
            elif kind == "weak":
                used = False
            else:
                used = False
            if used:
                used_lo = min(used_lo, lu.start)
        # right-side attachments
        appos_actor: Actor | None = None
        appos_person: str | None = None
        outside_sector: str | None = None  # the sector of an unknown named body the title is held in
        for rel, ru, tok in right:
            if rel == "appos" and tok.lemma_.lower() in ORIGIN_NOUNS:  # "Gomez, a native of Mexico"
                origin = self.da.origin(tok)
                if origin is not None:
                    countries.append((origin, f"origin:{tok.lemma_.lower()}", -1))
                continue
            if rel == "appos" and doc[ru.start:ru.end].text == _acronym_after(doc, u.end):
                continue  # "the Food Standards Agency (FSA)": its name again, not the FSA of the lexicon
            if rel == "appos":  # "Callan Spicher, vice president of Acme": the office with its "of"
                a = self._sub_actor(tok, allow_right=True)
                if a is not None and not a.country and a.sector:
                    home = self._appositive_place(tok)  # "a professor at the University of St. Thomas in
                    if home is not None:  # Houston, Texas": an American professor
                        a = replace(a, code=make_code(home, a.sector), country=home,
                                    rule=f"{a.rule}+appos-place")
                if a is not None:
                    appos_actor = a
                elif ru.ent == "PERSON":
                    appos_person = doc[ru.start : ru.end].text
                continue
            e = self._entry(ru)
            if rel in ("of", "from") and e is not None and (e.kind in ("country", "demonym", "capital") or (
                    e.kind == "place" and (he is not None or sectors))):
                # "the premier of Manitoba", "Senator John Smith of Texas" (not "Goble, 26, of Edmonton",
                # Kentucky: a private person's town, which may be any country's)
                home = STATES_NAMED_LIKE_COUNTRIES.get(doc[ru.start:ru.end].text.lower())
                if home is not None and he is not None and he.code[:3] == home:
                    countries.append((home, f"state:{doc[ru.start:ru.end].text.lower()}", -1))
                else:  # ("a Democrat from Georgia" is American)
                    countries.append((e.code, e.rule, -1))
                span_hi = max(span_hi, ru.end)
                continue
            a = self._sub_actor(tok)
            if a is None:
                if rel == "of" and ru.ent == "ORG" and e is None:  # "vice president of Acme Appliances"
                    outside_sector = org_sector(doc[ru.start : ru.end]) or "BUS"
                continue
            if rel == "loyal":
                if a.country:
                    countries.append((a.country, "loyal:" + a.rule, -1))
                    span_hi = max(span_hi, ru.end)
                continue
            # "officials from the European Commission", "a delegation from the ministry": the body's people
            # (one the lexicon knows: "a police officer from the PSNI" is no business's, for a guessed sector)
            held_from = rel == "from" and he is not None and he.kind in ("title", "agent", "weak") and \
                not a.rule.startswith("org:unknown")
            if (rel in ("of", "for", "at", "with") or held_from) and a.code:
                codes.append((a.code, a.rule))
                span_hi = max(span_hi, ru.end)

        if not countries and _us_party_state(doc, u.end):
            countries.append(("USA", "us-party-state", -1))  # "Sen. Byron Dorgan, D-N.D.,": an American
        kind = he.kind if he is not None else None
        if kind == "agent" and not countries and u.ent == "ORG" and (town := self._body_town(u)) is not None:
            countries.append(town)  # "the Paranaque Regional Trial Court": the Philippines'
        self.sector_words = [s for s, _ in sectors]
        published = self.st.published

        def country_pick() -> tuple[str | None, str]:
            if poss_country:
                return poss_country
            tail = [c for c in countries if c[2] == -1]
            if tail:
                return tail[0][0], tail[0][1]
            if countries:
                c = max(countries, key=lambda x: x[2])
                return c[0], c[1]
            return None, ""

        def mk(
            code: str,
            country: str | None,
            sector: str | None,
            rule: str,
            person: str | None = None,
            lo: int | None = None,
        ) -> Actor:
            lo = used_lo if lo is None else lo
            while lo < span_lo and doc[lo].dep_ in ("det", "punct", "case"):
                lo += 1
            before = range(max(lo - 1, 0), span_lo)
            if sector in FORMER_SECTORS and any(doc[i].lower_ in ("former", "ex") for i in before):
                sector, code = "ELI", make_code(country, "ELI")  # "the former mayor"
            start = min(lo, span_lo)
            sp = doc[start:span_hi]
            return Actor(
                text=sp.text,
                code=code,
                country=country,
                sector=sector,
                start=sp.start_char,
                end=sp.end_char,
                rule=rule,
                person=person,
            )

        # --- the head is a named organisation / metonym, unless a person of that surname was named before
        if kind == "org" and u.end - u.start == 1 and not left:  # "Michael Bloomberg … Bloomberg apologized"
            carried = self.st.named(doc[u.start].text)
            if carried is not None and carried.person:
                return mk(carried.code, carried.country, carried.sector, "carry:person", carried.person,
                          lo=u.start)
        if kind in ("org", "metonym"):
            c, s, code = entry_country_sector(he)
            if kind == "metonym" and countries:  # "Canada's Department of Justice": Canada's, not the US's
                c = country_pick()[0]
                code = make_code(c, s)
            return mk(code, c, s, he.rule, lo=u.start if not sectors else None)

        if he is None and (u.ent == "PERSON" or (u.ent == "ORG" and org_sector(doc[u.start:u.end]) is None)) \
                and self._titled_name(u) and (title := self._word_entry(doc[u.start])) is not None:
            # "Ambassador Ansar", "Inspector Pascal Feeney" (the parser's ORG), "Sgt. Kosinski" (its PERSON)
            country, crule = country_pick()
            sector = rank_sector(doc[u.start], title.sector)
            name = doc[u.start + 1:u.end].text
            return mk(make_code(country, sector), country, sector, f"{title.rule}+name", name, lo=u.start)
        # --- the head is a person
        is_person = kind == "leader" or (u.ent == "PERSON" and he is None)
        carried = None
        if is_person or (head.pos_ == "PROPN" and he is None) or self._capitalised_noun(u):
            name = doc[u.start : u.end].text
            carried = self.st.named(name)
        elif kind == "title" and self._surname_of_someone(u):
            carried = self.st.persons[head.lower_]  # "… Gayle King … King asked": her, not a monarch
        if is_person or carried is not None:
            name = doc[u.start : u.end].text
            person = carried.person if carried is not None and len(name.split()) == 1 else name
            title_sector = None
            title_rule = ""
            if sectors:
                s, title_rule = min(sectors, key=lambda x: lex.rank(x[0]))
                title_sector = s
            weak = [lu for lu in left if (e := self._entry(lu)) is not None and e.kind == "weak"]
            rank = next((lu for lu in weak if lu.root.lower_ in RANKS), None)
            if title_sector is None and not codes and rank is not None:  # "Sgt. Kosinski stopped a tenant"
                title_sector = rank_sector(rank.root, self.lex.words[rank.root.lower_].sector)
                title_rule = f"title:{rank.root.lower_}"
            country, crule = country_pick()
            if codes:
                code, rule = codes[-1]
                c2, s2 = split_code(code)
                if c2 is None or (country is None and title_sector is None):
                    return mk(code, c2, s2, rule, person)
                country = country or c2
                title_sector = title_sector or s2
                title_rule = title_rule or rule
            if title_sector or (country and weak):
                if title_sector is None:
                    title_sector = self.lex.words[weak[0].root.lower_].sector if weak else None
                if country is None and kind == "leader":
                    role = pick_role(he, published)
                    c2, _, _ = entry_country_sector(he, role)
                    country = c2
                if country is None and carried is not None:
                    country = carried.country
                rule = title_rule or (crule if crule else "")
                if title_sector is None and country is None:
                    return None
                return mk(make_code(country, title_sector), country, title_sector, rule, person)
            # "Trump, the man who …", "Trump, the former president": a countryless description adds
            # nothing to a person the lexicons or the story already know
            known = kind == "leader" or carried is not None
            if appos_actor is not None and appos_actor.code and (appos_actor.country or not known):
                return mk(
                    appos_actor.code,
                    appos_actor.country,
                    appos_actor.sector,
                    appos_actor.rule,
                    person,
                    lo=u.start,
                )
            if kind == "leader" and (carried is None or (len(name.split()) > 1 and carried.person != name)):
                role = pick_role(he, published)
                c2, s2, code = entry_country_sector(he, role)
                if code:
                    return mk(
                        code, c2, s2, he.rule, he.canonical if len(name.split()) == 1 else name, lo=u.start
                    )
            if carried is not None and carried.sector == "CVL" and crule.startswith("origin:"):
                rule = f"carry:person+{crule}"  # "Gomez, a native of Mexico"
                return mk(make_code(country, "CVL"), country, "CVL", rule, person, lo=u.start)
            if carried is not None:
                return mk(carried.code, carried.country, carried.sector, "carry:person", person, lo=u.start)
            if kind == "leader":
                role = pick_role(he, published)
                c2, s2, code = entry_country_sector(he, role)
                return mk(code, c2, s2, he.rule, name, lo=u.start)
            if u.ent != "PERSON" or not _looks_like_name(doc[u.start:u.end]):
                return None
            # a named person outside the lexicons: a private person unless the phrase says more
            rule = "person:unknown" + (f"+{crule}" if crule else "")
            return mk(make_code(country, "CVL"), country, "CVL", rule, name, lo=u.start)

        # --- the head is a country / capital / demonym noun
        if kind in ("country", "capital", "demonym"):
            if kind == "demonym" and head.pos_ == "ADJ":
                return None
            if kind == "country" and self._among_people(head):
                self.da.surnames.add(head.i)
                return None  # "Brown and Jordan shot an accomplice": a surname, not the kingdom
            if kind == "capital":
                prep = head.head if head.dep_ == "pobj" else None
                if prep is not None and prep.lower_ in LOCATIVE_PREPS:
                    return None
            if sectors:  # "the Syrian government" where the parse made the country the head
                s, rule = min(sectors, key=lambda x: lex.rank(x[0]))
                return mk(make_code(he.code, s), he.code, s, rule)
            return mk(he.code, he.code, None, he.rule, lo=u.start)
        if kind == "place" or (kind is None and u.ent == "GPE"):
            name = doc[u.start:u.end].text.lower()
            region = region_country(name) if head.dep_ == "nsubj" and head.head.pos_ == "VERB" else None
            if region is None:
                return None  # "Tamil Nadu accused the Centre": the state's government; "Aleppo fell": none
            return mk(make_code(region, "GOV"), region, "GOV", f"region:{name}", lo=u.start)

        # --- a named organisation outside the lexicons: a body of an IGO named first ("the United Nations
        # Development Programme", "the UN Relief Works Agency for Palestine"), else its sector from its words
        parent = _parent_body(self.da, head) if u.ent == "ORG" and kind in (None, "agent", "title") else None
        if parent is not None:
            c2, s2, code = entry_country_sector(parent)
            return mk(code, c2, s2, f"{parent.rule}+body", lo=u.start)
        if he is None and u.ent == "ORG" and doc[u.start].lower_ in NAMED_NON_BODIES:
            return None  # "Operation Falcon", "Hurricane Betsy": an operation or a storm, not a body
        if he is None and u.ent == "ORG" and _aged(doc, u.end) and u.end - u.start <= 3:
            name = doc[u.start:u.end].text  # "Pascal Etcheber, 45, could be released": a person, by the age
            country, crule = country_pick()
            rule = "person:aged" + (f"+{crule}" if crule else "")
            return mk(make_code(country, "CVL"), country, "CVL", rule, name, lo=u.start)
        if he is None and u.ent == "ORG":
            sector = org_sector(doc[u.start:u.end])
            if sector is None and doc[u.start:u.end].text in ("State", "the State"):
                sector = "GOV"  # "the State said the Centre had failed", "it's the State's contention"
            if sector is None:
                if not _named_body(doc[u.start:u.end]):
                    return None
                sector = "BUS"  # a named body with no word saying what it is: mostly a firm
            country, crule = country_pick()
            if _a_persons_firm(doc, u.start):  # "Henry's Turkey Service": a firm, its words no country
                sector, country, crule = "BUS", None, ""
            town = self._body_town(u) if country is None and sector[:3] in LOCAL_BODY_SECTORS else None
            if town is not None:  # "the Danbury Municipal Court" (a body the lexicons do not know)
                country, crule = town[0], town[1]
            rule = UNKNOWN_ORG + (f"+{crule}" if crule else "")
            return mk(make_code(country, sector), country, sector, rule, lo=u.start)

        if he is None and _local_government(head):
            return mk("GOV", None, "GOV", "agent:local-government", lo=u.start)

        # --- the head is a sector noun or a title
        if he is None or kind not in ("agent", "title", "weak"):
            return None
        head_sector = he.sector
        if outside_sector is not None and not sectors and not codes and kind == "title":
            head_sector = outside_sector  # an office in a company or a university, not in a government
        weak_head = kind == "weak"
        person = appos_person
        if appos_actor is not None and appos_actor.person:
            person = appos_actor.person
        if codes:
            code, rule = codes[-1]
            c2, s2 = split_code(code)
            if c2 is None or weak_head:
                if c2 is None:
                    return mk(code, c2, s2, rule, person)
                return mk(code, c2, s2, rule, person)
            countries.append((c2, rule, -2))
            sectors.append((s2, rule)) if s2 and kind == "title" else None
        all_sectors = list(sectors)
        if not weak_head:
            all_sectors.append((head_sector, he.rule))
        if all_sectors:
            sector, rule = min(all_sectors, key=lambda x: lex.rank(x[0]))
            if not weak_head and lex.rank(head_sector) <= lex.rank(sector):
                rule = he.rule
        else:
            sector, rule = None, he.rule
        country, crule = country_pick()
        if country is None and appos_actor is not None:
            country = appos_actor.country
        if weak_head and sector is None and _public_officials(head):
            sector, rule = "GOV", "agent:public-officials"  # "county officials", "federal officials"
        elif weak_head and sector is None and head.tag_ == "NNS" and head.lemma_.lower() == "official" and \
                country is None and police_story(doc) and \
                not any(c.dep_ in ("prep", "compound", "amod", "nmod", "poss") for c in head.children) and \
                any((a.sector or "")[:3] == "COP" for a, _s, _r, _o in self.st.groups):
            # "Police arrested a man … Officials say another video showed …": the police's officials
            police = self._story_country("COP")
            return mk(make_code(police, "COP"), police, "COP", "carry:police-officials", person)
        elif weak_head and sector is None:
            carried = self._story_country(he.sector) if head.tag_ == "NNS" else None
            if country is None and he.sector not in PERSON_ROLES and carried is not None:
                # "Canadian police arrested … Investigators identified a suspect": the story's own
                return mk(make_code(carried, he.sector), carried, he.sector, "carry:group", person)
            if country is None and he.sector and he.sector not in (*PERSON_ROLES, "GOV") and \
                    head.tag_ == "NNS" and any(a.sector == he.sector for a, _s, _r, _o in self.st.groups):
                # "Police were called to the home … Investigators identified a suspect": the police's (not
                # "officials", of whatever office)
                return mk(he.sector, None, he.sector, "carry:sector", person)
            if country is None and he.sector not in PERSON_ROLES:
                return None  # "the official" alone says nothing; "the co-founders" are still people
            sector = he.sector
        if sector is None and country is None:
            return None
        self.sector_words = [s for s, _ in all_sectors]
        if country is None and sector:
            carried = self._story_country(sector)
            if carried is not None and head.lower_ not in ATTACKER_NOUNS and \
                    not any(lu.root.lower_ in ("pro", "anti") for lu in left):
                return mk(make_code(carried, sector), carried, sector, "carry:group", person)
        return mk(make_code(country, sector), country, sector, rule, person)

    def _story_country(self, sector: str | None) -> str | None:
        """The one country the story has given actors of ``sector`` so far, which a bare noun of that sector
        carries ("Canadian police … the police"); none for private people or when several countries."""
        countries = self.st.sector_countries.get(sector or "")
        if not countries or len(countries) != 1 or sector in UNCARRIED_SECTORS:
            return None
        return next(iter(countries))


#: attackers a story names by what they did: of no country it tells (coding guide: unknown gunmen are ---REB),
#: not even of the one earlier armed group the story named
ATTACKER_NOUNS = frozenset({"gunman", "gunmen", "terrorist", "terrorists", "attacker", "attackers",
                            "assailant", "assailants", "bomber", "bombers", "shooter", "shooters", "hijacker",
                            "hijackers"})

#: sectors a bare noun does not carry a country into from one earlier mention: "girls", "a woman" attacked in
#: an Oct 7 story are not Palestinian because a Palestinian prisoner was named first
UNCARRIED_SECTORS = frozenset({"CVL"})

#: agent nouns that, followed by "of" and a noun that names no actor, measure it instead
MEASURE_SENSES = frozenset({"jet", "jets", "army", "armies", "fleet", "battery", "host", "legion", "legions",
                            "squadron", "brigade", "troop", "troops", "wave", "force"})

#: heads of place names whose nationality word is a name, not an owner ("the Indonesian Hospital" in Gaza)
FACILITY_NOUNS = frozenset({"hospital", "clinic", "school", "university", "college", "academy", "mosque",
                            "church", "cathedral", "hotel", "restaurant", "stadium", "club", "bakery"})


#: an American politician's party and state after the name: ", D-N.D.", " (R-Neb.)", ", I-Vt."
US_PARTY_STATE = re.compile(r"\s*[,(]\s*[DRI]-[A-Z][A-Za-z]{0,4}\.?(?:[A-Z]\.)?[,)]")


def _us_party_state(doc: Doc, end: int) -> bool:
    """The words after a mention are an American party-and-state tag ("Sen. Ben Sasse, R-Neb., said")."""
    at = doc[end - 1].idx + len(doc[end - 1]) if end > 0 else 0
    return bool(US_PARTY_STATE.match(doc_text(doc), at, at + 16))  # (doc.text would rebuild it per mention)


def _facility_name(head: Token) -> bool:
    """A capitalised facility name: a nationality inside it names it, not its country ("Turkish Friendship
    Hospital"); a common noun keeps it ("a Turkish hospital")."""
    return head.lower_ in FACILITY_NOUNS and head.text[:1].isupper()


#: words that name what kind of organisation an unknown named organisation is (last matching word wins)
ORG_SECTOR_WORDS = {
    "GOV": ("department", "ministry", "administration", "agency", "office", "commission", "council", "bureau",
            "service", "authority", "cabinet", "government", "embassy", "secretariat", "board"),
    "LEG": ("committee", "subcommittee", "parliament", "assembly", "senate", "congress", "caucus",
            "legislature"),
    "JUD": ("court", "tribunal", "prosecutor's", "prosecution", "judicial", "circuit"),
    "COP": ("police", "sheriff's", "constabulary", "guard", "investigations", "patrol", "marshals"),
    "MIL": ("army", "navy", "force", "forces", "command", "brigade", "corps", "regiment", "battalion"),
    "PTY": ("party",),
    "MED": ("news", "times", "post", "journal", "tribune", "herald", "gazette", "broadcasting", "tv",
            "television",
            "radio", "press", "magazine", "newspaper", "network", "media"),
    "EDU": ("university", "college", "school", "academy"),
    "NGO": ("foundation", "institute", "center", "centre", "coalition", "association", "alliance", "union",
            "organization", "organisation",
            "federation", "society", "league", "watch", "fund", "network", "trust", "club"),
    "BUS": ("inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc", "group",
            "bank", "holdings", "airlines", "motors", "technologies", "industries", "plc"),
    "HLH": ("hospital", "clinic"),
}
_ORG_WORD_SECTOR = {w: sec for sec, words in ORG_SECTOR_WORDS.items() for w in words}


def org_sector(span: Span) -> str | None:
    """Sector of a named organisation from the words of its name ("House Oversight Committee" → LEG)."""
    for t in reversed(span):
        sector = _ORG_WORD_SECTOR.get(t.lower_)
        if sector is not None:
            return sector
    return None


def _named_body(span: Span) -> bool:
    """An ORG entity that names a body: capitalised words, no digits, not a lone short acronym, and no
    place or people the gazetteer knows (the model calls "Tigray" or "Tigrayan" an ORG too)."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "of", "and", "&")]
    if not words or any(t.like_num or not t.text[:1].isupper() for t in words):
        return False
    if len(words) == 1 and len(words[0].text) <= 2:
        return False
    from tacitus.geo.gazetteer import get_gazetteer

    gz = get_gazetteer()
    name = " ".join(t.text for t in words)
    people = any(gz.demonym_country(t.text) for t in words)
    return not (gz.has_key(name) or gz.demonym_country(name) or people)


def _looks_like_name(span: Span) -> bool:
    """A PERSON entity that is a name: capitalised words, no digits, not a handle or a whole clause."""
    root = span.root
    if root.dep_ == "oprd" and root.head.lemma_ in ("name", "call", "dub") and root.head.dep_ == "acl":
        return False  # "a cat named Frank": the name of what it names
    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words) \
        and not any(any(ch.isdigit() for ch in t.text) or "@" in t.text for t in words)


NAME_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "de", "da", "del", "van", "von", "der", "la", "le",
                            "el"})


def _other_first_name(doc: Doc, start: int, end: int, entry: Entry, lex: Lexicon) -> bool:
    """A leader matched by surname alone, preceded inside a PERSON name by a first name that is not the
    leader's ("Hunter Biden")."""
    if end - start != 1 or start == 0 or not entry.canonical or " " not in entry.canonical:
        return False
    prev = doc[start - 1]
    if prev.ent_type_ != "PERSON" or doc[start].ent_type_ != "PERSON" or not prev.text[:1].isupper():
        return False
    if prev.lower_ in lex.words or prev.lower_.rstrip(".") in ("mr", "mrs", "ms", "dr", "miss"):
        return False  # a title, not a first name
    return prev.text[:1] != entry.canonical[:1]


NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _given_name(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    """A leader's surname alias that is the first word of a longer PERSON name, so a given name
    ("Cameron L. Smith" is not David Cameron, "Morrison Jones" not Scott Morrison)."""
    if end - start != 1 or end >= len(doc) or not entry.canonical or " " not in entry.canonical:
        return False
    nxt = doc[end]
    if doc[start].ent_type_ != "PERSON" or nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I":
        return False
    return nxt.text[:1].isupper() and nxt.lower_ not in NAME_SUFFIXES


def word_entry(lex: Lexicon, t: Token) -> Entry | None:
    """The lexicon's entry for a single noun, name or adjective (an agent word, a title, a demonym …)."""
    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    w = lex.words
    e = w.get(t.lower_) or w.get(t.lemma_.lower())
    if e is not None and e.kind == "title" and t.ent_type_ == "PERSON" and t.ent_iob_ == "I":
        return None  # "Gayle King": a surname, not a king
    return e


#: nouns of recording devices and what they record, after which an initialism names the device
DEVICE_NOUNS = frozenset({"camera", "cameras", "footage", "image", "images", "system", "systems", "operator",
                          "operators", "surveillance", "monitoring", "still", "stills"})


def _initialism_of_a_device(doc: Doc, start: int, end: int) -> bool:
    """A body's initialism that modifies a device or its recording ("CCTV cameras", "CCTV images"): the
    technology the letters also stand for (closed-circuit television), not the body."""
    name = doc[start:end].text
    return end - start == 1 and end < len(doc) and name.isupper() and len(name) > 1 and \
        doc[end].lower_ in DEVICE_NOUNS


def _surname_after_given_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word organisation name right after a capitalised given name is a person's surname."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ in given_names()


NAMED_THINGS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


#: capitalised words that make a leader's name before them the name of a company, building or foundation
NAMED_BODY_WORDS = frozenset({
    "media", "organization", "organisation", "foundation", "tower", "towers", "hotel", "hotels", "airport",
    "university", "library", "center", "centre", "corp", "corp.", "inc", "inc.", "holdings", "industries",
    "entertainment", "resorts", "golf"})


def _inside_organisation(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A leader's name inside the name of a company, building or work ("Trump Media", "the Trump
    Organization", "Reagan National Airport"); not "the Trump administration", whose other word is an
    agent noun of ours."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in NAMED_BODY_WORDS:
        return True  # "Trump Media cofounders", whatever the NER made of it
    if doc[start].ent_type_ not in NAMED_THINGS:
        return False
    for ent in doc.ents:
        inside = ent.start <= start and end <= ent.end and ent.end - ent.start > end - start
        if inside and ent.label_ in NAMED_THINGS:
            rest = [t for t in ent if not (start <= t.i < end) and t.dep_ not in ("det", "case", "punct")]
            agent_word = any(t.lemma_.lower() in lex.words or t.lower_ in lex.words for t in rest)
            return bool(rest) and not agent_word
    return False


#: nouns that name others by their relation to the country before them ("US allies", "Russia's critics")
COUNTERPARTS = frozenset({"ally", "allies", "partner", "partners", "backer", "backers", "critic", "critics",
                          "opponent", "opponents", "rival", "rivals", "adversary", "adversaries", "enemy",
                          "enemies", "foe", "foes"})
#: the counterparts that are the country's side
SUPPORTERS = frozenset({"ally", "allies", "partner", "partners", "backer", "backers"})
#: countries whose allies and partners are the West (CAMEO WST) in news usage
WESTERN_ALIGNED = frozenset({"USA", "GBR", "FRA", "DEU", "ITA", "CAN", "UKR", "ISR", "POL", "NLD", "ESP",
                             "JPN", "KOR", "AUS"})


def _counterparts(u: _Unit, named: Actor | None) -> Actor | None:
    """The actor of "<country> allies/partners": the West when the country is Western-aligned or the
    alliance Western ("US allies", "Ukraine's allies", "NATO allies"); nobody otherwise (Russia's allies and
    anyone's critics are not named by it)."""
    head = u.root.head
    if named is None or head.lemma_.lower() not in SUPPORTERS:
        return None
    western = (not named.sector and named.country in WESTERN_ALIGNED) or \
        named.code.startswith(("IGOWSTNAT", "IGOEUREEC", "WST"))
    if not western:
        return None
    start = min(t.idx for t in head.subtree if t.i <= head.i and t.dep_ != "det")
    return Actor(text=doc_text(head.doc)[start:head.idx + len(head)], code="WST", country=None, sector=None,
                 start=start, end=head.idx + len(head), rule=f"allies:{named.code.lower()}")


def _a_persons_firm(doc: Doc, start: int) -> bool:
    """An organisation named after a person's possessive ("Henry's Turkey Service", "Joe's Italian Kitchen"):
    a private firm, whose country and sector words are part of its name."""
    while start > 0 and doc[start - 1].pos_ == "PROPN":  # (the name's first word: "Turkey Service")
        start -= 1
    if start < 2 or doc[start - 1].tag_ != "POS":
        return False
    owner = doc[start - 2]
    return owner.ent_type_ == "PERSON" or (owner.is_title and owner.lower_ in given_names())


def _parent_body(da: DocumentActors, head: Token) -> Entry | None:
    """The intergovernmental organisation whose name opens the name of an organisation we do not know
    ("United Nations Development Programme", "UN Relief and Works Agency", "European Union Naval Force")."""
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end and e.label_ == "ORG"), None)
    if ent is None or ent.start >= head.i:
        return None
    first = da._units[da._unit_of[ent.start]].entry
    return first if first is not None and first.kind == "org" and first.code.startswith("IGO") else None


#: American local news: "Lexington County", "Rapides Parish", a sheriff's office or department, a grand
#: jury, a state's circuit or superior court, an interstate, a state legislator ("state Sen. Ray Miller")
US_COUNTY = re.compile(r"\b(?:St\. )?[A-Z][a-z]*[A-Z]?[a-z]+(?: [A-Z][a-z]+)? (?:County|Parish)\b"
                       r"(?! (?:Council|Hall))|"  # ("DuPage County", "McHenry County", "St. Clair County")
                       r"\b(?:[Ss]heriff['’]s (?:Office|Department|[Dd]eput(?:y|ies))|[Gg]rand jury|"
                       r"Superior Court|Circuit Court|"
                       r"District Attorney|Interstate \d+|I-\d+|Council(?:man|woman|member)|"
                       r"[Cc]ity [Mm]anager|Board of (?:Supervisors|Commissioners|Aldermen|Selectmen))\b|"
                       r"\bstate (?:Sen\.|Rep\.|[Ss]enator\b|[Rr]epresentative\b|[Aa]ssembly(?:man|woman)\b)")

#: how American local news writes, though Canadian news may too: felony and misdemeanor charges (no longer
#: British or Canadian law's words), street addresses with a house number ("2517 Memphis St., Alexandria")
#: or a numbered street ("West 11th Street"), "the 900 block of" a street, school boards and districts, a
#: township's clerk or police, state police
US_LOCAL_STYLE = re.compile(
    r"\b(?:felony|felonies|misdemeanou?rs?)\b|"
    r"\b\d{2,5} (?:[NSEW]\. )?[A-Z][a-z]+ (?:St|Ave|Blvd|Rd|Dr)\., [A-Z]|"
    r"\b\d+(?:st|nd|rd|th) (?:Street|Avenue)\b|"
    r"\b[Ss]chool (?:[Bb]oard|[Dd]istrict)\b|\b[Bb]oard of [Ee]ducation\b|\bState [Pp]olice\b|"
    r"\bthe \d+ block of\b|\b[Tt]ownship (?:[Cc]lerk|[Aa]ttorney|[Pp]olice|[Cc]ommittee|[Tt]rustees?)\b")


def _towns_of_states(doc: Doc, units: list[_Unit], places: PlaceIndex, outlet: str | None = None) -> None:
    """A town written with its state or province ("LONDON, Ky.", "Paris, Texas") lies in that state's country,
    there and wherever the document names it again: its units become places of that country."""
    text = doc_text(doc)
    places_units = [u for u in units if (u.entry.kind in PLACE_KINDS if u.entry is not None else
                                         u.ent in ("GPE", "LOC"))]
    if not places_units:
        return
    names = {id(u): text[doc[u.start].idx:doc[u.end - 1].idx + len(doc[u.end - 1])] for u in places_units}
    towns: dict[str, str] = {}
    for u in places_units:
        name = names[id(u)]
        if u.entry is not None and u.entry.kind == "capital" and u.entry.code != "USA" and \
                [t.lower_ for t in doc[u.end:u.end + 2]] == ["police", "department"] and \
                "USA" in town_countries(name):
            towns.setdefault(name.lower(), "USA")  # "the Paris Police Department": Paris, Texas (a town
            # written with its state, below, still tells its own country)
        if u.end >= len(doc) or doc[u.end].text != "," or (u.entry is not None and u.entry.kind == "country"):
            continue
        comma = doc[u.end]
        country = subdivision_country(text[comma.idx + 1:comma.idx + 24])
        state = STATE_AFTER_TOWN.match(text, comma.idx + 1)
        if country is None and state is not None and \
                places.lookup(state.group(1)) not in town_countries(name):  # (the namesake country's towns)
            country = STATES_NAMED_LIKE_COUNTRIES[state.group(1).lower()]  # "Grovetown, Georgia" (not Batumi)
        if country is not None:
            towns[name.lower()] = country
    local = set(towns.values()) | ({"USA"} if american_local_news(doc) else set())
    anchors = local | subdivisions_named(text) | ({outlet} if outlet else set())
    # ("the Lexington County jail": American local news; an Irish outlet: "Dundalk" is Irish)
    for u in places_units:  # "Georgia authorities" in a story of Atlanta and an Arizona woman: the state
        home = STATES_NAMED_LIKE_COUNTRIES.get(names[id(u)].lower())
        if home is not None and (home in anchors or _before_a_state_body(doc, u)) and \
                u.entry is not None and u.entry.kind == "country" and \
                not COUNTRY_SIGNS.get(names[id(u)].lower(), _NEVER).search(text):
            u.entry = Entry("place", names[id(u)], f"place:{names[id(u)].lower()}+state", home)
    if not anchors:
        return
    for u in places_units:  # a country's name as a town's in local news: "Lebanon Police", "36, of Palestine"
        name = names[id(u)]
        if local and u.entry is not None and u.entry.kind == "country" and name.lower() not in towns and \
                _used_as_town(doc, u):
            here = sorted(local & town_countries(name))
            if here:
                towns[name.lower()] = here[0]
    named = {u.entry.code for u in units if u.entry is not None and u.entry.kind in ("country", "demonym")
             and doc[u.start:u.end].text.lower() not in towns}
    evidence = anchors | named  # the countries the story itself names or is anchored in
    for u in places_units:
        name = names[id(u)]
        country = towns.get(name.lower())
        kind = u.entry.kind if u.entry is not None else u.ent
        # (a capital as someone's home town, "Mark Hill, a Paris resident", "a Paris man": a town's use)
        town_use = local or _dateline(doc, u) or _local_body(doc, u) or _used_as_town(doc, u)
        default = u.entry.code if kind == "place" or (kind == "capital" and town_use) \
            else places.lookup(name) if kind == "GPE" else None
        if country is None and default is not None and default not in evidence:
            # "an Alexandria grand jury" in a story of Virginia: the American town, when the story names
            # no Egypt; a capital only in local news ("a Paris man" of Henry County), as "Biden flew to
            # Paris" in a story that names Virginia is still the French capital
            country = next(iter(sorted(anchors & town_countries(name))), None)
            if country is None and kind == "capital" and american_local_news(doc):
                country = "USA"  # "two London residents" of a Laurel County story: London, Kentucky, a town
                # too small for the gazetteer (the story names no Britain)
        if country is not None:
            u.entry = Entry("place", name, f"place:{name.lower()}+state", country)


#: nouns that describe one person, whom a later he or she can refer to when no one is named
FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "daughter", "wife", "policewoman", "sister",
                          "grandmother", "businesswoman", "congresswoman", "spokeswoman", "chairwoman"})
MALE_NOUNS = frozenset({"man", "boy", "father", "son", "husband", "policeman", "brother", "grandfather",
                        "gunman", "businessman", "congressman", "spokesman", "chairman"})
ONE_PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS | frozenset({
    "officer", "inspector", "detective", "sergeant", "constable", "trooper", "deputy", "suspect", "victim",
    "teenager", "teen", "driver", "motorist", "resident", "soldier", "journalist", "reporter", "doctor",
    "nurse", "judge", "prosecutor", "student", "teacher", "worker", "employee", "attacker", "assailant",
    "defendant", "inmate", "prisoner", "passenger", "pedestrian", "witness", "neighbor", "neighbour", "guard",
    "juvenile", "lawyer", "attorney", "priest", "pastor", "activist", "protester", "official", "minister"})


def _described_gender(head: Token) -> str | None:
    """The gender a person noun tells ("a female police inspector", "the gunman"), if any."""
    words = {head.lemma_.lower()} | {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    if words & (FEMALE_NOUNS | {"female"}):
        return "female"
    if words & (MALE_NOUNS | {"male"}):
        return "male"
    return None


def _aged(doc: Doc, end: int) -> bool:
    """The name is followed by an age (", 45,"): local news names people so, never bodies."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age, after = doc[end + 1], doc[end + 2]
    return age.is_digit and 0 < int(age.text) < 120 and after.text in (",", ".", ")", "of", "and")


def _copular_description(head: Token) -> Token | None:
    """What a named person is said to be, which tells who he is like an apposition ("Christopher Steele, who
    wrote the reports, is a former officer in Britain's Secret Intelligence Service"); not when denied."""
    be = head.head
    if head.dep_ != "nsubj" or head.ent_type_ != "PERSON" or be.lemma_ != "be" or be.i < head.i or \
            any(c.dep_ == "neg" for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _before_a_state_body(doc: Doc, u: _Unit) -> bool:
    """The name stands before a body only an American state has ("the Georgia Bureau of Investigation")."""
    last = doc[u.end - 1]
    return bool(STATE_BODY.match(doc_text(doc), last.idx + len(last)))


def _surnames_named_like_countries(doc: Doc, units: list[_Unit]) -> set[int]:
    """A country's name after a given name is a surname ("reporter Bill Holland", "Officer Jordan
    Smith" is not), and before a surname in one person's name a given name ("Georgia Stevens", "Israel
    Folau"): there, and where the story names that person again by it ("Holland said", "Georgia began
    skating"), not after a preposition of place ("in Holland") or a town and its comma ("Macon, Georgia").
    The tokens so read as a person's name."""
    given = given_names()
    names = set()
    for u in units:
        e = u.entry
        if e is not None and e.kind == "country" and u.end - u.start == 1 and u.start > 0:
            before = doc[u.start - 1]
            if before.is_title and before.lower_ in given and before.ent_type_ in ("PERSON", "") and \
                    before.tag_ in ("NNP", "NNPS"):
                names.add(doc[u.start].lower_)
        if e is not None and e.kind == "country" and u.end - u.start == 1 and _first_of_a_name(doc, u.start):
            names.add(doc[u.start].lower_)
    people: set[int] = set()
    if not names:
        return people
    for u in units:
        tok = doc[u.start]
        if u.entry is not None and u.entry.kind == "country" and u.end - u.start == 1 and \
                tok.lower_ in names and not _named_as_a_place(doc, u.start):
            u.entry, u.ent = None, "PERSON"
            people.add(u.start)
    return people


def _named_as_a_place(doc: Doc, at: int) -> bool:
    """The name is the place's where it stands: after a preposition of place ("in Holland"), a town and its
    comma ("Macon, Georgia") or before a noun it modifies without being a person's ("the Georgia premier")."""
    tok = doc[at]
    return (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS) or \
        (at > 1 and doc[at - 1].text == "," and doc[at - 2].ent_type_ == "GPE") or \
        (tok.dep_ in ("compound", "nmod") and tok.ent_type_ != "PERSON")


def _first_of_a_name(doc: Doc, at: int) -> bool:
    """The word opens a person's name the parser reads whole, before a capitalised surname ("Georgia
    Stevens"); not before a title ("Georgia Governor Brian Kemp" is a state's governor)."""
    tok = doc[at]
    if at + 1 >= len(doc) or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
        return False
    nxt = doc[at + 1]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.is_title and nxt.tag_ == "NNP"


#: states that share a country's name, by the country they are states of
STATES_NAMED_LIKE_COUNTRIES = {"georgia": "USA"}
#: such a state's name after a town and its comma ("Grovetown, Georgia, said")
STATE_AFTER_TOWN = re.compile(r"\s*(Georgia)\b(?!n)")
#: words that put a story in the country, not the state of the same name
COUNTRY_SIGNS = {"georgia": re.compile(r"\b(?:Tbilisi|Georgians?|Abkhaz\w*|South Ossetia\w*|Saakashvili|"
                                       r"Batumi|Kutaisi|Ivanishvili|Kobakhidze|Zourabichvili|Garibashvili|"
                                       r"Caucasus)\b")}
_NEVER = re.compile(r"(?!)")
#: bodies only an American state has, after the state's name ("the Georgia Bureau of Investigation")
STATE_BODY = re.compile(r"\s+(?:Bureau of Investigation|State Patrol|Highway Patrol|General Assembly|"
                        r"State Police|Department of (?:Corrections|Public Safety|Transportation|Revenue)|"
                        r"State University|Tech\b|Supreme Court|Court of Appeals|State Senate|State Capitol|"
                        r"Secretary of State)")

#: lexicon kinds that name a place a town may share its name with
PLACE_KINDS = frozenset({"capital", "place", "country"})


#: nouns a town names in local news ("Lebanon Police", "a Paris man")
LOCAL_NOUNS = frozenset({
    "police", "department", "city", "council", "mayor", "officer", "officers", "detective", "detectives",
    "fire", "school", "man", "woman", "resident", "residents", "teen", "boy", "girl", "couple", "family",
    "township", "village", "court", "hospital", "library",
})


def _dateline(doc: Doc, u: _Unit) -> bool:
    """The unit is a dateline: a place in capitals opening a sentence, before a dash ("VICTORIA - The home
    of a family …" in a story of British Columbia is not the Seychelles' capital)."""
    dash = doc[u.end] if u.end < len(doc) else None
    return doc[u.start].is_sent_start and doc[u.start].is_upper and dash is not None and \
        dash.text in ("-", "--", "—", "–")


def _local_body(doc: Doc, u: _Unit) -> bool:
    """The place names a town's own body ("the Paris Police Department", "Paris City Council"): in a story
    that names an American state, the namesake town there rather than the capital."""
    return u.end < len(doc) and doc[u.end].lower_ in LOCAL_BODY_WORDS


def _used_as_town(doc: Doc, u: _Unit) -> bool:
    """A country's name used as a town's: the modifier of a local noun ("Lebanon Police"), or a hometown
    after an age ("Terry Jolly, 60, Lebanon, was arrested")."""
    root = u.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in LOCAL_NOUNS:
        return True
    at = u.start - 1 if u.start >= 1 and doc[u.start - 1].lower_ == "of" else u.start  # ", 36, of Palestine"
    return at >= 2 and doc[at - 1].text == "," and doc[at - 2].like_num


#: words of a patronymic name, which later mentions cut to the given name ("Prince Mohammed")
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})
UNKNOWN_ORG = "org:unknown"
#: words a sentence needs to count surely in the distance a pronoun looks back over
MIN_SENTENCE_WORDS = 3


def _fragment(sent: Span) -> bool:
    """A piece the sentence splitter cut from a quote: fewer than three words and a quote mark or a bracket
    in it, or starting in lower case ("“", "No! (", "he added.")."""
    words = sum(t.is_alpha for t in sent)
    if words >= MIN_SENTENCE_WORDS:
        return False
    text = sent.text.strip()
    return not words or text[:1].islower() or any(c in QUOTE_MARKS or c in "()[]" for c in text)


#: titles written before a person's name that the parser may take with it for an organisation's name
#: (not "general", "chief", "captain", "president": "General Motors", "Captain Morgan")
PERSON_TITLE_WORDS = frozenset({"ambassador", "inspector", "detective", "sergeant", "sgt", "judge", "senator",
                                "minister", "governor", "mayor", "prosecutor", "commissioner", "colonel",
                                "lieutenant", "councillor", "councilman", "councilwoman", "sheriff",
                                "constable"})
#: ranks of the police and the army alike: in a story of the police, a police rank ("Sgt. Kosinski")
RANKS = frozenset({"sgt.", "sgt", "sergeant", "lt.", "lieut.", "lieutenant", "capt.", "cpt.", "captain"})
POLICE_WORDS = frozenset({"police", "sheriff", "deputy", "deputies", "officer", "officers", "detective",
                          "arrest", "arrested", "patrol", "trooper"})
MILITARY_WORDS = frozenset({"army", "military", "troops", "soldier", "soldiers", "regiment", "battalion",
                            "marines", "navy", "platoon"})


def rank_sector(word: Token, sector: str | None) -> str | None:
    """A rank's sector: the police's in a story of the police ("Sgt. Kosinski stopped a tenant"), else the
    title's own (the army's)."""
    return "COP" if word.lower_ in RANKS and police_story(word.doc) else sector


def police_story(doc: Doc) -> bool:
    """The story tells of the police more than of an army (its ranks are police ranks)."""
    if "tacitus_police_story" not in doc.user_data:
        words = [t.lower_ for t in doc]
        doc.user_data["tacitus_police_story"] = \
            sum(w in POLICE_WORDS for w in words) > sum(w in MILITARY_WORDS for w in words)
    return doc.user_data["tacitus_police_story"]


#: first words of names that are no body: an operation, a storm ("Operation Falcon", "Hurricane Betsy")
NAMED_NON_BODIES = frozenset({"operation", "hurricane", "typhoon", "cyclone", "storm", "tropical", "tornado",
                              "wildfire", "fire", "flood", "earthquake",
                              "measure", "proposition", "prop", "amendment", "initiative"})  # ballot measures


#: private people, whose nationality the story tells once for all their mentions
PRIVATE_PEOPLE = frozenset({"CVL", "CRM", "REF"})


def _nationality_told_later(da: DocumentActors) -> None:
    """A private person's origin told after their first mentions ("Police arrested Jose Gomez … Gomez, a
    native of Mexico, was held") is theirs at every mention (coding guide: a person keeps their country)."""
    told: dict[str, Actor] = {}
    for a in da._actor.values():
        if a is not None and a.person and a.country and "origin:" in a.rule and \
                (a.sector or "")[:3] in PRIVATE_PEOPLE:
            told.setdefault(a.person, a)
    if not told:
        return
    for k, a in da._actor.items():
        if a is None or not a.person or a.country or (a.sector or "")[:3] not in PRIVATE_PEOPLE:
            continue
        origin = told.get(a.person)
        if origin is not None:
            da._actor[k] = replace(a, code=make_code(origin.country, a.sector), country=origin.country,
                                   rule=f"{a.rule}+origin:told-later")


def _drop_names_inside_names(da: DocumentActors) -> None:
    """An unknown organisation read off words inside a known actor's name is no actor of its own ("the
    Coordination of Humanitarian Affairs" inside "the UN Office for the Coordination of Humanitarian
    Affairs")."""
    known = [(a.start, a.end) for a in da._actor.values()
             if a is not None and not a.rule.startswith(UNKNOWN_ORG)]
    for k, a in list(da._actor.items()):
        if a is not None and a.rule.startswith(UNKNOWN_ORG) and \
                any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in known):
            da._actor[k] = None


def _party_members_in_legislature(da: DocumentActors) -> None:
    """"Democrats on Capitol Hill", "Republicans in Congress": a party's members in a legislature are that
    legislature's (LEG), as "House Democrats" are."""
    for k, a in list(da._actor.items()):
        if a is None or a.sector != "PTY":
            continue
        for prep in da._units[k].root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            body = da._actor.get(da._unit_of[place.i]) if place is not None else None
            if body is not None and body.sector == "LEG":
                country = a.country or body.country
                da._actor[k] = replace(a, code=make_code(country, "LEG"), country=country, sector="LEG",
                                       rule=f"{a.rule}+in:{body.text.lower()}")
                break


def _referring_it(tok: Token) -> bool:
    """"it" standing for something ("it rejected the claims"), not a dummy ("it is unfortunate that …")."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    head = tok.head
    return head.lemma_ not in ("be", "seem", "appear", "take", "remain", "become", "look", "matter", "mean")
