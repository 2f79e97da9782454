"""Antecedents, pronouns and quote speakers, genders and given names, and the document state."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

import numpy
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import PRON
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from tacitus.actors.resolver.local import (
    named_company,
)
from tacitus.actors.resolver.names import (
    PATRONYMIC_PARTICLES,
    gender_cues,
    given_names,
    surname,
)
from tacitus.actors.resolver.units import (
    BLOCKING_LEMMAS,
    LOCATIVE_PREPS,
    MODIFIER_DEPS,
    SUBJECT_DEPS,
    DocumentActors,
    _Unit,
    carried_title,
    mentioned_by,
)
from tacitus.enrich.quote_marks import FIRST_PERSON, QUOTE_MARKS
from tacitus.model.records import Actor
from tacitus.nlp.doctext import doc_text
from tacitus.nlp.inflect import looks_plural

#: heads of definite descriptions ("the agency") and the sectors of the bodies they can refer back to
ANAPHOR_SECTORS = {
    "department": ("GOV", "COP"), "ministry": ("GOV",), "agency": ("GOV", "SPY", "IGO", "NGO"),
    "administration": ("GOV",), "office": ("GOV", "JUD"), "commission": ("GOV", "IGO"),
    "council": ("GOV", "LEG", "IGO"), "committee": ("LEG",), "panel": ("LEG", "JUD"), "court": ("JUD", "IGO"),
    "tribunal": ("JUD", "IGO"), "company": ("BUS",), "firm": ("BUS",), "group": ("REB", "NGO", "OPP", "IMG"),
    "organisation": ("NGO", "IGO"), "organization": ("NGO", "IGO"), "party": ("PTY",), "militia": ("REB",),
    "union": ("LAB", "IGO"), "bloc": ("IGO",), "alliance": ("IGO",), "charity": ("NGO",), "body": (),
    "trust": (), "service": (), "mission": (), "foundation": ("NGO",), "institute": ("NGO", "EDU"),
    "association": ("NGO", "LAB"), "coalition": ("NGO", "OPP"), "federation": ("LAB", "NGO", "IGO"),
    "league": ("NGO",), "center": ("NGO",), "centre": ("NGO",), "authority": ("GOV",),
    "bureau": ("GOV", "SPY", "COP"), "board": ("GOV",), "caucus": ("LEG",), "network": ("MED",),
    "newspaper": ("MED",), "paper": ("MED",), "outlet": ("MED",), "university": ("EDU",), "school": ("EDU",),
    "college": ("EDU",), "hospital": ("HLH",), "campaign": ("PTY", "ELI"),
    "force": ("COP", "MIL"),  # "Greater Manchester Police … the force said"
    "movement": ("REB", "OPP", "IMG"),  # "Hezbollah … the movement said"
    # a company's premises stand for the company: "Miami Seaquarium … inspectors cited the facility"
    "facility": ("BUS",), "plant": ("BUS",), "factory": ("BUS",), "aquarium": ("BUS",), "zoo": ("BUS",),
    "casino": ("BUS",), "store": ("BUS",),
}
#: heads that are no body with an "of" after them: "the force of the blast"
ANAPHOR_NOT_WITH_OF = frozenset({"force"})
#: what kind of body "the governing body" is: with one of these words "body" refers back to the latest
#: organisation of :data:`BODY_KIND_SECTORS` (a bare "the body" can be a corpse: only a body so named)
BODY_KINDS = frozenset({"governing", "regulatory", "oversight", "advisory", "supervisory", "sporting"})
BODY_KIND_SECTORS = ("NGO", "GOV", "IGO", "LAB", "LEG", "JUD")  # (not a school: "the governing body" runs it)
#: how many sentences back a definite description reaches
ANAPHOR_REACH = 3
#: how far back a capitalised one ("the Mission" after "the Ukraine Trade Mission") reaches for its name
CAPITAL_ANAPHOR_REACH = 6


#: possessive pronouns and the subject pronouns that bind them in their own clause
BINDING = {"his": "he", "her": "she", "its": "it", "their": "they"}


#: how many sentences back a speaker goes on speaking, across a quotation
SPEAKER_SPAN = 12


def quoted_since(da: DocumentActors, start: int, end: int) -> bool:
    """Every sentence between ``start`` and ``end`` (character offsets) opens inside a quotation or is
    one: a speaker's long quote, after which "he added" is still that speaker."""
    text = doc_text(da.doc)
    sents = [s for s in da.doc.sents if start <= s.start_char and s.end_char <= end]
    return all(_quoted(da, s.start_char + 1) or text[s.start_char:s.start_char + 1] in QUOTE_MARKS
               for s in sents)


def bound_by_subject(da: DocumentActors, pron: Token) -> Actor | None:
    """A possessive in a clause whose subject is the matching pronoun refers to that subject: "She also
    defended her departure", "he repeated his call"."""
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ != BINDING.get(pron.lower_) or subj.i > pron.i:
        return None
    a = da.unit_actor(subj)
    if a is None:
        return None
    return mentioned_by(a, pron, "coref:pronoun")


def owner_in_conjunction(da: DocumentActors, pron: Token) -> Actor | None:
    """"its"/"their" on the second of two joined nouns refers to the first: "the US and its allies",
    "Russia and its partners" (the owner named just before, not the clause's subject)."""
    if pron.lower_ not in ("its", "their") or pron.i == 0 or pron.nbor(-1).lower_ != "and":
        return None
    first = pron.nbor(-1).head  # (the conjunction hangs on the first noun, however the rest is parsed)
    if first.i > pron.i or first.pos_ not in ("PROPN", "NOUN"):
        return None
    a = da.unit_actor(first)
    if a is None or a.person:
        return None
    return mentioned_by(a, pron, "coref:conjunct")


#: modifiers that may open a clause before its subject and speak of it ("During her visit to Israel, …")
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})


def fronted_for_subject(da: DocumentActors, pron: Token, st: _State) -> Actor | None:
    """"his"/"her" in a phrase that opens the clause refers ahead to the named person who is its subject:
    "During her visit to Israel, Clinton said …", "On the margins of his official visit, President Sargsyan
    attended …" (a person of the other gender is not meant)."""
    if pron.lower_ not in ("his", "her", "their"):
        return None
    top = pron
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    verb = top.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if top.dep_ not in FRONTED_DEPS or subj is None or max(t.i for t in top.subtree) >= subj.i:
        return None
    if pron.lower_ == "their":  # "In their complaint against the firm, the workers alleged …": the workers
        return _fronted_for_plural_subject(da, pron, subj)
    if subj.pos_ != "PROPN":
        return None
    a = da.unit_actor(subj)
    if a is None or not a.person or \
            st.genders.get(person_key(a)) not in (None, "female" if pron.lower_ == "her" else "male"):
        return None
    return mentioned_by(a, pron, "coref:cataphora")


def fronted_for_unknown_subject(da: DocumentActors, pron: Token) -> bool:
    """"their" in a phrase that opens the clause refers ahead to a plural subject no lexicon knows ("In
    their complaint against the firm, the plaintiffs alleged …"): it is theirs, not an actor named before."""
    if pron.lower_ != "their":
        return False
    subj = _fronted_subject(pron)
    return subj is not None and subj.tag_ == "NNS" and da.unit_actor(subj) is None


