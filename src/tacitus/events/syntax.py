"""Small helpers over spaCy dependency parses: subjects, objects, prepositions, clauses."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "obj")
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj"})
COMPLEMENT_DEPS = ("xcomp", "ccomp")


def particle(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prt":
            return c.lower_
    return None


def is_passive(verb: Token) -> bool:
    """A passive verb, or a past participle joined to one ("was deposed and assassinated")."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.dep_ == "acl" and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(
            c.dep_ in ("dobj", "nsubj") for c in verb.children))):
        # a reduced relative: "a man arrested in Lyon", "Mason charged with sex assault" (not a noun's
        # content clause with its own subject: "reports that Israel struck", "a statement that she was ready")
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and \
            not any(c.dep_ in ("nsubj", "aux") for c in verb.children) and not in_a_finite_series(verb):
        return True  # a participle adjunct: "she is in jail, accused of robbery"
    if (verb.dep_ in ("ROOT", "csubj") or _before_attribution(verb)) and _headline_passive(verb):
        # a headline's passive without its auxiliary: "Man accused of stabbing neighbor", "Juvenile arrested
        return True  # in Oxford bar had mother's blessing" (parsed as the clause subject of "had")
    if verb.dep_ != "conj" or verb.head.i == verb.i or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    return (verb.tag_ == "VBN" or _mistagged_participle(verb)) and is_passive(verb.head)


def _mistagged_participle(verb: Token) -> bool:
    """A participle the tagger took for a past tense in a passive series: "was sentenced to 20 years and
    fined $16.6 million" (a verb that befalls its subject, with no object but an amount)."""
    return verb.tag_ == "VBD" and verb.lemma_.lower() in HEADLINE_PASSIVES and \
        not any(c.dep_ in ("dobj", "obj") and not _an_amount(c) for c in verb.children)


def _an_amount(tok: Token) -> bool:
    """"$1,000", "16.6 million", "a $500 fine"'s amount: a number or a sum of money."""
    return tok.like_num or tok.tag_ == "CD" or tok.ent_type_ == "MONEY"


def in_a_finite_series(verb: Token) -> bool:
    """A past tense the parser took for a participle adjunct in a series of its subject's acts: "met the
    father, condoled with him and offered prayers" (its last member a past tense too)."""
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].lower_ == ","
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and after_comma and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children) and \
        any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)


#: verbs a headline uses in the passive with its subject the one it befalls ("Man charged with murder")
HEADLINE_PASSIVES = frozenset({"accuse", "charge", "arrest", "indict", "convict", "sentence", "jail",
                               "detain", "kill", "shoot", "stab", "injure", "wound", "attack", "sue", "fine",
                               "cite", "book", "hold", "kidnap", "abduct", "rob", "beat", "assault", "deport",
                               "expel", "ban", "bar", "suspend", "fire", "dismiss", "acquit", "free", "set"})
#: headline acts whose past form with no object is a passive ("Man cited for speeding", "Woman jailed for …")
OBJECT_ONLY_ACTS = frozenset({"cite", "ticket", "fine", "arrest", "jail", "indict", "convict", "sentence"})
HEADLINE_PREPS = frozenset({"of", "with", "for", "in", "after", "on", "over", "by", "at", "from"})


#: verbs of a trailing attribution: "Father arrested after retrieving gun, reports say"
ATTRIBUTION_VERBS = frozenset({"say", "report", "allege", "claim"})


def _before_attribution(verb: Token) -> bool:
    """The clause reported by an attribution that follows it ("…, police say")."""
    return verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_.lower() in ATTRIBUTION_VERBS


