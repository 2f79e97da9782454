"""Load the event lexicons (verbs.yaml, nouns.yaml, classes.yaml) into fast lookup tables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import TacitusError
from tacitus.yamlio import data_yaml, load_yaml

CONDITION_KEYS = ("obj", "comp", "comp_obj", "any", "subj", "prep", "lemma", "source_sector", "clause")
DEFAULT_TARGETS = ("dobj", "against", "on", "with")
#: how a rejection for the doer's sector begins (another entry of the same words may suit that doer)
WRONG_DOER = "source sector"


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())


@dataclass(frozen=True, slots=True)
class Refinement:
    code: str
    conditions: dict[str, frozenset[str]]


@dataclass(slots=True)
class Entry:
    """One trigger entry: a group of synonymous lemmas with a default code and refinements."""

    id: str
    kind: str  # verb | noun
    code: str
    lemmas: tuple[str, ...]
    targets: tuple[str, ...] = DEFAULT_TARGETS
    require: tuple[str, ...] = ("source",)
    absorbs: bool = False
    modality: str | None = None
    need_obj: frozenset[str] | None = None
    source_sectors: frozenset[str] | None = None
    light_only: bool = False
    #: verbs light for this noun only, too vague for the others ("had talks with Xi"; not "had a plan")
    light_verbs: frozenset[str] = frozenset()
    #: a light-only noun that also stands alone after a possessive naming its actor ("Biden's visit to the
    #: border", "Israel's allegation that …"); an adjective is not enough ("a French visit")
    possessive: bool = False
    #: a noun naming something given, whose giver follows "from" ("Barger's endorsement from the union") and
    #: whose receiver is the possessor or the subject of a receiving verb ("won the backing of the party")
    given: bool = False
    #: a ``given`` noun that is this act only as received ("secured the support of party bosses"; "support
    #: for Ukraine" after other verbs is aid or backing of a policy)
    received_only: bool = False
    #: a light-only noun whose own ``light_verbs`` are its only light verbs ("expressed support for Kyiv"
    #: backs it; "provided support for Kyiv" is aid)
    own_light_verbs_only: bool = False
    require_threat_complement: bool = False
    #: not this act when it is advice to the public in a hazard ("urged residents to stay indoors as the
    #: storm nears")
    safety_advice: bool = False
    #: lemma -> code when a ``require_threat_complement`` verb threatens nothing ("warned that vehicles could
    #: be hacked" is a pessimistic comment, 012, not a threat)
    without_threat: dict[str, str] = field(default_factory=dict)
    refine: list[Refinement] = field(default_factory=list)
    #: the code of the verbal sense ("Trump attacked Biden" → 111) used when the source is not an armed or
    #: state actor and no weapon refinement fired
    verbal_code: str | None = None
    #: the lemmas that have the verbal sense (all of them when None): "attacked Biden" is words, "stormed the
    #: Capitol" never is
    verbal_lemmas: frozenset[str] | None = None
    #: a speech verb: the statement is the speaker's act, coded 010 or, when it disparages or accuses another
    #: actor named in its content, 111 / 112 toward that actor (tacitus.events.speech)
    speech: bool = False
    #: the object predicate ("called her a RINO") must hold a word of one of these classes; with
    #: ``frozenset()`` the entry refuses any object predicate ("called Macron" is a call, "called him a liar"
    #: is not)
    predicate: frozenset[str] | None = None
    #: nouns whose modifier names who the act befalls ("the Menendez indictment", "Trump's verdict"): the
    #: not this act when a word of these classes is in its clause ("released the identities", "declared a
    #: state of emergency over forest fires", "demonstrate financial need")
    unless: frozenset[str] | None = None
    #: this act only when a word of these classes is in its clause ("cited the facility for violating the
    #: law" is a citation, 116; "cited a study" is not)
    need_any: frozenset[str] | None = None
    #: this act only with a finite, affirmative complement clause ("fears that cuts will cost lives" is a
    #: comment; "fears for his life", "hopes to win", "hopes it does not mean …" are not)
    need_clause: bool = False
    #: this act only as a passive with a deed after "of" ("was accused of copying her work"; not "was
    #: accused in the case", "people accused of a crime")
    need_deed: bool = False
    #: with "as" the verb names someone ("identified the man as John Smith"), not this act, unless the
    #: one named or the name is of these classes ("identified the gunman as …")
    naming_unless: frozenset[str] | None = None
    #: not this act when its subject is a counted people ("52,000 Venezuelans have arrived in Brazil")
    uncounted_source: bool = False
    #: not this act when the verb takes a that-clause ("agreed that students feel abandoned" is an opinion)
    no_that_clause: bool = False
    #: not this act as the purpose clause of another verb ("invests £3bn a year to support dentistry" tells
    #: what the money is for, not an ally's backing)
    no_purpose: bool = False
    #: prepositions of an act in whose course the clause's subject did something ("officers seized heroin in
    #: raids across the city"): the subject did this act too, and the clause's verb stays an act of its own
    course_preps: frozenset[str] = frozenset()
    #: an act only in a sense a refinement names ("plans to meet" 036, "plans to send aid" 033): the plain
    #: code is too vague to code ("had planned to lay out his case", "plan to reach Tianjin")
    refined_only: bool = False
    #: lemmas that are this act only without a direct object ("demonstrated a radical embrace" shows,
    #: "rallied supporters" gathers them)
    intransitive: frozenset[str] = frozenset()
    #: lemmas that are this act with a direct object that is no actor only when a refinement names what
    #: the object is ("offered talks" 036, "offered aid" 033; "the club offers children activities" is none)
    thing_objects: frozenset[str] = frozenset()
    #: lemmas that are this act only with what is asked: an infinitive or clause, or "for"/"on" ("called the
    #: minister to resign", "pressed Israel on aid"; "called the sheriff's office asking questions" phoned it)
    need_complement: frozenset[str] = frozenset()
    #: lemmas that are not this act with an infinitive ("called Israel" phones it; "called Israel to allow
    #: aid" asks it)
    no_infinitive: frozenset[str] = frozenset()
    #: the subject suffers the act, whose author follows "from" or "by" ("ministers came under fire from a
    #: former chief whip", "the plan drew criticism from rights groups")
    suffered: bool = False
    #: the object feels the act and is its author, aimed at the subject ("the move outraged the unions",
    #: "the unions were angered by the move": the unions disapprove of whoever moved)
    felt: bool = False
    #: the sector of the unnamed author of a passive or a suffered act ("was held on bond": the police;
    #: "faces murder charges": the prosecution)
    implied_author: str | None = None
    #: in the passive, the country after "from" is the author ("diplomats expelled from the United States")
    from_author: bool = False
    #: not this act when the direct object is of these classes ("Reagan signed environmental laws" is no
    #: agreement; "signed a deal on the budget" is)
    not_obj: frozenset[str] | None = None
    #: the target's sector must be one of these ("engaged the rebels"; "engaged a consultancy" hires it)
    target_sectors: frozenset[str] | None = None
    #: sector of the implied source (JUD); a modifier of that sector is the source instead ("the court's
    #: ruling")
    patient: str | None = None

    @property
    def rule(self) -> str:
        return f"{self.kind}:{self.id}"

    def accepts(self, refined: bool, source, target, reciprocal: bool = False) -> bool:
        """Whether a frame of this entry with these actors is an event (both coders apply this rule)."""
        return self.rejection(refined, source, target, reciprocal) is None

    def rejection(self, refined: bool, source, target, reciprocal: bool = False,
                  agentless: bool = False, verbal: bool = False) -> str | None:
        """Why a frame of this entry with these actors is not an event (None when it is); ``agentless``: an
        agentless passive ("a patrol boat was sunk"), whose source is unknown by construction; ``verbal``: the
        words-not-weapons sense, which anyone may use (no source sector limit)."""
        if self.absorbs and not refined and target is None:
            return "no sub-code and no addressee"  # "vowed to defend the city"
        if self.refined_only and not refined:
            return "no sub-code: a plan of one's own, not an act toward anyone"
        if "source" in self.require and source is None and not (agentless and target is not None):
            return "no source actor"
        if "target" in self.require and target is None and not reciprocal:
            return "no target actor"
        if source is None and target is None:
            return "no actor"
        if self.source_sectors is not None and source is not None and not verbal and \
                (source.sector or "") not in self.source_sectors:
            return f"{WRONG_DOER} {source.sector} cannot do this"
        if self.target_sectors is not None and target is not None and not verbal and \
                (target.sector or "") not in self.target_sectors:
            return f"target sector {target.sector} is no adversary"
        if source is not None and target is not None and \
                (source.start, source.end) == (target.start, target.end):
            return "source and target are the same phrase"
        return None


@dataclass(slots=True)
class Phrase:
    """A (possibly multi-word) lemma of an entry: head word plus words that must accompany it."""

    head: str
    rest: tuple[str, ...]
    entry: Entry


class EventLexicon:
    """Verb and noun triggers, word classes and light verbs, indexed by head lemma."""

    def __init__(self, classes: dict[str, frozenset[str]], verbs: list[Entry], nouns: list[Entry],
                 light_verbs: Iterable[str], impact_verbs: Iterable[str],
                 receiving_verbs: Iterable[str] = ()) -> None:
        self.classes = classes
        self.verbs = verbs
        self.nouns = nouns
        self.light_verbs = frozenset(_norm(v) for v in light_verbs)
        self.intent: dict[str, str] = _intent_table()
        self.impact_verbs = frozenset(_norm(v) for v in impact_verbs)
        #: verbs whose subject receives what a ``given`` noun names ("won the endorsement of the union")
        self.receiving_verbs = frozenset(_norm(v) for v in receiving_verbs)
        self.verb_index = self._index(verbs)
        self.noun_index = self._index(nouns)
        # noun phrases of several words are matched on their last word ("air strike" → "strike")
        self.noun_compound_heads = {p.head for ps in self.noun_index.values() for p in ps}
        self._members: dict[frozenset[str], frozenset[str]] = {}

    @staticmethod
    def _index(entries: list[Entry]) -> dict[str, list[Phrase]]:
        index: dict[str, list[Phrase]] = {}
        for entry in entries:
            for lemma in entry.lemmas:
                words = lemma.split(" ")
                if entry.kind == "noun":
                    head, rest = words[-1], tuple(words[:-1])
                else:
                    head, rest = words[0], tuple(words[1:])
                index.setdefault(head, []).append(Phrase(head, rest, entry))
        for phrases in index.values():  # longest phrase first: the most specific wins
            phrases.sort(key=lambda p: -len(p.rest))
        return index

    def intent_code(self, code: str) -> str | None:
        """The CAMEO 03x "express intent" code for a cooperative act announced for the future, if any."""
        for n in (len(code), 3, 2):
            hit = self.intent.get(code[:n])
            if hit is not None:
                return hit
        return None

    def members(self, names: frozenset[str]) -> frozenset[str]:
        """Every word :meth:`in_class` accepts for ``names``, lower-case (cached): a class's members, or the
        name itself when it names no class."""
        got = self._members.get(names)
        if got is None:
            got = frozenset().union(*(self.classes.get(n, frozenset({n})) for n in names))
            self._members[names] = got
        return got

    def in_class(self, lemma: str, names: frozenset[str]) -> bool:
        """True when ``lemma`` is one of ``names`` or belongs to a class named there."""
        lemma = lemma.lower()
        for name in names:
            members = self.classes.get(name)
            if members is None:
                if lemma == name:
                    return True
            elif lemma in members:
                return True
        return False

    @classmethod
    def default(cls) -> EventLexicon:
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.from_data(*(data_yaml(f"events/{n}") for n in LEXICON_FILES))
        return _DEFAULT

    @classmethod
    def from_texts(cls, classes_yaml: str, verbs_yaml: str, nouns_yaml: str) -> EventLexicon:
        """A lexicon from the three files' texts alone (no layering)."""
        return cls.from_data(load_yaml(classes_yaml), load_yaml(verbs_yaml), load_yaml(nouns_yaml))

    @classmethod
    def from_data(cls, classes_raw: Any, verbs_raw: Any, nouns_raw: Any) -> EventLexicon:
        classes = _load_classes(classes_raw or {})
        verbs = [_entry(d, "verb", classes) for d in verbs_raw or []]
        nouns_doc = nouns_raw or {}
        nouns = [_entry(d, "noun", classes) for d in nouns_doc.get("nouns", [])]
        return cls(classes, verbs, nouns, nouns_doc.get("light_verbs", []), nouns_doc.get("impact_verbs", []),
                   nouns_doc.get("receiving_verbs", []))

    @classmethod
    def from_dir(cls, path: str | Path) -> EventLexicon:
        """Our lexicons with a user's layered on top: a folder with any of classes.yaml, verbs.yaml and
        nouns.yaml. A user class or entry replaces ours of the same name or id and user entries come first
        (they win on the same trigger); light and impact verbs add to ours."""
        p = Path(path)
        if not any((p / n).exists() for n in LEXICON_FILES):
            raise TacitusError(f"{p}: no {', '.join(LEXICON_FILES)} in this folder")
        ours = [data_yaml(f"events/{n}") for n in LEXICON_FILES]
        user = [load_yaml((p / n).read_text("utf-8")) if (p / n).exists() else None for n in LEXICON_FILES]
        classes = {**(ours[0] or {}), **(user[0] or {})}
        verbs = _layer(user[1] or [], ours[1] or [])
        nouns_doc = dict(ours[2] or {})
        if user[2]:
            nouns_doc["nouns"] = _layer(user[2].get("nouns", []), nouns_doc.get("nouns", []))
            for key in ("light_verbs", "impact_verbs", "receiving_verbs"):
                nouns_doc[key] = [*nouns_doc.get(key, []), *user[2].get(key, [])]
        return cls.from_data(classes, verbs, nouns_doc)


