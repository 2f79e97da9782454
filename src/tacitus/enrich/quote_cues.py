"""Quote cues (``data/enrich/quote_cues.yaml``) and the content spans they govern in a parse.

Conventions are those of news attribution corpora such as PolNeAR: the content of "X said that …"
is the clause without "that"; of "vowed to …" the infinitive with "to"; of "urged X to …" the object
and its infinitive; of "called for …" the object of "for"; of "X's claim that …" the clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tacitus.yamlio import data_yaml

SUBJ = ("nsubj", "nsubjpass")


def _load() -> dict:
    return data_yaml("enrich/quote_cues.yaml")


_CUES = _load()
#: verbs that report speech or a stated position (lemmas)
REPORT_VERBS = frozenset(_CUES["report_verbs"])
#: reporting verbs that attribute a direct quote but make no indirect speech ("asked whether …")
DIRECT_ONLY = frozenset(_CUES["direct_only"])
#: verbs whose content is what the speaker wants done ("vowed to …", "urged X to …")
INTENT_VERBS = frozenset(_CUES["intent_verbs"])
#: nouns whose that-clause is a reported statement ("Trump's claim that …")
NOUN_CUES = frozenset(_CUES["noun_cues"])
#: verbs whose content is an object and what it is called ("called the plan a disaster")
NAMING_VERBS = frozenset(_CUES["naming_verbs"])
_PREP_CUES = {prep: frozenset(verbs) for prep, verbs in _CUES["prep_cues"].items()}
#: words opening a trailing comment of the writer's after a reported clause (", although …")
_TRAILING = frozenset(["although", "though", "whereas"])
_COMPLEMENTS = ("ccomp", "xcomp", "dobj", "dative", "oprd", "prep")


def is_indirect_cue(t: Token) -> bool:
    lemma = t.lemma_.lower()
    cue = lemma in REPORT_VERBS or lemma in INTENT_VERBS or lemma in NAMING_VERBS
    return t.pos_ in ("VERB", "AUX") and cue and lemma not in DIRECT_ONLY


def indirect_content(verb: Token) -> tuple[int, int] | None:
    """Content span of the cue ``verb``: its clausal complement ("said (that) X"), what it urges or
    promises (:func:`intent_content`), or the clause it interrupts ("X, he said, Y")."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    comp = next((c for c in comps if c.i > verb.i), comps[0] if comps else None)
    if comp is not None and verb.lemma_.lower() in REPORT_VERBS:
        return clause_span(comp, verb)
    if verb.lemma_.lower() in INTENT_VERBS and (found := intent_content(verb)) is not None:
        return found
    if verb.lemma_.lower() in NAMING_VERBS:
        return naming_content(verb)
    if verb.dep_ == "parataxis" and any(c.dep_ in SUBJ for c in verb.children):
        if verb.head.sent.start != verb.sent.start:
            return None
        return clause_span(verb.head, verb)
    return None


