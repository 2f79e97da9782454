"""Who the parties of an event are, read off the parse around a trigger: holders of places and objectives,
owners of things, quantities of people, the country a sector inherits from its sentence or the document, and
whether a participant makes an act political, armed or the answer to an accusation. Used by both coders."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from tacitus.actors.places import outlet_country, subdivision_country, town_countries
from tacitus.actors.resolver import (
    ATTACKER_NOUNS,
    GUESSED_ORG,
    ORG_SECTOR_WORDS,
    ORIGIN_NOUNS,
    OWN_COUNTRY,
    UNKNOWN_ORG,
    ActorResolver,
    american_local_news,
)
from tacitus.events import modality as mod
from tacitus.events.domain import POLITICAL_SECTORS
from tacitus.events.syntax import agent, first_child, is_passive, pobj_of, subject
from tacitus.model import Actor
from tacitus.nlp.doctext import doc_text
from tacitus.nlp.inflect import looks_plural, singular


class ActorLookup(Protocol):
    """What the coder needs from the actor stage (tacitus.actors.DocumentActors)."""

    def for_token(self, token: Token) -> Actor | None: ...

    def country_for_token(self, token: Token) -> str | None: ...

    def country_of_word(self, token: Token) -> str | None: ...

    def origin_of(self, person: Token) -> str | None: ...

    def company_at(self, token: Token) -> bool: ...


#: sectors that make an event political on their own: the state, politics and force (the domain gate's
#: set), and the organised society that politics acts on and with
PARTICIPANT_SECTORS = POLITICAL_SECTORS | {"NGO", "REF", "LAB", "REL", "CRM"}
NATIONLESS_SECTORS = frozenset({"IGO", "NGO", "MNC", "IMG", "WST"})

# an unknown group named with these words works across borders ("aid agencies", "international monitors")
INTERNATIONAL_GROUP_WORDS = frozenset({"aid", "humanitarian", "relief", "international", "global", "world",
                                       "agencies", "agency", "ngos", "charities"})
# sectors whose nationality says little about the people they report on or help ("RT reported …")
OUTSIDER_SECTORS = frozenset({"MED", "NGO", "IGO", "BUS"})


#: sectors that do not wage war: their "attacks" are words
UNARMED_SECTORS = frozenset({"LEG", "ELI", "PTY", "CVL", "MED", "BUS", "EDU", "NGO", "JUD", "OPP", "HLH",
                             "LAB",
                             "REL", "IGO", "WST"})


def political(actor: Actor | None) -> bool:
    """A participant that makes an act political: a state, an organisation of politics or force."""
    if actor is None or actor.rule == "place:country":  # a place visited is not a participant
        return False
    sector = (actor.sector or "")[:3]
    if not sector:  # a state as such ("Russia"); the unnamed accusers of "was accused of lying", whose
        return bool(actor.country or actor.code) or actor.rule == IMPLIED_ACCUSER  # blame is public
    return sector in PARTICIPANT_SECTORS or (actor.code or "").startswith(("IGO", "IMG", "NGO", "WST")) or \
        public_service(actor)


def named_company(actor: Actor | None) -> bool:
    """A company the story names ("Uber", "Acme Corp.", then "the firm"), not a name guessed to be a firm's
    for want of a word saying what it is, nor businesses at large ("schools, businesses and families")."""
    return actor is not None and actor.sector == "BUS" and not actor.person and \
        actor.rule.startswith(("org:", "phoenix:org:", "coref:definite")) and \
        not actor.rule.startswith(GUESSED_ORG)


#: words that make a health or school actor part of the state ("the health ministry", "chief medical officer")
STATE_BODY_WORDS = frozenset({"ministry", "minister", "department", "official", "officials", "officer",
                              "authority", "authorities", "executive", "secretary", "agency", "commissioner"})


def public_service(actor: Actor | None) -> bool:
    """A health actor that is an office of the state (its ministry, officials, chief medical officer), not a
    doctor or a hospital: its statements and acts are political."""
    if actor is None or (actor.sector or "")[:3] != "HLH":
        return False
    return bool(STATE_BODY_WORDS & set(actor.text.lower().replace("-", " ").split()))


def unarmed(source: Actor | None) -> bool:
    """A source whose conflict verbs are verbal: an unarmed sector, or a named civilian or official."""
    if source is None:
        return False
    sector = (source.sector or "")[:3]
    if sector in ("MIL", "REB", "COP", "SPY", "CRM", "IMG"):
        return False
    return sector in UNARMED_SECTORS or source.person is not None


def document_focus(actors: ActorLookup, doc: Doc | None = None, url: str | None = None) -> str | None:
    """The country most actor mentions of the document belong to, when one clearly dominates; else, given
    the parse, the country most of its places are in ("South Warnborough, Hampshire", "the O2 Arena");
    else the United States for American local news (its counties, sheriffs and grand juries); else the
    country of the outlet's domain (``outlet_country``), unless the story names several other countries;
    else, for a story that names few countries, the country of the place its headline or lead opens with."""
    text = doc_text(doc) if doc is not None else ""
    named = [a.country for a in getattr(actors, "mentions", [])  # not "Google", "Huawei"
             if (a.sector or "")[:3] != "BUS" and not _nationality_of_someone(a) and
             not _origin_of_someone(a, text) and not _names_a_topic(a, doc, actors)]
    focus = _dominant(named)
    places: Counter = Counter()
    if focus is None and doc is not None:
        places = story_places(doc, actors)
        focus = _dominant(list(places.elements())) or \
            _beyond_the_dateline(dateline_country(doc_text(doc)), places)
    # local news that names no country: "Henderson County Sheriff's Department", a grand jury
    # (before the outlet's country: the BBC's story of a Suffolk County, New York, murder is American)
    if focus or (doc is not None and american_local_news(doc)):
        return focus or "USA"
    outlet = outlet_country(url)
    if outlet is None and doc is not None and sum(1 for c in named if c) < 3:
        return _lead_place(doc, actors)  # (a story that names several countries is about them)
    elsewhere = {c for c in named if c} | set(places)
    if outlet not in elsewhere and len(elsewhere) > 1:
        return None  # msf.ie's story of refugees in Greece, Turkey and Iraq is no Irish story
    return outlet


def _beyond_the_dateline(dateline: str | None, places: Counter) -> str | None:
    """The dateline's country, unless the story names places of another country more often (a bureau's
    dateline: "BEIRUT —" over a story of Aleppo and Idlib is Syria's story)."""
    ranked = [(c, n) for c, n in places.most_common() if c != dateline]
    if dateline is not None and ranked and ranked[0][1] >= 2 and ranked[0][1] > places.get(dateline, 0) and \
            (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return dateline


#: a dateline's town before its state or province: "CHARLESTON, W.Va. --", "LONDON, Ky. (WKYT) -"
DATELINE_TOWN = re.compile(r"\b[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3},")


def dateline_country(text: str) -> str | None:
    """The country of the state or province after a town in the text's first lines, as a dateline writes it
    ("CHARLESTON, W.Va. --" → USA), or of a town in capitals before the dash ("ST. PAUL --") when the
    gazetteer knows it in one country only: local news names its town once, there, and never its country."""
    for m in DATELINE_TOWN.finditer(text[:600]):
        country = subdivision_country(text[m.end():m.end() + 24]) or _dateline_state(text, m.end())
        if country is not None:
            return country
    m = DATELINE_CAPITALS.search(text[:400])
    towns = town_countries(m.group(1).title()) if m else frozenset()
    return next(iter(towns)) if len(towns) == 1 else None


#: a country after a dateline's town, before the dash: "ST CATHERINE, Jamaica —", "BOGOTA, Colombia (AP) -"
DATELINE_STATE = re.compile(r" ?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: \([A-Za-z ]+\))? ?(?:--|—|–|-(?= ))")


def _dateline_state(text: str, at: int) -> str | None:
    """The country of a dateline's town written with its country ("KINGSTON, Jamaica —"): foreign datelines
    name the country once, there, and local people of the story are its."""
    m = DATELINE_STATE.match(text, at)
    return ActorResolver.default().places.named_country(m.group(1)) if m else None


#: a dateline of a town in capitals: "ST. PAUL -- No matter …", "CROMWELL — Police thought …", "ATLANTA - A"
DATELINE_CAPITALS = re.compile(r"(?:^|[.!?] )([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}) (?:--|—|–|-(?= ))")


def unknown_attackers(actor: Actor | None) -> bool:
    """"A gunman", "the terrorists", "unknown assailants": attackers named only by their deed."""
    words = actor.text.lower().split() if actor is not None and not actor.country and not actor.person else []
    return bool(words) and words[-1] in ATTACKER_NOUNS


def _origin_of_someone(a: Actor, text: str) -> bool:
    """Where a private person is from ("Jose Gomez, a native of Mexico", and Gomez again): not what the
    story is about."""
    if "origin:" in a.rule:
        return True
    return bool(text) and ORIGIN.search(text, max(0, a.start - 24), a.start) is not None


def _names_a_topic(a: Actor, doc: Doc | None, actors: ActorLookup) -> bool:
    """A bare country naming a subject ("their Rwanda website", "the Iraq war"): what the story is about, not
    one of its actors, nor where it happens."""
    if doc is None or a.sector or a.person or not a.country:
        return False
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and _topic_modifier(span, actors)


#: nouns a country name modifies as a place ("a US state", "the Syria border"), not as a topic
PLACE_HEADS = frozenset({"state", "states", "area", "region", "border", "borders", "coast", "side",
                         "province", "city", "capital", "countryside", "frontier", "mainland", "territory",
                         "soil"})


def _topic_modifier(span: Span, actors: ActorLookup) -> bool:
    """A country's name modifying a common noun that names no one and no place ("Rwanda" in "their Rwanda
    website", "the Iraq war"; not "a Texas man", "U.S. officials", "a US state", "the Sacramento area")."""
    head = span.root.head
    if span.root.dep_ != "compound" or head.pos_ != "NOUN" or head.i < span.end or \
            head.lemma_.lower() in PLACE_HEADS or actors.for_token(head) is not None:
        return False
    country = actors.for_token(span.root)
    return country is not None and country.rule.startswith("country:") and not country.sector


def _nationality_of_someone(a: Actor) -> bool:
    """A person's nationality ("Eric Miller, an American", "a Briton"): where someone is from, not what the
    story is about."""
    return a.rule.startswith("demonym:") and not a.sector


def story_places(doc: Doc, actors: ActorLookup) -> Counter:
    """How often the document names a place of each country (a state or province too: "Fla.")."""
    return Counter(c for c in (_place_country(e, actors) for e in doc.ents
                               if e.label_ in ("GPE", "LOC", "FAC") and not _topic_modifier(e, actors)) if c)


def _place_country(ent: Span, actors: ActorLookup) -> str | None:
    """The country of a place entity: what the actor lookup knows, else the country of a state it names."""
    if _company_name(ent, actors):
        return None
    return actors.country_for_token(ent.root) or (_state_country(ent) if ent.label_ == "GPE" else None)


def _state_country(ent: Span) -> str | None:
    """The country of a state or province named by the entity, in full or abbreviated ("Fla." → USA)."""
    return subdivision_country(" " + ent.text)


def _origin_phrase(ent: Span) -> bool:
    """Where someone is from, not where the story is: "New Zealand national", "a native of Mexico"."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return after in ORIGIN_NOUNS or ORIGIN.search(doc_text(doc), max(0, ent.start_char - 24),
                                                  ent.start_char) is not None


def _lead_place(doc: Doc, actors: ActorLookup) -> str | None:
    """The country of the first town or state the headline or the first sentence names, when it lies in one
    country only ("Miami man gets 17 years in iPod scheme"): news opens where it happens."""
    lead = list(doc.sents)[:2]
    end = lead[-1].end_char if lead else 0
    for e in doc.ents:
        if e.start_char >= end:
            break
        if e.label_ != "GPE" or _origin_phrase(e) or _company_name(e, actors):
            continue
        # a town or a state (a country named first is as often whom the story is about)
        towns, named = town_countries(e.text), actors.country_for_token(e.root)
        if len(towns) == 1 and named in towns:
            return named
        if not towns and (state := _state_country(e)):
            return state
    return None


def struck_country(attacker: str, places: set[str], story: Counter) -> set[str]:
    """Whose people an attacker's unnamed victims are: of the place the sentence names ("killed 20
    civilians in Gaza"; its own country's when that is the only one), else of the place the ``story``
    names most, when it is not the attacker's own ("Israel's campaign killed thousands of children" in a
    story set in Gaza); empty when unclear."""
    if places:
        others = places - {attacker}
        return others if len(others) == 1 else (places if not others else set())
    ranked = [(c, n) for c, n in story.most_common() if c != attacker]
    clear = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    return {ranked[0][0]} if clear else set()


def implied(sector: str | None, country: str | None, at: int, why: str) -> Actor:
    """An actor the sentence does not name but its act implies (no text, at offset ``at``): the prosecutors of
    "was indicted", the government an appeal is made of; ``rule`` is ``implied:<why>``."""
    return Actor(text="", code=(country or "") + (sector or ""), country=country, sector=sector, start=at,
                 end=at, rule=f"implied:{why}")


#: entries of an accusation told without its accusers ("is accused of stabbing", "was accused of lying")
UNNAMED_ACCUSATIONS = frozenset({"accused-of-a-crime", "accused-of-a-deed"})
#: the authorities whose accusation an unnamed one is read as (coding guide: "by the police or prosecution")
ACCUSING_AUTHORITIES = ("COP", "JUD")
#: the rule of an implied accuser of no known sector: he takes the country of his sentence or story
IMPLIED_ACCUSER = "implied:accuser"


def accuser_sector(verb: Token, mentions: Iterable[Actor]) -> str | None:
    """The sector of the unnamed accuser of "X is accused of Y": the police or the prosecution the sentence
    names ("police arrested two men accused of …"), else the one of them the story names; the prosecution
    when the story names both; none when it names neither ("was accused of plagiarising his students'
    work" in a story of no police or court: whoever accuses is not told)."""
    sent = verb.sent
    here, story = set(), set()
    for a in mentions:
        sector = (a.sector or "")[:3]
        if sector in ACCUSING_AUTHORITIES:
            story.add(sector)
            if sent.start_char <= a.start < sent.end_char:
                here.add(sector)
    for found in (here, story):
        if len(found) == 1:
            return next(iter(found))
    return "JUD" if story else None


def struck_place(country: str, at: int) -> Actor:
    """The country an attack with no named target struck (its sector unknown)."""
    return implied(None, country, at, "struck")


def _dominant(countries: list[str | None]) -> str | None:
    """The country named at least twice and more often than all others together."""
    counts: dict[str, int] = {}
    for c in countries:
        if c:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    return top if n >= 2 and n * 2 > sum(counts.values()) else None


def split_coordinated_countries(tok: Token | None, actor: Actor | None,
                                 actors: ActorLookup) -> list[tuple[Token | None, Actor | None]]:
    """"Russian and Syrian aircraft" → one RUSMIL and one SYRMIL actor."""
    if tok is None or actor is None or not actor.country or not actor.sector:
        return [(tok, actor)]
    out = [(tok, actor)]
    for adj in tok.children:
        if adj.dep_ != "amod":
            continue
        for conj in (adj, *adj.conjuncts):
            country = actors.country_of_word(conj)
            if country and country != actor.country and conj.ent_type_ in ("NORP", "GPE"):
                out.append((tok, Actor(text=actor.text, code=country + actor.sector, country=country,
                                       sector=actor.sector, start=actor.start, end=actor.end,
                                       rule=f"{actor.rule}+coordinated:{conj.text}", person=None)))
    return out


def sentence_countries(sent: Span, actors: ActorLookup) -> set[str]:
    mentions = getattr(actors, "mentions", [])
    # only countries named as such (not the country of another sectored actor such as "RT")
    text, at = sent.text, sent.start_char
    return {
        a.country
        for a in mentions
        if a.country
        and ((a.sector or "") not in OUTSIDER_SECTORS or _nationality_named(a))
        and sent.start_char <= a.start < sent.end_char
        and not ORIGIN.search(text, max(0, a.start - at - 24), a.start - at)
        and not ((a.sector or "")[:3] == "CVL" and (a.person or _nationality_in(sent, a, actors)))
        and not came_from_abroad(a)  # ("police arrested six Afghan migrants in Calais": no Afghan police)
        and not (_nationality_of_someone(a) and
                 (a.person or SOMEONE_OF.search(text, max(0, a.start - at - 4), a.start - at)))
        and not _owner_of_a_thing(sent, a, actors)
        and not _named_elsewhere(sent, a)
    }


def _nationality_named(a: Actor) -> bool:
    """A company whose name says its country ("British Airways", "Bank of China"): the sentence names that
    country, as it does in "British workers" (not "New Zealand national Campbell Paterson", a name the parser
    took for a body's, nor "Toyota")."""
    if a.sector != "BUS":
        return False
    if a.rule.endswith("+" + OWN_COUNTRY):
        return True
    words = a.text.lower().split()
    return a.rule.startswith(UNKNOWN_ORG + "+") and ("+demonym:" in a.rule or "+country:" in a.rule) and \
        bool(words) and words[-1] in ORG_SECTOR_WORDS["BUS"]


def _named_elsewhere(sent: Span, a: Actor) -> bool:
    """A country named as where someone is sent or goes ("expelled to Turkey") or in what a question or a talk
    is about ("questioned about his resort in Scotland"), not where the act was."""
    if a.sector or not isinstance(sent, Span):  # (the fast coder's sentences have no parse)
        return False
    tok = next((t for t in sent if t.idx == a.start), None)
    return tok is not None and _elsewhere(tok)


def _elsewhere(tok: Token) -> bool:
    """A place named as a destination or inside a topic: not where the sentence's act happened."""
    return destination(tok) or topic_place(tok)


def _owner_of_a_thing(sent: Span, a: Actor, actors: ActorLookup) -> bool:
    """A country named as the owner of a thing that is no actor ("iPod sales to Chile's Ripley department
    store chain"): where the thing is from, not where the sentence happens."""
    if a.sector or not isinstance(sent, Span):  # (the fast coder's sentences have no parse)
        return False
    tok = next((t for t in sent if t.idx == a.start), None)
    if tok is None or tok.dep_ != "poss" or tok.head.pos_ != "NOUN":
        return False
    return actors.for_token(tok.head) is None


#: a country named as where someone comes from, not where the sentence happens ("Gomez, a native of Mexico,
#: was arrested by Danbury police": American police)
ORIGIN = re.compile(r"\b(?:natives?|citizens?|nationals?|born) (?:of|in) (?:the )?$", re.IGNORECASE)


#: a nationality said of one person ("Eric Anthony Miller, an American"): where a victim is from
SOMEONE_OF = re.compile(r"\ban? $", re.IGNORECASE)


def _nationality_in(sent: Span, a: Actor, actors: ActorLookup | None = None) -> bool:
    """The mention names a nationality ("British tourists", "a British citizen", "a German-Iraqi boy" the
    parser took for a name), not a town ("a Regina teenager"): a private person's country is where they are
    from, not where the sentence happens."""
    return any(t.ent_type_ == "NORP" or (
        actors is not None and t.dep_ == "amod" and t.pos_ == "ADJ" and t.text[:1].isupper() and
        actors.country_of_word(t) is not None) for t in sent if a.start <= t.idx < a.end)


CLAIM_ROOTS = frozenset({"10", "11", "13"})
#: what a rejection of a request, an offer or a proposal answers besides a claim: an appeal (02), offer (03)
REQUEST_ROOTS = frozenset({"02", "03"})
#: the objects that make a rejection the answer to a request, an offer or a proposal ("turned down the offer")
REQUEST_WORDS = frozenset({"request", "requests", "offer", "offers", "proposal", "proposals", "bid", "bids",
                           "plea", "pleas", "invitation", "invitations", "overture", "overtures"})


def relative_clause_tokens(tok: Token) -> set[int]:
    """Indices of the relative clauses inside ``tok``'s phrase: they are asserted, not part of a demand; so
    is a participle with its own agent ("blamed Russia for the attack, a charge denied by the Kremlin")."""
    return {t.i for c in tok.subtree if c.dep_ == "relcl" or _reduced_relative(c) for t in c.subtree}


def _reduced_relative(tok: Token) -> bool:
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def accuser_of(source: Actor | None, claims: list[tuple[int, str, Actor | None, Actor | None]], index: int,
               window: int = 2, roots: frozenset[str] = CLAIM_ROOTS) -> Actor | None:
    """Whom a rejection or denial answers: the source of the latest demand, criticism or accusation aimed
    at ``source`` in this sentence or the ``window`` before ("… which she denies", "rejected the claims").
    ``claims``: (sentence index, root, source, target) of the events so far, in order; ``roots``: the roots
    that count as what is answered (with ``REQUEST_ROOTS`` for "turned down the offer")."""
    if source is None:
        return None
    for sentence, root, src, tgt in reversed(claims):
        if sentence < index - window:
            break
        if root in roots and tgt is not None and src is not None and same_party(tgt, source):
            return replace(src, rule=f"{src.rule}+coref:accuser")
    return None


def party_sued_before(source: Actor | None, earlier: list[tuple[str, Actor | None, Actor | None]],
                      defendants: Iterable[Actor] = ()) -> Actor | None:
    """Whom a lawsuit with no defendant in its sentence ("Kim sued this week", "the lawsuit was filed by 10
    people") is aimed at: the one party the story told the same plaintiff sued, or a court cleared of the
    case's claims (``defendants``); none when the story names no such party or several. ``earlier``: (code,
    source, target) of the events so far."""
    if source is None:
        return None
    sued = [tgt for code, src, tgt in earlier
            if code == "115" and src is not None and tgt is not None and same_party(src, source)]
    sued += [d for d in defendants if not same_party(d, source)]
    if not sued or len({tgt.code for tgt in sued}) > 1:
        return None
    last = sued[-1]
    return last if last.rule.endswith("+coref:sued") else replace(last, rule=f"{last.rule}+coref:sued")


def one_actor(a: Actor, b: Actor) -> bool:
    """An actor is not its own target: the same code, unless two different named persons or two differently
    named parties hold it, or two private people described apart ("the man robbed a woman")."""
    return a.code == b.code and not (a.person and b.person and not _same_name(a.person, b.person)) and \
        not rivals(a, b) and not _two_private_people(a, b)


def _two_private_people(a: Actor, b: Actor) -> bool:
    """("police say he tried to rob a woman": "he" is the man described before, not the woman)"""
    corefs = [x.rule for x in (a, b) if x.rule.startswith("coref")]
    return (a.sector or "")[:3] == (b.sector or "")[:3] == "CVL" and a.text.lower() != b.text.lower() and \
        (not corefs or corefs == ["coref:described"])


def _same_name(x: str, y: str) -> bool:
    """"Trump" and "Donald Trump" name one person; "Peter Smith" and "Paul Smith" two."""
    xs, ys = x.lower().split(), y.lower().split()
    short, long_ = sorted((xs, ys), key=len)
    return long_[len(long_) - len(short):] == short


def same_person(a: Actor, b: Actor) -> bool:
    """Two mentions of one named person ("Trump" … "Donald Trump"; not "Peter Smith" and "Paul Smith")."""
    return bool(a.person and b.person) and _same_name(a.person, b.person)


def same_party(a: Actor, b: Actor) -> bool:
    """The same actor seen twice: the same named person, else the same code."""
    if a.person and b.person:
        return a.person.split()[-1] == b.person.split()[-1]
    if a.country and a.country == b.country and (not a.sector or not b.sector):
        return True  # a state and its government: "accused Russia" … "the Kremlin rejected"
    if _holder_and_own_body(a, b) or _holder_and_own_body(b, a):
        return True  # "Education Minister Smith" … "the Government": the one he serves
    return bool(a.code) and a.code == b.code and not rivals(a, b)


def _holder_and_own_body(a: Actor, b: Actor) -> bool:
    """A named office holder whose country the text has not said yet and a body of his sector named by
    the noun of a body he serves ("Education Minister Smith says the Government is aware …": his own)."""
    return bool(a.person) and not a.country and not b.person and bool(a.sector) and a.sector == b.sector \
        and _head_noun(b.text) in OWN_BODIES


def rivals(a: Actor, b: Actor) -> bool:
    """Two bodies of one code named differently: "Republicans accused Democrats", "Labour and the SNP",
    "CNN criticized The New York Times", "the mayor met the governor", "Texas sued Washington"; a pronoun
    or a quote's "we" is read by the title its antecedent was named by ("Gov. Pell said: 'we …'")."""
    a, b = _as_named(a), _as_named(b)
    named = ("metonym:", "org:", "agent:", "carry:group")
    if (a.sector or "")[:3] == "PTY" == (b.sector or "")[:3] and a.rule != b.rule and \
            a.rule.startswith(named) and b.rule.startswith(named) and _other_name(a.text, b.text):
        return True  # ("Labour criticised the Conservative Party")
    if _holder(a) or _holder(b):
        return _office_holder_and_another_office(a, b) or _office_holder_and_another_office(b, a) or \
            _person_and_others(a, b) or _person_and_others(b, a)
    if a.rule.startswith("region:") != b.rule.startswith("region:") or \
            (a.rule.startswith("region:") and a.rule != b.rule):
        return True  # "California sued the Trump administration": a state and the federal government
    if a.rule.startswith("org:") and b.rule.startswith("org:"):
        return _other_name(a.text, b.text)
    if a.rule.split("+")[0] == b.rule.split("+")[0] == "agent:local-government" and \
            _head_noun(a.text) != _head_noun(b.text):
        return True  # "the city sued the county": two local governments
    if a.rule == b.rule and a.rule.startswith("agent:") and _other_name(_names(a.text), _names(b.text)):
        return True  # "the Bush administration blamed the Clinton administration"
    if _carried_office(a) or _carried_office(b):
        return _two_offices(a, b)
    return a.rule.startswith("agent:") and b.rule.startswith("agent:") and \
        a.rule.split("+")[0] != b.rule.split("+")[0]


def _as_named(a: Actor) -> Actor:
    """A mention coreference carried from a titled antecedent, read by the antecedent's naming rule."""
    return replace(a, rule=a.title) if a.title and a.rule.startswith(("coref:", "carry:person")) else a


def _holder(a: Actor) -> bool:
    """A named person, or a mention carried from a person named with his title (the "we" of his quote)."""
    return bool(a.person) or (a.title or "").startswith(("title:", "phoenix:title:"))


def _carried_office(a: Actor) -> bool:
    """An office the story's country was carried to ("the mayor of Columbus" in a US story)."""
    return a.rule.startswith("carry:group+")


def _two_offices(a: Actor, b: Actor) -> bool:
    """Two public offices named by different nouns ("the governor" and "the mayor"), not an office and the
    body it heads or speaks for ("the mayor" … "the city")."""
    x, y = _office(a), _office(b)
    return x is not None and y is not None and x != y and x not in OWN_BODIES and y not in OWN_BODIES


#: bodies an office holder heads or speaks for: "the mayor … the city", "Gov. Kemp … the state" are one actor
OWN_BODIES = frozenset({"local-government", "public-officials", "government", "administration", "authorities",
                        "officials", "official", "cabinet", "ministry", "department", "agency"})


def _office(a: Actor) -> str | None:
    """The agent noun an actor is named by ("agent:county commission", "phoenix:agent:city manager")."""
    rule = a.rule.removeprefix("carry:group+").split("+")[0].removeprefix("phoenix:")
    return rule.removeprefix("agent:") if rule.startswith("agent:") else None


def _office_holder_and_another_office(a: Actor, b: Actor) -> bool:
    """A named holder of one local office and another office or body of the same code named by its own noun
    are two actors: "First Selectman Ruth Calder criticized the governor", "Councilman Pickle questioned the
    city manager" (not "the mayor … the city": the body he heads)."""
    title = a.rule.split("+")[0].removeprefix("phoenix:")
    if _holder(a) and not b.person and b.rule.startswith("metonym:") and \
            title.removeprefix("title:") in SUBNATIONAL_TITLES:
        return True  # "Ohio Gov. Mike DeWine criticized the White House": a state's and the nation's seats
    other = _office(b)
    return _holder(a) and not b.person and title.startswith(("title:", "agent:")) and \
        (a.sector or "")[:3] in CIVIC_OFFICES and other is not None and other not in OWN_BODIES and \
        _full_title(title.split(":", 1)[1]) != _full_title(other)


#: titles written short before a name and the office noun they abbreviate ("Gov. Culver" … "the governor")
SHORT_TITLES = {"gov.": "governor", "lt. gov.": "lieutenant governor", "sen.": "senator",
                "rep.": "representative", "supt.": "superintendent", "comm.": "commissioner"}


def _full_title(word: str) -> str:
    """The office noun a title names, written out ("gov." → "governor")."""
    return SHORT_TITLES.get(word, word)


#: people a leader speaks or acts through, his own side: "the president and his aides" are one actor
OWN_PEOPLE = frozenset({"officials", "aides", "staff", "staffers", "advisers", "advisors", "spokesmen",
                        "spokespeople", "supporters", "allies", "loyalists", "representatives", "deputies",
                        "people", "members"})


def _person_and_others(a: Actor, b: Actor) -> bool:
    """A named holder of an office and other holders of an office of the same code named by a plural noun
    are two actors: "Medvedev dismissed four governors", "the governor praised the firefighters" (not "the
    president and his aides": his own side)."""
    word = b.text.split()[-1].lower() if b.text.split() else ""
    return bool(a.person) and not b.person and (a.sector or "")[:3] in CIVIC_OFFICES and \
        looks_plural(word) and not word.endswith(("'s", "’s")) and word not in OWN_PEOPLE \
        and _head_noun(word) not in OWN_BODIES


#: sectors of the elected and appointed offices of a town, a county or a state (not a court's judge and its
#: prosecution: "Judge Cannon called the prosecution's request unrealistic" is one court case's parties)
CIVIC_OFFICES = frozenset({"GOV", "LEG", "EDU"})
#: titles of a state's, a province's or a town's executive, never the nation's: its seat named by a metonym
#: ("the White House", "Downing Street", "Ottawa") is another party
SUBNATIONAL_TITLES = frozenset({"gov.", "governor", "lt. gov.", "lieutenant governor", "mayor",
                                "deputy mayor", "first selectman", "selectman", "county executive",
                                "county judge"})


def _head_noun(text: str) -> str:
    """The singular last word of a mention ("county" of "the counties")."""
    return singular(text.split()[-1].lower()) if text.split() else ""


def _names(text: str) -> str:
    """The capitalised words of a mention ("Clinton" of "the Clinton administration")."""
    return " ".join(w for w in text.split()[:-1] if w[:1].isupper() and w.lower() != "the")


def _other_name(x: str, y: str) -> bool:
    """"The New York Times" and "CNN" name two bodies; "the Times" and "The New York Times" one."""
    xs, ys = ({w for w in n.lower().split() if w != "the"} for n in (x, y))
    return bool(xs) and bool(ys) and not (xs <= ys or ys <= xs)


def sentence_places(sent: Span, actors: ActorLookup, outside: Actor | None = None) -> set[str]:
    """Countries of the places a sentence names ("arrested in Paris" → FRA), for actors without one; none
    inside the mention ``outside`` ("Israel's campaign" names its actor, not a place)."""
    out = set()
    for ent in sent.ents:
        if outside is not None and ent.start_char < outside.end and outside.start < ent.end_char:
            continue
        if ent.label_ in ("GPE", "LOC", "FAC") and not hometown(ent.root) and not dedication(ent.root) and \
                not _elsewhere(ent.root) and not _company_name(ent, actors):
            country = actors.country_for_token(ent.root)
            if country:
                out.add(country)
    return out


def _company_name(ent: Span, actors: ActorLookup) -> bool:
    """A company's name the parser took for a place ("The Toyota failed to yield", "workers at the Toyota
    plant"): the firm's home country is not where the sentence's act happened."""
    return actors.company_at(ent.root)


#: prepositions that name what a question, a talk or a report is about
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})


