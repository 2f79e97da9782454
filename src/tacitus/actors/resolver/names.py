"""Name helpers: attackers, organisation sectors, given names and surnames, ranks, named bodies."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from tacitus.actors.codes import make_code, split_code
from tacitus.actors.lexicon import Entry, Lexicon
from tacitus.actors.resolver.units import (
    DocumentActors,
    _Unit,
)
from tacitus.enrich.dates import MONTHS, WEEKDAYS
from tacitus.enrich.quote_marks import QUOTE_MARKS
from tacitus.model.records import Actor
from tacitus.nlp.doctext import doc_text
from tacitus.nlp.inflect import singular
from tacitus.yamlio import data_text, data_yaml


@cache
def gender_cues() -> dict[str, dict[str, frozenset[str]]]:
    data = data_yaml("actors/genders.yaml")
    return {part: {g: frozenset(words) for g, words in data[part].items()} for part in ("words", "names")}


def gender_names() -> frozenset[str]:
    """Every given name of ``genders.yaml`` (lower case), female and male."""
    return frozenset().union(*gender_cues()["names"].values())


@cache
def given_names() -> frozenset[str]:
    """Common given names (lower case): ``genders.yaml``'s and the census list ``given_names.txt``."""
    lines = data_text("actors/given_names.txt").splitlines()
    return gender_names() | frozenset(w for w in lines if w and not w.startswith("#"))


#: generational suffixes that close a person's full name after the surname ("Paul Block Jr.", "Lee Ames III")
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname(name: str) -> str:
    """The surname of a person's name, lower case: its last word but a generational suffix ("Paul Block Jr."
    → "block"), by which the story names the person again ("Block was charged")."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


#: attackers a story names by what they did: of no country it tells (coding guide: unknown gunmen are ---REB),
#: not even of the one earlier armed group the story named
ATTACKER_NOUNS = frozenset({"gunman", "gunmen", "terrorist", "terrorists", "attacker", "attackers",
                            "assailant", "assailants", "bomber", "bombers", "shooter", "shooters", "hijacker",
                            "hijackers"})

#: sectors a bare noun does not carry a country into from one earlier mention: "girls", "a woman" attacked in
#: an Oct 7 story are not Palestinian because a Palestinian prisoner was named first
UNCARRIED_SECTORS = frozenset({"CVL"})

#: agent nouns that, followed by "of" and a noun that names no actor, measure it instead
MEASURE_SENSES = frozenset({"jet", "jets", "army", "armies", "fleet", "battery", "host", "legion", "legions",
                            "squadron", "brigade", "troop", "troops", "wave", "force"})

#: heads of place names whose nationality word is a name, not an owner ("the Indonesian Hospital" in Gaza)
FACILITY_NOUNS = frozenset({"hospital", "clinic", "school", "university", "college", "academy", "mosque",
                            "church", "cathedral", "hotel", "restaurant", "stadium", "club", "bakery"})


#: an American politician's party and state after the name: ", D-N.D.", " (R-Neb.)", ", I-Vt."
US_PARTY_STATE = re.compile(r"\s*[,(]\s*[DRI]-[A-Z][A-Za-z]{0,4}\.?(?:[A-Z]\.)?[,)]")


def us_party_state(doc: Doc, end: int) -> bool:
    """The words after a mention are an American party-and-state tag ("Sen. Ben Sasse, R-Neb., said")."""
    at = doc[end - 1].idx + len(doc[end - 1]) if end > 0 else 0
    return bool(US_PARTY_STATE.match(doc_text(doc), at, at + 16))  # (doc.text would rebuild it per mention)


def facility_name(head: Token) -> bool:
    """A capitalised facility name: a nationality inside it names it, not its country ("Turkish Friendship
    Hospital"); a common noun keeps it ("a Turkish hospital")."""
    return head.lower_ in FACILITY_NOUNS and head.text[:1].isupper()


#: words that name what kind of organisation an unknown named organisation is (last matching word wins)
ORG_SECTOR_WORDS = {
    "GOV": ("department", "ministry", "administration", "agency", "office", "commission", "council", "bureau",
            "service", "authority", "cabinet", "government", "embassy", "secretariat", "board"),
    "LEG": ("committee", "subcommittee", "parliament", "assembly", "senate", "congress", "caucus",
            "legislature"),
    "JUD": ("court", "tribunal", "prosecutor's", "prosecution", "judicial", "circuit"),
    "COP": ("police", "sheriff's", "constabulary", "guard", "investigations", "patrol", "marshals"),
    "MIL": ("army", "navy", "force", "forces", "command", "brigade", "corps", "regiment", "battalion"),
    "PTY": ("party",),
    "MED": ("news", "times", "post", "journal", "tribune", "herald", "gazette", "broadcasting", "tv",
            "television",
            "radio", "press", "magazine", "newspaper", "network", "media"),
    "EDU": ("university", "college", "school", "academy"),
    "NGO": ("foundation", "institute", "center", "centre", "coalition", "association", "alliance", "union",
            "organization", "organisation",
            "federation", "society", "league", "watch", "fund", "network", "trust", "club"),
    "BUS": ("inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc", "group",
            "bank", "holdings", "airlines", "airways", "airline", "motors", "technologies", "industries",
            "plc", "limited", "gmbh", "pharmaceuticals", "bancorp", "enterprises",
            "realty", "associates", "partners", "consultants"),  # "Gary Realty", "Cramer & Associates"
    "HLH": ("hospital", "clinic"),
    "REL": ("mosque", "church", "synagogue", "cathedral", "diocese", "archdiocese"),
}
_ORG_WORD_SECTOR = {w: sec for sec, words in ORG_SECTOR_WORDS.items() for w in words}


#: last words of a name that make it a body's, never a person's ("British Airways", "Acme Ltd", "Bolton
#: University"), whatever the parser's entity says
BODY_NAME_ENDINGS = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "gmbh", "holdings",
    "airlines", "airways", "motors", "technologies", "industries", "pharmaceuticals", "bancorp", "university",
    "college", "hospital", "party", "union", "association", "foundation", "federation", "institute",
    "ministry", "department", "commission", "council", "committee", "agency", "authority", "realty",
    "associates", "development"})


