"""Named and descriptive entities (people, organisations, places, nationalities) with actor codes.

Three sources, merged per span (O(tokens) per document; the matcher is the actor stage's, built once):

1. spaCy NER (PERSON, ORG, GPE, LOC, FAC, NORP), with its span trimmed of a leading "the" and a
   trailing possessive;
2. the actor mentions of the document (``DocumentActors.mentions``): named organisations and armed
   groups from our lexicons ("Islamic State", "Hayat Tahrir al-Sham"), leaders (→ PERSON) and
   descriptive group mentions ("the Syrian army", "rebels", "government forces" → ORG), each with its
   actor code;
3. our place names (``data/actors/places.yaml``, capitals, countries) via the actor lexicon, as GPE.

Labels follow spaCy's (PERSON, ORG, GPE, LOC, FAC, NORP); ``code`` is the actor code when the span is
an actor mention. When NER and the lexicon disagree on a span the lexicon wins (it knows that
"Hezbollah" is an organisation and "Raqqa" a place).
"""

from __future__ import annotations

from spacy.tokens import Doc

from tacitus.model.records import Entity

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
PLACE_KINDS = frozenset({"country", "capital", "place"})
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "pobj"})
PRONOUNS = {"i": "PERSON", "me": "PERSON", "he": "PERSON", "him": "PERSON", "she": "PERSON", "her": "PERSON",
            "we": "ORG", "us": "ORG", "they": "ORG", "them": "ORG"}  # fmt: skip
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


class EntityFinder:
    """Build once; ``find(doc, actors)`` per document.

    ``pronouns=True`` also returns personal pronouns as PERSON/ORG mentions (with the actor
    stage's coreference code when it has one): the "mention" style of corpora such as re3d.
    """

    def __init__(self, pronouns: bool = False) -> None:
        self.pronouns = pronouns

    def find(self, doc: Doc, actors=None) -> list[Entity]:
        text = doc.text
        by_span: dict[tuple[int, int], Entity] = {}
        if self.pronouns:
            for t in doc:
                lab = PRONOUNS.get(t.lower_)
                if lab and t.pos_ == "PRON" and not (t.lower_ == "her" and t.dep_ == "poss"):
                    a = actors.for_token(t) if actors is not None else None
                    by_span[(t.idx, t.idx + len(t))] = Entity(
                        t.text, t.idx, t.idx + len(t), lab, a.code if a is not None else None
                    )

        for ent in doc.ents:
            if ent.label_ not in NER_LABELS:
                continue
            toks = list(ent)
            while toks and toks[0].is_punct:
                toks = toks[1:]
            while toks and (toks[-1].text in ("'s", "’s", "'", "’") or toks[-1].is_punct):
                toks = toks[:-1]
            if not toks:
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
            label = ent.label_
            by_span[(s, e)] = Entity(text=text[s:e], start=s, end=e, label=label)

        if actors is not None:
            # lexicon units: named things (orgs, leaders, places, demonyms)
            for u in getattr(actors, "_units", []):
                entry = u.entry
                if entry is None or entry.kind not in (
                    "org",
                    "leader",
                    "country",
                    "capital",
                    "place",
                    "demonym",
                    "metonym",
                ):
                    continue
                s = doc[u.start].idx
                e = doc[u.end - 1].idx + len(doc[u.end - 1])
                label = {"org": "ORG", "leader": "PERSON", "metonym": "ORG", "demonym": "NORP"}.get(
                    entry.kind, "GPE"
                )
                root = u.root
                acting = root.dep_ in ACTING_DEPS and (root.head.pos_ == "VERB" or root.dep_ == "poss")
                if entry.kind == "country" and acting:
                    label = "ORG"  # a country acting ("the United States said") is an organisation
                if entry.kind == "demonym" and root.dep_ not in ("amod", "compound") and root.tag_ == "NNPS":
                    label = "ORG"  # "the Syrians" as a group
                if label == "ORG" and u.start > 0 and doc[u.start - 1].lower_ == "the":
                    s = doc[u.start - 1].idx
                # a demonym heading its own phrase is a group ("the Syrians"), as a modifier a nationality
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
            # actor mentions: descriptive groups and people
            for a in actors.mentions:
                s, e = a.start, a.end
                if e <= s:
                    continue
                if a.rule.startswith("coref"):
                    continue
                old = by_span.get((s, e))
                if old is not None:
                    old.code = old.code or a.code
                    continue
                if a.person:
                    label = "PERSON"
                elif a.sector:
                    label = "ORG"
                else:
                    continue
                low = text[s:e].lower()
                if low in GENERIC or (low.split()[-1] in GENERIC and len(low.split()) == 1):
                    continue
                st = doc.char_span(s, e, alignment_mode="expand")
                if (
                    st is not None
                    and st.start > 0
                    and doc[st.start - 1].lower_ == "the"
                    and doc[st.start - 1].idx < s
                ):
                    s = doc[st.start - 1].idx
                by_span[(s, e)] = Entity(text=text[s:e], start=s, end=e, label=label, code=a.code)
        return sorted(by_span.values(), key=lambda x: (x.start, x.end))


_FINDER = EntityFinder()


def find_entities(doc: Doc, actors=None) -> list[Entity]:
    return _FINDER.find(doc, actors)
