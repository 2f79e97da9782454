"""The frame → event core both coders share (the parse coder in ``coder/``, the fast one in ``fast/``).

A coder finds a trigger, its actors and the words around it; from there the steps are the same: the first
refinement whose conditions hold gives the code (:func:`refine`), the modality is settled against the code
(:func:`settle`: announced cooperation becomes a CAMEO 03x intent, a report said to be unverified is marked
so, a speaker is not its own reporter) and :func:`make_event` writes the record; each coder then scores its
document's events with its learned confidence model (:mod:`tacitus.events.confidence`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from tacitus.events import modality as mod
from tacitus.events.cameo import CameoTable
from tacitus.events.lexicon import Entry, EventLexicon
from tacitus.events.triggers import Context
from tacitus.model import Actor, Document, Event, Trigger


def refine(entry: Entry, holds: Callable[[str, frozenset[str]], bool]) -> tuple[str, str]:
    """The code of the first refinement of ``entry`` whose conditions all hold (``holds(key, names)``),
    with a short description of the conditions; the entry's own code and "" when none holds."""
    for r in entry.refine:
        if all(holds(key, names) for key, names in r.conditions.items()):
            return r.code, ",".join(f"{k}={'|'.join(sorted(v))[:40]}" for k, v in r.conditions.items())
    return entry.code, ""


def context_holds(ctx: Context, key: str, names: frozenset[str], lex: EventLexicon) -> bool:
    """Whether a refinement condition holds in a trigger's context (both coders): the source's sector is
    one of ``names``, or a word of ``ctx``'s ``key`` (lower-case) is in one of the word classes ``names``."""
    words: set[str] = getattr(ctx, key)
    if key == "source_sector":
        return bool(words & names)
    return not lex.members(names).isdisjoint(words)


@dataclass(slots=True)
class Settled:
    """Code, refinement note, modality and reporter after :func:`settle`."""

    code: str
    refined: str
    modality: str
    reporter: Actor | None


#: the 13x threat of a hostile act its doer's side holds out (most specific first): "said it would detain
#: journalists if they publish", "warned the army could cut off the capital" (CAMEO 13: threats, coercive
#: warnings); the lexicon's own threat verbs code the same acts alike ("threatened to arrest" 137)
THREAT_OF = {
    "14": "133", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "173": "137", "174": "137", "175": "137", "18": "1383", "19": "138", "191": "1381", "192": "1382",
    "20": "1385",
}


def threat_of(code: str) -> str | None:
    """The 13x threat of the hostile act ``code`` (:data:`THREAT_OF`), or None for an act of no threat."""
    for n in (len(code), 3, 2):
        hit = THREAT_OF.get(code[:n])
        if hit is not None:
            return hit
    return None


def settle(lex: EventLexicon, code: str, refined: str, modality: str, reporter: Actor | None,
           source: Actor | None, unverified: Callable[[], bool], reported_future: bool = False,
           own_side: bool = False, held_out: bool = False) -> Settled:
    """Settle an event's code and modality: a speaker is not its own reporter; a reported fact said not
    to be verified is ``unverified`` (``unverified()`` tells, asked only for asserted or claimed events); a
    cooperative act announced for the future is coded as the CAMEO 03x intent to do it, a hostile one as
    the 13x threat of it (``reported_future``: a "would" in what was said, otherwise only a hypothesis —
    unless the speaker is of the doer's ``own_side``: "Beijing said it would fight back" is its threat). A
    hostile act the doer's own side ``held_out`` (on a condition, or as what it could do) is its threat."""
    if reporter is not None and source is not None and \
            (reporter.start, reporter.end) == (source.start, source.end):
        reporter = None
    if modality in (mod.ASSERTED, mod.CLAIMED) and unverified():
        modality = mod.UNVERIFIED
    threat = threat_of(code) if held_out and modality in (mod.FUTURE, mod.HYPOTHETICAL) else None
    if threat is not None:  # "said it would detain journalists if they publish the allegations"
        note = f"held-out:{code}→{threat}"
        return Settled(threat, f"{refined};{note}" if refined else note, mod.THREAT, reporter)
    if modality == mod.FUTURE:
        intent = lex.intent_code(code)
        if intent is not None and intent.startswith("13") and reported_future and not own_side:
            intent = None  # "analysts said Russia would attack": a forecast of the act, not its threat
        if intent is not None:
            note = f"future:{code}→{intent}"
            code, refined = intent, f"{refined};{note}" if refined else note
        elif reported_future and not own_side:  # "analysts said Russia would attack": a forecast
            modality = mod.HYPOTHETICAL
    return Settled(code, refined, modality, reporter)