def names_a_body(span: Span) -> bool:
    """A name that ends in a word only bodies' names end in ("British Airways", "Acme Corp.")."""
    words = [t for t in span if not t.is_punct or t.text == "."]
    return len(words) > 0 and words[-1].lower_ in BODY_NAME_ENDINGS and words[-1].text[:1].isupper()


def org_sector(span: Span) -> str | None:
    """Sector of a named organisation from the words of its name ("House Oversight Committee" → LEG)."""
    for t in reversed(span):
        sector = _ORG_WORD_SECTOR.get(t.lower_)
        if sector is not None:
            return sector
    return None


#: last words of names that name a thing, never a body or a person ("the Erasmus Mundus Scholarship", "the
#: Davis Cup", "the Patriot Act"); "Day", "Week" and "Bill" end such names and people's names both
THING_NAME_ENDS = frozenset({"scholarship", "scholarships", "award", "awards", "prize", "medal", "grant",
                             "cup", "trophy", "championship", "championships", "games", "olympics",
                             "festival", "marathon", "act", "treaty", "accord", "protocol", "index"})


def named_body(span: Span) -> bool:
    """An ORG entity that names a body: capitalised words, no digits, not a lone short acronym, and no
    place or people the gazetteer knows (the model calls "Tigray" or "Tigrayan" an ORG too)."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "of", "and", "&")]
    if not words or any(t.like_num or not t.text[:1].isupper() for t in words):
        return False
    if len(words) == 1 and len(words[0].text) <= 2:
        return False
    if words[-1].lower_ in THING_NAME_ENDS or words[-1].lower_ in ("day", "week", "bill"):
        return False  # "the Erasmus Mundus Scholarship", "the Davis Cup", "the Patriot Act": no body
    if len(words) == 1 and words[0].lower_ in ("policy", "policies"):
        return False  # a headline's capitals: "Kenya Approves of Ghana's Policy"
    from tacitus.geo.gazetteer import get_gazetteer

    gz = get_gazetteer()
    name = " ".join(t.text for t in words)
    people = any(gz.demonym_country(t.text) for t in words)
    return not (gz.has_key(name) or gz.demonym_country(name) or people)


def looks_like_name(span: Span) -> bool:
    """A PERSON entity that is a name: capitalised words, no digits, not a handle or a whole clause."""
    root = span.root
    if root.dep_ == "oprd" and root.head.lemma_ in ("name", "call", "dub") and root.head.dep_ == "acl":
        return False  # "a cat named Frank": the name of what it names
    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words) \
        and not any(any(ch.isdigit() for ch in t.text) or "@" in t.text for t in words)


NAME_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "de", "da", "del", "van", "von", "der", "la", "le",
                            "el"})


def other_first_name(doc: Doc, start: int, end: int, entry: Entry, lex: Lexicon) -> bool:
    """A leader matched by surname alone, preceded inside a PERSON name by a first name that is not the
    leader's ("Hunter Biden")."""
    if end - start != 1 or start == 0 or not entry.canonical or " " not in entry.canonical:
        return False
    prev = doc[start - 1]
    if prev.ent_type_ != "PERSON" or doc[start].ent_type_ != "PERSON" or not prev.text[:1].isupper():
        return False
    if prev.lower_ in lex.words or prev.lower_.rstrip(".") in ("mr", "mrs", "ms", "dr", "miss"):
        return False  # a title, not a first name
    return prev.text[:1] != entry.canonical[:1]


