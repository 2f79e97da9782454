"""Modality of an event mention: asserted, negated, threat, hypothetical, future, claimed, unverified.

Decided from the trigger's clause and the clauses that govern it; every decision is reported as a
short reason so `tacitus explain` can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.events.syntax import (
    DIRECTIVE_VERBS,
    DONE_ADJECTIVES,
    INTENT_ADJECTIVES,
    OBJECT_CONTROL_VERBS,
    governing_chain,
)

ASSERTED, NEGATED, THREAT, HYPOTHETICAL, FUTURE, CLAIMED, UNVERIFIED = (
    "asserted", "negated", "threat", "hypothetical", "future", "claimed", "unverified",
)
MODALITIES = (ASSERTED, NEGATED, THREAT, HYPOTHETICAL, FUTURE, CLAIMED, UNVERIFIED)

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
# "can" too: "so teachers can protest a bill" reports no protest
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "must", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: verbs whose infinitive complement did not happen: "failed to offer", "declined to meet"
FAILURE_VERBS = frozenset({"fail", "refuse", "decline", "neglect"})
#: nouns of a failure whose infinitive did not happen: "a warrant for failure to appear in court"
FAILED_ACT_NOUNS = frozenset({"failure", "refusal"})
#: verbs that end the act their gerund names: "stop giving aid", "ceased firing" (not the act, its end)
CESSATION_VERBS = frozenset({"stop", "cease", "quit", "halt", "suspend", "discontinue"})
#: nouns whose denial ("there is no evidence that …") denies the clause they introduce
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "suggestion", "record"})
#: verbs whose negation asserts their complement ("did not hesitate to strike" struck)
UNDENIABLE_VERBS = frozenset({"hesitate", "stop", "cease", "fail", "forget", "shy"})
#: verbs that call off the act their object names: "cancelled his visit", "the talks were postponed"
CALLING_OFF = frozenset({"cancel", "postpone", "scrap", "shelve", "abandon", "delay", "scupper", "axe"})
#: verbs whose infinitive is promised, not done: "vowed to fight the US at any cost" (the vow is 03x or 13x)
VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
#: verbs by which one wishes another to act ("we want them to work with the nurses"): the act is not done
WISH_VERBS = frozenset({"want", "wish", "like", "prefer"})
#: verbs of what one expects of another ("police expect the men to be charged"): a forecast, nothing done
FORECAST_VERBS = frozenset({"expect", "anticipate"})
INTENT_VERBS = frozenset({"plan", "intend", "expect", "aim", "prepare", "hope", "seek", "want", "consider"})
DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute"})
CLAIM_VERBS = frozenset({"claim", "allege", "purport", "rumour", "rumor",
                         "accuse", "charge", "suspect", "indict"})  # "accused of stabbing him": alleged
HEDGES = frozenset({"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "seemingly"})
#: the reason of a "would" in what was said: an intent when the act has one (03x), else only a hypothesis
REPORTED_FUTURE = "future in reported speech ('said the US would send …')"
#: speech verbs that announce what their subject will do ("said it would send aid")
ANNOUNCING = frozenset({"say", "tell", "announce", "state", "add", "confirm", "declare", "pledge", "promise",
                        "vow", "insist", "write", "tweet"})
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "claim", "allege", "announce", "state", "add", "insist", "confirm", "note",
    "write", "declare", "assert", "argue", "explain", "tweet", "post", "deny", "acknowledge", "admit",
    "suggest", "indicate", "reveal", "disclose", "quote", "cite", "broadcast", "show", "publish",
})
UNVERIFIED_RE = re.compile(
    r"\b(?:(?:could|can|cannot|can't|were|was|have|has|had|been|be|are|is)\s+(?:not\s+)?(?:be\s+|been\s+)?"
    r"(?:not\s+)?(?:independently\s+)?(?:verified|confirmed)"
    r"|unverified|unconfirmed|not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)"
    r"|no\s+independent\s+(?:verification|confirmation))\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Modality:
    value: str
    reason: str
    reporter: Token | None = None  # subject of the reporting verb, or the object of "according to"


def _aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def negated(verb: Token) -> bool:
    """The verb carries a negation ("did not attack", "never met"), or "nor" joins it to the clause before
    ("…, nor do we endorse his rhetoric"), or its subject is "neither … nor" ("Neither the EU nor NATO
    endorsed the plan")."""
    # (a curly "n’t" may be mis-tagged as a pronoun or a mark: it is still "not")
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)) or
           c.lower_ in ("n’t", "n't") for c in verb.children):
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i
                                   for c in verb.head.children):
        return True
    if _shares_the_denial(verb):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "preconj" and g.lower_ == "neither"
                                                        for g in c.children) for c in verb.children)


