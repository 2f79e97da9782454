"""The event coder: trigger matches → frames (who, whom, modality, date) → coded events."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tacitus.enrich.quote_marks import FIRST_PERSON
from tacitus.enrich.quotes import direct_quotes
from tacitus.events import modality as mod
from tacitus.events.cameo import CAMEO, CameoTable
from tacitus.events.confidence import ConfidenceModel
from tacitus.events.context import is_sports_result
from tacitus.events.core import (
    blame_the_story_perpetrator,
    incomplete,
    make_event,
    refine,
    settle,
)
from tacitus.events.domain import DomainGate, political_mentions
from tacitus.events.lexicon import Entry, EventLexicon
from tacitus.events.readings import best_readings
from tacitus.events.roles import (
    AUTHORITY_ROOTS,
    DOCUMENT_NOUNS,
    PLACE_NOUNS,
    ActorLookup,
    accuser_of,
    conditions_of,
    document_author,
    document_focus,
    earlier_proposer,
    holder_sector,
    implied_civilians,
    implied_government,
    inherit_country,
    local_government,
    names_party,
    np_span,
    object_owner,
    one_actor,
    political,
    public_service,
    relative_clause_tokens,
    same_party,
    sentence_countries,
    sentence_places,
    split_coordinated_countries,
    story_places,
    struck_country,
    struck_place,
    through_objective,
    through_quantity,
    unarmed,
    unknown_attackers,
    with_sector,
)
from tacitus.events.roles import implied as implied_actor
from tacitus.events.speech import (
    content_actor_tokens,
    content_of,
    content_tokens,
    content_words,
    names_a_matter,
)
from tacitus.events.syntax import (
    ACCUSING_VERBS,
    PASSIVE_SUBJECT_DEPS,
    agent,
    authoring_participle,
    children,
    clause_tokens,
    first_child,
    governing_chain,
    is_passive,
    noun_agent,
    pobj_of,
    subject,
    with_conjuncts,
)
from tacitus.events.triggers import (
    BORNE,
    OPENING,
    VIOLENT_ROOTS,
    Context,
    Match,
    TriggerFinder,
    between_pair,
    complement_verb,
    held_in,
    infinitives_of,
    misparsed_object,
    ngrams,
    noun_phrase_words,
    object_heads,
    object_predicate,
)
from tacitus.model import Actor, DateMention, Document, Event
from tacitus.nlp.doctext import doc_text

MILITARY_ROOTS = frozenset({"15", "18", "19", "20"})
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
MUTUAL_FIGHTING = frozenset({"exchange fire", "clash", "skirmish", "trade fire"})  # each fires at the other
#: a body's seat, which stands for the body ("visited NATO headquarters", "outside the party's offices")
#: writing to someone: "wrote to the council demanding …" (the appeal's addressee after "to")
WRITING_VERBS = frozenset({"write", "send", "address", "pen", "submit", "deliver"})
SEAT_NOUNS = frozenset({"headquarters", "hq", "office", "offices", "premises", "compound", "seat"})
#: codes of acts parties named together do to others, not to each other ("Biden and Trump visit the border",
#: "mediated by Turkey and Russia", "China and Russia praised the plan")
ONE_WAY = frozenset({"042", "043", "045", "051", "052", "053", "054", "055", "056"})
# speakers whose statements are not political acts (unless named), and addressees that are no target
QUIET_SECTORS = frozenset({"CVL", "MED", "BUS", "EDU", "HLH"})
SPEECH_ACCUSING = frozenset({"accusing"})
SPEECH_DISPARAGING = frozenset({"disparaging"})
SPEECH_APPROVING = frozenset({"approving"})
DENIED_VIRTUES = frozenset({"denied_virtues"})
HARMING = frozenset({"harming"})  # "said Ottawa's cuts have hurt hospitals": blame of the cuts' author
HARMS = frozenset({"harms"})
#: verbs whose object or result, when it is a harm, blames their subject ("caused factories to close")
CAUSING = frozenset({"cause", "lead", "bring", "cost"})
#: the word classes that make a statement an accusation (112) or praise (051); criticism (111) otherwise
JUDGING_CLASSES = {"112": SPEECH_ACCUSING, "051": SPEECH_APPROVING}
RULINGS = frozenset({"rulings"})
COURT_FILING_VERBS = frozenset({"file", "lodge"})
#: verbs whose subject is the one a request was made of ("Britain is considering Russia's request")
ANSWERING_VERBS = frozenset({"consider", "review", "weigh", "study", "examine", "grant", "accept", "approve",
                             "receive", "heed", "answer", "honour", "honor", "fulfil", "fulfill"})
#: answering what another put forward: yielding to it (08) or rejecting it (12)
ANSWERING_ROOTS = frozenset({"08", "12"})
GIVER_PREPS = frozenset({"from", "by"})
DISASTER = frozenset({"disaster"})
HAZARDS = frozenset({"natural_hazards"})
#: words of an emergency in which an appeal to the public is safety advice ("so they can be reached in an
#: emergency")
SELF_CARE = frozenset({"self_care"})
#: who works for a company ("activist tech workers", "employee activists", "staff")
EMPLOYEES = frozenset({"employees"})
EMERGENCY_WORDS = frozenset({"emergency", "emergencies", "evacuation", "caution", "sandbag", "sandbags"})
ROAD_USERS = frozenset({"road_users"})
TERROR_ACTS = frozenset({"terror_acts"})
#: what bombs (a bombing's classes of the lexicon, and bomb words): its author is unknown armed men
BOMBINGS = frozenset({"car_bomb", "roadside", "suicide"})
BOMB_WORDS = frozenset({"bomb", "bombs", "bombing", "bombings", "grenade", "grenades", "ied", "ieds",
                        "landmine", "landmines", "explosive", "explosives"})
#: an explosion is a bombing only in a story of bombs or militants
BLAST_WORDS = frozenset({"explosion", "explosions", "blast", "blasts"})
TERROR_CONTEXT = frozenset({"bomb", "bombing", "bomber", "explosive", "terrorist", "terror", "terrorism",
                            "militant", "jihadist", "insurgent", "extremist"})
ACCIDENT_WORDS = frozenset({"gas", "boiler", "pipeline", "mine", "chemical", "accidental", "factory", "plant",
                            "volcanic", "sonic"})
LAW_ENFORCEMENT = frozenset({"COP", "JUD"})
#: who gather to protest: "demonstrators gathered outside the cathedral to voice their anger at police"
PROTESTERS = frozenset({"demonstrator", "protester", "protestor", "marcher", "rioter"})
#: what the public is asked to do when police appeal for information
CONTACT_VERBS = frozenset({"contact", "call", "phone", "reach", "email", "text", "notify"})
#: what a judgement faults no one for: an accident, a disaster, the weather, a road (classes.yaml)
MISHAP_CLASSES = frozenset({"accidents", "disaster", "natural_hazards", "mishap_words"})
#: what makes a police account one of an offence (not of a crash, a rescue or someone's movements)
WRONGDOING_CLASSES = frozenset({"crime_acts", "crime_matters", "crime", "small_arms", "wrongdoers",
                                "offence_words"})
SUSPECTS = frozenset({"CVL", "CRM"})  # whom police accuse when they tell of an assault
#: passive verbs by which police name a suspect ("is suspected in the robbery"; "is wanted" is an act itself)
SUSPECTING = frozenset({"suspect"})
#: what a story tells when its police work is no inquiry into anyone: an accident, a disappearance
MISHAP_STORY_CLASSES = frozenset({"accidents", "missing_people"})
#: what the police say when they suspect no crime ("no foul play is suspected")
NO_CRIME_CLASSES = frozenset({"no_crime_suspected"})
#: what makes it a crime story after all (not "death", "case", "incident": an accident has them too)
CRIME_STORY_CLASSES = frozenset({"crime_acts", "crime", "wrongdoers", "crime_matters"})
NEUTRAL_MATTERS = frozenset({"death", "case", "incident", "disappearance", "kill", "killed", "charge",
                             "charges"})
#: what a person told of by the police may do that accuses them of nothing ("the man died at the scene")
NOT_DEEDS = frozenset({"be", "have", "die", "live", "suffer", "survive", "receive", "remain", "work", "say",
                       "tell", "know", "need", "want", "appear", "seem", "become", "get", "recover", "lose",
                       "cooperate", "call", "report", "identify", "stumble", "collapse", "fall", "sleep",
                       "wake", "arrive", "show", "come", "go", "walk", "return", "stay", "sit", "stand",
                       "lie"})  # ("said Vermelhudo came downstairs, suffering from stab wounds": no deed)
#: people named by no more than a word for people: no one a police account accuses
GENERIC_PEOPLE = frozenset({"people", "person", "public", "community", "communities", "everyone", "anyone",
                            "someone", "youth", "youngster", "resident", "citizen"})
VICTIMS = frozenset({"victim", "resident", "witness", "passenger", "neighbor", "neighbour", "family",
                     "officer"})
BETWEEN = "noun:between"  # the reading of "fighting between X and Y": X against Y and Y against X
ATTACKS = frozenset({"violence", "terror_acts"})
PUBLIC_MEASURES = frozenset({"public_measures"})
CONTRABAND = frozenset({"contraband"})
HAND_WEAPONS = frozenset({"hand_weapons"})
#: verbs of a relative clause whose subject a legal act befalls ("the charges he is facing")
FACING = frozenset({"face", "receive", "serve"})
#: roots of acts whose report by a party accuses their author (112): violence, "alleged atrocities"
HOSTILE_ROOTS = frozenset({"18", "19", "20"})
#: a protest's demand: the protest with that demand (1041 leadership change → 1411 demonstrate for it, …)
PROTESTED_DEMANDS = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}
PROTESTS = frozenset({"protest_verbs", "protest_nouns"})
ARMED_SECTORS = frozenset({"MIL", "REB"})  # an attack on whom is fighting
#: words of force and punishment that make a foretold outcome a threat
MENACE = frozenset({"violence", "sanctions", "military", "attack_verbs", "sanction_verbs", "expel_verbs",
                    "repress_verbs", "sever", "aggression", "wmd"})
#: roots of faulting an act in words: a faulted measure with no author named is the government's ("defended
#: the policy" is no faulting, whatever its root)
FAULTING_ROOTS = frozenset({"11"})
CAUSE_PREPS = frozenset({"in", "by", "during", "after", "from"})
PHRASAL_OBJECT_PREPS = frozenset({"at", "against"})
#: organised voices whose public criticism is coded even unnamed ("the rights group said …")
CRITIC_SECTORS = frozenset({"NGO", "LAB", "REL", "OPP"})
PUNDIT_SECTORS = frozenset({"EDU", "MED"})
#: speech verbs that make their content an allegation
ALLEGING = frozenset({"allege", "claim", "charge"})  # (not "contend": an argument, accusing by its words)
#: verbs whose subject said what a clause below them says
SPEAKING = mod.REPORTING_VERBS | ALLEGING | {"maintain", "contend"}
CLAIMS = frozenset({"claims"})
DROPPED_CASES = frozenset({"dropped_cases"})  # charges and cases a court or prosecutor drops
MEETING_OCCASIONS = frozenset({"meeting_occasions"})  # what one meets for ("sat down for dinner")
REQUESTS = frozenset({"requests"})
QUOTE_OPENERS = frozenset({"“", '"'})
DISMISSIVE = frozenset({"dismissive"})
DEMANDING = frozenset({"must"})  # "X said Congress must act": a demand
#: what a demand threatens after "or": "must cease the driving immediately or face further action"
PENALTY_VERBS = frozenset({"face", "risk", "suffer", "lose", "pay"})
URGING = frozenset({"should", "ought"})  # "X said the board should reconsider": an appeal
FIGURATIVE = frozenset({"figurative"})
#: attack nouns that, with a figurative modifier ("a PR attack", "a media onslaught"), are criticism
VERBAL_ATTACKS = frozenset({"attack", "assault", "onslaught", "offensive", "broadside", "barrage"})
#: sectors of a state's own agents (a countryless one facing another state's envoy is not of that state;
#: their criticism of "the decision" is no petitioner's)
STATE_SECTORS = frozenset({"GOV", "LEG", "SPY"})
ARRESTERS = frozenset({"COP", "SPY", "MIL", "GOV", "JUD"})  # "the FBI arrest of Smith": whose arrest it was
DIPLOMAT_WORDS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "embassy", "consul", "chargé",
                            "charge", "delegation", "ambassadors", "envoys"})
#: roots of judgements whose object may be someone's deed ("criticised the government's handling")
JUDGING_ROOTS = frozenset({"05", "11", "12"})
#: sums of money, which name no place ("2.4 billion euros" is no European place)
MONEY_WORDS = frozenset({"euro", "dollar", "pound", "yuan", "ruble", "rouble", "rupee", "yen", "franc",
                         "shekel", "lira", "peso", "real", "rand", "naira", "sterling"})
#: what a country trades, whose tariffs or bans fall on the country it comes from
TRADED_GOODS = frozenset({"import", "export", "good", "product", "shipment", "commodity"})
#: prepositions naming who did what the subject suffers
AUTHOR_PREPS = frozenset({"from", "by"})
#: what an authority asks of its public ("called for calm", "urged restraint")
PUBLIC_APPEALS = frozenset({"public_appeals"})
#: verbs of asking that put a question or make a request
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
WH_WORDS = frozenset({"what", "who", "whom", "whose", "why", "how", "when", "where", "which"})
#: figurative modifiers that make a battle a legal one, not words ("a court battle")
LEGAL_WORDS = frozenset({"court", "legal", "courtroom", "judicial", "custody"})
VIOLENCE_OR_FORCE = frozenset({"violence", "military"})
#: people an owner's act does not befall: "her sister was imprisoned" is not an act against her
KIN = frozenset({"sister", "brother", "son", "daughter", "mother", "father", "wife", "husband", "child",
                 "parent", "family", "relative", "friend", "cousin", "uncle", "aunt", "nephew", "niece",
                 "grandson", "granddaughter", "grandmother", "grandfather", "partner", "fiancé", "fiancée"})
#: words: "which she denies", "the union warns" are said now, not done as a rule
VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
#: roots that stay political between private actors (protest, violence)
PRIVATE_OK_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: the reading of "threaten" said of a person with no threatened act told ("O'Connor threatened her")
MENACED = "a party menaced"
#: the reading of a private person's telling the police what someone did to him ("told police he hit her")
COMPLAINT = "speech:complaint-to-police"
#: the reading of a private person's admission in a story of an offence ("she admitted to taking the items")
ADMISSION = "a suspect's admission"
#: readings of acts between private persons that are coded all the same: a menace, a complaint to the
#: police, an admission
PRIVATE_READINGS = frozenset({MENACED, COMPLAINT, ADMISSION})
#: the pseudo-word a clause holds when the verb's object is a deed (a gerund): see :func:`_a_deed`
DEED_OBJECT = "form:deed"
#: what a private person's admission owns when it is one ("admitted two counts of fraud", "took the blame")
OWNED_OFFENCES = frozenset({"crime_acts", "blame", "guilt", "wrongdoing", "responsibility"})
#: words for the police one tells or reports a crime to
POLICE_HEARERS = frozenset({"police", "officer", "detective", "deputy", "investigator", "trooper",
                            "authority"})
# who announces an agentless act is taken as its author ("three were arrested, federal authorities announced")
AUTHORITIES = frozenset({"GOV", "COP", "JUD", "MIL", "SPY"})
#: acts the authorities that report them did not commit: "she was raped, police officials said"
NOT_ANNOUNCERS_OWN = frozenset({"14", "18"})
#: the state's armed and police forces: an authority announcing an attack on them did not make it
ARMED_STATE_SECTORS = frozenset({"MIL", "COP", "SPY"})
#: codes of crimes an authority announces but never commits ("the car that police say was stolen"); its
#: seizures (1711) are its own
NOT_ANNOUNCERS_OWN_CODES = frozenset({"171"})
# the author a legal act implies when a passive names none
IMPLIED_AUTHORS = {
    **dict.fromkeys(("indict", "charge", "prosecute", "convict", "sentence", "subpoena", "fine", "sue",
                     "arraign"), "JUD"),
    **dict.fromkeys(("arrest", "detain", "apprehend", "jail", "handcuff"), "COP"),
    **dict.fromkeys(("overturn", "quash", "vacate", "annul"), "JUD"),  # "her conviction was overturned"
    "find": "JUD",  # "was found guilty" (the only "find" trigger is a verdict)
    **dict.fromkeys(("cite", "ticket"), "COP"),  # "was cited for speeding": a police citation (a
    # regulator names itself)
}


def _implied_author(m: Match) -> str | None:
    """Who does an act told without its author: "was indicted" (prosecutors), "was arrested", "was taken
    into custody", "placed under arrest" (police: any arrest whose verb names no one else)."""
    implied = IMPLIED_AUTHORS.get(m.token.lemma_.lower())
    return implied or ("COP" if m.entry.id == "arrest" else None)


#: a crowd named by its size protests as civilians ("thousands marched in Caracas")
CROWDS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions", "crowds", "crowd"})
# agentless passives coded with an unknown source: "he was arrested", "a patrol boat was sunk"
AGENTLESS_ROOTS = frozenset({"09", "16", "17", "18", "19", "20"})
THREAT_AUX = mod.HYPOTHETICAL_AUX | mod.FUTURE_AUX
ADVERBIAL_PARTICLES = frozenset({"out", "off", "down", "back", "away"})
COMPLEMENT_TARGET_PREPS = ("with", "against", "on", "to", "from", "between")


@dataclass(slots=True)
class Frame:
    """A coded reading of one trigger."""

    match: Match
    code: str
    clause_verb: Token
    source_tok: Token | None
    target_tok: Token | None
    source: Actor | None
    target: Actor | None
    refined_by: str
    agentless: bool = False  # an agentless passive: the source is unknown, not missing


@dataclass(slots=True)
class NearMiss:
    """A trigger that was found but not coded, and why (``tacitus explain`` lists them)."""

    sentence_index: int
    trigger: str
    start: int
    end: int
    rule: str
    reason: str


def _crowd_against_force(source: Actor | None, target: Actor | None) -> bool:
    """Protesters, rioters or residents (no named person) attacking police or soldiers: blows, not words."""
    return source is not None and source.person is None and (source.sector or "")[:3] in ("OPP", "CVL") \
        and target is not None and (target.sector or "")[:3] in ("COP", "MIL")


def _force_on_people(frame: Frame, root: str) -> bool:
    """Violence, or a detention by an army ("six men were detained in Jenin, the Israeli army said"): its
    target is of the place where it struck, not of the force that struck there."""
    return root in VIOLENT_ROOTS or (root == "17" and (frame.source.sector or "")[:3] == "MIL")


def _only_country_named(other: Actor | None, sent: Span, actors: ActorLookup,
                        party: Actor | None = None) -> bool:
    """The sentence names the counterpart's country nowhere outside the counterpart, and the counterpart is
    a country itself ("the army criticized Russia") or another state's envoy facing a state's agent ("the
    foreign ministry summoned the French ambassador"); rebels negotiating with "the Ethiopian government"
    and police arresting "Kenyan protesters" are of that country."""
    if other is None or not other.country:
        return False
    envoy = DIPLOMAT_WORDS & set(other.text.lower().split())
    if other.sector and not (envoy and party is not None and (party.sector or "")[:3] in STATE_SECTORS):
        return False
    return not any(m.country == other.country and not (other.start <= m.start and m.end <= other.end)
                   and sent.start_char <= m.start < sent.end_char for m in getattr(actors, "mentions", []))


def _only_other_bodies_country(countries: set[str], sent: Span, actors: ActorLookup, party: Actor | None,
                               frame: Frame) -> bool:
    """The sentence names its countries only as those of bodies of another sector outside the frame: they
    tell whose those bodies are, not where an unmarked party of this act is from."""
    if party is None or not party.sector:
        return False
    own = {(x.start, x.end) for x in (frame.source, frame.target) if x is not None}
    named = [m for m in getattr(actors, "mentions", []) if m.country in countries and
             sent.start_char <= m.start < sent.end_char]
    return bool(named) and all(m.sector and m.sector[:3] != party.sector[:3] and (m.start, m.end) not in own
                               for m in named)


def direct_object(verb: Token) -> Token | None:
    """The verb's direct object, or a noun the parser attached otherwise (:func:`misparsed_object`)."""
    return first_child(verb, "dobj", "obj") or misparsed_object(verb)


def _habitual(frame: Frame) -> bool:
    """What an actor does as a rule, not what it did: a body sentence's act in the simple present with no
    time said ("The agency investigates reports of fraud"). Statements ("says") and first-person
    performatives ("we condemn") are acts when spoken; headlines report in the present tense (the caller
    skips a document's first sentence and words, which are said when reported)."""
    verb = frame.clause_verb
    if frame.match.token.i != verb.i:  # "Biden's trip to Texas is …": a noun's act has no tense
        return False
    if frame.match.entry.speech or frame.match.context == "patient":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present_passive = verb.tag_ == "VBN" and [c.lower_ for c in aux] in (["is"], ["are"]) and \
        any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") for c in verb.children)
    if not present_passive and (verb.tag_ not in ("VBZ", "VBP") or aux):
        return False  # ("when a British citizen is arrested abroad" is what happens as a rule)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children):
        return False
    sent = verb.sent
    if not sent.text.rstrip().endswith((".", "”", '"', "’")):
        return False  # a headline or a caption
    return not any(e.label_ in ("DATE", "TIME") for e in sent.ents)


#: sectors whose fighting "for" something is combat ("rebels fighting for independence")
COMBATANT_SECTORS = frozenset({"MIL", "REB", "IMG", "UAF", "INS", "SPY"})


def _fights_for_a_cause(verb: Token, source: Actor | None, actors: ActorLookup) -> bool:
    """A fighting verb with no object but a cause after "for" ("fighting for affordable housing", "battle
    for votes"), of a source that bears no arms: words and politics."""
    if first_child(verb, "dobj") is not None or (source is not None and source.sector in COMBATANT_SECTORS):
        return False
    return any(not names_party(o, actors) for _p, o in pobj_of(verb, ("for",)))


def _doers(word: Token) -> list[Token]:
    """Who a judging noun says did it: "the violence of Hamas", "Russia's aggression", "crimes by the
    regime"."""
    out = [c for c in word.children if c.dep_ == "poss"]
    out += [g for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
            for g in c.children if g.dep_ == "pobj"]
    return out