def _fronted_subject(pron: Token) -> Token | None:
    """The subject of the clause a phrase holding ``pron`` opens, when the phrase comes before it."""
    top = pron
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    subj = next((c for c in top.head.children if c.dep_ in SUBJECT_DEPS), None)
    if top.dep_ not in FRONTED_DEPS or subj is None or max(t.i for t in top.subtree) >= subj.i:
        return None
    return subj


def _fronted_for_plural_subject(da: DocumentActors, pron: Token, subj: Token) -> Actor | None:
    """"their" in a phrase that opens the clause refers ahead to a plural subject that is an actor."""
    if subj.tag_ not in ("NNS", "NNPS"):
        return None
    a = da.unit_actor(subj)
    if a is None:
        return None
    return mentioned_by(a, pron, "coref:cataphora")


#: places whose name stands for their government when they act: "accused the state of failing",
#: "they urged the county to shut the facility" (not "in the county", "the state of the economy")
LOCAL_GOVERNMENT_NOUNS = frozenset({"state", "county", "city", "municipality", "council", "province"})
#: how many of a country's provinces or states act together: "several provinces insisted"
GOVERNMENTS_COUNTED = frozenset({"several", "many", "some", "all", "both", "other", "most", "few", "the"})


def _local_government(head: Token) -> bool:
    """"the state" / "the county" as a party: subject or object, lower-case, definite, no "of"."""
    if head.lemma_.lower() not in LOCAL_GOVERNMENT_NOUNS or not head.text.islower():
        return False
    kids = list(head.children)
    # (as the subject only: not "visited six provinces")
    counted = head.tag_ == "NNS" and head.dep_ == "nsubj" and \
        any(c.lower_ in GOVERNMENTS_COUNTED or c.dep_ == "nummod" for c in kids)
    if not (any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or counted) or \
            any(c.dep_ in ("prep", "compound", "amod", "poss") and
                c.lower_ not in ("local", *GOVERNMENTS_COUNTED) for c in kids):
        return False
    if head.dep_ == "pobj":
        return head.head.lower_ in ("against", "with", "by", "to", "from")  # not "in the city"
    if head.dep_ in ("nsubj", "nsubjpass"):  # "the county has threatened …", not "the city was quiet"
        return head.head.pos_ == "VERB" and head.head.lemma_ != "be"
    return head.dep_ == "dobj"


#: modifiers that make "officials" a government's: "county officials", "federal officials"
PUBLIC_OFFICE_WORDS = frozenset({"local", "state", "federal", "county", "city", "municipal", "government",
                                 "administration", "public", "town", "provincial", "regional", "election",
                                 "health"})


#: levels of government whose "leaders" are its office holders: "city leaders", "state leaders"
LEADERS_OFFICES = frozenset({"state", "federal", "county", "city", "municipal", "government",
                             "administration", "town", "provincial"})
#: who serve a government when named by its level: "federal investigators", "state inspectors"
PUBLIC_OFFICERS = frozenset({"official", "investigator", "inspector", "regulator"})


def public_officials(head: Token) -> bool:
    """"officials" named by the level of government they serve: "local officials", "state officials"; "city
    leaders", "state leaders" (not "local leaders", who may lead a community)."""
    lemma = head.lemma_.lower()
    words = PUBLIC_OFFICE_WORDS if lemma in PUBLIC_OFFICERS else LEADERS_OFFICES if lemma == "leader" else ()
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in head.children) or \
        local_director(head)


#: the local governments whose directors are their office holders ("the county's housing director")
LOCAL_GOVERNMENT_WORDS = frozenset({"county", "city", "municipal", "town", "township", "borough", "parish",
                                    "government"})


def local_director(head: Token) -> bool:
    """A director named by the local government he serves: "the county housing director", "the city's
    planning director", "Wake County health director" (not "the state director", a campaign's or a
    charity's)."""
    if head.lemma_.lower() != "director":
        return False
    for c in head.children:
        if c.dep_ in ("amod", "compound", "poss") and c.lower_ in LOCAL_GOVERNMENT_WORDS:
            return True
        if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and \
                any(g.dep_ in ("amod", "compound", "poss") and g.lower_ in LOCAL_GOVERNMENT_WORDS
                    for g in c.children):
            return True  # "county housing director": its modifier's
    return False


def commercial(head: Token) -> bool:
    """A campaign named by a season or a product, or whose act is a price ("offers 30% off")."""
    mods = {c.lower_ for c in head.subtree if c.i < head.i}
    verb = head.head if head.dep_ in SUBJECT_DEPS else None
    priced = verb is not None and any(t.like_num or t.text == "%" for t in verb.subtree if t.i > verb.i)
    return bool(mods & SALES_WORDS) or (priced and any(t.lower_ in ("off", "discount") for t in verb.subtree))


def armed_campaign(head: Token) -> bool:
    """A campaign named by its weapons or its arm ("bombing campaign", "the Israeli air campaign")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_CAMPAIGN_WORDS for c in head.children)


def campaign_of_acts(head: Token) -> bool:
    """A campaign named by the acts it is made of ("a campaign of counter-measures", "of intimidation")."""
    return head.lemma_.lower() == "campaign" and any(
        c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_
        for c in head.children for g in c.children)


#: words that make a campaign a military one
ARMED_CAMPAIGN_WORDS = frozenset({"military", "air", "aerial", "bombing", "ground", "naval", "missile",
                                  "drone", "artillery", "counterinsurgency", "counter-insurgency",
                                  "counterterrorism", "counter-terrorism", "shelling", "terror", "terrorist",
                                  "guerrilla"})


#: words that make a campaign a sale ("Black Friday campaign", "holiday campaign")
SALES_WORDS = frozenset({"friday", "cyber", "holiday", "christmas", "sale", "sales", "marketing",
                         "advertising", "promotional", "ad"})


def group_role(head: Token) -> str:
    """How a group is mentioned, for later pronouns: as a subject, as a place ("in Israel"), or else."""
    if head.dep_ in SUBJECT_DEPS:
        return "subject"
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return "place"
    return "other"


#: words a name's initials skip ("the Department of Health" → DH is not written, "DoH" is; "PA", "EU" are)
INITIAL_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "to", "&"})


def _initials(span: Span) -> str | None:
    """The initials of an organisation's name of two or more capitalised words ("Palestinian Authority" →
    "PA", "Electoral Commission" → "EC"); None for other spans."""
    words = [t for t in span if t.lower_ not in INITIAL_SKIP and not t.is_punct]
    capitals = [t for t in words if t.text[:1].isupper() and t.is_alpha]
    if not 2 <= len(capitals) <= 6 or capitals != words[:len(capitals)] or \
            any(t.ent_type_ != "ORG" for t in capitals):  # an organisation's name, not "New York police"
        return None
    return "".join(t.text[0] for t in capitals)


def acronym_after(doc: Doc, end: int) -> str | None:
    """The acronym a name introduces in parentheses: "the Institute for Economic Affairs (IEA)"."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return None
    word, close = doc[end + 1].text, end + 2
    if close + 1 < len(doc) and doc[close].text == "." and doc[close + 1].text == ")":
        close += 1  # "the Food Standards Agency (FSA.)": a stray full stop inside the brackets
    word = word.removesuffix(".") if doc[close].text == ")" else ""
    if word.isalpha() and word.isupper() and 2 <= len(word) <= 8:
        return word
    return None


