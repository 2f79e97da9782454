"""Local news, towns, US states and counties, datelines and local bodies."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from tacitus.actors.lexicon import Entry
from tacitus.actors.places import (
    PlaceIndex,
    phone_countries,
    region_country,
    state_country,
    subdivision_country,
    subdivisions_named,
    town_countries,
)
from tacitus.actors.resolver.names import (
    given_names,
)
from tacitus.actors.resolver.units import (
    LOCATIVE_PREPS,
    _Unit,
)
from tacitus.model.records import Actor
from tacitus.nlp.doctext import doc_text


def named_company(a: Actor) -> bool:
    return a.sector in ("BUS", "MNC") and a.rule.startswith(("org:", "phoenix:org"))


def unique_town(span: Span, persons: dict) -> str | None:
    """The country of the town ``span`` names, when every town of that name the gazetteer knows is in one
    country; not a person's name ("Sullivan police"), a word ("Federal Police") or part of a hyphenated name
    ("Miami-Dade": no Dade)."""
    doc, root = span.doc, span.root
    hyphens = (doc[span.start - 1].text if span.start else "", doc[min(span.end, len(doc) - 1)].text)
    if not root.text[:1].isupper() or root.lower_ in persons or root.lower_ in TOWNS_NAMED_LIKE_WORDS or \
            "-" in hyphens:
        return None
    region = region_country(span.text)
    if region is not None:
        return region  # "Ontario police": the province's, not Ontario, California's
    towns = town_countries(span.text)
    if len(towns) != 1:
        return None
    if american_local_news(doc) and towns != {"USA"}:
        return "USA"  # "Carthage Police Officer" in a Moore County story: too small a town for the gazetteer
    return next(iter(towns))


#: a sheriff's deputies, named bare ("deputies searched the home"): police only in American local news (one
#: "deputy" a citizen talked to, or who would be fired, is no police act: on unannotated pages, 0 of 2 right)
BARE_DEPUTIES = frozenset({"deputies"})


def american_local_news(doc: Doc) -> bool:
    """The document is American local news ("Lexington County", a sheriff's office, a grand jury): a town it
    names before its police or court is American, whatever other town of that name the gazetteer knows."""
    if "tacitus_us_local" not in doc.user_data:
        doc.user_data["tacitus_us_local"] = american_local_text(doc_text(doc))
    return doc.user_data["tacitus_us_local"]


def american_local_text(text: str) -> bool:
    """``text`` names an American county, sheriff or state legislator (US_COUNTY), or writes as American
    local news does (a felony charge, "1200 Main St.", "West 11th Street", a school board) and names no
    state or province of another country (Canadian news writes its streets the same way)."""
    if US_COUNTY.search(text):
        return True
    return bool(US_LOCAL_STYLE.search(text)) and subdivisions_named(text) <= {"USA"}


#: sectors of bodies that name their town first ("the Danbury Police Department", "Paranaque Regional Trial
#: Court"); a firm's first word is often a town's name too ("Delta", "Toyota")
LOCAL_BODY_SECTORS = frozenset({"JUD", "COP", "GOV", "LEG"})
LOCAL_BODY_WORDS = frozenset({"court", "police", "sheriff", "county", "city", "municipal", "council",
                              "district", "prosecutor", "prosecutors", "magistrates", "constabulary"})
#: towns named like the words before an agent noun ("Federal Police", "Union officials", "Central Command")
TOWNS_NAMED_LIKE_WORDS = frozenset({"federal", "union", "central", "republic", "police", "mobile",
                                    "independence", "national", "state", "border", "capitol", "metro"})


#: American local news: "Lexington County", "Rapides Parish", a sheriff's office or department, a grand
#: jury, a state's circuit or superior court, an interstate, a state legislator ("state Sen. Ray Miller")
US_COUNTY = re.compile(r"\b(?:St\. )?[A-Z][a-z]*[A-Z]?[a-z]+(?: [A-Z][a-z]+)? (?:County|Parish)\b"
                       r"(?! (?:Council|Hall))|"  # ("DuPage County", "McHenry County", "St. Clair County")
                       r"\b(?:[Ss]heriff['’]s (?:Office|Department|[Dd]eput(?:y|ies))|[Gg]rand jury|"
                       r"Superior Court|Circuit Court|"
                       r"District Attorney|Interstate \d+|I-\d+|Council(?:man|woman|member)|"
                       r"[Cc]ity [Mm]anager|Board of (?:Supervisors|Commissioners|Aldermen|Selectmen))\b|"
                       r"\bstate (?:Sen\.|Rep\.|[Ss]enator\b|[Rr]epresentative\b|[Aa]ssembly(?:man|woman)\b)")

#: how American local news writes, though Canadian news may too: felony and misdemeanor charges (no longer
#: British or Canadian law's words), street addresses with a house number ("2517 Memphis St., Alexandria")
#: or a numbered street ("West 11th Street"), "the 900 block of" a street, school boards and districts, a
#: township's clerk or police, state police
US_LOCAL_STYLE = re.compile(
    r"\b(?:felony|felonies|misdemeanou?rs?)\b|"
    r"\b\d{2,5} (?:[NSEW]\. )?[A-Z][a-z]+ (?:St|Ave|Blvd|Rd|Dr)\., [A-Z]|"
    r"\b\d+(?:st|nd|rd|th) (?:Street|Avenue)\b|"
    r"\b[Ss]chool (?:[Bb]oard|[Dd]istrict)\b|\b[Bb]oard of [Ee]ducation\b|\bState [Pp]olice\b|"
    r"\bthe \d+ block of\b|\b[Tt]ownship (?:[Cc]lerk|[Aa]ttorney|[Pp]olice|[Cc]ommittee|[Tt]rustees?)\b")


def towns_of_states(doc: Doc, units: list[_Unit], places: PlaceIndex, outlet: str | None = None) -> None:
    """A town written with its state or province ("LONDON, Ky.", "Paris, Texas") lies in that state's country,
    there and wherever the document names it again: its units become places of that country."""
    text = doc_text(doc)
    places_units = [u for u in units if (u.entry.kind in PLACE_KINDS if u.entry is not None else
                                         u.ent in ("GPE", "LOC"))]
    if not places_units:
        return
    names = {id(u): text[doc[u.start].idx:doc[u.end - 1].idx + len(doc[u.end - 1])] for u in places_units}
    towns: dict[str, str] = {}
    for u in places_units:
        name = names[id(u)]
        if u.entry is not None and u.entry.kind == "capital" and u.entry.code != "USA" and \
                [t.lower_ for t in doc[u.end:u.end + 2]] == ["police", "department"] and \
                "USA" in town_countries(name):
            towns.setdefault(name.lower(), "USA")  # "the Paris Police Department": Paris, Texas (a town
            # written with its state, below, still tells its own country)
        if u.end >= len(doc) or doc[u.end].text != "," or (u.entry is not None and u.entry.kind == "country"):
            continue
        comma = doc[u.end]
        country = subdivision_country(text[comma.idx + 1:comma.idx + 24])
        state = STATE_AFTER_TOWN.match(text, comma.idx + 1)
        if country is None and state is not None and \
                places.lookup(state.group(1)) not in town_countries(name):  # (the namesake country's towns)
            country = STATES_NAMED_LIKE_COUNTRIES[state.group(1).lower()]  # "Grovetown, Georgia" (not Batumi)
        if country is not None:
            towns[name.lower()] = country
    local = set(towns.values()) | ({"USA"} if american_local_news(doc) else set())
    anchors = local | subdivisions_named(text) | phone_countries(text) | ({outlet} if outlet else set())
    # ("the Lexington County jail": American local news; an Irish outlet: "Dundalk" is Irish; a number to
    # call in Ontario: "London police" are Canadian)
    for u in places_units:  # "Georgia authorities" in a story of Atlanta and an Arizona woman: the state
        home = STATES_NAMED_LIKE_COUNTRIES.get(names[id(u)].lower())
        if home is not None and (home in anchors or _before_a_state_body(doc, u)) and \
                u.entry is not None and u.entry.kind == "country" and \
                not COUNTRY_SIGNS.get(names[id(u)].lower(), _NEVER).search(text):
            u.entry = Entry("place", names[id(u)], f"place:{names[id(u)].lower()}+state", home)
    if not anchors:
        return
    for u in places_units:  # a country's name as a town's in local news: "Lebanon Police", "36, of Palestine"
        name = names[id(u)]
        if local and u.entry is not None and u.entry.kind == "country" and name.lower() not in towns and \
                _used_as_town(doc, u):
            here = sorted(local & town_countries(name))
            if here:
                towns[name.lower()] = here[0]
    named = {u.entry.code for u in units if u.entry is not None and u.entry.kind in ("country", "demonym")
             and doc[u.start:u.end].text.lower() not in towns}
    evidence = anchors | named  # the countries the story itself names or is anchored in
    for u in places_units:
        name = names[id(u)]
        country = towns.get(name.lower())
        kind = u.entry.kind if u.entry is not None else u.ent
        # (a capital as someone's home town, "Mark Hill, a Paris resident", "a Paris man": a town's use)
        town_use = local or _dateline(doc, u) or _local_body(doc, u) or _used_as_town(doc, u)
        default = u.entry.code if kind == "place" or (kind == "capital" and town_use) \
            else places.lookup(name) if kind == "GPE" else None
        if country is None and default is not None and default not in evidence:
            # "an Alexandria grand jury" in a story of Virginia: the American town, when the story names
            # no Egypt; a capital only in local news ("a Paris man" of Henry County), as "Biden flew to
            # Paris" in a story that names Virginia is still the French capital
            country = next(iter(sorted(anchors & town_countries(name))), None)
            if country is None and kind == "capital" and american_local_news(doc):
                country = "USA"  # "two London residents" of a Laurel County story: London, Kentucky, a town
                # too small for the gazetteer (the story names no Britain)
        if country is None and kind == "capital" and u.entry.code not in evidence and \
                state_country(name) in anchors:
            country = state_country(name)  # "in Victoria" in a story of Queensland: the state, no capital
        if country is not None:
            u.entry = Entry("place", name, f"place:{name.lower()}+state", country)


#: nouns that describe one person, whom a later he or she can refer to when no one is named
FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "daughter", "wife", "policewoman", "sister",
                          "grandmother", "businesswoman", "congresswoman", "spokeswoman", "chairwoman"})
MALE_NOUNS = frozenset({"man", "boy", "father", "son", "husband", "policeman", "brother", "grandfather",
                        "gunman", "businessman", "congressman", "spokesman", "chairman"})
ONE_PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS | frozenset({
    "officer", "inspector", "detective", "sergeant", "constable", "trooper", "deputy", "suspect", "victim",
    "teenager", "teen", "driver", "motorist", "resident", "soldier", "journalist", "reporter", "doctor",
    "nurse", "judge", "prosecutor", "student", "teacher", "worker", "employee", "attacker", "assailant",
    "defendant", "inmate", "prisoner", "passenger", "pedestrian", "witness", "neighbor", "neighbour", "guard",
    "juvenile", "lawyer", "attorney", "priest", "pastor", "activist", "protester", "official", "minister"})


def described_gender(head: Token) -> str | None:
    """The gender a person noun tells ("a female police inspector", "the gunman"), if any."""
    words = {head.lemma_.lower()} | {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    if words & (FEMALE_NOUNS | {"female"}):
        return "female"
    if words & (MALE_NOUNS | {"male"}):
        return "male"
    return None


def _aged(doc: Doc, end: int) -> bool:
    """The name is followed by an age (", 45,"): local news names people so, never bodies."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age, after = doc[end + 1], doc[end + 2]
    return age.is_digit and 0 < int(age.text) < 120 and after.text in (",", ".", ")", "of", "and")


def copular_description(head: Token) -> Token | None:
    """What a named person is said to be, which tells who he is like an apposition ("Christopher Steele, who
    wrote the reports, is a former officer in Britain's Secret Intelligence Service"); not when denied."""
    be = head.head
    if head.dep_ != "nsubj" or head.ent_type_ != "PERSON" or be.lemma_ != "be" or be.i < head.i or \
            any(c.dep_ == "neg" for c in be.children):
        return relative_description(head)
    return _predicate_noun(be)


def relative_description(head: Token) -> Token | None:
    """What a named person is said to be now in a relative clause on the name ("Gen. Cartwright, who is
    the second highest ranking officer of the United States, …"); not what he was, nor when denied."""
    if head.ent_type_ != "PERSON":
        return None
    for be in (c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be" and c.tag_ == "VBZ"):
        if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in be.children) and \
                not any(c.dep_ == "neg" for c in be.children):
            return _predicate_noun(be)
    return None


def _predicate_noun(be: Token) -> Token | None:
    """The noun a form of "be" says its subject is ("is a former officer" → officer), if any."""
    return next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _before_a_state_body(doc: Doc, u: _Unit) -> bool:
    """The name stands before a body only an American state has ("the Georgia Bureau of Investigation")."""
    last = doc[u.end - 1]
    return bool(STATE_BODY.match(doc_text(doc), last.idx + len(last)))


def surnames_named_like_countries(doc: Doc, units: list[_Unit]) -> set[int]:
    """A country's name after a given name is a surname ("reporter Bill Holland", "Officer Jordan
    Smith" is not), and before a surname in one person's name a given name ("Georgia Stevens", "Israel
    Folau"): there, and where the story names that person again by it ("Holland said", "Georgia began
    skating"), not after a preposition of place ("in Holland") or a town and its comma ("Macon, Georgia").
    The tokens so read as a person's name."""
    given = given_names()
    names = set()
    for u in units:
        e = u.entry
        if e is not None and e.kind == "country" and u.end - u.start == 1 and u.start > 0:
            before = doc[u.start - 1]
            if before.is_title and before.lower_ in given and before.ent_type_ in ("PERSON", "") and \
                    before.tag_ in ("NNP", "NNPS"):
                names.add(doc[u.start].lower_)
        if e is not None and e.kind == "country" and u.end - u.start == 1 and _first_of_a_name(doc, u.start):
            names.add(doc[u.start].lower_)
    return _read_as_surnames(doc, units, dict.fromkeys(names, 0),
                             lambda u: u.entry is not None and u.entry.kind == "country")


#: the lexicon kinds of a town's name that may be a person's surname ("Tom Jackson" … "Jackson said")
TOWN_KINDS = frozenset({"capital", "place"})


def surnames_named_like_towns(doc: Doc, units: list[_Unit]) -> set[int]:
    """A town's name that closed a person's full name ("Maria Lopez", "Sam Houston") is that person's surname
    where the story names it again alone ("Lopez said", "police arrested Houston"), not after a preposition
    of place ("police in Houston"), a town and its comma, or before a noun it modifies ("Houston police").
    The tokens so read as a person's name (the gazetteer's town would otherwise beat the person)."""
    given = given_names()
    first: dict[str, int] = {}  # surname -> the token closing its first full name
    for u in units:
        tok = doc[u.start]
        if u.end - u.start != 1 or u.start == 0 or not tok.is_title or tok.lower_ in first:
            continue
        if not (u.entry is not None and u.entry.kind in TOWN_KINDS) and u.ent != "GPE":
            continue
        before = doc[u.start - 1]
        if before.is_title and before.tag_ == "NNP" and (
                (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I") or
                (before.lower_ in given and before.ent_type_ in ("PERSON", ""))):
            first[tok.lower_] = u.start
    return _read_as_surnames(doc, units, first,
                             lambda u: (u.entry is not None and u.entry.kind in TOWN_KINDS) or u.ent == "GPE")


def _read_as_surnames(doc: Doc, units: list[_Unit], since: dict[str, int],
                      place: Callable[[_Unit], bool]) -> set[int]:
    """Make a person's name of every one-word ``place`` unit whose word is a surname of ``since`` (from the
    token its person was first named at), unless it stands as a place there (:func:`_named_as_a_place`).
    The tokens so read."""
    people: set[int] = set()
    for u in units:
        at = since.get(doc[u.start].lower_)
        if at is None or u.start < at or u.end - u.start != 1 or not place(u) or \
                _named_as_a_place(doc, u.start):
            continue
        u.entry, u.ent = None, "PERSON"
        people.add(u.start)
    return people


def _named_as_a_place(doc: Doc, at: int) -> bool:
    """The name is the place's where it stands: after a preposition of place ("in Holland"), a town and its
    comma ("Macon, Georgia") or before a noun it modifies without being a person's ("the Georgia premier")."""
    tok = doc[at]
    return (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS) or \
        (at > 1 and doc[at - 1].text == "," and doc[at - 2].ent_type_ == "GPE") or \
        (tok.dep_ in ("compound", "nmod") and tok.ent_type_ != "PERSON")


def _first_of_a_name(doc: Doc, at: int) -> bool:
    """The word opens a person's name the parser reads whole, before a capitalised surname ("Georgia
    Stevens"); not before a title ("Georgia Governor Brian Kemp" is a state's governor)."""
    tok = doc[at]
    if at + 1 >= len(doc) or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
        return False
    nxt = doc[at + 1]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.is_title and nxt.tag_ == "NNP"


#: states that share a country's name, by the country they are states of
STATES_NAMED_LIKE_COUNTRIES = {"georgia": "USA"}
#: such a state's name after a town and its comma ("Grovetown, Georgia, said")
STATE_AFTER_TOWN = re.compile(r"\s*(Georgia)\b(?!n)")
#: words that put a story in the country, not the state of the same name
COUNTRY_SIGNS = {"georgia": re.compile(r"\b(?:Tbilisi|Georgians?|Abkhaz\w*|South Ossetia\w*|Saakashvili|"
                                       r"Batumi|Kutaisi|Ivanishvili|Kobakhidze|Zourabichvili|Garibashvili|"
                                       r"Caucasus)\b")}
_NEVER = re.compile(r"(?!)")
#: bodies only an American state has, after the state's name ("the Georgia Bureau of Investigation")
STATE_BODY = re.compile(r"\s+(?:Bureau of Investigation|State Patrol|Highway Patrol|General Assembly|"
                        r"State Police|Department of (?:Corrections|Public Safety|Transportation|Revenue)|"
                        r"State University|Tech\b|Supreme Court|Court of Appeals|State Senate|State Capitol|"
                        r"Secretary of State|Gov\.|Governor|Lt\. Gov\.|Lieutenant Governor|Attorney General|"
                        r"Legislature)")

#: lexicon kinds that name a place a town may share its name with
PLACE_KINDS = frozenset({"capital", "place", "country"})


#: nouns a town names in local news ("Lebanon Police", "a Paris man")
LOCAL_NOUNS = frozenset({
    "police", "department", "city", "council", "mayor", "officer", "officers", "detective", "detectives",
    "fire", "school", "man", "woman", "resident", "residents", "teen", "boy", "girl", "couple", "family",
    "township", "village", "court", "hospital", "library",
})


def _dateline(doc: Doc, u: _Unit) -> bool:
    """The unit is a dateline: a place in capitals opening a sentence, before a dash ("VICTORIA - The home
    of a family …" in a story of British Columbia is not the Seychelles' capital)."""
    dash = doc[u.end] if u.end < len(doc) else None
    return doc[u.start].is_sent_start and doc[u.start].is_upper and dash is not None and \
        dash.text in ("-", "--", "—", "–")


def _local_body(doc: Doc, u: _Unit) -> bool:
    """The place names a town's own body ("the Paris Police Department", "Paris City Council"): in a story
    that names an American state, the namesake town there rather than the capital."""
    return u.end < len(doc) and doc[u.end].lower_ in LOCAL_BODY_WORDS


def _used_as_town(doc: Doc, u: _Unit) -> bool:
    """A country's name used as a town's: the modifier of a local noun ("Lebanon Police"), or a hometown
    after an age ("Terry Jolly, 60, Lebanon, was arrested")."""
    root = u.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in LOCAL_NOUNS:
        return True
    at = u.start - 1 if u.start >= 1 and doc[u.start - 1].lower_ == "of" else u.start  # ", 36, of Palestine"
    return at >= 2 and doc[at - 1].text == "," and doc[at - 2].like_num
