"""Free predicates over tokens: people and forces, cases, targets named before, denials and questions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from tacitus.events.coder.frame import (
    ASKED_ANSWERS,
    AVERTING,
    CIVIC_SECTORS,
    CONTACT_VERBS,
    COUNSEL,
    DIPLOMAT_WORDS,
    FAULTED_ACT_PREPS,
    PUBLIC_HELPERS,
    PUBLIC_WITNESSES,
    SPEAKING,
    STATE_SECTORS,
    SUSPECTS,
    TOLD_AS_DONE,
    VERBAL_ROOTS,
    WH_WORDS,
    WITNESS_ACTS,
    WITNESS_CLUES,
    Frame,
)
from tacitus.events.roles import (
    AUTHORED_ACTS,
    REQUEST_WORDS,
    TOLD_DETERMINERS,
    ActorLookup,
    names_party,
    one_actor,
    through_quantity,
)
from tacitus.events.syntax import (
    clause_tokens,
    first_child,
    governing_chain,
    pobj_of,
    subject,
    to_infinitive,
)
from tacitus.events.triggers import (
    STATE_VERBS,
    VIOLENT_ROOTS,
    Match,
    complement_verb,
    misparsed_object,
    object_heads,
)
from tacitus.model import Actor, Event
from tacitus.nlp.inflect import noun_forms, verb_forms


def crowd_against_force(source: Actor | None, target: Actor | None) -> bool:
    """Protesters, rioters or residents (no named person) attacking police or soldiers: blows, not words."""
    return source is not None and source.person is None and (source.sector or "")[:3] in ("OPP", "CVL") \
        and target is not None and (target.sector or "")[:3] in ("COP", "MIL")


def force_on_people(frame: Frame, root: str) -> bool:
    """Violence, or a detention by an army ("six men were detained in Jenin, the Israeli army said"): its
    target is of the place where it struck, not of the force that struck there."""
    return root in VIOLENT_ROOTS or (root == "17" and (frame.source.sector or "")[:3] == "MIL")


#: private wrongdoers whose unnamed victims are of their own story, not of a place it names abroad
PRIVATE_OFFENDERS = frozenset({"CVL", "CRM"})


def crime_at_home(source: Actor | None) -> bool:
    """A private person or criminal of a known country ("these children are assaulting people"): the
    victims the sentence does not place are the story's own, not of the other country whose places the
    story names most (a town "Edmonton" near Cairns is no Canadian one)."""
    return source is not None and bool(source.country) and (source.sector or "")[:3] in PRIVATE_OFFENDERS


def only_country_named(other: Actor | None, sent: Span, actors: ActorLookup,
                        party: Actor | None = None, party_acts: bool = True) -> bool:
    """The sentence names the counterpart's country nowhere outside the counterpart, and the counterpart is
    a country itself ("the army criticized Russia") or another state's envoy facing a state's agent ("the
    foreign ministry summoned the French ambassador"); rebels negotiating with "the Ethiopian government"
    and police arresting "Kenyan protesters" are of that country."""
    if other is None or not other.country:
        return False
    envoy = DIPLOMAT_WORDS & set(other.text.lower().split())
    if other.sector and not (envoy and party is not None and (party.sector or "")[:3] in STATE_SECTORS) and \
            not (party_acts and _officer_facing_officer(other, party)):
        return False
    return not any(m.country == other.country and not (other.start <= m.start and m.end <= other.end)
                   and not m.rule.startswith(REPEATS) and sent.start_char <= m.start < sent.end_char
                   for m in getattr(actors, "mentions", []))


#: mentions that repeat an actor named before ("him", "Saad Hariri" after "Lebanon's prime minister"): they
#: name no country of their own
REPEATS = ("coref:", "carry:person")


def _officer_facing_officer(other: Actor, party: Actor | None) -> bool:
    """A state's officer named by title and country ("Lebanon's prime minister") facing an officer named by
    title alone who acts on him ("the crown prince detained …", "the president met …"): two states' officers,
    as an envoy and a ministry are (a domestic counterpart is "his prime minister", "the country's
    president"; the one an officer acts on is his own: "Nigerian President Buhari sacked the army chief")."""
    return party is not None and party.rule.startswith("title:") and not party.country and \
        other.rule.startswith("title:") and (other.sector or "")[:3] == "GOV"


#: prepositions that name where an act took place ("was arrested in Ecuador", "detained at Heathrow")
SCENE_PREPOSITIONS = frozenset({"in", "at"})


def scene_country(trigger: Token, actors: ActorLookup) -> str | None:
    """The country of the place the act's own "in" or "at" names ("was arrested in Ecuador", "the arrest in
    Quito of …"): where the unnamed police who made it serve, whatever else the sentence names."""
    found = {actors.country_for_token(o) if o.ent_type_ in ("GPE", "LOC", "FAC") else
             _owner_country(o, actors)
             for p in trigger.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPOSITIONS
             for o in p.children if o.dep_ == "pobj"}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


#: places a country's name owns where they lie ("in Ecuador's El Inca prison", "at Kenya's border"; not
#: "at Israel's request", nor "at Israel's embassy", which lies in the host country)
OWNED_PLACES = frozenset({"prison", "jail", "gaol", "penitentiary", "capital", "city", "town", "province",
                          "region", "border", "airport", "port", "coast", "camp", "facility", "centre",
                          "center", "island", "north", "south", "east", "west"})


def _owner_country(place: Token, actors: ActorLookup) -> str | None:
    """The country a place noun is named as being of ("in Ecuador's El Inca prison"): where it lies."""
    if place.lemma_.lower() not in OWNED_PLACES:
        return None
    owner = next((c for c in place.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    return actors.country_for_token(owner) if owner is not None else None


def only_other_bodies_country(countries: set[str], sent: Span, actors: ActorLookup, party: Actor | None,
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


#: objects that make a fight one within the group that is its subject ("fought each other")
EACH_OTHER = frozenset({"each other", "one another", "themselves"})


def fight_among_themselves(verb: Token, subj: Token) -> bool:
    """A fight within the subject's own group: "rival militias clashed", "fighters from rival families
    battled", "the factions fought each other / among themselves" (the group is its own target)."""
    rivals = [subj, *(o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                      for o in p.children if o.dep_ == "pobj")]
    if any(c.dep_ == "amod" and c.lower_ == "rival" for t in rivals for c in t.children):
        return True
    return any(" ".join(w.lower_ for w in t.subtree) in EACH_OTHER for t in verb.children
               if t.dep_ in ("dobj", "pobj") or (t.dep_ == "prep" and t.lower_ in ("with", "among")
                                                 and any(" ".join(w.lower_ for w in o.subtree) in EACH_OTHER
                                                         for o in t.children)))


def direct_object(verb: Token) -> Token | None:
    """The verb's direct object, or a noun the parser attached otherwise (:func:`misparsed_object`)."""
    return first_child(verb, "dobj", "obj") or misparsed_object(verb)


#: verbs whose simple present tells a state one is in now, not a habit ("faces charges", "faces criticism")
PRESENT_STATE_VERBS = frozenset({"face"})


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
    if verb.lemma_.lower() in PRESENT_STATE_VERBS:  # "she faces charges including bribery": her state now
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present_passive = verb.tag_ == "VBN" and [c.lower_ for c in aux] in (["is"], ["are"]) and \
        (any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") for c in verb.children)
         or _bare_plural_patient(verb))
    if not present_passive and (verb.tag_ not in ("VBZ", "VBP") or aux):
        return False  # ("when a British citizen is arrested abroad" is what happens as a rule)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children):
        return False
    sent = verb.sent
    if not sent.text.rstrip().endswith((".", "”", '"', "’")):
        return False  # a headline or a caption
    return not any(e.label_ in ("DATE", "TIME") for e in sent.ents)


#: words before a plural noun that make it some particular ones ("the", "two", "their", "these")
PARTICULAR_DEPS = frozenset({"det", "nummod", "poss", "quantmod", "predet"})


def bare_plural(tok: Token) -> bool:
    """A plural noun with no word making it particular ones and no name: a kind ("migrants", "firms")."""
    particular = any(c.dep_ in PARTICULAR_DEPS for c in tok.children)
    return tok.tag_ == "NNS" and not tok.ent_type_ and not particular


def _bare_plural_patient(verb: Token) -> bool:
    """A present passive whose patient is a bare plural with no agent: what is done to such people as a
    rule ("people are detained in overcrowded cells", "migrants are held for months"), not an act."""
    patient = first_child(verb, "nsubjpass")
    if patient is None or not bare_plural(patient):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


#: relative pronouns as the subject of a clause describing the noun they stand for ("an NGO that opposes …")
RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})
#: verbs whose simple present tells a rule's content, not words said ("the app requires soldiers to …")
RULE_VERBS = frozenset({"require", "oblige", "obligate", "mandate", "compel", "forbid", "prohibit", "permit"})
#: verbs whose simple present tells a standing position, not words said ("a group that opposes the war")
STANCE_VERBS = frozenset({"oppose", "support", "back", "favor", "favour", "advocate", "champion", "promote",
                          "defend", "represent", "seek", "campaign", "lobby", "fight"})
#: participles telling what a body is for ("a group dedicated to ending …", "an NGO founded to document …")
AIM_PARTICIPLES = frozenset({"dedicate", "devote", "commit", "found", "form", "create", "establish"})
#: adverbs that make a simple present one's habit ("traditionally opposes", "has long backed")
HABIT_ADVERBS = frozenset({"traditionally", "historically", "generally", "usually", "typically", "always",
                           "consistently", "routinely", "long"})


def _standing_description(frame: Frame) -> bool:
    """A body's standing aims or nature told in a relative clause in the simple present ("an NGO that
    opposes the occupation", "a group that seeks to end the blockade") or in a participle of its purpose
    ("a group dedicated to ending the occupation"), and the acts named inside them: a description of the
    actor, not a report of what it did ("the group that attacked the convoy" is)."""
    if frame.match.entry.speech:  # "Hamas, which says it fired the rockets": a statement is an act
        return False
    tok = frame.match.token
    path = [tok, *tok.ancestors]
    at = next((i for i, t in enumerate(path) if t.dep_ == "relcl" or _purpose_participle(t)), None)
    if at is None:
        return False
    clause = path[at]
    if any(_finite(t) for t in path[:at]):
        return False  # an act in a clause of its own ("a group that says it attacked …")
    if clause.dep_ == "relcl" and not _present_description(clause, frame):
        return False
    start, end = clause.left_edge.i, clause.right_edge.i
    return not any(e.label_ in ("DATE", "TIME") and start <= e.start and e.end <= end + 1
                   for e in clause.sent.ents)  # ("a group that on Monday claims …")


def standing_words(verb: Token) -> bool:
    """Words whose simple present tells a rule or a standing position, not words said now: a rule's content
    ("the app requires soldiers to …"), a stance said to be one's habit ("Algeria traditionally opposes
    any Western military presence")."""
    lemma = verb.lemma_.lower()
    return lemma in RULE_VERBS or (lemma in STANCE_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in verb.children))


def _purpose_participle(tok: Token) -> bool:
    """A participle telling what a body is for: "a group dedicated to …", "an NGO founded to …"."""
    return tok.dep_ == "acl" and tok.lemma_.lower() in AIM_PARTICIPLES and tok.head.pos_ in ("NOUN", "PROPN")


def _finite(tok: Token) -> bool:
    """A verb of a clause of its own (not an infinitive or a gerund of the clause above it)."""
    return tok.pos_ in ("VERB", "AUX") and not (tok.tag_ in ("VB", "VBG") and
                                                tok.dep_ in ("xcomp", "pcomp", "advcl"))


def _present_description(clause: Token, frame: Frame) -> bool:
    """A relative clause in the simple present whose subject is the noun it describes, telling a standing
    position (not a state now, nor words said now)."""
    lemma = clause.lemma_.lower()
    if clause.tag_ not in ("VBZ", "VBP") or lemma in PRESENT_STATE_VERBS | STATE_VERBS or \
            any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False  # ("the two loggers who are in police custody": a state now)
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in clause.children):
        return False  # the clause tells what someone does to the noun ("an attack which Russia denies")
    # words said now: "Najib, who denies any wrongdoing"
    return frame.code[:2] not in VERBAL_ROOTS or lemma in STANCE_VERBS


#: sectors whose fighting "for" something is combat ("rebels fighting for independence")
COMBATANT_SECTORS = frozenset({"MIL", "REB", "IMG", "UAF", "INS", "SPY"})


def fights_for_a_cause(verb: Token, source: Actor | None, actors: ActorLookup) -> bool:
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


def judged_in_clause(target: Token, words: list[Token]) -> bool:
    """A judging word stands in the clause that names the target (its own clause, not a nested one)."""
    verb = target
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clause = {t.i for t in clause_tokens(verb)}
    return any(w.i in clause for w in words)


def _definite(tok: Token) -> bool:
    """The noun has a definite article or a demonstrative: "the investigation", "this probe"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def named_before(m: Match) -> bool:
    """A noun event named before: "the investigation", "this probe"."""
    return m.context != "verb" and m.token.pos_ == "NOUN" and _definite(m.token)


def earlier_target(f: Frame, root: str, events: list[Event]) -> Actor | None:
    """Whom the same act named earlier in the story was aimed at: "… launched an investigation into Chinese
    cars. The investigation will be conducted by the Department of Commerce" → China."""
    for e in reversed(events):
        if e.root == root and e.target is not None and e.source is not None and f.source is not None and \
                e.source.country == f.source.country:
            return e.target
    return None


#: acts only a court does: an implied doer (the police of "was jailed") is not whom a reaction to them answers
COURT_ACTS = frozenset({"ruling", "verdict", "sentence", "conviction", "judgment", "judgement"})


def told_act(verb: Token, attack: Callable[[Token], bool]) -> Token | None:
    """The act a reaction answers when the story has told it before: a definite act noun (AUTHORED_ACTS, or
    an attack by ``attack``) that is the verb's object or the object of one of its prepositions ("condemned
    the arrest", "protested against this ruling", "condemned the attack")."""
    acts = [direct_object(verb), *(o for _, o in pobj_of(verb, tuple(FAULTED_ACT_PREPS)))]
    return next((o for o in acts if o is not None and (o.lemma_.lower() in AUTHORED_ACTS or attack(o)) and
                 any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in o.children)), None)


