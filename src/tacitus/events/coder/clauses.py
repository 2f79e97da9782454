"""Free predicates over clauses: statements, motives, deeds, people and things, fiction, commands."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.enrich.quote_marks import FIRST_PERSON
from tacitus.events.cameo import CameoTable
from tacitus.events.coder.clues import (
    CASE_ROOTS,
    denial_head,
    virtue_denied,
)
from tacitus.events.coder.frame import (
    CRITIC_SECTORS,
    GENERIC_PEOPLE,
    LAW_ENFORCEMENT,
    PENALTY_VERBS,
    PUNDIT_SECTORS,
    TERROR_CONTEXT,
    URGING,
    Frame,
)
from tacitus.events.lexicon import EventLexicon
from tacitus.events.roles import (
    ActorLookup,
    named_company,
    political,
    relative_clause_tokens,
    same_party,
)
from tacitus.events.speech import content_of, content_tokens
from tacitus.events.syntax import first_child, is_passive
from tacitus.events.triggers import Match, ngrams
from tacitus.model import Actor

#: a judgement said of what would happen on a condition is a warning ("it would be a disaster if …")
CONDITIONAL_AUX = frozenset({"would", "could", "might"})
#: a judgement said of a kind of thing is no one's fault ("trade wars are always bad")
GENERIC_ADVERBS = frozenset({"always", "generally", "usually", "often", "typically"})
#: clauses nested in a statement's content that describe rather than judge: a judging word there is not what
#: the speaker says of anyone ("a group blamed for the coup", "migrants who failed to get asylum", "detained
#: on charges of insulting Islam", "measures to avert a disaster")
DESCRIBING_CLAUSES = frozenset({"relcl", "acl", "advcl", "xcomp"})


def flatly_said(word: Token, content: Token, virtue: bool = False) -> bool:
    """A judging word said outright: no negation (but the one that denies a virtue: "this is not
    legitimate"), no "would" and no "always" on its way up to the content's head and not of the speaker ("no
    member would trust these judges", "I don't think it is a joke", "it would be a disaster if …", "trade
    wars are always bad"); in the content's own clause, not in a clause that describes one of its things
    ("announced that a group blamed for the coup had joined the army")."""
    if word.dep_ == "amod" and word.head.lemma_.lower() in TALLIES:
        return False  # "the worst count since records began": a record, no one's fault
    if word.dep_ == "amod" and word.head.lemma_.lower() in DEGREES:
        return False  # "of extreme importance", "with extreme caution": a degree, no judgement
    if word.dep_ == "compound":
        return False  # "a disaster area", "the crisis zone": the name of a kind of thing, no judgement
    path = _up_to(word, content)
    if any(t.dep_ in DESCRIBING_CLAUSES for t in path if t != content):
        return False  # "one of the groups blamed for the coup", "the worst of the war they fled"
    if any(_conditional_clause(t) for t in path):
        return False
    denial = {denial_head(word).i, word.i} if virtue and virtue_denied(word) else set()
    return not any((c.dep_ == "neg" and t.i not in denial) or (c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in FIRST_PERSON or any(d.lower_ == "no" for d in c.children))) or
        (c.dep_ == "advmod" and c.lower_ in GENERIC_ADVERBS)
        for t in path for c in t.children)


def of_a_course_no_one_takes(word: Token) -> bool:
    """A judging word said of an impersonal "it" and an infinitive with no doer of its own ("it is unfair to
    think they will be content", "it's unconstitutional to put a person like that on trial"): the speaker
    weighs a course in general and names no party at fault."""
    if word.dep_ not in ("acomp", "attr"):
        return False
    subj = first_child(word.head, "nsubj", "expl")
    if subj is None or subj.lower_ != "it":
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and first_child(c, "nsubj") is None and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in (*word.head.children, *word.children))


def named_inside_predicate(pred: Token) -> Token | None:
    """Whom a naming verb names when the parse folds a one-word object into the predicate ("called Trump
    reckless": 'Trump' a compound of 'reckless'): the proper noun just before the predicate."""
    if pred.dep_ != "oprd":
        return None
    return next((c for c in pred.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and
                 c.i == pred.i - 1), None)


#: prepositions that name whom a judged act or attitude is aimed at ("the sanctions against Russia")
AIMED_PREPS = frozenset({"against", "toward", "towards", "on"})


def aimed_at(tok: Token, of_a_noun: bool = True) -> bool:
    """Whom a judged noun is aimed at, not who did it: "the war on Gaza", "a hostile approach toward
    Russia", "illegal sanctions against Iran" judge whoever wages, takes or imposes them; without
    ``of_a_noun``, whom any judged act or effect bears on ("had a chilling effect on the press")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in AIMED_PREPS and (not of_a_noun or prep.head.pos_ == "NOUN")


def credited(tok: Token) -> bool:
    """Whom a harm that did not happen is credited to ("it would have been far worse but for the
    firefighters", "if not for the nurses", "thanks to the volunteers"): praised, not judged by the harm."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i < 2:
        return False
    before = (prep.doc[prep.i - 2].lower_, prep.doc[prep.i - 1].lower_)
    return (prep.lower_ == "for" and (before[1] == "but" or before == ("if", "not"))) or \
        (prep.lower_ == "to" and prep.head.lower_ == "thanks")


def negated_phrases(content: Token, verb: Token) -> set[str]:
    """The content's phrases of two or three words said under a negation ("was not in breach of the law",
    "is not a dead end"): a phrase of judgement there judges no one (single words have denied_word). A phrase
    that opens with the negation says it ("the claims were not true": a dismissal), and is kept."""
    negated = [t for t in content_tokens(content, verb)
               if any(c.dep_ == "neg" for p in _up_to(t, content) for c in p.children)]
    return {w for w in ngrams(negated) if " " in w and w.split()[0] not in NEGATIONS}


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


def of_the_speaker(word: Token, content: Token, source: Actor, actors: ActorLookup) -> bool:
    """The judging word is said of the speaker's own side ("saying that he failed at the time to realize",
    "said that Trinidad and Tobago failed to attend"): a self-assessment, no one else's fault."""
    if word.tag_ in ("JJ", "VBN") and word.head.lemma_.lower() in FEELING_VERBS:
        return False  # "she was ‘appalled’ by these allegations", "remains concerned": a feeling about others
    return any(same_party(a, source) for t in _up_to(word, content) for c in t.children
               if c.dep_ in ("nsubj", "nsubjpass") and (a := actors.for_token(c)) is not None)


#: verbs a speaker's feeling is said with ("I am appalled", "she remains concerned")
FEELING_VERBS = frozenset({"be", "remain", "feel", "grow", "become", "stay"})


def judgeable(a: Actor | None, source: Actor, demand: bool = False) -> bool:
    """Whom a speaker's words can criticise, accuse, praise or make demands of: a political actor or a named
    person of another party, or the press (never of a demand), or a company when the speaker is political
    (coding guide: a company a government acts on is coded); not a country named as a place."""
    return a is not None and a.rule != "place:country" and not same_party(a, source) and \
        (political(a) or bool(a.person) or (a.sector == "MED" and not demand) or
         (named_company(a) and political(source)))


def tells_of_own_case(f: Frame, frames: list[Frame], cameo: CameoTable) -> bool:
    """An accusation in speech that only reports a case against its target ("X is charged with murder,
    police said"), or police or prosecutors telling of what the story codes ("police said 31 people were
    arrested over various crimes"): the charge or arrest is coded, not the telling too."""
    if not f.refined_by.startswith(("speech:accusing", "speech:disparaging")) or f.target is None:
        return False
    inside = {t.i for t in f.match.token.subtree}
    police = law_enforcement(f.source)
    # the police's words about what the story codes ("police fatally shot four men who …, police said")
    return any(g is not f and g.match.token.i in inside and
               (police or (cameo.root(g.code) in CASE_ROOTS and g.target is not None and
                           g.target.code == f.target.code and f.refined_by.startswith("speech:accusing")))
               for g in frames)


#: search verbs whose finding, told in the same sentence, is the act (not "raid": news-gold codes raids 091)
SEARCH_LEMMAS = frozenset({"search", "scour", "comb"})


def search_that_seized(f: Frame, frames: list[Frame]) -> bool:
    """A police search whose finding the sentence tells as a seizure by the same body ("searched her purse and
    found 15 pills", "while searching him, officers retrieved two baggies"): one act, the seizure (1711)."""
    if f.match.entry.id != "police-search" or f.match.token.lemma_.lower() not in SEARCH_LEMMAS or \
            f.source is None:
        return False
    return any(g is not f and g.code == "1711" and g.source is not None and
               (g.source.country, g.source.sector) == (f.source.country, f.source.sector) for g in frames)


def particle_objects(m: Match) -> list[Token]:
    """Objects of a phrase verb's particle the parse read as a preposition ("pulled over a car")."""
    return [o for w in m.words[1:] if w.dep_ == "prep" for o in w.children if o.dep_ == "pobj"]


def bidding(clause: Token) -> bool:
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


def a_bombing_story(doc: Doc) -> bool:
    """The story speaks of bombs, terrorists or militants: its unattributed attacks and blasts are theirs."""
    return any(t.lemma_.lower() in TERROR_CONTEXT for t in doc)


def a_motive(verb: Token) -> bool:
    """A feeling the writer ascribes as the reason or background of an act, which no one voiced: a
    participle adjunct ("resurrect bills, hoping that …") or the past perfect ("had feared that")."""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl") or \
        (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


def held_view(content: Token | None) -> Token | None:
    """What was said, through the speaker's own "he/it believe(s)": "stressed that it believed more
    measures could have been taken" says that more measures could have been taken."""
    if content is None or content.lemma_.lower() not in BELIEF_VERBS:
        return content
    said = first_child(content, "ccomp")
    holder = first_child(content, "nsubj")
    # (a quoted "I think" stays: a view hedged in one's own words is read as such, see flatly_said)
    held = holder is not None and holder.pos_ == "PRON" and holder.lower_ not in FIRST_PERSON
    return said if said is not None and held else content


def dismissed_claim(verb: Token) -> set[int]:
    """Tokens of the claim a speaker dismisses ("said the opposition's demand was unrealistic"): named only
    as what is rejected, it is not coded as an act of its own (coding guide §7)."""
    content = held_view(content_of(verb))
    claim = first_child(content, "nsubj", "nsubjpass") if content is not None else None
    return {t.i for t in claim.subtree} - relative_clause_tokens(claim) if claim is not None else set()


#: verbs by which a speaker states a view as held ("we believe", "he thinks")
BELIEF_VERBS = frozenset({"believe", "think", "feel"})


def in_hindsight(content: Token, modals: set[str]) -> bool:
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


def of_nobody_named(content: Token, actors: ActorLookup) -> bool:
    """A passive clause of a thing, with no doer named: "problems should have been fixed", "more measures
    could have been taken" (not "we should have acted", not "mistakes were made by the council")."""
    subj = first_child(content, "nsubjpass")
    return subj is not None and subj.pos_ != "PRON" and actors.for_token(subj) is None and \
        first_child(content, "agent") is None


def agent_of(tok: Token, verb: Token) -> bool:
    """``tok`` is the doer of a passive ``verb``: "made by House staff members"."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head == verb


def or_else(clause: Token) -> bool:
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
        return private_person(tok)
    only_people = (act in ONLY_PEOPLE_ACTS and (act != "charge" or _charged_with_an_offence(verb))) or \
        _found_guilty(verb)
    if (only_people or custody) and tok.like_num and \
            (tok.dep_ in ("dobj", "nsubjpass") or (verb.dep_ == "acl" and verb.head == tok) or
             (tok.dep_ == "nsubj" and is_passive(verb))) and \
            all(c.dep_ != "prep" or _of_people(c) for c in tok.children):
        # "police arrested 14", "2 held", "twenty of them were charged" (not "20 of the cases were dropped")
        return private_person(tok)  # "police arrested 14"
    if tok.ent_type_ in ("ORG", "NORP", "FAC", "DATE", "TIME", "MONEY", "CARDINAL") or \
            not ((tok.pos_ == "PROPN" and tok.text[:1].isupper()) or
                 tok.lemma_.lower() in PATIENT_NOUNS or tok.lower_ in PATIENT_NOUNS or
                 ((only_people or custody) and (tok.pos_ == "NOUN" or tok.lower_ in PERSONAL_PRONOUNS))) or \
            tok.lemma_.lower() in RECORDS:
        return None  # "a Danbury stonework mason was arraigned", "police later arrested her" (not "a photo
    #                   released by the Department of Corrections")
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN") \
        if tok.pos_ == "PROPN" else None
    return private_person(tok, person=name or None)


def a_deed(child: Token) -> bool:
    """A verb's object that is a deed done, a gerund: "admitted making remarks", "admitted to taking the
    items" (not "admitted that it was too difficult")."""
    if child.dep_ == "prep" and child.lower_ == "to":
        return any(a_deed(g) for g in child.children if g.dep_ == "pcomp")
    return child.tag_ == "VBG" and child.dep_ in ("xcomp", "dobj", "ccomp", "pcomp") and \
        not any(c.dep_ in ("nsubj", "aux", "mark") for c in child.children)


def _found_guilty(verb: Token) -> bool:
    """"Was found guilty", "found liable": a verdict, which befalls a party as a conviction does (not "police
    found 20 grams of meth")."""
    return verb.lemma_.lower() == "find" and \
        any(c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in ("guilty", "liable") for c in verb.children)


#: the lexicon class of :func:`a_possessed_person`
PRIVATE_PERSONS = frozenset({"private_persons"})


def a_possessed_person(tok: Token, lex: EventLexicon) -> bool:
    """A person noun the actor lexicons do not know, whom a possessive or a modifier does not make its
    owner's party: one of :data:`PRIVATE_PERSONS` or one told by an age ("its 28-year-old creator", "her
    client"; not "its leader", "their government")."""
    return lex.in_class(tok.lemma_.lower(), PRIVATE_PERSONS) or any(
        c.dep_ == "amod" and c.lower_ == "old" and
        any(g.lemma_.lower() in ("year", "month") for g in c.children) for c in tok.children)


def private_person(tok: Token, rule: str = "patient:someone", person: str | None = None) -> Actor:
    """A private person (CVL) of no country yet, the one the word ``tok`` names or describes ("Sullivan",
    "the 48-year-old", "14", "the creator"), found by ``rule``."""
    return Actor(text=tok.text, code="CVL", country=None, sector="CVL", start=tok.idx,
                 end=tok.idx + len(tok.text), rule=rule, person=person)


def _an_age(tok: Token) -> bool:
    """"the 48-year-old", "a 19-year-old": an age standing for the person (parsed as the adjective "old"
    with its "year" measure)."""
    return tok.lower_ == "old" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        any(c.lemma_.lower() in ("year", "month") and c.i < tok.i for c in tok.children)


def _of_people(prep: Token) -> bool:
    """"of them", "of the men", "of the suspects": a share of a group of people."""
    return prep.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lower_ in PERSONAL_PRONOUNS or o.lemma_.lower() in PATIENT_NOUNS or
                              o.lemma_.lower() in GENERIC_PEOPLE) for o in prep.children)


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
    "indecent", "cruelty", "disorderly", "disturbing", "neglect", "intoxication", "trespassing",
    "shoplifting", "larceny", "carjacking", "racketeering", "menacing", "tampering", "evading", "eluding",
    "prostitution", "solicitation", "aggravated", "unlawful", "misconduct", "molestation"})