def _shares_the_denial(verb: Token) -> bool:
    """A bare verb joined by "or"/"and" to a denied one shares its auxiliary and its "not" ("did not attack
    or threaten the rebels", "does not offer or claim to offer advice"); not a verb with its own tense,
    subject or auxiliary ("did not attack the town but shelled the village")."""
    head = verb.head
    base = verb.tag_ == "VB" or (verb.tag_ == "VBP" and any(c.dep_ == "aux" and c.lemma_ == "do"
                                                            for c in head.children))  # (a mis-tag)
    return verb.dep_ == "conj" and base and head.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children) and \
        any(c.dep_ == "cc" and c.lower_ in ("or", "and") and head.i < c.i < verb.i
            for c in head.children) and negated(head)


def _conditional(verb: Token) -> bool:
    for t in (verb, *governing_chain(verb, 3)):
        # (or a conditional the parse made the root: "If Slutsky assaulted her, where was she?")
        if t.dep_ in ("advcl", "ROOT") and \
                any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
            return True
    # "he will keep coming back until he is caught": a present tense after "until" is a future yet to come
    until = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till")
                                         for c in verb.children)
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                     for c in verb.children)
    return until and not past


def _gerund_of(verb: Token, heads: frozenset[str], deps: tuple[str, ...] = ("xcomp",)) -> bool:
    """The act is the gerund an affirmative verb of ``heads`` takes (as one of ``deps``): a verb of ending
    ("stop giving aid") or of calling off ("the United States has delayed lifting the ban", "postponed
    releasing the prisoners"): ended or put off, not done."""
    return verb.tag_ == "VBG" and verb.dep_ in deps and not negated(verb.head) and \
        verb.head.lemma_.lower() in heads