@lru_cache(maxsize=64)
def act_forms(lemma: str) -> frozenset[str]:
    """The words that tell of the act the noun ``lemma`` names (AUTHORED_ACTS): every inflection of the noun
    and of its verbs, each as a noun and as a verb ("arrests", "arrested", "detaining", "moved")."""
    words = {lemma, *AUTHORED_ACTS.get(lemma, ())}
    return frozenset().union(*(verb_forms(w) | noun_forms(w) for w in words))


def doer_of_told_act(act: Token, source: Actor | None, events: list[Event]) -> Actor | None:
    """Who did the act the story last told with the noun ``act`` or one of its verbs (AUTHORED_ACTS), or, for
    an attack, the story's last violent act, as the coder recorded it: the source of that event, even when
    its clause named no doer ("an activist was arrested" by police the coder inferred … "the opposition
    condemned the arrest" → the police); none when that doer is the reacting party itself, or a court's act
    was told with no court (COURT_ACTS)."""
    lemma = act.lemma_.lower()
    forms = act_forms(lemma)
    for e in reversed(events):
        said = e.trigger.text.lower().split()[0] if e.trigger.text.strip() else ""
        if e.source is None or e.modality not in TOLD_AS_DONE:
            continue
        if (said in forms) if lemma in AUTHORED_ACTS else (e.root in VIOLENT_ROOTS):
            if (source is not None and one_actor(e.source, source)) or \
                    (lemma in COURT_ACTS and e.source.rule.startswith("implied:")):
                return None  # (the police the coder gave an agentless jailing pass no sentence: no court
            # is guessed)
            return replace(e.source, rule=f"{e.source.rule}+coref:told-act")
    return None


