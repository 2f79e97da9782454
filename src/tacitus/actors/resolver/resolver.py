"""The actor resolver: noun phrases -> CAMEO-style actor codes over a place and actor lexicon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tacitus.actors.lexicon import PROPER_KINDS, Entry, Lexicon, entry_country_sector, pick_role
from tacitus.actors.places import PlaceIndex, outlet_country
from tacitus.actors.resolver.antecedents import (
    SPEAKER_SPAN,
    _gender,
    _initials,
    _quoted,
    _speaks,
    _State,
    acronym_after,
    armed_campaign,
    asker_of_complement,
    bare_plural_antecedent,
    body_name_before,
    bound_by_subject,
    campaign_of_acts,
    commercial,
    definite_antecedent,
    elliptical_one,
    epithet_antecedent,
    followers_of_political_figures,
    fronted_for_subject,
    fronted_for_unknown_subject,
    group_role,
    is_head,
    named_body_modifier,
    named_owner,
    one_of_those_named,
    own_clause_subject,
    owned_by_pronoun_owner,
    owner_in_conjunction,
    pairs_named_before,
    person_key,
    quote_speakers,
    quoted_since,
    reporting_subject,
    role_antecedent,
    span_root,
    speaker_of_object,
    voices_of_owners,
)
from tacitus.actors.resolver.local import (
    ONE_PERSON_NOUNS,
    described_gender,
    surnames_named_like_countries,
    surnames_named_like_towns,
    towns_of_states,
)
from tacitus.actors.resolver.names import (
    COUNTERPARTS,
    _counterparts,
    _fragment,
    drop_names_inside_names,
    given_name,
    initialism_of_a_device,
    inside_organisation,
    names_a_body,
    nationality_told_later,
    other_first_name,
    party_members_in_legislature,
    referring_it,
    surname_after_given_name,
    word_entry,
)
from tacitus.actors.resolver.phrase import (
    NP,
)
from tacitus.actors.resolver.units import (
    ENT_KINDS,
    NOMINAL_POS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    SUBJECT_DEPS,
    DocumentActors,
    _Unit,
    carried_title,
    mentioned_by,
)
from tacitus.model.records import Actor
from tacitus.nlp.names import LANGUAGE_NOUNS


def _fronted_phrases(pron: Token) -> list[tuple[int, int]]:
    """Character spans of the prepositional phrases and subjectless participles that open a subject
    pronoun's own clause: "During talks with President Biden, he raised …", "Speaking alongside Macron, he
    said …" speak of a partner there, not of who "he" is (not "When Macron arrived, he …")."""
    if pron.dep_ not in SUBJECT_DEPS:
        return []
    doc = pron.doc
    return [(doc[c.left_edge.i].idx, doc[c.right_edge.i].idx + len(doc[c.right_edge.i]))
            for c in pron.head.children if c.i < pron.i and (c.dep_ == "prep" or (
                c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and
                not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "mark" for g in c.children)))]


def _pronoun_chain(pron: Token, fits: list[tuple[Actor, int, bool]], latest: Actor,
                   here: int) -> tuple[Actor, int] | None:
    """The person an earlier subject ``pron`` of its own sentence stands for ("He …"), when the latest person
    before ``pron`` (``latest``) was named since only as an object ("He admitted it in an interview with
    Trotter at the hospital, where he was treated": the first he's); not in a clause about that person ("He
    met Smith, who said he …")."""
    named = pron.doc.char_span(latest.start, latest.end, alignment_mode="expand")
    if named is None or named.root.pos_ != "PROPN" or named.root.dep_ not in OBJECT_DEPS or \
            any(a.start == latest.start and subj for a, _si, subj in fits) or \
            any(t.dep_ == "relcl" and latest.start <= t.head.idx < latest.end for t in pron.ancestors):
        return None
    return next(((a, si) for a, si, subj in fits if subj and a.text.lower() == pron.lower_ and si == here and
                 a.start < latest.start), None)


#: the dependencies of a verb's or a preposition's object
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative"})


#: words that pick some of a set out of it: "three of them", "most of them", "none of them"
PARTITIVE_WORDS = frozenset({"some", "most", "many", "all", "none", "several", "few", "half", "each", "both",
                             "majority", "rest", "dozens", "hundreds", "number"})