#: police and court acts done only to people ("charge" only with "with": "was charged with fraud")
ONLY_PEOPLE_ACTS = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "arraign", "indict",
                              "charge", "convict", "sentence", "handcuff", "book"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "oneself"})
#: nouns a judging adjective only intensifies ("of extreme importance", "with extreme care")
DEGREES = frozenset({"importance", "significance", "urgency", "caution", "care", "priority", "relevance"})
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


def a_person(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.person)


def _named(tok: Token) -> bool:
    """A name, even one the tagger took for a common noun ("fired Reams")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start)


#: documents that bind: what they require of a party is a restriction imposed on it (172), not a demand
LAWS = frozenset({"law", "rule", "regulation", "ordinance", "decree", "bill"})


#: documents and systems whose content "it" tells once made ("Israel built the system. It requires …")
DOCUMENTS = LAWS | frozenset({"act", "legislation", "statute", "measure", "amendment", "provision",
                              "directive", "system", "program", "programme", "app", "application", "software",
                              "policy"})
#: verbs that make or pass a document, after which "it" is the document ("The Senate passed the bill. It")
MAKING_DOCUMENTS = frozenset({"pass", "adopt", "approve", "enact", "sign", "build", "create", "launch",
                              "introduce", "draft", "unveil", "develop", "design", "deploy", "write",
                              "propose", "implement", "issue"})


def it_antecedent(subj: Token | None, main: bool = False) -> Token | None:
    """The latest subject or object noun of the sentence and the one before that a subject "it" may stand
    for ("The report contains … It recommends …": the report); with ``main``, of a main clause only."""
    if subj is None or subj.lower_ != "it" or subj.dep_ != "nsubj":
        return None
    sent = subj.sent
    before = list(subj.doc[sent.start - 1].sent) if sent.start > 0 else []
    return next((t for t in reversed([*before, *subj.doc[sent.start:subj.i]])
                 if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ in ("NOUN", "PROPN") and
                 t.tag_ not in ("NNS", "NNPS") and (not main or t.head.dep_ == "ROOT")), None)


def it_stands_for_a_document(subj: Token | None) -> bool:
    """A subject "it" whose latest antecedent is a document or a system the text has just named as its
    subject or as what someone made or passed: "The Senate passed the bill. It required the Army to report"
    tells the bill's content (not "China criticized the policy. It also banned …")."""
    last = it_antecedent(subj)
    if last is None or last.lemma_.lower() not in DOCUMENTS:
        return False
    return last.dep_ != "dobj" or last.head.lemma_.lower() in MAKING_DOCUMENTS