def _headline_passive(verb: Token) -> bool:
    """"Man accused of possessing child porn", "Woman arrested for …": a subject and a participle (or a
    past form of an act no one does without an object) with no auxiliary, no object and a preposition."""
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr") for c in kids) or \
            not any(c.dep_ == "nsubj" for c in kids) or verb.lemma_.lower() not in HEADLINE_PASSIVES:
        return False
    prep = next((c for c in kids if c.dep_ in ("prep", "agent") and c.i > verb.i), None)
    if prep is None or prep.lower_ not in HEADLINE_PREPS:
        return False
    # "Woman accused (VBD) of attacking …"; "Man cited (VBD) for speeding": an act none does without an object
    return verb.tag_ == "VBN" or prep.lower_ in ("of", "with") or verb.lemma_.lower() in OBJECT_ONLY_ACTS


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def first_child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def to_infinitive(comp: Token | None) -> bool:
    """The complement is a to-infinitive ("asked them to leave")."""
    return comp is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia and Syria" → [Russia, Syria])."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "PRON") and not _stranded_subject_of(c):
            out.append(c)
    return out


LISTING_NOUNS = frozenset({"country", "nation", "state", "government", "ally", "partner", "member", "power",
                           "neighbour", "neighbor", "capital", "party"})


def listed_members(noun: Token) -> list[Token]:
    """The named parties a plural noun of countries or allies lists: "several EU countries — Austria, Slovakia
    and Greece —", "allies, including France and Germany,", "three countries protested: France, Italy and
    Spain" (a list after a colon closing the clause the noun is the subject of)."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in LISTING_NOUNS:
        return []
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return with_conjuncts(c)
        if c.dep_ == "prep" and c.lower_ == "including":
            obj = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if obj is not None:
                return with_conjuncts(obj)
    if noun.dep_ not in SUBJECT_DEPS:
        return []
    doc = noun.doc
    after_colon = (c for c in noun.head.children if c.i > noun.head.i and c.pos_ == "PROPN" and
                   c.dep_ in ("npadvmod", "appos", "dep") and doc[c.i - 1].text == ":")
    listed = next(after_colon, None)
    return with_conjuncts(listed) if listed is not None and listed.conjuncts else []


def someone_else(noun: Token) -> bool:
    """A noun phrase that names a second person of the same kind: "pulled a gun on another man", "one girl
    stabbed the other girl" (the man, the girl before it are not the one it names)."""
    return any((c.dep_ in ("det", "amod") and c.lower_ in ("another", "other")) for c in noun.children)


def _stranded_subject_of(noun: Token) -> Token | None:
    """The verb a conjoined noun is the misparsed subject of: "Britain expelled 23 diplomats and Canada
    expelled four" hangs "Canada" on "diplomats" and leaves the second "expelled" without a subject."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ != "conj" or nxt is None or nxt.dep_ != "conj" or nxt.pos_ != "VERB" or \
            any(c.dep_ in SUBJECT_DEPS for c in nxt.children):
        return None
    return nxt if noun.head.head.i == nxt.head.i else None


def pobj_of(tok: Token, preps: tuple[str, ...] | frozenset[str]) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs for prepositions attached to ``tok`` (incl. "according to")."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp", "obj"):
                    yield c.lower_, o


#: prepositions that make a gerund an adverbial of the clause it hangs on ("after ignoring an order")
ADJUNCT_PREPS = frozenset({"after", "before", "by", "since", "upon", "on", "while", "through"})
#: verbs whose "in" gerund their subject does with others ("joined Washington in cutting aid")
JOINING_VERBS = frozenset({"join", "lead", "persist", "succeed", "participate", "engage"})
#: verbs whose "of" / "with" / "for" gerund is what the accused did ("accused of stabbing")
ACCUSING_VERBS = frozenset({"accuse", "charge", "convict", "arrest", "indict", "suspect", "sentence", "jail"})
#: nouns of trying or choosing whose infinitive their owner does ("the Times's decision to endorse Warren",
#: "the Kremlin's attempt to blame Kyiv")
DECIDING_NOUNS = frozenset({"decision", "vote", "move", "choice", "attempt", "effort", "bid"})


#: verbs whose passive subject is sent to do what a purpose clause says ("troops were deployed to disperse
#: the crowd"; not "the road was closed to stop the march": its closer's purpose)
DISPATCH_VERBS = frozenset({"call", "send", "deploy", "dispatch", "summon", "rush", "fly", "bring",
                            "mobilize", "mobilise", "assign", "station", "scramble"})


#: verbs whose object's infinitive is asked, ordered or allowed, not done: "encourages patients to talk"
DIRECTIVE_VERBS = frozenset({
    "encourage", "urge", "ask", "request", "order", "instruct", "advise", "invite", "allow", "permit",
    "authorize", "authorise", "press", "pressure", "implore", "beg", "tell", "challenge", "dare", "remind",
    "warn", "call", "require", "push",
})
#: verbs whose object does what their infinitive says ("persuaded Seoul to impose sanctions", "prompted
#: inspectors to return", "told Israel to withdraw"): the object, not the subject, is its doer — the
#: directive verbs and the verbs that bring it about
OBJECT_CONTROL_VERBS = DIRECTIVE_VERBS | {
    "persuade", "convince", "prompt", "force", "compel", "oblige", "lead", "drive", "cause", "spur", "get",
}


def _controlling_object(verb: Token) -> Token | None:
    """The object of an object-control verb whose infinitive ``verb`` is ("urged Kyiv to negotiate": Kyiv)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in OBJECT_CONTROL_VERBS or \
            not to_infinitive(verb):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