def reporting_subject(pron: Token) -> Token | None:
    """The noun subject of the saying verb whose content clause ``pron`` ("it", "they") is the subject of,
    when their number agrees: "the ministry said it would …", "allies announced that they were …"."""
    verb = pron.head
    if pron.lower_ not in ("it", "they") or pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > pron.i:
        return None
    plural = subj.tag_ in ("NNS", "NNPS")
    return subj if plural == (pron.lower_ == "they") else None


#: verbs whose "that" clause tells what another party is to do: its subject is not the one asking
ASKING_OTHERS = frozenset({
    "demand", "urge", "request", "order", "recommend", "require", "instruct", "command", "ask", "press"})
#: answers of the one asked: "asked the unions to end the strike, but they refused"
REFUSALS = frozenset({"refuse", "decline", "reject"})


def asker_of_complement(pron: Token) -> Token | None:
    """Who asks, when ``pron`` is the subject of what is asked ("Washington stopped selling arms to the Saudis
    while demanding that they improve their targeting": they are not Washington) or of the refusal that
    answers it ("asked the unions to end the strike, but they refused"); the subject of the asking verb, or
    of the clause a subjectless participle hangs on."""
    verb = pron.head
    if pron.dep_ not in SUBJECT_DEPS or verb.head.lemma_.lower() not in ASKING_OTHERS or not (
            verb.dep_ == "ccomp" or (verb.dep_ == "conj" and verb.lemma_.lower() in REFUSALS)):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children):
        return None  # "asked if they could attend": a question, of themselves
    clause = verb.head
    for _ in range(4):  # ("stopped selling arms … while demanding": the participles' subject)
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj if subj.i < pron.i else None
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head is clause:
            return None
        clause = clause.head
    return None


#: the prepositions on a verb whose object pronoun is another party than the verb's subject ("voted against
#: him", "was praised by her"; not "with": "took the papers with her")
OTHER_PARTY_PREPS = frozenset({"against", "by", "at", "to", "for", "from", "on"})


def own_clause_subject(pron: Token) -> Token | None:
    """The subject of the clause whose object ``pron`` (him / her) is, which a plain object pronoun never
    stands for ("Doe criticized him": not Doe); a subjectless participle or infinitive takes the subject of
    the clause it hangs on ("sent a letter asking him to …": not the sender), one controlled by an object
    that object ("urged Smith to sack her"). None across a content clause ("Doe said Smith praised her")."""
    if pron.lower_ not in ("him", "her"):
        return None
    verb = pron.head
    if pron.dep_ == "pobj" and verb.lower_ in OTHER_PARTY_PREPS:
        verb = verb.head
    elif pron.dep_ not in ("dobj", "dative"):
        return None
    for _ in range(4):
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # ("sent a letter asking him": the letter's sender)
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:  # (two subjects: a misparse, "And Trump, the more they try to jail him")
            return subjects[0] if len(subjects) == 1 and subjects[0].i < pron.i else None
        if verb.dep_ not in ("xcomp", "advcl", "conj", "acl") or verb.head is verb:
            return None
        controller = first_object(verb.head) if verb.dep_ == "xcomp" else None
        if controller is not None and controller.i < pron.i:
            return controller
        verb = verb.head
    return None


def first_object(verb: Token) -> Token | None:
    """The verb's direct object, if any."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


#: verbs a speaker goes on with ("he said", "she added"): their pronoun subject is the last speaker
SPEAKER_VERBS = frozenset({"say", "add", "tell", "explain", "note", "state", "insist", "argue", "write",
                           "reply", "respond", "continue", "stress", "emphasize", "emphasise"})


def _quote_spans(da: DocumentActors) -> list[tuple[int, int]]:
    """The document's direct quotes (their content, between the marks), found once per document."""
    if da.quote_spans is None:
        from tacitus.enrich.quote_marks import direct_spans

        da.quote_spans = direct_spans(doc_text(da.doc))
    return da.quote_spans


def _quoted(da: DocumentActors, at: int) -> bool:
    """Offset ``at`` of the document lies inside a direct quote."""
    return any(s <= at < e for s, e in _quote_spans(da))


def _speaks(head: Token) -> bool:
    """The mention is the subject of a verb of saying ("Peskov says", "he added"), or in apposition to it
    ("The minister, Gen. Mansur Dan-Ali, has said"), or the one something is "according to"."""
    if head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    return head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in SPEAKER_VERBS


#: verbs whose content clause tells what befell their speaker ("the victim told police a man shot him")
TELLING_VERBS = frozenset({"say", "tell", "report", "claim", "allege", "testify"})