def code_fields(cameo: CameoTable, code: str) -> dict:
    """What an event takes from its CAMEO code: the code, its root, QuadClass, Goldstein value and PLOVER
    type and mode."""
    plover_type, plover_mode = cameo.plover(code) or (None, None)
    return {"cameo": code, "root": cameo.root(code), "quad_class": cameo.quad_class(code),
            "goldstein": cameo.goldstein(code), "plover_type": plover_type, "plover_mode": plover_mode}


def make_event(document: Document, cameo: CameoTable, *, sentence_index: int, sentence: str,
               code: str, source: Actor | None, target: Actor | None, trigger: tuple[int, int],
               settled: Settled, reason: str, date: dt.date | None, date_text: str | None,
               confidence: float, rule: str) -> Event:
    """The event record: CAMEO attributes from the table, PLOVER type/mode, evidence and rule."""
    start, end = trigger
    return Event(
        doc_id=document.id, sentence_index=sentence_index, sentence=sentence, date=date, date_text=date_text,
        **code_fields(cameo, code), source=source, target=target,
        trigger=Trigger(text=document.text[start:end], start=start, end=end), modality=settled.modality,
        reported_by=settled.reporter, confidence=confidence, rule=f"{rule}; modality: {reason}",
    )


#: roots an analyst codes with one party: public statements (01: comments, admissions, declining to comment
#: are said to no one; 183 of the 2,656 news-gold dev events have no target, 128 of them of root 01)
ONE_PARTY_ROOTS = frozenset({"01"})


def incomplete(event: Event, one_party: bool = False) -> str | None:
    """Why an event lacks a party an analyst would need, or None. CAMEO events are dyadic (PETRARCH and ICEWS
    code an event only with both actors); on news-gold dev (217 pages) the events the coders made with no
    target were right 16 % of the time (19 of 117: most had the right root but missed whom it was aimed at),
    those with no source never (0 of 15). ``one_party`` keeps events with one party (their type is often
    right: for event-type detection, as the ConfliBERT and PLOVER suites score it), but not an assault on
    civilians by no one the story names ("a woman was injured in a break-in": a crime report; on news-gold
    dev, 10 such events, 1 right)."""
    if event.source is None and event.root == "18" and event.target is not None and \
            (event.target.sector or "")[:3] == "CVL":
        return "an assault on civilians by no one the story names"
    if one_party:
        return None
    if event.source is None:
        return "no source actor (no one the story names did it)"
    if event.target is None and event.root not in ONE_PARTY_ROOTS and not _denial_of_claims(event) and \
            not _forces_mobilized(event) and not _appeal_to_all_sides(event):
        return "no target actor (no one the story names it was aimed at)"
    return None


#: the rules of a call-up or a move of forces, an act of one party ("Russia mobilised 300,000 reservists",
#: "police were deployed to the capital", "put its forces on high alert"): coded with no one it aims at too
FORCES_MOBILIZED = ("verb:mobilize", "verb:call-up-forces", "verb:alert")


def _forces_mobilized(event: Event) -> bool:
    """A mobilization (15) whose target the text does not name: coded with its source alone (PLOVER's
    MOBILIZE is one side's act); forces stationed somewhere ("US troops stationed in Japan") are a state, not
    this act, and keep needing a target."""
    return event.root == "15" and event.rule.startswith(FORCES_MOBILIZED)


def _appeal_to_all_sides(event: Event) -> bool:
    """"Said all sides should show restraint": an appeal to every side of a dispute, coded with no target
    (coding guide: appeals to "all sides" are 020 with no target)."""
    return event.root == "02" and "+all-sides]" in event.rule


def _denial_of_claims(event: Event) -> bool:
    """"Israel has adamantly denied genocide allegations", "denied that its troops had crossed the border",
    "pushed back against the claims", "countered that …", "said its troops did not fire": a denial whose
    accuser the text does not name is coded without a target (coding guide: a rejection answers whoever made
    the claim, when named); rejecting a plan or an offer still needs whose it was."""
    return event.cameo == "120" and event.rule.startswith(("verb:deny-responsibility[obj=claims]",
                                                           "verb:deny-responsibility[obj=responsibility]",
                                                           "verb:deny-responsibility[clause=that]",
                                                           "verb:retort-claims",
                                                           "verb:retort-that[clause=that]",
                                                           "verb:statement[speech:denial]"))