#: adjectives whose infinitive (or gerund) tells an act done ("was quick to condemn", "the first to recognise
#: Kosovo", "was busy attacking him")
DONE_ADJECTIVES = frozenset({"quick", "swift", "fast", "slow", "first", "last", "right", "wrong", "careful",
                             "busy"})
#: adjectives whose infinitive tells an act intended ("ready to negotiate", "prepared to meet Putin"); an
#: inability or a reluctance ("unable to stop before striking") tells no act of its subject's
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "keen", "determined", "committed",
                               "happy", "glad", "poised", "set", "open", "anxious"})
ACTING_ADJECTIVES = INTENT_ADJECTIVES | DONE_ADJECTIVES


def cleft_focus(clause: Token) -> Token | None:
    """The focus of a cleft the parse took for a complement clause: "It was Hamas that attacked …": Hamas."""
    be = clause.head
    if clause.dep_ != "ccomp" or be.i >= clause.i or be.lemma_ != "be":
        return None
    if first_child(be, "nsubj") is None or first_child(be, "nsubj").lower_ != "it":
        return None
    focus = first_child(be, "attr")
    return focus if focus is not None and focus.i < clause.i else None


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, following coordination, control and relative clauses upward."""
    seen = 0
    tok = verb
    deps: tuple[str, ...] = SUBJECT_DEPS
    while tok is not None and seen < 4:
        seen += 1
        s = first_child(tok, *deps)
        if s is None and tok is verb and (as_subject := _as_clause_subject(verb)) is not None:
            return as_subject  # "comes as the county, which owns it, has threatened …"
        if s is None and tok is verb and verb.dep_ == "conj" and verb.i > 0 and \
                _stranded_subject_of(verb.doc[verb.i - 1]) is verb:
            return verb.doc[verb.i - 1]  # "… and Canada expelled four": Canada
        if s is not None and tok is verb and (as_subject := _as_clause_in_subject(verb, s)) is not None:
            return as_subject  # "Jobs at risk as pubs and restaurants slam the decision": the pubs
        if s is not None:
            if s.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                return described_subject(tok.head) or tok.head
            focus = cleft_focus(tok) if s.lower_ in ("who", "that") else None
            return focus if focus is not None else s
        if tok is verb and _reporter_goes_on(verb):
            tok = verb.head.head  # "the minister said the talks were useful and added that …": the minister
            continue
        controller = _controlling_object(tok)
        if controller is not None:
            return controller
        if tok.dep_ in ("conj", "xcomp") and tok.head != tok:
            # "Xi is expected to visit", "troops were ordered to withdraw": the passive subject; and that of
            # a passive an active verb is joined to ("the convoy was attacked and returned fire")
            shared = tok.dep_ == "xcomp" or (tok.dep_ == "conj" and not is_passive(tok))
            deps = (*SUBJECT_DEPS, "nsubjpass") if shared else SUBJECT_DEPS
            tok = tok.head
            continue
        if tok.dep_ == "acomp" and tok.head != tok and tok.lemma_.lower() in ACTING_ADJECTIVES:
            tok = tok.head  # "Kyiv is ready to negotiate", "was prepared to meet Putin": the copula's subject
            continue
        owner = _absolute_subject(tok) if tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG" else None
        if owner is not None:
            return owner  # "…, with Haley once calling him a disgrace": Haley
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG"):
            return tok.head  # "… which owns", "a brief urging Congress"
        seen_doing = _seen_doing(tok)
        if seen_doing is not None:
            return seen_doing  # "the video shows the suspect assaulting a girl": the suspect
        if tok.dep_ == "advcl" and (tok.tag_ == "VBG" or in_a_finite_series(tok)):  # "..., killing 20 people"
            if _speaker_goes_on(tok):
                tok = tok.head.head  # "the party said its activists were arrested, accusing the police …"
                continue
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("of", "with", "for") and \
                tok.head.head.lemma_.lower() in ACCUSING_VERBS:
            # "Bassett is accused of stabbing him", "charged them with killing": the accused did it; "a man
            # accused of stabbing an officer": the one the reduced relative clause describes
            accusing = tok.head.head
            accused = first_child(accusing, "nsubjpass", "dobj")
            if accused is None and accusing.dep_ == "acl" and accusing.tag_ == "VBN":
                accused = accusing.head
            if accused is None and is_passive(accusing):  # a headline: "Woman accused of attacking people"
                accused = first_child(accusing, "nsubj")
            return accused
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "as" and \
                tok.head.head.pos_ == "VERB" and first_child(tok.head.head, "dobj") is not None:
            return first_child(tok.head.head, "dobj")  # "cited security sources as saying": the sources
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ADJUNCT_PREPS and \
                tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i != tok.i:
            # "By recalling its ambassador, Slovenia …", "joined the convoy after ignoring an order": an
            # adverbial gerund's doer is the subject of the clause it modifies, passive or not (not "for":
            # what one is cited or criticised for is a ground, not an act told)
            tok = tok.head.head
            deps = (*SUBJECT_DEPS, "nsubjpass")
            continue
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "in" and \
                tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in JOINING_VERBS:
            tok = tok.head.head  # "Britain joined the United States in condemning the attack": Britain
            continue
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and \
                to_infinitive(tok):
            # "walked up to Kim to congratulate him": a purpose clause shares its subject; "police were
            # called to the store to investigate": those sent on an errand are who does it
            deps = (*SUBJECT_DEPS, "nsubjpass") if tok.head.lemma_.lower() in DISPATCH_VERBS else SUBJECT_DEPS
            tok = tok.head
            continue
        if _decided_infinitive(tok):
            return _decider(tok.head)
        if _misparsed_participle_subject(tok):
            return first_child(tok.head, "nsubj")
        return None
    return None


#: verbs whose predicate noun describes their subject ("is a racist", "remains a critic")
COPULAS = frozenset({"be", "remain", "become"})
#: pronoun subjects a predicate noun describes (not a cleft's "it": "it was Hamas that fired" is Hamas)
NAMING_PRONOUNS = frozenset({"he", "she", "they"})


def conjoined_patient(verb: Token) -> Token | None:
    """The passive subject a conjoined passive ``verb`` with none of its own shares with the verbs before it
    ("was deposed and assassinated"; "was charged, was arrested and is being held on bond", where each
    conjunct hangs on the one before); with an auxiliary of its own, also an active subject ("hid out with
    a friend, but was arrested"). The climb stops at the first verb with a subject."""
    own_aux = first_child(verb, "auxpass") is not None
    head = verb.head
    for _ in range(4):
        patient = first_child(head, *PASSIVE_SUBJECT_DEPS)
        active = first_child(head, "nsubj")
        if patient is not None or active is not None:
            return patient if patient is not None else (active if own_aux else None)
        if head.dep_ != "conj" or head.head == head:
            return None
        head = head.head
    return None


def _named_before_its_title(noun: Token) -> Token | None:
    """The person a title in apposition names, when "who" hangs on the place or body the title is "of" or
    "for" ("Ann Lee, the Labour MP for Leeds Central, who …", "Ann Lee, the mayor of Springfield, who …"):
    Ann Lee, not the seat or the town."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("of", "for") or noun.ent_type_ == "PERSON" or noun.pos_ != "PROPN":
        return None
    title = prep.head
    if title.dep_ != "appos" or title.head.i >= title.i or title.head.ent_type_ != "PERSON":
        return None
    return title.head


def described_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes, when a relative clause hangs on the predicate: "He is a
    racist who insulted the president", "Kim is a hardliner, a man who …": he, Kim; "the other three are A, B
    and C, who …" is C alone."""
    named = _named_before_its_title(noun)
    if named is not None:
        return named
    if noun.dep_ == "appos" and noun.head.i != noun.i:  # "a hardliner, a man who …"
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in COPULAS:
        return None
    subj = first_child(noun.head, "nsubj")
    # (a name or a pronoun: "the man is a racist who …" is no one the story has named)
    named = subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in NAMING_PRONOUNS)
    return subj if named else None