def speaker_of_object(pron: Token) -> Token | None:
    """"The victim told authorities a man approached him, attempted to rob him and shot him": "him" in the
    content clause of a saying verb is its singular noun subject, not the person named last."""
    if pron.lower_ not in ("him", "her") or pron.dep_ not in ("dobj", "pobj", "dative"):
        return None
    t = pron.head
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in TELLING_VERBS:
            subj = next((c for c in t.head.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.tag_ in ("NN", "NNP") and \
                    subj.i < pron.i:
                return subj
            return None
        if t.head == t:
            return None
        t = t.head
    return None


def named_owner(u: _Unit) -> bool:
    """A known leader or a named person as the owner of a noun phrase: "Trump's verdict", "Sen. Bob
    Menendez's endorsement"."""
    if u.root.dep_ != "poss":
        return False
    return (u.entry is not None and u.entry.kind == "leader") or (u.entry is None and u.ent == "PERSON")


def named_body_modifier(u: _Unit) -> bool:
    """A named organisation modifying a noun ("the NATO summit"; not "Taliban militants", an actor of its
    own): later definite descriptions ("the alliance agreed …") refer back to it, so it is read with the
    heads."""
    head = u.root.head
    return u.entry is not None and u.entry.kind == "org" and u.root.dep_ in ("compound", "nmod", "poss") and \
        head.pos_ == "NOUN" and head.text.islower()  # (not "the UN Office for …": one name)


#: nouns of bodies a name before them names ("the Unite union", "the Likud party", "the Acme company")
NAMED_BODY_NOUNS = frozenset({"union", "party", "movement", "company", "firm", "group", "charity", "network",
                              "newspaper", "broadcaster", "carrier", "airline", "bank"})


def body_name_before(head: Token) -> str | None:
    """The name a body noun is given by the capitalised name right before it ("the Unite union": Unite), to
    read later bare mentions of that name as the body (the caller checks that the lexicons do not know it)."""
    if head.lower_ not in NAMED_BODY_NOUNS or head.i == 0:
        return None
    name = [t for t in head.lefts if t.dep_ in ("compound", "nmod") and t.i < head.i]
    if len(name) != 1 or name[0].i != head.i - 1:
        return None
    t = name[0]
    named = t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start
    return t.text if named and t.ent_type_ in ("PERSON", "ORG") else None


def person_key(a: Actor) -> str:
    return surname(a.person) if a.person else ""


def namesakes(a: Actor, b: Actor) -> bool:
    """Two persons of one surname with other given names ("Charles S. Williams, 39" … "Prosecutor Colleen
    Williams said"): the surname alone stays the first one's, the story's subject."""
    wa, wb = (a.person or "").lower().split(), (b.person or "").lower().split()
    return len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[0].rstrip(".") != wb[0].rstrip(".")


def _gender(doc: Doc, a: Actor) -> str | None:
    """"female" / "male" from an honorific or gendered word in or just before the mention ("Mrs", "Sen.
    … congresswoman") or from the given name (``data/actors/genders.yaml``); None when unknown."""
    cues = gender_cues()
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t.lower_.rstrip(".") for t in doc[max(span.start - 1, 0) : span.end]]
    for g in ("female", "male"):
        if any(w in cues["words"][g] for w in words):
            return g
    names = [w.lower().rstrip(".") for w in (a.person or "").split()]
    given = next((w for w in names if len(w) > 1), "")  # "E. Jean Carroll": Jean
    for g in ("female", "male"):
        if given in cues["names"][g]:
            return g
    return None


def definite_antecedent(head: Token, st: _State, sent_of: list[int],
                        country_of: Callable[[Token], str | None] | None = None) -> Actor | None:
    """The body a bare definite description refers back to: "the agency", "the committee", "the group" → the
    latest body within :data:`ANAPHOR_REACH` sentences whose name holds the word, else whose sector fits;
    "council members", "board staff": the council, the board (who act for it); with words that say what
    kind of body it is (:func:`_description_fits`): "the Palestinian group", "the militant group"."""
    body = _body_of_members(head)
    word = (body or head).lemma_.lower()
    kinds: list[Token] = []
    capital = False
    if body is None:
        capital = head.pos_ == "PROPN" and head.tag_ == "NNP"  # "the Mission": only a body so named
        if (head.pos_ != "NOUN" and not capital) or word not in ANAPHOR_SECTORS or head.tag_ == "NNS":
            return None
        left = [c for c in head.children if c.i < head.i]
        kinds = [c for c in left if word == "body" and c.dep_ in ("amod", "compound") and
                 c.lower_ in BODY_KINDS]
        determined = all((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c in kinds or
                         (c.dep_ in ("amod", "compound") and word != "body" and not capital) for c in left)
        if not determined or not any(c.dep_ == "det" for c in left):
            return None
        if word in ANAPHOR_NOT_WITH_OF and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
    here = sent_of[head.i]
    fits = _description_fits(head, word, country_of) if body is None and not capital and not kinds \
        else (lambda _a: True)
    if fits is None:
        return None
    recent = [a for a, si in reversed(st.bodies()) if 0 <= here - si <= ANAPHOR_REACH and fits(a)]
    reach = CAPITAL_ANAPHOR_REACH if capital else ANAPHOR_REACH
    named = next((a for a, si in reversed(st.bodies()) if 0 <= here - si <= reach and fits(a) and
                  word in a.text.lower().split()), None)
    sectors = (BODY_KIND_SECTORS if kinds else ANAPHOR_SECTORS[word]) if body is None and not capital else ()
    # (members: of a body so named)
    a = named or next((a for a in recent if (a.sector or "")[:3] in sectors), None)
    if a is None:
        return None
    return mentioned_by(a, head, "coref:definite")


#: words that say what kind of body a definite description names, and the sectors of the bodies it can then
#: refer back to: "the militant group" after "the Islamic State", "the rights group" after "Amnesty"
KIND_SECTORS = {
    "militant": ("REB", "IMG"), "armed": ("REB", "IMG"), "jihadist": ("REB", "IMG"), "jihadi": ("REB", "IMG"),
    "extremist": ("REB", "IMG"), "insurgent": ("REB", "IMG"), "rebel": ("REB",),
    "islamist": ("REB", "IMG", "OPP"),
    "paramilitary": ("REB",), "separatist": ("REB", "OPP"), "rights": ("NGO",), "advocacy": ("NGO",),
    "aid": ("NGO",), "humanitarian": ("NGO",), "environmental": ("NGO",), "campaign": ("NGO", "OPP"),
    "opposition": ("OPP",), "protest": ("OPP",),
}
#: heads that an industry word may come before ("the gas company" after "Titan Energy")
TRADE_HEADS = frozenset({"company", "firm"})
#: words that make a company description name another company than the one just named ("the parent company")
OTHER_COMPANY = frozenset({"parent", "rival", "sister", "holding", "shell", "subsidiary", "state", "partner",
                           "client", "target", "successor", "predecessor", "member", "host", "front"})


def _description_fits(head: Token, word: str, country_of: Callable[[Token], str | None] | None):
    """Which earlier bodies a definite description with words before its head can refer back to (a test on
    the actor), or None when those words make it a description of its own: a country's adjective or name
    that must be the body's ("the Palestinian group": Hamas, not Hezbollah), a word of
    :data:`KIND_SECTORS` ("the militant group"), an industry noun before "company"/"firm" ("the gas
    company"); any other word must be in the body's name ("the principals association": the Vermont
    Principals' Association); nothing after the head ("the group of experts that …")."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound")]
    if not mods:
        return lambda _a: True
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.children if c.i > head.i):
        return None
    country, sectors, own = None, set(ANAPHOR_SECTORS.get(word, ())), []
    for m in mods:
        if any(g.dep_ != "punct" for g in m.children):
            return None  # "the largest insurance lobbying group": a description of its own
        low = m.lower_
        place = country_of(m) if country_of is not None and m.text[:1].isupper() else None
        if place is not None and country in (None, place):
            country = place
        elif low in KIND_SECTORS:
            sectors &= set(KIND_SECTORS[low])
        elif not (word in TRADE_HEADS and m.pos_ == "NOUN" and m.dep_ == "compound" and
                  m.is_lower and low not in OTHER_COMPANY):
            own.append(low)  # "the principals association": only a body so named
    if not sectors and not own:
        return None
    def fits(a: Actor) -> bool:
        if country is not None and a.country != country:
            return False
        return all(w in re.findall(r"\w+", a.text.lower()) for w in own) if own else \
            (a.sector or "")[:3] in sectors
    return fits


#: people who make up or work for a body named by the word before them ("council members", "board staff")
MEMBER_NOUNS = frozenset({"member", "staff", "staffer"})


def _body_of_members(head: Token) -> Token | None:
    """The body word of a members noun whose only modifier (besides "the") is a bare body word that can
    refer back (:data:`ANAPHOR_SECTORS`): "council members" → "council" (not "city council members": a
    name of its own, resolved as one)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    left = [c for c in head.children if c.i < head.i and c.dep_ != "punct"]
    bodies = [c for c in left if c.dep_ == "compound" and c.lemma_.lower() in ANAPHOR_SECTORS and
              c.pos_ in ("NOUN", "PROPN") and not any(g.i < c.i for g in c.children)]
    others = [c for c in left if c not in bodies and not (c.dep_ == "det" and c.lower_ == "the")]
    if len(bodies) != 1 or others or bodies[0].lemma_.lower() in ANAPHOR_NOT_WITH_OF:
        return None
    return bodies[0]


#: people who act for a body and are named bare once the body's own were named: "AMO agents requested help
#: … Agents inspected the vessel", "USDA officials conducted an inspection … officials cited violations"
BODY_PEOPLE = frozenset({"agents", "officials", "investigators", "inspectors", "staffers", "employees"})
#: the only words a bare plural may have in front of it
BARE_DETERMINERS = frozenset({"the", "these", "those"})
#: words of :data:`BODY_PEOPLE` that name the same people: "CNN employees … the staffers described"
WORKFORCE = frozenset({"staffers", "employees"})


def bare_plural_antecedent(head: Token, st: _State, sent_of: list[int]) -> Actor | None:
    """The body whose people a bare plural ("agents", "the officials") refers back to: the latest body
    within :data:`ANAPHOR_REACH` sentences named by a phrase ending in the same word ("AMO agents"), or in
    another word for a workforce ("CNN employees … the staffers")."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lower_ not in BODY_PEOPLE:
        return None
    if not all(c.dep_ == "punct" or (c.dep_ == "det" and c.lower_ in BARE_DETERMINERS)
               for c in head.children if c.i < head.i):
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.children if c.i > head.i):
        return None  # "officials in the regions", "officials who …": a description of their own
    here = sent_of[head.i]
    for a, si in reversed(st.bodies()):
        last = a.text.lower().split()[-1]
        if 0 <= here - si <= ANAPHOR_REACH and a.start < head.idx and len(a.text.split()) > 1 and \
                (last == head.lower_ or (last in WORKFORCE and head.lower_ in WORKFORCE)):
            return mentioned_by(a, head, "coref:bare-plural")
    return None


#: nouns that describe a person the story has just named by what he is, not by an office the lexicons carry:
#: "Michael Bloomberg … the billionaire suggested", "Trump … the real estate mogul added"
EPITHET_NOUNS = frozenset({"billionaire", "millionaire", "mogul", "tycoon", "magnate", "businessman",
                           "businesswoman", "entrepreneur", "financier", "industrialist"})
EPITHET_GENDERS = {"businessman": "male", "businesswoman": "female"}
#: how many sentences back an epithet reaches (an age, which must match, a little further)
EPITHET_REACH = 2
AGE_REACH = 3


def age_epithet(head: Token) -> str | None:
    """The age of "the 45-year-old" (the parse's head is "old"), else None."""
    if head.lower_ != "old":
        return None
    year = next((c for c in head.children if c.lower_ in ("year", "years") and c.i < head.i), None)
    age = next((c for c in year.children if c.dep_ == "nummod" and c.is_digit), None) if year else None
    return age.text if age is not None else None


def _aged_mention(doc: Doc, a: Actor, age: str) -> bool:
    """The mention gives the person's age: "John Smith, 45," or "45-year-old John Smith"."""
    text = doc_text(doc)
    return re.match(rf",? \(?{age}\b", text[a.end:a.end + 6]) is not None or \
        re.search(rf"\b{age}-year-old\s+(?:\w+\s+){{0,2}}$", text[max(0, a.start - 40):a.start]) is not None


def epithet_antecedent(head: Token, st: _State, sent_of: list[int]) -> Actor | None:
    """"The billionaire", "the real estate mogul", "the 45-year-old": the person the story named just before
    (within :data:`EPITHET_REACH` sentences; of that age within :data:`AGE_REACH`, of the noun's gender);
    never a phrase that describes someone of its own ("the businessman who …", "a tycoon")."""
    age = age_epithet(head)
    lemma = head.lemma_.lower()
    if age is None and (head.pos_ != "NOUN" or head.tag_ != "NN" or lemma not in EPITHET_NOUNS):
        return None
    left = [c for c in head.children if c.i < head.i]
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in left) or \
            any(c.dep_ == "poss" for c in left) or \
            any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children if c.i > head.i):
        return None
    here, reach = sent_of[head.i], (EPITHET_REACH if age is None else AGE_REACH)
    gender = EPITHET_GENDERS.get(lemma)
    for a, si, _subj in sorted(st.people, key=lambda p: -p[0].start):
        if a.start >= head.idx or not a.person:
            continue
        if here - si > reach:
            return None
        if gender is not None and st.genders.get(person_key(a)) not in (None, gender):
            continue
        if age is not None and not _aged_mention(head.doc, a, age):
            continue
        lo = min(t.i for t in head.subtree)
        sp = head.doc[lo:head.i + 1]
        return replace(a, text=sp.text, start=sp.start_char, end=sp.end_char, rule="coref:epithet",
                       title=carried_title(a))
    return None


#: people named by a role that a bare "the <role>" names again: "A senior US official said … The official
#: added", "Kremlin spokesman Dmitry Peskov said … The spokesman accused"
ROLE_ANAPHORS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
                           "advisor", "diplomat", "envoy", "negotiator", "lawmaker", "legislator", "officer",
                           "commander"})