def answers_request(token: Token) -> bool:
    """A rejection whose object is a request, an offer or a proposal ("turned down the union's offer", "the
    request was denied", "a request that the judge denied"): it answers whoever made it."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ == "relcl":
        objects.append(token.head)
    return any(o.lemma_.lower() in REQUEST_WORDS or o.lower_ in REQUEST_WORDS for o in objects)


#: what a yielding act ends when it drops "the case", "the charges", "the investigation"
CASE_NOUNS = frozenset({"case", "charge", "charges", "investigation", "probe", "prosecution", "indictment",
                        "lawsuit", "suit", "inquiry"})
#: the acts that open a case: investigate (09), sue or accuse (11), arrest or charge (17)
CASE_ROOTS = frozenset({"09", "11", "17"})


#: the speaker's own outlook in what was said: optimistic (013) or pessimistic (012)
OUTLOOKS = {**dict.fromkeys(("optimistic", "hopeful", "confident"), "013"),
            **dict.fromkeys(("pessimistic", "worried", "fearful", "alarmed"), "012")}  # ("only concerned
# about Sudan's interests" is care, not worry)
#: outlooks only on what follows ("satisfied that pupils can return": 013; "satisfied with the replies" judges
#: the replies)
OUTLOOKS_ON_A_CLAUSE = {"satisfied": "013", "reassured": "013"}
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})  # ("the ministry said it was confident")


def _outlook(content: Token) -> str | None:
    """The code of "said he is optimistic that …" / "said they were worried about …": the speaker's own
    outlook (the content's subject a pronoun, its predicate an adjective of hope or worry); else None."""
    subj = first_child(content, "nsubj")
    if content.lemma_ != "be" or subj is None or subj.lower_ not in SPEAKER_PRONOUNS:
        return None
    for c in content.children:
        if c.dep_ == "acomp" and c.lower_ in OUTLOOKS:
            return OUTLOOKS[c.lower_]
        if c.dep_ == "acomp" and c.lower_ in OUTLOOKS_ON_A_CLAUSE and first_child(c, "ccomp") is not None:
            return OUTLOOKS_ON_A_CLAUSE[c.lower_]
    return None


def _counted(tok: Token) -> bool:
    """"52,000 Venezuelans", "thousands of Syrians": a number of people, not a body or a delegation."""
    return any(c.dep_ == "nummod" for c in tok.children) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and through_quantity(tok.head.head) == tok)