def _layer(user: list[dict], ours: list[dict]) -> list[dict]:
    """User entries first, then ours whose id the user did not redefine."""
    ids = {str(d.get("id")) for d in user}
    return [*user, *(d for d in ours if str(d.get("id")) not in ids)]


LEXICON_FILES = ("classes.yaml", "verbs.yaml", "nouns.yaml")
_DEFAULT: EventLexicon | None = None
_INTENT: dict[str, str] | None = None


def _intent_table() -> dict[str, str]:
    """data/events/intent.yaml: cooperative code → CAMEO 03x intent code (for future modality)."""
    global _INTENT
    if _INTENT is None:
        raw = data_yaml("events/intent.yaml")
        _INTENT = {str(k): str(v) for k, v in (raw or {}).items()}
    return _INTENT


def _load_classes(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    resolved: dict[str, frozenset[str]] = {}

    def expand(name: str, seen: tuple[str, ...]) -> frozenset[str]:
        if name in resolved:
            return resolved[name]
        if name in seen:
            raise TacitusError(f"word class {name!r} refers to itself")
        if name not in raw:
            raise TacitusError(f"unknown word class {name!r}")
        words: set[str] = set()
        for item in raw[name]:
            item = str(item)
            if item.startswith("@"):
                words |= expand(item[1:], (*seen, name))
            else:
                words.add(_norm(item))
                # a multi-word member also matches on its last word's lemma inside compounds
        resolved[name] = frozenset(words)
        return resolved[name]

    for name in raw:
        expand(name, ())
    return resolved


def _sectors(value: Any) -> frozenset[str]:
    """Sector codes as written in actor codes ("JUD"); "" stands for an actor with no sector."""
    return frozenset(str(v).upper() for v in ([value] if isinstance(value, str) else value or []))


def _names(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset([_norm(value)])
    return frozenset(_norm(str(v)) for v in value)


def _entry(d: dict[str, Any], kind: str, classes: dict[str, frozenset[str]]) -> Entry:
    try:
        refine = []
        for r in d.get("refine") or []:
            unknown = set(r) - {"code", *CONDITION_KEYS}
            if unknown:
                raise TacitusError(f"unknown refinement condition(s) {sorted(unknown)}")
            conditions = {k: _sectors(r[k]) if k == "source_sector" else _names(r[k])
                          for k in CONDITION_KEYS if k in r}
            refine.append(Refinement(str(r["code"]), conditions))
        need = d.get("need_obj")
        sectors = d.get("source_sectors")
        return Entry(
            id=str(d["id"]),
            kind=kind,
            code=str(d["code"]),
            lemmas=tuple(_norm(x) for x in d["lemmas"]),
            targets=tuple(d.get("targets", DEFAULT_TARGETS)),
            require=tuple(d.get("require", ("source",))),
            absorbs=bool(d.get("absorbs", False)),
            modality=d.get("modality"),
            need_obj=_names(need) if need is not None else None,
            source_sectors=frozenset(str(s) for s in sectors) if sectors is not None else None,
            light_only=bool(d.get("light_only", False)),
            light_verbs=frozenset(_norm(w) for w in d.get("light_verbs") or ()),
            possessive=bool(d.get("possessive", False)),
            given=bool(d.get("given", False)),
            received_only=bool(d.get("received_only", False)),
            own_light_verbs_only=bool(d.get("own_light_verbs_only", False)),
            require_threat_complement=bool(d.get("require_threat_complement", False)),
            safety_advice=bool(d.get("safety_advice", False)),
            without_threat={str(k): str(v) for k, v in (d.get("without_threat") or {}).items()},
            refine=refine,
            verbal_code=str(d["verbal_code"]) if d.get("verbal_code") else None,
            verbal_lemmas=frozenset(_norm(x) for x in d["verbal_lemmas"]) if d.get("verbal_lemmas") else None,
            speech=bool(d.get("speech", False)),
            predicate=_names(d["predicate"]) if "predicate" in d else None,
            patient=str(d["patient"]) if d.get("patient") else None,
            unless=_names(d["unless"]) if d.get("unless") else None,
            need_any=_names(d["need_any"]) if d.get("need_any") else None,
            need_clause=bool(d.get("need_clause", False)),
            need_deed=bool(d.get("need_deed", False)),
            naming_unless=_names(d["naming_unless"]) if d.get("naming_unless") else None,
            uncounted_source=bool(d.get("uncounted_source", False)),
            no_that_clause=bool(d.get("no_that_clause", False)),
            no_purpose=bool(d.get("no_purpose", False)),
            course_preps=frozenset(d.get("course_preps") or ()),
            refined_only=bool(d.get("refined_only", False)),
            intransitive=frozenset(str(w) for w in d.get("intransitive") or ()),
            thing_objects=frozenset(_norm(w) for w in d.get("thing_objects") or ()),
            need_complement=frozenset(_norm(w) for w in d.get("need_complement") or ()),
            no_infinitive=frozenset(_norm(w) for w in d.get("no_infinitive") or ()),
            suffered=bool(d.get("suffered", False)),
            felt=bool(d.get("felt", False)),
            implied_author=str(d["implied_author"]) if d.get("implied_author") else None,
            from_author=bool(d.get("from_author", False)),
            not_obj=_names(d["not_obj"]) if d.get("not_obj") else None,
            target_sectors=_sectors(d["target_sectors"]) if d.get("target_sectors") is not None else None,
        )
    except KeyError as exc:
        raise TacitusError(f"lexicon entry {d.get('id', d)!r} lacks field {exc}") from None