def _failed_infinitive(verb: Token) -> Token | None:
    """The failure verb whose infinitive ``verb`` is, or is one of ("failed to identify, warn about or act
    on the crisis": none of the three was done); None when the clause is no failed infinitive."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head != verb and verb.head.tag_ == "VB":
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILURE_VERBS:
        return verb.head
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in FAILED_ACT_NOUNS:
        return verb.head  # "wanted for failure to appear in court"
    # (a bare infinitive the parse joins to the failure verb itself: "failed to identify, warn …")
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ != "VB" and \
            head.lemma_.lower() in FAILURE_VERBS and any(c.dep_ == "xcomp" for c in head.children):
        return head
    return None


def _open_question(verb: Token) -> bool:
    """The clause is an embedded yes/no question ("a jury was to determine whether he murdered the boy",
    "police asked if he had fired"): what it asks about is not reported as done."""
    for _ in range(3):
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and verb.dep_ == "ccomp"):
            return True
        if verb.dep_ not in ("conj", "ccomp", "xcomp") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _quoted_question(verb: Token) -> bool:
    """The clause is inside quotation marks that close on a question mark ("said, “they raped her, slaughtered
    her and burned her?”"): words asked in disbelief, not a report of the deed."""
    sent = verb.sent
    if not any(t.is_quote for t in sent if t.i < verb.i):
        return False
    close = next((t for t in sent if t.i > verb.i and t.is_quote), None)
    return close is not None and close.i > sent.start and verb.doc[close.i - 1].text == "?"


def _announced_future(verb: Token) -> bool:
    """"Biden said the US would send more weapons": "would" reports an announced future, not a
    hypothesis, when the clause is what a past speech verb said and has no condition of its own."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in ANNOUNCING or head.tag_ != "VBD":
        return False
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                              for m in c.children) for c in verb.children)


#: what a speaker is sure of or expects: a forecast of another's act ("I am certain the governor will …")
BELIEF_ADJECTIVES = frozenset({"certain", "sure", "confident", "convinced", "hopeful", "optimistic",
                               "positive"})
BELIEF_VERBS = frozenset({"expect", "predict", "believe", "think", "hope", "anticipate", "bet", "forecast",
                          "guess", "assume", "doubt", "reckon"})


def _future_clause(verb: Token) -> Token | None:
    """The clause that puts ``verb`` in the future ("will veto": veto; "is going to encourage": going)."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "is going to give this priority and encourage …": the first conjunct's
    if _aux_lemmas(verb) & FUTURE_AUX:
        return verb
    head = verb.head
    if verb.dep_ == "xcomp" and "to" in _aux_lemmas(verb) and head.lower_ == "going" and \
            any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return head
    return None


def _forecast(verb: Token) -> bool:
    """"I am certain the governor is going to encourage …", "she expects the council will approve it": one
    speaker's forecast of another's act is not that act (the speaker's own plan is: "we expect we will …")."""
    clause = _future_clause(verb)
    if clause is None:
        return False
    believer = clause.head if clause.dep_ == "ccomp" else None
    edge = clause.left_edge.i
    if edge > 0 and clause.doc[edge - 1].lower_ == "that":
        edge -= 1
    if edge > 0 and clause.doc[edge - 1].lemma_.lower() in BELIEF_ADJECTIVES | BELIEF_VERBS:
        believer = clause.doc[edge - 1]  # the word just before the clause ("because I am certain the …")
    if believer is None:
        return False
    if believer.lemma_.lower() in BELIEF_ADJECTIVES and believer.dep_ == "acomp":
        believer = believer.head
    elif believer.lemma_.lower() not in BELIEF_VERBS:
        return False
    subj = next((c for c in believer.children if c.dep_ == "nsubj"), None)
    actor = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or actor is None:
        return False
    return subj.lower_ != actor.lower_ and {subj.lower_, actor.lower_} not in ({"i", "we"},)


def _nobody(trigger: Token) -> bool:
    """The act's patient is no one: "no victims killed there", "nobody was arrested", "no one was hurt"."""
    patients = [trigger.head] if trigger.dep_ == "acl" else \
        [c for c in trigger.children if c.dep_ == "nsubjpass"]
    # "blamed for three but charged in none"
    patients += [g for c in trigger.children if c.dep_ == "prep" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in ("none", "nobody")]
    return any(_no_one(p) for p in patients)


def _no_one(tok: Token) -> bool:
    """The word names no one: "nobody", "none", "no one", "no victims"."""
    return tok.lower_ in ("nobody", "none") or \
        any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or \
        (tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no")


#: question words whose clause takes its act as given ("did not say why they arrested him")
PRESUPPOSING_WH = frozenset({"why", "when", "where", "how", "who", "what", "which"})


def _unsaid(clause_verb: Token) -> bool:
    """The clause is what a speaker did not say, or what no one said: "did not say Weinstein raped her",
    "none of them said he attacked them"."""
    said = clause_verb.head
    if clause_verb.dep_ not in ("ccomp", "parataxis") or said.lemma_.lower() not in REPORTING_VERBS:
        return False
    first = min(clause_verb.subtree, key=lambda t: t.i)
    if first.lower_ in PRESUPPOSING_WH:  # "police did not say why they arrested him": he was arrested
        return False
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    nobody = subj is not None and (subj.lower_ == "neither" or _no_one(subj))
    return nobody or any(c.dep_ == "neg" for c in said.children)


def _own_clause(verb: Token) -> bool:
    """A conjoined clause with a subject or a tense of its own, which no modal of the first one governs
    ("he must take the grant to the council, and he said he is hopeful")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


#: adjectives of chance whose infinitive tells what may happen, not what did ("likely to be arrested")
LIKELIHOOD_WORDS = frozenset({"likely", "unlikely", "liable", "apt", "prone"})


def _likelihood(clause_verb: Token) -> bool:
    verb = clause_verb.head if clause_verb.dep_ == "conj" and clause_verb.head != clause_verb else clause_verb
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in LIKELIHOOD_WORDS


def _adjective_infinitive(clause_verb: Token) -> tuple[str, str] | None:
    """The modality of an infinitive an adjective governs ("Kyiv is ready to negotiate"): intended, done
    ("was quick to condemn"), or else only possible ("able to strike", "afraid to speak")."""
    verb = clause_verb.head if clause_verb.dep_ == "conj" and clause_verb.head != clause_verb else clause_verb
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.dep_ != "acomp" or "to" not in _aux_lemmas(verb):
        return None
    lemma = adj.lemma_.lower()
    if negated(adj) or negated(adj.head):
        return NEGATED, f"not done ('not {adj.text}')"
    if lemma in DONE_ADJECTIVES:
        return None
    if lemma in INTENT_ADJECTIVES:
        return FUTURE, f"intended ('{adj.text} to')"
    return HYPOTHETICAL, f"only possible ('{adj.text} to')"


def according_to(verb: Token) -> Token | None:
    """The X of "according to X" attached to the clause (or the sentence root)."""
    for t in (verb, verb.sent.root):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for g in c.children:
                    if g.lower_ == "to":
                        for o in g.children:
                            if o.dep_ == "pobj":
                                return o
                    if g.dep_ == "pobj":
                        return g
    return None


def detect(clause_verb: Token, trigger: Token, *, own_modality: str | None = None) -> Modality:
    """Modality of an event whose trigger is ``trigger`` in the clause headed by ``clause_verb``."""
    if own_modality == THREAT:  # its own modality, unless it was not made ("didn't issue a warning")
        found = detect(clause_verb, trigger)
        return found if found.value == NEGATED else Modality(THREAT, "threat verb")
    reporter: Token | None = None
    value, reason = ASSERTED, "asserted"
    if negated(clause_verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        value, reason = NEGATED, "negation in clause"
    elif clause_verb.dep_ in ("acl", "relcl") and clause_verb.head.lemma_.lower() in EVIDENCE_NOUNS and \
            any(c.dep_ == "det" and c.lower_ == "no" for c in clause_verb.head.children):
        value, reason = NEGATED, f"no {clause_verb.head.text} of it"  # "no evidence Bloomberg violated …"
    elif trigger.head == clause_verb != trigger and trigger.dep_ in ("dobj", "nsubjpass") and \
            (clause_verb.lemma_.lower() in CALLING_OFF or
             (clause_verb.lemma_.lower() == "call" and any(c.lower_ == "off" for c in clause_verb.children))):
        value, reason = NEGATED, f"called off ('{clause_verb.text}')"
    elif clause_verb.dep_ == "pcomp" and clause_verb.head.head.lemma_.lower() in CLAIM_VERBS:
        value, reason = CLAIMED, f"alleged ('{clause_verb.head.head.text} {clause_verb.head.text}')"
    elif trigger.dep_ == "pobj" and trigger.pos_ == "NOUN" and clause_verb.lemma_.lower() in CLAIM_VERBS and \
            clause_verb in trigger.ancestors:  # "charged in the stabbing death of a CEO": the charge's crime
        value, reason = CLAIMED, f"alleged ('{clause_verb.text} {trigger.head.text}')"
    elif _unsaid(clause_verb):
        value, reason = NEGATED, f"not said ('{clause_verb.head.text}' denied or by no one)"
    elif _nobody(trigger):
        value, reason = NEGATED, "no one it befell ('no victims killed there', 'nobody was hurt')"
    elif clause_verb.dep_ == "pcomp" and clause_verb.head.dep_ == "prep" and \
            (modals := sorted(_aux_lemmas(clause_verb.head.head) & HYPOTHETICAL_AUX)):
        value, reason = HYPOTHETICAL, f"modal '{modals[0]}' of the clause it serves " \
            "('can find out by calling')"
    elif _likelihood(clause_verb):
        value, reason = HYPOTHETICAL, "a likelihood ('more likely to be injured, arrested')"
    elif (adjectival := _adjective_infinitive(clause_verb)) is not None:
        value, reason = adjectival
    elif (failed := _failed_infinitive(clause_verb)) is not None:
        value, reason = NEGATED, f"not done ('{failed.text}')"  # "fails to offer real change"
    elif _gerund_of(clause_verb, CESSATION_VERBS):
        value, reason = NEGATED, f"ended ('{clause_verb.head.text} {clause_verb.text}')"  # "stop giving aid"
    elif _gerund_of(clause_verb, CALLING_OFF, ("xcomp", "dobj")):  # "has delayed lifting a ban"
        value, reason = NEGATED, f"called off ('{clause_verb.head.text} {clause_verb.text}')"
    elif clause_verb.dep_ == "xcomp" and negated(clause_verb.head) and \
            clause_verb.head.lemma_.lower() not in UNDENIABLE_VERBS:
        value, reason = NEGATED, f"not done ('not {clause_verb.head.text}')"  # "not rushing to endorse him"
    else:
        aux = _aux_lemmas(clause_verb)
        lead = clause_verb  # the first of conjoined clauses ("asked him to expand the plan and to meet …")
        while lead.dep_ == "conj" and lead.head.i != lead.i and lead.head.pos_ in ("VERB", "AUX"):
            lead = lead.head
        if clause_verb.dep_ == "conj" and not _own_clause(clause_verb):  # "could decide … and refuse": the
            aux |= _aux_lemmas(clause_verb.head)  # first conjunct's modal
        if _conditional(clause_verb):
            value, reason = HYPOTHETICAL, "conditional clause"
        elif _open_question(clause_verb):
            value, reason = HYPOTHETICAL, "an open question ('whether he …')"
        elif _quoted_question(clause_verb):
            value, reason = HYPOTHETICAL, "a quoted question ('“they raped her and burned her?”')"
        elif _forecast(clause_verb):
            value, reason = HYPOTHETICAL, "another's forecast ('I am certain the governor will …')"
        elif "to" in aux and clause_verb.dep_ == "advcl" and clause_verb.i < clause_verb.head.i:
            value, reason = HYPOTHETICAL, "a purpose ('to protest at the Capitol, she …')"
        elif "to" in aux and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause_verb.children):
            value, reason = HYPOTHETICAL, "wished for ('for … to')"  # "calls for Israel to allow aid"
        elif lead.dep_ == "xcomp" and "to" in aux and lead.head.lemma_.lower() in VOW_VERBS:
            value, reason = HYPOTHETICAL, f"vowed, not done ('{lead.head.text}')"  # "vowed to fight"
        elif lead.dep_ in ("xcomp", "ccomp") and "to" in aux and lead.head.lemma_.lower() in DIRECTIVE_VERBS:
            value, reason = HYPOTHETICAL, f"asked or allowed ('{lead.head.text}')"  # "… and to meet"
        elif lead.dep_ == "xcomp" and "to" in aux and lead.head.lemma_.lower() in OBJECT_CONTROL_VERBS and \
                (lead.head.tag_ == "VB" or lead.head.dep_ == "pcomp"):  # "the way is by persuading Israel
            value, reason = HYPOTHETICAL, f"a means or an aim ('{lead.head.text}')"  # to release them"
        elif lead.dep_ in ("xcomp", "ccomp") and "to" in aux and lead.head.lemma_.lower() in WISH_VERBS and \
                any(c.dep_ == "nsubj" for c in lead.children):  # "we want them to work with our nurses"
            value, reason = HYPOTHETICAL, f"wished of another ('{lead.head.text}')"
        elif lead.dep_ in ("xcomp", "ccomp") and "to" in aux and \
                lead.head.lemma_.lower() in FORECAST_VERBS and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in lead.children):  # "expect them to be charged"
            value, reason = HYPOTHETICAL, f"expected of another ('{lead.head.text}')"
        elif clause_verb.dep_ == "xcomp" and "to" in aux and scheduled_passive(clause_verb):
            value, reason = FUTURE, "scheduled ('Fumo is to be sentenced on July 13')"
        elif clause_verb.dep_ in ("xcomp", "ccomp") and "to" in aux and clause_verb.head.lemma_ == "be":
            value, reason = HYPOTHETICAL, "a duty or an aim ('it is on us to …', 'the aim is to …')"
        elif "would" in aux and _announced_future(clause_verb):
            value, reason = FUTURE, REPORTED_FUTURE
        elif aux & HYPOTHETICAL_AUX:
            value, reason = HYPOTHETICAL, f"modal '{sorted(aux & HYPOTHETICAL_AUX)[0]}'"
        elif aux & FUTURE_AUX or (clause_verb.dep_ == "xcomp" and clause_verb.head.lemma_ in INTENT_VERBS):
            value, reason = FUTURE, "future or intended"
    for gov in governing_chain(clause_verb):
        lemma = gov.lemma_.lower()
        if lemma in DENY_VERBS and value == ASSERTED and _denies(gov, clause_verb):
            value, reason = NEGATED, f"denied ('{gov.text}')"
        if lemma in REPORTING_VERBS and reporter is None:
            reporter = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if lemma in CLAIM_VERBS and value == ASSERTED:
                value, reason = CLAIMED, f"claimed ('{gov.text}')"
        if value == ASSERTED and _aux_lemmas(gov) & FUTURE_AUX and gov.lemma_ not in REPORTING_VERBS:
            value, reason = FUTURE, "future in governing clause"
        if value == ASSERTED and clause_verb.dep_ in ("xcomp", "advcl") and "to" in _aux_lemmas(clause_verb) \
                and _aux_lemmas(gov) & (HYPOTHETICAL_AUX - {"can"}):
            modal = sorted(_aux_lemmas(gov) & HYPOTHETICAL_AUX)[0]
            if modal == "would" and _announced_future(gov):  # "said they would continue to boycott"
                value, reason = FUTURE, REPORTED_FUTURE
            else:  # "should instead use the money to support people"
                value, reason = HYPOTHETICAL, f"modal '{modal}' above"
    hedge = next((c for c in clause_verb.children if c.lower_ in HEDGES), None)
    if hedge is not None and value == ASSERTED:
        value, reason = CLAIMED, f"hedge '{hedge.text}'"
    acc = according_to(clause_verb)
    if acc is not None and reporter is None:
        reporter = acc
    return Modality(value, reason, reporter)


ANAPHORIC_START = re.compile(
    r"\s*(?:(?:these|those|such|this|that|it|neither|none)\b"
    r"|the\s+(?:reports?|claims?|accounts?|allegations?|footage|video|images|figures?|toll)\b)",
    re.IGNORECASE,
)


def unverified_nearby(sent: Span) -> bool:
    """True when this sentence says the report could not be verified, or the next one does while
    referring back to it ("These reports could not be verified.")."""
    doc = sent.doc
    return unverified_in(sent.text, doc[sent.end].sent.text if sent.end < len(doc) else None)


def unverified_in(text: str, following: str | None) -> bool:
    """:func:`unverified_nearby` over the texts of a sentence and the one after it."""
    if UNVERIFIED_RE.search(text):
        return True
    return bool(following and ANAPHORIC_START.match(following) and UNVERIFIED_RE.search(following))


def _denies(deny_verb: Token, clause_verb: Token) -> bool:
    """A denial covers what it governs ("denied attacking the base"), not a time or reason clause beside it
    ("when they attack police, they reject the state")."""
    link = next((t for t in (clause_verb, *clause_verb.ancestors) if t.head == deny_verb and t != deny_verb),
                None)
    if link is None:
        return True
    if link.dep_ == "advcl":  # "rejected calls to release them" (a purpose clause) stays denied
        return not any(c.dep_ in ("mark", "advmod") and c.lower_ in ADVERBIAL_MARKS for c in link.children)
    return True


ADVERBIAL_MARKS = frozenset({"when", "whenever", "while", "as", "after", "before", "because", "since", "once",
                             "until", "though", "although"})


#: subjects of "is to …" that state a purpose or a duty ("the aim is to be recognised"), not a party
PURPOSE_SUBJECTS = frozenset({"it", "this", "that", "aim", "goal", "purpose", "plan", "idea", "task", "job",
                              "duty", "intention", "objective", "mission", "priority", "hope", "point"})


def scheduled_passive(verb: Token) -> bool:
    """"Fumo is to be sentenced", "the men are to be deported": a passive act due to befall the subject of
    "be" (not a duty or an aim: "the goal is to be heard")."""
    head = verb.head
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return head.lemma_ == "be" and subj is not None and subj.lemma_.lower() not in PURPOSE_SUBJECTS and \
        any(c.dep_ == "auxpass" for c in verb.children)

