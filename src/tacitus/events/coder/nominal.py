"""Noun, state, alleged, sparked, borne, given and patient frames."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.events.coder.clauses import (
    PROTESTING_SECTORS,
    a_bombing_story,
    private_person,
)
from tacitus.events.coder.clues import bare_plural, named_before
from tacitus.events.coder.frame import (
    ACCIDENT_WORDS,
    ANSWERING_VERBS,
    ANTECEDENT,
    ARRESTERS,
    BEARING,
    BETWEEN,
    BLAST_WORDS,
    BOMB_WORDS,
    BOMBINGS,
    COURSES,
    COURT_FILING_VERBS,
    CROWDS,
    DISASTER,
    EMPLOYEES,
    FACING,
    FAULTED_ACT_ROOTS,
    FIGURATIVE,
    GIVER_PREPS,
    IMPLIED_AUTHORS,
    LAW_ENFORCEMENT,
    LEGAL_WORDS,
    MILITARY_ROOTS,
    SPEECH_ACCUSING,
    STATE_SECTORS,
    VERBAL_ATTACKS,
    Frame,
)
from tacitus.events.lexicon import Entry
from tacitus.events.roles import ActorLookup, object_owner, political, through_quantity, with_sector
from tacitus.events.roles import implied as implied_actor
from tacitus.events.syntax import (
    PASSIVE_SUBJECT_DEPS,
    agent,
    authoring_participle,
    first_child,
    is_passive,
    noun_agent,
    pobj_of,
    subject,
)
from tacitus.events.triggers import (
    BORNE,
    CONTINUED,
    FINDING_VERBS,
    OPENING,
    VIOLENT_ROOTS,
    Match,
    between_pair,
    freed_on,
    given_to_subject,
    held_in,
    noun_phrase_words,
    object_heads,
)
from tacitus.model import Actor

#: participles whose object a lawsuit is brought against ("a suit accusing the city", "challenging the law")
SUIT_PARTICIPLES = frozenset({"accuse", "challenge", "name", "target", "charge"})
#: prepositions naming what an adverbial protest is against ("in protest of/against/over the drills")
PROTESTED_PREPS = frozenset({"of", "against", "over", "at"})


def in_protest(noun: Token) -> Token | None:
    """The verb an adverbial "in protest" hangs on ("walked out in protest of the ruling"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or noun.lemma_.lower() != "protest":
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


#: the class of aid whose giver is the country it was granted in ("received asylum in France")
ASYLUM = frozenset({"asylum"})
#: modifiers naming a government as the giver of aid ("federal aid", "state funding")
GOVERNMENT_MODIFIERS = frozenset({"federal", "government", "state", "governmental"})


class NominalFrames:
    """EventCoder's noun, state, alleged, sparked, borne, given and patient frames."""

    def _noun_author(self, noun: Token, actors: ActorLookup,
                     code: str | None = None) -> tuple[Token | None, Actor | None]:
        """Who did what an event noun names: the actor after "by" ("airstrikes by the Saudi-led coalition",
        or, given the noun's ``code``, a crowd for a protest), else the actor inside its phrase ("Russian
        airstrikes")."""
        by = noun_agent(noun)
        author = None if by is None else \
            self._source_actor(by, actors) or (self._crowd(by, code) if code else None)
        if author is not None:
            return by, author
        return self._modifier_actor(noun, actors)

    def _in_protest_frame(self, m: Match, verb: Token, actors: ActorLookup) -> Frame | str:
        """A protest an adverbial "in protest of/against/over" tells: the clause's subject protests, against
        the act protested or its doer ("carried out tests in protest of the exercise by South Korea")."""
        src_tok = agent(verb) if is_passive(verb) else subject(verb)
        source = self._source_actor(src_tok, actors) if src_tok is not None else None
        if source is None:
            return "in protest: the clause's subject, who protests, is no actor"
        tgt_tok = target = None
        for _prep, obj in pobj_of(m.token, PROTESTED_PREPS):
            tgt_tok, target = self._object_target(obj, actors)
            if target is None:
                by = noun_agent(obj)  # "the exercise by South Korea": its doer
                target = self._actor_or_place(by, actors) if by is not None else None
                tgt_tok = by if target is not None else None
            if target is not None:
                break
        ctx = self._context(m, verb, src_tok, tgt_tok, source, None)
        code, why = self._refine(m.entry, ctx)
        return Frame(m, code, verb, src_tok, tgt_tok, source, target, why)

    def _crowd(self, tok: Token | None, code: str) -> Actor | None:
        """A crowd named by its size protests as civilians: "thousands rallied against the government",
        "thousands joined protests in Tbilisi"."""
        if tok is None or tok.lower_ not in CROWDS or self.cameo.root(code) != "14":
            return None
        return private_person(tok, "implied:crowd")

    def _object_target(self, obj: Token, actors: ActorLookup) -> tuple[Token, Actor | None]:
        """The actor an event noun's object names, or the owner of a thing it names ("an inquiry into abuses
        by Ethiopian forces", "an investigation into smart cars from China")."""
        target = self._actor_or_place(obj, actors)
        owner = object_owner(obj, actors) if target is None else None
        return (owner, actors.for_token(owner)) if owner is not None else (obj, target)

    def _first_target(self, word: Token, preps: frozenset[str],
                      actors: ActorLookup) -> tuple[Token, Actor] | None:
        """The first object of ``word`` after one of ``preps`` naming an actor (:meth:`_object_target`)."""
        for _prep, obj in pobj_of(word, preps):
            tok, target = self._object_target(obj, actors)
            if target is not None:
                return tok, target
        return None

    def _noun_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        noun, entry = m.token, m.entry
        if noun.lemma_.lower() == "appeal" and m.light_verb is not None and \
                m.light_verb.lemma_.lower() in COURT_FILING_VERBS:
            return "a court appeal, addressed to no government"  # "his lawyers filed an appeal"
        if entry.id == "request" and m.context == "own" and \
                any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return "a request of a pronoun's: too often misread whose ('challenged their request')"
        if entry.id == "request" and m.context not in ("light", "own"):
            return "a request as the subject of what it caused: no one it was made of"
        if entry.given:
            given = self._given_frame(m, actors)
            if given is not None:
                return given
        if m.context == "sparked":
            return self._sparked_frame(m, actors)
        if m.context == "alleged":
            return self._alleged_frame(m, actors)
        if m.context == BORNE:
            return self._borne_frame(m, actors)
        if m.context == "state":
            return self._state_frame(m, actors)
        if m.context == CONTINUED:
            return self._continued_frame(m, actors)
        src_tok = tgt_tok = None
        source = target = None
        clause_verb = m.light_verb or noun.head
        if m.context in ("light", OPENING):
            verb = m.light_verb
            src_tok = agent(verb) if is_passive(verb) else subject(verb)
            src_tok = through_quantity(src_tok) if src_tok is not None else None  # "a unit of the police"
            source = self._source_actor(src_tok, actors) or self._crowd(src_tok, entry.code)
        if m.context == "between":  # "fighting between police and insurgents": the first side here
            src_tok, tgt_tok = between_pair(noun, self.cameo.root(entry.code) == "04") or \
                between_pair(m.light_verb or noun)  # (the parse may hang the parties on the pact's verb)
            source, target = self._source_actor(src_tok, actors), self._actor_or_place(tgt_tok, actors)
            if source is None or target is None:
                return "a side of the fighting is no actor"
        if m.context == "patient" or (entry.patient and source is None):
            return self._patient_frame(m, actors)
        protesting = in_protest(noun) if self.cameo.root(entry.code) == "14" else None
        if protesting is not None:  # "fired missiles in protest of the drills by Seoul": the North protests
            return self._in_protest_frame(m, protesting, actors)
        if source is None and m.context in ("impact", "own", "light"):
            owner_tok, source = self._noun_author(noun, actors, entry.code)
            src_tok = owner_tok if source is not None else src_tok  # the subject stays for _accept
        if source is None and m.context == "impact":
            source = self._bomber(noun, noun.idx, actors)  # "a car bomb killed 12 soldiers"
        for _prep, obj in pobj_of(noun, frozenset(entry.targets) if target is None else frozenset()):
            if obj.tag_ == "VBG":  # "a warning against sending Western troops": whom the act concerns
                inner = first_child(obj, "dobj")
                if inner is not None:
                    obj = inner
                    if actors.for_token(obj) is None:
                        obj = self._modifier_actor(obj, actors)[0] or obj
            obj, target = self._object_target(obj, actors)
            if target is not None:
                tgt_tok = obj
                break
        if target is None and source is not None and m.context == "own":
            tgt_tok, target = self._bearer(noun, actors) or (tgt_tok, target)
        # the light verb's prepositions, or those of the participle naming the author ("an investigation
        # opened by the FBI into the senator")
        verb = m.light_verb if m.light_verb is not None else authoring_participle(noun)
        if target is None and verb is not None and m.context != OPENING:
            tgt_tok, target = self._first_target(verb, frozenset(entry.targets) | {"to"}, actors) or \
                (tgt_tok, target)
        if target is None and m.context == "own" and noun.dep_ == "nsubj":  # "an AP probe found that the
            tgt_tok, target = self._found_out(noun.head, actors)  # mayor had …": the mayor
        if target is None and entry.code == "115":  # "filed a lawsuit accusing the county of …"
            tgt_tok, target = self._defendant(noun, actors) or (tgt_tok, target)
        if target is None and m.context == "light" and self.cameo.root(entry.code) in FAULTED_ACT_ROOTS:
            # "voiced concerns about the plan", "expressed support for the scheme": whoever drew it up
            acts = [o for _p, o in pobj_of(noun, frozenset(entry.targets))]
            tgt_tok = next(filter(None, (self._act_author(m.light_verb, o, actors) for o in acts)), None)
            target = actors.for_token(tgt_tok) if tgt_tok is not None else None
        if target is None and m.context == "own" and self.cameo.root(entry.code) == "02":
            tgt_tok, target = self._answerer(noun, actors)  # "Britain is considering Russia's request"
            if target is None and entry.id == "request":  # "the Kremlin called NATO's request unrealistic"
                return "a request only mentioned: no one it was made of"
        if m.context == "impact":  # "an airstrike killed 20 soldiers": the victims are the target
            for o in m.light_verb.children:
                if o.dep_ in ("dobj", "nsubjpass"):  # ("the hospital was damaged by airstrikes")
                    victim = self._actor_or_place(o, actors)
                    if victim is not None:
                        tgt_tok, target = o, victim
                    break
        for_clause = self._for_clause(noun, m.light_verb)
        if target is None and for_clause is not None:  # "his calls for Congress to pass the bill"
            tgt_tok = subject(for_clause)
            target = self._actor_or_place(tgt_tok, actors) if tgt_tok is not None else None
            tgt_tok = tgt_tok if target is not None else None
        wanted = self._noun_infinitive(noun) if self.cameo.root(entry.code) in ("10", "12", "13") else None
        if target is None and wanted is not None:  # "threats by the minister to dock their bonuses"
            tgt_tok, target = self._target_from_complement(wanted, source, actors)
            if target is None:
                owner = next((o for h in object_heads(wanted) if (o := object_owner(h, actors)) is not None),
                             None)
                tgt_tok, target = (owner, actors.for_token(owner)) if owner is not None else (None, None)
        if source is None and target is not None and self._filed_unsigned(m):
            # "charges were filed against him": by the prosecutors, as "he was charged" is
            author = IMPLIED_AUTHORS[noun.lemma_.lower()]
            source = implied_actor(author, None, noun.idx, author)
        if self._at_home(entry.code, source, target):  # "Biden's trip to Texas"
            tgt_tok, target = None, None
        if self.cameo.root(entry.code) in MILITARY_ROOTS:  # before refining: "the US bombing of Hiroshima"
            source = self._military_modifier(source, src_tok, noun)  # is a state's, not a terrorist's
        ctx = self._context(m, clause_verb, src_tok, tgt_tok, source, None)
        ctx.any |= noun_phrase_words(noun)
        ctx.prep |= {c.lower_ for c in noun.children if c.dep_ == "prep"}  # "calls for …"
        if for_clause is not None:
            ctx.prep.add("for")
        other = self._other_sense(entry, ctx.any) or self._missing_sense(entry, ctx.any)
        if other:
            return other
        code, why = self._refine(entry, ctx)
        if m.context == OPENING and entry.course_preps and self.cameo.root(code) in VIOLENT_ROOTS:
            return "violence in whose course the clause's act was done: one act"  # "killed two in a raid"
        figurative = [t for t in noun.subtree if t.i < noun.i and (self.lex.in_class(t.lemma_, FIGURATIVE) or
                                                                  self.lex.in_class(t.lower_, FIGURATIVE))]
        if self.cameo.root(code) in MILITARY_ROOTS and figurative:
            if target is None or noun.lemma_.lower() not in VERBAL_ATTACKS or \
                    any(t.lemma_.lower() in LEGAL_WORDS for t in figurative):
                return "figurative: not armed violence"  # "a court battle", "a PR attack"
            code, why = "111", "sense:verbal"  # "launched a PR attack on UNRWA": words against it
        if self.cameo.root(code) in MILITARY_ROOTS:
            source = self._military_modifier(source, src_tok, noun)
        if source is None and m.context == "impact" and named_before(m) and clause_verb.dep_ != "acl":
            # "the attack left one officer dead": by whoever the story said carried it out (not "people
            # injured by the fighting", who are a kind of people)
            return Frame(m, code, clause_verb, None, tgt_tok, None, target, ANTECEDENT)
        frame = Frame(m, code, clause_verb, src_tok, tgt_tok, source, target,
                      BETWEEN if m.context == "between" else why)
        return self._accept(frame, actors)

    def _bearer(self, noun: Token, actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Who bears an act named by its doer: "the opposition faced a crackdown by police", "the clubs were
        subject to police raids" (the subject of the bearing verb or of "be subject to")."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "subject":
            head = head.head.head
        elif noun.dep_ != "dobj" or head.lemma_.lower() not in BEARING:
            return None
        bearer = subject(head)
        found = self._actor_or_place(bearer, actors) if bearer is not None else None
        return (bearer, found) if found is not None else None

    @staticmethod
    def _filed_unsigned(m: Match) -> bool:
        """A legal act told as filed by no one named ("charges were filed against Smith"): an agentless
        passive of a filing verb, its noun one whose author the act implies (IMPLIED_AUTHORS)."""
        verb = m.light_verb
        return m.context == "light" and verb is not None and verb.lemma_.lower() in FILING_VERBS and \
            is_passive(verb) and agent(verb) is None and m.token.lemma_.lower() in IMPLIED_AUTHORS

    def _found_out(self, verb: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Whom an inquiry's finding is about: the political actor its clause tells did something ("an AP
        investigation found that the mayor had taken bribes" → the mayor); else none."""
        if verb.lemma_.lower() not in FINDING_VERBS:
            return None, None
        comp = first_child(verb, "ccomp")
        who = subject(comp) if comp is not None else None
        found = actors.for_token(who) if who is not None else None
        return (who, found) if political(found) else (None, None)

    def _defendant(self, noun: Token, actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Whom a lawsuit is brought against, told by the participle that describes it ("a lawsuit accusing
        the county of negligence", "a suit challenging the governor's order": the governor); else None."""
        for part in noun.children:
            obj = first_child(part, "dobj") if part.dep_ == "acl" and part.tag_ == "VBG" and \
                part.lemma_.lower() in SUIT_PARTICIPLES else None
            if obj is not None:
                tok, found = self._object_target(obj, actors)
                if found is not None:
                    return tok, found
        return None

    def _answerer(self, noun: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Whom a request was made of: who considers, grants or answers it ("Britain is reviewing Russia's
        request", "the request was granted by the court"); else none."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in ANSWERING_VERBS:
            return None, None
        who = agent(verb) if noun.dep_ == "nsubjpass" else subject(verb)
        found = self._actor_or_place(who, actors) if who is not None else None
        return (who, found) if found is not None else (None, None)

    def _continued_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the doctors' strike continued", "talks with the rebels have been ongoing", "the investigation is
        at an early stage": an act told as going on, by whoever its own words name ("X's", "by X", a
        nationality, "with X"); with no one named, the parties of the same act the story told before
        (:data:`ANTECEDENT`, filled in by the coder)."""
        noun, entry, verb = m.token, m.entry, m.light_verb
        src_tok, source = self._noun_author(noun, actors, entry.code)
        tgt_tok, target = self._first_target(noun, frozenset(entry.targets), actors) or (None, None)
        ctx = self._context(m, verb, src_tok, tgt_tok, source, None)
        ctx.any |= noun_phrase_words(noun)
        other = self._other_sense(entry, ctx.any) or self._missing_sense(entry, ctx.any)
        if other:
            return other
        code, why = self._refine(entry, ctx)
        if source is None and target is None:
            return Frame(m, code, verb, None, None, None, None, ANTECEDENT)
        return self._accept(Frame(m, code, verb, src_tok, tgt_tok, source, target, why), actors)

    def _state_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"nurses are on strike", "teachers are in the fourth day of a walkout": its subject strikes or
        protests; no other act is told as a state one is in ("the two sides are in talks")."""
        verb, noun = m.light_verb, m.token
        src_tok = subject(verb)
        source = None if src_tok is None else self._source_actor(src_tok, actors)
        if source is None and src_tok is not None and src_tok.lower_ in CROWDS:
            # "thousands of teachers are on strike": the teachers
            of = next((o for _p, o in pobj_of(src_tok, frozenset({"of"}))), None)
            if of is not None and (source := self._source_actor(of, actors)) is not None:
                src_tok = of
        if source is None:
            source = self._crowd(src_tok, m.entry.code)  # "thousands are on strike": a crowd of civilians
        tgt_tok = target = None
        for _prep, obj in pobj_of(noun, frozenset(m.entry.targets)):
            tgt_tok, target = obj, self._actor_or_place(obj, actors)
            if target is not None:
                break
        ctx = self._context(m, verb, src_tok, tgt_tok, source, None)
        ctx.any |= noun_phrase_words(noun)
        code, why = self._refine(m.entry, ctx)
        if self.cameo.root(code) != "14":
            return "a state one is in, not a protest or strike"
        return self._accept(Frame(m, code, verb, src_tok, tgt_tok if target else None, source, target, why),
                            actors)

    def _alleged_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"a man was charged with murder in the stabbing death of a CEO": the crime a suspect is charged
        with or arrested for is his, as alleged, against whom it befell."""
        charged, noun = m.light_verb, m.token
        # ("Sears and Bowers are now both charged": the parse may hang the subject on the auxiliary)
        on_aux = next((s for c in charged.children if c.dep_ == "auxpass" for s in c.children
                       if s.dep_ == "nsubj"), None)
        src_tok = first_child(charged, *PASSIVE_SUBJECT_DEPS) or \
            (charged.head if charged.dep_ == "acl" else first_child(charged, "nsubj")) or on_aux
        if src_tok is not None and src_tok.lower_ in ("who", "that") and charged.dep_ == "relcl":
            src_tok = charged.head  # "the man who was charged in the killing of"
        source = None if src_tok is None else \
            self._source_actor(src_tok, actors) or self._someone(src_tok, charged, actors, custody=True)
        tgt_tok = target = None
        for _prep, obj in pobj_of(noun, frozenset(m.entry.targets)):
            tgt_tok, target = obj, self._actor_or_place(obj, actors) or \
                self._someone(obj, charged, actors, custody=True)
        if target is None:  # "charged with first-degree sexual assault": a count, whose victim is not told
            return "no victim named"
        return self._refined_frame(m, charged, src_tok, tgt_tok, source, target, actors)

    def _sparked_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the police killing of a man sparked protests", "Musharraf fired the chief justice, sparking a wave
        of protests": protests an act set off are made against its author (not against a government the
        sentence does not name), by whoever the noun names or by the people (OPP)."""
        verb = m.light_verb
        cause = subject(verb)
        if cause is None:
            return "no cause of the protests"
        target = self._source_actor(cause, actors)
        tgt_tok = cause
        if target is None:  # "the decision by the council", "the police killing": the act's author
            tgt_tok, target = self._noun_author(cause, actors)
        if target is None or (target.sector or "")[:3] in PROTESTING_SECTORS:
            return "no author of what set off the protests"
        src_tok, source = self._noun_author(m.token, actors, m.entry.code)
        for _prep, obj in pobj_of(m.token, frozenset({"from"})):  # "drew protests from residents"
            src_tok, source = obj, self._source_actor(obj, actors) or self._crowd(obj, m.entry.code)
        if source is None:
            source = implied_actor("OPP", None, m.token.idx, "protesters")
        return self._refined_frame(m, verb, src_tok, tgt_tok, source, target, actors)

    def _borne_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the government raised the pension age despite opposition from the unions": the critic after
        "from" criticises whoever does the act the criticism is borne in (no one, when the act is passive)."""
        verb = m.light_verb
        tgt_tok = None if is_passive(verb) else subject(verb)
        src_tok = next((o for _p, o in pobj_of(m.token, frozenset({"from"}))), None)
        source = self._source_actor(src_tok, actors) if src_tok is not None else None
        target = actors.for_token(tgt_tok) if tgt_tok is not None else None
        if source is None or target is None:
            return "no critic or no one criticised"
        return self._refined_frame(m, verb, src_tok, tgt_tok, source, target, actors, preps={"from"})

    def _refined_frame(self, m: Match, verb: Token, src_tok: Token | None, tgt_tok: Token | None,
                       source: Actor | None, target: Actor | None, actors: ActorLookup,
                       preps: set[str] = frozenset()) -> Frame | str:
        """The frame of a match whose parties a frame builder found: its code refined by the clause of
        ``verb`` (and the prepositions ``preps`` the builder read), then accepted or rejected."""
        ctx = self._context(m, verb, src_tok, tgt_tok, source, None)
        ctx.prep |= preps
        code, why = self._refine(m.entry, ctx)
        return self._accept(Frame(m, code, verb, src_tok, tgt_tok, source, target, why), actors)

    @staticmethod
    def _military_modifier(source: Actor | None, src_tok: Token | None, noun: Token) -> Actor | None:
        """A country named inside a military act's phrase acts by its armed forces ("Russian airstrikes")."""
        if source is not None and source.sector is None and src_tok is not None and \
                src_tok in set(noun.subtree):
            return with_sector(source, "MIL", "noun:military-modifier")
        return source

    def _given_frame(self, m: Match, actors: ActorLookup) -> Frame | str | None:
        """"won the endorsement of the union", "Barger's endorsement from Planned Parenthood": the giver is
        the source and the receiver the target (None: an ordinary "X's endorsement of Y")."""
        noun = m.token
        other = self._other_sense(m.entry, noun_phrase_words(noun))  # "military backing" is aid
        if other:
            return other
        source = None
        giver = next((o for _p, o in pobj_of(noun, GIVER_PREPS)), None)
        if m.context == "received" and given_to_subject(m.light_verb):
            return self._given_passive_frame(m, giver, actors)
        if m.context == "received":
            verb = m.light_verb
            giver = giver or next((o for _p, o in pobj_of(noun, frozenset({"of"}))), None) or \
                next((o for _p, o in pobj_of(verb, GIVER_PREPS)), None)
            receiver = agent(verb) if is_passive(verb) else subject(verb)
            if giver is None and m.entry.refine:  # "received federal aid", "received asylum in France"
                giver, source = self._aid_giver(m, actors)
            if m.entry.refine and receiver is not None and bare_plural(receiver):
                return "aid to a kind of receiver ('firms receiving bailouts'), not to particular ones"
        else:
            receiver = first_child(noun, "poss")
            if giver is None and noun.dep_ == "dobj":  # "touting her endorsements from unions": on the verb
                giver = next((o for _p, o in pobj_of(noun.head, GIVER_PREPS) if o.i > noun.i), None)
            if giver is None:
                return None
        if giver is None or receiver is None:
            return "no giver or no receiver"
        verb = m.light_verb or noun.head
        source = source or actors.for_token(giver)
        code, why = self._given_code(m, verb, giver, receiver, source)
        frame = Frame(m, code, verb, giver, receiver, source, actors.for_token(receiver), why)
        return self._accept(frame)

    def _given_code(self, m: Match, verb: Token, giver: Token | None, receiver: Token | None,
                    source: Actor | None) -> tuple[str, str]:
        """The code of a given noun's act, refined when its entry has refinements ("military aid": 072)."""
        if not m.entry.refine:
            return m.entry.code, ""
        ctx = self._context(m, verb, giver, receiver, source, None)
        ctx.any |= noun_phrase_words(m.token)
        return self._refine(m.entry, ctx)

    def _aid_giver(self, m: Match, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Who gave aid its receiver got, when no "from" names it: the aid's modifier ("US weapons", "federal
        aid": the government), or for asylum the country it was granted in ("received asylum in France")."""
        tok, actor = self._modifier_actor(m.token, actors)
        if actor is not None:
            return tok, actor
        state = next((c for c in m.token.children if c.dep_ in ("amod", "compound") and
                      c.lower_ in GOVERNMENT_MODIFIERS), None)
        if state is not None:
            return state, implied_actor("GOV", None, state.idx, "government")
        if not self.lex.in_class(m.token.lemma_.lower(), ASYLUM):
            return None, None
        place = next((o for _p, o in pobj_of(m.light_verb, frozenset({"in"})) if actors.country_for_token(o)),
                     None)
        return (place, actors.for_token(place)) if place is not None else (None, None)

    def _given_passive_frame(self, m: Match, giver: Token | None, actors: ActorLookup) -> Frame | str:
        """"He was issued a citation (by the police)": the subject receives; a giver not named is the
        author the act implies ("citation": the police)."""
        verb = m.light_verb
        receiver = first_child(verb, *PASSIVE_SUBJECT_DEPS) or (verb.head if verb.dep_ == "acl" else None)
        giver = giver or next((o for _p, o in pobj_of(m.token, frozenset({"of"}))), None) or agent(verb) or \
            next((o for _p, o in pobj_of(verb, GIVER_PREPS)), None)  # ("was granted asylum by Sweden")
        if receiver is None:
            return "no receiver"
        target = actors.for_token(receiver) or self._someone(receiver, verb, actors)
        source = None
        if giver is None and m.entry.refine:  # "was granted asylum in Sweden"
            giver, source = self._aid_giver(m, actors)
        if giver is not None:
            source = source or actors.for_token(giver)
        else:
            author = IMPLIED_AUTHORS.get(m.token.lemma_.lower())
            source = implied_actor(author, None, m.token.idx, author.lower()) if author else None
        code, why = self._given_code(m, verb, giver, receiver, source)
        frame = Frame(m, code, verb, giver, receiver, source, target, why, agentless=giver is None)
        return self._accept(frame)

    def _a_naming(self, verb: Token, objects: list[Token], unless: frozenset[str]) -> bool:
        """"Identified the man as John Smith": the verb with "as" names someone, unless the one named or
        the name is of the ``unless`` classes ("identified the gunman as …", "… as a suspect")."""
        named = [o for _p, o in pobj_of(verb, frozenset({"as"}))]
        return bool(named) and not any(self._in_class(t, unless) for t in (*objects, *named))

    def _staff_against_company(self, frame: Frame, sent: Span, actors: ActorLookup) -> bool:
        """Employees' or activist staff's words against a company ("Microsoft has come under fire from
        activist tech workers", "employee activists pushed the retailer"), with no government or other
        political actor in the sentence: a company matter (guide: not coded unless a regulator or a
        government is concerned), whether they ask (02: "pushed the retailer to …"), demand, fault or reject.
        Strikes and protests (14) stay coded."""
        source, target = frame.source, frame.target
        if source is None or target is None or (target.sector or "")[:3] != "BUS" or \
                (source.sector or "")[:3] not in ("OPP", "LAB", "CVL") or \
                self.cameo.root(frame.code) not in ("02", "10", "11", "12"):
            return False
        words = [w.strip(".,;:") for w in source.text.lower().split()]
        if frame.source_tok is not None:  # "employee activists": the actor may be the head alone
            words += [w for w in noun_phrase_words(frame.source_tok) if " " not in w]
        if not any(self.lex.in_class(w, EMPLOYEES) for w in words):
            return False
        return not any(political(a) and a is not source for a in getattr(actors, "mentions", [])
                       if sent.start_char <= a.start < sent.end_char)

    def _warned_of_wrongdoing(self, verb: Token, tgt_tok: Token | None) -> bool:
        """A warning that names its addressee's wrongdoing ("warned companies that have illegally sold
        unapproved drugs", "warned the firm over unlawful sales"): an accusation (112, guide: a regulator's
        warning letter), not a pessimistic comment."""
        spans = [c.subtree for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over")]
        clauses = [c for c in tgt_tok.children if c.dep_ in ("relcl", "acl")] if tgt_tok is not None else []
        for act in clauses:  # what the addressee did ("firms that have illegally sold", "sold illegal drugs")
            objects = (t for o in act.children if o.dep_ == "dobj" for t in o.children)
            spans.append([act, *act.children, *objects])
        return any(self.lex.in_class(t.lower_, SPEECH_ACCUSING) or
                   self.lex.in_class(t.lemma_.lower(), SPEECH_ACCUSING) for span in spans for t in span)

    def _warns_of_a_course(self, comp: Token | None, actors: ActorLookup) -> bool:
        """A warning whose that-clause faults a course someone takes: an act ("that placing him there
        threatens the courts' standing"), a policy ("that the cuts will cost jobs") or what an authority does
        ("that the government is failing patients"). A clause of a danger or a state of things ("that 50,000
        jobs are at risk", "that much remains to be done") faults no one: a pessimistic comment (012)."""
        if comp is None or comp.dep_ != "ccomp":
            return True  # "warned against abolishing the tax", "warns of a postcode lottery": as they were
        if any(c.dep_ in ("csubj", "csubjpass") or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "VBG")
               for c in comp.children):
            return True
        for t in comp.subtree:
            actor = actors.for_token(t) if t.pos_ in ("PROPN", "NOUN") else None
            if self.lex.in_class(t.lemma_.lower(), COURSES) or (
                    actor is not None and (actor.sector or "")[:3] in STATE_SECTORS):
                return True
        return False

    def _other_sense(self, entry: Entry, words: set[str]) -> str:
        """Why ``entry`` has another sense among ``words`` (its ``unless`` classes), else ""."""
        if entry.unless and any(self.lex.in_class(w, entry.unless) for w in words):
            return f"another sense ({'/'.join(sorted(entry.unless))})"
        return ""

    def _missing_sense(self, entry: Entry, words: set[str]) -> str:
        """Why ``entry`` lacks its sense among ``words`` (none of its ``need_any`` classes), else ""."""
        if entry.need_any and not any(self.lex.in_class(w, entry.need_any) for w in words):
            return f"another sense (no {'/'.join(sorted(entry.need_any))} in the clause)"
        return ""

    @staticmethod
    def _noun_infinitive(noun: Token) -> Token | None:
        """What a threat, a demand or a refusal named by a noun is about: "threats to dock their bonuses"."""
        return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and
                     any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)

    @staticmethod
    def _for_clause(noun: Token, light: Token | None) -> Token | None:
        """The clause of "calls for Congress to pass the bill" (spaCy hangs it on the noun or its verb)."""
        for holder in (noun, light):
            for c in holder.children if holder is not None else ():
                if c.dep_ in ("advcl", "acl", "relcl") and c.i > noun.i and \
                        any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
                    return c
        return None

    def _at_home(self, code: str, source: Actor | None, target: Actor | None) -> bool:
        """A visit at home ("will visit Brownsville, Texas") has no host: the place is not a target."""
        return target is not None and source is not None and target.rule == "place:country" and \
            self.cameo.root(code) == "04" and target.country == source.country

    def _bomber(self, tok: Token | None, at: int, actors: ActorLookup) -> Actor | None:
        """Who set off the bomb ``tok`` names: the agent of its participle ("a roadside bomb planted by
        Taliban insurgents"), else armed men of no known side (coding guide: unknown bombers are ---REB)."""
        if not self._a_bomb(tok):
            return None
        for c in tok.children:
            by = agent(c) if c.dep_ == "acl" else None
            if by is not None and actors.for_token(by) is not None:
                return actors.for_token(by)
        return implied_actor("REB", None, at, "bombers")

    def _a_bomb(self, tok: Token | None) -> bool:
        """A bomb or a bombing does the act ("two bombs killed six police officers", "killed in a bomb
        attack"): its author is armed men of no known side (coding guide: unknown bombers are ---REB); a
        bare explosion or blast only in a story of bombs or militants (not "a gas explosion")."""
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        words = noun_phrase_words(tok)
        if any(self.lex.in_class(w, DISASTER) for w in words) or words & ACCIDENT_WORDS:
            return False
        if words & BOMB_WORDS or any(self.lex.in_class(w, BOMBINGS) for w in words):
            return True
        return bool(words & BLAST_WORDS) and a_bombing_story(tok.doc)

    def _means_actor(self, verb: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The actor named on the means of a passive act: "killed in Israeli air strikes" → ISR, "killed in
        the attack by Russian forces" → RUSMIL."""
        for _prep, obj in pobj_of(verb, ("in", "by", "during", "after")):
            if self.lex.in_class(obj.lemma_.lower(), frozenset({"violence", "aerial", "artillery"})):
                tok, actor = self._modifier_actor(obj, actors)
                if actor is None:
                    tok = next((o for _p, o in pobj_of(obj, ("by",))), None)
                    actor = actors.for_token(tok) if tok is not None else None
                if actor is not None:
                    return tok, actor
        return None, None

    @staticmethod
    def _holder(noun: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The police or army named as who holds someone ("in the custody of Ohio police")."""
        for _prep, obj in pobj_of(noun, ("of",)):
            a = actors.for_token(obj)
            if a is not None and (a.sector or "")[:3] in ARRESTERS:
                return obj, a
        return None, None

    def _patient_author(self, noun: Token, patient: str,
                        actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Who did a judicial or police act a noun names, after "by" ("the indictment of Bashir by the ICC"):
        an authority of the noun's kind (a court, a prosecutor, the police), else none ("the arrest of the
        suspect by a passer-by" is no police act)."""
        by = noun_agent(noun)
        found = self._source_actor(by, actors) if by is not None else None
        if found is None:
            return None, None
        sector = (found.sector or "")[:3]
        fits = sector in (ARRESTERS if patient == "COP" else (patient, "GOV")) or \
            (found.code or "").startswith(f"IGO{patient}")
        return (by, found) if fits else (None, None)

    @staticmethod
    def _arrested_owner(tok: Token, found: Actor, noun: Token, entry: Entry) -> bool:
        """"Mayor Imamoglu's arrest", "the general's detention": a possessor who is an official or an officer,
        with no one else the act befalls, is the one arrested (the police or a court would arrest him)."""
        named = any(True for _p, _o in pobj_of(noun, frozenset(entry.targets)))
        return tok.dep_ == "poss" and not named and (found.sector or "")[:3] in ("GOV", "MIL", "LEG", "ELI")

    def _patient_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the Menendez indictment", "a $5 million verdict against Trump", "the court's ruling": a judicial
        act whose modifier or object is who it befalls, done by an implied court or prosecutor."""
        noun, entry = m.token, m.entry
        other = self._other_sense(entry, noun_phrase_words(noun))  # "a damning indictment of the plan"
        if other:
            return other
        src_tok = tgt_tok = source = target = None
        tok, a = self._modifier_actor(noun, actors)
        court = a is not None and ((a.sector or "") == entry.patient or
                                   (a.code or "").startswith(f"IGO{entry.patient}") or
                                   (entry.patient == "COP" and (a.sector or "")[:3] in ARRESTERS and
                                    not self._arrested_owner(tok, a, noun, entry)))
        if court:
            src_tok, source = tok, a  # "the Justice Department indictment", "the ICC indictment of Bashir"
        elif a is not None and _jurisdiction(tok, a):  # "dozens of U.S. indictments": the state's courts
            src_tok, source = tok, with_sector(a, entry.patient, "jurisdiction")
        elif a is not None:
            tgt_tok, target = tok, a
        if source is None and held_in(noun) is not None:  # "was in the custody of the sheriff's office"
            src_tok, source = self._holder(noun, actors)
        if source is None:  # "the indictment of Bashir by the ICC", "the arrest of two men by Turkish police"
            src_tok, source = self._patient_author(noun, entry.patient, actors)
        if target is None:
            for _prep, obj in pobj_of(noun, frozenset(entry.targets)):
                if obj == src_tok:
                    continue
                target = self._actor_or_place(obj, actors)
                if target is not None:
                    tgt_tok = obj
                    break
        state = held_in(noun) or freed_on(noun)
        if target is None and state is not None:  # "the boy, who is now in custody"
            tgt_tok = subject(state)
            target = self._actor_or_place(tgt_tok, actors) if tgt_tok is not None else None
            if target is None and tgt_tok is not None and entry.patient in LAW_ENFORCEMENT:
                # "the two men are in custody", "he is free on bond" (only people are; "the crash is under
                # investigation")
                held = self.cameo.root(entry.code) == "17" or entry.code.startswith("084")
                target = self._someone(tgt_tok, noun, actors, custody=held)
        owner = first_child(noun, "poss") if not court else None
        if target is None and owner is not None and entry.patient in LAW_ENFORCEMENT:
            tgt_tok, target = owner, self._someone(owner, noun, actors, custody=True)  # "after his arrest"
        facing = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in FACING), None)
        if target is None and facing is not None and entry.patient in LAW_ENFORCEMENT:
            faced_by = first_child(facing, "nsubj")  # "the federal charges he is facing": his
            if faced_by is not None:
                tgt_tok = faced_by
                target = self._actor_or_place(faced_by, actors) or self._someone(faced_by, noun, actors, True)
        held = next((o for _p, o in pobj_of(noun, frozenset(entry.targets))), None)
        if target is None and held is not None and entry.patient in LAW_ENFORCEMENT:
            tgt_tok, target = held, self._someone(held, noun, actors)  # "the FBI arrest of Smith"
        if target is None or target.rule in ("place:country", "modifier:country"):
            return "no one it befalls"
        if source is None:
            source = Actor(text=noun.text, code=entry.patient, country=None, sector=entry.patient,
                           start=noun.idx, end=noun.idx + len(noun.text), rule=f"implied:{entry.patient}")
        ctx = self._context(m, noun.head, src_tok, tgt_tok, source, None)
        code, why = self._refine(entry, ctx)  # "Park's conviction": found guilty (116)
        state = noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX")  # "she is not in custody"
        clause = m.light_verb or freed_on(noun) or (noun.head.head if state else noun.head)
        return self._accept(Frame(m, code, clause, src_tok, tgt_tok, source, target, why))


#: verbs that file a charge ("charges were filed / brought / lodged against him")
FILING_VERBS = frozenset({"file", "bring", "lodge", "lay", "level", "press"})


def _jurisdiction(tok: Token, a: Actor) -> bool:
    """A bare state before a judicial noun ("U.S. indictments", "French arrest warrants") is whose courts
    or police act, not who is arrested or charged (a person or a body modifier is: "the Menendez
    indictment")."""
    return bool(a.country) and not a.sector and not a.person and tok.dep_ in ("compound", "amod", "nmod") \
        and a.code == a.country