def topic_place(tok: Token) -> bool:
    """A place inside what something is about ("questioned about his golf resort in Aberdeen, Scotland"):
    part of the topic, not the scene of the act."""
    while tok.head != tok:
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in TOPIC_PREPOSITIONS:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


#: verbs that send or take someone somewhere: the place after "to" is where they end up, not where the
#: sentence's act happened ("detained by police and expelled to Turkey": the police are not Turkish)
SENDING_VERBS = frozenset({"deport", "expel", "extradite", "send", "return", "repatriate", "transfer", "flee",
                           "escape", "travel", "fly", "move", "smuggle", "emigrate", "migrate", "evacuate",
                           "relocate", "ship", "head"})


def destination(tok: Token) -> bool:
    """A place named as where someone is sent or goes ("deported to Mexico", "fled to Canada"), unless a
    clause makes it the scene ("extradited to Brazil, where police arrested him")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "into") and \
        prep.head.lemma_.lower() in SENDING_VERBS and not any(c.dep_ == "relcl" for c in tok.children)


#: buildings named after a saint or a figure ("the church of St. Peter and St. Paul"): no place
DEDICATED = frozenset({"church", "cathedral", "basilica", "chapel", "mosque", "temple", "monastery", "shrine",
                       "abbey", "convent", "parish"})


def dedication(tok: Token) -> bool:
    """A name after "of" that a sacred building is dedicated to ("the church of St. Paul"), not a town."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in DEDICATED