#: roots of the acts whose author a story can name once for all ("she had been killed")
PERPETRATED_ROOTS = frozenset({"18", "19", "20"})
#: the sectors of a state's own side: a state's force that dominates a story's violence is not taken as the
#: author of what befell its own country's people (their foe's act, or a crime the story reports)
STATE_PERPETRATORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def blame_the_story_perpetrator(events: list[Event], cameo: CameoTable | None = None) -> None:
    """An agentless violent act ("she had been killed", "two girls were raped") in a story whose violent acts
    have one clear author (the source of most of them, at least twice, more than all others together) is
    that author's, as an analyst reads it; not when its victim is of the author's own side
    (:func:`_own_side`). Private people's crimes take no side: they are no author of the story's violence. A
    killing told with no doer, coded as a private person's, that a state force's story makes its own is of
    the kind of that force's acts ("officers shot Vassell … Vassell was killed": a shooting; ``cameo``)."""
    acts = [e for e in events if e.root in PERPETRATED_ROOTS and e.source is not None and e.source.country and
            e.modality != mod.NEGATED and (e.source.sector or "")[:3] != "CVL"]
    top = _dominant_code([_party(e.source) for e in acts])  # Hamas (PSEREBHMS) is of the PSEREB party
    if top is None:
        return
    author = Counter(e.source.code for e in acts if _party(e.source) == top).most_common(1)[0][0]
    author = next(e.source for e in acts if e.source.code == author)
    for e in events:
        if e.source is None and e.target is not None and e.root in PERPETRATED_ROOTS and \
                not _own_side(e.target, author, acts, events):
            e.source = replace(author, text="", start=e.trigger.start, end=e.trigger.start,
                               rule=f"{author.rule}+coref:perpetrator")
            kinds = {a.cameo for a in acts if a.source.code == author.code}
            if cameo is not None and e.root == "18" and (author.sector or "")[:3] in STATE_PERPETRATORS and \
                    len(kinds) == 1 and cameo.root(next(iter(kinds))) == "19":
                _recode(e, next(iter(kinds)), cameo)


def _recode(e: Event, code: str, cameo: CameoTable) -> None:
    """Give an event another CAMEO code, with the attributes the table gives it (:func:`code_fields`)."""
    for name, value in code_fields(cameo, code).items():
        setattr(e, name, value)


def blame_the_charged(events: list[Event], several: set[int] | None = None) -> None:
    """An agentless assault on a private person told in the sentence of someone's arrest or charge is that
    suspect's act, as police allege it (coding guide §7: claimed): "a teenager is facing an attempted murder
    charge after a woman was stabbed", "Smith was arrested after a man was shot". Not with two suspects in
    the sentence (``several``: ids of acts on one of several people named together, "arrested X and Y"),
    nor when the one charged is the victim himself."""
    for e in events:
        if e.source is not None or e.target is None or e.root not in PERPETRATED_ROOTS or \
                not _private(e.target) or e.modality not in (mod.ASSERTED, mod.CLAIMED):
            continue
        acts = [c for c in events if c.sentence_index == e.sentence_index and _on_a_suspect(c) and
                c.cameo[:3] != "171"]  # (not whom police seize things from)
        charged = {(c.target.person or c.target.text.lower(), c.target.code): c.target for c in acts}
        if len(charged) != 1 or any(id(c) in (several or ()) for c in acts):
            continue
        suspect = next(iter(charged.values()))
        if (suspect.start, suspect.end) == (e.target.start, e.target.end) or \
                (suspect.person and suspect.person == e.target.person):
            continue
        e.source = replace(suspect, text="", start=e.trigger.start, end=e.trigger.start,
                           rule=f"{suspect.rule}+coref:charged")
        e.modality = mod.CLAIMED


#: words of a trigger that convicts or sentences its target ("was sentenced", "gets 15 years", "guilty");
#: an arrest, a charge or a remand leaves a defendant a civilian (guide §5: people charged stay CVL), and so
#: does a jailing with no verdict told ("her sister had been imprisoned for challenging the authorities")
CONVICTING_WORDS = frozenset({"sentence", "sentenced", "sentences", "sentencing", "convicted", "convict",
                              "guilty", "years", "months"})
#: triggers that undo a conviction: the people of such a story are no criminals
EXONERATING_WORDS = frozenset({"exonerated", "exonerates", "exonerate", "acquitted", "acquits", "acquit",
                               "overturned", "overturns", "overturn", "quashed", "quash", "pardoned",
                               "pardon", "vacated", "vacate"})