def _judged_in_clause(target: Token, words: list[Token]) -> bool:
    """A judging word stands in the clause that names the target (its own clause, not a nested one)."""
    verb = target
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clause = {t.i for t in clause_tokens(verb)}
    return any(w.i in clause for w in words)


def _definite(tok: Token) -> bool:
    """The noun has a definite article or a demonstrative: "the investigation", "this probe"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _named_before(m: Match) -> bool:
    """A noun event named before: "the investigation", "this probe"."""
    return m.context != "verb" and m.token.pos_ == "NOUN" and _definite(m.token)


def _earlier_target(f: Frame, root: str, events: list[Event]) -> Actor | None:
    """Whom the same act named earlier in the story was aimed at: "… launched an investigation into Chinese
    cars. The investigation will be conducted by the Department of Commerce" → China."""
    for e in reversed(events):
        if e.root == root and e.target is not None and e.source is not None and f.source is not None and \
                e.source.country == f.source.country:
            return e.target
    return None


#: what a yielding act ends when it drops "the case", "the charges", "the investigation"
CASE_NOUNS = frozenset({"case", "charge", "charges", "investigation", "probe", "prosecution", "indictment",
                        "lawsuit", "suit", "inquiry"})
#: the acts that open a case: investigate (09), sue or accuse (11), arrest or charge (17)
CASE_ROOTS = frozenset({"09", "11", "17"})


#: the speaker's own outlook in what was said: optimistic (013) or pessimistic (012)
OUTLOOKS = {**dict.fromkeys(("optimistic", "hopeful", "confident"), "013"),
            **dict.fromkeys(("pessimistic", "worried", "fearful", "alarmed"), "012")}  # ("only concerned
# about Sudan's interests" is care, not worry)
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _outlook(content: Token) -> str | None:
    """The code of "said he is optimistic that …" / "said they were worried about …": the speaker's own
    outlook (the content's subject a pronoun, its predicate an adjective of hope or worry); else None."""
    subj = first_child(content, "nsubj")
    if content.lemma_ != "be" or subj is None or subj.lower_ not in SPEAKER_PRONOUNS:
        return None
    return next((OUTLOOKS[c.lower_] for c in content.children if c.dep_ == "acomp" and c.lower_ in OUTLOOKS),
                None)


def _counted(tok: Token) -> bool:
    """"52,000 Venezuelans", "thousands of Syrians": a number of people, not a body or a delegation."""
    return any(c.dep_ == "nummod" for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and through_quantity(tok.head.head) == tok)


def _the_speaker_himself(f: Frame, actors: ActorLookup) -> bool:
    """The target is a pronoun the coreference gave the one whose words hold it ("Williams said he will be
    charged": Williams) — an officer speaking of a suspect, not of himself."""
    tok = f.target_tok
    if tok is None or tok.pos_ != "PRON" or f.target is None or not f.target.rule.startswith("coref"):
        return False
    for up in governing_chain(tok):
        if up.lemma_.lower() in SPEAKING:
            speaker = subject(up)
            said = actors.for_token(speaker) if speaker is not None else None
            return said is not None and said.code == f.target.code and said.person == f.target.person
    return False


def _contact_verb(verb: Token) -> Token | None:
    """The complement of an appeal that asks the public to contact someone ("is asked to call police")."""
    comp = complement_verb(verb)
    return comp if comp is not None and comp.lemma_.lower() in CONTACT_VERBS else None


def _suspect_before(actors: ActorLookup, sents: list[Span], index: int, at: int) -> Actor | None:
    """The private person the story named last before offset ``at``, in this sentence or the two before it
    (whom police seize from or investigate, when the sentence names no one)."""
    first = sents[max(0, index - 2)].start_char
    people = [a for a in getattr(actors, "mentions", []) if first <= a.start < at and a.person and
              (a.sector or "")[:3] in SUSPECTS]
    return max(people, key=lambda a: a.start) if people else None


#: the sectors that take up one criminal case between them: the police arrest, the prosecution charges
CASE_SECTORS = frozenset({"COP", "JUD"})


def _one_case(a: Frame, b: Frame) -> bool:
    """Two coordinated verbs of one 17x case against one party ("was arrested and charged with theft",
    "were charged and held in the county jail"): the same act as event data records it."""
    ta, tb = a.match.token, b.match.token
    coordinated = (tb.dep_ == "conj" and tb.head.i == ta.i) or (ta.dep_ == "conj" and ta.head.i == tb.i)
    # ("police arrested Smith, and prosecutors charged him": each body its own act)
    shared = subject(tb if tb.dep_ == "conj" else ta) is None
    return coordinated and shared and a.code == b.code == "173" and a.target.code == b.target.code and \
        a.source.country == b.source.country and \
        {(a.source.sector or "")[:3], (b.source.sector or "")[:3]} <= CASE_SECTORS


#: words of a visit at home (not "fly", "travel", "arrive": diplomats expelled "left to fly to Moscow")
HOME_VISITS = frozenset({"visit", "tour", "trip"})
ABROAD_WORDS = frozenset({"region", "abroad", "overseas"})


def _home_visit(f: Frame, places: set[str], focus: str | None) -> bool:
    """A visit within the visitor's own country ("Biden will visit Brownsville, Texas", "Trump is set to hold
    a competing visit to the border"): an event with no one visited (coding guide: target null), where a
    visit abroad is to that country."""
    if f.target is not None or f.source is None or not f.source.country or \
            f.match.entry.id != "visit" or f.match.token.lemma_.lower() not in HOME_VISITS:
        return False
    if any(o.lemma_.lower() in ABROAD_WORDS for _p, o in pobj_of(f.match.token, ("to",))):
        return False  # "her last visit to the region": a region abroad the sentence does not name
    return places <= {f.source.country} and (bool(places) or focus == f.source.country)


#: adverbs of a blow no one meant ("a neighbor accidentally hit her while backing out of a driveway")
ACCIDENTALLY = frozenset({"accidentally", "inadvertently", "unintentionally", "unwittingly"})


#: sentences shorter than this may well be said twice ("He was arrested."); longer ones are the page's
#: repeated teaser or a second copy of its body
REPEAT_MIN_CHARS = 40


def verbatim_repeats(sents: list[Span]) -> set[int]:
    """Indexes of the sentences that repeat an earlier one word for word: a teaser or a body printed twice on
    the page is one report, coded once (coding guide §7)."""
    seen: set[str] = set()
    out = set()
    for i, s in enumerate(sents):
        key = " ".join(s.text.split()).lower()
        if len(key) < REPEAT_MIN_CHARS:
            continue
        if key in seen:
            out.add(i)
        seen.add(key)
    return out


def _by_accident(f: Frame) -> bool:
    """A private person's violent act done by accident: a mishap, not an assault (a force's "mistaken"
    strike on a hospital is still its strike)."""
    if f.source is not None and (f.source.sector or "")[:3] not in ("CVL", ""):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in ACCIDENTALLY for c in f.match.token.children)


#: nouns that only sort the noun after "of" ("the kind of questions")
SORT_NOUNS = frozenset({"kind", "sort", "type", "types", "kinds", "sorts"})


def _relative_head(verb: Token) -> list[Token]:
    """The noun a relative clause holding ``verb`` modifies ("questions the Senate should ask", "the kind of
    questions that we need to ask" → questions), else nothing."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    head = clause.head
    if head.lemma_.lower() in SORT_NOUNS:
        head = next((o for _p, o in pobj_of(head, ("of",))), head)
    return [head]


def _drops_a_case(f: Frame) -> bool:
    """"prosecutors dropping the case": the object is a case named before (definite)."""
    return any(o.lemma_.lower() in CASE_NOUNS and _definite(o) for o in object_heads(f.clause_verb))


def _case_target(acts: list[tuple[str, Actor | None]]) -> Actor | None:
    """Whom the latest case-opening act was against: "A 2015 indictment against Menendez ended … with
    prosecutors dropping the case" → Menendez."""
    return next((t for root, t in reversed(acts) if root in CASE_ROOTS and t is not None), None)


def _denied_word(tok: Token) -> bool:
    """A judging word the sentence denies: "no malicious or hostile intentions", "not corrupt", names as
    what is to be avoided ("to minimize the embarrassment a child might feel") or is against ("anti-war")."""
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "anti":
        return True  # "anti-terrorism cooperation", "an anti-corruption drive": against it, no one accused
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in AVERTING:
        return True
    for t in (tok, tok.head) if tok.dep_ in ("amod", "acomp", "attr") else (tok,):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
            return True
    return _in_others_claim(tok)


#: nouns whose complement tells what others claim or try to make of someone, not what the speaker says
OTHERS_CLAIMS = frozenset({"attempt", "effort", "bid", "allegation", "claim", "accusation", "rumor", "rumour",
                           "insinuation", "suggestion", "narrative", "smear"})


def _in_others_claim(tok: Token) -> bool:
    """A judging word inside the complement of someone else's claim or attempt: "a victim of a pernicious
    attempt to portray her as a racist", "the allegations of racist behavior … untrue" (not "a smear
    campaign", where the word names the thing itself)."""
    child, t = tok, tok.head
    while t.i != child.i:
        if t.lemma_.lower() in OTHERS_CLAIMS and child.dep_ in ("acl", "prep", "relcl", "ccomp", "advcl"):
            return True
        if t.pos_ in ("VERB", "AUX") and child.dep_ in ("ccomp", "xcomp") and t.lemma_.lower() != "be":
            return False  # a clause of its own above: stop at it
        child, t = t, t.head
    return False


def _foreign(tok: Token | None) -> bool:
    """People called foreign ("six foreign medical personnel", "foreign nationals") are of another country
    than the story's, whichever it is."""
    return tok is not None and any(c.dep_ == "amod" and c.lower_ == "foreign" for c in tok.children)


def _virtue_denied(tok: Token) -> bool:
    """An adjective of praise the sentence denies: "is not fair", "is not a legitimate authority"."""
    if tok.pos_ != "ADJ":
        return False
    return tok.dep_ in ("acomp", "amod") and any(c.dep_ == "neg" for c in _denial_head(tok).children)


def _denial_head(tok: Token) -> Token:
    """Where the negation of an adjective of praise stands: the verb of "is not fair", of "is not a
    legitimate authority"."""
    return tok.head.head if tok.dep_ == "amod" and tok.head.dep_ == "attr" else tok.head


def _to_infinitive(comp: Token | None) -> bool:
    """The complement is a to-infinitive ("asked them to leave")."""
    return comp is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)


def _infinitive_or_clause(comp: Token | None) -> bool:
    """A complement that says what is asked: "to resign", "that the board reconsider" (not "… asking
    questions", a participle)."""
    return _to_infinitive(comp) or (comp is not None and comp.dep_ == "ccomp" and comp.tag_ != "VBG")


def _asks_a_question(verb: Token, comp: Token | None) -> bool:
    """"asked whether/if …", "asked what he sees", or a quoted question after the verb: a question put to
    someone, not a request of them."""
    if _to_infinitive(comp):
        return False  # "asked them to leave" is a request
    if comp is not None:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comp.children):
            return True
        first = min(comp.subtree, key=lambda t: t.i)
        if first.lower_ in WH_WORDS:
            return True
    if any(c.dep_ == "advcl" and c.i > verb.i and
           any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
           for c in verb.children):
        return True  # "asked Solorio if the city is looking at regulation" (the parse: an adverbial)
    after = verb.doc[verb.i + 1:verb.sent.end]
    return any(t.text == "?" for t in after) and any(t.is_quote for t in after)


#: a judgement said of what would happen on a condition is a warning ("it would be a disaster if …")
CONDITIONAL_AUX = frozenset({"would", "could", "might"})
#: a judgement said of a kind of thing is no one's fault ("trade wars are always bad")
GENERIC_ADVERBS = frozenset({"always", "generally", "usually", "often", "typically"})


def _flatly_said(word: Token, content: Token, virtue: bool = False) -> bool:
    """A judging word said outright: no negation (but the one that denies a virtue: "this is not
    legitimate"), no "would" and no "always" on its way up to the content's head and not of the speaker ("no
    member would trust these judges", "I don't think it is a joke", "it would be a disaster if …", "trade
    wars are always bad")."""
    if word.dep_ == "amod" and word.head.lemma_.lower() in TALLIES:
        return False  # "the worst count since records began": a record, no one's fault
    path = _up_to(word, content)
    if any(_conditional_clause(t) for t in path):
        return False
    denial = _denial_head(word).i if virtue and _virtue_denied(word) else None
    return not any((c.dep_ == "neg" and t.i != denial) or (c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in FIRST_PERSON or any(d.lower_ == "no" for d in c.children))) or
        (c.dep_ == "advmod" and c.lower_ in GENERIC_ADVERBS)
        for t in path for c in t.children)


def _named_inside_predicate(pred: Token) -> Token | None:
    """Whom a naming verb names when the parse folds a one-word object into the predicate ("called Trump
    reckless": 'Trump' a compound of 'reckless'): the proper noun just before the predicate."""
    if pred.dep_ != "oprd":
        return None
    return next((c for c in pred.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and
                 c.i == pred.i - 1), None)


#: prepositions that name whom a judged act or attitude is aimed at ("the sanctions against Russia")
AIMED_PREPS = frozenset({"against", "toward", "towards", "on"})


def _aimed_at(tok: Token) -> bool:
    """Whom a judged noun is aimed at, not who did it: "the war on Gaza", "a hostile approach toward
    Russia", "illegal sanctions against Iran" judge whoever wages, takes or imposes them."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in AIMED_PREPS and prep.head.pos_ == "NOUN"


def _negated_phrases(content: Token, verb: Token) -> set[str]:
    """The content's phrases of two or three words said under a negation ("was not in breach of the law",
    "is not a dead end"): a phrase of judgement there judges no one (single words have _denied_word)."""
    negated = [t for t in content_tokens(content, verb)
               if any(c.dep_ == "neg" for p in _up_to(t, content) for c in p.children)]
    return {w for w in ngrams(negated) if " " in w}


def _conditional_clause(verb: Token) -> bool:
    """"would be a disaster if Israel released …": what would follow on a condition."""
    return any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX for c in verb.children) and \
        any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") and
                                      g.doc[g.i - 1].lower_ not in ("than", "as") for g in c.children)
            for c in verb.children)  # (not "a worse situation than if the Liberals allow …")


def _up_to(word: Token, content: Token) -> list[Token]:
    """The word and its heads up to the content's head (or the root, when the content is not above it)."""
    path = [word]
    for t in word.ancestors:
        if path[-1] == content:
            break
        path.append(t)
    return path


def _of_the_speaker(word: Token, content: Token, source: Actor, actors: ActorLookup) -> bool:
    """The judging word is said of the speaker's own side ("saying that he failed at the time to realize",
    "said that Trinidad and Tobago failed to attend"): a self-assessment, no one else's fault."""
    if word.tag_ in ("JJ", "VBN") and word.head.lemma_.lower() in FEELING_VERBS:
        return False  # "she was ‘appalled’ by these allegations", "remains concerned": a feeling about others
    return any(same_party(a, source) for t in _up_to(word, content) for c in t.children
               if c.dep_ in ("nsubj", "nsubjpass") and (a := actors.for_token(c)) is not None)


#: verbs a speaker's feeling is said with ("I am appalled", "she remains concerned")
FEELING_VERBS = frozenset({"be", "remain", "feel", "grow", "become", "stay"})


def _judgeable(a: Actor | None, source: Actor, demand: bool = False) -> bool:
    """Whom a speaker's words can criticise, accuse, praise or make demands of: a political actor or a named
    person of another party, or the press (never of a demand); not a country named as a place."""
    return a is not None and a.rule != "place:country" and not same_party(a, source) and \
        (political(a) or bool(a.person) or (a.sector == "MED" and not demand))


def _tells_of_own_case(f: Frame, frames: list[Frame], cameo: CameoTable) -> bool:
    """An accusation in speech that only reports a case against its target ("X is charged with murder,
    police said"), or police or prosecutors telling of what the story codes ("police said 31 people were
    arrested over various crimes"): the charge or arrest is coded, not the telling too."""
    if not f.refined_by.startswith(("speech:accusing", "speech:disparaging")) or f.target is None:
        return False
    inside = {t.i for t in f.match.token.subtree}
    police = _law_enforcement(f.source)
    # the police's words about what the story codes ("police fatally shot four men who …, police said")
    return any(g is not f and g.match.token.i in inside and
               (police or (cameo.root(g.code) in CASE_ROOTS and g.target is not None and
                           g.target.code == f.target.code and f.refined_by.startswith("speech:accusing")))
               for g in frames)


def _particle_objects(m: Match) -> list[Token]:
    """Objects of a phrase verb's particle the parse read as a preposition ("pulled over a car")."""
    return [o for w in m.words[1:] if w.dep_ == "prep" for o in w.children if o.dep_ == "pobj"]


def _bidding(clause: Token) -> bool:
    """A clause that says what must be done, not what is: "must" or "should", or the subjunctive ("insisted
    that he resign", "that the ban be lifted")."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("must", "should", "shall") for a in aux):
        return True
    if aux:
        return len(aux) == 1 and aux[0].lower_ == "be"
    if clause.tag_ == "VBP":  # "insisted that Beijing explain": a bare form after a past verb or a singular
        subj = first_child(clause, "nsubj")
        return clause.head.tag_ == "VBD" or (subj is not None and subj.tag_ in ("NN", "NNP"))
    return clause.tag_ not in ("VBD", "VBZ")  # (the parse may read a bare "resign" as a noun)


def _a_bombing_story(doc: Doc) -> bool:
    """The story speaks of bombs, terrorists or militants: its unattributed attacks and blasts are theirs."""
    return any(t.lemma_.lower() in TERROR_CONTEXT for t in doc)


def _a_motive(verb: Token) -> bool:
    """A feeling the writer ascribes as the reason or background of an act, which no one voiced: a
    participle adjunct ("resurrect bills, hoping that …") or the past perfect ("had feared that")."""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl") or \
        (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


def _held_view(content: Token | None) -> Token | None:
    """What was said, through the speaker's own "he/it believe(s)": "stressed that it believed more
    measures could have been taken" says that more measures could have been taken."""
    if content is None or content.lemma_.lower() not in BELIEF_VERBS:
        return content
    said = first_child(content, "ccomp")
    holder = first_child(content, "nsubj")
    # (a quoted "I think" stays: a view hedged in one's own words is read as such, see _flatly_said)
    held = holder is not None and holder.pos_ == "PRON" and holder.lower_ not in FIRST_PERSON
    return said if said is not None and held else content


#: verbs by which a speaker states a view as held ("we believe", "he thinks")
BELIEF_VERBS = frozenset({"believe", "think", "feel"})


def _in_hindsight(content: Token, modals: set[str]) -> bool:
    """Fault found in hindsight: "should have acted sooner", "ought to have known", "more could have been
    done", "should never have been allowed" — a criticism of whom it names, not an appeal."""
    if "have" not in modals or content.tag_ != "VBN":
        return False
    if modals & URGING:
        return True
    subj = first_child(content, "nsubjpass", "nsubj")
    more = subj is not None and (subj.lower_ == "more" or any(c.lower_ == "more" for c in subj.children))
    return "could" in modals and more  # "more measures could have been taken"


#: readings of a demand or an appeal: of a thing with no doer ("should be removed") it asks for a measure
APPEALS_OF_A_MEASURE = frozenset({"speech:should", "speech:must"})


def _of_nobody_named(content: Token, actors: ActorLookup) -> bool:
    """A passive clause of a thing, with no doer named: "problems should have been fixed", "more measures
    could have been taken" (not "we should have acted", not "mistakes were made by the council")."""
    subj = first_child(content, "nsubjpass")
    return subj is not None and subj.pos_ != "PRON" and actors.for_token(subj) is None and \
        first_child(content, "agent") is None


def _agent_of(tok: Token, verb: Token) -> bool:
    """``tok`` is the doer of a passive ``verb``: "made by House staff members"."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head == verb


def _or_else(clause: Token) -> bool:
    """A demand with a penalty joined by "or": "must cease the driving or face further action" (a threat)."""
    return any(t.dep_ == "conj" and t.lemma_.lower() in PENALTY_VERBS and
               any(d.dep_ == "cc" and d.lower_ == "or" for d in t.head.children)
               for t in clause.subtree)


def _someone(tok: Token, verb: Token, custody: bool = False) -> Actor | None:
    """A person the lexicons do not know, named or described as the one a police or court act befell
    ("Sullivan was charged", "several members of the groups were arrested"): a private person (CVL). A
    surname the gazetteer also knows as a town ("Sullivan") is still a person here: towns are not charged.
    ``custody``: the act is one only people suffer whatever its verb ("held in the county jail")."""
    act = verb.lemma_.lower()
    if _an_age(tok):  # "the 48-year-old was jailed", "a 19-year-old was arrested": a person by his age
        return Actor(text=tok.text, code="CVL", country=None, sector="CVL", start=tok.idx,
                     end=tok.idx + len(tok.text), rule="patient:someone")
    only_people = (act in ONLY_PEOPLE_ACTS and (act != "charge" or _charged_with_an_offence(verb))) or \
        _found_guilty(verb)
    if (only_people or custody) and tok.like_num and \
            (tok.dep_ in ("dobj", "nsubjpass") or (verb.dep_ == "acl" and verb.head == tok)) and \
            not any(c.dep_ == "prep" for c in tok.children):
        return Actor(text=tok.text, code="CVL", country=None, sector="CVL", start=tok.idx,
                     end=tok.idx + len(tok.text), rule="patient:someone")  # "police arrested 14"
    if tok.ent_type_ in ("ORG", "NORP", "FAC", "DATE", "TIME", "MONEY", "CARDINAL") or \
            not ((tok.pos_ == "PROPN" and tok.text[:1].isupper()) or
                 tok.lemma_.lower() in PATIENT_NOUNS or tok.lower_ in PATIENT_NOUNS or
                 ((only_people or custody) and (tok.pos_ == "NOUN" or tok.lower_ in PERSONAL_PRONOUNS))) or \
            tok.lemma_.lower() in RECORDS:
        return None  # "a Danbury stonework mason was arraigned", "police later arrested her" (not "a photo
    #                   released by the Department of Corrections")
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN") \
        if tok.pos_ == "PROPN" else None
    return Actor(text=tok.text, code="CVL", country=None, sector="CVL", start=tok.idx,
                 end=tok.idx + len(tok.text), rule="patient:someone", person=name or None)


def _a_deed(child: Token) -> bool:
    """A verb's object that is a deed done, a gerund: "admitted making remarks", "admitted to taking the
    items" (not "admitted that it was too difficult")."""
    if child.dep_ == "prep" and child.lower_ == "to":
        return any(_a_deed(g) for g in child.children if g.dep_ == "pcomp")
    return child.tag_ == "VBG" and child.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") and \
        not any(c.dep_ in ("nsubj", "aux", "mark") for c in child.children)