def given_name(doc: Doc, start: int, end: int, entry: Entry) -> bool:
    """A leader's surname alias that is the first word of a longer PERSON name, so a given name
    ("Cameron L. Smith" is not David Cameron, "Morrison Jones" not Scott Morrison)."""
    if end - start != 1 or end >= len(doc) or not entry.canonical or " " not in entry.canonical:
        return False
    nxt = doc[end]
    if doc[start].ent_type_ != "PERSON" or nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I":
        return False
    return nxt.text[:1].isupper() and nxt.lower_ not in NAME_SUFFIXES


def word_entry(lex: Lexicon, t: Token) -> Entry | None:
    """The lexicon's entry for a single noun, name or adjective (an agent word, a title, a demonym …)."""
    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    w = lex.words
    e = w.get(t.lower_) or w.get(t.lemma_.lower())
    if e is None and t.tag_ == "NNPS":
        e = w.get(singular(t.lower_))  # "US Senators": a capitalised plural the tagger leaves unlemmatised
    if e is not None and e.kind == "title" and t.ent_type_ == "PERSON" and t.ent_iob_ == "I":
        return None  # "Gayle King": a surname, not a king
    return e


#: nouns of recording devices and what they record, after which an initialism names the device
DEVICE_NOUNS = frozenset({"camera", "cameras", "footage", "image", "images", "system", "systems", "operator",
                          "operators", "surveillance", "monitoring", "still", "stills"})


def initialism_of_a_device(doc: Doc, start: int, end: int) -> bool:
    """A body's initialism that modifies a device or its recording ("CCTV cameras", "CCTV images"): the
    technology the letters also stand for (closed-circuit television), not the body."""
    name = doc[start:end].text
    return end - start == 1 and end < len(doc) and name.isupper() and len(name) > 1 and \
        doc[end].lower_ in DEVICE_NOUNS


def surname_after_given_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word organisation name right after a capitalised given name is a person's surname."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ in given_names()


NAMED_THINGS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


#: capitalised words that make a leader's name before them the name of a company, building or foundation
NAMED_BODY_WORDS = frozenset({
    "media", "organization", "organisation", "foundation", "tower", "towers", "hotel", "hotels", "airport",
    "university", "library", "center", "centre", "corp", "corp.", "inc", "inc.", "holdings", "industries",
    "entertainment", "resorts", "golf"})