def the_speaker_himself(f: Frame, actors: ActorLookup) -> bool:
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


def contact_verb(verb: Token) -> Token | None:
    """The complement of an appeal that asks the public to contact someone ("is asked to call police")."""
    comp = complement_verb(verb)
    return comp if comp is not None and comp.lemma_.lower() in CONTACT_VERBS else None


def witness_appeal(verb: Token) -> bool:
    """An appeal to the public for information or witnesses, which names no one: "are asking anyone with
    information to call the department", "urged anyone who saw the crash to contact detectives", "appealed
    for witnesses to come forward", "asked the public for help identifying the man" (not "urged the public to
    stay indoors": no information asked)."""
    asked = [c for c in verb.children if c.dep_ == "dobj"] + [o for _p, o in pobj_of(verb, ("for",))]
    who = next((a for a in asked if a.lemma_.lower() in PUBLIC_WITNESSES), None)
    if who is None:  # "asking for the public's help in finding the vandals", "for your help in locating"
        return any(o.lemma_.lower() in ("help", "assistance") and
                   any(c.dep_ == "poss" and c.lower_ in PUBLIC_HELPERS for c in o.children) for o in asked)
    doc = verb.doc
    # what is asked after the addressee: to contact someone or come forward ("to call the department")
    to = next((t for t in verb.subtree if t.i > who.i and t.lower_ == "to" and t.i + 1 < len(doc) and
               doc[t.i + 1].lemma_.lower() in WITNESS_ACTS), None)
    helped = [o for o in asked if o is not who and o.lemma_.lower() in WITNESS_CLUES]
    if to is None and not helped:
        return False
    # who is asked, up to what they are asked: "anyone with information", "anyone who saw the crash" (not
    # "anyone in the flood zone to call 911 if they need help")
    between = doc[who.i:to.i] if to is not None else [who, *helped]
    return who.lemma_.lower() == "witness" or any(t.lemma_.lower() in WITNESS_CLUES for t in between)


