"""The verb frame (a trigger verb's who and whom) and its helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from tacitus.events import modality as mod
from tacitus.events.coder.clauses import (
    ASSERTING_DEMANDS,
    CONTESTS,
    LAWS,
    PERSONAL_PRONOUNS,
    REFLEXIVES,
    _named,
    _someone,
    a_bombing_story,
    a_motive,
    a_person,
    a_possessed_person,
    a_thing,
    bidding,
    contenders,
    it_stands_for_a_document,
    law_enforcement,
    named_inside_predicate,
    particle_objects,
    private_person,
    quoted_command,
)
from tacitus.events.coder.clues import (
    _counted,
    asks_a_question,
    contact_verb,
    crowd_against_force,
    describing_participle,
    direct_object,
    fight_among_themselves,
    fights_for_a_cause,
    infinitive_or_clause,
    relative_head,
    witness_appeal,
)
from tacitus.events.coder.frame import (
    ADMISSION,
    AGENTLESS_ROOTS,
    ARMED_SECTORS,
    ATTACKS,
    AUTHOR_PREPS,
    BLAMING,
    BODY_PARTS,
    CALL_PURPOSES,
    CAUSE_PREPS,
    CLAIMS,
    CONTRACTORS,
    CRIMES,
    DISASTER,
    DISMISSIVE,
    DUTIES,
    EMERGENCY_WORDS,
    EPIDEMICS,
    HAND_WEAPONS,
    HAZARDS,
    IMPOSED_BY_LIFT,
    JUDGING_ROOTS,
    KIN,
    LAW_ENFORCEMENT,
    LIFTED,
    MENACED,
    PRIVATE_INFORMANTS,
    PRIVATE_REQUESTS,
    PROTEST_JOINING,
    PROTEST_PLACES,
    PROTESTED_DEMANDS,
    PROTESTERS,
    PROTESTS,
    PUBLIC_MEASURES,
    QUESTION_VERBS,
    RECIPROCAL_ROOTS,
    ROAD_USERS,
    SEARCHED_PLACES,
    SELF_CARE,
    SPEECH_DISPARAGING,
    SWAP_ENTRIES,
    TERROR_ACTS,
    TURNED_DOWN,
    UNWARRANTED,
    VIOLENCE_OR_FORCE,
    WITHHELD_COMMENT,
    WRONGDOING_CLASSES,
    Frame,
    _implied_author,
)
from tacitus.events.lexicon import Entry
from tacitus.events.roles import (
    ASKING_VERBS,
    REPORTS,
    UNNAMED_ACCUSATIONS,
    ActorLookup,
    accuser_sector,
    earlier_asker,
    implied_government,
    names_party,
    object_owner,
    one_actor,
    political,
    same_party,
    through_quantity,
    unarmed,
    unknown_attackers,
)
from tacitus.events.roles import implied as implied_actor
from tacitus.events.syntax import (
    PASSIVE_SUBJECT_DEPS,
    agent,
    children,
    conjoined_patient,
    contents_of,
    first_child,
    is_passive,
    pobj_of,
    someone_else,
    subject,
    to_infinitive,
)
from tacitus.events.triggers import (
    VIOLENT_ROOTS,
    Context,
    Match,
    adjectival_passive,
    between_pair,
    complement_verb,
    measured,
    ngrams,
    noun_phrase_words,
    object_heads,
    object_predicate,
)
from tacitus.model import Actor

#: what one party offers or agrees with another, whose rejection is aimed at its other parties ("rejected
#: the peace agreement between France and the rebels"; not "denied any involvement between them", a claim)
DEALS_OFFERED = frozenset({"agreement", "aid_any", "talks", "mediation", "political_offers", "plan",
                           "proposal", "offer", "initiative", "settlement", "cooperation", "assistance"})
#: modals whose denial tells a refusal ("would not comment", "won't confirm"); "could not" only in "could not
#: comment" (else ability: "could not identify the species"); not "cannot comment", which may tell a rule
REFUSING_MODALS = frozenset({"would", "will", "wo"})
#: roots of acts in words, or of cooperation, that a speaker may address to a party just named
WORDS_ROOTS = frozenset(f"{r:02d}" for r in range(1, 14))


def _span_text(tok: Token) -> str:
    """The phrase ``tok`` heads as written, lower-cased ("the planned sit-in")."""
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text.lower()


def _idiom_nouns(verb: Token, m: Match) -> list[Token]:
    """The verb and the words of its idiom, with the noun behind the idiom's preposition or measured out
    by a container noun: where the party an act comes from hangs ("came under sharp criticism from the
    Greens", "came in for heavy criticism from unions", "endured a week of criticism from the party")."""
    out = [verb, *m.words]
    out += [o for w in m.words if w.dep_ == "prep" for o in w.children if o.dep_ == "pobj"]
    out += [o for w in (*out, *children(verb, "dobj")) for c in w.children for o in measured(w, c)]
    return out


#: feelings whose "of" names who feels them ("drew the ire of the unions"; "criticism of X" names its target)
FELT_NOUNS = frozenset({"ire", "wrath", "anger", "fury", "displeasure", "outrage", "uproar"})
#: police and court acts on a person, never an accident's outcome ("arrested after a crash")
LEGAL_ACTS = frozenset({"172", "173", "174"})


def _authors_after(word: Token) -> list[Token]:
    """Who an act hung on ``word`` comes from: the object of "from" / "by" or of "on the part of" ("sparked
    harsh criticism on the part of civil society"), or of "of" / "among" after a feeling ("incurred the
    wrath of", "sparked outrage among")."""
    preps = AUTHOR_PREPS | {"of", "among"} if word.lemma_.lower() in FELT_NOUNS else AUTHOR_PREPS
    out = [o for _p, o in pobj_of(word, preps)]
    parts = [o for _p, o in pobj_of(word, frozenset({"on"})) if o.lemma_.lower() == "part"]
    return out + [o for part in parts for _p, o in pobj_of(part, frozenset({"of"}))]


def _a_posting(verb: Token) -> bool:
    """Forces told where they are, not moved: "troops deployed on the islands", "Marines stationed near
    Marawi" (a participle on the noun), "where the troops are deployed" (a present passive: a presence)."""
    if verb.dep_ == "acl":
        return True
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    return any(a.tag_ in ("VBP", "VBZ") for a in aux) and not any(c.lower_ == "being" for c in verb.children)


#: entries of a crowd taking to the streets or gathering, whose purpose clause, when there is one, is the
#: protest coded ("took to the streets to demand his resignation")
PURPOSED_PROTESTS = frozenset({"gather-protest", "take-to-streets"})


def predicate_words(pred: Token) -> set[str]:
    """The words (lemmas and forms) of a naming's predicate that judge its object: not those of what it is
    said to stand against ("a reliable partner in the fight against terrorism" blames no one); with their
    bigrams and trigrams, for a class's phrases ("a step back", "a witch hunt")."""
    opposed = {t.i for c in pred.subtree if c.dep_ == "prep" and c.lower_ == "against" for t in c.subtree}
    return ngrams([t for t in pred.subtree if t.i not in opposed])


class VerbalFrames:
    """EventCoder's verb frame and the checks it makes on a verb's arguments."""

    # ---- frames -------------------------------------------------------------------------------
    def _coordinated_addressee(self, verb: Token, source: Actor | None,
                               actors: ActorLookup) -> tuple[Token, Actor] | None:
        """The party the first of two coordinated acts was done to, which the second, sharing its subject
        and naming no party of its own, is addressed to as well: "the ministry summoned the ambassador and
        demanded an explanation" → the ambassador; only a political party, never a private person ("police
        arrested the man and refused to name him")."""
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ != "VERB" or is_passive(head) or \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        comp = complement_verb(verb)  # "called the killer an animal and asked that anyone come forward":
        if comp is not None and any(c.dep_ in ("nsubj", "nsubjpass") and (
                c.pos_ in ("PRON", "PROPN") or actors.for_token(c) is not None) for c in comp.children):
            return None  # the clause names whom it asks
        o = direct_object(head)
        found = actors.for_token(o) if o is not None else None
        if found is None or not political(found) or (found.sector or "")[:3] == "CRM" or \
                not names_party(o, actors) or \
                (source is not None and one_actor(source, found)):
            return None
        return o, found

    @staticmethod
    def _continued_addressee(verb: Token, source: Actor | None,
                             actors: ActorLookup) -> tuple[Token, Actor] | None:
        """The party a request of the previous sentence was made of, when the same source "also" asks or
        demands more here and names no one: "the regulator ordered the bank to raise its capital … The
        regulator also demanded an audit" → the bank; only a political party the asking verb's object
        names."""
        if source is None or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            return None
        start = verb.sent.start
        for t in verb.doc[start - 1].sent if start > 0 else ():
            if t.pos_ != "VERB" or t.lemma_.lower() not in ASKING_VERBS or is_passive(t):
                continue
            who = subject(t)
            asker = actors.for_token(who) if who is not None else None
            o = direct_object(t)
            asked = actors.for_token(o) if o is not None else None
            if asker is not None and same_party(asker, source) and asked is not None and political(asked) \
                    and names_party(o, actors) and not one_actor(asked, source):
                return o, asked
        return None

    def _blames_or_denies(self, pred: Token, said: set[str]) -> bool:
        """A naming's predicate that blames or is denied ("called him no friend of Israel", "not a great
        leader", "a great betrayal") praises no one, whatever word of praise it holds."""
        if any(self.lex.in_class(w, BLAMING) for w in said):
            return True
        return any(t.dep_ == "neg" or t.lower_ in ("no", "never", "hardly") for t in pred.subtree) or \
            any(c.dep_ == "neg" for c in pred.head.children)

    def _dismissed_by_naming(self, verb: Token, said: set[str]) -> bool:
        """"Called the accusations baseless", "branded the request unrealistic": a naming that calls claims
        untrue or a request put to the speaker unwarranted turns them down (120, as "said the claims were
        false" does; coding guide §5: dismissing criticism as baseless). Not of "it" or "this", whose
        naming may judge anything ("called it a hoax")."""
        obj = first_child(verb, "dobj")
        if obj is None or obj.pos_ != "NOUN":
            return False
        lemma = obj.lemma_.lower()
        return (self.lex.in_class(lemma, CLAIMS) and any(self.lex.in_class(w, DISMISSIVE) for w in said)) or \
            (self.lex.in_class(lemma, TURNED_DOWN) and any(self.lex.in_class(w, UNWARRANTED) for w in said))

    def _passive_parties(self, verb: Token, entry: Entry,
                         actors: ActorLookup) -> tuple[Token | None, Token | None]:
        """The doer's and the patient's tokens of a passive verb ("was arrested by police": police, and its
        subject; with no subject of its own, the one of the clause it hangs on)."""
        src_tok = agent(verb)
        src_tok = through_quantity(src_tok) if src_tok is not None else None  # "by dozens of MPs"
        if src_tok is None and entry.from_author:  # "expelled from the United States"
            src_tok = next((o for _p, o in pobj_of(verb, frozenset({"from"}))
                            if actors.country_for_token(o)), None)
        if src_tok is None and entry.absorbs:  # "anyone with information is asked to call police"
            src_tok = self._body_to_contact(verb, actors)
        # ("Sears and Bowers are now both charged": the parse may hang the subject on the auxiliary)
        tgt_tok = first_child(verb, *PASSIVE_SUBJECT_DEPS) or next(
            (s for c in verb.children if c.dep_ == "auxpass" for s in c.children if s.dep_ == "nsubj"),
            None)
        if tgt_tok is None and verb.dep_ == "conj":  # "was deposed and assassinated"
            tgt_tok = conjoined_patient(verb)
        if tgt_tok is None and verb.dep_ == "acl":  # "an immigrant arrested in Maryland"
            tgt_tok = verb.head
        if tgt_tok is None and verb.dep_ in ("ROOT", "ccomp", "csubj"):  # a headline: "Man charged with"
            tgt_tok = first_child(verb, "nsubj")
        if tgt_tok is None and verb.dep_ in ("pcomp", "advcl"):  # "remanded after being charged": he
            clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
            while clause.dep_ == "conj" and not any(c.dep_ in (*PASSIVE_SUBJECT_DEPS, "nsubj")
                                                    for c in clause.children):
                clause = clause.head  # "was arrested and charged … after being accused of": he
            tgt_tok = first_child(clause, *PASSIVE_SUBJECT_DEPS) or first_child(clause, "nsubj")
        if tgt_tok is None and verb.dep_ == "xcomp" and \
                (verb.head.lemma_ != "be" or mod.scheduled_passive(verb)):
            tgt_tok = subject(verb)  # "Fumo is to be sentenced", "are expected to be charged"
        if tgt_tok is None and verb.dep_ == "xcomp" and verb.head.dep_ == "conj" and is_passive(verb.head):
            tgt_tok = conjoined_patient(verb.head)  # "was arrested and is expected to be arraigned": he
        if tgt_tok is not None and tgt_tok.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            tgt_tok = verb.head  # "the defendant, who was charged with fraud"
        return src_tok, tgt_tok

    def _object_predicate(self, verb: Token, entry: Entry) -> tuple[Token | None, bool] | str:
        """The object predicate of a naming entry ("called Biden corrupt", "described him as reckless",
        "calling it “a step back”") and whether it dismisses a claim, or why the verb is not this act."""
        pred = object_predicate(verb)
        if pred is None:  # "described Biden as corrupt"
            pred = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                         for o in c.children if o.dep_ in ("pobj", "amod", "acomp")), None)
        obj = first_child(verb, "dobj") if pred is None else None
        if obj is not None:  # "calling it “turning the page …”": a quoted naming
            pred = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i and
                         any(t.is_quote for t in verb.doc[obj.i + 1:c.i + 1])), None)
        if pred is None and entry.predicate:
            return "no object predicate"
        if pred is not None and not entry.predicate:
            return "a naming, not this act"
        said = predicate_words(pred) if pred is not None else set()
        if pred is not None and entry.predicate and self.cameo.root(entry.code) == "05" and \
                self._blames_or_denies(pred, said):
            return "a naming with blame or denial in it, not praise"  # "no friend of", "a great betrayal"
        dismissal = bool(pred is not None and entry.predicate and self._dismissed_by_naming(verb, said))
        if pred is not None and not dismissal and \
                not any(self.lex.in_class(w, entry.predicate) for w in said):
            return f"object predicate is not {'/'.join(sorted(entry.predicate))}"
        return pred, dismissal

    def _verb_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """The frame of a verb trigger, or why there is none: its parties, then each step's rejection or
        change of the parties and the code, in order."""
        if m.entry.speech:
            return self._speech_frame(m, actors)
        if quoted_command(m.token):
            return "a quoted command or slogan ('shouted \"arrest the minister\"'): words, not the act"
        c = self._clause_parties(m, actors)
        if isinstance(c, str):
            return c
        rejected = self._reject_request(c) or self._threat_reading(c, actors) or self._object_reading(c)
        if rejected:
            return rejected
        self._clause_actors(c, actors)
        rejected = self._reject_clause(c, actors)
        if rejected:
            return rejected
        self._entry_adjustments(c, actors)
        self._addressee(c, actors)
        ctx = self._context(m, c.verb, c.src_tok, c.tgt_tok, c.source, c.comp)
        rejected = self._reject_sense(c, ctx) or self._settle_code(c, ctx, actors)
        if rejected:
            return rejected
        self._warning_without_threat(c, actors)
        rejected = self._agentless(c, actors)
        if not rejected and self._lifted_by_imposer(c):
            return Frame(m, c.code, c.verb, None, c.tgt_tok, None, c.target, LIFTED)  # see _told_before
        rejected = rejected or self._implied_parties(c, ctx, actors) or self._reject_late(c, actors)
        if rejected:
            return rejected
        frame = Frame(m, c.code, c.verb, c.src_tok, c.tgt_tok, c.source, c.target, c.why, c.agentless)
        return self._accept(frame, actors)

    def _clause_parties(self, m: Match, actors: ActorLookup) -> Clause | str:
        """The words of the clause's parties (the doer, the done-to, a thing acted on), or why no one acts."""
        verb, entry = m.token, m.entry
        passive = is_passive(verb)
        if passive and adjectival_passive(verb, entry):  # "was heartened by Japan's offer": his mood at Japan
            passive = False
            src_tok = self._passive_parties(verb, entry, actors)[1]
            tgt_tok = self._target_token(verb, entry, actors)
        elif passive:
            src_tok, tgt_tok = self._passive_parties(verb, entry, actors)
        else:
            src_tok = subject(verb)
            src_tok = through_quantity(src_tok) if src_tok is not None else None
            tgt_tok = self._target_token(verb, entry, actors)
        if src_tok is not None and not passive and \
                any(self.lex.in_class(w, HAZARDS) for w in noun_phrase_words(src_tok)):
            return "a storm or a flood does it, no one acts ('three hurricanes striking US soil')"
        if entry.suffered:  # "ministers came under fire from a former chief whip"
            tgt_tok = src_tok
            src_tok = next((o for w in _idiom_nouns(verb, m) for o in _authors_after(w)), None)
        if entry.felt:  # "the move outraged the unions": they disapprove of whoever made it
            if src_tok is not None and src_tok.lemma_.lower() in self.lex.noun_index:
                return "a reaction to an act the sentence reports ('the ruling angered them'): the act codes"
            src_tok, tgt_tok = tgt_tok, src_tok
        thing = tgt_tok if passive and tgt_tok is not None and entry.need_obj is not None and \
            self.lex.in_class(tgt_tok.lemma_.lower(), entry.need_obj) else None
        forces = through_quantity(tgt_tok) if passive and src_tok is None and tgt_tok is not None and \
            self.cameo.root(entry.code) == "15" and not _a_posting(verb) else None
        if forces is not None and self.lex.in_class(forces.lemma_.lower(), entry.need_obj or frozenset()):
            src_tok = thing = forces  # "hundreds of troops were deployed to the border": the forces' side
        if passive and (tgt_tok is None or thing is not None):
            # "bond was set at $20,000 for Johnson": a thing the subject, whom it befalls after "for"
            tgt_tok = self._target_token(verb, entry, actors, skip_dobj=True) or tgt_tok
        sides = (between_pair(thing) or between_pair(verb)) if thing is not None and src_tok is None and \
            self.cameo.root(entry.code) in RECIPROCAL_ROOTS else None
        if sides is not None:  # "ties between Cuba and the US were restored": each with the other
            src_tok, tgt_tok = sides
        obj = direct_object(verb) if tgt_tok is None and not passive else None
        if obj is not None and obj in m.words:
            obj = None  # the idiom's own noun is no party: "joined forces" (not armed forces)
        if obj is not None and self.cameo.root(entry.code) != "08" and \
                any(self.lex.in_class(w, ATTACKS) for w in (obj.lemma_.lower(), obj.lower_)):
            # "beat back a rebel assault": against the rebels (a yield's object is its own: "withdrew forces")
            tgt_tok = self._noun_author(obj, actors)[0]
        inner = next((w for w in m.words[1:] if w.dep_ == "xcomp" and w.head == verb), None)
        if tgt_tok is None and inner is not None:  # "tried to assassinate the governor"
            tgt_tok = self._target_token(inner, entry, actors)
        if tgt_tok is None and not passive and self.cameo.root(entry.code) in ("18", "19"):
            tgt_tok = victim_of_main_clause(verb)  # "X was wounded when police returned fire": at X
        return Clause(m, passive, src_tok, tgt_tok, thing, continued_act(complement_verb(verb)))

    def _reject_request(self, c: Clause) -> str | None:
        """Why the clause asks or demands nothing this entry codes (nothing asked, a telephone call, a naming,
        a question), if so; notes an appeal for witnesses and a call to talk."""
        verb, entry, comp = c.verb, c.entry, c.comp
        c.witnesses = entry.absorbs and self.cameo.root(entry.code) == "02" and witness_appeal(verb)
        asks = infinitive_or_clause(comp) or c.witnesses or \
            any(c2.dep_ == "prep" and c2.lower_ in ("for", "on") for c2 in verb.children)
        if verb.lemma_.lower() in entry.need_complement and not asks:
            return f"nothing asked ('{verb.lemma_.lower()}' with no infinitive, clause or 'for')"
        if self._pressed_on_a_topic(verb, comp):
            return "questioning on a topic ('pressed Trump on the properties'), not a demand"
        if verb.lemma_.lower() == "call" and to_infinitive(comp) and comp.i == verb.i + 2 and \
                verb.doc[verb.i + 1].lower_ == "to":  # (not "called on X to", "called for X to")
            return "a telephone call ('he called to congratulate her')"
        c.rang = self._a_call_to_talk(verb, comp)
        if c.rang and entry.id != "phone":
            return "a telephone call to talk ('called Putin to discuss the war'), not a demand"
        called = direct_object(verb) if verb.lemma_.lower() == "call" and not entry.speech else None
        if called is not None and self.cameo.root(entry.code) != "11" and \
                any(self.lex.in_class(w, SPEECH_DISPARAGING) for w in noun_phrase_words(called)):
            return "a naming ('called tax increases job killers'), not this act"
        if verb.lemma_.lower() in entry.no_infinitive and infinitive_or_clause(comp) and \
                comp.dep_ == "xcomp" and not c.rang:
            return f"'{verb.lemma_.lower()}' with an infinitive asks for something"
        if entry.absorbs and not c.witnesses and verb.lemma_.lower() in QUESTION_VERBS and \
                asks_a_question(verb, comp):
            return "a question, not a request"  # "asked Harry whether they quit", "asked, “What …?”"
        return None

    def _threat_reading(self, c: Clause, actors: ActorLookup) -> str | None:
        """Why a warning or an appeal is no act (safety advice in a hazard, a private request, no threatened
        action), if so; notes whether it menaces someone and the code of a warning with no threat."""
        verb, entry, comp, tgt_tok = c.verb, c.entry, c.comp, c.tgt_tok
        gloomy = tgt_tok is None and self._epidemic_forecast(verb, comp)
        if entry.require_threat_complement and not gloomy and \
                any(self.lex.in_class(t.lemma_.lower(), HAZARDS) for t in verb.subtree):
            return "a safety warning in a disaster"  # "warned people to stay outdoors because of aftershocks"
        if entry.safety_advice and not c.witnesses and not gloomy and \
                self._safety_advice(verb, tgt_tok, comp, actors):
            return "safety advice to the public in a hazard ('urges motorists to drive with caution')"
        if entry.safety_advice and not c.witnesses and self.cameo.root(entry.code) == "02" and \
                self._private_request(comp) and \
                not (tgt_tok is not None and political(actors.for_token(tgt_tok))):  # "urged Serbia to return
            # to the negotiating table" is no private request
            return "a private request ('asked Brown to repeat himself', 'to leave the building')"
        threat = entry.require_threat_complement and (self._is_threat(verb, comp) or
                                                      self._own_course(c.src_tok, comp, actors))
        c.menaced = entry.require_threat_complement and not threat and self._threatens_someone(verb, actors)
        if entry.require_threat_complement and not threat and not c.menaced:
            c.instead = entry.without_threat.get(verb.lemma_.lower())
            if c.instead is None:
                return "no threatened action"
        return None

    def _object_reading(self, c: Clause) -> str | None:
        """Why the object is not what the entry needs (an object predicate, a kind of object), if so; notes a
        naming that dismisses a claim and a target named inside the predicate."""
        verb, entry = c.verb, c.entry
        if entry.predicate is not None:
            reading = self._object_predicate(verb, entry)
            if isinstance(reading, str):
                return reading
            pred, c.dismissal = reading
            if c.tgt_tok is None and pred is not None and entry.predicate:
                c.tgt_tok = named_inside_predicate(pred)  # "called Trump reckless"
        if entry.need_obj is not None:
            objs = object_heads(verb) + [t for t in (c.tgt_tok, c.thing) if c.passive and t is not None]
            objs += particle_objects(c.m)
            if self.cameo.root(entry.code) in VIOLENT_ROOTS:  # "left a backpack containing a nail bomb"
                objs += [o2 for o in objs for o2 in contents_of(o)]
            words = set().union(*(noun_phrase_words(o) for o in objs)) if objs else set()
            # "released Evan Gershkovich": a named person is someone held
            words |= {f"ent:{o.ent_type_.lower()}" for o in objs if o.ent_type_}
            if not any(self.lex.in_class(w, entry.need_obj) for w in words):
                return f"object is not {'/'.join(sorted(entry.need_obj))}"
        return None

    def _clause_actors(self, c: Clause, actors: ActorLookup) -> None:
        """The source and target actors of the parties' words; a suspect, a menacing person or a bomber as the
        source, and the patient of an act with an implied author as the target."""
        verb, entry, src_tok = c.verb, c.entry, c.src_tok
        source = self._source_actor(src_tok, actors) or self._crowd(src_tok, entry.code)
        if source is None and src_tok is not None and entry.id in CRIMES:
            source = self._someone(src_tok, verb, actors, custody=True)  # "Sullivan sliced his arm"
        if source is None and src_tok is not None and c.menaced and \
                (src_tok.pos_ == "PROPN" or src_tok.lower_ in PERSONAL_PRONOUNS):  # "O'Connor threatened her"
            source = self._someone(src_tok, verb, actors, custody=True)
        if source is None and self.cameo.root(entry.code) in VIOLENT_ROOTS:
            source = self._bomber(src_tok, verb.idx, actors)  # "two bombs killed six police officers"
        c.source = source
        c.target = self._actor_or_place(c.tgt_tok, actors) if c.tgt_tok is not None else None
        if c.target is None and (entry.implied_author or _implied_author(c.m)) and \
                (((c.passive or entry.suffered) and src_tok is None) or law_enforcement(source)):
            patient = c.tgt_tok if c.passive or c.tgt_tok is not None else \
                direct_object(verb) or next(iter(particle_objects(c.m)), None)
            if patient is not None and not self._required_thing(patient, entry):
                # "Sullivan was charged with five felonies", "police arrested her"
                custody = bool(entry.implied_author)
                c.tgt_tok, c.target = patient, self._someone(patient, verb, actors, custody)

    def _reject_clause(self, c: Clause, actors: ActorLookup) -> str | None:
        """Why the clause is not this act (done to oneself, a race run, the entry's own guards, another sense
        of "charge" or "fire"), if so; a contractor hired becomes the target."""
        verb, entry = c.verb, c.entry
        if self.cameo.root(entry.code) in VIOLENT_ROOTS | {"14"} and \
                any(o.lower_ in REFLEXIVES for o in (c.tgt_tok, *object_heads(verb)) if o is not None):
            return "done to oneself"  # "Sullivan also sliced herself in the shin", "barricaded herself in"
        if verb.lemma_.lower() == "contest" and any(self.lex.in_class(w, CONTESTS) for o in object_heads(verb)
                                                     for w in noun_phrase_words(o)):
            return "ran in a race, rejected nothing ('contested the 2015 elections')"
        # the entry's own rejections (ENTRY_GUARDS); the hearsay and participle guards come later
        # (CODED_GUARDS, FINAL_GUARDS), as a reason they would give here could replace another step's
        rejected = self._entry_guard(c, actors) or self._hired_contractor(c)
        if rejected:
            return rejected
        if verb.lemma_.lower() == "charge" and self._charged_with_a_duty(verb):
            return "another sense (charged with a task)"  # "the consultant charged with leading the raid"
        if verb.lemma_.lower() == "fire" and any(_named(o) or a_person(actors.for_token(o))
                                                 for o in object_heads(verb) if o.dep_ == "dobj"):
            return "another sense (fired from a post)"  # "fired Reams at the Emergency Operations Center"
        return None

    def _hired_contractor(self, c: Clause) -> str | None:
        """A "hire-contractor" clause with no contractor hired is rejected; else a firm or professional hired
        (one the actors read as a person, a town or no one) is the target."""
        if c.entry.id != "hire-contractor":
            return None
        hired = direct_object(c.verb) or next((o for _, o in pobj_of(c.verb, ("with",))), None)
        if hired is None or not self._contractor(hired):
            return "no contractor hired (staff or an officer: 'hired a new police chief')"
        if c.target is None or (c.target.sector or "")[:3] == "CVL" or c.target.rule.startswith("place:"):
            # "hired two consulting firms", "an attorney": a contractor (BUS); a list of firms is one
            # target whose names may read as people or towns ("Stevens & Wilkinson, Gary Realty")
            c.tgt_tok, c.target = None, implied_actor("BUS", None, hired.idx, "contractor")
        return None

    def _entry_adjustments(self, c: Clause, actors: ActorLookup) -> None:
        """The target the clause's words leave to find: a driver, an owner, a deal's other party, an envoy's
        post, a partner, the other side of a fight; none at home."""
        verb, entry, source = c.verb, c.entry, c.source
        driver = first_child(c.tgt_tok, "poss") if entry.id == "traffic-stop" and c.tgt_tok is not None \
            else None
        if driver is not None and driver.pos_ == "PROPN":  # "stopped Chesnut's Ford Mustang": Chesnut
            c.tgt_tok, c.target = driver, self._someone(driver, verb, actors)
        if c.target is None and c.tgt_tok is not None and c.tgt_tok.lemma_.lower() not in KIN and (
                ((c.passive or entry.predicate) and first_child(c.tgt_tok, "poss") is not None) or
                self.cameo.root(entry.code) in JUDGING_ROOTS):  # "called his plans a disaster": his
            # "her conviction was overturned": hers; "criticised the government's handling", "praised the work
            # of the police": theirs; but "its 28-year-old creator was charged": the creator, a private person
            owner = object_owner(c.tgt_tok, actors)
            if owner is not None and a_possessed_person(c.tgt_tok, self.lex):
                c.target = self._origin(c.tgt_tok, private_person(c.tgt_tok, "patient:described"), actors)
            elif owner is not None:
                c.tgt_tok, c.target = owner, actors.for_token(owner)
        self._deal_party(c, actors)
        if self._at_home(entry.code, source, c.target):
            c.tgt_tok, c.target = None, None
        post = self._envoy_post(c.tgt_tok, actors) if entry.id == "recall-ambassador" and c.passive and \
            c.tgt_tok is not None else None
        if post is not None:  # "the ambassador was recalled": from his post, not by himself
            c.tgt_tok, c.target = post, self._actor_or_place(post, actors)
        if c.target is not None and source is not None and one_actor(source, c.target) and \
                not (c.tgt_tok is not None and someone_else(c.tgt_tok)):
            # an actor is not its own target ("the Pentagon put its troops …"); its partner may be
            c.tgt_tok, c.target = self._partner(c.tgt_tok, actors)  # ("near its border with Ukraine")
        if entry.id == "fight" and c.target is None and source is not None and c.src_tok is not None and \
                fight_among_themselves(verb, c.src_tok):  # "rival militias clashed", "fought each other": the
            c.target = implied_actor(source.sector, source.country, verb.idx, "rival-side")  # other side

    def _deal_party(self, c: Clause, actors: ActorLookup) -> None:
        """A rejected deal or offer is its other parties': "rejected the peace agreement between France and
        the rebels", "turned down a deal with Iran", "declined assistance to Micronesia"."""
        rejected_thing = direct_object(c.verb) if c.target is None and not c.passive and \
            self.cameo.root(c.entry.code) == "12" else None
        if rejected_thing is None or actors.for_token(rejected_thing) is not None:
            return
        deal = any(self.lex.in_class(w, DEALS_OFFERED) for w in noun_phrase_words(rejected_thing))
        party = next((o for holder in (rejected_thing, c.verb)  # (the parse may hang it on the verb)
                      for _p, o in pobj_of(holder, ("between", "with", "to"))
                      if actors.for_token(o) is not None), None) if deal else None
        if party is not None and c.source is not None and same_party(c.source, actors.for_token(party)):
            party = None  # ("denied any involvement between Bush and Steele": no deal of Bush's)
        if party is not None:
            c.tgt_tok, c.target = party, actors.for_token(party)

    def _addressee(self, c: Clause, actors: ActorLookup) -> None:
        """The addressee of words with no target yet (a letter's, the complement's, a coordinated or an
        earlier verb's, an asker's), and a report's author as the one it advises."""
        verb, entry, comp, source = c.verb, c.entry, c.comp, c.source
        if c.target is None and entry.absorbs:  # "wrote a letter to the Duma calling for …": the Duma
            c.tgt_tok, c.target = self._letter_addressee(verb, actors) or (c.tgt_tok, c.target)
        if c.target is None and entry.absorbs and comp is not None:
            asked = self.cameo.root(entry.code) == "02"
            c.tgt_tok, c.target = self._target_from_complement(comp, source, actors, patients=not asked,
                                                               accused_only=entry.id == "accuse",
                                                               refused=self.cameo.root(entry.code) == "12")
            if c.target is not None and source is not None and one_actor(source, c.target):
                c.tgt_tok, c.target = self._partner(c.tgt_tok, actors)  # "deepen its cooperation with India"
        if c.target is None and (entry.absorbs or self.cameo.root(entry.code) in WORDS_ROOTS):
            # "summoned the ambassador and demanded an explanation", "… and complained about the incident"
            c.tgt_tok, c.target = self._coordinated_addressee(verb, source, actors) or (c.tgt_tok, c.target)
        if c.target is None and entry.absorbs and self.cameo.root(entry.code) in ("02", "10"):
            # "the agency ordered the exchange to improve … The agency also demanded a clarification"
            c.tgt_tok, c.target = self._continued_addressee(verb, source, actors) or (c.tgt_tok, c.target)
        if c.target is None and source is not None and self.cameo.root(entry.code) == "12":
            asker = earlier_asker(verb, source, actors)  # "Russia asked Ukraine to withdraw … Kyiv refused"
            if asker is not None:
                c.tgt_tok, c.target = asker, actors.for_token(asker)
        c.reported = entry.id == "recommend" and _a_reports_author(source)
        if c.reported and c.target is None and not c.passive and c.src_tok is not None:
            # "the report she commissioned recommended that cannabis not be sold …": its advice to its author
            c.target = replace(source, text=c.src_tok.text, start=c.src_tok.idx,
                               end=c.src_tok.idx + len(c.src_tok))

    def _reject_sense(self, c: Clause, ctx: Context) -> str | None:
        """Why the clause is another sense of the verb than this entry's (the entry's own sense tests, a
        purpose, a naming, a feeling, a negated predicate, an opinion), if so."""
        verb, entry, comp = c.verb, c.entry, c.comp
        other = self._other_sense(entry, ctx.any | ctx.obj)
        if other:
            return other
        objects = object_heads(verb) + ([c.tgt_tok] if c.passive and c.tgt_tok is not None else [])
        objects += relative_head(verb)  # "the questions (that) we need to ask": and what the clause modifies
        if entry.uncounted_source and c.src_tok is not None and c.source is not None and \
                not c.source.sector and _counted(c.src_tok):
            return "a counted people ('52,000 Venezuelans have arrived'): they migrate, not visit"
        if entry.no_purpose and _a_purpose(verb):
            return "a purpose ('invests £3bn to support dentistry'), not this act"
        if entry.naming_unless and self._a_naming(verb, objects, entry.naming_unless):
            return "a naming ('identified the man as John Smith'), not this act"
        if entry.not_obj and any(self.lex.in_class(w, entry.not_obj) for o in objects
                                 for w in noun_phrase_words(o)):
            return f"another sense (its object is {'/'.join(sorted(entry.not_obj))})"
        if entry.need_clause and (comp is None or comp.dep_ != "ccomp" or mod.negated(comp)) and \
                not (c.reported and (comp is not None or direct_object(verb) is not None)):
            return "no clause: a feeling or a wish, not a comment"  # "fears for his life", "hopes to win"
        if self.cameo.root(entry.code) in ("02", "10") and _to_the_reader(verb, comp):
            return "advice to the reader ('recommends that you include a privacy policy'), not an appeal"
        if any(c2.dep_ == "neg" for w in c.m.words[1:] for c2 in w.children):
            return "its predicate is negated ('found not guilty': an acquittal)"
        if entry.need_clause and a_motive(verb):
            return "a motive the writer gives, not a comment ('reneged, apparently fearing that …')"
        if entry.need_any and not any(self.lex.in_class(w, entry.need_any) for w in ctx.any | ctx.obj):
            return f"another sense (no {'/'.join(sorted(entry.need_any))} in the clause)"
        if entry.need_deed and not _accused_of_a_deed(verb):
            return "no deed it is accused of ('was accused in the case', 'people accused of a crime')"
        if verb.lemma_.lower() in entry.intransitive and (first_child(verb, "dobj") is not None or (
                comp is not None and comp.dep_ == "ccomp")):  # "demonstrating that the market is flourishing"
            return f"another sense ('{verb.lemma_.lower()}' with an object)"
        if entry.no_that_clause and comp is not None and comp.dep_ == "ccomp" and \
                any(c2.dep_ in ("mark", "nsubj", "nsubjpass") for c2 in comp.children):
            # "agreed that students feel abandoned", "promising evidence would soon be provided"
            return "an opinion (a that-clause), not an undertaking"
        return None

    def _settle_code(self, c: Clause, ctx: Context, actors: ActorLookup) -> str | None:
        """The code the clause refines to (a report's advice, a dismissal, a menace, an admission, a
        protest, attackers of no side), or why the act is none (an assertion, a purchase, a blow at a
        thing)."""
        verb, entry, comp, tgt_tok = c.verb, c.entry, c.comp, c.tgt_tok
        code, why = self._refine(entry, ctx)
        if c.reported and self.cameo.root(code) == "02":
            code, why = "0242", "a report's recommendation"
        if c.dismissal:  # "called the accusations baseless": a rejection of them (guide §5), not criticism
            code, why = "120", "a naming that dismisses a claim"
        if (c.menaced or entry.id == "brandish-weapon") and not why:
            why = MENACED  # a crime as much as a political act: a private person's menace is coded
        # (asked here, after the sense checks, whose reason would otherwise be replaced)
        rejected = self._entry_guard(c, actors, CODED_GUARDS)
        if rejected:
            return rejected
        if code == "015" and not why and not political(c.source) and self._owns_an_offence(verb, ctx):
            why = ADMISSION  # a suspect owning what he did (coding guide: admissions, 015 with no target)
        if verb.lemma_.lower() in ASSERTING_DEMANDS and comp is not None and comp.dep_ == "ccomp" and \
                not bidding(comp):  # ("insisted the Government will not abandon food standards")
            return "an assertion, not a demand ('insisted to detectives she awoke miles away')"
        if self.cameo.root(code) == "03" and comp is not None and mod.negated(comp):
            return "an undertaking not to act ('vowing not to resume negotiations')"
        if entry.id in PURPOSED_PROTESTS and any(c2.dep_ in ("xcomp", "advcl") and
                                                 (to_infinitive(c2) or c2.tag_ == "VBG")
                                                 for c2 in verb.children):
            # "gathered outside the cathedral to voice their anger at police", "took to the streets demanding
            # …": the purpose clause tells the protest and whom it is against (_protest_purpose)
            return "a protest its purpose clause tells"
        if self.cameo.root(code) in ("10", "11") and self._protest_purpose(verb):
            # ("gathered outside the cathedral to voice their anger at police": a protest against them)
            code, why = PROTESTED_DEMANDS.get(code, "141"), f"{why}+protest" if why else "protest"
        if code == "182" and tgt_tok is not None and tgt_tok.dep_ in ("compound", "poss") and \
                tgt_tok.head in object_heads(verb) and actors.for_token(tgt_tok.head) is None and \
                not self.lex.in_class(tgt_tok.head.lemma_.lower(), BODY_PARTS):
            return "a blow at a thing, not at its owner ('hit the Amtrak travel trifecta', 'hit his car')"
        if code in ("190", "193") and unknown_attackers(c.source) and \
                (c.target is None or (c.target.sector or "")[:3] not in ARMED_SECTORS):
            code, why = "180", "attackers of no known side"  # "a gunman opened fire on police": not war
        if self.cameo.root(code) == "10" and self._a_purchase(verb, actors):
            return "a purchase ('ordered 200 buses from a Chinese firm'), not a demand"
        if not why and verb.lemma_.lower() in entry.thing_objects and \
                any(actors.for_token(o) is None for o in object_heads(verb)):
            return f"another sense ('{verb.lemma_.lower()}' a thing the lexicon does not name)"
        c.code, c.why = code, why
        # "dismissed the case against Trump": his (a swap's prisoners are no party: SWAP_ENTRIES)
        if c.target is None and self.cameo.root(code) == "08" and entry.id not in SWAP_ENTRIES:
            c.tgt_tok, c.target = self._befallen(verb, actors)
        return None

    def _warning_without_threat(self, c: Clause, actors: ActorLookup) -> None:
        """The code and the warned of a warning with no threat: whom its if-clause names, one warned of
        wrongdoing, or the government a petitioner's warning faults."""
        verb, entry, comp = c.verb, c.entry, c.comp
        if c.instead is None and not c.why and c.target is None and entry.require_threat_complement:
            c.instead = entry.without_threat.get(verb.lemma_.lower())  # "warned that cars could be hacked"
        if c.instead is None:
            return
        c.code, c.why = c.instead, "no threat"
        said_subject = c.tgt_tok is not None and comp is not None and c.tgt_tok.head.i == comp.i and \
            c.tgt_tok.dep_ == "nsubj"  # (the warned is whom the if-clause names, not the main clause's
        if comp is not None and (c.target is None or said_subject):  # subject: "If the US follows
            cond_tok, cond = self._party_of_the_condition(comp, actors, c.source)  # through, so will …")
            if cond is not None:
                c.tgt_tok, c.target = cond_tok, cond
        if c.target is not None and self._warned_of_wrongdoing(verb, c.tgt_tok):
            c.code, c.why = "112", "no threat, a warning of wrongdoing"  # a regulator's warning letter
        warned = c.source is not None and c.target is None and self.cameo.root(c.code) == "01" and \
            not self._of_mishap(verb.subtree) and \
            self._warns_of_a_course(comp, actors)  # not "warned that jobs are at risk"
        faulted = implied_government(c.source, "11", verb.idx, warning=True) if warned else None
        if faulted is not None:  # "the union warns of a postcode lottery": it faults its government
            c.code, c.why, c.target = "111", "no threat, a petitioner's warning", faulted

    def _agentless(self, c: Clause, actors: ActorLookup) -> str | None:
        """Words, not weapons, from an unarmed source; an agentless act's source from its means, or why it is
        no one's (an accident, a blow of unknown kind and author)."""
        m, verb, entry = c.m, c.verb, c.entry
        verbal = entry.verbal_code and (entry.verbal_lemmas is None or
                                        " ".join(w.lemma_.lower() for w in m.words) in entry.verbal_lemmas)
        if verbal and not c.why and unarmed(c.source) and not self._armed(verb) and \
                not crowd_against_force(c.source, c.target):
            c.code, c.why = entry.verbal_code, "sense:verbal"  # "Trump attacked Biden": words, not weapons
        agentless = c.passive and c.src_tok is None and self.cameo.root(c.code) in AGENTLESS_ROOTS and \
            c.code != "170" and not (c.target is not None and c.target.rule == "coref:pronoun" and
                                   c.target.text.lower() == "it")
        road_user = c.tgt_tok is not None and self.lex.in_class(c.tgt_tok.lemma_.lower(), ROAD_USERS)
        # (an arrest or a charge after a crash is still the police's act: "arrested on DWI charges after a
        # crash")
        mishap = self._by_accident(verb) or (road_user and self.cameo.root(c.code) in VIOLENT_ROOTS)
        if agentless and c.code not in LEGAL_ACTS and mishap:
            return "an accident or a disaster, no one's act"  # "two people were killed in a crash"
        if agentless and verbal and c.target is not None and c.target.person and not c.why:
            return "a blow of unknown kind and author ('he has been hit before')"
        if agentless:  # "killed in Turkish drone strikes": the weapon's adjective names the source
            c.src_tok, c.source = self._means_actor(verb, actors)
            bombers = (self._bomber(o, verb.idx, actors) for _p, o in pobj_of(verb, ("in", "by")))
            c.source = c.source or next(filter(None, bombers), None)  # "killed in a bomb attack"
            agentless = c.source is None
        c.agentless = agentless
        return None

    @staticmethod
    def _lifted_by_imposer(c: Clause) -> bool:
        """A measure lifted in the passive with no one named ("the curfew was lifted"): whoever the story
        told imposed it lifts it (resolved later, from the story)."""
        return c.entry.id == "lift" and c.passive and c.src_tok is None and c.source is None and \
            c.code in IMPOSED_BY_LIFT

    def _implied_parties(self, c: Clause, ctx: Context, actors: ActorLookup) -> str | None:
        """The parties the sentence leaves implied: the attackers a condemnation is of, the owner of a thing
        named badly, the police who searched, the unnamed author of a passive act (whose sector refines the
        code); or why an office holder's questioning is no one's."""
        verb, entry = c.verb, c.entry
        if c.target is None and not c.passive and self.cameo.root(c.code) == "11":
            c.tgt_tok, c.target = self._attackers(direct_object(verb), actors)  # "condemned the bombing"
        if c.target is None and not c.passive and entry.predicate and c.source is not None and \
                a_thing(direct_object(verb)) and not self._of_mishap(verb.subtree):
            # "calls these numbers “deeply flawed”", "called it a “step back”": a thing named badly is
            # someone's, the party the sentence or the two before tell of
            c.tgt_tok, c.target = None, self._discussed_actor(verb, c.source, actors)
            c.why = f"{c.why}+topic" if c.target is not None else c.why
        unnamed_author = (c.passive or entry.suffered) and c.source is None and c.target is not None
        implied = self._police_search(c, entry.implied_author or _implied_author(c.m) if unnamed_author
                                      else None)
        if implied == "COP" and entry.code == "091" and self._questions_to_an_office_holder(verb, c.target):
            return "an office holder questioned by no one named on no crime: a hearing's or the press's"
        if implied is not None and entry.id in UNNAMED_ACCUSATIONS:
            implied = accuser_sector(verb, getattr(actors, "mentions", ()))
            if implied is None:  # "was accused of plagiarising": by someone of the story's country
                c.source = implied_actor(None, None, verb.idx, "accuser")
                return None
        if implied is not None:  # "was indicted": by prosecutors; "was arrested": by police
            c.source = implied_actor(implied, None, verb.idx, implied)
            if c.target.text.lower() != "it":  # the author's sector refines as a named one would:
                # "he was charged" is a legal charge ("how it was charged" is a mood)
                ctx.source_sector = {implied}
                c.code, c.why = self._refine(entry, ctx)
        return None

    def _police_search(self, c: Clause, implied: str | None) -> str | None:
        """A search with no searcher named is the police's only of a person or of what police search ("his
        home was searched"; "pizza was searched more than …" is a web search): the author ``implied`` if it
        stands; a "police-search" of such a place with no target gets the police as its source."""
        if c.verb.lemma_.lower() != "search":
            return implied
        searched = self._searchable(c.target, c.tgt_tok)
        if c.entry.id == "police-search" and c.passive and c.src_tok is None and c.source is None and \
                c.target is None and searched:  # "the car was searched": by the police (whose suspect:
            c.source = implied_actor("COP", None, c.tgt_tok.idx, "COP")  # implied; placed at the verb)
        return None if implied == "COP" and not searched else implied

    def _reject_late(self, c: Clause, actors: ActorLookup) -> str | None:
        """Why the act with its parties settled is none (a law's provision, a verbal objection, a standing
        backing, the entry's final guards), if so; a law's requirement codes 172."""
        verb, code, source = c.verb, c.code, c.source
        binding = source is not None and (source.rule.rsplit("+author:", 1)[-1] in LAWS or  # "passed the
                                          it_stands_for_a_document(c.src_tok))  # bill. It required"
        if self.cameo.root(code) == "10" and _a_provision(verb, c.comp):
            return "a provision of how a thing is done ('required it to be financed through the Fed'), " \
                   "not a demand on a party"
        if binding and self.cameo.root(code) == "10":
            if c.tgt_tok is None or c.tgt_tok.dep_ != "dobj" or c.tgt_tok.head != verb:
                return "a law's provision, not a demand on a party ('the law required a vote')"
            c.code, c.why = "172", "a law's requirement"  # "the law required Tri-State to build a hotel"
        if self.cameo.root(c.code) == "14" and self._verbal_protest(verb, c.src_tok, source):
            return "a verbal objection ('protested to Morales that …', 'she protested'), not a demonstration"
        if c.code in ("050", "051") and verb.lemma_.lower() in STANDING_TIES and \
                (describing_participle(verb) or verb.dep_ == "amod" or _allied_object(verb)):
            # (coding guide: the "Russian-backed" modifier is not coded; armed backing stays 062, see praise)
            return "a standing backing that describes a party ('rebels backed by Turkey', " \
                   "'Backed by Russia, Georgia …', 'allied militias'), not an act of support"
        # (asked last: an earlier step's reason, e.g. an accident's, stands before a guard's)
        return self._entry_guard(c, actors, FINAL_GUARDS)

    def _entry_guard(self, c: Clause, actors: ActorLookup,
                     guards: dict[str, tuple[Guard, ...]] | None = None) -> str | None:
        """The reason the first guard of the clause's entry (ENTRY_GUARDS, or ``guards``) that holds gives to
        reject it, if any; the guards read a read-only view of the clause as it stands, made only for an entry
        that has guards."""
        rows = (ENTRY_GUARDS if guards is None else guards).get(c.entry.id)
        if not rows:
            return None
        view = GuardView(c.m, c.verb, c.comp, c.passive, c.src_tok, c.source, c.target, actors)
        return next((why for holds, why in rows if holds(self, view)), None)

    def _charged_with_a_duty(self, verb: Token) -> bool:
        """"charged with leading the spying operation": a task given (a duty's verb), unless the task's words
        tell of a crime or violence ("charged with leading a riot")."""
        for _, task in pobj_of(verb, ("with",)):
            if task.tag_ == "VBG" and self.lex.in_class(task.lemma_.lower(), DUTIES) and \
                    not any(self.lex.in_class(t.lemma_.lower(), WRONGDOING_CLASSES | PROTESTS)
                            for t in task.subtree):  # (not "charged with leading a riot")
                return True
        return False

    def _searchable(self, target: Actor | None, tok: Token | None) -> bool:
        """What police search when no searcher is named: a person, or a place, vehicle or belongings ("his
        home was searched"), not whatever a web search is for."""
        return (target is not None and bool(target.person)) or \
            (tok is not None and self.lex.in_class(tok.lemma_.lower(), SEARCHED_PLACES))

    def _to_join_a_protest(self, verb: Token) -> bool:
        """A journey whose purpose is a protest: "were travelling to Islamabad to join the sit-in"."""
        purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)]
        return any(p.lemma_.lower() in PROTEST_JOINING and
                   any(self.lex.in_class(w, PROTESTS) for o in object_heads(p)  # (the words as written:
                       for w in noun_phrase_words(o) | set(_span_text(o).split()))  # "sit-in" is 3 tokens)
                   for p in purposes)

    def _questions_to_an_office_holder(self, verb: Token, target: Actor) -> bool:
        """"when the former president was questioned about his resort", "the minister was questioned on the
        delays": questions in a hearing, a trial or an interview, not a police interrogation, unless the
        sentence tells of a crime ("questioned in connection with the bribery")."""
        if (target.sector or "")[:3] not in ("ELI", "GOV", "LEG"):
            return False
        return not any(self.lex.in_class(t.lemma_.lower(), WRONGDOING_CLASSES) for t in verb.sent)

    @staticmethod
    def _verbal_protest(verb: Token, src_tok: Token | None, source: Actor | None) -> bool:
        """A protest made in words: addressed to someone ("protested to the manager"), saying something
        ("protested that the plan was unfair") or by one person ("she protested the new procedure"), unless
        at a place ("to protest at the Capitol, Curts …" joins a demonstration)."""
        if verb.lemma_.lower() != "protest":
            return False
        if any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
            return True
        one = src_tok is not None and src_tok.tag_ != "NNS" and src_tok.lower_ not in ("they", "we")
        somewhere = any(c.dep_ == "prep" and c.lower_ in PROTEST_PLACES for c in verb.children)
        return one and not somewhere and (src_tok.lower_ in ("he", "she", "i") or
                                          (source is not None and bool(source.person)))

    @staticmethod
    def _a_term_to_comply(verb: Token) -> bool:
        """"gave them 60 days to leave": a to-infinitive on the verb or on the span given says what must be
        done in the term."""
        spans = [o for o in verb.children if o.dep_ == "dobj"]
        return any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and to_infinitive(c)
                   for w in [verb, *spans] for c in w.children)

    @staticmethod
    def _pressed_on_a_topic(verb: Token, comp: Token | None) -> bool:
        """"pressed Trump on the properties", "pressed the minister about the delays", "pressed him to admit
        it": questions on a topic or for an answer;
        "pressed Israel to allow aid" and "pressed for talks" ask for an act (and "pressed on" goes on)."""
        if verb.lemma_.lower() != "press":
            return False
        if to_infinitive(comp) and asks_a_question(verb, comp):
            return True  # "pressed Trump to acknowledge the values": a question put to a witness
        if infinitive_or_clause(comp):
            return False
        # (the parse may hang "about" on whom was pressed)
        pressed = [verb] + [o for o in verb.children if o.dep_ == "dobj"]
        preps = {c.lower_ for w in pressed for c in w.children if c.dep_ in ("prep", "prt")}
        return "for" not in preps and bool(preps & {"on", "about"})

    @staticmethod
    def _a_call_to_talk(verb: Token, comp: Token | None) -> bool:
        """"called Putin to discuss the war", "called Roberts to talk to him about the bill": the caller
        talks (not "called on Israel to talk", "called for talks", "called Russia to withdraw")."""
        if verb.lemma_.lower() != "call" or not to_infinitive(comp) or direct_object(verb) is None:
            return False
        return comp.lemma_.lower() in CALL_PURPOSES and \
            not any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for", "upon") for c in verb.children)

    @staticmethod
    def _party_of_the_condition(comp: Token, actors: ActorLookup,
                                source: Actor | None) -> tuple[Token | None, Actor | None]:
        """Whom a warning is about when it says what happens if a state acts: the subject of its if-clause
        ("If Russia moves troops into Ukraine, there will be consequences," he warned: Russia), a state or a
        body of one, not the speaker itself."""
        for clause in comp.head.subtree:  # (the parse may hang the if-clause on the warning verb itself)
            if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if"
                                                 for c in clause.children):
                continue
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            party = actors.for_token(subj) if subj is not None else None
            if party is not None and party.country and not party.person and political(party) and \
                    (source is None or party.code != source.code):
                return subj, party
        return None, None

    @staticmethod
    def _a_purchase(verb: Token, actors: ActorLookup) -> bool:
        """An order of goods: a counted thing or one ordered from a supplier ("ordered 12 jets", "ordered
        buses from a Chinese firm"); not "ordered troops to the border" (troops are an actor)."""
        obj = direct_object(verb)
        if verb.lemma_.lower() != "order" or obj is None or actors.for_token(obj) is not None or \
                first_child(verb, "ccomp", "xcomp") is not None:
            return False
        return any(c.dep_ == "nummod" for c in obj.children) or \
            any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)

    def _contractor(self, tok: Token) -> bool:
        """Whom a public body hires is a contractor (coding guide §7, 061): a firm or an outside
        professional ("two consulting groups", "a veteran attorney", "Stevens & Wilkinson, Turner
        Construction"), not staff."""
        words = set(noun_phrase_words(tok)) | {f"ent:{tok.ent_type_.lower()}"}
        for t in tok.subtree:  # the names of a list of firms ("Stevens & Wilkinson", "Ginger Cook of
            if t.dep_ in ("cc", "conj", "compound", "pobj") or t == tok:  # Funding Solutions"), no clause
                words |= {t.lower_, t.lemma_.lower()}
        return any(self.lex.in_class(w, CONTRACTORS) for w in words)

    def _required_thing(self, patient: Token, entry: Entry) -> bool:
        """The patient of a yield is the thing it needs, no party: "the charges against him were dropped",
        "the claims were dismissed" (a case is against its party, :meth:`_befallen`; a car pulled over is its
        driver's, a bond set the defendant's)."""
        return self.cameo.root(entry.code) == "08" and bool(entry.need_obj) and \
            any(self.lex.in_class(w, entry.need_obj) for w in noun_phrase_words(patient))

    def _someone(self, tok: Token, verb: Token, actors: ActorLookup, custody: bool = False) -> Actor | None:
        """:func:`_someone`, of the country an apposition gives ("Gomez, a native of Mexico": MEXCVL; "Reza,
        an Iranian national"), as the coding guide keeps it."""
        person = _someone(tok, verb, custody)
        return self._origin(tok, person, actors) if person is not None else None

    @staticmethod
    def _origin(tok: Token, person: Actor, actors: ActorLookup) -> Actor:
        """The private ``person`` ``tok`` names, of the country an apposition gives, if any."""
        country = actors.origin_of(tok)
        if country is None:
            return person
        return replace(person, code=country + "CVL", country=country, rule=f"{person.rule}+origin")

    @staticmethod
    def _private_hearsay(verb: Token, source: Actor | None, actors: ActorLookup) -> bool:
        """"A former girlfriend said he confessed to the murders", "911 callers reported a man pointing a
        gun at people": what a private person says another did is her word (112 by the speech if anything),
        not his act; what police or prosecutors report ("police said he confessed") stays his."""
        said = verb.head
        if verb.dep_ == "acl" and said.dep_ == "dobj":  # "reported a man pointing a gun": the man's act
            said = said.head
        elif verb.dep_ not in ("ccomp", "parataxis"):
            return False
        if said.lemma_.lower() not in mod.REPORTING_VERBS:
            return False
        speaker_tok = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if speaker_tok is None or said.lemma_.lower() in ("deny",):
            return False
        speaker = actors.for_token(speaker_tok)
        if speaker is None:  # "a former girlfriend of Chris Jacobs" (no actor of her own)
            return speaker_tok.lemma_.lower() in PRIVATE_INFORMANTS
        himself = source is not None and one_actor(source, speaker) and \
            not (source.person and not speaker.person)
        return (speaker.sector or "")[:3] == "CVL" and not himself  # (a named man is not "his girlfriend")

    def _armed(self, verb: Token) -> bool:
        """"Attacked Sgt. Gale with a kitchen knife": blows, not words."""
        return any(self.lex.in_class(o.lemma_.lower(), HAND_WEAPONS) for _p, o in pobj_of(verb, ("with",)))

    def _body_to_contact(self, verb: Token, actors: ActorLookup) -> Token | None:
        """The police or office the public is asked to contact: who makes the appeal ("anyone with
        information is asked to contact the Sheriff's Office", "… is urged to call police")."""
        comp = contact_verb(verb)
        if comp is None:
            return None
        bodies = [c for c in comp.children if c.dep_ == "dobj"] + \
            [o for _p, o in pobj_of(comp, ("at", "with"))]
        return next((b for b in bodies if ((a := actors.for_token(b)) is not None and
                                           (a.sector or "")[:3] in LAW_ENFORCEMENT)), None)

    def _protest_purpose(self, verb: Token) -> bool:
        """A demand that is what a protest is for ("rallies to demand the NDP scrap its tax", "gathered at a
        rally to demand …", "took to the streets to demand"): the protest is the event (141x)."""
        participle = verb.tag_ == "VBG" and verb.dep_ == "advcl"  # "marched through Dhaka demanding …"
        if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or \
                not (participle or any(c.lower_ == "to" for c in verb.children)):
            return False
        head = verb.head
        d = subject(head)
        d = through_quantity(d) if d is not None else None  # "hundreds of demonstrators"
        doers = [d] if d is not None and d.lemma_.lower() in PROTESTERS else []
        words = [head, *doers, *(o for _p, o in pobj_of(head, ("at", "in", "during"))), *object_heads(head)]
        words += [c for w in words for c in w.children if c.dep_ == "compound"]  # "protest rallies"
        return bool(doers) or any(self._in_class(w, PROTESTS) for w in words) or \
            (head.lemma_.lower() == "take" and "street" in {t.lemma_.lower() for t in head.subtree})

    def _attackers(self, obj: Token | None, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Who did the attack a condemnation names: its author ("the bombing by Islamic State", "the Israeli
        strikes"), else, for a bombing or a terrorist attack, armed men of unknown country (---REB)."""
        if obj is None or not any(self.lex.in_class(w, ATTACKS) for w in (obj.lemma_.lower(), obj.lower_)):
            return None, None
        owner, author = self._noun_author(obj, actors)
        if author is not None:
            return owner, author
        words = {obj.lemma_.lower(), obj.lower_} | {f"{c.lower_} {obj.lower_}" for c in obj.children
                                                    if c.i < obj.i and c.dep_ in ("amod", "compound")}
        if any(self.lex.in_class(w, TERROR_ACTS) for w in words) or (
                obj.lemma_.lower() in ("attack", "assault") and a_bombing_story(obj.doc)):
            return None, implied_actor("REB", None, obj.idx, "attackers")  # "Sisi condemned the attack"
        return None, None

    def _fights_a_thing(self, verb: Token, actors: ActorLookup) -> bool:
        """The direct object of a fighting verb is neither a party, nor a place, nor armed violence:
        "fighting inflation", "battling wildfires"."""
        obj = first_child(verb, "dobj")
        if obj is None or names_party(obj, actors) or obj.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        return not any(self.lex.in_class(w, VIOLENCE_OR_FORCE) for w in noun_phrase_words(obj))

    def _by_accident(self, verb: Token) -> bool:
        """The cause named after in/by/during/after is an accident or a disaster ("killed in a crash")."""
        return any(self._in_class(obj, DISASTER) for _prep, obj in pobj_of(verb, CAUSE_PREPS))

    def _judges_a_measure(self, verb: Token, suffered: bool = False) -> bool:
        """The verb's object is a public measure nobody is named as the author of: "slammed the decision",
        "hit out at the new restrictions", "the plan was condemned" (not "the court's decision", not "the
        decision by the firm"); of a verb whose subject suffers it, the subject ("the new rules drew
        criticism from publicans")."""
        objs = object_heads(verb) + [o for _p, o in pobj_of(verb, frozenset({"at"}))] + \
            children(verb, "nsubjpass")  # "the scheme has been condemned by religious leaders"
        if suffered:
            objs += children(verb, "nsubj")
        # "questioned whether the new tax would help families", "complained that the rules were unfair"
        objs += [s for c in children(verb, "ccomp") if (s := subject(c)) is not None]
        for o in objs:
            if not self.lex.in_class(o.lemma_.lower(), PUBLIC_MEASURES):
                continue
            return not authored(o)
        return False

    def _safety_advice(self, verb: Token, tgt_tok: Token | None, comp: Token | None,
                       actors: ActorLookup) -> bool:
        """An appeal or a warning to the public (or to no one named) in a storm, a flood, a fire or an
        emergency, or to look after themselves ("warned residents to boil their water", "not to drink it"):
        advice for people's safety, not a political act."""
        addressee = actors.for_token(tgt_tok) if tgt_tok is not None else None
        if addressee is not None and addressee.sector != "CVL":
            return False
        # "warns against buying medicines online": the gerund is what people are told not to do
        against = [g for _p, g in pobj_of(verb, frozenset({"against"})) if g.tag_ == "VBG"]
        if any(c.i > verb.i and self.lex.in_class(c.lemma_.lower(), SELF_CARE) for c in (comp, *against)
               if c is not None):
            return True
        return any(t.lower_ in EMERGENCY_WORDS or self.lex.in_class(t.lemma_.lower(), HAZARDS | DISASTER)
                   for t in verb.subtree)

    def _epidemic_forecast(self, verb: Token, comp: Token | None) -> bool:
        """A warning told to no one of what an epidemic will do to something else ("warned that the sector
        faces job cuts because of the virus", "that student halls are too full to be safe"): a pessimistic
        comment (012), not safety advice; not "warned that the virus could spread", nor a storm's warning."""
        if verb.lemma_.lower() != "warn" or comp is None or comp.dep_ != "ccomp" or to_infinitive(comp):
            return False
        if any(t.lower_ in ("if", "unless") for t in comp.subtree):
            return False  # "warned that unless masks are worn, the country could see …": a conditional
        subj = first_child(comp, "nsubj", "nsubjpass")
        if subj is None or subj.pos_ == "PRON" or \
                any(self.lex.in_class(w.lemma_.lower(), HAZARDS | DISASTER) for w in subj.subtree):
            return False
        hazards = [t for t in verb.subtree if self.lex.in_class(t.lemma_.lower(), HAZARDS | DISASTER)]
        return all(self.lex.in_class(t.lemma_.lower(), EPIDEMICS) for t in hazards)

    def _private_request(self, comp: Token | None) -> bool:
        """What is asked is an everyday act of private life ("asked Brown to repeat himself", "asked the
        congregation to join him in singing") or is done to a private thing or place ("to pick up his
        belongings", "to leave the building"): a private request, not a political appeal."""
        if not to_infinitive(comp):
            return False
        objects = [c for c in comp.children if c.dep_ == "dobj"]
        # ("to repeat the request for aid" is no private act: only one with no object but oneself)
        acts = [comp] if all(o.lower_.endswith(("self", "selves")) for o in objects) else []
        things = [*objects, *(o for p in comp.children if p.dep_ == "prep" for o in p.children
                              if o.dep_ in ("pobj", "pcomp"))]  # "to join him in singing"
        return any(self.lex.in_class(t.lemma_.lower(), PRIVATE_REQUESTS) for t in (*acts, *things))


def _refused_by_a_modal(verb: Token) -> bool:
    """The verb is denied with a modal of will ("would not comment", "won't confirm", "could not comment"): a
    refusal, where "did not comment" or "has not identified" tells only what is not yet known."""
    refusing = REFUSING_MODALS | {"could"} if verb.lemma_.lower() == "comment" else REFUSING_MODALS
    return any(c.dep_ == "neg" for c in verb.children) and \
        any(c.dep_ == "aux" and c.lemma_.lower() in refusing for c in verb.children)


#: ties a participle describes as standing ("rebels backed by Turkey", "allied militias"), not as an act
STANDING_TIES = frozenset({"back", "ally"})


def _aside_suspect(verb: Token) -> bool:
    """"charges against a man accused of …", "for Fairfield, a woman accused of …": a participle describing
    someone named only inside a prepositional phrase of another act (not "a man who was accused of …")."""
    if not describing_participle(verb):
        return False
    noun = verb.head
    noun = noun.head if noun.dep_ == "appos" else noun
    return noun.dep_ == "pobj"


def _allied_object(verb: Token) -> bool:
    """"allied militia forces" parsed as a verb and its object: one allies oneself *with* a party, so an
    object that is no reflexive is the noun the adjective describes."""
    obj = direct_object(verb)
    return verb.lemma_.lower() == "ally" and obj is not None and obj.lower_ not in REFLEXIVES


#: verbs of a struggle whose infinitive is its aim, not an act done: "rebels fighting to topple Assad"
STRUGGLE_VERBS = frozenset({"fight", "battle", "struggle"})


def _accused_of_a_deed(verb: Token) -> bool:
    """A passive clause (or a headline's participle) with a deed after "of": "is accused of repeatedly copying
    others' work", "Meadows accused of timing his retirement"; not a participle that describes ("young people
    accused of a crime") nor a charge named by a noun ("was accused of embezzlement"), nor the deed asked
    about ("learn what crimes they are accused of committing": the passive's fronted object)."""
    finite = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "ROOT" and verb.tag_ == "VBN" and first_child(verb, "nsubj") is not None)
    return finite and first_child(verb, "dobj") is None and any(
        g.dep_ in ("pcomp", "pobj") and _a_gerund(g)
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _a_gerund(tok: Token) -> bool:
    """A verb in its -ing form, or led by one ("copying", "being influenced", "having taken")."""
    return tok.tag_ == "VBG" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG" for a in tok.children)


def _a_purpose(verb: Token) -> bool:
    """A to-infinitive telling what another act is for: "raised money to support refugees", "invests £3bn a
    year to support dentistry", "fighting to topple the regime" (not "voted to support him", "urged Germany to
    support Kyiv")."""
    if not to_infinitive(verb) or verb.dep_ not in ("advcl", "xcomp"):
        return False
    return verb.dep_ == "advcl" or a_thing(direct_object(verb.head)) or \
        verb.head.lemma_.lower() in STRUGGLE_VERBS


def _to_the_reader(verb: Token, comp: Token | None) -> bool:
    """Is the one asked "you", the reader ("recommends that you include …", "urges you to check …")?"""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if comp is not None:
        asked += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ == "you" for c in asked)


def _of_another(verb: Token, comp: Token | None) -> bool:
    """Whether a wanted act is someone else's: an infinitive after the verb with its own subject, named
    ("wants the county to pay"; not "want it to fit in", whose pronoun may stand for a thing, nor a wish
    about one's kin or a denied one)."""
    asked = comp is not None and comp.dep_ == "ccomp" and comp.i > verb.i and to_infinitive(comp) and \
        first_child(verb, "neg") is None  # "didn't want the militias to take them": no one asked
    who = first_child(comp, "nsubj", "nsubjpass") if asked else None
    return who is not None and who.pos_ != "PRON" and who.lemma_.lower() not in KIN


def authored(measure: Token) -> bool:
    """A measure its phrase names the author of: "the Trump plan", "its rules", "the decision by the firm"
    (not "Thursday's order"; "the lockdown rules" are no one's)."""
    return any(((c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")) and
                c.ent_type_ not in ("DATE", "TIME")) or
               (c.dep_ == "prep" and c.lower_ == "by") for c in measure.children)


#: authors whose reports advise no one politically: a study by scientists, a company's or a newspaper's
PRIVATE_AUTHORS = frozenset({"CVL", "BUS", "MNC", "MED", "EDU"})


def _a_reports_author(source: Actor | None) -> bool:
    """A source that is a report's author speaking through it ("the report recommended …")."""
    return source is not None and source.rule.rsplit("+author:", 1)[-1] in REPORTS and \
        "+author:" in source.rule and (source.sector or "CVL")[:3] not in PRIVATE_AUTHORS


@dataclass
class Clause:
    """A verb's clause as _verb_frame reads it step by step: the match, whether it is passive, the parties'
    words and actors found so far, and the readings later steps use."""

    m: Match
    passive: bool
    src_tok: Token | None
    tgt_tok: Token | None
    thing: Token | None  # a thing acted on, the subject of a passive ("bond was set")
    comp: Token | None  # the complement verb
    witnesses: bool = False  # an appeal for witnesses
    rang: bool = False  # a telephone call to talk ("called Putin to discuss the war")
    menaced: bool = False  # a threat with no threatened action that menaces someone
    instead: str | None = None  # the code of a warning with no threat
    dismissal: bool = False  # a naming that dismisses a claim
    source: Actor | None = None
    target: Actor | None = None
    reported: bool = False  # a report's recommendation
    code: str = ""
    why: str = ""
    agentless: bool = False

    @property
    def verb(self) -> Token:
        """The trigger verb."""
        return self.m.token

    @property
    def entry(self) -> Entry:
        """The lexicon entry."""
        return self.m.entry


@dataclass(frozen=True)
class GuardView:
    """A read-only view of a verb's clause for the entry guards: the match, its verb and complement, whether
    it is passive, and its source and target as found so far."""

    m: Match
    verb: Token
    comp: Token | None
    passive: bool
    src_tok: Token | None
    source: Actor | None
    target: Actor | None
    actors: ActorLookup


def _joins_a_protest(coder: VerbalFrames, v: GuardView) -> bool:
    """A trip to a protest ("travelled to the capital to join the rally")."""
    return coder._to_join_a_protest(v.verb)


def _calls_the_police(_coder: VerbalFrames, v: GuardView) -> bool:
    """A private person calling the police."""
    return v.source is not None and (v.source.sector or "")[:3] == "CVL" and bool(law_enforcement(v.target))


def _comment_not_refused(_coder: VerbalFrames, v: GuardView) -> bool:
    """No comment, but no refusal either ("has not commented")."""
    return not _refused_by_a_modal(v.verb)


def _active(_coder: VerbalFrames, v: GuardView) -> bool:
    """The verb is active ("wants charges dropped", not "is wanted")."""
    return not v.passive


def _own_wish(_coder: VerbalFrames, v: GuardView) -> bool:
    """A wish that asks nothing of another ("wants to build a park")."""
    return not _of_another(v.verb, v.comp)


def _stopped_by_no_one(_coder: VerbalFrames, v: GuardView) -> bool:
    """A passive stop with no one who stops ("was stopped in traffic")."""
    return v.passive and v.src_tok is None


def _a_quarrel(_coder: VerbalFrames, v: GuardView) -> bool:
    """A person clashing with another: words, not a riot."""
    return v.verb.lemma_.lower() == "clash" and v.source is not None and bool(v.source.person)


def _a_contest_won(_coder: VerbalFrames, v: GuardView) -> bool:
    """A race or contest won ("beat Clinton", "beat out Kusner")."""
    return not v.passive and ((contenders(v.source) and contenders(v.target)) or any(
        c.dep_ == "prt" and c.lower_ == "out" for c in v.verb.children))


def _fights_a_thing(coder: VerbalFrames, v: GuardView) -> bool:
    """A fight against a thing, not among parties ("fighting air pollution")."""
    return v.target is None and not v.passive and len(v.m.words) == 1 and \
        coder._fights_a_thing(v.verb, v.actors) and \
        not (v.src_tok is not None and fight_among_themselves(v.verb, v.src_tok))


def _fights_for_a_cause(_coder: VerbalFrames, v: GuardView) -> bool:
    """A fight for a cause ("fighting for affordable housing")."""
    return v.target is None and not v.passive and bool(fights_for_a_cause(v.verb, v.source, v.actors))


def _a_quoted_reply(_coder: VerbalFrames, v: GuardView) -> bool:
    """A reply quoted around the verb ("“Well,” the judge countered, “…”")."""
    comp = v.comp
    return comp is not None and (comp.i < v.verb.i or
                                 any(t.is_quote for t in v.verb.doc[v.verb.i + 1:comp.left_edge.i + 1]))


def _describes_the_hired(_coder: VerbalFrames, v: GuardView) -> bool:
    """A participle describing the one hired ("an expert hired by the city")."""
    return v.verb.dep_ == "acl"


def _private_hearsay(coder: VerbalFrames, v: GuardView) -> bool:
    """Only a private person tells it ("his girlfriend said he confessed")."""
    return coder._private_hearsay(v.verb, v.source, v.actors)


def _an_aside_suspect(_coder: VerbalFrames, v: GuardView) -> bool:
    """A suspect described in passing ("charges against a man accused of …")."""
    return _aside_suspect(v.verb)


def _no_term_to_comply(coder: VerbalFrames, v: GuardView) -> bool:
    """A span given with nothing to do in it ("gave farmers two months of relief")."""
    return not coder._a_term_to_comply(v.verb)


def _a_describing_participle(_coder: VerbalFrames, v: GuardView) -> bool:
    """A participle that names or describes ("a group called Hamas")."""
    return bool(describing_participle(v.verb))


def _a_ruling_that_permits(_coder: VerbalFrames, v: GuardView) -> bool:
    """A court's clause that lets its subject act ("ruled that the hospital can turn off life support")."""
    return v.comp is not None and not is_passive(v.comp) and \
        any(c.dep_ == "aux" and c.lower_ in ("can", "may", "could") for c in v.comp.children)


def _found_in_the_passive(_coder: VerbalFrames, v: GuardView) -> bool:
    """A finding told in the passive ("it's found that they're safe"): a general view, no court's ruling."""
    return v.passive


def _seized_on_a_thing(_coder: VerbalFrames, v: GuardView) -> bool:
    """Active "seize on/upon" with nothing seized: taking up an opening or a remark ("seized on her
    attempt"), not a confiscation; a date after "on" ("seized on Tuesday") keeps the act."""
    if v.passive or direct_object(v.verb) is not None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and
               not any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj")
               for c in v.verb.children)


#: verbs with which a law or its makers lay down how a thing is done ("required it to be financed")
PROVIDING_VERBS = frozenset({"require", "mandate", "stipulate"})


def _a_provision(verb: Token, comp: Token | None) -> bool:
    """"required it to be financed through the Fed", "mandated the fund to be audited": a passive infinitive
    tells how a thing is to be done, asking no party to act (the parse may hang it on the object)."""
    if verb.lemma_.lower() not in PROVIDING_VERBS:
        return False
    hung = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "relcl")]
    return any(to_infinitive(t) and is_passive(t) for t in [comp, *hung] if t is not None)