#: verbs by which a speaker goes on saying
GOING_ON_VERBS = frozenset({"say", "add", "note", "stress", "insist", "explain", "state", "emphasize",
                            "emphasise"})


#: participles by which a speaker goes on to say, blame or ask something more
SAYING_PARTICIPLES = GOING_ON_VERBS | frozenset({"accuse", "blame", "call", "claim", "urge", "warn", "demand",
                                                 "describe", "denounce", "condemn", "criticize", "criticise",
                                                 "argue", "allege", "charge", "vow", "pledge"})


#: verbs of seeing or recording someone in an act, whose object (or passive subject) is the participle's doer
PERCEIVING_VERBS = frozenset({"see", "watch", "show", "film", "witness", "spot", "catch", "hear", "observe",
                              "depict", "capture", "record", "photograph", "videotape"})


def _seen_doing(participle: Token) -> Token | None:
    """Who a verb of seeing shows in the act of the "-ing" participle the parse hung on it as an adverbial:
    "the footage showed the accused, a local man, kicking a guard" (the man, not the footage); "were caught
    on camera stealing cars" (the passive subject). An adjunct after a plain comma is the subject's own
    ("police caught the man, using cameras"), and so is one of a passive with a "by" agent."""
    verb = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or verb.i >= participle.i or \
            verb.lemma_.lower() not in PERCEIVING_VERBS or _counted(verb):
        return None
    if is_passive(verb):
        seen = first_child(verb, "nsubjpass")
        return seen if seen is not None and agent(verb) is None else None
    seen = next((c for c in verb.children if c.dep_ == "dobj" and c.i < participle.i), None)
    if seen is None:
        return None
    gap = participle.doc[seen.right_edge.i + 1:participle.i]
    closes_insertion = any(t.text == "," for t in seen.subtree) and \
        [t.text for t in gap if t.pos_ != "ADV"] == [","]  # "the police, in riot gear, beating …"
    return seen if closes_insertion or all(t.pos_ == "ADV" for t in gap) else None