def a_thing(tok: Token | None) -> bool:
    """An object that is no one: "these numbers", "the escalation", "it" (not "him", "Bushnell", "the
    protesters")."""
    if tok is None or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("it", "this", "that")
    return tok.pos_ == "NOUN" and not _named(tok) and tok.lemma_.lower() not in GENERIC_PEOPLE


def contenders(actor: Actor | None) -> bool:
    return actor is not None and (actor.sector or "")[:3] in CONTENDERS
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


def same_one(a: Actor, b: Actor) -> bool:
    """:func:`same_party`, but two private persons, who all share the code CVL, are one only by the same name
    or the same words ("the woman told police that she …": whom the pronoun stands for)."""
    if (a.sector or "")[:3] != "CVL" or (b.sector or "")[:3] != "CVL" or (a.person and b.person):
        return same_party(a, b)
    return (a.start, a.end) == (b.start, b.end) or a.text.lower() == b.text.lower()


#: sectors of those who protest, not of whom protests are against ("activists sparked protests")
PROTESTING_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "REF"})
#: the armed bodies a bare noun modifier names as the author of an act ("a police shooting", "army shelling")
ARMED_MODIFIERS = {"police": "COP", "army": "MIL", "military": "MIL", "troop": "MIL", "soldier": "MIL"}