#: a guard: whether it holds for a clause, and the reason it then gives to reject the entry
Guard = tuple[Callable[[VerbalFrames, GuardView], bool], str]

#: the pure rejections of an entry id, tried in order. _reject_clause asks once, after the reflexive and
#: "contested the elections" checks: the "riot", "beat" and "fight" guards used to follow the traffic-stop
#: driver (which changes only a "traffic-stop" target) and "fight" also the "charge" and "fire" senses
#: (verbs none of its lemmas is), so the earlier place gives the same answer; the "retort-that" guard used
#: to come before the request checks, none of which a rebuttal's entry or lemmas meets, and the
#: "hire-contractor" one before the reflexive check (its code is not violent); "give-time-limit" is no request
ENTRY_GUARDS: dict[str, tuple[Guard, ...]] = {
    "visit": ((_joins_a_protest,
               "a trip to join a protest, which is the act ('travelled to the capital to join the rally')"),),
    "phone": ((_calls_the_police,
               "a call to the police, not a political act ('I called the Lindsay police')"),),
    WITHHELD_COMMENT: ((_comment_not_refused, "not a refusal to comment ('has not commented'): no 'would "
                                              "not', 'could not', 'will not'"),),
    "wanted": ((_active, "a wish, not a warrant ('the party wants charges dropped')"),),
    "want-of": ((_own_wish, "a wish of one's own ('wants to build a park'): nothing asked of anyone"),),
    "traffic-stop": ((_stopped_by_no_one,
                      "no one stopped it ('a pickup truck, which was stopped in traffic')"),),
    "riot": ((_a_quarrel, "a quarrel, not a riot ('Kelly has clashed with Kushner')"),),
    "beat": ((_a_contest_won,
              "a contest won, not an assault ('Trump narrowly beat Clinton', 'beat out Kusner for …')"),),
    "fight": ((_fights_a_thing, "figurative: the object is no adversary"),
              (_fights_for_a_cause, "figurative: a cause, not an adversary")),
    "retort-that": ((_a_quoted_reply, "a quoted reply ('“Well,” the judge countered, “…”'): words, not a "
                                      "rebuttal"),),
    "give-time-limit": ((_no_term_to_comply,
                         "a span given, not a term to act in ('gave farmers two months of relief')"),),
    "court-finds": ((_a_ruling_that_permits, "a permission ('ruled that the hospital can …'), no finding "
                                              "against the party"),
                    (_found_in_the_passive, "a finding in the passive ('it's found that they're safe'), no "
                                            "court's ruling")),
    "hire-contractor": ((_describes_the_hired, "a description of the one hired ('an expert hired by the "
                                               "city'), not a reported act"),),
    "seize": ((_seized_on_a_thing, "figurative: 'seized on' an opening or a remark, nothing confiscated"),),
}
#: the rejections asked once the code is refined, after the sense checks (whose reasons come first)
CODED_GUARDS: dict[str, tuple[Guard, ...]] = {
    "admit-offence": ((_private_hearsay, "a confession a private person reports ('his girlfriend said he "
                                         "confessed'): hers"),),
    "brandish-weapon": ((_private_hearsay, "a menace only a caller or a witness tells ('911 callers said a "
                                           "man was pointing a gun')"),),
}
#: the rejections asked last, once the parties and the code are settled
FINAL_GUARDS: dict[str, tuple[Guard, ...]] = {
    "accused-of-a-crime": ((_an_aside_suspect, "a suspect described in passing ('charges against a man "
                                               "accused of …'): the deed is coded, the accusation is no act "
                                               "of the story's"),),
    "phone": ((_a_describing_participle, "a participle that names or describes ('a strike called by the "
                                         "union', 'a group called Hamas'), not a phone call"),),
}


#: verbs of going on with an act, whose own complement is the act promised or asked ("vowed to continue
#: working with Kenya" promises the work)
CONTINUING_VERBS = frozenset({"continue", "keep"})


def continued_act(comp: Token | None) -> Token | None:
    """The act a complement of going on names ("to continue working with Kenya": working), else ``comp``."""
    if comp is not None and comp.lemma_.lower() in CONTINUING_VERBS:
        return first_child(comp, "xcomp") or comp
    return comp


#: the passive verbs of harm whose subject is the victim of the fire of a "when" clause
HARM_PASSIVES = frozenset({"wound", "injure", "kill", "shoot", "hit", "hurt"})


def victim_of_main_clause(verb: Token) -> Token | None:
    """The one a "when" clause's fire was aimed at when its main clause says who it harmed: "Allaw was
    wounded when policemen returned fire" (at Allaw); None otherwise."""
    head = verb.head
    if verb.dep_ != "advcl" or head is verb or not is_passive(head) or \
            head.lemma_.lower() not in HARM_PASSIVES:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    return first_child(head, *PASSIVE_SUBJECT_DEPS)
