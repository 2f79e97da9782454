"""Event location: the place attached to the event's clause, else the nearest place in its sentence,
else the document's focus place. The chosen rule is prefixed to the place's ``rule``:

* ``event:target`` — the event's target is a place ("an offensive on eastern Aleppo");
* ``event:clause`` — a locative phrase governed by the trigger's clause ("bombed … near Aleppo");
* ``event:sentence`` — the place in the same sentence nearest to the trigger;
* ``event:document`` — the document's focus (its most mentioned place, sub-national preferred).
"""

from __future__ import annotations

from collections import Counter

from tacitus.model import CodedDocument, Event, Place

LOC_PREPS = frozenset(
    [
        "in",
        "near",
        "at",
        "outside",
        "around",
        "across",
        "inside",
        "into",
        "on",
        "onto",
        "over",
        "throughout",
        "towards",
        "toward",
        "to",
        "from",
        "within",
        "along",
        "off",
        "beyond",
    ]
)
LOCAL_CLASSES = frozenset("PAHTLSRV")


def document_focus(places: list[Place]) -> Place | None:
    """The most mentioned place (cities/regions before countries before continents); first one wins ties."""
    if not places:
        return None
    usable = [p for p in places if not p.rule.split(";")[1].strip().startswith("demonym")] or places
    counts = Counter((p.geonameid, p.name) for p in usable)
    tier = {"CONT": 0, "RGN": 1}

    def rank(p: Place) -> tuple:
        level = 1 if (p.feature_code or "").startswith("PCL") else (0 if p.feature_code in tier else 2)
        return (counts[(p.geonameid, p.name)] + (1 if level == 2 else 0), level)

    best = max(usable, key=rank)
    return best


def _token_at(doc, char: int):
    sp = doc.char_span(char, char + 1, alignment_mode="expand")
    return sp[0] if sp is not None and len(sp) else None


def _attached(trigger, token, max_steps: int = 8) -> bool:
    """Is ``token`` in a locative phrase governed by ``trigger`` (through preps, conjuncts, compounds)?"""
    seen_prep = False
    t = token
    for _ in range(max_steps):
        if t == trigger:
            return seen_prep
        if t.dep_ == "prep" and t.lower_ in LOC_PREPS:
            seen_prep = True
        if t.head == t:
            return False
        t = t.head
    return False


def locate_event(
    doc, event: Event, places: list[Place], focus: Place | None, sentence: tuple[int, int] | None
):
    """``(place, rule)`` for one event (``(None, "")`` when the document has no place)."""
    in_sent = [p for p in places if sentence and sentence[0] <= p.start < sentence[1]]
    literal = [p for p in in_sent if "demonym" not in p.rule]
    tgt = event.target
    if tgt is not None:
        for p in literal:
            if p.start < tgt.end and tgt.start < p.end:
                return p, "event:target"
    trig = _token_at(doc, event.trigger.start) if doc is not None else None
    if trig is not None:
        for p in literal:
            tok = _token_at(doc, p.end - 1)
            if tok is not None and _attached(trig, tok):
                return p, "event:clause"
    if literal:
        mid = (event.trigger.start + event.trigger.end) / 2
        return min(literal, key=lambda p: (abs((p.start + p.end) / 2 - mid), p.start)), "event:sentence"
    if focus is not None:
        return focus, "event:document"
    return None, ""


def locate_events(doc, coded: CodedDocument, places: list[Place]) -> list[tuple[Place | None, str]]:
    focus = document_focus(places)
    sents = {s.index: (s.start, s.end) for s in coded.document.sentences}
    if not sents and doc is not None:
        sents = {i: (s.start_char, s.end_char) for i, s in enumerate(doc.sents)}
    return [locate_event(doc, ev, places, focus, sents.get(ev.sentence_index)) for ev in coded.events]