def hometown(tok: Token) -> bool:
    """A place named as where a person lives ("William Goble, 26, of Edmonton, was arrested"), not where
    the sentence's act happened."""
    prep = tok.head
    person = prep.head
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "from") and (
        person.ent_type_ == "PERSON" or person.like_num or person.lemma_.lower() in ORIGIN_NOUNS or
        any(c.dep_ == "appos" and c.like_num for c in person.children) or  # ("Goble, 26, of …")
        (prep.lower_ == "from" and person.lemma_.lower() in PEOPLE_FROM))  # "terrorists, people from Gaza"


#: people a place is said to be from ("men from Gaza raped …": Gaza is who they are, not where it happened)
PEOPLE_FROM = frozenset({"people", "man", "woman", "youth", "resident", "terrorist", "militant", "gunman",
                         "fighter", "attacker", "assailant", "immigrant", "migrant", "family", "student",
                         "worker"})


#: implied actors of no known side ("condemned the bombing", "two bombs killed six"): no country inherited
NO_KNOWN_SIDE = frozenset({"implied:attackers", "implied:bombers"})
#: bare plurals of states that speak of states at large ("Governments should take note", "countries must cut
#: emissions"): no one state's body, so of no country the story tells ("Western governments" is WST)
STATES_AT_LARGE = frozenset({"governments", "nations", "countries"})
#: people named as having come from another country ("30 migrants", "undocumented immigrants", "asylum
#: seekers"): of no country the place or the story tells, only of one a demonym or "from" names ("Afghan
#: migrants"); not the displaced and evacuees, who mostly stay in their own country
CAME_FROM_ABROAD = frozenset({"migrant", "migrants", "immigrant", "immigrants", "seeker", "seekers"})