def law_enforcement(actor: Actor | None) -> bool:
    """The police or the prosecution and courts."""
    return actor is not None and (actor.sector or "")[:3] in LAW_ENFORCEMENT


#: words of a government body that polices: "the Georgian authorities are investigating", "the interior
#: ministry said the investigation …"
POLICING_GOVERNMENT_WORDS = frozenset({"authorities", "interior", "home"})


def policing_body(actor: Actor | None) -> bool:
    """The police, the prosecution and courts, or "the authorities" and an interior ministry, who investigate
    and arrest for the state (not who demolish a home: "Israeli authorities demolished the homes of …")."""
    return law_enforcement(actor) or (actor is not None and (actor.sector or "")[:3] == "GOV" and
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


def plain_statement(f: Frame) -> bool:
    """A speech act coded as nothing more than a statement (010)."""
    return f.match.entry.speech and f.code == f.match.entry.code


def _specificity(f: Frame) -> tuple[int, int, int]:
    return (len(f.code), int(f.target is not None), int(f.match.context == "verb"))


#: object pronouns that stand for people ("it" stands for a thing or a body)
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "himself", "herself",
                                    "themselves"})


def person_pronoun_object(verb: Token) -> bool:
    """The verb's direct object is a pronoun for people: "they killed them", "stabbed her"."""
    return any(c.dep_ == "dobj" and c.lower_ in PERSON_OBJECT_PRONOUNS for c in verb.children)


