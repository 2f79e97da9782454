"""Implied targets: the party an act that names none is made to (coding guide: implied addressee), decided
in one place by one ordered table of rules, :data:`IMPLIED_TARGET_RULES`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tacitus.actors.resolver import UNKNOWN_ORG
from tacitus.events.coder.clauses import bombed_place, law_enforcement, person_pronoun_object
from tacitus.events.coder.clues import contact_verb, witness_appeal
from tacitus.events.coder.frame import (
    AUTHORITIES,
    BACKERS,
    BOMB_DEVICES,
    ESCAPES,
    FAULTING_ROOTS,
    PUBLIC_APPEALS,
    PUBLIC_CALLERS,
    PUBLIC_CALLS,
    PUBLIC_MEASURES,
    PUBLIC_PAYROLL,
    PUBLIC_REMEDIES,
    RELIEF_EMERGENCIES,
    RULINGS,
    STATE_SECTORS,
    STATE_SIDE,
    YIELDS_TO_GOVERNMENT,
    Frame,
)
from tacitus.events.coder.verbal import authored
from tacitus.events.roles import ActorLookup, implied_civilians, implied_government
from tacitus.events.roles import implied as implied_actor
from tacitus.events.syntax import children, first_child, pobj_of
from tacitus.events.triggers import VIOLENT_ROOTS, complement_verb, ngrams, object_heads
from tacitus.model import Actor

#: the codes of a state's measure on the public it rules ("imposed a curfew", "declared martial law")
RULING_MEASURES = ("1721", "1723", "1724")


def _sector(actor: Actor) -> str:
    """The actor's sector family ("GOV" of "GOVMIL"), "" when it has none."""
    return (actor.sector or "")[:3]