def came_from_abroad(actor: Actor | None) -> bool:
    """The actor is migrants, immigrants or asylum seekers ("30 migrants", "Afghan migrants")."""
    words = actor.text.lower().replace("-", " ").split() if actor is not None and not actor.person else []
    return bool(words) and words[-1] in CAME_FROM_ABROAD and (words[-1][:6] != "seeker" or
                                                              words[-2:-1] == ["asylum"])


def inherit_country(actor: Actor | None, countries: set[str], focus: str | None) -> Actor | None:
    """A sector without a country ("the government", "soldiers") takes the country of its sentence
    (when the sentence names exactly one) or of the document's focus."""
    if actor is not None and actor.rule == IMPLIED_ACCUSER:  # "was accused of lying to parliament": by
        country, why = (next(iter(countries)), "sentence-country") if len(countries) == 1 else \
            (focus, "document-focus")  # someone of the sentence's country or the story's, of no sector told
        return replace(actor, code=country, country=country, rule=f"{actor.rule}+inherit:{why}") if country \
            else actor
    if actor is None or actor.country or not actor.sector or actor.rule in NO_KNOWN_SIDE or \
            actor.text.lower() in STATES_AT_LARGE or \
            unknown_attackers(actor) or came_from_abroad(actor):
        return actor  # (whoever set off a bomb is of no country the sentence tells: ---REB)
    # an unknown group ("Consumer Watchdog", "the think tank") belongs to the story's country, as a
    # named international one (Amnesty: NGOHRIAMN) does not; the country a sentence names is its subject
    if actor.code == "NGO" and focus is not None and countries <= {focus} and \
            not INTERNATIONAL_GROUP_WORDS & set(actor.text.lower().split()):
        return Actor(text=actor.text, code=focus + actor.code, country=focus, sector=actor.sector,
                     start=actor.start, end=actor.end, rule=f"{actor.rule}+inherit:document-focus",
                     person=actor.person)
    if actor.sector[:3] in NATIONLESS_SECTORS or actor.code.startswith(tuple(NATIONLESS_SECTORS)):
        return actor
    if len(countries) == 1:
        country, why = next(iter(countries)), "inherit:sentence-country"
    elif focus is not None and (not countries or (focus in countries and actor.sector[:3] == "REB")):
        # (rebels in a sentence that names their country and their foreign backers are the story's own)
        country, why = focus, "inherit:document-focus"
    else:
        return actor
    return Actor(text=actor.text, code=country + actor.code, country=country, sector=actor.sector,
                 start=actor.start, end=actor.end, rule=f"{actor.rule}+{why}", person=actor.person)