def role_antecedent(head: Token, st: _State, sent_of: list[int]) -> Actor | None:
    """"The official", "the spokesman": the latest actor within :data:`ANAPHOR_REACH` sentences whose
    mention holds that word ("a senior US official", "Palestinian officials", "Kremlin spokesman Dmitry
    Peskov"), when it has a country; never a phrase with words of its own ("the Israeli official", "the
    official who …": a description of its own, resolved as one)."""
    word = head.lower_
    if head.pos_ != "NOUN" or head.tag_ != "NN" or word not in ROLE_ANAPHORS:
        return None
    if not all(c.dep_ == "punct" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in head.children) or not any(c.dep_ == "det" for c in head.children):
        return None
    here = sent_of[head.i]
    mentions = [(a, si) for a, si, _r, _o in st.groups] + [(a, si) for a, si, _s in st.people]
    for a, si in sorted(mentions, key=lambda m: -m[0].start):
        if a.start >= head.idx or here - si > ANAPHOR_REACH:
            continue
        words = a.text.lower().split()
        if word in words or f"{word}s" in words:
            if not a.country or not a.sector or _named_since(head, a.end, (word, f"{word}s")):
                return None  # (the latest one is of no known country: no guess at an older one)
            return mentioned_by(a, head, "coref:role")
    return None


#: a subject that stands for one of the people just named ("Vice-chancellors were angry. One, who asked not to
#: be named, said …", "Another told Reuters …"); "one of the officers" is a partitive (through_quantity)
ELLIPTICAL_ONE = frozenset({"one", "another"})


def elliptical_one(tok: Token) -> bool:
    """"One" or "another" alone as a clause's subject (no noun of its own, no "of")."""
    return tok.lower_ in ELLIPTICAL_ONE and tok.dep_ in ("nsubj", "nsubjpass") and \
        not any(c.dep_ in ("prep", "det", "amod", "compound") for c in tok.children)


#: plurals with no -s ("police" is a body: "one" of them is an officer, but as a body it is no plural here)
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "staff"})


def plural_noun(tok: Token) -> bool:
    """A plural noun, by its tag where the sentence was parsed, else by its form (sentences no stage reads
    are not tagged)."""
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    low = tok.lower_
    return low in IRREGULAR_PLURALS or looks_plural(low)


def one_of_those_named(da: DocumentActors, head: Token, st: _State, sent_of: list[int]) -> Actor | None:
    """The body of people the bare "one"/"another" is one of: the latest plural group of people named in its
    sentence or the one before ("Two senators criticised the plan. One accused …": a senator)."""
    if not elliptical_one(head):
        return None
    here = sent_of[head.i]
    for a, si, _role, _one in reversed(st.groups):
        if a.start >= head.idx or not 0 <= here - si <= 1 or not a.sector:
            continue
        span = da.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or not plural_noun(span[-1]):
            continue  # "the ministry": one of no people
        return mentioned_by(a, head, "coref:one-of")
    return None