def give_the_suspect_his_country(events: list[Event]) -> None:
    """The private person police and courts act on is of the country the story gives him, in every act on
    him: "Gomez, a native of Mexico, was arrested" makes "a Danbury stonework mason was arraigned" (him,
    told before his name) Mexican, not a local of the place. Only in a story of one suspect, named once, whose
    country it states (not "Smith and Ruiz, a Mexican national", nor the victim's: "charged with the murder of
    a Japanese man")."""
    acts = [e for e in events if _on_a_suspect(e)]
    told = {e.target.country for e in acts if _country_told(e.target) and
            e.target.country not in (None, e.source.country)}
    # the people named in full ("Rafael Gomez"; a headline's lone "Mason" may be no name), by surname
    names = {e.target.person.split()[-1] for e in acts
             if e.target.person and len(e.target.person.split()) > 1}
    if len(told) != 1 or len(names) > 1:
        return
    country = next(iter(told))
    for e in acts:
        a = e.target
        if "+inherit:" in a.rule and not a.rule.startswith("implied:") and not _country_told(a) and \
                a.country != country and e.cameo[:3] != "171":  # (not whom police seize things from)
            e.target = replace(a, code=f"{country}{a.code[3:]}", country=country, rule=f"{a.rule}+suspect")


def _on_a_suspect(e: Event) -> bool:
    """A police or court act (arrest, charge, ruling) done to a private person."""
    if not (e.root == "17" or e.cameo[:3] == "116") or e.source is None or e.target is None or \
            (e.source.sector or "")[:3] not in ("COP", "JUD") or \
            e.modality in (mod.NEGATED, mod.HYPOTHETICAL):
        return False
    # (a person named only by his country: "a French national" was charged)
    return (e.target.sector or "")[:3] in ("CVL", "CRM", "REF") or \
        (not e.target.sector and e.target.code == e.target.country and _country_told(e.target))


def _country_told(a: Actor) -> bool:
    """The text states the person's country: "a native of Mexico", "a French national", "Kenyan citizens"."""
    return "origin:" in a.rule or "demonym" in a.rule or \
        any(w in a.text.lower().split() for w in ("national", "nationals", "citizen", "citizens", "native"))


def mark_the_convicted(events: list[Event]) -> None:
    """Convicted people are criminals (CRM) for the whole story, their earlier arrest included (guide §5):
    the private person a sentence or a guilty verdict befalls, and every mention of the same named person.
    Not in a story of convictions undone ("a court exonerated four women convicted in the 1990s")."""
    if any(w in EXONERATING_WORDS for e in events for w in e.trigger.text.lower().split()):
        return
    convicted = [e.target for e in events if e.target is not None and e.cameo[:3] in ("173", "116") and
                 e.modality not in (mod.NEGATED, mod.HYPOTHETICAL) and _convicts(e.trigger.text) and
                 _private(e.target)]
    names = {a.person for a in convicted if a.person}
    for e in events:
        for role in ("source", "target"):
            a = getattr(e, role)
            if a is not None and _private(a) and (a.person in names or any(a is c for c in convicted)):
                setattr(e, role, replace(a, code=f"{a.code[:-3]}CRM", sector="CRM"))


def _convicts(trigger: str) -> bool:
    return any(w in CONVICTING_WORDS for w in trigger.lower().split())


def _private(actor) -> bool:
    return actor.sector == "CVL" and actor.code.endswith("CVL")


def _own_side(victim: Actor, author: Actor, acts: list[Event], events: list[Event]) -> bool:
    """Whether a victim is of the story perpetrator's own side: of its country, unless the story's violence
    is all within one country and the perpetrator is no state force ("the Tigers bombed the shrine … scores
    were injured, including a minister": the insurgents' act; "a gunman shot at officers … a deputy was
    wounded"), when only its own party (country and sector) is; or the perpetrator is the police, the
    victim a private person, and all the story's violence told with a doer is theirs (a police shooting:
    "officers shot Vassell … Vassell was killed")."""
    if victim.country != author.country:
        return False
    domestic = all(e.source.country == author.country and
                   (e.target is None or e.target.country in (None, author.country)) for e in acts)
    sector = (author.sector or "")[:3]
    if domestic and sector == "COP" and (victim.sector or "")[:3] in ("CVL", "CRM"):
        done = [e for e in events if e.root in PERPETRATED_ROOTS and e.source is not None]
        return any(_party(e.source) != _party(author) for e in done)
    if not domestic or sector in STATE_PERPETRATORS or not author.sector:
        return True
    return _party(victim) == _party(author)


def _party(actor) -> str:
    """Country and sector of an actor's code, the party its acts are counted for."""
    return f"{actor.country}{(actor.sector or '')[:3]}"


def _dominant_code(codes: list[str]) -> str | None:
    """The code at least twice and more often than all others together."""
    counts = Counter(codes)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= 2 and n * 2 > len(codes) else None