QUANTITY_NOUNS = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number", "group",
    "groups", "million", "millions", "handful", "couple", "some", "many", "most", "all", "several", "few",
    "majority", "lot", "lots", "tens", "members", "member", "unit", "units", "convoy", "delegation", "team",
    "force", "contingent", "detachment", "column", "band", "gang", "mob", "crowd", "wave", "fleet", "army",
    "host", "swarm",
})


def through_quantity(tok: Token) -> Token:
    """"dozens of civilians" → civilians; "a delegation of Iranian officials" → officials; "the four
    Democrats, three of whom endorsed her" → Democrats."""
    if tok.lemma_.lower() in QUANTITY_NOUNS or tok.lower_ in QUANTITY_NOUNS or tok.pos_ == "NUM":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj":
                        return _relative_antecedent(o) or o
    return tok


def _relative_antecedent(pron: Token) -> Token | None:
    """The people a relative "whom" stands for: the head of its relative clause ("one of which" may be a
    thing's, parsed onto the wrong noun: "flung two stones at the inspector, one of which hit her")."""
    if pron.lower_ != "whom":
        return None
    clause = next((a for a in pron.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None


OBJECTIVE_NOUNS = frozenset({
    "position", "target", "base", "stronghold", "outpost", "post", "camp", "hideout", "headquarters", "depot",
    "facility", "installation", "site", "checkpoint", "border", "frontier", "line", "trench", "bunker",
})


def names_party(tok: Token, actors: ActorLookup) -> bool:
    """The object names a party itself (one meets or hosts "Moldova", not "Moldova's progress")."""
    tok = through_quantity(tok)
    return actors.for_token(tok) is not None or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def conditions_of(verb: Token) -> list[Token]:
    """Conditional clauses ("if …", "unless …") attached to a verb or to its complement."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    return [c for h in heads for c in h.children if c.dep_ == "advcl" and
            any(m.dep_ == "mark" and m.lower_ in mod.CONDITIONAL_MARKS for m in c.children)]


#: what someone did or made, whose "of" names its author ("praised the reports of Clarissa Ward"; not an act
#: whose "of" names its victim: "the killing of civilians", "the abuse of prisoners")
WORKS = frozenset({
    "report", "reporting", "work", "coverage", "handling", "response", "effort", "leadership", "decision",
    "policy", "conduct", "performance", "record", "story", "article", "comment", "remark", "action", "role",
    "statement", "speech", "remarks", "stance", "position", "testimony",
    "violence", "aggression", "crime", "atrocity", "brutality",  # "condemned the violence of Hamas fighters"
    "demand", "ultimatum",  # "agreed to the demands of the strikers": theirs
})
#: property whose "of" names its owner, whom an act on it befalls ("expropriated the home of a landowner")
PROPERTY = frozenset({"home", "house", "land", "property", "farm", "farmland", "apartment", "residence",
                      "car", "vehicle", "business", "shop", "store"})


def object_owner(obj: Token, actors: ActorLookup) -> Token | None:
    """Whose thing the object is: "X's offer", "a Security Council resolution", "an offer from X",
    "a plan put forward by X", "the home of X"."""
    for c in obj.children:
        if c.i < obj.i and c.dep_ in ("poss", "compound") and actors.for_token(c) is not None:
            return c
    authored = obj.lemma_.lower() in WORKS or obj.lemma_.lower() in PROPERTY
    for c in obj.children:
        if c.dep_ == "prep" and (c.lower_ in ("from", "by") or (c.lower_ == "of" and authored)):
            owner = first_child(c, "pobj")
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            owner = agent(c)
        else:
            continue
        if owner is not None and actors.for_token(owner) is not None:
            return owner
    return None


#: documents that speak for their authors: "the brief accused Johnson", "the lawsuit claims …"
DOCUMENT_NOUNS = frozenset({
    "brief", "lawsuit", "suit", "complaint", "memo", "memorandum", "letter", "statement", "filing",
    "petition", "motion", "report", "post", "video", "ad", "advert", "advertisement", "study", "audit",
    "dossier", "leaflet", "manifesto", "communique", "communiqué", "press release", "release", "email",
    # rules speak for whoever made them: "the Interior Department rule forced …", "the law required …"
    "law", "rule", "regulation", "ordinance", "bill", "decree", "warrant", "document", "proposal",
    "resolution", "recommendation", "guidance",
    "warning", "notice",  # "the warning, posted on the embassy website, said …"
})
#: reports whose recommendations are a policy change asked of whom they are for (coding guide: task forces);
#: one may name another ("a report commissioned by Ottawa … The framework document recommended …")
REPORTS = frozenset({"report", "review", "audit", "study", "document", "recommendation", "guidance"})
#: the verb that issues a document noun: "Russia's embassy is warning that … The warning said", "twenty
#: senators wrote to the president … The letter urged"
DOCUMENT_VERBS = {"warning": "warn", "proposal": "propose", "recommendation": "recommend",
                  "complaint": "complain", "statement": "state", "report": "report", "petition": "petition",
                  "letter": "write"}
#: verbs whose subject is the author of the document they take ("filed a lawsuit", "passed the law")
ISSUING_VERBS = frozenset({
    "file", "bring", "issue", "write", "send", "sign", "submit", "publish", "release", "post", "pass",
    "adopt", "enact", "introduce", "table", "draft", "propose", "present", "unveil", "lodge", "launch",
    "deliver", "put", "produce", "commission", "prepare", "approve", "announce", "make", "offer", "tweet",
    "say",  # "Hartmann said a motion filed Friday that …": a parse of "said in a motion"
})
#: how many sentences back the first mention of a document may be ("filed a lawsuit … The lawsuit claims")
AUTHOR_REACH = 3


def document_author(tok: Token, actors: ActorLookup) -> Actor | None:
    """Who a document speaking as a subject is by: its owner ("its lawsuit", "the White House brief"), else
    whoever issued it in a recent sentence ("… referred to them in a Thursday brief … The brief also
    accused …"): the subject of the clause that first mentions it."""
    lemma = tok.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS:
        return None
    owner = object_owner(tok, actors)
    if owner is not None:
        issuer = _earlier_issuer(tok, actors, lemma) if owner.tag_ == "PRP$" else None
        return issuer or _as_author(actors.for_token(owner), lemma)
    if tok.dep_ not in ("nsubj", "nsubjpass"):  # "the White House issued a brief urging …": it is theirs
        return _issuer(tok, actors, lemma)
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
               for c in tok.children):
        return None  # "a report said …" is nobody's in particular
    latest = True  # the latest mention's clause speaks for it; an earlier one only when it issues it
    for t in _tokens_back(tok):
        if t.pos_ == "VERB" and t.lemma_.lower() == DOCUMENT_VERBS.get(lemma) and not is_passive(t):
            # "the embassy is warning that …" … "the warning said"
            who = subject(t)
            author = actors.for_token(who) if who is not None else None
            if author is not None:
                return _as_author(author, lemma)
            continue
        if (t.lemma_.lower() != lemma and not {t.lemma_.lower(), lemma} <= REPORTS) or t.pos_ != "NOUN":
            continue
        owner = object_owner(t, actors) or _relative_issuer(t, actors)
        if owner is not None:
            return _as_author(actors.for_token(owner), lemma)
        clause = next((h for h in t.ancestors if h.pos_ in ("VERB", "AUX")), None)
        issues = clause is not None and clause.lemma_.lower() in ISSUING_VERBS
        if (latest and (issues or t.dep_ != "dobj")) or (issues and t.dep_ in ("dobj", "nsubjpass")):
            # (not whoever "criticized the law" or "challenged the order": they act on it)
            issuer = _issued_by(t, clause, actors, lemma)
            if issuer is not None:
                return issuer
        latest = False  # "the lawsuit required …", "named by the lawsuit": look further back
    return None


#: how many sentences back "their resolution" may have been issued ("two senators introduced a resolution …
#: Their resolution urges …": the senators', not the last plural the pronoun would take)
ISSUER_REACH = 8


def _earlier_issuer(tok: Token, actors: ActorLookup, lemma: str) -> Actor | None:
    """Who issued a document a possessive pronoun owns, in an earlier sentence's clause that made it ("have
    introduced a resolution", "filed a lawsuit"), else None."""
    for t in _tokens_back(tok, ISSUER_REACH):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.dep_ not in ("dobj", "nsubjpass"):
            continue
        clause = next((h for h in t.ancestors if h.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause.lemma_.lower() in ISSUING_VERBS:
            issuer = _issued_by(t, clause, actors, lemma)
            if issuer is not None:
                return issuer
    return None


def _relative_issuer(doc_tok: Token, actors: ActorLookup) -> Token | None:
    """The subject of a relative clause that issued a document: "a report she commissioned" → she."""
    for c in doc_tok.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in ISSUING_VERBS:
            who = agent(c) if is_passive(c) else subject(c)  # ("a report that was commissioned by …")
            if who is not None and who.tag_ not in ("WDT", "WP") and actors.for_token(who) is not None:
                return who
    return None


def _tokens_back(tok: Token, reach: int = AUTHOR_REACH) -> Iterator[Token]:
    """The tokens before ``tok``, latest first, back to the start of the sentence ``reach`` before its own:
    where a story last mentioned a document or an offer."""
    sents = list(tok.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    for sent in reversed(sents[max(0, here - reach):here + 1]):
        yield from (t for t in reversed(sent) if t.i < tok.i)


#: bodies described by a common noun that a named leader heads ("the task force, headed by …")
LED_BODY_NOUNS = frozenset({
    "force", "panel", "committee", "commission", "board", "council", "group", "team", "delegation",
    "inquiry", "mission", "body", "taskforce",
})
LEADING_VERBS = frozenset({"head", "lead", "chair", "co-chair", "direct", "run"})


def body_leader(tok: Token, actors: ActorLookup) -> Actor | None:
    """A body described by a common noun speaks for the side of its named leader: "the task force, headed
    by former cabinet minister Anne McLellan, said …" is her government's; never a private person's or a
    company's ("a panel led by a businessman"), nor one of no known country."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in LED_BODY_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in LEADING_VERBS:
            continue
        who = agent(c)
        a = actors.for_token(who) if who is not None else None
        if a is not None and a.country and (a.sector or "CVL")[:3] not in ("CVL", "BUS", "MNC"):
            return replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok), person=None,
                           rule=f"{a.rule}+led-by")
    return None


def _issued_by(doc_tok: Token, clause: Token | None, actors: ActorLookup, lemma: str) -> Actor | None:
    """Who issued the document of a clause: the subject ("the Legislature passed the law"), or the agent of
    a passive ("the law was passed by the Legislature")."""
    if clause is not None and doc_tok.dep_ == "nsubjpass":
        who = agent(clause)
        return _as_author(actors.for_token(who), lemma) if who is not None else None
    return _issuer(doc_tok, actors, lemma)


#: what one party puts forward and another answers, with the verbs that put it forward ("Kyiv proposed a
#: ceasefire … Moscow rejected the offer": Kyiv's offer)
PROPOSALS = {
    "offer": {"offer", "propose"}, "proposal": {"propose", "offer"}, "request": {"request"}, "bid": {"bid"},
    "appeal": {"appeal"}, "demand": {"demand"}, "application": {"apply"}, "petition": {"petition"},
}


#: what a party applies for and an authority grants or denies ("Titan filed a request … the council denied
#: the permit": Titan's), with the nouns and verbs of the applying
PERMITS = frozenset({"permit", "licence", "license", "variance", "waiver", "visa", "exemption", "rezoning"})
APPLICATIONS = frozenset({"request", "application", "bid", "petition"})
APPLYING_VERBS = frozenset({"apply", "request", "seek"})


def earlier_applicant(obj: Token, actors: ActorLookup) -> Token | None:
    """Who applied for the permit (licence, visa …) a definite object names, when the story has just told
    of the application: the owner of its latest earlier mention or of a request ("rejected Titan's
    request"), or the doer of "applied for"/"sought" (within AUTHOR_REACH sentences); else none."""
    if any(c.dep_ in ("poss", "compound", "prep", "acl", "relcl") for c in obj.children):
        return None  # "the city's permit", "the permit for the rally": said here
    for t in _tokens_back(obj):
        if t.pos_ == "NOUN" and (t.lemma_.lower() == obj.lemma_.lower() or t.lemma_.lower() in APPLICATIONS):
            owner = object_owner(t, actors)
            if owner is not None:
                return owner
        if t.pos_ == "VERB" and t.lemma_.lower() in APPLYING_VERBS:
            return _maker(t, actors)
    return None


def earlier_proposer(obj: Token, actors: ActorLookup) -> Token | None:
    """Who made "the offer" (request, proposal …) answered here, when the story has just said so with the
    same noun or its verb ("Titan filed a request …", "Kyiv proposed a truce …"): the owner, or the doer of
    the clause at its latest earlier mention (within AUTHOR_REACH sentences); else none."""
    lemma = obj.lemma_.lower()
    makers = PROPOSALS.get(lemma)
    definite = any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in obj.children)
    if lemma in PERMITS and definite:
        return earlier_applicant(obj, actors)
    if makers is None or not definite:
        return None
    if any(c.dep_ in ("poss", "compound", "prep", "acl", "relcl", "amod") for c in obj.children):
        return None  # "the city's offer", "the offer of talks", "the offer made in May": said here
    return _doer_of_latest_mention(obj, lemma, makers, actors)


#: verbs that ask a party to act or put something to it: a refusal with no object answers the latest of
#: them addressed to the refuser ("Russia asked Ukraine to withdraw … Ukraine refused": Russia)
ASKING_VERBS = frozenset({
    "ask", "demand", "urge", "request", "press", "order", "tell", "propose", "offer", "invite", "appeal",
    "call", "implore", "instruct", "pressure", "petition", "recommend",
})


#: verbs that refuse what was asked (not "denied", "disputed": a claim is contested, not a request)
REFUSING_VERBS = frozenset({"refuse", "decline", "reject", "rebuff", "spurn", "snub", "turn"})
#: what a refusal may name and still answer a request ("rejected the demand", "turned down the invitation")
ASKED_THINGS = frozenset(PROPOSALS) | {
    "call", "plea", "ultimatum", "invitation", "suggestion", "recommendation"}
#: sectors whose members are told apart by name only (two firms are both "USABUS")
PRIVATE_SECTORS = frozenset({"BUS", "CVL", "MED", "EDU", "HLH", "CRM", "MNC"})


def _same_named_party(a: Actor, b: Actor) -> bool:
    """The same party, not only the same code: two private firms or people must carry the same name."""
    if not one_actor(a, b):
        return False
    if (a.sector or "")[:3] not in PRIVATE_SECTORS:
        return True
    return bool(a.person and a.person == b.person) or a.text.lower() == b.text.lower()


def _answers_a_request(refusal: Token) -> bool:
    """A refusal of an act or of what was put forward ("refused to withdraw", "declined", "rejected the
    offer"), not a denial of a claim or a rejection of a thing of one's own choosing."""
    if refusal.lemma_.lower() not in REFUSING_VERBS:
        return False
    objs = [c for c in refusal.children if c.dep_ in ("dobj", "obj")]
    return all(o.lemma_.lower() in ASKED_THINGS for o in objs)


def _police_doer(verb: Token, refuser: Actor, actors: ActorLookup) -> Token | None:
    """The police who did (or tried to do) the act the refuser then refused to do."""
    doer = _maker(verb, actors)
    found = actors.for_token(doer) if doer is not None else None
    if found is None or (found.sector or "")[:3] != "COP" or one_actor(found, refuser):
        return None
    return doer


def earlier_asker(refusal: Token, refuser: Actor, actors: ActorLookup) -> Token | None:
    """Who asked the refuser to act when the story has just told of it (within AUTHOR_REACH sentences): the
    doer of the latest asking verb whose addressee (object, "to"/"on" object, or a passive's subject) is the
    refuser; none when no such request is told ("Ukraine refused" alone: no one is guessed)."""
    if not _answers_a_request(refusal):
        return None
    act = next((c.lemma_.lower() for c in refusal.children if c.dep_ == "xcomp"), None)
    for t in _tokens_back(refusal):
        if act is not None and t.pos_ == "VERB" and t.lemma_.lower() == act:
            police = _police_doer(t, refuser, actors)  # "an officer stopped the car … the driver refused
            if police is not None:  # to stop": defies the police
                return police
        if t.pos_ != "VERB" or t.lemma_.lower() not in ASKING_VERBS:
            continue
        if t.lemma_.lower() == "tell" and not any(c.dep_ == "xcomp" for c in t.children):
            continue  # "told reporters that …" is speech; "told Kyiv to withdraw" an order
        if is_passive(t):
            asked = [c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")]
        else:
            asked = [c for c in t.children if c.dep_ in ("dobj", "dative", "iobj")]
            asked += [o for _, o in pobj_of(t, ("to", "on"))]
            # "recommended that the parliament adopt the bills", "urged that Kyiv withdraw"
            asked += [s for c in t.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        if not any((a := actors.for_token(through_quantity(o))) is not None and _same_named_party(a, refuser)
                   for o in asked):
            continue
        asker = _maker(t, actors)
        found = actors.for_token(asker) if asker is not None else None
        if found is not None and not one_actor(found, refuser):
            return asker
    return None


#: acts and measures a party is faulted, defied or backed for, named by a noun, with the verbs that tell of
#: them ("a court jailed the activist … his party condemned the ruling": the court's; "police arrested 40
#: protesters … the opposition condemned the arrests": the police's)
AUTHORED_ACTS = {
    "ruling": {"rule", "sentence", "convict", "jail"}, "verdict": {"convict", "acquit", "sentence"},
    "sentence": {"sentence", "jail"}, "conviction": {"convict"}, "judgment": {"rule"}, "judgement": {"rule"},
    "decision": {"decide", "rule"}, "arrest": {"arrest", "detain"}, "detention": {"detain", "arrest"},
    "raid": {"raid"}, "crackdown": {"crack"}, "ban": {"ban"}, "deportation": {"deport"},
    "expulsion": {"expel"}, "execution": {"execute"}, "killing": {"kill"},
    "remark": {"say", "remark", "tell"}, "comment": {"say", "comment", "tell"},
    # measures and works, found by their own earlier mention ("the council unveiled a parking scheme")
    "plan": {"plan"}, "scheme": set(), "policy": set(), "measure": set(), "reform": set(), "law": set(),
    "bill": set(), "decree": set(), "regulation": set(), "report": set(), "order": {"order"}, "move": set(),
}
#: determiners of an act the story has already told of ("the ruling", "these arrests"; not "a ruling")
TOLD_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def earlier_author(obj: Token, actors: ActorLookup) -> Token | None:
    """Who did the act a noun names when the story has just told of it with the same noun or its verb
    (within AUTHOR_REACH sentences): "A court jailed the activist … His party condemned the ruling" → the
    court; the owner or the doer of the clause of its latest earlier mention; none when that clause names no
    doer ("the activist was jailed": no one is guessed)."""
    lemma = obj.lemma_.lower()
    makers = AUTHORED_ACTS.get(lemma)
    if not any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in obj.children):
        return None
    if makers is None:
        return _proposer_of_latest_mention(obj, lemma, actors)
    return _doer_of_latest_mention(obj, lemma, makers, actors)


#: verbs that put a measure forward for others to answer ("the government introduced a carbon tax … the
#: premier rejected the tax": the government's)
PROPOSING_VERBS = frozenset({"propose", "introduce", "unveil", "table", "draft", "offer", "push"})


def _proposer_of_latest_mention(obj: Token, lemma: str, actors: ActorLookup) -> Token | None:
    """The doer of the clause that put forward the thing ``obj`` names, when its latest earlier mention
    (within AUTHOR_REACH sentences, as head or as a modifier: "a carbon tax law") is the object of a
    proposing verb; none when that mention is of another kind ("paid the tax")."""
    for t in _tokens_back(obj):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        head = t.head if t.dep_ == "compound" else t
        verb = head.head
        if head.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or \
                verb.lemma_.lower() not in PROPOSING_VERBS:
            return None
        return _maker(verb, actors)
    return None


def _doer_of_latest_mention(obj: Token, lemma: str, makers: set[str] | frozenset[str],
                            actors: ActorLookup) -> Token | None:
    """The owner or the doer of the clause at the latest earlier mention of ``lemma`` (the noun) or of one
    of ``makers`` (its verbs), within AUTHOR_REACH sentences; none when that clause names no doer."""
    for t in _tokens_back(obj):
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            owner = object_owner(t, actors)
            if owner is not None:
                return owner
            clause = next((h for h in t.ancestors if h.pos_ in ("VERB", "AUX")), None)
            return _maker(clause, actors) if clause is not None else None
        if t.pos_ == "VERB" and t.lemma_.lower() in makers:
            return _maker(t, actors)
    return None


def _maker(verb: Token, actors: ActorLookup) -> Token | None:
    """The doer of a clause that puts something forward: its subject, or a passive's agent."""
    who = agent(verb) if is_passive(verb) else subject(verb)
    who = through_quantity(who) if who is not None else None
    return who if who is not None and actors.for_token(who) is not None else None


def _issuer(doc_tok: Token, actors: ActorLookup, lemma: str) -> Actor | None:
    """The subject of the clause a document is mentioned in: who filed, issued or wrote in it."""
    clause = next((h for h in doc_tok.ancestors if h.pos_ in ("VERB", "AUX")), None)
    who = subject(clause) if clause is not None else None
    who = through_quantity(who) if who is not None else None  # "a group of opposition parties issued …"
    return _as_author(actors.for_token(who) if who is not None and who != doc_tok else None, lemma)


def _as_author(actor: Actor | None, lemma: str) -> Actor | None:
    return replace(actor, rule=f"{actor.rule}+author:{lemma}") if actor is not None else None


PLACE_NOUNS = frozenset({
    "town", "city", "village", "area", "district", "region", "province", "neighbourhood", "neighborhood",
    "territory", "settlement", "suburb", "outskirts", "part", "parts", "site", "facility", "plant", "factory",
    "port", "capital",
})


MILITARY_OBJECTIVES = OBJECTIVE_NOUNS - {"border", "frontier", "site", "facility", "target"}
# who holds a place or an objective: "rebel-held districts", "rebel positions", "government positions"
HOLDER_SECTORS = {
    "rebel": "REB", "insurgent": "REB", "militant": "REB", "jihadist": "REB", "opposition": "REB",
    "guerrilla": "REB", "islamist": "REB", "army": "MIL", "military": "MIL", "government": "MIL",
    "regime": "MIL", "troop": "MIL", "police": "COP",
}
HELD = frozenset(
    {"hold", "held", "control", "controlled", "occupy", "occupied", "run", "besiege", "besieged"}
)


def holder_sector(tok: Token) -> str | None:
    """Sector of whoever holds the place or objective ``tok`` ("rebel-held", "rebel positions")."""
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("amod", "compound", "nmod"):
            continue
        lemma = c.lemma_.lower()
        if c.dep_ in ("compound", "amod") and lemma in HOLDER_SECTORS and \
                tok.lemma_.lower() in MILITARY_OBJECTIVES:  # "rebel positions", "militant positions"
            return HOLDER_SECTORS[lemma]
        if lemma in HELD or c.lower_ in HELD:
            for g in c.children:
                if g.lemma_.lower() in HOLDER_SECTORS and g.i < c.i:
                    return HOLDER_SECTORS[g.lemma_.lower()]
    return None


def through_objective(tok: Token, actors: ActorLookup) -> Actor | None:
    """The holder of a military objective: "Hezbollah targets" → Hezbollah, "its border with
    Ukraine" → Ukraine, "Russian positions" → RUSMIL, "Syrian rebel positions" → SYRREB; a camp of
    sheltered people is theirs ("the Jenin refugee camp" → PSEREF, not a military position)."""
    if tok.lemma_.lower() not in OBJECTIVE_NOUNS:
        return None
    held = holder_sector(tok)
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "poss", "nmod", "amod")]
    sheltered = next((SHELTERED[c.lemma_.lower()] for c in mods if c.lemma_.lower() in SHELTERED), None)
    if sheltered is not None:
        country = next((k for c in mods if (k := actors.country_for_token(c))), None) or ""
        start, end = np_span(tok)
        return Actor(text=doc_text(tok.doc)[start:end], code=country + sheltered, country=country or None,
                     sector=sheltered, start=start, end=end, rule="objective:sheltered")
    for c in mods:
        a = actors.for_token(c) if c.dep_ != "amod" or c.ent_type_ in ("NORP", "GPE") else None
        if a is not None:
            if a.sector is None and tok.lemma_.lower() in MILITARY_OBJECTIVES:
                return with_sector(a, held or "MIL", "objective:military")
            return a
        country = actors.country_for_token(c) if c.ent_type_ in ("NORP", "GPE") else None
        if country and tok.lemma_.lower() in MILITARY_OBJECTIVES:
            start, end = np_span(tok)
            return Actor(text=doc_text(tok.doc)[start:end], code=country + (held or "MIL"),
                         country=country, sector=held or "MIL", start=start, end=end,
                         rule="objective:military")
    if held is not None:
        start, end = np_span(tok)
        return Actor(text=doc_text(tok.doc)[start:end], code=held, country=None, sector=held, start=start,
                     end=end, rule="objective:held")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "of"):
            for o in c.children:
                if o.dep_ == "pobj":
                    a = actors.for_token(o)
                    if a is not None:
                        return a
    return None


def np_span(tok: Token) -> tuple[int, int]:
    left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod")]
    start = min([tok.idx, *(w.idx for t in left for w in t.subtree)])
    return start, tok.idx + len(tok.text)


def with_sector(a: Actor, sector: str, rule: str) -> Actor:
    return Actor(text=a.text, code=(a.country or "") + sector, country=a.country, sector=sector,
                 start=a.start, end=a.end, rule=f"{a.rule}+{rule}", person=a.person)


#: words naming the sheltered people whose camp or site it is, not a military objective ("refugee camp")
SHELTERED = {"refugee": "REF", "displaced": "REF", "idp": "REF", "displacement": "REF", "migrant": "REF",
             "civilian": "CVL", "tent": "CVL", "school": "EDU", "hospital": "HLH"}


#: roots of acts that, made in public with no one named, are addressed to the speaker's own government
#: ("the think tank called for scrapping stamp duty", "the opposition demanded new elections")
ADDRESSED_TO_GOVERNMENT = frozenset({"02", "10"})
#: who appeals or demands of a government in public: not the government, its forces or foreigners
PETITIONER_SECTORS = frozenset({"LEG", "PTY", "OPP", "NGO", "LAB", "ELI", "REL"})  # not schools or firms:
# "schools charge more for nonresidents", "companies require a licence" address no government


def implied_government(source: Actor, root: str, at: int, warning: bool = False) -> Actor | None:
    """The government an appeal or demand without addressee is made of (coding guide: implicit addressee);
    with ``warning``, the government a petitioner's public warning faults."""
    sector = (source.sector or "")[:3]
    if (root not in ADDRESSED_TO_GOVERNMENT and not warning) or sector not in PETITIONER_SECTORS:
        return None
    # a source with no country yet ("the union") gets one from its story later, and so does its government
    return implied("GOV", source.country, at, "government")


def implied_civilians(source: Actor, at: int, who: str) -> Actor:
    """Unnamed civilians of the source's country an act is aimed at: the ``public`` an authority's appeal
    for calm is made to, the ``suspects`` of a police inquiry into a crime."""
    return implied("CVL", source.country, at, who)


#: roots of acts only an authority does: a city named as their agent is its government
AUTHORITY_ROOTS = frozenset({"16", "17"})


def local_government(tok: Token, actors: ActorLookup) -> Actor | None:
    """A city or town named as the agent of an act of authority is its government ("Chicago imposed a curfew
    on alcohol sales" → the country's GOV); a country is an actor already, a street or a river is none."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "") or actors.for_token(tok) is not None:
        return None
    country = actors.country_for_token(tok)
    if not country:
        return None
    start, end = np_span(tok)
    return Actor(text=doc_text(tok.doc)[start:end], code=country + "GOV", country=country, sector="GOV",
                 start=start, end=end, rule="place:local-government")