#: nouns of counting that "show" a standing, not an act seen ("polling showing her beating Biden")
COUNTING_NOUNS = frozenset({"poll", "polling", "survey", "data", "figure", "number", "result", "count",
                            "statistic", "study", "forecast", "projection", "tally"})


def _counted(verb: Token) -> bool:
    """A verb of showing whose shower is a poll or figures (its head noun, or its subject)."""
    shower = verb.head if verb.dep_ == "acl" else first_child(verb, "nsubj")
    return shower is not None and shower.lemma_.lower() in COUNTING_NOUNS


def _speaker_goes_on(participle: Token) -> bool:
    """A participle of saying the parse hung on the passive clause a speaker reports, which names no doer:
    "the party said nine activists were arrested, accusing the authorities of terror" (the party accuses, not
    the activists; "…, killing 20 people" after a passive is the act's own consequence, no speech)."""
    told = participle.head
    return participle.tag_ == "VBG" and participle.lemma_.lower() in SAYING_PARTICIPLES and \
        told.dep_ == "ccomp" and is_passive(told) and not any(c.dep_ in SUBJECT_DEPS for c in told.children) \
        and told.head.lemma_.lower() in ATTRIBUTION_VERBS | GOING_ON_VERBS


def _as_clause_subject(verb: Token) -> Token | None:
    """The subject of an "as" clause the parse took for a preposition: the noun after an "as" hung on the
    main verb, the clause's verb joined to it with no "and" or as an adverbial clause ("the pressure comes as
    the county, which owns the site, has threatened the zoo": the county threatens, not the pressure; "the
    truce collapsed as Ankara and the rebels accused the army …"), or hung on the clause's verb itself ("…,
    as the chairman told reporters"). Only a finite active verb with nothing but its auxiliaries, adverbs
    and prepositional phrases between it and the noun."""
    head = verb.head
    if is_passive(verb) or not (verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i]
    joined = verb.dep_ == "advcl" or \
        (verb.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < verb.i for c in head.children))
    if joined and head.i < verb.i:
        preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "as" and head.i < c.i < verb.i]
    for c in preps:
        noun = first_child(c, "pobj")
        if noun is None or noun.i >= verb.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        gap = verb.doc[noun.right_edge.i + 1:verb.i]
        if not any((t.pos_ in ("VERB", "AUX") and t.head != verb) or t.dep_ == "mark" for t in gap):
            return noun
    return None