def suspect_before(actors: ActorLookup, sents: list[Span], index: int, at: int) -> Actor | None:
    """The private person the story named last before offset ``at``, in this sentence or the two before it
    (whom police seize from or investigate, when the sentence names no one)."""
    first = sents[max(0, index - 2)].start_char
    people = [a for a in getattr(actors, "mentions", []) if first <= a.start < at and a.person and
              (a.sector or "")[:3] in SUSPECTS]
    return max(people, key=lambda a: a.start) if people else None


#: the sectors that take up one criminal case between them: the police arrest, the prosecution charges
CASE_SECTORS = frozenset({"COP", "JUD"})


def one_case(a: Frame, b: Frame) -> bool:
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


def home_visit(f: Frame, places: set[str], focus: str | None) -> bool:
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


def relative_head(verb: Token) -> list[Token]:
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


def drops_a_case(f: Frame) -> bool:
    """"prosecutors dropping the case": the object is a case named before (definite)."""
    return any(o.lemma_.lower() in CASE_NOUNS and _definite(o) for o in object_heads(f.clause_verb))


def case_target(acts: list[tuple[str, Actor | None]]) -> Actor | None:
    """Whom the latest case-opening act was against: "A 2015 indictment against Menendez ended … with
    prosecutors dropping the case" → Menendez."""
    return next((t for root, t in reversed(acts) if root in CASE_ROOTS and t is not None), None)