def _named_since(head: Token, since: int, words: tuple[str, ...]) -> bool:
    """One of ``words`` occurs between character offset ``since`` and ``head``: a later mention of the role
    ("a senior official") that resolved to no actor."""
    t = head.doc[head.i - 1] if head.i else None
    while t is not None and t.idx >= since:
        if t.lower_ in words:
            return True
        t = t.nbor(-1) if t.i else None
    return False


#: people or offices who speak or act for whoever owns them: "his spokesman", "its spokeswoman", "an aide
#: to her", "their representatives", "her office" (the owner's actor, when the owner is a pronoun)
OWNERS_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                           "spokespeople", "spokespersons", "aide", "adviser", "advisor", "office",
                           "representative"})
#: pronouns whose antecedent may own such a voice
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their", "him", "them"})
#: prepositions that tie a voice to its owner: "a spokesman for him", "an aide to her", "one of its advisers"
OWNER_PREPS = frozenset({"for", "to", "of"})


def _voice_owner(da: DocumentActors, head: Token) -> tuple[Token, Actor] | None:
    """The pronoun, person or body that owns a voice noun ("his spokesman", "a spokesman for him", "Warren's
    office", "an aide to Warren", "the governor's office", "a representative from Lighthizer's office") and
    its resolved actor."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    for c in head.children:
        if c.dep_ == "prep" and c.i > head.i and (c.lower_ in OWNER_PREPS or c.lower_ == "from"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ == "from":  # (from an office: its holder's)
                objs = [o for g in objs if g.lemma_.lower() == "office"
                        for o in g.children if o.dep_ == "poss"]
            owners += objs
    for t in owners:
        if t.pos_ != "PRON" or t.lower_ in OWNER_PRONOUNS:  # (a pronoun: one that can own a voice)
            a = da.unit_actor(t)
            return (t, a) if a is not None else None
    return None


#: words that still leave a voice noun its owner's: "a senior aide to Warren", "a top adviser"
VOICE_RANKS = frozenset({"senior", "top", "close", "chief"})


def voices_of_owners(da: DocumentActors) -> None:
    """"Erdogan … His spokesman accused Greece", "the ministry … its spokeswoman said", "an aide to Warren",
    "the governor's office": a spokesman, aide or office owned by a pronoun, a person or a body speaks for
    the owner (a pronoun's antecedent), when that is a political actor or a body (a private person's aide is
    nobody's voice; no antecedent, no actor: never a guess). A bare title the phrase made of it gives way
    ("a representative from Lighthizer's office" is his office's, not a legislator)."""
    for k, u in enumerate(da._units):
        head = u.root
        known = da._actor.get(k)
        if (known is not None and (known.country or not known.rule.startswith("title:"))) or \
                head.pos_ != "NOUN" or head.lemma_.lower() not in OWNERS_VOICES or \
                any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ not in VOICE_RANKS)
                    for c in head.children if c.i < head.i):
            continue  # ("a Kremlin spokesman", "a foreign aide": a phrase of their own, resolved as one)
        if head.lemma_.lower() == "office" and head.dep_ not in SUBJECT_DEPS:
            continue  # "met him in his office", "stripped of her office": a room, a post
        owned = _voice_owner(da, head)
        if owned is None:
            continue
        who, owner = owned
        if not owner.code or not owner.sector or owner.sector[:3] == "CVL":
            continue
        top = who  # the owner's phrase as the head's child ("to Warren", "from Lighthizer's office")
        while top.head.i != head.i and top.head.i != top.i:
            top = top.head
        lo = min(min(t.i for t in who.subtree), u.start, *(c.i for c in head.children if c.i < head.i))
        hi = max(max(t.i for t in top.subtree) + 1, u.end)
        sp = da.doc[lo:hi]
        da._actor[k] = replace(owner, text=sp.text, start=sp.start_char, end=sp.end_char, person=None,
                               rule=f"{owner.rule}+voice")
        named = da.unit_actor(head.head) if head.dep_ == "appos" else None
        if named is not None and named.person and not named.country and (named.sector or "CVL") == "CVL" and \
                owner.country:
            # "Ernest Petrič, an advisor to President Pahor, supported …": the person is that voice (of an
            # owner whose country is known: "an adviser to a local businessman" tells nobody's)
            da._actor[da._unit_of[head.head.i]] = replace(owner, text=named.text, start=named.start,
                                                         end=named.end, person=named.person,
                                                         rule=f"{owner.rule}+voice:appos")


#: sectors of no one country: an owner's country does not pass to them
NO_COUNTRY_SECTORS = ("IGO", "NGO", "MNC", "IMG", "WST")


def owned_by_pronoun_owner(da: DocumentActors) -> None:
    """"Singapore urged its residents to leave", "the ministries told their staff": a party of a sector but
    no country, owned by "its"/"their", is of the country of what the pronoun stands for (the clause's
    subject), not of whatever other country the sentence or the story names."""
    for k, u in enumerate(da._units):
        a = da._actor.get(k)
        head = u.root
        if a is None or a.country or not a.sector or a.person or a.sector[:3] in NO_COUNTRY_SECTORS or \
                head.pos_ != "NOUN":
            continue
        pron = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        owner = da.unit_actor(pron) if pron is not None else None
        if owner is None or not owner.country:
            continue
        da._actor[k] = replace(a, code=owner.country + a.code, country=owner.country,
                               rule=f"{a.rule}+owner-country")


#: people who follow a political figure or party: "his supporters", "Trump supporters", "supporters of Park"
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist"})
#: whose followers are the opposition: a figure out of office, an opposition party or leader, a party
FOLLOWED_SECTORS = frozenset({"ELI", "OPP", "PTY"})


def _followed(da: DocumentActors, head: Token) -> tuple[Token, Actor] | None:
    """The owner of a followers noun ("his", "Trump", "of Park") and its resolved actor."""
    owners = [c for c in head.children if c.i < head.i and c.dep_ in ("poss", "compound")]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
               for g in c.children if g.dep_ == "pobj"]
    if len(owners) != 1:
        return None
    a = da.unit_actor(owners[0])
    return (owners[0], a) if a is not None else None


def followers_of_political_figures(da: DocumentActors) -> None:
    """"Sharif … his supporters fought police", "supporters of the ousted president rallied": the followers of
    a figure out of office, an opposition leader or a party are their country's opposition (OPP); a
    government's or a private person's followers, or a figure of no known country's, stay unknown."""
    for k, u in enumerate(da._units):
        head = u.root
        if da._actor.get(k) is not None or head.pos_ != "NOUN" or head.tag_ != "NNS" or \
                head.lemma_.lower() not in FOLLOWER_NOUNS:
            continue
        owned = _followed(da, head)
        if owned is None:
            continue
        owner_tok, owner = owned
        if not owner.country or (owner.sector or "")[:3] not in FOLLOWED_SECTORS:
            continue
        lo = min(owner_tok.i, *(c.i for c in head.children if c.i < head.i), u.start)
        hi = max(u.end, max(t.i for t in owner_tok.subtree) + 1)
        sp = da.doc[lo:hi]
        da._actor[k] = Actor(text=sp.text, code=f"{owner.country}OPP", country=owner.country, sector="OPP",
                             start=sp.start_char, end=sp.end_char, rule=f"followers:{owner.rule}")


