"""Building a frame for a trigger: source and target by position, the entry's conditions on its
object, clause and complement, the refined code, and the coordinated and reciprocal dyads.
"""

from __future__ import annotations

from bisect import bisect_left

from tacitus.events.coder import (
    BLAMING,
    COMBATANT_SECTORS,
    IMPLIED_AUTHORS,
    ONE_WAY,
    RECIPROCAL_ROOTS,
    VIOLENCE_OR_FORCE,
)
from tacitus.events.core import context_holds, refine
from tacitus.events.fast.actor_roles import (
    _actor_at,
    _by_agent,
    _complement_target,
    _coordinated,
    _mention_start,
    _owner_actor,
    _source,
    _visit_at_home,
)
from tacitus.events.fast.actors import FastDocumentActors
from tacitus.events.fast.clause import (
    _clause_end,
    _clause_start,
    _complement,
    _object_span,
    _passive,
    _verb_form_only,
)
from tacitus.events.fast.frames import Frame, Trig
from tacitus.events.fast.span_words import _join, _words
from tacitus.events.fast.text import Tokens
from tacitus.events.fast.vocabulary import (
    ADDRESSED_ROOTS,
    PREPOSITIONS,
    QUOTES,
    TARGET_SCAN_STOPS,
    THAT_ROOTS,
    VERBAL_ROOTS,
    WINDOW,
)
from tacitus.events.lexicon import Entry
from tacitus.events.readings import best_readings
from tacitus.events.roles import implied as implied_actor
from tacitus.events.roles import one_actor
from tacitus.events.triggers import Context
from tacitus.model import Actor


class FrameBuilding:
    """The frame building of :class:`~tacitus.events.fast.coder.FastEventCoder`."""

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
        if entry.need_obj is not None and obj_words.isdisjoint(self.lex.members(entry.need_obj)):
            return None
        if entry.need_deed and not passive:
            return None  # "was accused of copying her work": the accusers' act told in the passive only
        if entry.need_clause and (end + 1 >= right or t.lower[end + 1] != "that"):
            return None  # "fears that cuts will cost lives", not "fears for his life"
        clause = {*t.lower[left:right], *t.lemma[left:right]}
        if entry.need_any is not None and clause.isdisjoint(self.lex.members(entry.need_any)):
            return None  # "cited the facility for violating the law": a citation only with a violation
        if entry.unless and not clause.isdisjoint(self.lex.members(entry.unless)):
            return None  # "declined to comment for this story": the press's question, another sense
        if not m.noun and t.lemma[m.head] in entry.intransitive and obj_lo < obj_hi and \
                t.lower[obj_lo] not in PREPOSITIONS:
            return None  # "demonstrated that our election systems …": shows, no protest
        fights_a_thing = obj_lo < obj_hi and t.lower[obj_lo] not in PREPOSITIONS and \
            obj_words.isdisjoint(self.lex.members(VIOLENCE_OR_FORCE))
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
        if entry.code[:2] == "05" and not said.isdisjoint(self.lex.members(BLAMING)):
            return False  # a naming with blame in it praises no one ("called the verdict a travesty")
        return named and not said.isdisjoint(self.lex.members(entry.predicate))

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
        return not words.isdisjoint(self.lex.members(frozenset({"violence", "sanctions"})))

    def _refine(self, entry: Entry, ctx: Context) -> tuple[str, str]:
        return refine(entry, lambda key, names: context_holds(ctx, key, names, self.lex))

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