def _found_guilty(verb: Token) -> bool:
    """"Was found guilty", "found liable": a verdict, which befalls a party as a conviction does (not "police
    found 20 grams of meth")."""
    return verb.lemma_.lower() == "find" and \
        any(c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in ("guilty", "liable") for c in verb.children)


def _an_age(tok: Token) -> bool:
    """"the 48-year-old", "a 19-year-old": an age standing for the person (parsed as the adjective "old"
    with its "year" measure)."""
    return tok.lower_ == "old" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        any(c.lemma_.lower() in ("year", "month") and c.i < tok.i for c in tok.children)


def _charged_with_an_offence(verb: Token) -> bool:
    """"charged with murder", "with two counts of theft", "with felonious assault" (not "with a cable")."""
    return any(w.lemma_.lower() in OFFENCE_WORDS or w.lower_ in OFFENCE_WORDS
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for w in c.subtree)


#: words of the offence a person is charged with
OFFENCE_WORDS = frozenset({
    "murder", "manslaughter", "homicide", "assault", "battery", "robbery", "rob", "theft", "steal",
    "burglary", "fraud", "count", "felony", "misdemeanor", "misdemeanour", "offence", "offense", "crime",
    "conspiracy", "trafficking", "possession", "trespass", "rape", "kidnapping", "abduction", "arson",
    "terrorism", "bribery", "corruption", "embezzlement", "laundering", "smuggling", "treason", "espionage",
    "harassment", "stalking", "threat", "threats", "violation", "breach", "obstruction", "perjury",
    "contempt", "endangerment", "abuse", "driving", "dui", "dwi", "resisting", "fleeing", "vandalism",
    "mischief", "forgery", "extortion", "sedition", "incitement", "desertion", "negligence", "charge",
    "attempted", "first-degree", "second-degree", "third-degree", "criminal", "felonious", "sexual",
    "indecent"})
#: police and court acts done only to people ("charge" only with "with": "was charged with fraud")
ONLY_PEOPLE_ACTS = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "arraign", "indict",
                              "charge", "convict", "sentence", "handcuff", "book"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself"})
#: what a superlative can judge without judging anyone: a tally, a time, a record
TALLIES = frozenset({"count", "number", "figure", "rate", "level", "total", "year", "month", "week", "day",
                     "season", "record", "drop", "decline", "fall", "result", "drought", "storm", "flood",
                     "quarter", "harvest", "turnout"})
#: verbs of demand that also assert: "insisted (that) she was at home" states, "insisted that Beijing explain"
#: (a subjunctive) demands
ASSERTING_DEMANDS = frozenset({"insist", "maintain"})
CONTESTS = frozenset({"contests"})
#: sectors of people who beat each other in elections, not in fights
CONTENDERS = frozenset({"GOV", "LEG", "ELI", "PTY", "OPP"})


def _a_person(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.person)


def _named(tok: Token) -> bool:
    """A name, even one the tagger took for a common noun ("fired Reams")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start)


#: documents that bind: what they require of a party is a restriction imposed on it (172), not a demand
LAWS = frozenset({"law", "rule", "regulation", "ordinance", "decree", "bill"})


def _a_thing(tok: Token | None) -> bool:
    """An object that is no one: "these numbers", "the escalation", "it" (not "him", "Bushnell", "the
    protesters")."""
    if tok is None or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("it", "this", "that")
    return tok.pos_ == "NOUN" and not _named(tok) and tok.lemma_.lower() not in GENERIC_PEOPLE


def _contenders(actor: Actor | None) -> bool:
    return actor is not None and (actor.sector or "")[:3] in CONTENDERS


#: entries of acts that are crimes whoever does them: their unknown doer is a private person
CRIMES = frozenset({"assault-person", "rob", "steal"})
#: verbs whose object is something to avoid, not a judgement ("minimize the embarrassment", "avoid a mess")
AVERTING = frozenset({"minimize", "minimise", "avoid", "prevent", "reduce", "spare", "fear", "lessen",
                      "limit", "ease", "alleviate", "mitigate"})
#: what an authority releases or holds that is no person
RECORDS = frozenset({"photo", "photograph", "image", "picture", "video", "footage", "report", "statement",
                     "document", "record", "figure", "data", "list", "letter", "name", "detail",
                     "information", "recording", "transcript", "file", "evidence", "result", "finding"})
#: pronouns for the people a police or court act befalls when no actor is known for them
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "both", "his", "their"})
#: nouns for people a police or court act befalls that name no actor of their own
PATIENT_NOUNS = frozenset({
    "member", "suspect", "defendant", "teen", "teenager", "juvenile", "youth", "driver", "motorist",
    "student", "inmate", "worker", "employee", "owner", "couple", "pair", "brother", "sister", "son",
    "daughter", "mother", "father", "husband", "wife", "boyfriend", "girlfriend", "person", "individual",
    "adult", "minor", "local", "accused"})


def _same_one(a: Actor, b: Actor) -> bool:
    """:func:`same_party`, but two private persons, who all share the code CVL, are one only by the same name
    or the same words ("the woman told police that she …": whom the pronoun stands for)."""
    if (a.sector or "")[:3] != "CVL" or (b.sector or "")[:3] != "CVL" or (a.person and b.person):
        return same_party(a, b)
    return (a.start, a.end) == (b.start, b.end) or a.text.lower() == b.text.lower()


#: sectors of those who protest, not of whom protests are against ("activists sparked protests")
PROTESTING_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REF"})
#: the armed bodies a bare noun modifier names as the author of an act ("a police shooting", "army shelling")
ARMED_MODIFIERS = {"police": "COP", "army": "MIL", "military": "MIL", "troop": "MIL", "soldier": "MIL"}


def _law_enforcement(actor: Actor | None) -> bool:
    """The police or the prosecution and courts."""
    return actor is not None and (actor.sector or "")[:3] in LAW_ENFORCEMENT


#: words of a government body that polices: "the Georgian authorities are investigating", "the interior
#: ministry said the investigation …"
POLICING_GOVERNMENT_WORDS = frozenset({"authorities", "interior", "home"})


def _policing_body(actor: Actor | None) -> bool:
    """The police, the prosecution and courts, or "the authorities" and an interior ministry, who investigate
    and arrest for the state (not who demolish a home: "Israeli authorities demolished the homes of …")."""
    return _law_enforcement(actor) or (actor is not None and (actor.sector or "")[:3] == "GOV" and
                                       bool(POLICING_GOVERNMENT_WORDS & set(actor.text.lower().split())))


def critic(source: Actor) -> bool:
    """Whose criticism or accusation in a statement is an event: a political actor, an organised voice or a
    named pundit (coding guide: "a named or described critic of an identifiable target"); not a private
    person's account (reading unannotated pages, witnesses' and patients' words made 9 of 10 such events)."""
    sector = (source.sector or "")[:3]
    return political(source) or sector in CRITIC_SECTORS or (bool(source.person) and sector in PUNDIT_SECTORS)


#: works of fiction whose plot is told in the present ("In the film, soldiers attack a village")
FICTION_WORKS = frozenset({"film", "movie", "novel", "videogame", "series", "episode", "sitcom",
                           "thriller", "sequel", "screenplay", "comic", "cartoon", "plot", "storyline"})
#: verbs whose subject, a work, tells what its characters do ("The series follows an agent who kidnaps …")
PLOT_VERBS = frozenset({"follow", "depict", "portray", "tell", "feature", "center", "centre", "revolve"})


def in_a_work_of_fiction(trigger: Token) -> bool:
    """A trigger in the present tense in a clause set "in the film" (novel, video game, series …) or
    under a work that "follows", "depicts" or "portrays" its characters: a plot, not news. "In a series
    of attacks" (a work noun with "of") is no work; "the film depicts how police arrested Mandela" (past)
    is history told."""
    def work(noun: Token) -> bool:
        lemma = noun.lemma_.lower()
        video = lemma == "game" and any(c.dep_ == "compound" and c.lower_ in ("video", "computer")
                                        for c in noun.children)
        return (lemma in FICTION_WORKS or video) and not any(c.lower_ == "of" for c in noun.children)

    passive_now = trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are")
                                                for c in trigger.children)
    if trigger.tag_ not in ("VBZ", "VBP", "VB") and not passive_now:
        return False
    for head in (trigger, *trigger.ancestors):
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and work(o) for o in c.children)
               for c in head.children):
            return True
        if head is not trigger and head.lemma_.lower() in PLOT_VERBS and \
                any(c.dep_ == "nsubj" and work(c) for c in head.children):
            return True
    return False


#: words that may stand between a quote's opening mark and its command ("“go shoot every German”")
COMMAND_OPENERS = frozenset({"go", "just", "now", "please", "and", "then"})


def quoted_command(verb: Token) -> bool:
    """A verb with no subject that opens a direct quotation: a command, a chant or a slogan ("chanted
    “arrest the minister”", "“go shoot every German you find”"), whose act has not happened."""
    if verb.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                             for c in verb.children):
        return False
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].lower_ in COMMAND_OPENERS:
        i -= 1
    return i >= verb.sent.start and verb.doc[i].is_quote and verb.doc[i].is_left_punct