def inside_organisation(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A leader's name inside the name of a company, building or work ("Trump Media", "the Trump
    Organization", "Reagan National Airport"); not "the Trump administration", whose other word is an
    agent noun of ours."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in NAMED_BODY_WORDS:
        return True  # "Trump Media cofounders", whatever the NER made of it
    if doc[start].ent_type_ not in NAMED_THINGS:
        return False
    for ent in doc.ents:
        inside = ent.start <= start and end <= ent.end and ent.end - ent.start > end - start
        if inside and ent.label_ in NAMED_THINGS:
            rest = [t for t in ent if not (start <= t.i < end) and t.dep_ not in ("det", "case", "punct")]
            agent_word = any(t.lemma_.lower() in lex.words or t.lower_ in lex.words for t in rest)
            return bool(rest) and not agent_word
    return False


#: nouns that name others by their relation to the country before them ("US allies", "Russia's critics")
COUNTERPARTS = frozenset({"ally", "allies", "partner", "partners", "backer", "backers", "critic", "critics",
                          "opponent", "opponents", "rival", "rivals", "adversary", "adversaries", "enemy",
                          "enemies", "foe", "foes"})
#: the counterparts that are the country's side
SUPPORTERS = frozenset({"ally", "allies", "partner", "partners", "backer", "backers"})
#: countries whose allies and partners are the West (CAMEO WST) in news usage: the big Western powers and
#: their Asian-Pacific allies, Ukraine, Israel, and the members of both NATO and the EU
WESTERN_ALIGNED = frozenset({"USA", "GBR", "FRA", "DEU", "ITA", "CAN", "UKR", "ISR", "POL", "NLD", "ESP",
                             "JPN", "KOR", "AUS", "NZL", "BEL", "LUX", "DNK", "SWE", "FIN", "PRT", "GRC",
                             "CZE", "SVK", "SVN", "HRV", "EST", "LVA", "LTU", "ROU", "BGR"})


def _counterparts(u: _Unit, named: Actor | None) -> Actor | None:
    """The actor of "<country> allies/partners": the West when the country is Western-aligned or the
    alliance Western ("US allies", "Ukraine's allies", "NATO allies"); nobody otherwise (Russia's allies and
    anyone's critics are not named by it)."""
    head = u.root.head
    if named is None or head.lemma_.lower() not in SUPPORTERS:
        return None
    western = (not named.sector and named.country in WESTERN_ALIGNED) or \
        named.code.startswith(("IGOWSTNAT", "IGOEUREEC", "WST"))
    if not western:
        return None
    start = min(t.idx for t in head.subtree if t.i <= head.i and t.dep_ != "det")
    return Actor(text=doc_text(head.doc)[start:head.idx + len(head)], code="WST", country=None, sector=None,
                 start=start, end=head.idx + len(head), rule=f"allies:{named.code.lower()}")


def a_persons_firm(doc: Doc, start: int) -> bool:
    """An organisation named after a person's possessive ("Henry's Turkey Service", "Joe's Italian Kitchen"):
    a private firm, whose country and sector words are part of its name."""
    while start > 0 and doc[start - 1].pos_ == "PROPN":  # (the name's first word: "Turkey Service")
        start -= 1
    if start < 2 or doc[start - 1].tag_ != "POS":
        return False
    owner = doc[start - 2]
    return owner.ent_type_ == "PERSON" or (owner.is_title and owner.lower_ in given_names())


def parent_body(da: DocumentActors, head: Token) -> Entry | None:
    """The intergovernmental organisation or the company whose name opens the name of an organisation we do
    not know ("United Nations Development Programme", "European Union Naval Force"; "Toyota Motor Corp.":
    the company's full name, when it ends in a company's word)."""
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end and e.label_ == "ORG"), None)
    if ent is None or ent.start >= head.i:
        return None
    unit = da._units[da._unit_of[ent.start]]
    first = unit.entry
    if any(t.lower_ in ("and", ",", "or") for t in head.doc[unit.end:head.i]):
        return None  # "Google Cloud and Microsoft Corp.": two bodies in one entity of the parser
    if first is None or first.kind != "org":
        return None
    if split_code(first.code)[1] == "BUS":  # (not "a Toyota Corolla": a car)
        return first if org_sector(head.doc[head.i:head.i + 1]) == "BUS" else None
    return first if first.code.startswith("IGO") else None


#: words of a patronymic name, which later mentions cut to the given name ("Prince Mohammed")
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})
UNKNOWN_ORG = "org:unknown"
#: what a company's rule ends with when its name says its country ("British Airways", "Bank of China")
OWN_COUNTRY = "own-country"
#: the rule of an unknown named body whose name has no word saying what it is, guessed a business
GUESSED_ORG = "org:unknown:guess"
#: words a sentence needs to count surely in the distance a pronoun looks back over
MIN_SENTENCE_WORDS = 3


def _fragment(sent: Span) -> bool:
    """A piece the sentence splitter cut from a quote: fewer than three words and a quote mark or a bracket
    in it, or starting in lower case ("“", "No! (", "he added.")."""
    words = sum(t.is_alpha for t in sent)
    if words >= MIN_SENTENCE_WORDS:
        return False
    text = sent.text.strip()
    return not words or text[:1].islower() or any(c in QUOTE_MARKS or c in "()[]" for c in text)


#: titles written before a person's name that the parser may take with it for an organisation's name
#: (not "general", "chief", "captain", "president": "General Motors", "Captain Morgan")
PERSON_TITLE_WORDS = frozenset({"ambassador", "inspector", "detective", "sergeant", "sgt", "judge", "senator",
                                "minister", "governor", "mayor", "prosecutor", "commissioner", "colonel",
                                "lieutenant", "councillor", "councilman", "councilwoman", "sheriff",
                                "constable"})
#: ranks of the police and the army alike: in a story of the police, a police rank ("Sgt. Kosinski")
RANKS = frozenset({"sgt.", "sgt", "sergeant", "lt.", "lieut.", "lieutenant", "capt.", "cpt.", "captain"})
POLICE_WORDS = frozenset({"police", "sheriff", "deputy", "deputies", "officer", "officers", "detective",
                          "arrest", "arrested", "patrol", "trooper"})
MILITARY_WORDS = frozenset({"army", "military", "troops", "soldier", "soldiers", "regiment", "battalion",
                            "marines", "navy", "platoon"})