#: plural nouns that, as "the two …" or "both …", stand for the two parties just named
PAIR_NOUNS = frozenset({"sides", "leaders", "countries", "nations", "governments", "parties", "men", "women",
                        "presidents", "ministers", "states", "groups", "neighbours", "neighbors", "rivals",
                        "allies", "armies", "factions"})


#: singular nouns that, as "the …", stand for the two parties just named ("Harry and Meghan … The couple")
PAIR_WORDS = frozenset({"pair", "duo", "couple"})


def _names_a_pair(t: Token) -> bool:
    """A subject that stands for two parties: "Both accused …", "Each blamed …", "both of them", "the two
    sides", "both leaders", "the pair" (not "the two Russian officials": a description of its own)."""
    if t.dep_ != "nsubj":  # (a passive's subject is what the act befell: "both were charged")
        return False
    kids = list(t.children)
    if t.lower_ in ("both", "each") and t.pos_ in ("PRON", "DET"):
        return all(c.dep_ == "prep" and c.lower_ == "of" and
                   [g.lower_ for g in c.children] == ["them"] for c in kids)
    left = sorted((c.lower_, c.dep_) for c in kids if c.i < t.i)
    if t.lower_ in PAIR_WORDS and t.tag_ == "NN":
        return left == [("the", "det")]
    if t.lower_ not in PAIR_NOUNS or t.tag_ != "NNS":
        return False
    return left in ([("the", "det"), ("two", "nummod")], [("both", "det")], [("both", "predet")])


def _coordinated_pair(da: DocumentActors, x: Token, persons: bool = False) -> list[Actor] | None:
    """The two actors of "X and Y" headed by ``x`` (exactly two, of two codes; not places: "in A and B");
    with ``persons``, two named persons, of one code or two ("Harry and Meghan", "Lambe and Evans")."""
    if x.dep_ == "conj" or not x.conjuncts:
        return None
    toks = [x, *(c for c in x.conjuncts if c.i > x.i)]
    if len(toks) != 2 or (x.dep_ == "pobj" and x.head.lower_ in LOCATIVE_PREPS):
        return None
    pair = [da.for_token(c) for c in toks]
    if any(a is None or not a.code for a in pair):
        return None
    if persons:
        return pair if all(a.person and not a.rule.startswith("coref:") for a in pair) else None
    return None if pair[0].code == pair[1].code else pair


#: how many sentences back "the pair" / "the couple" reaches for two persons named together
PAIR_WORD_REACH = 20


def _pair_before(da: DocumentActors, sents: list, si: int, t: Token) -> list[Actor] | None:
    """The latest pair "the pair" (and the like) at ``t`` stands for: two actors coordinated in its sentence
    or the one before; for "the pair", "the couple", also two persons named together up to
    :data:`PAIR_WORD_REACH` sentences back ("Harry and Meghan … The couple")."""
    before = [x for x in (*(sents[si - 1] if si else ()), *sents[si]) if x.i < t.i]
    pair = next((p for x in reversed(before) if (p := _coordinated_pair(da, x)) is not None), None)
    if pair is not None or t.lower_ not in PAIR_WORDS:
        return pair
    for sj in range(si, max(si - PAIR_WORD_REACH, 0) - 1, -1):
        for x in reversed([x for x in sents[sj] if x.i < t.i]):
            if (p := _coordinated_pair(da, x, persons=True)) is not None:
                return p
    return None


def pairs_named_before(da: DocumentActors) -> None:
    """"Israel and Hamas agreed to a truce. Both accused Egypt …": a subject that stands for two parties
    refers back to the latest two actors coordinated before it in its sentence or the one before; it acts
    for each (the coder makes one event per party). No such pair: no actor (never a guess)."""
    sents = list(da.doc.sents)
    for si, sent in enumerate(sents):
        for t in sent:
            if not _names_a_pair(t) or da.for_token(t) is not None:
                continue
            pair = _pair_before(da, sents, si, t)
            if pair is None:
                continue
            lo = min(c.i for c in t.subtree)
            sp = da.doc[lo:t.i + 1]
            each = [replace(a, text=sp.text, start=sp.start_char, end=sp.end_char, rule=f"{a.rule}+pair")
                    for a in pair]
            da._actor[da._unit_of[t.i]] = each[0]
            if each[0].code != each[1].code:  # (one code: one actor, one event)
                da.pairs[t.i] = each


_FIRST_PERSON_KEYS = numpy.array(sorted(hash_string(w) for w in FIRST_PERSON), dtype="uint64")


def quote_speakers(da: DocumentActors) -> None:
    """First-person pronouns inside a direct quote stand for the quote's speaker: "“I am asking my colleagues
    …,” Cornyn said" → I = Cornyn; "we" is the speaker's side, not the person."""
    doc = da.doc
    arr = doc.to_array([POS, LOWER])  # one array read: no Token object for every word
    hits = numpy.flatnonzero((arr[:, 0] == PRON) & numpy.isin(arr[:, 1], _FIRST_PERSON_KEYS))
    firsts = [doc[i] for i in hits.tolist() if da._actor.get(da._unit_of[i]) is None]
    if not firsts or not any(c in QUOTE_MARKS for c in doc_text(doc)):
        return
    from tacitus.enrich.quotes import direct_quotes

    quotes = [q for q in continued_quotes(da, direct_quotes(doc, da))
              if q.speaker is not None and q.speaker.code]
    if not quotes:
        return
    added = []
    for t in firsts:
        if not _quoted(da, t.idx):  # between the quote marks themselves ("told us" is the writer's)
            continue
        q = next((q for q in quotes if q.start <= t.idx < q.end), None)
        if q is None or (q.speaker_start or 0) <= t.idx < (q.speaker_end or 0) or \
                _in_inner_quote(doc_text(doc), q.start, t.idx):
            continue
        plural = t.lower_ in ("we", "us", "our", "ourselves")
        a = mentioned_by(q.speaker, t, "coref:quote-speaker", person=None if plural else q.speaker.person)
        da._actor[da._unit_of[t.i]] = a
        added.append(a)
    if added:
        da.mentions = sorted([*da.mentions, *added], key=lambda a: (a.start, -a.end))


def continued_quotes(da: DocumentActors, quotes: list) -> list:
    """``quotes`` (in text order), a quote no cue attributes given the speaker of the quote before it when
    nothing but that speaker's own sentences lies between (“A,” Musa said. / “B. We will …”; or “A,” Musa
    said. / The minister was scathing about X. / “We don't …”): news gives a new speaker a new cue."""
    prev = None
    for q in quotes:
        if q.speaker_start is not None:  # attributed (to a known actor or not): a speaker of its own
            prev = q if q.speaker is not None and q.speaker.code else None
        elif prev is not None and _whole_sentences(da, q) and _speaker_between(da, prev, q):
            q.speaker, prev = prev.speaker, q  # (and the next may go on from this one)
        else:
            prev = None
    return quotes