def intent_content(verb: Token) -> tuple[int, int] | None:
    """What ``verb`` urges, promises or calls for: "vowed *to act*", "urged *X to act*",
    "called for *a ceasefire*", "called on *X to act*"."""
    after = [c for c in verb.children if c.i > verb.i]
    xcomp = next((c for c in after if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    obj = next((c for c in after if c.dep_ in ("dobj", "dative")), None)
    for prep in (c for c in after if c.dep_ == "prep" and c.lower_ in _PREP_CUES):
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and verb.lemma_.lower() in _PREP_CUES[prep.lower_]:
            obj = pobj
            xcomp = xcomp or next((c for c in pobj.children if c.dep_ == "acl"), None)
            if prep.lower_ == "for" and xcomp is None:
                return subtree_span(pobj)
    if xcomp is None:
        return None
    if obj is not None and obj.i < xcomp.i:
        return subtree_span(obj)[0], subtree_span(xcomp)[1]
    return subtree_span(xcomp)


def naming_content(verb: Token) -> tuple[int, int] | None:
    """The object of a naming verb with what it is called: "called *the plan a disaster*",
    "described *X as a threat*", "cited *X*" (``cite`` needs no second complement)."""
    after = [c for c in verb.children if c.i > verb.i]
    obj = next((c for c in after if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    what = next((c for c in after if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")), None)
    if what is None:
        return subtree_span(obj) if verb.lemma_.lower() == "cite" else None
    return subtree_span(obj)[0], max(subtree_span(obj)[1], subtree_span(what)[1])


def noun_content(noun: Token) -> tuple[tuple[int, int], Token | None] | None:
    """((start, end), speaker) of "X's claim that *…*": a cue noun with a that-clause; the speaker is
    the possessor or the object of "by"/"from", else None."""
    clause = next(
        (c for c in noun.children if c.i > noun.i and c.dep_ in ("acl", "ccomp") and _has_that(c)), None
    )
    if clause is None:
        return None
    src = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if src is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return clause_span(clause, noun), src


def _has_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def complement_around(verb: Token, s: int, e: int) -> tuple[int, int]:
    """The content of a quote ``[s, e)`` attributed by ``verb``: the verb's complement when the quote
    lies inside it (a mixed quote: Trump says voter fraud “would be one hell of a way to lose.”),
    else the quote itself. A "said" quote is framed by a clause only; an intent verb by its object."""
    comps = [c for c in verb.children if c.i > verb.i and c.dep_ in _COMPLEMENTS]
    if any(c.dep_ == "ccomp" for c in comps):
        comps = [c for c in comps if c.dep_ == "ccomp"][:1]
    elif verb.lemma_.lower() in REPORT_VERBS:
        return s, e
    comps = [c for c in comps if c.dep_ != "prep" or c.lower_ in ("for", "as")]
    if not comps:
        return s, e
    first, last = comps[0], comps[-1]
    if first.dep_ == "prep":
        first = next((c for c in first.children if c.dep_ == "pobj"), first)
    cs = clause_span(first, verb)[0] if first.dep_ == "ccomp" else subtree_span(first)[0]
    ce = subtree_span(last)[1]
    if cs <= s < ce and (cs < s - 1 or ce > e + 1):
        return cs, max(e, ce)
    return s, e


def subtree_span(tok: Token) -> tuple[int, int]:
    """Character span of ``tok``'s subtree without outer punctuation."""
    doc = tok.doc
    si, ei = _strip_punct(doc, tok.left_edge.i, tok.right_edge.i)
    return doc[si].idx, doc[ei].idx + len(doc[ei])


def _strip_punct(doc: Doc, si: int, ei: int) -> tuple[int, int]:
    while ei > si and (doc[ei].is_punct or doc[ei].is_space):
        ei -= 1
    while si < ei and (doc[si].is_punct or doc[si].is_space):
        si += 1
    return si, ei


def clause_span(comp: Token, verb: Token) -> tuple[int, int]:
    """Span of the clause ``comp`` reported by ``verb``: without a leading "that", outer punctuation or
    a sentence-opening connective; cut before the speaker's next act (", arguing …", "and warned …")
    and a trailing ", although …"; after the verb, with the verb's other coordinated predicates
    ("said it would depress revenue, but would add …")."""
    doc = comp.doc
    si, ei = comp.left_edge.i, comp.right_edge.i
    for t in comp.children:
        if t.i > comp.i and speaker_act(t):
            ei = min(ei, _cut_before(t))
    if comp.i > verb.i and ei == comp.right_edge.i:
        for c in verb.children:
            if c.i > ei and c.dep_ == "conj" and c.sent.start == verb.sent.start and _continues(c):
                ei = c.right_edge.i
    for t in doc[comp.i + 1 : ei + 1]:
        if doc[t.i - 1].text == "," and t.lower_ in _TRAILING:
            ei = min(ei, t.i - 2)
            break
    while ei > si and (doc[ei].is_punct or doc[ei].is_space or doc[ei].dep_ == "cc"):
        ei -= 1
    while si < ei and (
        doc[si].is_punct or doc[si].is_space or (doc[si].dep_ == "mark" and doc[si].lower_ == "that")
    ):
        si += 1
    if si == doc[si].sent.start:
        si = _skip_lead(doc, si, ei)
    return doc[si].idx, doc[ei].idx + len(doc[ei])


def _continues(c: Token) -> bool:
    """A predicate coordinated to the reporting verb that goes on with the content, not a new act."""
    return c.pos_ in ("VERB", "AUX") and not speaker_act(c) and c.lemma_.lower() not in REPORT_VERBS


def _skip_lead(doc: Doc, si: int, ei: int) -> int:
    """Skip what opens a sentence without being said: a conjunction ("But", "And"), a connective
    adverb with its comma ("However,") and a dateline ("WASHINGTON ―")."""
    while si < ei:
        t = doc[si]
        if t.pos_ == "CCONJ" or (t.pos_ == "ADV" and (doc[si + 1].text == "," or t.lower_ == "however")):
            si += 1 + (doc[si + 1].text == ",")
        elif t.text.isupper() and len(t) > 2 and doc[si + 1].text in ("―", "—", "--", "-"):
            si += 2
        else:
            return si
    return si


def _own_subject(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ or c.dep_ == "expl" for c in t.children)


def speaker_act(t: Token) -> bool:
    """A clause attached to the content that is the speaker's next act: ", arguing …", "and warned …"."""
    if t.pos_ != "VERB" or _own_subject(t):
        return False
    if t.dep_ == "advcl" and t.tag_ == "VBG" and t.doc[t.i - 1].text == ",":
        return True
    return t.dep_ == "conj" and (t.lemma_.lower() in REPORT_VERBS or t.lemma_.lower() in INTENT_VERBS)


def _cut_before(t: Token) -> int:
    """Index of the last token before the clause headed by ``t`` (skipping a "," or "and" before it)."""
    i = t.left_edge.i - 1
    doc = t.doc
    while i > 0 and (doc[i].is_punct or doc[i].dep_ == "cc"):
        i -= 1
    return i
