"""Choosing a frame's target, partner, complement actor, and an actor or place."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.coder.clauses import (
    ARMED_MODIFIERS,
    PERSON_OBJECT_PRONOUNS,
)
from tacitus.events.coder.clues import (
    direct_object,
)
from tacitus.events.coder.frame import (
    ANSWERING_ROOTS,
    COMPLEMENT_TARGET_PREPS,
    DIPLOMATS,
    FAULTED_ACT_PREPS,
    FAULTED_ACT_ROOTS,
    MEETING_OCCASIONS,
    MENACE,
    MONEY_WORDS,
    SEAT_NOUNS,
    THREAT_AUX,
    TRADED_GOODS,
    UNDERTAKING_VERBS,
    WRITING_VERBS,
    YIELDED_DEMANDS,
)
from tacitus.events.lexicon import Entry
from tacitus.events.roles import (
    DOCUMENT_NOUNS,
    PLACE_NOUNS,
    ActorLookup,
    earlier_author,
    earlier_proposer,
    holder_sector,
    names_party,
    np_span,
    object_owner,
    one_actor,
    through_objective,
    through_quantity,
)
from tacitus.events.syntax import (
    PASSIVE_SUBJECT_DEPS,
    agent,
    first_child,
    is_passive,
    pobj_of,
    subject,
    to_infinitive,
)
from tacitus.events.triggers import adjectival_passive, complement_verb, object_heads
from tacitus.model import Actor
from tacitus.nlp.doctext import doc_text

#: the wrongs an inquiry looks into, whose doer it may name ("corruption at the ministry")
WRONGS = frozenset({"crime", "rights_abuse", "war_crimes", "misconduct"})
#: what is alleged of someone ("allegations of bribery against the minister")
ALLEGED = frozenset({"allegations"})
#: the prepositions that name whose wrongdoing it is ("of fraud against / by / at / in / within X")
SUSPECT_PREPS = ("against", "by", "at", "in", "within", "inside")
#: where a wrong was done, which may name whose it is ("fraud at Petrobras", "abuses within the force")
PLACE_PREPS = ("at", "in", "within", "inside")
#: whom an allegation is about: "against" him, "at" or "in" his office (not "by": who alleged it)
ALLEGED_PREPS = ("against", *PLACE_PREPS)


def phrase_nouns(verb: Token, entry) -> list[Token]:
    """The nouns after "with" that belong to the entry's own phrase ("reacted with anger to the minister":
    the parse may hang "to" on "anger")."""
    words = {w for lemma in entry.lemmas if " with " in f" {lemma} " for w in lemma.split()[2:]}
    return [g for _, g in pobj_of(verb, ("with",)) if g.lemma_.lower() in words] if words else []


class TargetChoice:
    """EventCoder's choice of target, partner, complement actor and actor-or-place."""

    def _modifier_actor(self, noun: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The actor named inside a noun trigger's phrase: "Russian airstrikes", "US-led coalition
        strikes"."""
        own = actors.for_token(noun)
        if own is not None:
            return noun, own
        for c in sorted(noun.children, key=lambda t: t.i):
            if c.i > noun.i or c.dep_ not in ("compound", "amod", "poss", "nmod", "npadvmod"):
                continue
            for t in sorted(c.subtree, key=lambda t: -t.i):
                a = actors.for_token(t)
                if a is not None:
                    return t, a
                country = actors.country_for_token(t)
                if country and t.ent_type_ == "NORP":  # (a town names where, not who: "a Baghdad bombing")
                    return t, Actor(text=t.text, code=country, country=country, sector=None,
                                    start=t.idx, end=t.idx + len(t.text), rule="modifier:country")
        force = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and
                      c.lemma_.lower() in ARMED_MODIFIERS), None)
        if force is not None:  # "the police shooting of a man", "army shelling of rebel areas"
            return force, Actor(text=force.text, code=ARMED_MODIFIERS[force.lemma_.lower()], country=None,
                                sector=ARMED_MODIFIERS[force.lemma_.lower()], start=force.idx,
                                end=force.idx + len(force.text), rule="modifier:force")
        return None, None

    def _target_token(self, verb: Token, entry: Entry, actors: ActorLookup,
                      skip_dobj: bool = False) -> Token | None:
        for slot in entry.targets:
            if slot == "dobj":
                if skip_dobj:
                    continue
                o = direct_object(verb)
                found = self._actor_or_place(o, actors) if o is not None else None
                if found is not None and (self.cameo.root(entry.code) != "04" or names_party(o, actors) or
                                          o.lemma_.lower() in SEAT_NOUNS):
                    owner = object_owner(o, actors) if found.rule == "place:country" else None
                    if owner is not None and (owner.dep_ != "compound" or actors.for_token(owner).sector):
                        return owner  # "denied Donald Trump's request", "the Hamas request": not the country
                    return o  # "approve Ukraine funding": Ukraine receives it
            elif slot == "clause":  # "complained that the department had kept it in the dark": of it
                comp = complement_verb(verb)
                said = subject(comp) if comp is not None and comp.dep_ == "ccomp" else None
                if said is not None and self._actor_or_place(said, actors) is not None:
                    return said
                # "complained that the ministry's rules barred them", "that he was beaten by police"
                doer = (object_owner(said, actors) if said is not None else None) or \
                    (agent(comp) if comp is not None and comp.dep_ == "ccomp" and is_passive(comp) else None)
                if doer is not None and actors.for_token(doer) is not None:
                    return doer
            elif slot == "dative":
                o = first_child(verb, "dative", "iobj")
                if o is not None and o.pos_ in ("NOUN", "PROPN", "PRON"):
                    return o
                for _, obj in pobj_of(verb, ("to",)):
                    if self._actor_or_place(obj, actors) is not None:
                        return obj
            else:
                objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
                if self.cameo.root(entry.code) == "02":  # what is asked for: "called for talks with Russia"
                    objs += [g for _, g in pobj_of(verb, ("for",))]
                if self.cameo.root(entry.code) == "16":  # what is left: "pulled out of talks with the rebels"
                    objs += [g for _, g in pobj_of(verb, ("from", "of"))]
                # "a package of military aid for Taiwan", "50 million euros in aid to Sudan"
                inner = [g for o in objs for _, g in pobj_of(o, ("of", "in"))]
                # "spoke by telephone with Raisi", "talked over video link with …": "with" on the means
                means = [g for _, g in pobj_of(verb, ("by", "over", "via"))] if slot == "with" else []
                # "sat down for a working dinner with Morneau", "met for talks with Putin": the occasion's
                means += [g for _, g in pobj_of(verb, ("for",)) if slot == "with" and
                          self.lex.in_class(g.lemma_.lower(), MEETING_OCCASIONS)]
                # "has been in touch with Kyiv", "is in contact with the rebels": the "with" hangs on the
                # noun of the entry's own phrase
                means += [g for _, g in pobj_of(verb, ("in",)) if slot == "with" and
                          any(g.lemma_.lower() in lemma.split()[1:] for lemma in entry.lemmas)]
                # "been critical of the paper": the adjective of a copula holds the target
                adjectives = [c for c in verb.children if c.dep_ == "acomp"]
                # "was disappointed with the mayor's plan": a participle read as the adjective
                adjectives += [verb] if adjectival_passive(verb, entry) else []
                holders = [verb, *objs, *inner, *means, *adjectives, *phrase_nouns(verb, entry)]
                for holder in holders:  # "mediated talks between Israel and Hamas"
                    for _, obj in pobj_of(holder, (slot,)):
                        found = self._actor_or_place(obj, actors)
                        owner = object_owner(obj, actors) if found is not None and holder in adjectives and \
                            found.rule == "place:country" else None
                        if owner is not None and (owner.dep_ != "compound" or actors.for_token(owner).sector):
                            return owner  # "not happy with the White House announcement": the White House's
                            # (not "critical of the paper's Gaza coverage": no body, a place)
                        if found is not None:
                            return obj
                        # "gave in to demands made by the strikers": to the strikers
                        owner = object_owner(obj, actors) if slot == "from" or holder in adjectives or \
                            self.lex.in_class(obj.lemma_.lower(), YIELDED_DEMANDS) else None
                        if owner is not None:  # ("critical of the government's plan": of the government)
                            return owner  # "confiscated drugs from Allaw's car": from Allaw
        o = direct_object(verb)
        # "rejected the African Union's offer" → the African Union; but one meets or hosts a party
        # itself, not the owner of a thing ("welcomed the court's decision" is praise, not hosting)
        if "dobj" in entry.targets and not skip_dobj and o is not None and \
                self.cameo.root(entry.code) != "04":
            owner = object_owner(o, actors)
            if owner is None and self.cameo.root(entry.code) in FAULTED_ACT_ROOTS | ANSWERING_ROOTS:
                owner = self._agent_of_object(verb, o, actors)  # "condemned the arrests by Egyptian police"
            if owner is None and self.cameo.root(entry.code) in ANSWERING_ROOTS:
                owner = earlier_proposer(o, actors)  # "Kyiv proposed a truce … Moscow rejected the offer"
            if owner is None and self.cameo.root(entry.code) in FAULTED_ACT_ROOTS:
                owner = self._act_author(verb, o, actors)  # "a court jailed him … condemned the ruling"
            if owner is not None:
                return owner
        if self.cameo.root(entry.code) == "09" and not skip_dobj:
            matters = [o] if o is not None else []
            matters += [g for _, g in pobj_of(verb, ("into",))]
            suspect = self._investigated_party(matters, actors, verb)
            if suspect is not None:  # "investigating allegations of fraud against the mayor"
                return suspect
        if self.cameo.root(entry.code) in FAULTED_ACT_ROOTS:  # "hit out at the arrests", "protested against
            # the ruling": the act's author, as of an object
            preps = tuple(p for p in FAULTED_ACT_PREPS if p in entry.targets)
            # ("pushed back at": the parse may hang "at" on "back"; "expressed doubts about": on the doubts)
            holders = (verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")),
                       *phrase_nouns(verb, entry))  # "reacted with anger to the ministry's decision"
            acts = [g for h in holders for _, g in pobj_of(h, preps)]
            acts += [g for a in acts for _, g in pobj_of(a, ("of",))]  # "the credibility of the evidence"
            # "pushed back against the president's claims", "hit out at the mayor's plan", "hit back at
            # criticism from the opposition": whose they were
            owner = next(filter(None, (object_owner(g, actors) for g in acts)), None)
            if owner is not None:
                return owner
            return next(filter(None, (self._act_author(verb, g, actors) for g in acts)), None)
        return None

    def _investigated_party(self, matters: list[Token], actors: ActorLookup, verb: Token) -> Token | None:
        """Whose wrongdoing an inquiry looks into, named inside what it looks into: "corruption at
        Petrobras", "allegations of fraud against the mayor", "claims of abuse by the army" (not who made
        the claims: "complaints by residents"; nor a place: "fraud in Nigeria")."""
        for matter in matters:
            if self._a_wrong(matter):  # ("probing fraud at Petrobras": the parse may hang "at" on the verb)
                held = list(pobj_of(matter, SUSPECT_PREPS)) + list(pobj_of(verb, PLACE_PREPS))
            elif self.lex.in_class(matter.lemma_.lower(), ALLEGED):
                held = list(pobj_of(matter, ALLEGED_PREPS))
                held += [pg for _, g in pobj_of(matter, ("of",)) if self._a_wrong(g)
                         for pg in pobj_of(g, SUSPECT_PREPS)]
            else:
                continue
            for _, who in held:
                found = actors.for_token(who)
                if found is not None and not found.rule.startswith("place:"):
                    return who
        return None

    def _a_wrong(self, tok: Token) -> bool:
        """A crime or an abuse ("fraud", "corruption", "human rights abuses")."""
        return any(self.lex.in_class(w, WRONGS) for w in (tok.lemma_.lower(), tok.lower_))

    @staticmethod
    def _agent_of_object(verb: Token, obj: Token, actors: ActorLookup) -> Token | None:
        """The doer of the act an active verb's object names when the parse hangs its "by" on the verb:
        "condemned the arrests by Egyptian police", "welcomed the release of hostages by Hamas" (an active
        verb has no agent of its own; "by telephone", "by saying …" name no actor)."""
        if is_passive(verb) or obj.pos_ != "NOUN":
            return None
        for _, who in pobj_of(verb, ("by",)):
            if who.i > obj.i and who.pos_ in ("NOUN", "PROPN") and actors.for_token(who) is not None:
                return who
        return None

    def _envoy_post(self, envoy: Token, actors: ActorLookup) -> Token | None:
        """Where a recalled envoy served, the party a recall is aimed at: "its ambassador to Russia was
        recalled" → Russia; a bare "the ambassador" is the envoy the story posted there just before
        ("recall Slovenia's ambassador to Russia … the ambassador was recalled")."""
        if not self.lex.in_class(envoy.lemma_.lower(), DIPLOMATS):
            return None
        mentions = [envoy]
        if any(c.dep_ == "det" and c.lower_ == "the" for c in envoy.children):
            since = _sentences_back(envoy, 3)  # (the three sentences before, nearest first)
            mentions += [t for t in reversed(envoy.doc[since:envoy.sent.start])
                         if t.lemma_.lower() == envoy.lemma_.lower()]
        for mention in mentions:  # ("recalled its ambassador to Belarus": the parse may hang "to" on recall)
            holders = [mention, mention.head] if mention.dep_ in ("dobj", "nsubjpass") else [mention]
            for post in (o for h in holders for _, o in pobj_of(h, ("to", "in")) if o.i > mention.i):
                if self._actor_or_place(post, actors) is not None:
                    return post
        return None

    def _act_author(self, verb: Token, act: Token, actors: ActorLookup) -> Token | None:
        """Who did the act or drew up the measure ``act`` names, as the story told it just before
        (:func:`earlier_author`), when that is not the verb's own subject ("the council unveiled a scheme …
        the council defended the scheme" is no act toward anyone)."""
        author = earlier_author(act, actors)
        doer = subject(verb)
        found = actors.for_token(author) if author is not None else None
        own = actors.for_token(doer) if doer is not None else None
        return author if found is not None and (own is None or not one_actor(own, found)) else None

    def _letter_addressee(self, verb: Token, actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Whom a letter making this appeal went to: "sent a letter to the Pope asking him to intervene",
        "wrote an open letter to the Duma calling for …", "wrote to the council demanding …" (the appeal a
        participle of the letter or of the writing)."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
            return None
        head = verb.head
        letters = [o for o in (head, *head.children) if o.lemma_.lower() in DOCUMENT_NOUNS and
                   (o is head or o.dep_ == "dobj")]
        if not letters and head.lemma_.lower() not in WRITING_VERBS:
            return None
        holders = [*letters, head] if head not in letters else [head, head.head]
        for _, o in (po for h in holders for po in pobj_of(h, ("to",))):
            a = self._actor_or_place(o, actors)
            if a is not None:
                return o, a
        return None

    def _partner(self, tok: Token | None, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The other party of a thing of one's own: "its border with Ukraine" → Ukraine; else none."""
        if tok is None:
            return None, None
        head = tok.head if tok.dep_ == "poss" else tok
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                partner = first_child(c, "pobj")
                found = self._actor_or_place(partner, actors) if partner is not None else None
                if found is not None:
                    return partner, found
        return None, None

    def _target_from_complement(self, comp: Token, source: Actor | None, actors: ActorLookup,
                                patients: bool = True, accused_only: bool = False, refused: bool = False
                                ) -> tuple[Token | None, Actor | None]:
        """Addressee of a demand/threat read from its complement ("demanded that Russia halt …"); without
        ``patients``, not the passive subject of the complement: one asks the doer, not the one done to
        ("recommended that Anglin be consulted", "called for Fahie to be afforded due process"); of an
        allegation (``accused_only``), only the one said to have done it, the subject or a passive's agent
        ("alleged that Smith stole from the county": not the county; an agentless passive keeps the general
        reading); of a refusal (``refused``), also whom it would have let act (:func:`permitted`)."""
        candidates: list[tuple[Token, bool]] = []  # (token, is the active subject)
        for_clause = comp.dep_ == "advcl"  # "called for Israel to allow aid" (see complement_verb)
        s = subject(comp) if comp.dep_ == "ccomp" or for_clause else None
        if s is not None:
            candidates.append((s, True))
        passive = is_passive(comp)
        by = agent(comp) if passive else None
        if accused_only and (by is not None or not passive):  # "alleged that it was shelled by Russia"
            return self._complement_actor([(by, False)] if by is not None else candidates, source, actors,
                                          accused=True)
        if s is not None and not patients and passive:
            candidates = []
        objs = [c for c in comp.children if c.dep_ in ("dobj", *(PASSIVE_SUBJECT_DEPS if patients else ()))]
        if not objs and comp.head.lemma_.lower() in ("threaten", "warn", "vow"):
            # "threatened to arrest and beat demonstrators": the object the conjoined acts threatened share
            objs = [c for v in comp.conjuncts if v.pos_ == "VERB" and v.i > comp.i and v.tag_ == "VB" and
                    not any(a.dep_ in ("aux", "nsubj", "nsubjpass") for a in v.children)
                    for c in v.children if c.dep_ == "dobj"][:1]  # (not "… to leave and has shut the border")
        # "pledged to join forces (with Chile)": the forces of the idiom are no one's troops
        candidates += [(o, False) for o in objs
                       if not (comp.lemma_.lower() == "join" and o.lemma_.lower() in ("force", "forces"))]
        if comp.lemma_.lower() in ("help", "assist") and comp.dep_ == "xcomp":
            # "offered to help Ethiopia rebuild": the one helped (the doer's own help, not another's)
            candidates += [(c, False) for v in comp.children if v.dep_ == "ccomp"
                           for c in v.children if c.dep_ == "nsubj"]
        if refused:  # "refused to allow the patients to leave", "to let journalists in": those not let
            candidates += [(c, False) for c in permitted(comp)]
        # "impose sanctions on X", "downgrade relations with X", "mediate between X and Y"
        for holder in (comp, *objs):
            candidates += [(o, False) for _, o in pobj_of(holder, COMPLEMENT_TARGET_PREPS)]
        return self._complement_actor(candidates, source, actors)

    def _complement_actor(self, candidates: list[tuple[Token, bool]], source: Actor | None,
                          actors: ActorLookup, accused: bool = False) -> tuple[Token | None, Actor | None]:
        """The first actor (else place) among ``candidates``; an accused compatriot is still the target
        ("prosecutors allege that Smith stole …"), not an addressee of one's own country."""
        found = []
        for tok, is_subject in candidates:
            a = self._actor_or_place(tok, actors)
            if a is None and tok.pos_ == "NOUN":  # "warned that Western military intervention could …"
                tok, a = self._modifier_actor(tok, actors)
            if a is None:
                continue
            # "the Kremlin warned that Russia could …": the source's own country is not the addressee
            if is_subject and source is not None and a.country and a.country == source.country and \
                    (not accused or one_actor(source, a)):
                continue
            # "the government warned (that) it would arrest them": the speaker, the doer of what it foretells
            if is_subject and source is not None and not accused and one_actor(source, a):
                continue
            found.append((tok, a))
        # an actor beats a place read off an object ("end Syria cooperation with Russia" → Russia)
        found.sort(key=lambda ta: ta[1].rule == "place:country")
        return found[0] if found else (None, None)

    def _is_threat(self, verb: Token, comp: Token | None) -> bool:
        if comp is not None:
            if comp.dep_ == "xcomp":  # "warned them to leave"
                return True
            aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
            if aux & THREAT_AUX:
                subj = first_child(comp, "nsubj", "nsubjpass")
                # "warned that cases would rise", "that jobs would be lost": an outcome, not the speaker's act
                return subj is None or subj.pos_ != "NOUN" or self._menacing(comp, subj)
        for o in object_heads(verb):
            if self.lex.in_class(o.lemma_.lower(), frozenset({"violence", "sanctions"})):
                return True
        return False

    def _own_course(self, src_tok: Token | None, comp: Token | None, actors: ActorLookup) -> bool:
        """A warning that the speaker's own side will act or is set to: "the mayor warned the company that the
        county had begun reviewing its lease", "councilmembers warned they had the votes to override her" (not
        "warned that the county would lose jobs": an outcome, :meth:`_is_threat`)."""
        if src_tok is None or comp is None or comp.dep_ != "ccomp":
            return False
        subj = first_child(comp, "nsubj")
        speaker = actors.for_token(src_tok)
        means = comp.lemma_.lower() == "have" and any(to_infinitive(c) for o in comp.children
                                                      if o.dep_ == "dobj" for c in o.children)
        if subj is None or speaker is None or not (means or comp.lemma_.lower() in UNDERTAKING_VERBS):
            return False
        if subj.lower_ == "they" and src_tok.tag_ == "NNS":
            return True
        own = actors.for_token(subj) if subj.pos_ in ("NOUN", "PROPN") else None
        return own is not None and own.sector == speaker.sector and \
            (own.country == speaker.country or None in (own.country, speaker.country))

    def _threatens_someone(self, verb: Token, actors: ActorLookup) -> bool:
        """"Threaten" said of a party, the penalty after "with" or untold: "threatened the Seaquarium with
        terminating its lease", "O'Connor threatened her", "China threatened Taiwan" (not "threatens the
        peace": a thing endangered; "warn" and "vow" say nothing without what is warned of). Not an armed
        menace ("threatening people with a gun", the assault rules' matter), nor "threatening letters"."""
        obj = first_child(verb, "dobj")
        if verb.lemma_.lower() != "threaten" or verb.dep_ == "amod" or \
                any(self._armed(w) for w in (verb, obj) if w is not None):  # ("shoppers with a gun")
            return False
        if any(p.lower_ == "with" and any(g.dep_ in ("pobj", "pcomp") for g in p.children)
               for p in verb.children if p.dep_ == "prep"):
            return True
        return obj is not None and (obj.lower_ in PERSON_OBJECT_PRONOUNS or actors.for_token(obj) is not None)

    def _menacing(self, comp: Token, subj: Token) -> bool:
        """A foretold outcome that is force or punishment: "sanctions would follow", "troops would be sent",
        "intervention could result in nuclear escalation"."""
        words = {w for t in comp.subtree for w in (t.lemma_.lower(), t.lower_)}
        return any(self.lex.in_class(w, MENACE) for w in words)

    def _actor_or_place(self, tok: Token, actors: ActorLookup) -> Actor | None:
        tok = through_quantity(tok)
        a = actors.for_token(tok)
        if a is not None and a.rule.startswith("allies:"):
            named = next((n for c in tok.subtree if c.dep_ == "appos" and c.i > tok.i and
                          (n := actors.for_token(c)) is not None and n.country), None)
            return named or a  # "a fellow US ally in the Gulf, Qatar" (the parse may hang it on the Gulf)
        if a is not None:
            return a
        if tok.lemma_.lower() in MONEY_WORDS:  # "fined Google 2.4 billion euros": the parse hangs Google on
            return next((a for c in tok.children if c.dep_ in ("nmod", "compound", "dative")  # the sum
                         and (a := actors.for_token(c)) is not None), None)
        holder = through_objective(tok, actors)
        if holder is not None:
            return holder
        if tok.lemma_.lower() in TRADED_GOODS:  # "tariffs on $100 billion of imports from China": on China
            origin = next((a for _p, o in pobj_of(tok, ("from",))
                           if (a := self._actor_or_place(o, actors)) is not None), None)
            if origin is not None:
                return origin
        if tok.lemma_.lower() in SEAT_NOUNS:  # "visited NATO headquarters in Brussels": NATO, not Belgium
            owner = next((a for c in tok.children if c.dep_ in ("compound", "poss")
                          and (a := actors.for_token(c)) is not None and a.sector), None)
            if owner is not None:
                return owner
        if tok.lemma_.lower() in PLACE_NOUNS:  # "border towns in Ethiopia's Tigray region"
            for _, o in pobj_of(tok, ("in", "of")):
                a = self._actor_or_place(o, actors)
                if a is not None:
                    held = holder_sector(tok)  # "rebel-held districts of eastern Ghouta"
                    if held and a.sector is None:
                        start, end = np_span(tok)
                        return Actor(text=doc_text(tok.doc)[start:end], code=(a.country or "") + held,
                                     country=a.country, sector=held, start=start, end=end,
                                     rule="place:held-by")
                    return a
        country = actors.country_for_token(tok)
        held = holder_sector(tok)
        if country or held:
            start, end = np_span(tok)
            if held:  # "rebel-held eastern Aleppo": the people holding the place are the target
                return Actor(text=doc_text(tok.doc)[start:end], code=(country or "") + held, country=country,
                             sector=held, start=start, end=end, rule="place:held-by")
            return Actor(text=doc_text(tok.doc)[start:end], code=country, country=country, sector=None,
                         start=start, end=end, rule="place:country")
        return None


def _sentences_back(tok: Token, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``tok``'s (or of the document)."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


#: verbs that let someone act: "allow the patients to leave", "let journalists enter"
PERMITTING = frozenset({"allow", "let", "permit"})


def permitted(comp: Token) -> list[Token]:
    """Who a permitting complement would let act ("to allow them to be transported": them), none for
    another verb."""
    if comp.lemma_.lower() not in PERMITTING:
        return []
    return [s for v in comp.children if v.dep_ in ("ccomp", "xcomp")
            for s in v.children if s.dep_ in ("nsubj", "nsubjpass")]