def _someone_unnamed(da: DocumentActors, st: _State, after: int, pron: Token, own: Actor) -> bool:
    """A person no name holds is mentioned between offset ``after`` and ``pron`` (not ``own``, the
    clause's subject): one described, or a private person by a singular noun ("a tenant")."""
    if any(after < a.start < pron.idx and a.start != own.start for a, _si, _g in st.described):
        return True
    for t in da.doc[pron.sent.start:pron.i]:
        a = da.unit_actor(t) if t.tag_ == "NN" else None
        if a is not None and after < a.start and a.start != own.start and not a.person and \
                (a.sector or "")[:3] == "CVL":
            return True
    return False


#: nouns of a body's own act that a body named before them did ("the Senate announcement", "the ministry
#: statement", "the council decision")
BODY_ACTS = frozenset({"announcement", "statement", "decision", "proposal", "plan", "ruling", "order",
                       "request", "warning", "offer", "veto", "ultimatum", "demand"})
#: sectors of bodies (not of trades or people: "the student plan", "a lawyer statement")
BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "IGO", "PTY"})


def _body_before_act(u: _Unit, word: Entry | None) -> bool:
    """A public body as the modifier of a noun of its own act ("the Senate announcement", "the Foreign
    Ministry statement"): the body is an actor of its own, whose act the noun names ("a police car", "an army
    base" are no acts)."""
    e = u.entry if u.entry is not None else word
    return u.root.dep_ == "compound" and e is not None and e.kind == "agent" and e.sector in BODY_SECTORS \
        and u.root.head.lemma_.lower() in BODY_ACTS


def _same_mention(a: Actor, b: Actor) -> bool:
    """``a`` and ``b`` are one person: the same mention, or the same person's name."""
    return a.start == b.start or (bool(person_key(a)) and person_key(a) == person_key(b))


def _partitive(pron: Token) -> bool:
    """"Three of them", "most of them": a pronoun after "of" that some of its set is picked out of."""
    of = pron.head
    if pron.lower_ != "them" or pron.dep_ != "pobj" or of.lower_ != "of":
        return False
    amount = of.head
    return amount.i < pron.i and (amount.like_num or amount.lower_ in PARTITIVE_WORDS)