def denied_word(tok: Token) -> bool:
    """A judging word the sentence denies: "no malicious or hostile intentions", "not corrupt", names as
    what is to be avoided ("to minimize the embarrassment a child might feel") or is against ("anti-war")."""
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "anti":
        return True  # "anti-terrorism cooperation", "an anti-corruption drive": against it, no one accused
    if _set_aside(tok):
        return True
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in AVERTING:
        return True
    for t in (tok, tok.head) if tok.dep_ in ("amod", "acomp", "attr") else (tok,):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
            return True
    return _in_others_claim(tok)


def _set_aside(tok: Token) -> bool:
    """A judging word in a phrase the sentence sets aside: "remembered for his work rather than the scandals",
    "instead of the corruption", "to work without interference from the defendant" (read off the words before
    the phrase: the parse joins "rather than" as a conjunction or a preposition)."""
    noun = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") else tok
    start = noun.left_edge.i
    before = [t.lower_ for t in noun.doc[max(start - 2, 0):start]]
    return before[-1:] == ["without"] or before in (["rather", "than"], ["instead", "of"])


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


#: what people are held or charged on that says they came from abroad ("on immigration violations")
IMMIGRATION_CASE_WORDS = frozenset({"immigration", "deportation", "visa"})


def held_on_immigration_case(frame) -> bool:
    """The people an arrest or a charge holds "on immigration violations", "for immigration offences",
    "on deportation orders": foreigners, of no country the place or the story tells (coding guide §3: an
    actor's country is its nationality, not the place of the event)."""
    if frame.code[:2] != "17":
        return False
    heads = [frame.match.token, *([frame.target_tok] if frame.target_tok is not None else [])]
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "for", "over"):
                continue
            case = first_child(prep, "pobj")
            if case is not None and any(t.lower_ in IMMIGRATION_CASE_WORDS for t in case.subtree):
                return True
    return False