class EventCoder:
    """Dictionary-and-pattern event coder over spaCy dependency parses."""

    def __init__(self, lexicon: EventLexicon | None = None, cameo: CameoTable | None = None,
                 one_party: bool = False) -> None:
        self.one_party = one_party  # keep events with no target (CodingOptions.one_party)
        self.lex = lexicon or EventLexicon.default()
        self.cameo = cameo or CAMEO
        self.finder = TriggerFinder(self.lex)
        self.gate = DomainGate.default()
        self.statement = next(e for e in self.lex.verbs if e.speech)
        self.confidence = ConfidenceModel.default()

    # ---- public -------------------------------------------------------------------------------
    def code(self, doc: Doc, document: Document, actors: ActorLookup,
             dates: Iterable[DateMention] = (), misses: list[NearMiss] | None = None) -> list[Event]:
        """Code every sentence of ``doc`` (a parse of ``document.text``); triggers found but not coded are
        appended to ``misses`` with the reason, when a list is given."""
        dates = sorted(dates, key=lambda d: d.start)
        events: list[Event] = []
        focus = document_focus(actors, doc, document.url)
        struck: Counter | None = None  # the story's places, read when a violent act first needs them
        story_words: set[str] | None = None  # the story's words and phrases, read when police work needs them
        sents = list(doc.sents)
        found = []  # (frames, rejected) per sentence; the gate reads the page only when something is found
        quotes = None
        home_visits: set[int] = set()  # events of a visit at home, which has no one to visit (kept)
        for sent in sents:
            rejected: list[tuple[Match, str]] = []
            frames = self.frames(sent, actors, rejected)
            frames += self._reported_accusations(frames, rejected, actors)
            frames += self._complaints_to_police(frames, rejected, actors)
            if not frames and not any(m.entry.speech for m, _ in rejected) and QUOTE_OPENERS & set(sent.text):
                if quotes is None:
                    quotes = direct_quotes(doc, actors)
                judged = self._quoted_criticism(sent, actors, quotes)
                frames = [judged] if judged is not None else []
            found.append((self._reciprocal(frames, actors), rejected))
        verdict = self.gate.judge(
            [[t.lemma_.lower() for t in s if not t.is_punct] for s in sents],
            political_mentions(getattr(actors, "mentions", []), [(s.start_char, s.end_char) for s in sents]),
        ) if any(frames for frames, _ in found) else None
        repeats = verbatim_repeats(sents)
        for index, sent in enumerate(sents):
            frames, rejected = found[index]
            if not frames:
                self._report(misses, rejected, [], index, document)
                continue
            countries = sentence_countries(sent, actors)
            places = sentence_places(sent, actors)
            last = sents[index - 1] if index else None
            named = sentence_countries(last, actors) if last else set()
            towns = sentence_places(last, actors) if last else set()
            # a town abroad that the sentence before names alone moves no story ("Sheriff Bud Torres said
            # the boy was booked": no Brazil in a Louisiana story)
            before = named | towns if named or focus is None or focus in towns else set()
            here = next(iter(before)) if len(before) == 1 else focus  # the country the text was just on
            gated = verdict.gated(index) if verdict is not None else None
            if gated:
                why = f"gated: {gated} page" if verdict.domain else f"gated: {gated} sentence"
                rejected += [(f.match, why) for f in frames]
                frames = []
            if frames and index in repeats:
                rejected += [(f.match, "a verbatim repeat of an earlier sentence: told once") for f in frames]
                frames = []
            if frames:
                words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
                kept = [f for f in frames
                        if not is_sports_result(self.lex, f.match.token.lemma_, sent.text, words)]
                rejected += [(f.match, "sports result") for f in frames if f not in kept]
                frames = kept
                fiction = [f for f in frames if in_a_work_of_fiction(f.match.token)]
                rejected += [(f.match, "the plot of a film, a novel or a game") for f in fiction]
                frames = [f for f in frames if f not in fiction]
            for frame in frames:  # a rejection answers whoever made the claim
                if frame.target is not None and self.cameo.root(frame.code) == "17" and \
                        _law_enforcement(frame.source) and _law_enforcement(frame.target) and \
                        _the_speaker_himself(frame, actors):  # "Chief Williams said he will be charged":
                    frame.target = None  # not the chief but the story's suspect (below)
                if frame.target is None and self.cameo.root(frame.code) == "12":
                    claims = [(e.sentence_index, e.root, e.source, e.target) for e in events]
                    claims += [(index, self.cameo.root(f.code), f.source, f.target)
                               for f in frames if f is not frame]
                    frame.target = accuser_of(frame.source, claims, index) or \
                        self._speaker_above(frame.clause_verb, frame.source, actors)
                elif frame.target is None and _named_before(frame.match):
                    frame.target = _earlier_target(frame, self.cameo.root(frame.code), events)
                elif frame.target is None and self.cameo.root(frame.code) == "08" and _drops_a_case(frame):
                    earlier = [f for f in frames if f.match.token.i < frame.match.token.i]
                    frame.target = _case_target([*((e.root, e.target) for e in events),
                                                 *((self.cameo.root(f.code), f.target) for f in earlier)])
                if frame.target is None and self.cameo.root(frame.code) in ("09", "17") and \
                        (_law_enforcement(frame.source) or
                         (frame.code[:3] in ("090", "091", "172", "173") and _policing_body(frame.source))):
                    # "Police found 20 grams of meth in his car", "police began an investigation", "is in
                    # charge of the investigation" (no earlier act's target): the story's suspect, the
                    # person it named last
                    frame.target = _suspect_before(actors, sents, index, frame.match.start) or \
                        implied_civilians(frame.source, frame.match.start, "suspects")  # not yet named
                    if frame.code == "090":
                        frame.code = "091"  # the police investigate a suspect: a crime
            habitual = [f for f in frames if index > 0 and self.cameo.root(f.code) not in VERBAL_ROOTS
                        and _habitual(f)]
            rejected += [(f.match, "a habitual or generic statement (simple present, no time)")
                         for f in habitual]
            frames = [f for f in frames if f not in habitual]
            accidents = [f for f in frames if self.cameo.root(f.code) in VIOLENT_ROOTS and _by_accident(f)]
            rejected += [(f.match, "a private person's accident, no act against anyone") for f in accidents]
            frames = [f for f in frames if f not in accidents]
            routine = [f for f in frames if self.cameo.root(f.code) == "09" and _law_enforcement(f.source)]
            if routine:
                story_words = ngrams([t for s in sents for t in s]) if story_words is None else story_words
                routine = routine if self._mishap_story(sents, index, story_words) else []
            rejected += [(f.match, "police work on an accident or a disappearance, no crime told")
                         for f in routine]
            frames = [f for f in frames if f not in routine]
            private = [f for f in frames if not (political(f.source) or political(f.target)) and
                       self.cameo.root(f.code) not in PRIVATE_OK_ROOTS and
                       f.refined_by not in PRIVATE_READINGS]
            rejected += [(f.match, "no political participant") for f in private]
            frames = [f for f in frames if f not in private]
            internal = [f for f in frames if self._staff_against_company(f, sent, actors)]
            rejected += [(f.match, "a company's staff against the company, no government concerned")
                         for f in internal]
            frames = [f for f in frames if f not in internal]
            roots = {self.cameo.root(f.code) for f in frames if f.match.context != "patient"}
            frames = [f for f in frames
                      if f.match.context != "patient" or self.cameo.root(f.code) not in roots]
            speakers: set[str] = set()  # one plain statement per speaker and sentence
            kept = []
            for f in frames:
                if plain_statement(f) and f.source is not None:
                    if f.source.code in speakers:
                        continue
                    speakers.add(f.source.code)
                kept.append(f)
            frames = kept
            told = [f for f in frames if _tells_of_own_case(f, frames, self.cameo)]
            rejected += [(f.match, "the accusation is the arrest or charge it reports") for f in told]
            frames = [f for f in frames if f not in told]
            if len(frames) > 1:  # a plain statement gives way to the sentence's other events
                plain = [f for f in frames if plain_statement(f)]
                if len(plain) < len(frames):
                    rejected += [(f.match, "statement with a more specific event in its sentence")
                                 for f in plain]
                    frames = [f for f in frames if f not in plain]
            for frame in frames:  # a place tells the country of a group, not of a named person
                self._credit_the_announcer(frame, actors, focus)
                for role in ("source", "target"):
                    a = getattr(frame, role)
                    near = countries or (places if a and not a.person else set())
                    if a is not None and a.rule.startswith("implied:") and places:
                        near = places  # the police who arrest in Maryland are Maryland's, whoever they hold
                        if len(near) > 1 and focus in near:
                            near = {focus}  # "of Torrance, California; … of Cambridge": the story's country
                    if role == "target" and (a is None or not a.person) and frame.source is not None and \
                            frame.source.country and _force_on_people(frame, self.cameo.root(frame.code)):
                        struck = story_places(doc, actors) if struck is None else struck
                        where = sentence_places(sent, actors, outside=frame.source)
                        hit = struck_country(frame.source.country, where, struck)
                        near = hit or near
                        if a is None and len(hit) == 1 and hit != {frame.source.country}:
                            # "Israeli airstrikes repeatedly targeted its surroundings" in a story set in
                            # Gaza: the struck country, whoever in it was hit
                            a = struck_place(next(iter(hit)), frame.match.start)
                    other = frame.target if role == "source" else frame.source
                    if countries and _only_country_named(other, sent, actors, a):  # "the army …
                        near = near - {other.country}  # is no Russian army: the state is its counterpart
                    if _foreign(getattr(frame, f"{role}_tok")):
                        continue  # "freed six foreign medical personnel": not of the story's country
                    if role == "target" and frame.code.startswith("084") and frame.source is not None and \
                            frame.source.country and a is not None and not a.country:
                        near = {frame.source.country}  # "Cuba's decision to release political prisoners":
                        # the prisoners a state frees are its own, unless the sentence says whose
                    if near and here is not None and here not in near and \
                            _only_other_bodies_country(near, sent, actors, a, frame):
                        near = set()  # "the governor called for calm after US DEA agents arrested the
                        # premier", in a story of the Virgin Islands: the islands' governor
                    setattr(frame, role, inherit_country(a, near, here))
            repeated = self._repeated(frames)
            rejected += [(f.match, "the same act between the same parties, told twice in the sentence")
                         for f in repeated]
            frames = [f for f in frames if f not in repeated]
            coded = [self._event(frame, index, sent, document, actors, dates) for frame in frames]
            home_visits.update(id(e) for f, e in zip(frames, coded, strict=True)
                               if _home_visit(f, places, focus))
            events += coded
            self._report(misses, rejected, frames, index, document)
        blame_the_story_perpetrator(events)
        # an event with a party missing is a near miss ("two were killed in a knife attack" is a crime report,
        # "the ministry rejected the plan" a rejection of whoever's plan the parse did not find)
        gaps = {id(e): why for e in events if (why := incomplete(e, self.one_party)) is not None and
                id(e) not in home_visits}
        if misses is not None:
            misses += [NearMiss(e.sentence_index, e.trigger.text, e.trigger.start, e.trigger.end, e.rule,
                                gaps[id(e)]) for e in events if id(e) in gaps]
        kept = [e for e in events if id(e) not in gaps]
        self.confidence.calibrate(kept)
        return kept

    def _mishap_story(self, sents: list[Span], index: int, story: set[str]) -> bool:
        """The story tells of an accident or a missing person and, so far, of no crime, or it says no crime
        is suspected: its police inquiry ("police are investigating", "police have identified the man who
        died in a sailing accident") is routine work, not an act against anyone (coding guide §7). The
        accident may be told after the inquiry ("Police are still investigating. 'It looks like it was just
        an unfortunate accident,' he said"); "no foul play" outweighs a word like "shooting". ``story``: the
        words and phrases of the whole story (:func:`ngrams`)."""
        if not any(self.lex.in_class(w, MISHAP_STORY_CLASSES) for w in story):
            return False
        if any(self.lex.in_class(w, NO_CRIME_CLASSES) for w in story):
            return True
        words = ngrams([t for s in sents[:index + 1] for t in s])
        return not any(self.lex.in_class(w, CRIME_STORY_CLASSES) for w in words - NEUTRAL_MATTERS)

    def _repeated(self, frames: list[Frame]) -> list[Frame]:
        """Frames that tell again an act of the sentence's earlier frame, the same root between the same
        actors ("Coker was arrested …, and Davis was arrested": two private persons, one act as an event
        records it; "they killed them, murdered them"): coded once, as GDELT counts such mentions as one
        event; so is "was arrested and charged", one case the police and the prosecution take up together."""
        out: list[Frame] = []
        for i, f in enumerate(frames):
            if f.source is None or f.target is None:
                continue
            root = self.cameo.root(f.code)
            told = next((g for g in frames[:i] if g not in out and g.source is not None and
                         g.target is not None and self.cameo.root(g.code) == root and
                         ((g.source.code, g.target.code) == (f.source.code, f.target.code) or
                          _one_case(g, f))), None)
            if told is not None:  # the telling with the more specific code stays ("rallies to demand
                out.append(told if len(f.code) > len(told.code) else f)  # his ouster": 1411)
            elif f.code == "116" and f.match.token.lemma_.lower() == "order" and \
                    any(g.code == "173" and g.source is not None and g.target is not None and
                        (g.source.code, g.target.code) == (f.source.code, f.target.code) for g in frames):
                out.append(f)  # "sentenced him to 15 years … and ordered him to attend classes": one ruling
        return out

    @staticmethod
    def _report(misses: list[NearMiss] | None, rejected: list[tuple[Match, str]], frames: list[Frame],
                index: int, document: Document) -> None:
        """Append the sentence's rejected triggers (not those coded after all) to ``misses``."""
        if misses is None:
            return
        coded = {f.match.token.i for f in frames}
        seen: set[int] = set()
        for m, why in rejected:
            if m.token.i in coded or m.token.i in seen:
                continue
            seen.add(m.token.i)
            misses.append(NearMiss(index, document.text[m.start:m.end], m.start, m.end, m.entry.rule, why))

    def _reciprocal(self, frames: list[Frame], actors: ActorLookup) -> list[Frame]:
        """"Morocco and Israel signed an agreement": each party is the other's target."""
        out: list[Frame] = []
        by_trigger: dict[int, list[Frame]] = {}
        for f in frames:
            by_trigger.setdefault(f.match.token.i, []).append(f)
        for group in by_trigger.values():
            untargeted = [f for f in group if f.target is None and f.source is not None]
            codes = {f.source.code for f in untargeted}
            if len(untargeted) >= 2 and len(codes) == len(untargeted) and \
                    self._mutual_code(group[0].code, group[0].match):
                for f in untargeted:
                    for g in untargeted:
                        if g is not f:
                            out.append(Frame(f.match, f.code, f.clause_verb, f.source_tok, g.source_tok,
                                             f.source, g.source, f.refined_by))
                out += [f for f in group if f not in untargeted]
            else:
                out += group
        return out

    def frames(self, sent: Span, actors: ActorLookup,
               rejected: list[tuple[Match, str]] | None = None) -> list[Frame]:
        nouns = self.finder.noun_matches(sent)
        verbs = self.finder.verb_matches(sent)
        idiomatic = self.finder.idiomatic(sent, nouns + verbs)
        if idiomatic:  # "took charge of the House", "came out fighting", "the Voyager space probe"
            if rejected is not None:
                rejected += [(m, "an idiom, not this act") for m in nouns + verbs if m.token.i in idiomatic]
            nouns = [m for m in nouns if m.token.i not in idiomatic]
            verbs = [m for m in verbs if m.token.i not in idiomatic]
        # (a charge is its own act besides the crime it names: "charged in the stabbing death of")
        consumed = {m.light_verb.i for m in nouns
                    if m.light_verb is not None and m.context not in ("alleged", OPENING, BORNE)}
        noun_heads = {m.token.i for m in nouns}
        frames: list[Frame] = []
        absorbed: set[int] = self._requested_acts(sent)
        coded: set[int] = set()
        # a phrase's inner verb is part of it: "tried to assassinate" is not also "assassinate"
        phrase_words = {w.i for m in verbs if m.entry.lemmas and len(m.words) > 1 for w in m.words[1:]}
        verbs = [m for m in verbs if m.token.i not in phrase_words or len(m.words) > 1]
        for m in verbs:
            if m.token.i in consumed or m.token.i in noun_heads or m.token.i in coded:
                continue
            frame = self._verb_frame(m, actors)
            if isinstance(frame, str):
                if rejected is not None:
                    rejected.append((m, frame))
                continue
            coded.add(m.token.i)
            frames.append(frame)
            if m.entry.absorbs:
                comp = complement_verb(m.token)
                if comp is not None:
                    absorbed |= {t.i for t in comp.subtree}
                for c in infinitives_of(m.token):  # "pleaded with Israel to allow aid in"
                    absorbed |= {t.i for t in c.subtree}
                held = object_heads(m.token)
                if m.entry.need_obj is not None:  # what the act is about: "her conviction was quashed"
                    held += [c for c in m.token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
                for o in held:  # not its relative clauses ("…, which she denies")
                    absorbed |= {t.i for t in o.subtree} - relative_clause_tokens(o)
                for c in conditions_of(m.token):  # "threatened to strike unless the PM resigned"
                    absorbed |= {t.i for t in c.subtree}
        for m in nouns:
            frame = self._noun_frame(m, actors)
            if isinstance(frame, str):
                if rejected is not None:
                    rejected.append((m, frame))
                continue
            frames.append(frame)
            if m.context == "between":  # and the second side against the first
                frames.append(Frame(m, frame.code, frame.clause_verb, frame.target_tok, frame.source_tok,
                                    frame.target, frame.source, frame.refined_by))
        # what a suspect is accused of is coded (as alleged) only when it is violence: "Bassett is accused
        # of stabbing him"; not "accused him of ignoring witness testimony", nor a party's accusation of
        # another ("Russia accused Ukraine of shelling the plant": the accusation is the event)
        alleged = [f for f in frames if f.clause_verb.dep_ == "pcomp" and
                   f.clause_verb.head.lower_ in ("of", "with", "for") and  # (not "charged after being …")
                   f.clause_verb.head.head.lemma_.lower() in ACCUSING_VERBS and
                   (self.cameo.root(f.code) not in VIOLENT_ROOTS or not is_passive(f.clause_verb.head.head))]
        if rejected is not None:
            rejected += [(f.match, "what someone is accused of, not violence") for f in alleged]
        frames = [f for f in frames if f not in alleged]
        # an event noun with its own relative clause ("an airstrike that killed …") is stated as a fact
        # (and the crime a suspect is charged in is his alleged act: "charged with murder in the beating of")
        inside = [f for f in frames if f.match.token.i in absorbed and
                  not (f.match.context == "alleged" and f.target is not None) and
                  not (f.match.context == "impact" and f.match.light_verb.dep_ == "relcl")]
        if rejected is not None:
            rejected += [(f.match, "content of a demand, threat or promise") for f in inside]
        frames = [f for f in frames if f not in inside]
        frames = self._merge_consequences(frames)
        return self._expand_and_dedupe(frames, actors)

    def _requested_acts(self, sent: Span) -> set[int]:
        """Tokens of what a plea, call or demand asks for: "met the Democrats' pleas to approve Ukraine
        funding" reports no approval (the infinitive may hang on the noun or on its verb)."""
        out: set[int] = set()
        for tok in sent:
            if tok.pos_ != "NOUN" or not self.lex.in_class(tok.lemma_.lower(), REQUESTS):
                continue
            infinitives = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VB"]
            if tok.dep_ == "dobj":
                infinitives += infinitives_of(tok.head)
            for c in infinitives:
                out |= {t.i for t in c.subtree}
        return out

    def _merge_consequences(self, frames: list[Frame]) -> list[Frame]:
        """"detonated a car bomb outside a hotel, killing several civilians", "violated the ceasefire by
        firing on Armenian positions": one violent act whose victims are the participle's object — not a
        second event."""
        by_token = {f.match.token.i: f for f in frames}
        out = []
        for f in frames:
            tok = f.match.token
            main = by_token.get(tok.head.i) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else \
                by_token.get(tok.head.head.i) if tok.dep_ == "pcomp" and tok.head.lower_ == "by" else None
            if main is None or main is f or f.source is None or main.source is None or \
                    f.source.code != main.source.code or \
                    not {self.cameo.root(f.code), self.cameo.root(main.code)} <= MILITARY_ROOTS:
                out.append(f)
                continue
            if f.target is not None and (main.target is None or main.target.rule == "place:country"):
                main.target_tok, main.target = f.target_tok, f.target
        return out

    # ---- frames -------------------------------------------------------------------------------
    def _verb_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """The frame of a verb trigger, or why there is none."""
        verb, entry = m.token, m.entry
        if entry.speech:
            return self._speech_frame(m, actors)
        if quoted_command(verb):
            return "a quoted command or slogan ('shouted \"arrest the minister\"'): words, not the act"
        passive = is_passive(verb)
        if passive:
            src_tok = agent(verb)
            src_tok = through_quantity(src_tok) if src_tok is not None else None  # "by dozens of MPs"
            if src_tok is None and entry.from_author:  # "expelled from the United States"
                src_tok = next((o for _p, o in pobj_of(verb, frozenset({"from"}))
                                if actors.country_for_token(o)), None)
            if src_tok is None and entry.absorbs:  # "anyone with information is asked to call police"
                src_tok = self._body_to_contact(verb, actors)
            # ("Sears and Bowers are now both charged": the parse may hang the subject on the auxiliary)
            tgt_tok = first_child(verb, *PASSIVE_SUBJECT_DEPS) or next(
                (s for c in verb.children if c.dep_ == "auxpass" for s in c.children if s.dep_ == "nsubj"),
                None)
            if tgt_tok is None and verb.dep_ == "conj":  # "was deposed and assassinated"
                tgt_tok = first_child(verb.head, *PASSIVE_SUBJECT_DEPS)
                if tgt_tok is None and first_child(verb, "auxpass") is not None:
                    tgt_tok = first_child(verb.head, "nsubj")  # "hid out with a friend, but was arrested"
            if tgt_tok is None and verb.dep_ == "acl":  # "an immigrant arrested in Maryland"
                tgt_tok = verb.head
            if tgt_tok is None and verb.dep_ in ("ROOT", "ccomp", "csubj"):  # a headline: "Man charged with"
                tgt_tok = first_child(verb, "nsubj")
            if tgt_tok is None and verb.dep_ in ("pcomp", "advcl"):  # "remanded after being charged": he
                clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
                while clause.dep_ == "conj" and not any(c.dep_ in (*PASSIVE_SUBJECT_DEPS, "nsubj")
                                                        for c in clause.children):
                    clause = clause.head  # "was arrested and charged … after being accused of": he
                tgt_tok = first_child(clause, *PASSIVE_SUBJECT_DEPS) or first_child(clause, "nsubj")
            if tgt_tok is not None and tgt_tok.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                tgt_tok = verb.head  # "the defendant, who was charged with fraud"
        else:
            src_tok = subject(verb)
            src_tok = through_quantity(src_tok) if src_tok is not None else None
            tgt_tok = self._target_token(verb, entry, actors)
        if src_tok is not None and not passive and \
                any(self.lex.in_class(w, HAZARDS) for w in noun_phrase_words(src_tok)):
            return "a storm or a flood does it, no one acts ('three hurricanes striking US soil')"
        if entry.suffered:  # "ministers came under fire from a former chief whip"
            tgt_tok = src_tok
            src_tok = next((o for w in (verb, *m.words) for _p, o in pobj_of(w, AUTHOR_PREPS)), None)
        thing = tgt_tok if passive and tgt_tok is not None and entry.need_obj is not None and \
            self.lex.in_class(tgt_tok.lemma_.lower(), entry.need_obj) else None
        if passive and (tgt_tok is None or thing is not None):
            # "bond was set at $20,000 for Johnson": a thing the subject, whom it befalls after "for"
            tgt_tok = self._target_token(verb, entry, actors, skip_dobj=True) or tgt_tok
        obj = direct_object(verb) if tgt_tok is None and not passive else None
        if obj is not None and obj in m.words:
            obj = None  # the idiom's own noun is no party: "joined forces" (not armed forces)
        if obj is not None and any(self.lex.in_class(w, ATTACKS) for w in (obj.lemma_.lower(), obj.lower_)):
            tgt_tok = self._noun_author(obj, actors)[0]  # "beat back a rebel assault": against the rebels
        inner = next((w for w in m.words[1:] if w.dep_ == "xcomp" and w.head == verb), None)
        if tgt_tok is None and inner is not None:  # "tried to assassinate the governor"
            tgt_tok = self._target_token(inner, entry, actors)
        comp = complement_verb(verb)
        asks = _infinitive_or_clause(comp) or any(c.dep_ == "prep" and c.lower_ in ("for", "on")
                                                  for c in verb.children)
        if verb.lemma_.lower() in entry.need_complement and not asks:
            return f"nothing asked ('{verb.lemma_.lower()}' with no infinitive, clause or 'for')"
        if verb.lemma_.lower() == "call" and _to_infinitive(comp) and comp.i == verb.i + 2 and \
                verb.doc[verb.i + 1].lower_ == "to":  # (not "called on X to", "called for X to")
            return "a telephone call ('he called to congratulate her')"
        called = direct_object(verb) if verb.lemma_.lower() == "call" and not entry.speech else None
        if called is not None and self.cameo.root(entry.code) != "11" and \
                any(self.lex.in_class(w, SPEECH_DISPARAGING) for w in noun_phrase_words(called)):
            return "a naming ('called tax increases job killers'), not this act"
        if verb.lemma_.lower() in entry.no_infinitive and _infinitive_or_clause(comp) and \
                comp.dep_ == "xcomp":
            return f"'{verb.lemma_.lower()}' with an infinitive asks for something"
        if entry.absorbs and verb.lemma_.lower() in QUESTION_VERBS and _asks_a_question(verb, comp):
            return "a question, not a request"  # "asked Harry whether they quit", "asked, “What …?”"
        instead = None
        if entry.require_threat_complement and any(self.lex.in_class(t.lemma_.lower(), HAZARDS)
                                                   for t in verb.subtree):
            return "a safety warning in a disaster"  # "warned people to stay outdoors because of aftershocks"
        if entry.safety_advice and self._safety_advice(verb, tgt_tok, comp, actors):
            return "safety advice to the public in a hazard ('urges motorists to drive with caution')"
        threat = entry.require_threat_complement and self._is_threat(verb, comp)
        menaced = entry.require_threat_complement and not threat and self._threatens_someone(verb, actors)
        if entry.require_threat_complement and not threat and not menaced:
            instead = entry.without_threat.get(verb.lemma_.lower())
            if instead is None:
                return "no threatened action"
        if entry.predicate is not None:
            pred = object_predicate(verb)
            if pred is None:  # "described Biden as corrupt"
                pred = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                             for o in c.children if o.dep_ in ("pobj", "amod", "acomp")), None)
            obj = first_child(verb, "dobj") if pred is None else None
            if obj is not None:  # "calling it “turning the page …”": a quoted naming
                pred = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > obj.i and
                             any(t.is_quote for t in verb.doc[obj.i + 1:c.i + 1])), None)
            if pred is None and entry.predicate:
                return "no object predicate"
            if pred is not None and not entry.predicate:
                return "a naming, not this act"
            said = {t.lemma_.lower() for t in pred.subtree} | {t.lower_ for t in pred.subtree} \
                if pred is not None else set()
            if pred is not None and not any(self.lex.in_class(w, entry.predicate) for w in said):
                return f"object predicate is not {'/'.join(sorted(entry.predicate))}"
            if tgt_tok is None and pred is not None and entry.predicate:
                tgt_tok = _named_inside_predicate(pred)  # "called Trump reckless"
        if entry.need_obj is not None:
            objs = object_heads(verb) + [t for t in (tgt_tok, thing) if passive and t is not None]
            objs += _particle_objects(m)
            words = set().union(*(noun_phrase_words(o) for o in objs)) if objs else set()
            # "released Evan Gershkovich": a named person is someone held
            words |= {f"ent:{o.ent_type_.lower()}" for o in objs if o.ent_type_}
            if not any(self.lex.in_class(w, entry.need_obj) for w in words):
                return f"object is not {'/'.join(sorted(entry.need_obj))}"
        source = self._source_actor(src_tok, actors) or self._crowd(src_tok, entry.code)
        if source is None and src_tok is not None and entry.id in CRIMES:
            source = self._someone(src_tok, verb, actors, custody=True)  # "Sullivan sliced his arm"
        if source is None and src_tok is not None and menaced and \
                (src_tok.pos_ == "PROPN" or src_tok.lower_ in PERSONAL_PRONOUNS):  # "O'Connor threatened her"
            source = self._someone(src_tok, verb, actors, custody=True)
        if source is None and self.cameo.root(entry.code) in VIOLENT_ROOTS:
            source = self._bomber(src_tok, verb.idx, actors)  # "two bombs killed six police officers"
        target = self._actor_or_place(tgt_tok, actors) if tgt_tok is not None else None
        if target is None and (entry.implied_author or _implied_author(m)) and \
                (((passive or entry.suffered) and src_tok is None) or _law_enforcement(source)):
            patient = tgt_tok if passive or tgt_tok is not None else \
                direct_object(verb) or next(iter(_particle_objects(m)), None)
            if patient is not None:  # "Sullivan was charged with five felonies", "police arrested her"
                tgt_tok, target = patient, self._someone(patient, verb, actors, bool(entry.implied_author))
        if self.cameo.root(entry.code) in VIOLENT_ROOTS | {"14"} and \
                any(o.lower_ in REFLEXIVES for o in (tgt_tok, *object_heads(verb)) if o is not None):
            return "done to oneself"  # "Sullivan also sliced herself in the shin", "barricaded herself in"
        if verb.lemma_.lower() == "contest" and any(self.lex.in_class(w, CONTESTS) for o in object_heads(verb)
                                                     for w in noun_phrase_words(o)):
            return "ran in a race, rejected nothing ('contested the 2015 elections')"
        if entry.id == "phone" and (source is not None and (source.sector or "")[:3] == "CVL") and \
                _law_enforcement(target):
            return "a call to the police, not a political act ('I called the Lindsay police')"
        if entry.id == "wanted" and not passive:
            return "a wish, not a warrant ('the party wants charges dropped')"
        if entry.id == "traffic-stop" and passive and src_tok is None:
            return "no one stopped it ('a pickup truck, which was stopped in traffic')"
        driver = first_child(tgt_tok, "poss") if entry.id == "traffic-stop" and tgt_tok is not None else None
        if driver is not None and driver.pos_ == "PROPN":  # "stopped Chesnut's Ford Mustang": Chesnut
            tgt_tok, target = driver, self._someone(driver, verb, actors)
        if entry.id == "riot" and verb.lemma_.lower() == "clash" and source is not None and source.person:
            return "a quarrel, not a riot ('Kelly has clashed with Kushner')"
        if entry.id == "beat" and not passive and ((_contenders(source) and _contenders(target)) or any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
            return "a contest won, not an assault ('Trump narrowly beat Clinton', 'beat out Kusner for …')"
        if verb.lemma_.lower() == "fire" and any(_named(o) or _a_person(actors.for_token(o))
                                                 for o in object_heads(verb) if o.dep_ == "dobj"):
            return "another sense (fired from a post)"  # "fired Reams at the Emergency Operations Center"
        if entry.id == "fight" and target is None and not passive and len(m.words) == 1 and \
                self._fights_a_thing(verb, actors):
            return "figurative: the object is no adversary"  # "the city is fighting air pollution"
        if entry.id == "fight" and target is None and not passive and \
                _fights_for_a_cause(verb, source, actors):  # "the mayor is fighting for affordable housing"
            return "figurative: a cause, not an adversary"
        if target is None and tgt_tok is not None and tgt_tok.lemma_.lower() not in KIN and (
                ((passive or entry.predicate) and first_child(tgt_tok, "poss") is not None) or
                self.cameo.root(entry.code) in JUDGING_ROOTS):  # "called his plans a disaster": his
            owner = object_owner(tgt_tok, actors)  # "her conviction was overturned": hers; "criticised the
            if owner is not None:  # government's handling", "praised the work of the police": theirs
                tgt_tok, target = owner, actors.for_token(owner)
        if self._at_home(entry.code, source, target):
            tgt_tok, target = None, None
        if target is not None and source is not None and one_actor(source, target):
            # an actor is not its own target ("the Pentagon put its troops …"); its partner may be
            tgt_tok, target = self._partner(tgt_tok, actors)  # ("near its border with Ukraine")
        if target is None and entry.absorbs:  # "wrote a letter to the Duma calling for …": the Duma
            tgt_tok, target = self._letter_addressee(verb, actors) or (tgt_tok, target)
        if target is None and entry.absorbs and comp is not None:
            asked = self.cameo.root(entry.code) == "02"
            tgt_tok, target = self._target_from_complement(comp, source, actors, patients=not asked,
                                                           accused_only=entry.id == "accuse")
            if target is not None and source is not None and one_actor(source, target):
                tgt_tok, target = self._partner(tgt_tok, actors)  # "deepen its cooperation with India"
        ctx = self._context(m, verb, src_tok, tgt_tok, source, comp)
        other = self._other_sense(entry, ctx.any | ctx.obj)
        if other:
            return other
        objects = object_heads(verb) + ([tgt_tok] if passive and tgt_tok is not None else [])
        objects += _relative_head(verb)  # "the questions (that) we need to ask": and what the clause modifies
        if entry.uncounted_source and src_tok is not None and source is not None and not source.sector \
                and _counted(src_tok):
            return "a counted people ('52,000 Venezuelans have arrived'): they migrate, not visit"
        if entry.naming_unless and self._a_naming(verb, objects, entry.naming_unless):
            return "a naming ('identified the man as John Smith'), not this act"
        if entry.not_obj and any(self.lex.in_class(w, entry.not_obj) for o in objects
                                 for w in noun_phrase_words(o)):
            return f"another sense (its object is {'/'.join(sorted(entry.not_obj))})"
        if entry.need_clause and (comp is None or comp.dep_ != "ccomp" or mod.negated(comp)):
            return "no clause: a feeling or a wish, not a comment"  # "fears for his life", "hopes to win"
        if any(c.dep_ == "neg" for w in m.words[1:] for c in w.children):
            return "its predicate is negated ('found not guilty': an acquittal)"
        if entry.need_clause and _a_motive(verb):
            return "a motive the writer gives, not a comment ('reneged, apparently fearing that …')"
        if entry.need_any and not any(self.lex.in_class(w, entry.need_any) for w in ctx.any | ctx.obj):
            return f"another sense (no {'/'.join(sorted(entry.need_any))} in the clause)"
        if verb.lemma_.lower() in entry.intransitive and first_child(verb, "dobj") is not None:
            return f"another sense ('{verb.lemma_.lower()}' with an object)"
        if entry.no_that_clause and comp is not None and comp.dep_ == "ccomp" and \
                any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in comp.children):
            # "agreed that students feel abandoned", "promising evidence would soon be provided"
            return "an opinion (a that-clause), not an undertaking"
        code, why = self._refine(entry, ctx)
        if menaced and not why:
            why = MENACED  # a crime as much as a political act: a private person's menace is coded
        if code == "015" and not why and not political(source) and self._owns_an_offence(verb, ctx):
            why = ADMISSION  # a suspect owning what he did (coding guide: admissions, 015 with no target)
        if verb.lemma_.lower() in ASSERTING_DEMANDS and comp is not None and comp.dep_ == "ccomp" and \
                not _bidding(comp):  # ("insisted the Government will not abandon food standards")
            return "an assertion, not a demand ('insisted to detectives she awoke miles away')"
        if self.cameo.root(code) == "03" and comp is not None and mod.negated(comp):
            return "an undertaking not to act ('vowing not to resume negotiations')"
        if self.cameo.root(code) in ("10", "11") and self._protest_purpose(verb):
            # ("gathered outside the cathedral to voice their anger at police": a protest against them)
            code, why = PROTESTED_DEMANDS.get(code, "141"), f"{why}+protest" if why else "protest"
        if code in ("190", "193") and unknown_attackers(source) and \
                (target is None or (target.sector or "")[:3] not in ARMED_SECTORS):
            code, why = "180", "attackers of no known side"  # "a gunman opened fire on police": not war
        if not why and verb.lemma_.lower() in entry.thing_objects and \
                any(actors.for_token(o) is None for o in object_heads(verb)):
            return f"another sense ('{verb.lemma_.lower()}' a thing the lexicon does not name)"
        if target is None and self.cameo.root(code) == "08":  # "dismissed the case against Trump": his
            tgt_tok, target = self._befallen(verb, actors)
        if instead is None and not why and target is None and entry.require_threat_complement:
            instead = entry.without_threat.get(verb.lemma_.lower())  # "warned that cars could be hacked"
        if instead is not None:
            code, why = instead, "no threat"
            if target is not None and self._warned_of_wrongdoing(verb, tgt_tok):
                code, why = "112", "no threat, a warning of wrongdoing"  # a regulator's warning letter
            warned = source is not None and target is None and self.cameo.root(code) == "01" and \
                not self._of_mishap(verb.subtree)  # "aid workers warn that malaria is a serious risk"
            faulted = implied_government(source, "11", verb.idx, warning=True) if warned else None
            if faulted is not None:  # "the union warns of a postcode lottery": it faults its government
                code, why, target = "111", "no threat, a petitioner's warning", faulted
        verbal = entry.verbal_code and (entry.verbal_lemmas is None or
                                        " ".join(w.lemma_.lower() for w in m.words) in entry.verbal_lemmas)
        if verbal and not why and unarmed(source) and not self._armed(verb) and \
                not _crowd_against_force(source, target):
            code, why = entry.verbal_code, "sense:verbal"  # "Trump attacked Biden": words, not weapons
        agentless = passive and src_tok is None and self.cameo.root(code) in AGENTLESS_ROOTS and \
            code != "170" and not (target is not None and target.rule == "coref:pronoun" and
                                   target.text.lower() == "it")
        road_user = tgt_tok is not None and self.lex.in_class(tgt_tok.lemma_.lower(), ROAD_USERS)
        if agentless and (self._by_accident(verb) or (road_user and self.cameo.root(code) in VIOLENT_ROOTS)):
            return "an accident or a disaster, no one's act"  # "two people were killed in a crash"
        if agentless and verbal and target is not None and target.person and not why:
            return "a blow of unknown kind and author ('he has been hit before')"
        if agentless:  # "killed in Turkish drone strikes": the weapon's adjective names the source
            src_tok, source = self._means_actor(verb, actors)
            bombers = (self._bomber(o, verb.idx, actors) for _p, o in pobj_of(verb, ("in", "by")))
            source = source or next(filter(None, bombers), None)  # "killed in a bomb attack"
            agentless = source is None
        if target is None and not passive and self.cameo.root(code) == "11":
            tgt_tok, target = self._attackers(direct_object(verb), actors)  # "condemned the bombing"
        if target is None and not passive and entry.predicate and source is not None and \
                _a_thing(direct_object(verb)) and not self._of_mishap(verb.subtree):
            # "calls these numbers “deeply flawed”", "called it a “step back”": a thing named badly is
            # someone's, the party the sentence or the two before tell of
            tgt_tok, target = None, self._discussed_actor(verb, source, actors)
            why = f"{why}+topic" if target is not None else why
        unnamed_author = (passive or entry.suffered) and source is None and target is not None
        implied = entry.implied_author or _implied_author(m) if unnamed_author else None
        if implied is not None:  # "was indicted": by prosecutors; "was arrested": by police
            source = implied_actor(implied, None, verb.idx, implied)
            if target.text.lower() != "it":  # the author's sector refines as a named one would:
                # "he was charged" is a legal charge ("how it was charged" is a mood)
                ctx.source_sector = {implied}
                code, why = self._refine(entry, ctx)
        binding = source is not None and source.rule.rsplit("+author:", 1)[-1] in LAWS
        if binding and self.cameo.root(code) == "10":
            if tgt_tok is None or tgt_tok.dep_ != "dobj" or tgt_tok.head != verb:
                return "a law's provision, not a demand on a party ('the law required a vote')"
            code, why = "172", "a law's requirement"  # "the law required Tri-State to build a hotel"
        frame = Frame(m, code, verb, src_tok, tgt_tok, source, target, why, agentless)
        return self._accept(frame, actors)

    def _someone(self, tok: Token, verb: Token, actors: ActorLookup, custody: bool = False) -> Actor | None:
        """:func:`_someone`, of the country an apposition gives ("Gomez, a native of Mexico": MEXCVL; "Reza,
        an Iranian national"), as the coding guide keeps it."""
        person = _someone(tok, verb, custody)
        country = actors.origin_of(tok) if person is not None else None
        if country is None:
            return person
        return replace(person, code=country + "CVL", country=country, rule=f"{person.rule}+origin")

    def _armed(self, verb: Token) -> bool:
        """"Attacked Sgt. Gale with a kitchen knife": blows, not words."""
        return any(self.lex.in_class(o.lemma_.lower(), HAND_WEAPONS) for _p, o in pobj_of(verb, ("with",)))

    def _body_to_contact(self, verb: Token, actors: ActorLookup) -> Token | None:
        """The police or office the public is asked to contact: who makes the appeal ("anyone with
        information is asked to contact the Sheriff's Office", "… is urged to call police")."""
        comp = _contact_verb(verb)
        if comp is None:
            return None
        bodies = [c for c in comp.children if c.dep_ == "dobj"] + \
            [o for _p, o in pobj_of(comp, ("at", "with"))]
        return next((b for b in bodies if ((a := actors.for_token(b)) is not None and
                                           (a.sector or "")[:3] in LAW_ENFORCEMENT)), None)

    def _protest_purpose(self, verb: Token) -> bool:
        """A demand that is what a protest is for ("rallies to demand the NDP scrap its tax", "gathered at a
        rally to demand …", "took to the streets to demand"): the protest is the event (141x)."""
        participle = verb.tag_ == "VBG" and verb.dep_ == "advcl"  # "marched through Dhaka demanding …"
        if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or \
                not (participle or any(c.lower_ == "to" for c in verb.children)):
            return False
        head = verb.head
        d = subject(head)
        d = through_quantity(d) if d is not None else None  # "hundreds of demonstrators"
        doers = [d] if d is not None and d.lemma_.lower() in PROTESTERS else []
        words = [head, *doers, *(o for _p, o in pobj_of(head, ("at", "in", "during"))), *object_heads(head)]
        words += [c for w in words for c in w.children if c.dep_ == "compound"]  # "protest rallies"
        return bool(doers) or any(self._in_class(w, PROTESTS) for w in words) or \
            (head.lemma_.lower() == "take" and "street" in {t.lemma_.lower() for t in head.subtree})

    def _attackers(self, obj: Token | None, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Who did the attack a condemnation names: its author ("the bombing by Islamic State", "the Israeli
        strikes"), else, for a bombing or a terrorist attack, armed men of unknown country (---REB)."""
        if obj is None or not any(self.lex.in_class(w, ATTACKS) for w in (obj.lemma_.lower(), obj.lower_)):
            return None, None
        owner, author = self._noun_author(obj, actors)
        if author is not None:
            return owner, author
        words = {obj.lemma_.lower(), obj.lower_} | {f"{c.lower_} {obj.lower_}" for c in obj.children
                                                    if c.i < obj.i and c.dep_ in ("amod", "compound")}
        if any(self.lex.in_class(w, TERROR_ACTS) for w in words) or (
                obj.lemma_.lower() in ("attack", "assault") and _a_bombing_story(obj.doc)):
            return None, implied_actor("REB", None, obj.idx, "attackers")  # "Sisi condemned the attack"
        return None, None

    def _speech_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"X said …": X's statement, criticism or accusation (see tacitus.events.speech)."""
        verb, entry = m.token, m.entry
        src_tok = agent(verb) if is_passive(verb) else subject(verb)
        src_tok = through_quantity(src_tok) if src_tok is not None else None  # "dozens of MPs said"
        source = self._source_actor(src_tok, actors)
        if source is None:
            return "no source actor"
        content = _held_view(content_of(verb))
        against_the_state = self._alleges_against_the_state(verb, content, actors)
        if source.sector in QUIET_SECTORS and source.person is None and not public_service(source) and \
                not against_the_state:
            return f"a statement by {source.sector} is not a political act"
        code, why, tgt_tok, target = entry.code, "", None, None
        if content is not None:
            words = content_words(content, verb)
            words -= {w for t in content_tokens(content, verb) if _denied_word(t) or self._judges_a_mishap(t)
                      for w in (t.lemma_.lower(), t.lower_)}  # "there was no malicious intention"
            words -= _negated_phrases(content, verb)  # "said the ministry was not in breach of the law"
            modals = {c.lower_ for c in content.children if c.dep_ == "aux"}
            # what the content does to whom it names, read off its words first (cheap), the actor after
            dismisses = self._dismisses_claims(content, words)
            claimant = self._claimant(content, source, actors) if dismisses else None
            if claimant is not None:  # "says Biden's joke about him is a bunch of malarkey": a rejection
                reading = None
                code, why, (tgt_tok, target) = "120", "speech:dismissal", claimant
            elif verb.lemma_.lower() in ALLEGING or any(self.lex.in_class(w, SPEECH_ACCUSING) for w in words):
                reading = ("112", "speech:accusing", False)
            elif any(self.lex.in_class(w, SPEECH_DISPARAGING) for w in words) or \
                    any(self._denies_a_virtue(t) for t in content_tokens(content, verb)):
                reading = ("111", "speech:disparaging", False)
            elif any(self.lex.in_class(w, SPEECH_APPROVING) for w in words):
                reading = ("051", "speech:approving", False)  # "said the firefighters were heroic"
            elif modals & DEMANDING and _or_else(content):
                reading = ("130", "speech:must-or-else", True)  # "said Uber must cease or face action"
            elif modals & DEMANDING:
                reading = ("100", "speech:must", True)  # "said Congress must act"
            elif _in_hindsight(content, modals):
                reading = ("111", "speech:should-have", True)  # "said Ottawa should have acted sooner"
            elif modals & URGING:
                reading = ("020", "speech:should", True)  # "said the board should reconsider"
            else:
                reading = None
            hits: list[Token] = []
            if reading is not None and (political(source) or (not reading[2] and critic(source)) or
                                        against_the_state):
                # criticism from a named or described critic (not "critics say"); demands only from politics
                hits = [] if reading[2] else self._judging_words(content_tokens(content, verb), reading[0])
                # the doer a judging noun names comes first: "condemn the sexual violence of Hamas"
                nouns = [] if reading[2] else self._judging_nouns(content_tokens(content, verb), reading[0])
                doers = [d for n in nouns for d in _doers(n)]
                for t in doers + content_actor_tokens(content, verb):
                    if reading[2] and (t.dep_ not in ("nsubj", "nsubjpass") or t.head != content) and \
                            not (reading[1] == "speech:should-have" and _agent_of(t, content)):
                        continue  # a demand or an appeal is made of the subject of the clause with "must"
                        # (fault found in hindsight, of its doer too: "should have been made by the staff")
                    if hits and not _judged_in_clause(t, hits):
                        continue  # "X said Thomas assured him that Y was the victim of a pernicious attempt"
                    if hits and all(h.i == t.i for h in hits) and t.dep_ in ("pobj", "dobj") and \
                            not any(c.dep_ in ("amod", "compound") for c in t.children):
                        continue  # "operations against terrorists": a label used to refer, not a charge made
                    if not reading[2] and _aimed_at(t):
                        continue  # "a confrontational approach toward Russia": Russia is what it aims at
                    a = self._actor_or_place(t, actors)
                    if not _judgeable(a, source, demand=reading[2]):
                        continue  # "exploit people from vulnerable communities"; the press is criticised
                    tgt_tok, target = t, a
                    code, why = reading[0], self._with_word(reading, hits, words)
                    break
            if target is None and reading is None and not dismisses and critic(source):
                blamed = self._blamed(content, verb, source, actors)
                if blamed is not None:  # "Trump says China's trade practices have caused factories to close"
                    (tgt_tok, target), code, why = blamed, "111", "speech:blame"
            if target is None and dismisses:
                code, why = "120", "speech:dismissal"  # "said the allegations were baseless"
            elif target is None and reading is not None and reading[1] in APPEALS_OF_A_MEASURE and \
                    critic(source) and _of_nobody_named(content, actors):
                # "the union said the requirements should be removed from the law": an appeal for a public
                # measure, made of the speaker's government (coding guide: implicit addressee)
                target = implied_government(source, "02", verb.idx)
                if target is not None:
                    code, why = "020", f"{reading[1]}+measure"
            elif target is None and reading is not None and reading[1] == "speech:should-have" and \
                    political(source) and _of_nobody_named(content, actors):
                # "said problems should have been fixed much earlier": the fault of whom the story is on
                target = self._discussed_actor(verb, source, actors)
                if target is not None:
                    code, why = reading[0], f"{reading[1]}+topic"
            elif target is None and reading is not None and reading[0] == "111" and \
                    critic(source) and any(_flatly_said(w, content, self._denies_a_virtue(w)) and
                                           not _of_the_speaker(w, content, source, actors)
                                           for w in self._judging_words(content_tokens(content, verb),
                                                                        reading[0])):
                tgt_tok, target = None, None
                if not self._of_mishap(content_tokens(content, verb)):  # not "a factor in the crash"
                    target = self._discussed_actor(verb, source, actors)
                if target is not None:  # "“This is totally unacceptable,” the committee says" (praise
                    # of no one named is not guessed: on news-gold dev 0 of 3 such guesses were right)
                    code, why = reading[0], self._with_word((reading[0], f"{reading[1]}+topic"),
                                                            hits, words)
        elif first_child(verb, "dative", "dobj") is None:
            return "a statement with no content"
        if target is None and code == entry.code and content is not None and political(source):
            outlook = _outlook(content)
            if outlook is not None:  # "Trudeau said he is optimistic that a deal can be reached": 013
                about = [(t, a) for t in content_actor_tokens(content, verb)
                         if _judgeable(a := self._actor_or_place(t, actors), source)]
                tgt_tok, target = about[0] if about else (None, None)  # "… about peace in Sudan": Sudan
                frame = Frame(m, outlook, verb, src_tok, tgt_tok, source, target, "speech:outlook")
                return self._accept(frame)
        if target is None and code == entry.code:
            # a plain statement is left uncoded, an institution's too ("the ministry said"): analysts code
            # what a statement does; on news-gold dev (587 events) coding institutions' plain statements made
            # 26 events of which 5 were in the gold
            return "a plain statement (no criticism or accusation of a named actor)"
        frame = Frame(m, code, verb, src_tok, tgt_tok, source, target, why)
        return self._accept(frame)

    def _blamed(self, content: Token, verb: Token, source: Actor,
                actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Blame: the content says another party, or its policy or practices, did harm ("China's trade
        practices have caused American factories to close", "Ottawa's cuts have hurt hospitals"). Only a harm
        stated as done: one forecast ("would hurt"), hedged or denied blames no one yet."""
        for act in (content, *(c for c in content.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            if not self._harms(act) or mod.detect(act, act).value not in (mod.ASSERTED, mod.CLAIMED):
                continue
            doer = subject(act)
            if doer is None or is_passive(act) or doer.lower_ in FIRST_PERSON or _owned_by_pronoun(doer):
                continue
            # the doer itself, else whose deed it names: "China's practices", "Chinese tariffs"
            for t in (doer, *(c for c in doer.children if c.dep_ in ("poss", "amod", "compound"))):
                a = self._actor_or_place(t, actors)
                if _judgeable(a, source) and (a.sector or "")[:3] not in SUSPECTS:
                    return t, a  # (a suspect's harm the police tell of is their account: _police_account)
        return None

    def _harms(self, act: Token) -> bool:
        """The verb tells of harm done: a verb of harm ("hurt", "damaged"), or causing a harm ("caused job
        losses", "led to shortages", "caused factories to close", "cost jobs")."""
        if act.pos_ != "VERB" or _denied_word(act):
            return False
        lemma = act.lemma_.lower()
        if self.lex.in_class(lemma, HARMING):
            return True
        if lemma not in CAUSING:
            return False
        outcomes = [c for c in act.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
        outcomes += [o for _p, o in pobj_of(act, ("to", "about"))]
        # "caused factories to close"
        outcomes += [c for o in outcomes for c in o.children if c.dep_ in ("xcomp", "ccomp")]
        return any(self._in_class(o, HARMS) for o in outcomes)

    def _alleges_against_the_state(self, verb: Token, content: Token | None, actors: ActorLookup) -> bool:
        """A private person's allegation of what an officer or a state body did ("a Dallas man claims a
        police officer assaulted him"): political by whom it accuses."""
        if content is None or verb.lemma_.lower() not in ALLEGING:
            return False
        doer = subject(content) if content.pos_ in ("VERB", "AUX") else None
        a = actors.for_token(doer) if doer is not None else None
        return a is not None and (a.sector or "")[:3] in AUTHORITIES

    def _reported_accusations(self, frames: list[Frame], rejected: list[tuple[Match, str]],
                              actors: ActorLookup) -> list[Frame]:
        """A party's plain statement whose content reports violence by another country's actor accuses
        that actor (112; coding guide §7, alleged atrocities): "Yerevan said Azerbaijani troops fired on
        Armenian positions" codes the firing and Armenia's accusation; the press reporting an act, or a
        ministry reporting its own forces' act, accuses no one."""
        out = []
        for m, why in rejected:
            if not m.entry.speech or not why.startswith("a plain statement"):
                continue
            verb = m.token
            content = content_of(verb)
            src_tok = agent(verb) if is_passive(verb) else subject(verb)
            speaker = self._source_actor(src_tok, actors)
            police = _law_enforcement(speaker) or (  # "authorities said Sears planned the shooting"
                speaker is not None and (speaker.sector or "")[:3] == "GOV" and src_tok is not None and
                src_tok.lemma_.lower() in ("authority", "authorities", "official") and
                self._of_wrongdoing(verb.sent))
            if content is None or speaker is None or not (speaker.country or police):
                continue  # (a speaker whose country is not known yet may be of either side)
            if (speaker.sector or "")[:3] == "MED" or \
                    not (political(speaker) or critic(speaker) or speaker.person):
                continue
            inside = {t.i for t in content_tokens(content, verb)}
            for f in frames:
                accused = f.source
                suspect = police and accused is not None and (accused.sector or "")[:3] in SUSPECTS and \
                    self.cameo.root(f.code) in VIOLENT_ROOTS  # "police say Bassett stabbed him"
                refused = self._refused(f, speaker) if f.match.token.i in inside else None
                if refused is not None:  # "Tehran would not negotiate with Washington": Iran's refusal
                    out.append(Frame(m, "120", verb, src_tok, *refused[:1], speaker, refused[1],
                                     "speech:refusal"))
                    break
                if f.match.token.i not in inside or self.cameo.root(f.code) not in HOSTILE_ROOTS or \
                        accused is None or same_party(accused, speaker) or \
                        not (suspect or (political(accused) and accused.country != speaker.country and
                                         (accused.country or len(accused.code or "") > 3))) or \
                        _owned_by_pronoun(f.source_tok) or \
                        mod.detect(f.clause_verb, f.match.token).value not in (mod.ASSERTED, mod.CLAIMED):
                    continue  # "said it had not confiscated an animal in 30 years" accuses no one
                out.append(Frame(m, "112", verb, src_tok, f.source_tok, speaker, accused,
                                 "speech:reports-a-hostile-act"))
                break
            else:
                if police:
                    frame = self._police_account(m, verb, content, src_tok, speaker, actors)
                    if frame is not None:
                        out.append(frame)
        return out

    def _refused(self, f: Frame, speaker: Actor) -> tuple[Token | None, Actor] | None:
        """The speaker's own side will not cooperate with, yield to or bow to another party: a refusal (12x)
        of that party, "said Tehran would not negotiate with Washington", "said Ukraine will never recognise
        Russia's annexation", "declared Canada would not be intimidated by Russia" (whom it refused: the
        other party). What the speaker's side did not do ("did not meet"), and what another party won't do,
        refuse nothing."""
        if f.source is None or f.target is None or not _will_not(f.clause_verb) or \
                mod.detect(f.clause_verb, f.match.token).value != mod.NEGATED:
            return None
        root = self.cameo.root(f.code)
        if root in COOPERATIVE_ROOTS and same_party(f.source, speaker) and not same_party(f.target, speaker):
            return f.target_tok, f.target
        if root in COERCIVE_ROOTS and is_passive(f.clause_verb) and same_party(f.target, speaker) and \
                not same_party(f.source, speaker):
            return f.source_tok, f.source  # "would not be intimidated by Russian bombers"
        return None

    def _complaints_to_police(self, frames: list[Frame], rejected: list[tuple[Match, str]],
                              actors: ActorLookup) -> list[Frame]:
        """A private person telling the police that someone hurt, robbed or threatened him accuses that one
        (112): "the woman told police O'Connor had threatened her", "the victim told officers a man stabbed
        her". What he tells the police of no one's offence accuses no one."""
        out = []
        for m, why in rejected:
            verb = m.token
            if not m.entry.speech or not why.startswith("a statement by CVL") or \
                    verb.lemma_.lower() not in ("tell", "report") or is_passive(verb) or \
                    not self._tells_the_police(verb, actors):
                continue
            content = content_of(verb)
            src_tok = subject(verb)
            speaker = self._source_actor(src_tok, actors)
            if content is None or speaker is None:
                continue
            inside = {t.i for t in content_tokens(content, verb)}
            for f in frames:
                accused = f.source
                if f.match.token.i not in inside or self.cameo.root(f.code) not in HOSTILE_ROOTS | {"13"} or \
                        accused is None or (accused.sector or "")[:3] not in SUSPECTS or \
                        _same_one(accused, speaker) or f.source_tok is None or \
                        f.source_tok.lemma_.lower() in VICTIMS | GENERIC_PEOPLE or \
                        mod.detect(f.clause_verb, f.match.token).value not in (mod.ASSERTED, mod.CLAIMED):
                    continue
                frame = self._accept(Frame(m, "112", verb, src_tok, f.source_tok, speaker, accused,
                                           COMPLAINT))
                if isinstance(frame, Frame):
                    out.append(frame)
                break
            else:
                frame = self._police_account(m, verb, content, src_tok, speaker, actors, COMPLAINT)
                if frame is not None:
                    out.append(frame)
        return out

    def _tells_the_police(self, verb: Token, actors: ActorLookup) -> bool:
        """"Told police", "told officers", "reported to detectives": whom one tells is the police."""
        hearers = [c for c in verb.children if c.dep_ in ("dative", "dobj", "iobj")]
        hearers += [o for _p, o in pobj_of(verb, ("to",))]
        return any(h.lemma_.lower() in POLICE_HEARERS or _law_enforcement(actors.for_token(h))
                   for h in hearers)

    def _police_account(self, m: Match, verb: Token, content: Token, src_tok: Token | None, speaker: Actor,
                        actors: ActorLookup, why: str = "speech:police-account") -> Frame | None:
        """The police or prosecution telling what a suspect did accuse the suspect (112; coding guide §7,
        police statements): "police say a man pulled a gun on another man", "Rogers said Baker jumped out
        of the vehicle and fled on foot"."""
        for act in (content, *(c for c in content.children if c.dep_ == "conj")):
            if mod.detect(act, act).value not in (mod.ASSERTED, mod.CLAIMED):
                continue
            if act.lemma_.lower() in SUSPECTING and is_passive(act):
                doer = first_child(act, "nsubjpass")  # "police said Grier is suspected in the robbery"
            elif act.lemma_.lower() == "be" and self._holds_contraband(act):
                doer = subject(act)  # "police say he was in possession of a large quantity of drugs"
            elif act.pos_ != "VERB" or is_passive(act) or act.lemma_.lower() in NOT_DEEDS:
                continue
            else:
                doer = subject(act)
            suspect = self._source_actor(doer, actors) if doer is not None else None
            if suspect is None or (suspect.sector or "")[:3] not in SUSPECTS or \
                    doer.lemma_.lower() in VICTIMS | GENERIC_PEOPLE or _same_one(suspect, speaker) or \
                    _owned_by_pronoun(doer) or any(self.lex.in_class(w, SPEECH_APPROVING)
                                                   for w in content_words(content, verb)):
                continue  # ("“These young people are shining lights in their communities,” she said")
            if not self._of_wrongdoing(verb.sent):
                continue  # "police said the tow truck driver dropped Verduin off at the inn": no offence
            frame = Frame(m, "112", verb, src_tok, doer, speaker, suspect, why)
            return self._accept(frame)
        return None

    def _holds_contraband(self, verb: Token) -> bool:
        """"Was in possession of drugs / a stolen car" (not "of his wallet")."""
        return any(o.lower_ == "possession" and any(self._in_class(t, CONTRABAND) for t in o.subtree)
                   for _p, o in pobj_of(verb, ("in",)))

    def _of_mishap(self, tokens: Iterable[Token]) -> bool:
        """Words of an accident, a disaster or the weather: a judgement of them faults no one ("poor
        visibility may have been a factor, police said", "the road is in a terrible state")."""
        return any(self.lex.in_class(t.lemma_.lower(), MISHAP_CLASSES) for t in tokens)

    def _judges_a_mishap(self, word: Token) -> bool:
        """A judging word said of a disaster, not of anyone: "Angola's worst cholera outbreak", "the flooding
        was terrible"."""
        if word.dep_ == "amod":
            judged = word.head
            while judged.dep_ == "compound" and judged.head.i != judged.i:  # "worst cholera outbreak"
                judged = judged.head
        elif word.dep_ in ("acomp", "attr"):
            judged = subject(word.head)
        else:
            return False
        return judged is not None and self._of_mishap([judged])

    def _owns_an_offence(self, verb: Token, ctx: Context) -> bool:
        """An admission of a deed or of a crime in a story of an offence: "she admitted to taking the items"
        after her arrest, "admitted to police that he had stolen property" (not "admitted that the firm had
        treated problems as isolated incidents", nor "the boy admitted eating the cake")."""
        words = ctx.any | ctx.obj
        return (DEED_OBJECT in words or any(self.lex.in_class(w, OWNED_OFFENCES) for w in words)) and \
            self._of_wrongdoing(verb.sent)

    def _of_wrongdoing(self, sent: Span) -> bool:
        """The sentence tells of an offence: a crime, a weapon, a flight from police, an arrest or charge."""
        return any(self.lex.in_class(w, WRONGDOING_CLASSES) for t in sent
                   for w in (t.lemma_.lower(), t.lower_))

    def _discussed_actor(self, verb: Token, source: Actor, actors: ActorLookup) -> Actor | None:
        """Whom a judging statement that names no one is about: the nearest actor of another party named in
        the sentence outside the speech clause, else in the two sentences before ("Labour proposed … The
        Nuffield Trust says the proposals are unlikely to stem the decline"), a subject there first ("the
        Trump administration intends to bypass the WTO … That is a big mistake")."""
        sent = verb.sent
        sents = list(verb.doc.sents)
        first = sents[max(0, sents.index(sent) - 2)].start_char if sent in sents else sent.start_char
        clause = {t.idx for t in verb.subtree if t.i < verb.i or t.head == verb}  # speaker and addressee
        ranked: list[tuple[int, int, Actor]] = []
        for a in getattr(actors, "mentions", []):
            if not first <= a.start < sent.end_char or a.start in clause or not _judgeable(a, source):
                continue
            inside = a.start >= sent.start_char
            span = None if inside else verb.doc.char_span(a.start, a.end, alignment_mode="expand")
            # before the sentence, the doer the words tell of first ("the Trump administration intends")
            agent_before = span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and \
                span.root.head.pos_ in ("VERB", "AUX")
            ranked.append((0 if inside else 1 if agent_before else 2, -a.start, a))
        return min(ranked, key=lambda r: r[:2])[2] if ranked else None

    def _befallen(self, verb: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Whom the object of a yielding act was against: "dropped the charges against Menendez", "overturned
        the conviction of Jo Hamilton"; "two charges and a kidnapping charge against Clark": the last of
        coordinated cases may hold it). A case is against a person even one no lexicon knows ("against
        38-year-old Richard Pehrson II"), as a police act's patient is (:func:`_someone`)."""
        cases = [c for o in object_heads(verb) for c in with_conjuncts(o)]
        for o in [*cases, verb]:  # the parser hangs "against" on either
            for _, g in pobj_of(o, ("against",) if o is verb else ("against", "of")):
                a = self._actor_or_place(g, actors)
                if a is None and o is not verb and self.lex.in_class(o.lemma_.lower(), DROPPED_CASES):
                    a = self._someone(g, verb, actors)
                if a is not None:
                    return g, a
        return None, None

    def _quoted_criticism(self, sent: Span, actors: ActorLookup, quotes: list) -> Frame | None:
        """A sentence of a direct quote, with no speech verb of its own, that judges an actor it names:
        "“They foster an environment of fear …”" after "Heath wrote" — its speaker criticises (111) or
        accuses (112) that actor (coding guide: quote continuations that criticise are coded)."""
        size = len(sent.text.strip())
        quote = next((q for q in quotes if q.speaker is not None and q.speaker.code and
                      min(q.end, sent.end_char) - max(q.start, sent.start_char) >= 0.8 * size), None)
        if quote is None or not critic(quote.speaker):
            return None
        source = quote.speaker
        for code in ("112", "111"):
            hits = self._judging_words(sent, code)
            if not hits:
                continue
            for t in sent:
                if t.pos_ not in ("NOUN", "PROPN", "PRON") or t.lower_ in FIRST_PERSON or \
                        not _judged_in_clause(t, hits):
                    continue
                a = actors.for_token(t)
                if not _judgeable(a, source):
                    continue
                m = Match(entry=self.statement, token=hits[0], words=[hits[0]], context="verb")
                speaker = replace(source, rule=f"{source.rule}+quote:speaker")
                return self._accept(Frame(m, code, sent.root, None, t, speaker, a, "quote:continuation"))
        return None

    def _judging_words(self, tokens: Iterable[Token], code: str) -> list[Token]:
        """The single words among ``tokens`` that make a statement criticism (111), an accusation (112) or
        praise (051)."""
        classes = JUDGING_CLASSES.get(code, SPEECH_DISPARAGING)
        out = []
        for t in tokens:
            if names_a_matter(t) or self._judges_a_mishap(t):
                continue
            denied = _denied_word(t)
            if (not denied and self._in_class(t, classes)) or \
                    (code == "111" and self._denies_a_virtue(t)):
                out.append(t)  # "… is not a legitimate authority": a virtue denied
        return out

    def _with_word(self, reading: tuple, hits: list[Token], words: set[str]) -> str:
        """The reading with the word that made it, for the event's evidence ("speech:disparaging=reckless"):
        the judging word where it stands, else the longest of the content's words and phrases of its class
        ("dead end")."""
        classes = JUDGING_CLASSES.get(reading[0], SPEECH_DISPARAGING)
        word = hits[0].lower_ if hits else \
            max(sorted(w for w in words if self.lex.in_class(w, classes)), key=len, default=None)
        return f"{reading[1]}={word}" if word else reading[1]

    def _in_class(self, t: Token, classes: frozenset[str]) -> bool:
        """The word, by its lemma or its form, is of one of the lexicon's ``classes``."""
        return self.lex.in_class(t.lemma_.lower(), classes) or self.lex.in_class(t.lower_, classes)

    def _denies_a_virtue(self, t: Token) -> bool:
        """A word of praise the sentence denies: "Hamas is not a legitimate authority" (criticism)."""
        return _virtue_denied(t) and self._in_class(t, DENIED_VIRTUES)

    def _judging_nouns(self, tokens: Iterable[Token], code: str) -> list[Token]:
        """The nouns among ``tokens`` that, alone or with the modifier before them ("sexual violence"),
        make a statement criticism (111), an accusation (112) or praise (051)."""
        classes = JUDGING_CLASSES.get(code, SPEECH_DISPARAGING)
        out = []
        for t in tokens:
            if t.pos_ != "NOUN" or names_a_matter(t):
                continue
            forms = {t.lemma_.lower(), t.lower_}
            if t.i > 0 and t.doc[t.i - 1].head == t:
                forms.add(f"{t.doc[t.i - 1].lower_} {t.lower_}")
            if any(self.lex.in_class(f, classes) for f in forms):
                out.append(t)
        return out

    def _speaker_above(self, verb: Token, source: Actor | None, actors: ActorLookup) -> Actor | None:
        """Who said what is denied: "Barger said Holden has Trump donors, which he denies" → Barger."""
        for t in verb.ancestors:
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEAKING:
                s = subject(t)
                a = actors.for_token(s) if s is not None else None
                if a is not None and (source is None or not same_party(a, source)):
                    return replace(a, rule=f"{a.rule}+coref:accuser")
                return None
        return None

    @staticmethod
    def _claimant(content: Token, source: Actor, actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Whose claim a dismissing content (:meth:`_dismisses_claims`) dismisses, when it names its author:
        "Biden's joke about him is a bunch of malarkey", "the claims by the opposition were false"."""
        claim = first_child(content, "nsubj", "nsubjpass")
        owner = object_owner(claim, actors) if claim is not None else None
        author = actors.for_token(owner) if owner is not None else None
        return (owner, author) if _judgeable(author, source) else None

    def _dismisses_claims(self, content: Token, words: set[str]) -> bool:
        """The content calls claims or reports untrue: "the accusations were baseless", "it is a lie"."""
        subj = first_child(content, "nsubj", "nsubjpass")
        about_claims = subj is not None and self.lex.in_class(subj.lemma_.lower(), CLAIMS)
        return about_claims and any(self.lex.in_class(w, DISMISSIVE) for w in words)

    def _noun_author(self, noun: Token, actors: ActorLookup,
                     code: str | None = None) -> tuple[Token | None, Actor | None]:
        """Who did what an event noun names: the actor after "by" ("airstrikes by the Saudi-led coalition",
        or, given the noun's ``code``, a crowd for a protest), else the actor inside its phrase ("Russian
        airstrikes")."""
        by = noun_agent(noun)
        author = None if by is None else \
            self._source_actor(by, actors) or (self._crowd(by, code) if code else None)
        if author is not None:
            return by, author
        return self._modifier_actor(noun, actors)

    def _crowd(self, tok: Token | None, code: str) -> Actor | None:
        """A crowd named by its size protests as civilians: "thousands rallied against the government",
        "thousands joined protests in Tbilisi"."""
        if tok is None or tok.lower_ not in CROWDS or self.cameo.root(code) != "14":
            return None
        return Actor(text=tok.text, code="CVL", country=None, sector="CVL", start=tok.idx,
                     end=tok.idx + len(tok), rule="implied:crowd")

    def _noun_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        noun, entry = m.token, m.entry
        if noun.lemma_.lower() == "appeal" and m.light_verb is not None and \
                m.light_verb.lemma_.lower() in COURT_FILING_VERBS:
            return "a court appeal, addressed to no government"  # "his lawyers filed an appeal"
        if entry.id == "request" and m.context == "own" and \
                any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return "a request of a pronoun's: too often misread whose ('challenged their request')"
        if entry.id == "request" and m.context not in ("light", "own"):
            return "a request as the subject of what it caused: no one it was made of"
        if entry.given:
            given = self._given_frame(m, actors)
            if given is not None:
                return given
        if m.context == "sparked":
            return self._sparked_frame(m, actors)
        if m.context == "alleged":
            return self._alleged_frame(m, actors)
        if m.context == BORNE:
            return self._borne_frame(m, actors)
        if m.context == "state":
            return self._state_frame(m, actors)
        src_tok = tgt_tok = None
        source = target = None
        clause_verb = m.light_verb or noun.head
        if m.context in ("light", OPENING):
            verb = m.light_verb
            src_tok = agent(verb) if is_passive(verb) else subject(verb)
            src_tok = through_quantity(src_tok) if src_tok is not None else None  # "a unit of the police"
            source = self._source_actor(src_tok, actors) or self._crowd(src_tok, entry.code)
        if m.context == "between":  # "fighting between police and insurgents": the first side here
            src_tok, tgt_tok = between_pair(noun)
            source, target = self._source_actor(src_tok, actors), self._actor_or_place(tgt_tok, actors)
            if source is None or target is None:
                return "a side of the fighting is no actor"
        if m.context == "patient" or (entry.patient and source is None):
            return self._patient_frame(m, actors)
        if source is None and m.context in ("impact", "own", "light"):
            owner_tok, source = self._noun_author(noun, actors, entry.code)
            src_tok = owner_tok if source is not None else src_tok  # the subject stays for _accept
        if source is None and m.context == "impact":
            source = self._bomber(noun, noun.idx, actors)  # "a car bomb killed 12 soldiers"
        for _prep, obj in pobj_of(noun, frozenset(entry.targets) if target is None else frozenset()):
            if obj.tag_ == "VBG":  # "a warning against sending Western troops": whom the act concerns
                inner = first_child(obj, "dobj")
                if inner is not None:
                    obj = inner
                    if actors.for_token(obj) is None:
                        obj = self._modifier_actor(obj, actors)[0] or obj
            target = self._actor_or_place(obj, actors)
            owner = object_owner(obj, actors) if target is None else None
            if owner is not None:  # "an inquiry into abuses by Ethiopian forces"
                obj, target = owner, actors.for_token(owner)
            if target is not None:
                tgt_tok = obj
                break
        # the light verb's prepositions, or those of the participle naming the author ("an investigation
        # opened by the FBI into the senator")
        verb = m.light_verb if m.light_verb is not None else authoring_participle(noun)
        if target is None and verb is not None and m.context != OPENING:
            for _prep, obj in pobj_of(verb, frozenset(entry.targets) | {"to"}):
                target = self._actor_or_place(obj, actors)
                owner = object_owner(obj, actors) if target is None else None
                if owner is not None:  # "launched an investigation into smart cars from China"
                    obj, target = owner, actors.for_token(owner)
                if target is not None:
                    tgt_tok = obj
                    break
        if target is None and m.context == "own" and self.cameo.root(entry.code) == "02":
            tgt_tok, target = self._answerer(noun, actors)  # "Britain is considering Russia's request"
            if target is None and entry.id == "request":  # "the Kremlin called NATO's request unrealistic"
                return "a request only mentioned: no one it was made of"
        if m.context == "impact":  # "an airstrike killed 20 soldiers": the victims are the target
            for o in m.light_verb.children:
                if o.dep_ in ("dobj", "nsubjpass"):  # ("the hospital was damaged by airstrikes")
                    victim = self._actor_or_place(o, actors)
                    if victim is not None:
                        tgt_tok, target = o, victim
                    break
        for_clause = self._for_clause(noun, m.light_verb)
        if target is None and for_clause is not None:  # "his calls for Congress to pass the bill"
            tgt_tok = subject(for_clause)
            target = self._actor_or_place(tgt_tok, actors) if tgt_tok is not None else None
            tgt_tok = tgt_tok if target is not None else None
        wanted = self._noun_infinitive(noun) if self.cameo.root(entry.code) in ("10", "12", "13") else None
        if target is None and wanted is not None:  # "threats by the minister to dock their bonuses"
            tgt_tok, target = self._target_from_complement(wanted, source, actors)
            if target is None:
                owner = next((o for h in object_heads(wanted) if (o := object_owner(h, actors)) is not None),
                             None)
                tgt_tok, target = (owner, actors.for_token(owner)) if owner is not None else (None, None)
        if self._at_home(entry.code, source, target):  # "Biden's trip to Texas"
            tgt_tok, target = None, None
        if self.cameo.root(entry.code) in MILITARY_ROOTS:  # before refining: "the US bombing of Hiroshima"
            source = self._military_modifier(source, src_tok, noun)  # is a state's, not a terrorist's
        ctx = self._context(m, clause_verb, src_tok, tgt_tok, source, None)
        ctx.any |= noun_phrase_words(noun)
        ctx.prep |= {c.lower_ for c in noun.children if c.dep_ == "prep"}  # "calls for …"
        if for_clause is not None:
            ctx.prep.add("for")
        other = self._other_sense(entry, ctx.any) or self._missing_sense(entry, ctx.any)
        if other:
            return other
        code, why = self._refine(entry, ctx)
        figurative = [t for t in noun.subtree if t.i < noun.i and (self.lex.in_class(t.lemma_, FIGURATIVE) or
                                                                  self.lex.in_class(t.lower_, FIGURATIVE))]
        if self.cameo.root(code) in MILITARY_ROOTS and figurative:
            if target is None or noun.lemma_.lower() not in VERBAL_ATTACKS or \
                    any(t.lemma_.lower() in LEGAL_WORDS for t in figurative):
                return "figurative: not armed violence"  # "a court battle", "a PR attack"
            code, why = "111", "sense:verbal"  # "launched a PR attack on UNRWA": words against it
        if self.cameo.root(code) in MILITARY_ROOTS:
            source = self._military_modifier(source, src_tok, noun)
        frame = Frame(m, code, clause_verb, src_tok, tgt_tok, source, target,
                      BETWEEN if m.context == "between" else why)
        return self._accept(frame, actors)

    def _answerer(self, noun: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """Whom a request was made of: who considers, grants or answers it ("Britain is reviewing Russia's
        request", "the request was granted by the court"); else none."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in ANSWERING_VERBS:
            return None, None
        who = agent(verb) if noun.dep_ == "nsubjpass" else subject(verb)
        found = self._actor_or_place(who, actors) if who is not None else None
        return (who, found) if found is not None else (None, None)

    def _state_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"nurses are on strike", "teachers are in the fourth day of a walkout": its subject strikes or
        protests; no other act is told as a state one is in ("the two sides are in talks")."""
        verb, noun = m.light_verb, m.token
        src_tok = subject(verb)
        source = None if src_tok is None else \
            self._source_actor(src_tok, actors) or self._crowd(src_tok, m.entry.code)
        tgt_tok = target = None
        for _prep, obj in pobj_of(noun, frozenset(m.entry.targets)):
            tgt_tok, target = obj, self._actor_or_place(obj, actors)
            if target is not None:
                break
        ctx = self._context(m, verb, src_tok, tgt_tok, source, None)
        ctx.any |= noun_phrase_words(noun)
        code, why = self._refine(m.entry, ctx)
        if self.cameo.root(code) != "14":
            return "a state one is in, not a protest or strike"
        return self._accept(Frame(m, code, verb, src_tok, tgt_tok if target else None, source, target, why),
                            actors)

    def _alleged_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"a man was charged with murder in the stabbing death of a CEO": the crime a suspect is charged
        with or arrested for is his, as alleged, against whom it befell."""
        charged, noun = m.light_verb, m.token
        # ("Sears and Bowers are now both charged": the parse may hang the subject on the auxiliary)
        on_aux = next((s for c in charged.children if c.dep_ == "auxpass" for s in c.children
                       if s.dep_ == "nsubj"), None)
        src_tok = first_child(charged, *PASSIVE_SUBJECT_DEPS) or \
            (charged.head if charged.dep_ == "acl" else first_child(charged, "nsubj")) or on_aux
        if src_tok is not None and src_tok.lower_ in ("who", "that") and charged.dep_ == "relcl":
            src_tok = charged.head  # "the man who was charged in the killing of"
        source = None if src_tok is None else \
            self._source_actor(src_tok, actors) or self._someone(src_tok, charged, actors, custody=True)
        tgt_tok = target = None
        for _prep, obj in pobj_of(noun, frozenset(m.entry.targets)):
            tgt_tok, target = obj, self._actor_or_place(obj, actors) or \
                self._someone(obj, charged, actors, custody=True)
        if target is None:  # "charged with first-degree sexual assault": a count, whose victim is not told
            return "no victim named"
        return self._refined_frame(m, charged, src_tok, tgt_tok, source, target, actors)

    def _sparked_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the police killing of a man sparked protests", "Musharraf fired the chief justice, sparking a wave
        of protests": protests an act set off are made against its author (not against a government the
        sentence does not name), by whoever the noun names or by the people (OPP)."""
        verb = m.light_verb
        cause = subject(verb)
        if cause is None:
            return "no cause of the protests"
        target = self._source_actor(cause, actors)
        tgt_tok = cause
        if target is None:  # "the decision by the council", "the police killing": the act's author
            tgt_tok, target = self._noun_author(cause, actors)
        if target is None or (target.sector or "")[:3] in PROTESTING_SECTORS:
            return "no author of what set off the protests"
        src_tok, source = self._noun_author(m.token, actors, m.entry.code)
        for _prep, obj in pobj_of(m.token, frozenset({"from"})):  # "drew protests from residents"
            src_tok, source = obj, self._source_actor(obj, actors) or self._crowd(obj, m.entry.code)
        if source is None:
            source = implied_actor("OPP", None, m.token.idx, "protesters")
        return self._refined_frame(m, verb, src_tok, tgt_tok, source, target, actors)

    def _borne_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the government raised the pension age despite opposition from the unions": the critic after
        "from" criticises whoever does the act the criticism is borne in (no one, when the act is passive)."""
        verb = m.light_verb
        tgt_tok = None if is_passive(verb) else subject(verb)
        src_tok = next((o for _p, o in pobj_of(m.token, frozenset({"from"}))), None)
        source = self._source_actor(src_tok, actors) if src_tok is not None else None
        target = actors.for_token(tgt_tok) if tgt_tok is not None else None
        if source is None or target is None:
            return "no critic or no one criticised"
        return self._refined_frame(m, verb, src_tok, tgt_tok, source, target, actors, preps={"from"})

    def _refined_frame(self, m: Match, verb: Token, src_tok: Token | None, tgt_tok: Token | None,
                       source: Actor | None, target: Actor | None, actors: ActorLookup,
                       preps: set[str] = frozenset()) -> Frame | str:
        """The frame of a match whose parties a frame builder found: its code refined by the clause of
        ``verb`` (and the prepositions ``preps`` the builder read), then accepted or rejected."""
        ctx = self._context(m, verb, src_tok, tgt_tok, source, None)
        ctx.prep |= preps
        code, why = self._refine(m.entry, ctx)
        return self._accept(Frame(m, code, verb, src_tok, tgt_tok, source, target, why), actors)

    @staticmethod
    def _military_modifier(source: Actor | None, src_tok: Token | None, noun: Token) -> Actor | None:
        """A country named inside a military act's phrase acts by its armed forces ("Russian airstrikes")."""
        if source is not None and source.sector is None and src_tok is not None and \
                src_tok in set(noun.subtree):
            return with_sector(source, "MIL", "noun:military-modifier")
        return source

    def _given_frame(self, m: Match, actors: ActorLookup) -> Frame | str | None:
        """"won the endorsement of the union", "Barger's endorsement from Planned Parenthood": the giver is
        the source and the receiver the target (None: an ordinary "X's endorsement of Y")."""
        noun = m.token
        other = self._other_sense(m.entry, noun_phrase_words(noun))  # "military backing" is aid
        if other:
            return other
        giver = next((o for _p, o in pobj_of(noun, GIVER_PREPS)), None)
        if m.context == "received":
            verb = m.light_verb
            giver = giver or next((o for _p, o in pobj_of(noun, frozenset({"of"}))), None) or \
                next((o for _p, o in pobj_of(verb, GIVER_PREPS)), None)
            receiver = agent(verb) if is_passive(verb) else subject(verb)
        else:
            receiver = first_child(noun, "poss")
            if giver is None and noun.dep_ == "dobj":  # "touting her endorsements from unions": on the verb
                giver = next((o for _p, o in pobj_of(noun.head, GIVER_PREPS) if o.i > noun.i), None)
            if giver is None:
                return None
        if giver is None or receiver is None:
            return "no giver or no receiver"
        frame = Frame(m, m.entry.code, m.light_verb or noun.head, giver, receiver, actors.for_token(giver),
                      actors.for_token(receiver), "")
        return self._accept(frame)

    def _a_naming(self, verb: Token, objects: list[Token], unless: frozenset[str]) -> bool:
        """"Identified the man as John Smith": the verb with "as" names someone, unless the one named or
        the name is of the ``unless`` classes ("identified the gunman as …", "… as a suspect")."""
        named = [o for _p, o in pobj_of(verb, frozenset({"as"}))]
        return bool(named) and not any(self._in_class(t, unless) for t in (*objects, *named))

    def _staff_against_company(self, frame: Frame, sent: Span, actors: ActorLookup) -> bool:
        """Employees' or activist staff's words against a company ("Microsoft has come under fire from
        activist tech workers", "employee activists pushed the retailer"), with no government or other
        political actor in the sentence: a company matter (guide: not coded unless a regulator or a
        government is concerned). Strikes and protests (14) stay coded."""
        source, target = frame.source, frame.target
        if source is None or target is None or (target.sector or "")[:3] != "BUS" or \
                (source.sector or "")[:3] not in ("OPP", "LAB", "CVL") or \
                self.cameo.root(frame.code) not in ("10", "11", "12"):
            return False
        words = [w.strip(".,;:") for w in source.text.lower().split()]
        if frame.source_tok is not None:  # "employee activists": the actor may be the head alone
            words += [w for w in noun_phrase_words(frame.source_tok) if " " not in w]
        if not any(self.lex.in_class(w, EMPLOYEES) for w in words):
            return False
        return not any(political(a) and a is not source for a in getattr(actors, "mentions", [])
                       if sent.start_char <= a.start < sent.end_char)

    def _warned_of_wrongdoing(self, verb: Token, tgt_tok: Token | None) -> bool:
        """A warning that names its addressee's wrongdoing ("warned companies that have illegally sold
        unapproved drugs", "warned the firm over unlawful sales"): an accusation (112, guide: a regulator's
        warning letter), not a pessimistic comment."""
        spans = [c.subtree for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over")]
        clauses = [c for c in tgt_tok.children if c.dep_ in ("relcl", "acl")] if tgt_tok is not None else []
        for act in clauses:  # what the addressee did ("firms that have illegally sold", "sold illegal drugs")
            objects = (t for o in act.children if o.dep_ == "dobj" for t in o.children)
            spans.append([act, *act.children, *objects])
        return any(self.lex.in_class(t.lower_, SPEECH_ACCUSING) or
                   self.lex.in_class(t.lemma_.lower(), SPEECH_ACCUSING) for span in spans for t in span)

    def _safety_advice(self, verb: Token, tgt_tok: Token | None, comp: Token | None,
                       actors: ActorLookup) -> bool:
        """An appeal or a warning to the public (or to no one named) in a storm, a flood, a fire or an
        emergency, or to look after themselves ("warned residents to boil their water", "not to drink it"):
        advice for people's safety, not a political act."""
        addressee = actors.for_token(tgt_tok) if tgt_tok is not None else None
        if addressee is not None and addressee.sector != "CVL":
            return False
        # "warns against buying medicines online": the gerund is what people are told not to do
        against = [g for _p, g in pobj_of(verb, frozenset({"against"})) if g.tag_ == "VBG"]
        if any(c.i > verb.i and self.lex.in_class(c.lemma_.lower(), SELF_CARE) for c in (comp, *against)
               if c is not None):
            return True
        return any(t.lower_ in EMERGENCY_WORDS or self.lex.in_class(t.lemma_.lower(), HAZARDS | DISASTER)
                   for t in verb.subtree)

    def _other_sense(self, entry: Entry, words: set[str]) -> str:
        """Why ``entry`` has another sense among ``words`` (its ``unless`` classes), else ""."""
        if entry.unless and any(self.lex.in_class(w, entry.unless) for w in words):
            return f"another sense ({'/'.join(sorted(entry.unless))})"
        return ""

    def _missing_sense(self, entry: Entry, words: set[str]) -> str:
        """Why ``entry`` lacks its sense among ``words`` (none of its ``need_any`` classes), else ""."""
        if entry.need_any and not any(self.lex.in_class(w, entry.need_any) for w in words):
            return f"another sense (no {'/'.join(sorted(entry.need_any))} in the clause)"
        return ""

    @staticmethod
    def _noun_infinitive(noun: Token) -> Token | None:
        """What a threat, a demand or a refusal named by a noun is about: "threats to dock their bonuses"."""
        return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and
                     any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)

    @staticmethod
    def _for_clause(noun: Token, light: Token | None) -> Token | None:
        """The clause of "calls for Congress to pass the bill" (spaCy hangs it on the noun or its verb)."""
        for holder in (noun, light):
            for c in holder.children if holder is not None else ():
                if c.dep_ in ("advcl", "acl", "relcl") and c.i > noun.i and \
                        any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
                    return c
        return None

    def _at_home(self, code: str, source: Actor | None, target: Actor | None) -> bool:
        """A visit at home ("will visit Brownsville, Texas") has no host: the place is not a target."""
        return target is not None and source is not None and target.rule == "place:country" and \
            self.cameo.root(code) == "04" and target.country == source.country

    def _bomber(self, tok: Token | None, at: int, actors: ActorLookup) -> Actor | None:
        """Who set off the bomb ``tok`` names: the agent of its participle ("a roadside bomb planted by
        Taliban insurgents"), else armed men of no known side (coding guide: unknown bombers are ---REB)."""
        if not self._a_bomb(tok):
            return None
        for c in tok.children:
            by = agent(c) if c.dep_ == "acl" else None
            if by is not None and actors.for_token(by) is not None:
                return actors.for_token(by)
        return implied_actor("REB", None, at, "bombers")

    def _a_bomb(self, tok: Token | None) -> bool:
        """A bomb or a bombing does the act ("two bombs killed six police officers", "killed in a bomb
        attack"): its author is armed men of no known side (coding guide: unknown bombers are ---REB); a
        bare explosion or blast only in a story of bombs or militants (not "a gas explosion")."""
        if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        words = noun_phrase_words(tok)
        if any(self.lex.in_class(w, DISASTER) for w in words) or words & ACCIDENT_WORDS:
            return False
        if words & BOMB_WORDS or any(self.lex.in_class(w, BOMBINGS) for w in words):
            return True
        return bool(words & BLAST_WORDS) and _a_bombing_story(tok.doc)

    def _means_actor(self, verb: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The actor named on the means of a passive act: "killed in Israeli air strikes" → ISR, "killed in
        the attack by Russian forces" → RUSMIL."""
        for _prep, obj in pobj_of(verb, ("in", "by", "during", "after")):
            if self.lex.in_class(obj.lemma_.lower(), frozenset({"violence", "aerial", "artillery"})):
                tok, actor = self._modifier_actor(obj, actors)
                if actor is None:
                    tok = next((o for _p, o in pobj_of(obj, ("by",))), None)
                    actor = actors.for_token(tok) if tok is not None else None
                if actor is not None:
                    return tok, actor
        return None, None

    @staticmethod
    def _holder(noun: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The police or army named as who holds someone ("in the custody of Ohio police")."""
        for _prep, obj in pobj_of(noun, ("of",)):
            a = actors.for_token(obj)
            if a is not None and (a.sector or "")[:3] in ARRESTERS:
                return obj, a
        return None, None

    def _patient_frame(self, m: Match, actors: ActorLookup) -> Frame | str:
        """"the Menendez indictment", "a $5 million verdict against Trump", "the court's ruling": a judicial
        act whose modifier or object is who it befalls, done by an implied court or prosecutor."""
        noun, entry = m.token, m.entry
        other = self._other_sense(entry, noun_phrase_words(noun))  # "a damning indictment of the plan"
        if other:
            return other
        src_tok = tgt_tok = source = target = None
        tok, a = self._modifier_actor(noun, actors)
        court = a is not None and ((a.sector or "") == entry.patient or
                                   (a.code or "").startswith(f"IGO{entry.patient}") or
                                   (entry.patient == "COP" and (a.sector or "")[:3] in ARRESTERS))
        if court:
            src_tok, source = tok, a  # "the Justice Department indictment", "the ICC indictment of Bashir"
        elif a is not None:
            tgt_tok, target = tok, a
        if source is None and held_in(noun) is not None:  # "was in the custody of the sheriff's office"
            src_tok, source = self._holder(noun, actors)
        if target is None:
            for _prep, obj in pobj_of(noun, frozenset(entry.targets)):
                if obj == src_tok:
                    continue
                target = self._actor_or_place(obj, actors)
                if target is not None:
                    tgt_tok = obj
                    break
        state = held_in(noun)
        if target is None and state is not None:  # "the boy, who is now in custody"
            tgt_tok = subject(state)
            target = self._actor_or_place(tgt_tok, actors) if tgt_tok is not None else None
            if target is None and tgt_tok is not None and entry.patient in LAW_ENFORCEMENT:
                # "the two men are in custody" (only people are; "the crash is under investigation")
                target = self._someone(tgt_tok, noun, actors, custody=self.cameo.root(entry.code) == "17")
        owner = first_child(noun, "poss") if not court else None
        if target is None and owner is not None and entry.patient in LAW_ENFORCEMENT:
            tgt_tok, target = owner, self._someone(owner, noun, actors, custody=True)  # "after his arrest"
        facing = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in FACING), None)
        if target is None and facing is not None and entry.patient in LAW_ENFORCEMENT:
            faced_by = first_child(facing, "nsubj")  # "the federal charges he is facing": his
            if faced_by is not None:
                tgt_tok = faced_by
                target = self._actor_or_place(faced_by, actors) or self._someone(faced_by, noun, actors, True)
        held = next((o for _p, o in pobj_of(noun, frozenset(entry.targets))), None)
        if target is None and held is not None and entry.patient in LAW_ENFORCEMENT:
            tgt_tok, target = held, self._someone(held, noun, actors)  # "the FBI arrest of Smith"
        if target is None or target.rule in ("place:country", "modifier:country"):
            return "no one it befalls"
        if source is None:
            source = Actor(text=noun.text, code=entry.patient, country=None, sector=entry.patient,
                           start=noun.idx, end=noun.idx + len(noun.text), rule=f"implied:{entry.patient}")
        ctx = self._context(m, noun.head, src_tok, tgt_tok, source, None)
        code, why = self._refine(entry, ctx)  # "Park's conviction": found guilty (116)
        state = noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX")  # "she is not in custody"
        clause = m.light_verb or (noun.head.head if state else noun.head)
        return self._accept(Frame(m, code, clause, src_tok, tgt_tok, source, target, why))

    def _modifier_actor(self, noun: Token, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The actor named inside a noun trigger's phrase: "Russian airstrikes", "US-led coalition
        strikes"."""
        own = actors.for_token(noun)
        if own is not None:
            return noun, own
        for c in sorted(noun.children, key=lambda t: t.i):
            if c.i > noun.i or c.dep_ not in ("compound", "amod", "poss", "nmod", "npadvmod"):
                continue
            for t in sorted(c.subtree, key=lambda t: -t.i):
                a = actors.for_token(t)
                if a is not None:
                    return t, a
                country = actors.country_for_token(t)
                if country and t.ent_type_ == "NORP":  # (a town names where, not who: "a Baghdad bombing")
                    return t, Actor(text=t.text, code=country, country=country, sector=None,
                                    start=t.idx, end=t.idx + len(t.text), rule="modifier:country")
        force = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and
                      c.lemma_.lower() in ARMED_MODIFIERS), None)
        if force is not None:  # "the police shooting of a man", "army shelling of rebel areas"
            return force, Actor(text=force.text, code=ARMED_MODIFIERS[force.lemma_.lower()], country=None,
                                sector=ARMED_MODIFIERS[force.lemma_.lower()], start=force.idx,
                                end=force.idx + len(force.text), rule="modifier:force")
        return None, None

    def _target_token(self, verb: Token, entry: Entry, actors: ActorLookup,
                      skip_dobj: bool = False) -> Token | None:
        for slot in entry.targets:
            if slot == "dobj":
                if skip_dobj:
                    continue
                o = direct_object(verb)
                found = self._actor_or_place(o, actors) if o is not None else None
                if found is not None and (self.cameo.root(entry.code) != "04" or names_party(o, actors) or
                                          o.lemma_.lower() in SEAT_NOUNS):
                    owner = object_owner(o, actors) if found.rule == "place:country" else None
                    if owner is not None and (owner.dep_ != "compound" or actors.for_token(owner).sector):
                        return owner  # "denied Donald Trump's request", "the Hamas request": not the country
                    return o  # "approve Ukraine funding": Ukraine receives it
            elif slot == "clause":  # "complained that the department had kept it in the dark": of it
                comp = complement_verb(verb)
                said = subject(comp) if comp is not None and comp.dep_ == "ccomp" else None
                if said is not None and self._actor_or_place(said, actors) is not None:
                    return said
            elif slot == "dative":
                o = first_child(verb, "dative", "iobj")
                if o is not None and o.pos_ in ("NOUN", "PROPN", "PRON"):
                    return o
                for _, obj in pobj_of(verb, ("to",)):
                    if self._actor_or_place(obj, actors) is not None:
                        return obj
            else:
                objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
                if self.cameo.root(entry.code) == "02":  # what is asked for: "called for talks with Russia"
                    objs += [g for _, g in pobj_of(verb, ("for",))]
                # "a package of military aid for Taiwan", "50 million euros in aid to Sudan"
                inner = [g for o in objs for _, g in pobj_of(o, ("of", "in"))]
                # "spoke by telephone with Raisi", "talked over video link with …": "with" on the means
                means = [g for _, g in pobj_of(verb, ("by", "over", "via"))] if slot == "with" else []
                # "sat down for a working dinner with Morneau", "met for talks with Putin": the occasion's
                means += [g for _, g in pobj_of(verb, ("for",)) if slot == "with" and
                          self.lex.in_class(g.lemma_.lower(), MEETING_OCCASIONS)]
                # "been critical of the paper": the adjective of a copula holds the target
                adjectives = [c for c in verb.children if c.dep_ == "acomp"]
                holders = [verb, *objs, *inner, *means, *adjectives]
                for holder in holders:  # "mediated talks between Israel and Hamas"
                    for _, obj in pobj_of(holder, (slot,)):
                        if self._actor_or_place(obj, actors) is not None:
                            return obj
                        owner = object_owner(obj, actors) if slot == "from" or holder in adjectives else None
                        if owner is not None:  # ("critical of the government's plan": of the government)
                            return owner  # "confiscated drugs from Allaw's car": from Allaw
        o = direct_object(verb)
        # "rejected the African Union's offer" → the African Union; but one meets or hosts a party
        # itself, not the owner of a thing ("welcomed the court's decision" is praise, not hosting)
        if "dobj" in entry.targets and not skip_dobj and o is not None and \
                self.cameo.root(entry.code) != "04":
            owner = object_owner(o, actors)
            if owner is None and self.cameo.root(entry.code) in ANSWERING_ROOTS:
                owner = earlier_proposer(o, actors)  # "Kyiv proposed a truce … Moscow rejected the offer"
            return owner
        return None

    def _letter_addressee(self, verb: Token, actors: ActorLookup) -> tuple[Token, Actor] | None:
        """Whom a letter making this appeal went to: "sent a letter to the Pope asking him to intervene",
        "wrote an open letter to the Duma calling for …", "wrote to the council demanding …" (the appeal a
        participle of the letter or of the writing)."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
            return None
        head = verb.head
        letters = [o for o in (head, *head.children) if o.lemma_.lower() in DOCUMENT_NOUNS and
                   (o is head or o.dep_ == "dobj")]
        if not letters and head.lemma_.lower() not in WRITING_VERBS:
            return None
        holders = [*letters, head] if head not in letters else [head, head.head]
        for _, o in (po for h in holders for po in pobj_of(h, ("to",))):
            a = self._actor_or_place(o, actors)
            if a is not None:
                return o, a
        return None

    def _partner(self, tok: Token | None, actors: ActorLookup) -> tuple[Token | None, Actor | None]:
        """The other party of a thing of one's own: "its border with Ukraine" → Ukraine; else none."""
        if tok is None:
            return None, None
        head = tok.head if tok.dep_ == "poss" else tok
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                partner = first_child(c, "pobj")
                found = self._actor_or_place(partner, actors) if partner is not None else None
                if found is not None:
                    return partner, found
        return None, None

    def _target_from_complement(self, comp: Token, source: Actor | None, actors: ActorLookup,
                                patients: bool = True, accused_only: bool = False
                                ) -> tuple[Token | None, Actor | None]:
        """Addressee of a demand/threat read from its complement ("demanded that Russia halt …"); without
        ``patients``, not the passive subject of the complement: one asks the doer, not the one done to
        ("recommended that Anglin be consulted", "called for Fahie to be afforded due process"); of an
        allegation (``accused_only``), only the one said to have done it, the subject or a passive's agent
        ("alleged that Smith stole from the county": not the county; an agentless passive keeps the general
        reading)."""
        candidates: list[tuple[Token, bool]] = []  # (token, is the active subject)
        for_clause = comp.dep_ == "advcl"  # "called for Israel to allow aid" (see complement_verb)
        s = subject(comp) if comp.dep_ == "ccomp" or for_clause else None
        if s is not None:
            candidates.append((s, True))
        passive = is_passive(comp)
        by = agent(comp) if passive else None
        if accused_only and (by is not None or not passive):  # "alleged that it was shelled by Russia"
            return self._complement_actor([(by, False)] if by is not None else candidates, source, actors,
                                          accused=True)
        if s is not None and not patients and passive:
            candidates = []
        objs = [c for c in comp.children if c.dep_ in ("dobj", *(PASSIVE_SUBJECT_DEPS if patients else ()))]
        candidates += [(o, False) for o in objs]
        # "impose sanctions on X", "downgrade relations with X", "mediate between X and Y"
        for holder in (comp, *objs):
            candidates += [(o, False) for _, o in pobj_of(holder, COMPLEMENT_TARGET_PREPS)]
        return self._complement_actor(candidates, source, actors)

    def _complement_actor(self, candidates: list[tuple[Token, bool]], source: Actor | None,
                          actors: ActorLookup, accused: bool = False) -> tuple[Token | None, Actor | None]:
        """The first actor (else place) among ``candidates``; an accused compatriot is still the target
        ("prosecutors allege that Smith stole …"), not an addressee of one's own country."""
        found = []
        for tok, is_subject in candidates:
            a = self._actor_or_place(tok, actors)
            if a is None and tok.pos_ == "NOUN":  # "warned that Western military intervention could …"
                tok, a = self._modifier_actor(tok, actors)
            if a is None:
                continue
            # "the Kremlin warned that Russia could …": the source's own country is not the addressee
            if is_subject and source is not None and a.country and a.country == source.country and \
                    (not accused or one_actor(source, a)):
                continue
            found.append((tok, a))
        # an actor beats a place read off an object ("end Syria cooperation with Russia" → Russia)
        found.sort(key=lambda ta: ta[1].rule == "place:country")
        return found[0] if found else (None, None)

    def _is_threat(self, verb: Token, comp: Token | None) -> bool:
        if comp is not None:
            if comp.dep_ == "xcomp":  # "warned them to leave"
                return True
            aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
            if aux & THREAT_AUX:
                subj = first_child(comp, "nsubj", "nsubjpass")
                # "warned that cases would rise", "that jobs would be lost": an outcome, not the speaker's act
                return subj is None or subj.pos_ != "NOUN" or self._menacing(comp, subj)
        for o in object_heads(verb):
            if self.lex.in_class(o.lemma_.lower(), frozenset({"violence", "sanctions"})):
                return True
        return False

    def _threatens_someone(self, verb: Token, actors: ActorLookup) -> bool:
        """"Threaten" said of a party, the penalty after "with" or untold: "threatened the Seaquarium with
        terminating its lease", "O'Connor threatened her", "China threatened Taiwan" (not "threatens the
        peace": a thing endangered; "warn" and "vow" say nothing without what is warned of). Not an armed
        menace ("threatening people with a gun", the assault rules' matter), nor "threatening letters"."""
        obj = first_child(verb, "dobj")
        if verb.lemma_.lower() != "threaten" or verb.dep_ == "amod" or \
                any(self._armed(w) for w in (verb, obj) if w is not None):  # ("shoppers with a gun")
            return False
        if any(p.lower_ == "with" and any(g.dep_ in ("pobj", "pcomp") for g in p.children)
               for p in verb.children if p.dep_ == "prep"):
            return True
        return obj is not None and (obj.lower_ in PERSON_OBJECT_PRONOUNS or actors.for_token(obj) is not None)

    def _menacing(self, comp: Token, subj: Token) -> bool:
        """A foretold outcome that is force or punishment: "sanctions would follow", "troops would be sent",
        "intervention could result in nuclear escalation"."""
        words = {w for t in comp.subtree for w in (t.lemma_.lower(), t.lower_)}
        return any(self.lex.in_class(w, MENACE) for w in words)

    def _actor_or_place(self, tok: Token, actors: ActorLookup) -> Actor | None:
        tok = through_quantity(tok)
        a = actors.for_token(tok)
        if a is not None and a.rule.startswith("allies:"):
            named = next((n for c in tok.subtree if c.dep_ == "appos" and c.i > tok.i and
                          (n := actors.for_token(c)) is not None and n.country), None)
            return named or a  # "a fellow US ally in the Gulf, Qatar" (the parse may hang it on the Gulf)
        if a is not None:
            return a
        if tok.lemma_.lower() in MONEY_WORDS:  # "fined Google 2.4 billion euros": the parse hangs Google on
            return next((a for c in tok.children if c.dep_ in ("nmod", "compound", "dative")  # the sum
                         and (a := actors.for_token(c)) is not None), None)
        holder = through_objective(tok, actors)
        if holder is not None:
            return holder
        if tok.lemma_.lower() in TRADED_GOODS:  # "tariffs on $100 billion of imports from China": on China
            origin = next((a for _p, o in pobj_of(tok, ("from",))
                           if (a := self._actor_or_place(o, actors)) is not None), None)
            if origin is not None:
                return origin
        if tok.lemma_.lower() in SEAT_NOUNS:  # "visited NATO headquarters in Brussels": NATO, not Belgium
            owner = next((a for c in tok.children if c.dep_ in ("compound", "poss")
                          and (a := actors.for_token(c)) is not None and a.sector), None)
            if owner is not None:
                return owner
        if tok.lemma_.lower() in PLACE_NOUNS:  # "border towns in Ethiopia's Tigray region"
            for _, o in pobj_of(tok, ("in", "of")):
                a = self._actor_or_place(o, actors)
                if a is not None:
                    held = holder_sector(tok)  # "rebel-held districts of eastern Ghouta"
                    if held and a.sector is None:
                        start, end = np_span(tok)
                        return Actor(text=doc_text(tok.doc)[start:end], code=(a.country or "") + held,
                                     country=a.country, sector=held, start=start, end=end,
                                     rule="place:held-by")
                    return a
        country = actors.country_for_token(tok)
        held = holder_sector(tok)
        if country or held:
            start, end = np_span(tok)
            if held:  # "rebel-held eastern Aleppo": the people holding the place are the target
                return Actor(text=doc_text(tok.doc)[start:end], code=(country or "") + held, country=country,
                             sector=held, start=start, end=end, rule="place:held-by")
            return Actor(text=doc_text(tok.doc)[start:end], code=country, country=country, sector=None,
                         start=start, end=end, rule="place:country")
        return None

    # ---- codes --------------------------------------------------------------------------------
    def _context(self, m: Match, verb: Token, src_tok: Token | None, tgt_tok: Token | None,
                 source: Actor | None, comp: Token | None) -> Context:
        ctx = Context()
        held = list(object_heads(verb)) if verb.pos_ in ("VERB", "AUX") else []
        if is_passive(verb):  # "this has been ruled out by Mr Hunt": what was acted on is the subject
            held += [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if verb.dep_ in ("acl", "relcl"):  # "the diplomats being expelled", "Angolans that were expelled"
                held += [verb.head, through_quantity(verb.head)]  # (of "thousands of Angolans")
        for o in filter(None, held):  # with a name's entity type: "Angolans" are people of a nation
            ctx.obj |= noun_phrase_words(o) | ({f"ent:{o.ent_type_.lower()}"} if o.ent_type_ else set())
        if m.context != "verb":
            ctx.obj |= noun_phrase_words(m.token)
        elif len(m.words) > 1:  # a phrasal verb's object after "at" or "against": "pushed back at the notion"
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in PHRASAL_OBJECT_PREPS:
                    ctx.obj |= set().union(*(noun_phrase_words(g) for g in c.children if g.dep_ == "pobj"))
        toks = clause_tokens(verb)
        if src_tok is not None:
            toks += [t for t in src_tok.subtree if t.i <= src_tok.i]  # not "backed by Russian air power"
            ctx.subj |= noun_phrase_words(src_tok)
        if tgt_tok is not None:
            toks += list(tgt_tok.subtree)
        if comp is not None:
            ctx.comp.add(comp.lemma_.lower())
            if comp.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
                ctx.clause.add("that")
            # "walk out": the particle, or an adverbial "out" the parser read as a preposition
            prt = next((c.lower_ for c in comp.children if c.dep_ == "prt" or
                        (c.i == comp.i + 1 and c.lower_ in ADVERBIAL_PARTICLES)), None)
            if prt:
                ctx.comp.add(f"{comp.lemma_.lower()} {prt}")
            for o in object_heads(comp):
                ctx.comp_obj |= noun_phrase_words(o)
            toks += list(comp.subtree)
        ctx.any = ngrams(toks)
        if any(_a_deed(c) for c in verb.children):
            ctx.any.add(DEED_OBJECT)  # "admitted making remarks", "admitted to taking the items"
        ctx.prep = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        ctx.lemma = {w.lemma_.lower() for w in m.words} | {" ".join(w.lemma_.lower() for w in m.words)}
        ctx.source_sector = {source.sector or ""} if source is not None else {""}
        return ctx

    def _refine(self, entry: Entry, ctx: Context) -> tuple[str, str]:
        return refine(entry, lambda key, names: self._holds(ctx, key, names))

    def _holds(self, ctx: Context, key: str, names: frozenset[str]) -> bool:
        words: set[str] = getattr(ctx, key)
        if key == "source_sector":
            return bool(words & names)
        return any(self.lex.in_class(w, names) for w in words)

    def _accept(self, f: Frame, actors: ActorLookup | None = None) -> Frame | str:
        """The frame when it is an event, else the reason it is not (``actors`` lets a mutual act of
        several sources pass without a target: "Saudi Arabia and Iran met", each meets the other)."""
        if not self.cameo.is_code(f.code):
            return f"{f.code} is not a CAMEO code"
        if f.source is None and f.source_tok is not None and actors is not None and \
                self.cameo.root(f.code) in AUTHORITY_ROOTS:
            f.source = local_government(f.source_tok, actors)  # "Chicago imposed a curfew on alcohol sales"
        asks = f.match.entry.absorbs or \
            (f.match.context != "verb" and self.cameo.root(f.code) in ("02", "10"))  # a call, a request
        if f.target is None and f.source is not None and asks and not self._appeals_in_court(f.clause_verb):
            # "the union urged …", "the opposition renewed its calls for new elections": of its government
            f.target = implied_government(f.source, self.cameo.root(f.code), f.clause_verb.idx)
        if f.target is None and f.source is not None and self.cameo.root(f.code) == "14" and \
                (f.source.sector or "")[:3] not in STATE_SECTORS:
            # "teachers marched on the Capitol", "thousands protested in Caracas": a protest that names no
            # one is made against the government of the protesters' country (coding guide: implied addressee)
            f.target = implied_actor("GOV", f.source.country, f.clause_verb.idx, "government-protested")
        if f.target is None and f.source is not None and self.cameo.root(f.code) in FAULTING_ROOTS and \
                (f.source.sector or "")[:3] not in STATE_SECTORS and \
                self._judges_a_measure(f.clause_verb, f.match.entry.suffered):
            # "pub groups slammed the decision to move the country to Level 3": the government's decision
            f.target = implied_actor("GOV", f.source.country, f.clause_verb.idx, "government-measure")
        if f.target is None and f.source is not None and f.match.entry.absorbs and self._asks_the_public(f):
            f.target = implied_civilians(f.source, f.clause_verb.idx, "public")  # "urged calm"
        if f.target is None and f.code in ("081", "0813") and f.match.entry.id == "lift" and \
                f.source is not None and (f.source.sector or "")[:3] in AUTHORITIES | {"LEG"}:
            f.target = implied_civilians(f.source, f.clause_verb.idx, "public")  # "lifted the burn ban"
        if f.target is None and f.code == "091" and _law_enforcement(f.source):  # "police are investigating"
            f.target = implied_civilians(f.source, f.match.token.idx, "suspects")
        if f.target is None and f.source is not None and self.cameo.root(f.code) in VIOLENT_ROOTS and \
                _person_pronoun_object(f.clause_verb):  # "they raped them": people (the story tells whose)
            f.target = implied_actor("CVL", None, f.clause_verb.idx, "victims")
        mutual = actors is not None and f.target is None and self._mutual(f, actors)
        return f.match.entry.rejection(bool(f.refined_by), f.source, f.target, reciprocal=mutual,
                                       agentless=f.agentless, verbal=f.refined_by == "sense:verbal") or f

    def _mutual_code(self, code: str, match: Match | None = None) -> bool:
        """A code of an act each party does to the other (meet, cooperate; not a one-way act among them), or
        a fight whose very words make it mutual ("exchanged fire", "clashed")."""
        if match is not None and " ".join(w.lemma_.lower() for w in match.words) in MUTUAL_FIGHTING:
            return True
        return self.cameo.root(code) in RECIPROCAL_ROOTS and code not in ONE_WAY

    def _mutual(self, f: Frame, actors: ActorLookup) -> bool:
        """A reciprocal act whose subject names two parties or more, states or persons ("Saudi Arabia and
        Iran", "Saudi and Iranian officials"): :meth:`_reciprocal` makes each the other's target."""
        if f.source_tok is None or not self._mutual_code(f.code, f.match):
            return False
        obj = direct_object(f.clause_verb)
        if f.match.entry.id == "support-diplomatic" and obj is not None and actors.for_token(obj) is None:
            return False  # "China and Russia support the improvement on the peninsula": not each other
        named = [actors.for_token(t) for t in with_conjuncts(f.source_tok)]
        named += [a for _, a in split_coordinated_countries(f.source_tok, f.source, actors)]
        parties = {a.code for a in named if a is not None and (a.country or a.person)}
        return len(parties) >= 2  # named parties, not "manufacturers and regulators must work together"

    @staticmethod
    def _source_actor(src_tok: Token | None, actors: ActorLookup) -> Actor | None:
        """The actor of a source token, or the author of a document speaking as one ("the lawsuit claims")."""
        if src_tok is None:
            return None
        named = next((c for c in src_tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        # "the vet, Crystal Heath, urged": the description is no actor, the name is
        return actors.for_token(src_tok) or (named is not None and actors.for_token(named)) or \
            document_author(src_tok, actors)

    def _fights_a_thing(self, verb: Token, actors: ActorLookup) -> bool:
        """The direct object of a fighting verb is neither a party, nor a place, nor armed violence:
        "fighting inflation", "battling wildfires"."""
        obj = first_child(verb, "dobj")
        if obj is None or names_party(obj, actors) or obj.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        return not any(self.lex.in_class(w, VIOLENCE_OR_FORCE) for w in noun_phrase_words(obj))

    def _by_accident(self, verb: Token) -> bool:
        """The cause named after in/by/during/after is an accident or a disaster ("killed in a crash")."""
        return any(self._in_class(obj, DISASTER) for _prep, obj in pobj_of(verb, CAUSE_PREPS))

    def _judges_a_measure(self, verb: Token, suffered: bool = False) -> bool:
        """The verb's object is a public measure nobody is named as the author of: "slammed the decision",
        "hit out at the new restrictions", "the plan was condemned" (not "the court's decision", not "the
        decision by the firm"); of a verb whose subject suffers it, the subject ("the new rules drew
        criticism from publicans")."""
        objs = object_heads(verb) + [o for _p, o in pobj_of(verb, frozenset({"at"}))] + \
            children(verb, "nsubjpass")  # "the scheme has been condemned by religious leaders"
        if suffered:
            objs += children(verb, "nsubj")
        # "questioned whether the new tax would help families", "complained that the rules were unfair"
        objs += [s for c in children(verb, "ccomp") if (s := subject(c)) is not None]
        for o in objs:
            if not self.lex.in_class(o.lemma_.lower(), PUBLIC_MEASURES):
                continue
            # not "Thursday's order"; "the lockdown rules" are no one's, "the Trump plan" is his
            owned = any(((c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")) and
                         c.ent_type_ not in ("DATE", "TIME")) or
                        (c.dep_ == "prep" and c.lower_ == "by") for c in o.children)
            return not owned
        return False

    def _asks_the_public(self, f: Frame) -> bool:
        """An authority's appeal for calm, restraint or patience, or for witnesses to call it, addressed to
        no one: its public's."""
        if (f.source.sector or "")[:3] not in AUTHORITIES or self.cameo.root(f.code) != "02":
            return False
        comp = _contact_verb(f.clause_verb)
        if comp is not None and f.source_tok is not None and f.source_tok.head == comp:
            return True  # "anyone with information is asked to contact the Sheriff's Office"
        asked = object_heads(f.clause_verb) + [o for _p, o in pobj_of(f.clause_verb, frozenset({"for"}))]
        return any(self.lex.in_class(o.lemma_.lower(), PUBLIC_APPEALS) for o in asked)

    def _appeals_in_court(self, verb: Token) -> bool:
        """"appealed the ruling": a court appeal, addressed to no government."""
        obj = first_child(verb, "dobj")
        return obj is not None and self.lex.in_class(obj.lemma_.lower(), RULINGS)

    def _expand_and_dedupe(self, frames: list[Frame], actors: ActorLookup) -> list[Frame]:
        out: list[Frame] = []
        for f in frames:
            sources = [(f.source_tok, f.source)]
            targets = [(f.target_tok, f.target)]
            if f.refined_by == BETWEEN:  # its two sides are each other's conjuncts: already paired
                out.append(f)
                continue
            if f.source_tok is not None and f.source_tok.conjuncts:
                sources = [(t, actors.for_token(t)) for t in with_conjuncts(f.source_tok)]
                sources = [(t, a) for t, a in sources if a is not None] or [(f.source_tok, f.source)]
            if f.target_tok is not None and f.target_tok.conjuncts:
                targets = [(t, self._actor_or_place(t, actors)) for t in with_conjuncts(f.target_tok)]
                targets = [(t, a) for t, a in targets if a is not None] or [(f.target_tok, f.target)]
            sources = [x for st, sa in sources for x in split_coordinated_countries(st, sa, actors)]
            targets = [x for tt, ta in targets for x in split_coordinated_countries(tt, ta, actors)]
            for st, sa in sources:
                for tt, ta in targets:
                    out.append(Frame(f.match, f.code, f.clause_verb, st, tt, sa, ta, f.refined_by,
                                     f.agentless))
        kept = best_readings(out, lambda f: f.clause_verb.i, _specificity, self.cameo.root)
        return sorted(kept, key=lambda f: f.match.token.i)

    def _credit_the_announcer(self, f: Frame, actors: ActorLookup, focus: str | None) -> None:
        """An agentless act announced by an authority is its act ("three were arrested, federal authorities
        announced"), before the sentence's countries are inherited."""
        unknown = f.source is None or f.source.rule.startswith("implied:")
        if not (f.agentless and unknown) or self.cameo.root(f.code) in NOT_ANNOUNCERS_OWN or \
                f.code in NOT_ANNOUNCERS_OWN_CODES:
            return
        said_by = mod.detect(f.clause_verb, f.match.token).reporter
        reporter = actors.for_token(said_by) if said_by is not None else None
        if reporter is None or (reporter.sector or "")[:3] not in AUTHORITIES:
            return
        if self.cameo.root(f.code) in VIOLENT_ROOTS and f.target is not None and \
                (f.target.sector or "")[:3] in ARMED_STATE_SECTORS and \
                f.target.country in (reporter.country, None):
            return  # "nine soldiers were attacked, the minister said": its own forces, not its act
        if self.cameo.root(f.code) in VIOLENT_ROOTS and (reporter.sector or "")[:3] in LAW_ENFORCEMENT and \
                f.target is not None and (f.target.sector or "")[:3] in SUSPECTS:
            return  # "a city man was shot in an attempted robbery, police said": a crime the police report
        where = sentence_places(f.clause_verb.sent, actors)
        if where and (reporter.country or focus) not in where and (reporter.sector or "")[:3] != "MIL":
            # (unknown: the place's police did it; an army reports what its troops did where they went)
            return  # "the premier was detained in Miami," the governor said: not the governor's act
        f.source = replace(reporter, rule=f"{reporter.rule}+announcer")

    # ---- events -------------------------------------------------------------------------------
    def _event(self, f: Frame, index: int, sent: Span, document: Document, actors: ActorLookup,
               dates: list[DateMention]) -> Event:
        m = f.match
        own = m.entry.modality if m.entry.modality != mod.THREAT or self.cameo.root(f.code) == "13" else None
        modal = mod.detect(f.clause_verb, m.token, own_modality=own)
        reporter = actors.for_token(modal.reporter) if modal.reporter is not None else None
        settled = settle(self.lex, f.code, f.refined_by, modal.value, reporter, f.source,
                         lambda: modal.reporter is not None and mod.unverified_nearby(sent),
                         reported_future=modal.reason == mod.REPORTED_FUTURE)
        date, date_text = self._date(f, sent, document, dates)
        rule = m.entry.rule + (f"[{settled.refined}]" if settled.refined else "") + f"/{m.context}"
        return make_event(
            document, self.cameo, sentence_index=index, sentence=sent.text.rstrip(), code=settled.code,
            source=f.source, target=f.target, trigger=(m.start, m.end), settled=settled, reason=modal.reason,
            date=date, date_text=date_text,
            confidence=0.0, rule=rule)  # (set for the document's events together: ConfidenceModel)

    def _date(self, f: Frame, sent: Span, document: Document,
              dates: list[DateMention]) -> tuple[dt.date | None, str | None]:
        in_sent = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.date is not None]
        if in_sent:
            clause = {t.idx for t in clause_tokens(f.clause_verb)} | {t.idx for t in f.match.token.subtree}
            # a relative clause of a noun trigger ("an airstrike that killed … on September 17")
            for c in f.match.token.children:
                if c.dep_ in ("relcl", "acl"):
                    clause |= {t.idx for t in c.subtree}
            own = [d for d in in_sent if any(d.start <= i < d.end for i in clause)]
            if own:
                best = min(own, key=lambda d: abs(d.start - f.match.start))
                return best.date, best.text
        return document.published, None


def plain_statement(f: Frame) -> bool:
    """A speech act coded as nothing more than a statement (010)."""
    return f.match.entry.speech and f.code == f.match.entry.code


def _specificity(f: Frame) -> tuple[int, int, int]:
    return (len(f.code), int(f.target is not None), int(f.match.context == "verb"))


#: object pronouns that stand for people ("it" stands for a thing or a body)
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "himself", "herself",
                                    "themselves"})


def _person_pronoun_object(verb: Token) -> bool:
    """The verb's direct object is a pronoun for people: "they killed them", "stabbed her"."""
    return any(c.dep_ == "dobj" and c.lower_ in PERSON_OBJECT_PRONOUNS for c in verb.children)


def _will_not(verb: Token) -> bool:
    """A negated act stated of the future: "will not", "won't", "would never" (not "did not")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_NEGATABLE for c in verb.children)


#: auxiliaries of a stated resolve ("will not", "won't", "would not", "shall never")
FUTURE_NEGATABLE = frozenset({"will", "wo", "'ll", "would", "shall"})
#: roots of cooperation whose stated refusal by a party rejects the other (03–08: cooperate … yield)
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: roots of pressure a party declares it will not bow to (13 threaten, 17 coerce)
COERCIVE_ROOTS = frozenset({"13", "17"})


def _owned_by_pronoun(tok: Token | None) -> bool:
    """"its forces", "our troops": the speaker's own side."""
    return tok is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