def _as_clause_in_subject(verb: Token, subj: Token) -> Token | None:
    """The subject of an "as" clause the parse buried in the subject of its verb, in a headline with no verb
    before "as": "Thousands of jobs at risk as pubs and restaurants slam the decision" (the pubs slam, not the
    jobs). The "as" hangs inside the subject, not on its head ("Obama as president signed" is Obama's), and
    its noun ends right before the finite verb."""
    if verb.tag_ not in FINITE_TAGS or is_passive(verb) or subj.i >= verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and subj.i < c.i), None)
    if mark is not None:  # both subjects on the verb: "Jobs at risk as farmers slam …"
        return next((c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < verb.i), None)
    for c in subj.subtree:
        if c.dep_ != "prep" or c.lower_ != "as" or c.head == subj:
            continue
        noun = first_child(c, "pobj")
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and \
                all(t.pos_ == "ADV" for t in verb.doc[noun.right_edge.i + 1:verb.i]):
            return noun
    return None


#: tags of finite verbs
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _reporter_goes_on(verb: Token) -> bool:
    """A second verb of saying the parse joined to the clause reported by a first one: "said the talks were
    useful and added that …" (the speaker adds, not the talks)."""
    content = verb.head
    return verb.dep_ == "conj" and verb.lemma_.lower() in GOING_ON_VERBS and content.dep_ == "ccomp" and \
        content.head.lemma_.lower() in GOING_ON_VERBS and content.head.i < content.i < verb.i


def _absolute_subject(participle: Token) -> Token | None:
    """The noun of "with X doing" that the parse hung on the main clause, right before the participle
    (adverbs between): "talks collapsed, with Israel once blaming Hamas" (Israel blames, not the talks); an
    absolute phrase opens the sentence or follows a comma ("fighting with police attempting to detain him":
    whom he fought)."""
    for c in participle.head.children:
        if c.dep_ != "prep" or c.lower_ not in ("with", "without") or not c.i < participle.i or \
                (c.i > c.sent.start and c.doc[c.i - 1].text not in (",", ";", "—", "–")):
            continue
        noun = first_child(c, "pobj")
        between = participle.doc[noun.right_edge.i + 1:participle.i] if noun is not None else None
        if between is not None and all(t.pos_ == "ADV" for t in between):
            return noun
    return None


def _decided_infinitive(verb: Token) -> bool:
    """"Germany's decision to expel two diplomats": an infinitive a noun of trying or choosing governs."""
    return verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in DECIDING_NOUNS and \
        to_infinitive(verb)


def _decider(noun: Token) -> Token | None:
    """Who tries or chooses: the owner ("the council's vote", "government attempts to blame them") or the
    agent ("a decision by the council")."""
    owner = first_child(noun, "poss", "compound")
    if owner is not None:
        return owner
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                 for o in c.children if o.dep_ == "pobj"), None)