def spoke_together(verb: Token) -> bool:
    """Parties who "spoke" with no topic, audience nor manner told ("Erdogan and Putin also spoke", "… spoke
    on Tuesday"): to each other; not "spoke about the crisis", "spoke out", "spoke at the rally"."""
    for c in verb.children:
        if c.dep_ in ("prt", "dobj", "ccomp", "xcomp", "advcl", "acomp", "oprd"):
            return False
        if c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children):
            return False
    return True


#: prepositions of where a bomb was set off or left ("at the Christmas market", "by the town hall")
PLACE_PREPS = frozenset({"at", "in", "near", "by", "outside", "on", "inside", "under", "beside"})


def bombed_place(verb: Token) -> Token | None:
    """Where a bombing's verb set off or left the bomb, when it names no victim: aimed at the public there
    ("planted a bomb at the Christmas market"; the phrase may hang on "a bag containing a bomb")."""
    heads = [verb, *(a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl")]
    return next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                 for g in c.children if g.dep_ == "pobj"), None)


def will_not(verb: Token) -> bool:
    """A negated act stated of the future: "will not", "won't", "would never", "are not going to" (not "did
    not")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_NEGATABLE for c in verb.children):
        return True
    going = verb.head  # "we are not going to negotiate": the verb under "going", which carries the negation
    return verb.dep_ == "xcomp" and going.lower_ == "going" and \
        any(c.dep_ == "aux" and c.lemma_ == "be" for c in going.children)


#: words of a negation that open a phrase of judgement ("not true", "not accurate")
NEGATIONS = frozenset({"not", "n't", "never"})
#: auxiliaries of a stated resolve ("will not", "won't", "would not", "shall never")
FUTURE_NEGATABLE = frozenset({"will", "wo", "'ll", "would", "shall"})
#: roots of cooperation whose stated refusal by a party rejects the other (03–08: cooperate … yield)
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: roots of pressure a party declares it will not bow to (13 threaten, 17 coerce)
COERCIVE_ROOTS = frozenset({"13", "17"})


def owned_by_pronoun(tok: Token | None) -> bool:
    """"its forces", "our troops": the speaker's own side."""
    return tok is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


#: possessives that tie a person to a third party, not to the speaker ("her boyfriend", "his son")
THIRD_PARTY_OWNERS = frozenset({"his", "her", "their"})


def of_a_third_party(tok: Token | None) -> bool:
    """A person named by his tie to someone the story tells of ("her boyfriend", "his son", "their
    neighbour"): not the speaker's own side as "its forces" or "our officers" are (a suspect the police tell
    of is anyone's relative)."""
    return tok is not None and any(c.dep_ == "poss" and c.lower_ in THIRD_PARTY_OWNERS for c in tok.children)