def rank_sector(word: Token, sector: str | None) -> str | None:
    """A rank's sector: the police's in a story of the police ("Sgt. Kosinski stopped a tenant"), else the
    title's own (the army's)."""
    return "COP" if word.lower_ in RANKS and police_story(word.doc) else sector


def police_story(doc: Doc) -> bool:
    """The story tells of the police more than of an army (its ranks are police ranks)."""
    if "tacitus_police_story" not in doc.user_data:
        words = [t.lower_ for t in doc]
        doc.user_data["tacitus_police_story"] = \
            sum(w in POLICE_WORDS for w in words) > sum(w in MILITARY_WORDS for w in words)
    return doc.user_data["tacitus_police_story"]


#: first words of names that are no body: an operation, a storm ("Operation Falcon", "Hurricane Betsy")
NAMED_NON_BODIES = frozenset({"operation", "hurricane", "typhoon", "cyclone", "storm", "tropical", "tornado",
                              "wildfire", "fire", "flood", "earthquake",
                              "measure", "proposition", "prop", "amendment", "initiative"}  # ballot measures
                             ) | frozenset(WEEKDAYS) | frozenset(  # "on Tuesday April 14": a date, no body
                                 m for m in MONTHS if len(m) > 3 and m not in ("march", "may"))


#: private people, whose nationality the story tells once for all their mentions
PRIVATE_PEOPLE = frozenset({"CVL", "CRM", "REF"})


def told_origin(a: Actor) -> bool:
    """The mention tells the person's origin: "a native of Mexico", or a title with a demonym ("Ruiz, the
    Spanish security consultant": the country of a private person's title is theirs)."""
    return "origin:" in a.rule or a.rule.startswith("title:")


def nationality_told_later(da: DocumentActors) -> None:
    """A private person's origin told after their first mentions ("Police arrested Jose Gomez … Gomez, a
    native of Mexico, was held") is theirs at every mention (coding guide: a person keeps their country)."""
    told: dict[str, Actor] = {}
    for a in da._actor.values():
        if a is not None and a.person and a.country and told_origin(a) and \
                (a.sector or "")[:3] in PRIVATE_PEOPLE:
            told.setdefault(a.person, a)
    if not told:
        return
    for k, a in da._actor.items():
        if a is None or not a.person or a.country or (a.sector or "")[:3] not in PRIVATE_PEOPLE:
            continue
        origin = told.get(a.person)
        if origin is not None:
            da._actor[k] = replace(a, code=make_code(origin.country, a.sector), country=origin.country,
                                   rule=f"{a.rule}+origin:told-later")


def drop_names_inside_names(da: DocumentActors) -> None:
    """An unknown organisation read off words inside a known actor's name is no actor of its own ("the
    Coordination of Humanitarian Affairs" inside "the UN Office for the Coordination of Humanitarian
    Affairs")."""
    known = [(a.start, a.end) for a in da._actor.values()
             if a is not None and not a.rule.startswith(UNKNOWN_ORG)]
    for k, a in list(da._actor.items()):
        if a is not None and a.rule.startswith(UNKNOWN_ORG) and \
                any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in known):
            da._actor[k] = None


def party_members_in_legislature(da: DocumentActors) -> None:
    """"Democrats on Capitol Hill", "Republicans in Congress": a party's members in a legislature are that
    legislature's (LEG), as "House Democrats" are."""
    for k, a in list(da._actor.items()):
        if a is None or a.sector != "PTY":
            continue
        for prep in da._units[k].root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            body = da.unit_actor(place) if place is not None else None
            if body is not None and body.sector == "LEG":
                country = a.country or body.country
                da._actor[k] = replace(a, code=make_code(country, "LEG"), country=country, sector="LEG",
                                       rule=f"{a.rule}+in:{body.text.lower()}")
                break


def referring_it(tok: Token) -> bool:
    """"it" standing for something ("it rejected the claims"), not a dummy ("it is unfortunate that …")."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    head = tok.head
    if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in READY_ADJECTIVES and
                                   any(g.dep_ == "xcomp" for g in c.children) for c in head.children):
        return True  # "the ministry said it was ready to resume talks" (not "it is easy to see")
    return head.lemma_ not in ("be", "seem", "appear", "take", "remain", "become", "look", "matter", "mean")


#: adjectives of a party's readiness: the "it" before them is that party ("it is willing to talk")
READY_ADJECTIVES = frozenset({"ready", "willing", "unwilling", "prepared", "determined", "committed", "eager",
                              "keen", "able", "unable", "reluctant"})