def _counted(doc: Doc, a: Actor) -> bool:
    """The group was named with its number ("12 protesters", "some 80 workers")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    words = [*span, *([doc[span.start - 1]] if span.start > 0 else [])]
    return any(t.like_num and t.pos_ == "NUM" for t in words)


def _opens_its_sentence(doc: Doc, start: int, head: Token) -> bool:
    """The person's name is its clause's subject: by the parse, or, in a sentence left unparsed (no trigger
    word in it), by opening the sentence ("Castro came to power in 1959. He defied the US …": Castro)."""
    if head.dep_ in SUBJECT_DEPS:
        return True
    if head.dep_ or head.sent.root.dep_:
        return False
    first = next((t for t in head.sent if not t.is_punct), None)
    return first is not None and first.i == start


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
            if entry.kind == "demonym" and e < len(doc) and doc[e].pos_ == "PROPN" and \
                    self.places.lookup(doc[s:e + 1].text) not in (None, entry.code):
                continue  # "Spanish Town" is in Jamaica, "Dutch Harbor" in Alaska: a town's name, no people
            if entry.kind == "leader" and (other_first_name(doc, s, e, entry, self.lex) or
                                           given_name(doc, s, e, entry) or
                                           inside_organisation(doc, s, e, self.lex)):
                continue  # "Hunter Biden" is not Joe Biden, nor is "Trump Media" Donald Trump
            if entry.kind in ("org", "metonym") and surname_after_given_name(doc, s, e):
                continue  # "Michael Bloomberg" is no news agency, "Gerald Ford" no carmaker
            if entry.kind in ("org", "metonym") and initialism_of_a_device(doc, s, e):
                continue  # "CCTV cameras", "CCTV footage": closed-circuit television, not the broadcaster
            if entry.kind in ("org", "metonym") and runs_into_a_ministry(doc, s, e):
                continue  # "the department of the Interior Ministry": a ministry's department, no US one
            if entry.code == "WST" and e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper():
                continue  # "Western State Hospital", "Western Union": a name, not the West
            spans.append(Span(doc, s, e, label=match_id))
        base, layer = len(entries), self.lex.layer
        for s, e, k in layer.matches(doc):  # the Phoenix layer (numbered after ours; ours win ties)
            if runs_into_a_ministry(doc, s, e):
                continue
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
            root = span_root(sp)
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
            label = "ORG" if ent.label_ == "PERSON" and names_a_body(doc[s:e]) else ent.label_
            idx = len(units)  # ("British Airways": the parser's person with a company's last word)
            units.append(_Unit(s, e, None, label, span_root(doc[s:e])))
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
        towns_of_states(doc, units, self.places, outlet_country(url))
        da.surnames |= surnames_named_like_countries(doc, units) | surnames_named_like_towns(doc, units)
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
        order = sorted((k for k, u in enumerate(units)
                        if u.entry is not None or u.root.pos in NOMINAL_POS or elliptical_one(u.root)),
                       key=lambda k: units[k].start)
        heads = [k for k in order if is_head(doc, units[k])]
        head_set = set(heads)
        mods = [k for k in order if k not in head_set]
        early = {k for k in mods if named_owner(units[k]) or (
            named_body_modifier(units[k]) and word_entry(self.lex, units[k].root.head) is None and
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
                owner = owner_in_conjunction(da, u.root) or bound_by_subject(da, u.root) or \
                    fronted_for_subject(da, u.root, st)
                if owner is None and not fronted_for_unknown_subject(da, u.root):
                    owner = self._resolve_unit(da, k, st, sent_of)
                da._actor[k] = owner
                if u.root.head.lemma_.lower() in COUNTERPARTS:  # "its allies": the West, as "US allies"
                    side = _counterparts(u, owner)
                    if side is not None:
                        da._actor[da._unit_of[u.root.head.i]] = side
                continue
            word = word_entry(self.lex, u.root) if u.root.pos_ in ("NOUN", "PROPN") else None
            body_act = _body_before_act(u, word)  # "the Senate announcement"
            if u.entry is None and u.root.pos_ == "PROPN" and u.root.dep_ in ("compound", "poss"):
                name = doc[u.start:u.end].text  # "the Menendez indictment": a known person as a modifier
                known = st.named(name)
                if known is not None:
                    da._actor[k] = replace(known, text=name, start=doc[u.start].idx,
                                           end=doc[u.end - 1].idx + len(doc[u.end - 1]), rule="carry:person",
                                           title=carried_title(known))
                    continue
                if u.root.dep_ != "poss" and not body_act:
                    continue
            # "the governor's plan", "the Senate's announcement" (a body's name the tagger takes for a name)
            owner = body_act or (u.root.dep_ == "poss" and word is not None and
                                 word.kind in ("agent", "title"))
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
        voices_of_owners(da)
        owned_by_pronoun_owner(da)
        followers_of_political_figures(da)
        pairs_named_before(da)
        party_members_in_legislature(da)
        drop_names_inside_names(da)
        nationality_told_later(da)
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
        quote_speakers(da)
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
        speaker = speaker_of_object(head)  # "the victim told police a man shot him": the victim
        told = da.unit_actor(speaker) if speaker is not None else None
        if told is not None and (told.person is None or st.genders.get(person_key(told)) == gender) and \
                (told.sector or "")[:3] == "CVL":
            return mentioned_by(told, head, "coref:speaker")
        fronted = _fronted_phrases(head)
        speaks = _speaks(head)
        own = own_clause_subject(head)  # "Doe criticized him": not Doe
        own_actor = da.unit_actor(own) if own is not None else None
        # (a speaker is not one the quotes name: "“Obama has betrayed Israel,” he said" is not Obama)
        fits = [(a, si, subj) for a, si, subj in sorted(st.people, key=lambda p: -p[0].start)
                if a.start < head.idx and st.genders.get(person_key(a)) in (None, gender) and
                not any(lo <= a.start < hi for lo, hi in fronted) and
                not (speaks and _quoted(da, a.start)) and
                not (own_actor is not None and _same_mention(a, own_actor))]  # latest in text
        last = next(((a, si) for a, si, _ in fits if here - si <= 2), None)
        # (not after a pronoun subject, whose own mention the described ones do not hold: "he threw a can at
        # her")
        if own_actor is not None and own.pos_ != "PRON" and last is not None and \
                _someone_unnamed(da, st, last[0].start, head, own_actor):
            last = None  # "Kosinski stopped a tenant and asked him": the tenant, whom no name holds
        if head.dep_ in SUBJECT_DEPS and head.head.dep_ in ("conj", "ROOT"):
            # "Sunak recognised it had been a challenge in Beth's region, but he said …": the subject of the
            # sentence's first clause, before a later non-subject mention (not inside reported content)
            last = next(((a, si) for a, si, subj in fits if subj and si == here), last)
        if head.dep_ in SUBJECT_DEPS and last is not None and last[1] == here:
            # "He admitted it in an interview with Trotter at the hospital, where he was taken": the subject
            # chain of the same pronoun, not a person named since only as an object
            last = _pronoun_chain(head, fits, last[0], here) or last
        if head.dep_ in SUBJECT_DEPS and (last is None or last[1] < here):
            last = next(((a, si) for a, si, subj in fits if subj and 0 < here - si <= 3), last)
        # a subject pronoun right after a speaker's quotation, whatever its verb ("… he said, “You must
        # serve …” He urged them to …"): the speaker, as below, but only across nothing but the quotation
        after_quote = last is None and head.dep_ in SUBJECT_DEPS and not _quoted(da, head.idx)
        if speaks or after_quote:
            # "Dmitry Peskov says “… Weinstein is bad.” He says …": the speaker goes on, unless another person
            # was a subject since, outside quotes ("Kerry said … Lavrov disagreed. He said …": Lavrov)
            said = next(((a, si) for a, si in reversed(st.speakers) if a.start < head.idx and
                         0 <= here - si <= SPEAKER_SPAN and st.genders.get(person_key(a)) in (None, gender)),
                        None)
            # (further than three sentences back only across a quotation that names no one else: "… he
            # added" at the end of a long quote)
            if said is not None and not any(
                    (subj or here - said[1] > 3) and said[0].start < a.start < head.idx and
                    person_key(a) != person_key(said[0]) and not _quoted(da, a.start)
                    for a, _si, subj in st.people) and \
                    ((speaks and here - said[1] <= 3) or quoted_since(da, said[0].end, head.idx)):
                last = (said[0], here)
        if last is None:
            # no named person: the one person the sentence or the one before describes ("A female police
            # inspector had to seek medical attention after she was assaulted")
            last = next(((a, si) for a, si, g in reversed(st.described)
                         if a.start < head.idx and 0 <= here - si <= 1 and g in (None, gender) and
                         not (own_actor is not None and a.start == own_actor.start)), None)
        if last is None:
            return None
        rule = "coref:described" if last[0].person is None else "coref:pronoun"
        a = mentioned_by(last[0], head, rule)
        st.people.append((a, here, head.dep_ in SUBJECT_DEPS))
        if speaks:
            st.speakers.append((a, here))
        return a

    def _resolve_unit(self, da: DocumentActors, k: int, st: _State, sent_of: list[int]) -> Actor | None:
        u = da._units[k]
        head = u.root
        if elliptical_one(head):  # "Officials were angry. One said …"
            return one_of_those_named(da, head, st, sent_of)
        # pronouns
        if head.pos_ == "PRON":
            low = head.lower_
            here = sent_of[head.i]
            if low in PERSON_PRONOUNS:
                return self._person_pronoun(head, st, here, da)
            reporter = reporting_subject(head) if low != "it" or referring_it(head) else None
            if reporter is not None:  # "key US allies announced that they were joining": the allies
                a = da.unit_actor(reporter)
                return mentioned_by(a, head, "coref:reporter") if a is not None else None
            refers = low in ("they", "them", "their", "its") or (low == "it" and referring_it(head))
            objective = low == "them" or (low == "it" and head.dep_ in ("dobj", "pobj"))
            own = next((c for c in head.head.children if c.dep_ == "nsubj"), None) \
                if head.dep_ == "dobj" else None  # "groups called it a front": not the groups
            asker = asker_of_complement(head)  # "demanded that they …": not the demander, one asked
            asker_actor = da.unit_actor(asker) if asker is not None else None
            own_actor = da.unit_actor(own) if own is not None else None
            last = None
            if refers and _partitive(head):  # "Police arrested 12 protesters. Three of them were charged":
                last = st.counted_antecedent(  # some of a set the story counted, not of the police
                    here, head.idx, lambda a: _counted(da.doc, a))
            last = last or (st.group_antecedent(here, head.idx, plural=low not in ("it", "its"),
                                                objective=objective,
                                                not_at=own_actor.start if own_actor is not None else None,
                                                asker=asker_actor)
                            if refers else None)
            if last is not None:
                return mentioned_by(last, head, "coref:pronoun")
            return None
        if head.pos_ not in ("NOUN", "PROPN", "X", "ADJ") and u.entry is None:
            return None
        a = definite_antecedent(head, st, sent_of, da.country_of_word) or \
            bare_plural_antecedent(head, st, sent_of)
        if a is not None:  # "the agency" after "the UN Relief and Works Agency"
            return a
        a = epithet_antecedent(head, st, sent_of) or role_antecedent(head, st, sent_of)
        if a is not None:  # "Michael Bloomberg … the billionaire suggested", "a US official … the official"
            st.people.append((a, sent_of[head.i], head.dep_ in SUBJECT_DEPS))
            if _speaks(head):
                st.speakers.append((a, sent_of[head.i]))
            return a
        named = st.acronyms.get(da.doc[u.start:u.end].text)
        if named is not None:  # "IEA" after "the Institute for Economic Affairs (IEA)"; the story's own
            # definition before the lexicon's: "FSA" after "the Food Standards Agency (FSA)" is no rebel army
            span = da.doc[u.start:u.end]
            return replace(named, text=span.text, start=span.start_char, end=span.end_char,
                           rule=f"{named.rule}+acronym")
        np = NP(self, da, u, st)
        a = np.build()
        if a is None or (a.rule == "agent:campaign" and a.country is None and commercial(head)):
            return None  # "the Black Friday campaign offers 30% off": a sales campaign is no party's
        if a.rule == "agent:campaign" and armed_campaign(head):
            return None  # "Saudi Arabia's bombing campaign" is a war, no party's campaign team
        if campaign_of_acts(head):
            return None  # "a campaign of counter-measures against Wikileaks": acts, no campaign team
        acronym = acronym_after(da.doc, u.end)
        if acronym is not None and not a.person:
            st.acronyms.setdefault(acronym, a)
        name = body_name_before(head) if not a.person and a.sector else None
        if name is not None and da._units[da._unit_of[head.i - 1]].entry is None and st.named(name) is None:
            st.acronyms.setdefault(name, a)  # "the Unite union" … "Unite argues": the union, not a person
        named = da.doc.char_span(a.start, a.end, alignment_mode="expand") if not a.person and a.code else None
        initials = _initials(named) if named is not None else None
        if initials is not None:  # "Palestinian Authority officials" … "another PA official"
            st.acronyms.setdefault(initials, a)
        entry = np._entry(u)
        one = head.tag_ == "NN" and entry is not None and entry.kind in ("title", "weak")
        st.note(a, sent_of[head.i], np.sector_words, group_role(head), one)
        if not a.person and head.tag_ == "NN" and head.lemma_.lower() in ONE_PERSON_NOUNS:
            st.described.append((a, sent_of[head.i], described_gender(head)))
            if _speaks(head):  # "… according to the assistant district attorney. … he added"
                st.speakers.append((a, sent_of[head.i]))
        if a.person:
            st.people.append((a, sent_of[head.i], _opens_its_sentence(da.doc, u.start, head)))
            if _speaks(head):
                st.speakers.append((a, sent_of[head.i]))
            key = person_key(a)
            if st.genders.get(key) is None:  # "former President Trump" tells nothing; "Donald Trump" does
                st.genders[key] = _gender(da.doc, a)
        return a


_DEFAULT: ActorResolver | None = None
_OTHER_DEFAULTS: dict[bool, ActorResolver] = {}


#: nouns of a state's ministry, which no US body's name runs into ("the Interior Ministry"; not "Minister":
#: "Cabinet Office Minister Michael Gove" is a minister of the office)
MINISTRY_NOUNS = frozenset({"ministry", "ministries"})


def runs_into_a_ministry(doc: Doc, s: int, e: int) -> bool:
    """A name of several words whose last word opens a ministry's name ("the information department of the
    Interior Ministry", "the Department of Energy Ministry"): the words belong to the ministry, whose
    country is the story's, not to the body the lexicon lists."""
    return e - s > 1 and e < len(doc) and doc[e].lower_ in MINISTRY_NOUNS and doc[e - 1].text[:1].isupper()