def describing_participle(verb: Token) -> bool:
    """A past participle with no auxiliary that modifies a noun or fronts the clause: "the rebels backed by
    Turkey", "Montenegro, backed by Serbia, …", "Backed by the US, the forces …" (not "was backed by")."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "amod") and \
        not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def virtue_denied(tok: Token) -> bool:
    """An adjective of praise the sentence denies: "is not fair", "is not a legitimate authority"."""
    if tok.pos_ != "ADJ":
        return False
    return (tok.dep_ in ("acomp", "amod") and
            any(c.dep_ == "neg" for c in (*denial_head(tok).children, *tok.children))) or \
        _held_with_none(tok)  # (the parser may hang the "not" on the adjective: "are not convincing")


#: virtues of a holder's own standing or case, whose want faults the holder ("no legitimate right")
HELD_VIRTUES = frozenset({"legitimate", "credible"})


def _held_with_none(tok: Token) -> bool:
    """A virtue its holder is said to have none of: "Saakashvili had no legitimate right to stay", "the
    ministry has no credible plan" (not "there was no credible threat": no holder; not "had no fair chance":
    a want of fairness done to the holder)."""
    noun = tok.head
    return tok.lower_ in HELD_VIRTUES and tok.dep_ == "amod" and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() == "have" and any(c.dep_ == "nsubj" for c in noun.head.children) and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def denial_head(tok: Token) -> Token:
    """Where the negation of an adjective of praise stands: the verb of "is not fair", of "is not a
    legitimate authority"."""
    return tok.head.head if tok.dep_ == "amod" and tok.head.dep_ == "attr" else tok.head


def civic_dyad(f: Frame, root: str) -> bool:
    """Both sides are private people, companies, schools, hospitals, churches or a charity of the same
    country (not an international one: "Amnesty praised the activists"), or a charity, even an international
    one, helps private people or no one named ("the Red Cross provided shelter for the residents")."""
    sides = (f.source, f.target)
    if root == "07" and f.source is not None and (f.source.sector or "")[:3] == "NGO" and \
            (f.target is None or (f.target.sector or "")[:3] == "CVL"):
        return True  # (or no one named: "the Red Cross provided shelter")
    # (a named international body has a code of its own, "NGOHRIAMN"; a country may be told later)
    if any(a is None or (a.sector or "")[:3] not in CIVIC_SECTORS or
           (not a.country and a.code != a.sector) for a in sides):
        return False
    return not (f.source.country and f.target.country and f.source.country != f.target.country)


def infinitive_or_clause(comp: Token | None) -> bool:
    """A complement that says what is asked: "to resign", "that the board reconsider" (not "… asking
    questions", a participle)."""
    return to_infinitive(comp) or (comp is not None and comp.dep_ == "ccomp" and comp.tag_ != "VBG")


def _one_person_asked(verb: Token) -> bool:
    """The one asked is a person ("asked Trump to confirm", "asked her to explain"): a witness or an
    interviewee answering; a state asked to explain ("asked Russia to explain the attack") is a demand."""
    asked = first_child(verb, "dobj")
    return asked is not None and (asked.ent_type_ == "PERSON" or asked.lower_ in ("him", "her", "me"))


def asks_a_question(verb: Token, comp: Token | None) -> bool:
    """"asked whether/if …", "asked what he sees", "asked Trump to confirm that …", or a quoted question
    after the verb: a question put to someone, not a request of them."""
    if to_infinitive(comp):  # "asked them to leave" is a request; "asked Trump to confirm that …" a question
        return comp.lemma_.lower() in ASKED_ANSWERS and _one_person_asked(verb)
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
    if any(t.is_quote and t.i > verb.i + 1 and verb.doc[t.i - 1].text == "," for t in after[:6]):
        return True  # "asked council members directly, “I just want to make sure …”": words put to them
    return any(t.text == "?" for t in after) and any(t.is_quote for t in after)


def own_counsel(tok: Token | None) -> bool:
    """"held meetings with his attorneys", "talks with Trump's lawyers": the party met is one's own counsel,
    who acts for the client (coding guide §7: a lawyer takes the client's code), not a political party."""
    return tok is not None and tok.lemma_.lower() in COUNSEL and any(c.dep_ == "poss" for c in tok.children)