def _misparsed_participle_subject(verb: Token) -> bool:
    """"Police officers responding to reports … fatally shot a man": the small parser makes the
    participle the clause head (with the subject) and hangs the finite verb under it as ``dep``."""
    head = verb.head
    return verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBG" and \
        head.i < verb.i and not any(c.dep_ in ("aux", "auxpass") for c in head.children) and \
        any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)


def agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb, or of the participle joined to it that carries it ("was
    assaulted and robbed by two men": both acts are the two men's)."""
    for c in verb.children:
        if c.dep_ == "agent":
            return first_child(c, "pobj")
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and \
                not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
            return agent(c)
    return None


#: prepositions of whom or where an act befalls, which may stand between an event noun and its "by"
TARGET_PREPS = frozenset({"on", "against", "of", "in", "at", "to", "across", "near", "inside"})
#: participles whose agent is the author of the act the noun names: "the massacre committed by …"
PERPETRATING = frozenset({"commit", "carry", "perpetrate", "launch", "conduct", "stage", "mount", "unleash",
                          "wage", "order", "inflict", "orchestrate", "direct", "fire", "impose"})
#: participles that open or bring a legal or official act, whose agent is its author: "a lawsuit filed by the
#: ACLU", "charges brought by prosecutors", "an investigation opened by the FBI into …"
INITIATING = frozenset({"file", "lodge", "bring", "level", "open", "initiate"})


def authoring_participle(noun: Token) -> Token | None:
    """The participle right after an event noun that tells who did it: "the massacre committed by …",
    "a lawsuit filed by …" (its "by" agent is the author, its prepositions may name the target)."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.head == noun and nxt.dep_ == "acl" and nxt.tag_ == "VBN" and \
            nxt.lemma_.lower() in PERPETRATING | INITIATING:
        return nxt
    return None


#: verbs of a container holding something: "a backpack containing a bomb", "a car packed with explosives"
HOLDING_VERBS = frozenset({"contain", "hold", "carry", "pack", "fill", "load", "stuff"})


def contents_of(thing: Token) -> list[Token]:
    """What a container named by ``thing`` holds: "a rucksack with explosives", "a bag of explosives", "a
    backpack containing a nail bomb", "a car packed with explosives"."""
    out = []
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "of"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS:
            out += [g for g in c.children if g.dep_ == "dobj"]
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.children if g.dep_ == "pobj"]
    return out


def noun_agent(noun: Token) -> Token | None:
    """Who does what an event noun names, after "by": "an attack by government forces", "the massacre
    committed by Russian troops" (the participle's agent)."""
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return first_child(c, "pobj")
        if c.dep_ == "prep" and c.i > noun.i and c.lower_ not in TARGET_PREPS:
            return None  # "an investigation into sexual violence by Hamas": the violence is Hamas's
        if c == authoring_participle(noun):
            return agent(c)
        if c.dep_ == "relcl" and c.lemma_.lower() in PERPETRATING and \
                all(o.lower_ in ("that", "which") for o in c.children if o.dep_ == "dobj"):
            return first_child(c, "nsubj")  # "the siege that Israel imposes on us"
        if c.dep_ == "prep" and c.lower_ == "of":  # "the arrest of the opposition leader by police"
            victim = first_child(c, "pobj")
            by = next((g for g in victim.children if g.dep_ == "prep" and g.lower_ == "by"),
                      None) if victim is not None else None
            if by is not None:
                return first_child(by, "pobj")
    return None


def clause_tokens(head: Token) -> list[Token]:
    """Tokens of the clause headed by ``head``, without nested clauses."""
    out = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS and c != head:
                continue
            stack.append(c)
    return out


def governing_chain(tok: Token, limit: int = 6) -> Iterator[Token]:
    """Verbs above ``tok`` reached through complement and adverbial clauses, nearest first."""
    t = tok
    for _ in range(limit):
        if t.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and t.head != t:
            t = t.head
            yield t
        elif t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "prep", "pcomp", "compound", "amod", "acl") \
                and t.head != t:
            t = t.head
        else:
            return

