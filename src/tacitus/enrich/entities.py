"""Named and descriptive entities (people, organisations, places, nationalities) with actor codes.

Three sources, merged per span (O(tokens) per document; the matcher is the actor stage's, built once):

1. spaCy NER (PERSON, ORG, GPE, LOC, FAC, NORP), with its span trimmed of a leading "the" or
   preposition and a trailing possessive; a PERSON after a locative preposition ("in Raqqah") or
   opened by one ("Near Bayji") is a place; a person's name takes in the rank or honorific before it
   ("Lt. Gen. Stephen Townsend", "Mr Johnson");
2. the actor mentions of the document (``DocumentActors.mentions``): named organisations and armed
   groups from our lexicons ("Islamic State", "Hayat Tahrir al-Sham"), leaders (→ PERSON), titles of
   office ("the Foreign Secretary" → PERSON) and descriptive group mentions ("the Syrian army",
   "rebels", "government forces" → ORG), each with its actor code;
3. our place names (``data/actors/places.yaml``, capitals, countries) via the actor lexicon, as GPE.

Labels follow spaCy's (PERSON, ORG, GPE, LOC, FAC, NORP); ``code`` is the actor code when the span is
an actor mention. When NER and the lexicon disagree on a span the lexicon wins (it knows that
"Hezbollah" is an organisation and "Raqqa" a place). One mention gives one entity per label: a
person's bare name inside a longer PERSON span ending at the same word is dropped, and so is a
country that only modifies an organisation mention ("U.S." in "U.S. forces").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.model.records import Entity
from tacitus.nlp.doctext import doc_text

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
PLACE_KINDS = frozenset({"country", "capital", "place"})
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "pobj"})
PRONOUNS = {"i": "PERSON", "me": "PERSON", "he": "PERSON", "him": "PERSON", "she": "PERSON", "her": "PERSON",
            "we": "ORG", "us": "ORG", "they": "ORG", "them": "ORG"}  # fmt: skip
#: prepositions after which a name is a place ("in Raqqah", "near Daquq")
LOCATIVE = frozenset(
    {"in", "near", "at", "around", "outside", "inside", "into", "across", "toward", "towards"}
)
#: ranks and honorifics written before a person's name ("Gen.", "Lt.", "Mr")
_RANKS = (
    "general colonel major captain lieutenant commodore admiral brigadier sergeant corporal private rear vice"
)
_SHORT = "mr mrs ms dr sir dame lord lady gen lt col maj capt brig adm sgt cpl pvt cmdr"
HONORIFICS = frozenset(_RANKS.split()) | {w + dot for w in _SHORT.split() for dot in ("", ".")}
#: bare descriptive words that are actor mentions but not entities on their own
GENERIC = frozenset(
    {
        "people",
        "civilians",
        "aircraft",
        "fighters",
        "forces",
        "minister",
        "residents",
        "children",
        "women",
        "men",
        "hospital",
        "officials",
        "troops",
        "soldiers",
        "police",
        "protesters",
    }
)
#: determiners kept on a nominal mention of a person ("a spokesman", "the Foreign Secretary")
PERSON_DETS = frozenset({"a", "an", "the", "another"})
#: group nouns that, capitalised inside a sentence, are the name of one group ("the Coalition")
GROUP_NAMES = frozenset({"coalition", "alliance"})
LEX_LABEL = {"org": "ORG", "leader": "PERSON", "metonym": "ORG", "demonym": "NORP"}
LEX_KINDS = frozenset({"org", "leader", "country", "capital", "place", "demonym", "metonym"})


def _after_locative(tok: Token) -> bool:
    """``tok`` (a name's root) is the object of a locative preposition: "in Raqqah"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def _honorific_start(doc: Doc, i: int) -> int:
    """Index of the first rank/honorific word directly before token ``i`` ("Lt. Gen. | Joseph")."""
    j = i
    while j > 0 and doc[j - 1].lower_ in HONORIFICS and doc[j - 1].text[:1].isupper():
        j -= 1
    return j


class EntityFinder:
    """Build once; ``find(doc, actors)`` per document.

    ``pronouns=True`` also returns personal pronouns as PERSON/ORG mentions (with the actor
    stage's coreference code when it has one): the "mention" style of corpora such as re3d.
    """

    def __init__(self, pronouns: bool = False) -> None:
        self.pronouns = pronouns

    def find(self, doc: Doc, actors=None) -> list[Entity]:
        by_span: dict[tuple[int, int], Entity] = {}
        if self.pronouns:
            self._pronouns(doc, actors, by_span)
        text = doc_text(doc)
        self._ner(doc, text, by_span)
        _capitalised_groups(doc, text, by_span)
        ner = dict(by_span)
        if actors is not None:
            self._lexicon(doc, text, actors, by_span)
            self._mentions(doc, text, actors, by_span)
        guesses = [x for k, x in by_span.items() if ner.get(k) is x]  # spans only NER vouches for
        _agree(by_span, guesses)
        return _one_per_mention(doc, by_span)

    # ------------------------------------------------------------------ sources
    @staticmethod
    def _pronouns(doc: Doc, actors, by_span: dict) -> None:
        for t in doc:
            lab = PRONOUNS.get(t.lower_)
            if lab and t.pos_ == "PRON" and not (t.lower_ == "her" and t.dep_ == "poss"):
                a = actors.for_token(t) if actors is not None else None
                by_span[(t.idx, t.idx + len(t))] = Entity(
                    t.text, t.idx, t.idx + len(t), lab, a.code if a is not None else None
                )

    @staticmethod
    def _ner(doc: Doc, text: str, by_span: dict) -> None:
        for ent in doc.ents:
            if ent.label_ not in NER_LABELS:
                continue
            label = ent.label_
            toks = list(ent)
            while toks and (toks[0].is_punct or (toks[0].lower_ == "the" and label != "ORG")):
                toks = toks[1:]
            if toks and (toks[0].pos_ == "ADP" or toks[0].lower_ in LOCATIVE):
                toks = toks[1:]  # "Near Bayji" read as a name
                label = "GPE" if label == "PERSON" else label
            while toks and (toks[-1].text in ("'s", "’s", "'", "’") or toks[-1].is_punct):
                toks = toks[:-1]
            if not toks:
                continue
            if label == "PERSON" and _after_locative(doc[toks[0].i : toks[-1].i + 1].root):
                label = "GPE"
            first = toks[0].i
            if label == "PERSON":
                first = _honorific_start(doc, first)
            s, e = doc[first].idx, toks[-1].idx + len(toks[-1])
            by_span[(s, e)] = Entity(text=text[s:e], start=s, end=e, label=label)

    @staticmethod
    def _lexicon(doc: Doc, text: str, actors, by_span: dict) -> None:
        """Lexicon units: named things (orgs, leaders, places, demonyms)."""
        for u in getattr(actors, "_units", []):
            entry = u.entry
            if entry is None or entry.kind not in LEX_KINDS:
                continue
            s = doc[u.start].idx
            e = doc[u.end - 1].idx + len(doc[u.end - 1])
            label = LEX_LABEL.get(entry.kind, "GPE")
            root = u.root
            acting = root.dep_ in ACTING_DEPS and (root.head.pos_ == "VERB" or root.dep_ == "poss")
            if entry.kind == "country" and acting:
                label = "ORG"  # a country acting ("the United States said") is an organisation
            # a demonym heading its own phrase is a group ("the Syrians"), as a modifier a nationality
            if entry.kind == "demonym" and root.dep_ not in ("amod", "compound") and root.tag_ == "NNPS":
                label = "ORG"
            if label == "ORG" and u.start > 0 and doc[u.start - 1].lower_ == "the":
                s = doc[u.start - 1].idx
            old = by_span.get((s, e))
            code = None
            a = actors.for_token(u.root) if label != "NORP" else None
            if a is not None and a.start <= s and e <= a.end:
                code = a.code
            if (
                old is not None
                and label == "GPE"
                and old.label in ("PERSON", "ORG")
                and entry.kind == "place"
            ):
                by_span.pop((s, e))
            by_span[(s, e)] = Entity(text=text[s:e], start=s, end=e, label=label, code=code)

    @staticmethod
    def _mentions(doc: Doc, text: str, actors, by_span: dict) -> None:
        """Actor mentions: descriptive groups, people and titles of office."""
        for a in actors.mentions:
            s, e = a.start, a.end
            if e <= s or a.rule.startswith("coref"):
                continue
            old = by_span.get((s, e))
            if old is not None:
                old.code = old.code or a.code
                continue
            st = doc.char_span(s, e, alignment_mode="expand")
            if st is None or st[0].pos_ == "ADP" or st[0].lower_ in LOCATIVE:
                continue  # "Near Bayji" read as a name: the NER pass has the place
            if a.person or _is_title(actors, st.root):
                label = "PERSON"
            elif a.sector:
                label = "ORG"
            else:
                continue
            low = text[s:e].lower()
            if low in GENERIC or (low.split()[-1] in GENERIC and len(low.split()) == 1):
                continue
            dets = PERSON_DETS if label == "PERSON" and not a.person else ("the",)
            if st.start > 0 and doc[st.start - 1].lower_ in dets and doc[st.start - 1].idx < s:
                s = doc[st.start - 1].idx
            by_span[(s, e)] = Entity(text=text[s:e], start=s, end=e, label=label, code=a.code)


def _capitalised_groups(doc: Doc, text: str, by_span: dict) -> None:
    """A group noun capitalised inside a sentence names that group: "support from the Coalition",
    "Coalition aircraft" (the word alone, as a name, when no other entity covers it)."""
    if not any(w.capitalize() in text for w in GROUP_NAMES):
        return
    for t in doc:
        if t.lower_ not in GROUP_NAMES or not t.text[:1].isupper() or t.is_sent_start or t.text.isupper():
            continue
        s, e = t.idx, t.idx + len(t)
        if any(x.start <= s and e <= x.end for x in by_span.values()):
            continue
        by_span[(s, e)] = Entity(text=t.text, start=s, end=e, label="ORG")


def _is_title(actors, root: Token) -> bool:
    """A singular title of office heads the mention: "the Foreign Secretary", "a spokesman"."""
    if root.tag_ not in ("NN", "NNP"):
        return False
    u = actors._units[actors._unit_of[root.i]]
    entry = u.entry if u.entry is not None else actors._r.lex.words.get(root.lower_)
    return entry is not None and entry.kind in ("title", "weak")


def _agree(by_span: dict[tuple[int, int], Entity], guesses: list[Entity]) -> None:
    """Make NER's guesses agree with the surer entities of the document: a guess cutting across a
    coded organisation or cutting its name short goes ("the Islamic State of Iraq" of "the Islamic
    State of Iraq and the Levant"), a
    one-word guess that is the surname of a named person is a PERSON ("Qanbar" after "Abboud Qanbar"),
    a PERSON guess named elsewhere as a place is a GPE ("Raqqah" after "in Raqqah")."""
    sure = [x for x in by_span.values() if all(x is not g for g in guesses)]
    orgs = [x for x in sure if x.label == "ORG" and x.code]
    places = {x.text for x in by_span.values() if x.label == "GPE"}
    surnames = {
        x.text.split()[-1] for x in by_span.values() if x.label == "PERSON" and len(x.text.split()) > 1
    }
    for g in guesses:
        if any(_crosses(g, o) or _cut_short(g, o) for o in orgs):
            by_span.pop((g.start, g.end), None)
        elif g.label in ("ORG", "GPE") and " " not in g.text and g.text in surnames:
            g.label = "PERSON"
        elif g.label == "PERSON" and g.text in places:
            g.label = "GPE"


def _cut_short(g: Entity, org: Entity) -> bool:
    """``g`` lies inside ``org`` as a person or as the organisation's name cut short at its start."""
    inside = org.start <= g.start and g.end <= org.end and (g.start, g.end) != (org.start, org.end)
    return inside and (g.label == "PERSON" or (g.label == "ORG" and g.start == org.start))


def _crosses(a: Entity, b: Entity) -> bool:
    """The spans overlap without one containing the other."""
    return (
        a.start < b.end
        and b.start < a.end
        and not ((a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end))
    )


def _one_per_mention(doc: Doc, by_span: dict[tuple[int, int], Entity]) -> list[Entity]:
    """Drop a PERSON nested in a longer PERSON that ends at the same place ("Obama" in
    "President Obama") and a GPE that only modifies an ORG mention ("U.S." in "U.S. forces")."""
    ents = sorted(by_span.values(), key=lambda x: (x.start, x.end))
    orgs = [x for x in ents if x.label == "ORG" and x.code]
    out = []
    for x in ents:
        if x.label == "GPE" and any(o.start <= x.start and x.end < o.end for o in orgs):
            continue
        out.append(x)
    return out


_FINDER = EntityFinder()


def find_entities(doc: Doc, actors=None) -> list[Entity]:
    return _FINDER.find(doc, actors)