def _whole_sentences(da: DocumentActors, q) -> bool:
    """Quote ``q`` makes up its sentences, with nothing outside its marks (not “…,” the performer known as
    Flloyd later told a documentarian: a cue the finder missed, a speaker of its own)."""
    doc, text = da.doc, doc_text(da.doc)
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    last = doc.char_span(max(q.end - 1, q.start), q.end, alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return False
    outside = text[first[0].sent.start_char:q.start] + text[q.end:last[-1].sent.end_char]
    return not any(ch.isalnum() for ch in outside)


def _speaker_between(da: DocumentActors, prev, q) -> bool:
    """Between quote ``prev`` and quote ``q`` nothing but the sentence of ``prev``'s cue ("Musa said.") and
    at most one sentence whose subject is ``prev``'s speaker again."""
    doc, key, cue = da.doc, (prev.speaker.code, prev.speaker.person), prev.speaker_start
    between = [s for s in doc.sents if s.start_char >= prev.end and s.end_char <= q.start and
               any(t.is_alpha for t in s) and not (cue is not None and s.start_char <= cue < s.end_char)]
    if len(between) > 1:
        return False
    for s in between:
        subj = next((t for t in s if t.dep_ in SUBJECT_DEPS and t.head == s.root), None)
        a = da.unit_actor(subj) if subj is not None else None
        if a is None or (a.code, a.person if a.person else prev.speaker.person) != key:
            return False
    return True


def _in_inner_quote(text: str, start: int, at: int) -> bool:
    """Offset ``at`` lies in a quote within the quote opened at ``start`` ("did not say ‘Weinstein raped
    me.’": someone else's words); a ’ before a letter is an apostrophe ("I’m"), not a closing mark."""
    opened = text.rfind("‘", start, at)
    if opened < 0:
        return False
    return not any(text[i] == "’" and not text[i + 1:i + 2].isalpha() for i in range(opened + 1, at))


def is_head(doc: Doc, u: _Unit) -> bool:
    """Is this unit the head of a noun phrase (not a modifier, not "rebel" in "rebel-held")?"""
    root = u.root
    if u.end + 1 < len(doc) and doc[u.end].text == "-" and doc[u.end + 1].lemma_.lower() in BLOCKING_LEMMAS:
        return False
    return root.dep_ not in MODIFIER_DEPS or root.head == root


def span_root(sp: Span) -> Token:
    """The token of the span whose head lies outside it (the first one), else the span's last token."""
    for t in sp:
        if t.head.i < sp.start or t.head.i >= sp.end or t.head == t:
            return t
    return sp[-1]


class _State:
    """What the document has told us so far (text order)."""

    def __init__(self, published: dt.date | None):
        self.published = published
        self.persons: dict[str, Actor] = {}
        # organisations, states and groups in text order: (actor, sentence, role: subject / place / other,
        # one office holder: "the commissioner" is no "they")
        self.groups: list[tuple[Actor, int, str, bool]] = []
        self.people: list[tuple[Actor, int, bool]] = []  # person mentions: (actor, sentence, was a subject)
        # one unnamed person ("a female police inspector", "the suspect"): (actor, sentence, gender or None)
        self.described: list[tuple[Actor, int, str | None]] = []
        self.speakers: list[tuple[Actor, int]] = []  # persons who said something: (actor, sentence)
        self.genders: dict[str, str | None] = {}  # surname -> "female" / "male" / None (unknown)
        self.sector_countries: dict[str, set[str]] = {}
        self.acronyms: dict[str, Actor] = {}  # "Institute for Economic Affairs (IEA)": IEA → the institute

    def named(self, name: str) -> Actor | None:
        """The person named ``name`` earlier, by full name or surname ("Johnson" after "Mike Johnson")."""
        return self.persons.get(name.lower()) or self.persons.get(surname(name))

    def group_antecedent(self, sent: int, before: int, plural: bool = False, objective: bool = False,
                         not_at: int | None = None, asker: Actor | None = None) -> Actor | None:
        """What "they"/"it" in sentence ``sent`` refers to: the latest subject group of this sentence or the
        one before, else the latest group that is not a place ("Hamas gunmen stormed a kibbutz in Israel.
        They killed …" is the gunmen), named before offset ``before``; a ``plural`` pronoun never one office
        holder ("the commissioner"); an ``objective`` pronoun prefers an object of its own sentence to its
        subject ("the department added six companies to its blacklist, barring them": the companies); never
        the group starting at ``not_at`` (the subject of the object pronoun's own verb: "groups called it …"
        is not the groups); of a pronoun ``asker`` asks to act (:func:`asker_of_complement`), a group of
        another side, latest of its own sentence first."""
        recent = [g for g in self._recent_groups(sent, before)
                  if not (plural and g[3]) and g[0].start != not_at]
        if asker is not None:  # the one asked: not the asker's side, of this sentence first
            recent = [g for g in recent if g[0].code != asker.code]
            return next((g[0] for here in (True, False) for role in ("other", "place", "subject")
                         for g in recent if (g[1] == sent) == here and g[2] == role), None)
        if objective and any(g[1] == sent and g[2] == "other" for g in recent):
            recent = [g for g in recent if g[1] == sent]
            order = ("other", "subject", "place")
        else:
            order = ("subject", "other", "place")
        for role in order:
            for a, _, r, _ in recent:
                if r == role:
                    return a
        return None

    def counted_antecedent(self, sent: int, before: int, counted) -> Actor | None:
        """What a partitive "them" ("three of them") in sentence ``sent`` refers to: the latest group of this
        sentence or the one before that was named with its number (``counted``), before offset ``before``."""
        return next((g[0] for g in self._recent_groups(sent, before) if counted(g[0])), None)

    def _recent_groups(self, sent: int, before: int) -> list[tuple]:
        """The groups named in sentence ``sent`` or the one before, before offset ``before``, latest first."""
        return [g for g in reversed(self.groups) if 0 <= sent - g[1] <= 1 and g[0].start < before]

    def bodies(self) -> list[tuple[Actor, int]]:
        """Organisations and groups named so far, with their sentence (the groups with a sector: not
        countries)."""
        return [(a, sent) for a, sent, _, _ in self.groups if a.sector]

    def short_name(self, name: str) -> Actor | None:
        """The latest organisation named in full whose last word ``name`` is ("Times": The New York Times)."""
        low = name.lower()
        for a, _ in reversed(self.bodies()):
            words = a.text.lower().split()
            if len(words) > 1 and words[-1] == low:
                return a
        return None

    def note(self, a: Actor, sent: int, sector_words: list[str], role: str = "other",
             one: bool = False) -> None:
        if not a.person and a.code and not a.rule.startswith(("coref:", "carry:sector")):
            self.groups.append((a, sent, role, one))  # (a bare "investigators" is no antecedent of "they")
        if a.person:
            self.persons[a.person.lower()] = a
            words = a.person.lower().split()
            if len(words) > 2 and words[1] in PATRONYMIC_PARTICLES:  # "Mohammed bin Salman" … "Prince
                self.persons.setdefault(words[0], a)  # Mohammed": a patronymic name is cut to the given name
            elif len(words) == 2 and words[0] not in given_names() and (a.sector or "CVL") != "CVL":
                self.persons.setdefault(words[0], a)  # "Minister Wang Yi" … "Wang told": family name first
            key = person_key(a)
            known = self.persons.get(key)
            if known is None or (known.rule.startswith("person:unknown") and a.sector not in (None, "CVL")
                                 and not namesakes(known, a)):
                self.persons[key] = a  # "Can Barger win?" … "supervisor Kathryn Barger": the office
        if a.country and not named_company(a):  # Facebook is no sign that "businesses" are American
            for s in {a.sector, *sector_words} - {None}:
                self.sector_countries.setdefault(s, set()).add(a.country)