class ImpliedTargets:
    """The rules of :data:`IMPLIED_TARGET_RULES` and what they ask of a frame (a mixin of the coder)."""

    def _implied_target(self, f: Frame, actors: ActorLookup | None) -> Actor | None:
        """The target the first rule that tells one gives a frame with a source and no target."""
        for rule in IMPLIED_TARGET_RULES:
            target = rule(self, f, actors)
            if target is not None:
                return target
        return None

    def _employer(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"city firefighters agreed to a pay freeze": their employer's concession."""
        if f.match.entry.id != "accept-pay-cuts" or _sector(f.source) not in PUBLIC_PAYROLL:
            return None
        return implied_actor("GOV", f.source.country, f.clause_verb.idx, "employer")

    def _asks(self, f: Frame) -> bool:
        """A call or a request: of an entry that absorbs what is asked, or a noun's appeal or demand."""
        return f.match.entry.absorbs or \
            (f.match.context != "verb" and self.cameo.root(f.code) in ("02", "10"))

    def _petitioned_government(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"the union urged …", "the opposition renewed its calls for new elections": of its government."""
        if not self._asks(f) or self._appeals_in_court(f.clause_verb):
            return None
        return implied_government(f.source, self.cameo.root(f.code), f.clause_verb.idx)

    def _government_granting(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"a victim of the scandal called for compensation": of the government that grants it."""
        if not (self._asks(f) and self._calls_for_a_public_measure(f)):
            return None
        return implied_actor("GOV", f.source.country, f.clause_verb.idx, "government")

    def _government_protested(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"teachers marched on the Capitol", "thousands protested in Caracas": a protest that names no one
        is made against the government of the protesters' country."""
        if self.cameo.root(f.code) != "14" or _sector(f.source) in STATE_SECTORS:
            return None
        return implied_actor("GOV", f.source.country, f.clause_verb.idx, "government-protested")

    def _government_measure(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"pub groups slammed the decision to move the country to Level 3", "a church minister backed the
        scheme": the government's decision or scheme, judged or backed; a state or a body of states judges
        another's ("the law drew criticism from the United States")."""
        if not (self.cameo.root(f.code) in FAULTING_ROOTS or self._backs_a_measure(f)) or \
                _sector(f.source) in STATE_SECTORS or \
                not (self._judges_a_measure(f.clause_verb, f.match.entry.suffered) or
                     self._support_for_a_measure(f)):
            return None
        home = f.source.country if f.source.sector and not f.source.code.startswith("IGO") else None
        return implied_actor("GOV", home, f.clause_verb.idx, "government-measure")

    def _public_appealed_to(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """An authority's appeal to no one: its public's ("urged calm"); an appeal for information ("asking
        for your help in locating the puppies") becomes 020, not a request for aid."""
        if not f.match.entry.absorbs or _sector(f.source) not in AUTHORITIES or \
                self.cameo.root(f.code) != "02":
            return None
        witnesses = witness_appeal(f.clause_verb)  # "police are asking anyone with information to call them"
        if not (witnesses or self._asks_the_public(f)):
            return None
        if f.code == "023" and witnesses:
            f.code = "020"
        return implied_civilians(f.source, f.clause_verb.idx, "public")

    def _public_eased(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"lifted the burn ban", "promised to end the curfew": a state's easing, of its public."""
        eased = (f.code in ("081", "0813") and f.match.entry.id == "lift") or f.code == "0351"
        if not eased or _sector(f.source) not in STATE_SIDE:
            return None
        return implied_civilians(f.source, f.clause_verb.idx, "public")

    def _government_yielded_to(self, f: Frame, actors: ActorLookup | None) -> Actor | None:
        """"the rebels declared a ceasefire", "the opposition suspended its protests": to the government (a
        truce two parties declare is made to each other: _mutual)."""
        if f.match.token.lemma_.lower() in ESCAPES or \
                _sector(f.source) not in YIELDS_TO_GOVERNMENT.get(f.code, ()) or \
                (actors is not None and self._mutual(f, actors)):
            return None
        return implied_actor("GOV", f.source.country, f.clause_verb.idx, "government-yielded-to")

    def _public_ruled(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"the government imposed a nationwide curfew", "declared martial law", "blocked social media": on
        the public it rules (not an emergency declared over a disaster: one of relief)."""
        state = _sector(f.source) in STATE_SIDE or \
            (not f.source.sector and f.source.country and f.source.code == f.source.country)
        if f.code not in RULING_MEASURES or not state or \
                (f.code == "1724" and self._told_disaster(f.clause_verb)):
            return None
        return implied_civilians(f.source, f.clause_verb.idx, "public")

    def _suspects_investigated(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"police are investigating": whoever did it."""
        if f.code != "091" or not law_enforcement(f.source):
            return None
        return implied_civilians(f.source, f.match.token.idx, "suspects")

    def _victims_named_by_pronoun(self, f: Frame, _actors: ActorLookup | None) -> Actor | None:
        """"they raped them": people (the story tells whose)."""
        if self.cameo.root(f.code) not in VIOLENT_ROOTS or not person_pronoun_object(f.clause_verb):
            return None
        return implied_actor("CVL", None, f.clause_verb.idx, "victims")

    def _public_bombed(self, f: Frame, actors: ActorLookup | None) -> Actor | None:
        """"planted a bomb at a market": the public there ("five were wounded in the blast" names the bombing
        itself, no place)."""
        place = bombed_place(f.clause_verb) if f.code.startswith("183") else None
        if place is None or self.lex.in_class(place.lemma_.lower(), BOMB_DEVICES):
            return None
        there = self._actor_or_place(place, actors) if actors is not None else None
        return implied_actor("CVL", there.country if there else None, place.idx, "public")

    def _told_disaster(self, tok: Token) -> bool:
        """A disaster named in the sentence ("a drought prompted the president to declare a state of
        emergency", "declared an emergency over the health crisis"): an emergency of relief, no coercion."""
        words = ngrams(list(tok.sent))
        return any(self.lex.in_class(w, RELIEF_EMERGENCIES) for w in words)

    def _backs_a_measure(self, f: Frame) -> bool:
        """Praise by a private voice of a measure whose author it does not name ("business groups welcomed the
        decision", "the union backed the proposal"): aimed at the government, as criticism of one is; not a
        recommendation ("the measures were recommended by judges" asks for them) nor a state's word."""
        return f.code == "051" and f.match.entry.id in ("praise", "support-expressed") and \
            f.source is not None and f.match.token.lemma_.lower() != "recommend" and \
            (f.source.sector or "")[:3] in BACKERS

    def _support_for_a_measure(self, f: Frame) -> bool:
        """"expressed his support for the scheme", "voiced support for the new rules": support for a public
        measure whose phrase names no author (the noun's object, not the light verb's)."""
        return f.match.entry.id == "support-expressed" and any(
            self.lex.in_class(o.lemma_.lower(), PUBLIC_MEASURES) and not authored(o)
            for _p, o in pobj_of(f.match.token, frozenset({"for", "behind"})))

    def _asks_the_public(self, f: Frame) -> bool:
        """An appeal for calm, restraint or patience, or one that asks the public to contact its author,
        addressed to no one (an appeal for witnesses is :func:`witness_appeal`'s)."""
        comp = contact_verb(f.clause_verb)
        if comp is not None and f.source_tok is not None and f.source_tok.head == comp:
            return True  # "anyone with information is asked to contact the Sheriff's Office"
        asked = object_heads(f.clause_verb) + [o for _p, o in pobj_of(f.clause_verb, frozenset({"for"}))]
        return any(self.lex.in_class(o.lemma_.lower(), PUBLIC_APPEALS) for o in asked)

    def _calls_for_a_public_measure(self, f: Frame) -> bool:
        """A private voice's public call for what only a government grants, addressed to no one: "a victim
        of the scandal called for compensation to be sped up", "retailers are lobbying for a change in the
        law" (coding guide: implicit addressee); not "called for help", "asked for a lawyer"."""
        called = " ".join(w.lemma_.lower() for w in f.match.words)
        if (f.source.sector or "")[:3] not in PUBLIC_CALLERS or self.cameo.root(f.code) != "02" or \
                f.match.context != "verb" or called not in PUBLIC_CALLS:
            return False
        if f.source.rule.startswith(UNKNOWN_ORG):
            return False  # an organisation no lexicon knows has a guessed sector: so would its addressee
        # what is asked itself, not what it is about ("changes to its pension scheme": the firm's own)
        asked = children(f.clause_verb, "dobj") + [o for _p, o in pobj_of(f.clause_verb, frozenset({"for"}))]
        comp = complement_verb(f.clause_verb)  # "called for compensation to be sped up"
        asked += [s for s in (first_child(comp, "nsubj", "nsubjpass"),) if s is not None] if comp else []
        return any(self.lex.in_class(o.lemma_.lower(), PUBLIC_REMEDIES) for o in asked)

    def _appeals_in_court(self, verb: Token) -> bool:
        """"appealed the ruling": a court appeal, addressed to no government."""
        obj = first_child(verb, "dobj")
        return obj is not None and self.lex.in_class(obj.lemma_.lower(), RULINGS)


#: the rules that imply a target, in the order they are tried: the first to give one decides
IMPLIED_TARGET_RULES: tuple[Callable[[ImpliedTargets, Frame, ActorLookup | None], Actor | None], ...] = (
    ImpliedTargets._employer,
    ImpliedTargets._petitioned_government,
    ImpliedTargets._government_granting,
    ImpliedTargets._government_protested,
    ImpliedTargets._government_measure,
    ImpliedTargets._public_appealed_to,
    ImpliedTargets._public_eased,
    ImpliedTargets._government_yielded_to,
    ImpliedTargets._public_ruled,
    ImpliedTargets._suspects_investigated,
    ImpliedTargets._victims_named_by_pronoun,
    ImpliedTargets._public_bombed,
)
