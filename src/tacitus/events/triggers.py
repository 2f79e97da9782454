"""Find trigger candidates (verbs and nouns from the lexicon) and the context that refines their code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tacitus.events.lexicon import Entry, EventLexicon, Phrase
from tacitus.events.syntax import (
    ACCUSING_VERBS,
    CLAUSE_DEPS,
    PERPETRATING,
    agent,
    first_child,
    is_passive,
    noun_agent,
    particle,
    pobj_of,
    to_infinitive,
)

IDIOMS = "idioms"  # the word class of fixed phrases whose words trigger nothing
#: the context of a noun in a phrase opening a clause whose subject does it ("During a visit to Tunis, Macron
#: …"): the clause's verb gives the doer, and stays an act of its own
OPENING = "opening"
#: a criticism an act goes ahead in spite of: "passed the bill despite criticism from the opposition"
BORNE = "borne"
#: prepositions of what an act is done in spite of
SPITE_PREPS = frozenset({"despite", "amid"})
OBJECT_PREPS = ("for", "of", "to", "on", "into", "against", "with")  # "provided Ukraine with aid"
# nouns that only measure out an event noun: "a campaign of ethnic cleansing", "dozens of airstrikes"
CONTAINER_NOUNS = frozenset({
    "campaign", "wave", "series", "spate", "string", "round", "barrage", "volley", "act",
    "dozen", "dozens", "hundred", "hundreds", "number", "handful", "couple", "score", "scores",
    "day", "night", "week", "month",  # "sparked two weeks of protests", "after days of fighting"
    "storm", "chorus", "torrent", "flurry", "deluge", "hail",  # "faced a storm of criticism from unions"
})
#: the context of a noun act told as going on, beginning or ending ("the talks continued", "negotiations
#: were ongoing", "the strike began on Monday"): the parties are named by its own modifiers, else those of
#: the same act named earlier in the story
CONTINUED = "continued"
#: verbs whose subject is an act under way, begun or ended
ASPECT_VERBS = frozenset({"continue", "resume", "begin", "start", "end", "stall", "collapse", "proceed",
                          "progress", "conclude", "intensify", "escalate", "drag on", "go on", "break down",
                          "get underway", "wear on"})
#: of those, the verbs of an act lasting: in the simple present they tell it goes on now ("heavy shootings
#: continue"), where the others tell what happens as a rule ("hostilities end where the rebels surrender")
LASTING_VERBS = frozenset({"continue", "proceed", "progress", "drag on", "go on", "wear on", "be"})
#: words of "be" telling an act under way: "talks were ongoing", "the strike is under way", "in progress"
ONGOING_WORDS = frozenset({"ongoing", "underway", "continuing", "progress", "way", "stage"})
#: roots of the acts told as going on: meetings and talks, inquiries, protests and strikes, fighting
ASPECT_ROOTS = frozenset({"04", "09", "14", "19"})
#: nouns and verbs telling that talks failed or fell apart: what the sentence reports is their failure
FAILURE_NOUNS = frozenset({"failure", "collapse", "breakdown", "break-down", "derailment", "stalling",
                           "suspension", "cancellation", "postponement", "deadlock", "impasse"})
FAILURE_VERBS = frozenset({"fail", "collapse", "break down", "stall", "falter", "founder", "fall apart",
                           "fall through", "derail", "deadlock", "break up", "go nowhere"})
#: verbs whose subject, an inquiry, brought something to light: "an AP investigation found that …"
FINDING_VERBS = frozenset({"find", "reveal", "show", "uncover", "expose", "conclude", "discover",
                           "determine"})
#: determiners of an act first told here ("a strike began"), not one the story named already
NEW_ACT_DETERMINERS = frozenset({"a", "an", "another", "no", "any", "every", "each"})
#: verbs whose object is what their subject set off: "the killing sparked protests" (against its author)
#: verbs of giving whose passive subject is the receiver: "he was issued a citation", "was handed a notice"
GIVING_VERBS = frozenset({"issue", "give", "hand", "serve", "grant"})  # ("was granted asylum")


def given_to_subject(verb: Token) -> bool:
    """A passive verb of giving, its subject the receiver of its object ("was issued a citation")."""
    return verb.lemma_.lower() in GIVING_VERBS and is_passive(verb)


SPARKING_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "ignite", "fuel", "draw", "touch off"})


@dataclass(slots=True)
class Match:
    """A lexicon entry matched at a token."""

    entry: Entry
    token: Token  # head token of the trigger
    words: list[Token]  # all tokens of the matched phrase (for the evidence span)
    light_verb: Token | None = None  # for nouns: the verb that makes the noun an event ("launched")
    context: str = ""  # verb | light | impact | own
    #: further entries of the same words whose context fits too, tried in order when this one is
    #: rejected for its source ("launched a vicious assault on his victim": no offensive by a private person)
    alternatives: list[Match] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(t.idx for t in self.words)

    @property
    def end(self) -> int:
        return max(t.idx + len(t.text) for t in self.words)


@dataclass(slots=True)
class Context:
    """Words around a trigger that refinements look at."""

    obj: set[str] = field(default_factory=set)
    comp: set[str] = field(default_factory=set)
    comp_obj: set[str] = field(default_factory=set)
    any: set[str] = field(default_factory=set)
    subj: set[str] = field(default_factory=set)
    prep: set[str] = field(default_factory=set)
    lemma: set[str] = field(default_factory=set)
    source_sector: set[str] = field(default_factory=set)
    #: "that" when the complement is a clause with its own subject ("denied (that) troops had crossed")
    clause: set[str] = field(default_factory=set)


def ngrams(tokens: list[Token]) -> set[str]:
    """Lemmas plus lemma bigrams and trigrams of consecutive tokens, lower-cased."""
    toks = sorted(tokens, key=lambda t: t.i)
    lem = [t.lemma_.lower() for t in toks]
    low = [t.lower_ for t in toks]
    out = set(lem) | set(low)
    for n in (2, 3):
        for k in range(len(toks) - n + 1):
            if toks[k + n - 1].i - toks[k].i == n - 1:
                out.add(" ".join(lem[k:k + n]))
                out.add(" ".join(low[k:k + n]))
    return out


def noun_phrase_words(tok: Token) -> set[str]:
    """A noun with its compounds/adjectives: "air strike", "humanitarian aid", "diplomatic ties"."""
    parts = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    inner = [g for p in parts for g in p.children if g.dep_ in ("compound", "amod")]  # "flash"-bang grenades
    return ngrams([*parts, tok]) | hyphenated_words([*inner, *parts, tok])


def hyphenated_words(tokens: list[Token]) -> set[str]:
    """Words the parse split at a hyphen, joined again with and without it: "flash-bangs" → "flash-bang",
    "flash bang"; "pepper-spray" → "pepper spray" (lexicon classes spell them either way)."""
    at = {t.i for t in tokens}
    out: set[str] = set()
    for a in tokens:
        if a.i + 2 not in at or a.doc[a.i + 1].text != "-" or a.whitespace_ or a.doc[a.i + 1].whitespace_:
            continue
        b = a.doc[a.i + 2]
        for last in (b.lower_, b.lemma_.lower()):
            out |= {f"{a.lower_}-{last}", f"{a.lower_} {last}"}
    return out


def near_lemmas(verb: Token) -> set[str]:
    """Lemmas within two steps of a verb, not crossing clause boundaries except xcomp (for phrase verbs)."""
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ in CLAUSE_DEPS and c.dep_ != "xcomp":
            # "called for Israel to allow aid": the parse makes "for" the mark of the clause
            if _marked_for(c, verb):
                out.add("for")
            if c.pos_ == "ADJ" and c.dep_ in ("ccomp", "advcl"):  # "found him guilty", "held Amazon liable"
                out.update((c.lemma_.lower(), c.lower_))
            continue
        if c.dep_ == "prep" and c.i < verb.i:
            continue  # "In the meeting …, staffers took turns": a fronted adverbial, no "take in"
        if c.dep_ == "prep" and all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj") \
                and any(g.dep_ == "pobj" for g in c.children):
            continue  # "called Macron on Tuesday" is no "call on"
        out.add(c.lemma_.lower())
        out.add(c.lower_)
        if c.dep_ == "oprd":
            continue  # "called Biden “a disaster for the country”" is no "call for"
        for g in c.children:
            if g.dep_ in CLAUSE_DEPS or (c.dep_ == "xcomp" and g.dep_ == "prep"):
                continue  # "pushed Israel to allow aid into Gaza" is no "push into"
            out.add(g.lemma_.lower())
            out.add(g.lower_)
            for n in (*measured(c, g), *(n for g2 in g.children for n in measured(g, g2))):
                out.update((n.lemma_.lower(), n.lower_))  # "endured a week of criticism", "a barrage of"
    return out


def measured(noun: Token, prep: Token) -> list[Token]:
    """The event nouns a container noun measures out through its "of" ("a week of harsh criticism",
    "a wave of protests"); none for any other noun or preposition."""
    if noun.lemma_.lower() not in CONTAINER_NOUNS or prep.dep_ != "prep" or prep.lower_ != "of":
        return []
    return [o for o in prep.children if o.dep_ == "pobj"]


class TriggerFinder:
    """Match lexicon entries in a sentence."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon

    def idiomatic(self, sent: Span, matches: list[Match]) -> set[int]:
        """Token indices of the ``matches`` whose trigger is inside a fixed phrase of the ``idioms`` class
        ("take charge", "come out fighting", "space probe")."""
        idioms = self.lex.classes.get(IDIOMS)
        if not idioms or not matches:
            return set()
        lemmas = [t.lemma_.lower() for t in sent]
        lowers = [t.lower_ for t in sent]
        return {m.token.i for m in matches
                if inside_idiom(lemmas, lowers, m.token.i - sent.start, 0, len(lemmas), idioms)}

    def verb_matches(self, sent: Span) -> list[Match]:
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB",) and not (tok.pos_ == "AUX" and
                                                  (tok.dep_ not in ("aux", "auxpass") or _copula(tok))):
                continue  # a copula heads its clause: "said Russia is ready to talk" (not "is going")
            out += self._adjectival_matches(tok)
            phrases = self.lex.verb_index.get(tok.lemma_.lower()) or self.lex.verb_index.get(tok.lower_)
            if not phrases:
                continue
            near = None
            prt = particle(tok) or _adverb_particle(tok)
            found: int | None = None
            for p in phrases:
                if found is not None and len(p.rest) < found:
                    break  # a phrase matched: shorter readings of the same verb do not apply
                if p.rest:
                    near = near if near is not None else near_lemmas(tok)
                    if not all(w in near for w in p.rest):
                        continue
                    if p.rest == ("in",) and not _particle(tok, "in"):
                        continue  # "gave a speech in Ohio" is no "give in"
                    if p.rest[-1] == "of" and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                      for c in tok.children):
                        continue  # "approved a shipment of arms" is no "approve of" (the "of" is the noun's)
                elif prt and (self._has_particle_entry(phrases, prt) or prt not in SAME_SENSE_PARTICLES):
                    # "break off" present: the bare "break" entry does not apply; "pressed on through
                    # a snowstorm", "set off on their assignment" are other verbs than "press", "set"
                    continue
                # every fitting entry, most specific first: the coder keeps the first that codes
                # ("occupy": a protest by protesters, a military occupation by troops)
                out.append(Match(p.entry, tok, self._phrase_tokens(tok, p), context="verb"))
                found = len(p.rest)
        return out

    def _adjectival_matches(self, tok: Token) -> list[Match]:
        """The "be" entries of a passive participle the parse made a verb ("was encouraged by the plan",
        "were disappointed with the council": the mood of "be encouraged"), read before the verb's own
        senses."""
        if not _passive_participle(tok):
            return []
        return [Match(p.entry, tok, [tok], context="verb") for p in self.lex.verb_index.get("be", ())
                if p.rest == (tok.lower_,) and adjectival_passive(tok, p.entry)]

    @staticmethod
    def _has_particle_entry(phrases: list[Phrase], prt: str) -> bool:
        return any(p.rest and p.rest[0] == prt for p in phrases)

    @staticmethod
    def _phrase_tokens(tok: Token, p: Phrase) -> list[Token]:
        words = [tok]
        if p.rest:
            want = set(p.rest)
            for c in tok.children:
                if (c.lemma_.lower() in want or c.lower_ in want) and not (c.dep_ == "prep" and c.i < tok.i):
                    words.append(c)
        return words

    def noun_matches(self, sent: Span) -> list[Match]:
        out = []
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN", "VERB") or tok.dep_ == "compound":
                continue
            if tok.pos_ == "VERB" and tok.tag_ != "VBG":
                continue
            if tok.pos_ == "VERB" and tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
                continue
            lemma = tok.lemma_.lower()
            phrases = self.lex.noun_index.get(lemma) or self.lex.noun_index.get(tok.lower_)
            if not phrases:
                continue
            matched = None  # the longest phrase here; an entry of the same words may read another context
            first = None  # ("arrest" after a light verb, else as someone's arrest)
            for p in phrases:
                words = self._noun_words(tok, p)
                if words is None or (matched is not None and len(words) != matched):
                    continue
                matched = len(words)
                m = Match(p.entry, tok, words)
                if not self._noun_context(m):
                    continue
                if first is None:
                    first = m
                    out.append(m)
                elif m.entry.source_sectors is not None:  # another reading, for other doers
                    first.alternatives.append(m)
        return out

    @staticmethod
    def _noun_words(tok: Token, p: Phrase) -> list[Token] | None:
        if not p.rest:
            return [tok]
        n = len(p.rest)
        start = tok.i - n
        if start < tok.sent.start:
            return None
        before = tok.doc[start:tok.i]
        seen = [t.lemma_.lower() if t.lemma_.lower() == w else t.lower_
                for t, w in zip(before, p.rest, strict=True)]
        if seen != list(p.rest):
            return None
        return [*before, tok]

    def _sum_received(self, tok: Token, prep: Token) -> tuple[Token, Token]:
        """"received $2 million in aid", "received 182 billion dollars in federal aid": the sum received (and
        its verb) stands for the aid it is counted in; else ``tok`` and its head unchanged."""
        owner = prep.head
        total = owner if owner.dep_ in ("dobj", "obj") else first_child(owner, "dobj")
        if total is None or total.head.lemma_.lower() not in self.lex.receiving_verbs:
            return tok, prep
        return total, total.head

    def _noun_context(self, m: Match) -> bool:
        """Decide whether a noun trigger describes an event here, and how."""
        first = m.words[0]
        if first.i != m.token.i and m.token in first.subtree:  # "a state of emergency": headed by "state"
            m.token = first
        tok = m.token
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in CONTAINER_NOUNS:
            tok = tok.head.head  # "carried out a campaign of ethnic cleansing", "a wave of arrests"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "charge":
            tok = tok.head.head  # "took charge of the investigation": who takes charge of it leads it
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX"):
                m.light_verb, m.context = tok.head.head, "light"  # "is in charge of the investigation"
                return True
        head = tok.head
        # the head of a conjunction shares the context: "airstrikes and shelling" after a light verb
        while tok.dep_ == "conj" and head != tok:
            tok, head = head, head.head
        if m.entry.given and tok.dep_ == "pobj" and head.lower_ == "in":
            tok, head = self._sum_received(tok, head)
        receiving = head.lemma_.lower() in self.lex.receiving_verbs or given_to_subject(head)
        if m.entry.given and tok.dep_ in ("dobj", "obj") and receiving:
            m.light_verb, m.context = head, "received"  # "won the endorsement of the union"
            return True
        if m.entry.received_only:
            return False
        if m.entry.code[:2] in VIOLENT_ROOTS and tok.dep_ == "dobj" and head.lemma_.lower() in AVERTING_VERBS:
            return False  # "drug makers seeking to avoid a police raid", "foiled an attack": none took place
        freed = m.entry.code.startswith("084") and freed_on(tok) is not None  # "remains free on bail"
        if m.entry.patient and (freed or held_in(tok) is not None):
            m.context = "patient"  # "who is now in custody": the holder is implied, the held the subject
            return True
        meeting = m.entry.code[:2] == "04" and "between" in m.entry.targets
        if tok.dep_ in ("dobj", "nsubjpass", "obj") and head.pos_ in ("VERB", "AUX") and \
                self._is_light(head, entry=m.entry):
            m.light_verb, m.context = head, "light"
            if meeting and is_passive(head) and agent(head) is None and between_pair(m.token, True):
                m.light_verb, m.context = None, "between"  # "talks between Iran and the US were held"
            elif signed_between(m, head):
                m.context = "between"  # "a peace deal was signed between Ethiopia and Eritrea"
            return True
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and \
                self._is_light(head.head, prep=head.lower_, entry=m.entry):
            m.light_verb, m.context = head.head, "light"
            return True
        told = next((c for c in m.token.children if c.dep_ == "relcl" and self._is_light(c, entry=m.entry) and
                     not any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children)), None)
        if told is not None:  # "the lawsuit we filed", "the sanctions that Washington imposed on Russia"
            m.light_verb, m.context = told, "between" if signed_between(m, told) else "light"
            return True  # ("the accords that were signed between Lebanon and Syria": each with the other)
        if (done := self._done_by(m)) is not None:  # "sanctions imposed by the EU on Russia"
            m.light_verb, m.context = done, "light"
            return True
        if m.entry.possessive and any(c.dep_ == "poss" for c in m.token.children):
            m.context = "own"  # "Biden's visit to the border"
            return True
        has_target = any(c.dep_ == "prep" and c.lower_ in m.entry.targets for c in m.token.children)
        if m.entry.possessive and has_target and _named_doer_before(m.token):
            m.context = "own"  # "a Senate probe into the Pentagon", "Chinese talks with Russia"
            return True
        argument = tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"  # "mediated talks between …"
        if meeting and head.lemma_.lower() in WITNESSING_VERBS:
            argument = False  # "television showed a meeting between Putin and Aliyev": it took place
        if meeting and told_failed(tok):
            return False  # "welcomed the failure of the talks between Israel and Hamas": no talks to code
        if "between" in m.entry.targets and not argument and between_pair(m.token, meeting) is not None:
            m.context = "between"  # "fighting between police and insurgents": each against the other
            return True
        in_verb_phrase = tok.dep_ == "pobj" and head.head.pos_ == "VERB" and \
            head.lower_ in ("in", "during", "by") and m.entry.code[:2] in VIOLENT_ROOTS
        if noun_agent(m.token) is not None and not m.entry.patient and not in_verb_phrase and \
                m.token.lemma_.lower() not in VAGUE_ACTS:
            # (not "killed in the attack by Russian forces": the killing is that attack, coded once)
            m.context = "own"  # "an attack by government forces on the village", "arrests by police"
            return True
        protest = m.entry.code[:2] == "14" or any(r.code[:2] == "14" for r in m.entry.refine)
        if protest and _state_of(tok, m.token):
            m.light_verb, m.context = head.head, "state"  # "nurses are on strike"
            return True
        if m.entry.code[:2] == "14" and tok.dep_ == "dobj" and _verb_phrase(head) in SPARKING_VERBS:
            m.light_verb, m.context = head, "sparked"  # "the police killing sparked protests"
            return True
        if m.entry.code[:2] == "18" and _charge_of(tok) is not None:  # (not "arrested in a police raid")
            m.light_verb, m.context = _charge_of(tok), "alleged"  # "charged in the stabbing death of a man"
            return True
        if m.entry.possessive and m.entry.code[:2] in VIOLENT_ROOTS and \
                _modified_with_victim(m.token, m.entry.targets, m.words):
            m.context = "own"  # "the police killing of an unarmed man": the modifier may name its author
            return True
        if m.entry.course_preps and \
                (verb := _course_of(tok, m.entry.course_preps, frozenset(m.entry.targets))) is not None:
            m.light_verb, m.context = verb, OPENING  # "police seized guns in raids": theirs, and a seizure
            return True
        if m.entry.possessive and has_target and (verb := _opening_clause(tok)) is not None:
            m.light_verb, m.context = verb, OPENING  # "During a visit to Tunis, Macron criticised …"
            return True
        if m.entry.code[:2] == "04" and has_target and (verb := _there_for(tok)) is not None:
            m.light_verb, m.context = verb, "light"  # "Kouchner, in Riyadh for talks with Saudi officials, …"
            return True
        if _borne_criticism(tok, m):
            m.light_verb, m.context = head.head, BORNE  # "raised the age despite opposition from the unions"
            return True
        if m.entry.code[:2] == "09" and (verb := _finding(m.token)) is not None:
            m.light_verb, m.context = verb, "own"  # "a Union-Tribune investigation revealed that the mayor …"
            return True
        if m.entry.code[:2] in ASPECT_ROOTS and not m.entry.patient and \
                (verb := going_on(m.token)) is not None:
            m.light_verb, m.context = verb, CONTINUED  # "the talks continued", "negotiations were ongoing"
            return True
        if m.entry.light_only:
            return False
        if tok.dep_ in ("nsubj",) and head.pos_ == "VERB" and head.lemma_.lower() in self.lex.impact_verbs:
            m.light_verb, m.context = head, "impact"
            return True
        if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in self.lex.impact_verbs:
            m.light_verb, m.context = head.head, "impact"  # "damaged by Israeli airstrikes"
            return True
        for rel in m.token.children:  # "an airstrike that killed 20 soldiers"
            if rel.dep_ == "relcl" and rel.lemma_.lower() in self.lex.impact_verbs and \
                    any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in rel.children):
                m.light_verb, m.context = rel, "impact"
                return True
        # own source: "Russian airstrikes on Aleppo", "the army's offensive against rebels"
        has_modifier = any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in m.token.children)
        if m.entry.patient and (has_modifier or has_target) and not _only_referred_to(tok):
            m.context = "patient"  # "the Menendez indictment", "a verdict against"
            return True
        if has_modifier and has_target:
            m.context = "own"
            return True
        imposed = next((c for c in m.token.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                        c.lemma_.lower() in PERPETRATING), None)
        if has_modifier and imposed is not None:  # "the Israeli blockade imposed on Gaza"
            m.light_verb, m.context = imposed, "own"
            return True
        if any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP", "ORG") for c in m.token.children) and \
                not m.entry.patient:
            m.context = "own"  # "Israel's intensive bombardment" (a state's or a group's, not "his attack")
            return True
        return False

    def _done_by(self, m: Match) -> Token | None:
        """The light verb of a noun told as a passive participle with its doer after "by" ("a lawsuit
        filed by Texas against the department", "talks held by Egypt with Hamas"): the doer is the source,
        the participle's prepositions name the target, as when the light verb leads the clause (one must)."""
        targets = set(m.entry.targets)

        def aimed(c: Token) -> bool:  # whom it is aimed at, on the participle or on the noun
            return any(p.dep_ == "prep" and p.lower_ in targets for h in (c, m.token) for p in h.children)
        return next((c for c in m.token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > m.token.i
                     and c.lemma_.lower() != "lead" and agent(c) is not None
                     and self._is_light(c, entry=m.entry) and aimed(c)),
                    None)  # (not "a rally led by teachers": who heads it)

    def _is_light(self, verb: Token, prep: str | None = None, entry: Entry | None = None) -> bool:
        if object_predicate(verb) is not None:
            return False  # "called the request unrealistic" names the request; it makes no request
        lemma = verb.lemma_.lower()
        if entry is not None and prep is None and lemma in entry.light_verbs and not particle(verb):
            return True  # "had talks with Xi", "will have a call with the minister"
        if entry is not None and prep is not None and f"{verb.lemma_.lower()} {prep}" in entry.light_verbs:
            return True  # "went on hunger strike"
        if entry is not None and entry.own_light_verbs_only:
            return False
        prt = particle(verb)
        if prt and f"{lemma} {prt}" in self.lex.light_verbs:
            return True
        if prt and prt != "off":  # ("called off talks": the act, negated)
            return False  # a particle makes another verb: "held up the aid" delayed it, "held talks" is light
        if prep and f"{lemma} {prep}" in self.lex.light_verbs:
            return True
        return lemma in self.lex.light_verbs and prep is None


#: event nouns too vague to be an attack by whoever follows "by" ("a sting operation by undercover agents")
VAGUE_ACTS = frozenset({"operation", "push", "advance", "campaign", "action"})
#: words of a custody that is care: "in state custody", "in foster custody"
CARE_WORDS = frozenset({"state", "foster", "protective", "joint", "sole", "shared", "parental"})
#: verbs whose subject is where "in custody" puts it (not "died in custody": a death, no detention told)
STATE_VERBS = frozenset({"be", "remain", "stay", "sit", "languish", "spend", "serve"})


#: particles that leave a verb its sense ("shot down", "beat up", "fight back"); others make another verb
SAME_SENSE_PARTICLES = frozenset({"up", "down", "back", "in"})


#: verbs whose object is violence that did not take place ("avoid a raid", "thwarted an attack")
AVERTING_VERBS = frozenset({"avoid", "prevent", "avert", "escape", "evade", "foil", "thwart", "fear"})


#: roots of violent acts (assault, fight, mass violence): a verb of the same sentence names the act again
#: ("killed in the attack by Russian forces")
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


#: verbs of a warrant issued: "a judge signed a warrant for his arrest"
WARRANT_VERBS = frozenset({"issue", "sign", "obtain", "file", "grant", "approve"})
#: prepositions of the crime someone is charged with or arrested for ("charged in the beating death of")
CHARGE_PREPS = frozenset({"in", "with", "for", "over", "of"})
#: the offence named before the act it was: "charged with murder in the beating of a neighbour"
OFFENCE_NOUNS = frozenset({"murder", "manslaughter", "homicide", "charge", "count"})


def _charge_of(noun: Token) -> Token | None:
    """The passive verb of a charge or arrest whose crime ``noun`` names ("was charged in the stabbing death
    of a CEO", "a youth charged with the murder of a man", "arrested for the killing of"): the accused did it,
    as alleged (not "Russia accused Ukraine of the shelling": an accusation between parties is the event)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
        return None
    gov = prep.head
    if gov.lemma_.lower() in OFFENCE_NOUNS and gov.dep_ == "pobj" and gov.head.dep_ == "prep":
        gov = gov.head.head
    return gov if gov.lemma_.lower() in ACCUSING_VERBS and is_passive(gov) else None


def _finding(noun: Token) -> Token | None:
    """The verb of what an inquiry whose author is named found ("an AP investigation found that the mayor had
    …", "a probe by the Guardian revealed that …"), with a clause of who did what; else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in FINDING_VERBS or first_child(verb, "ccomp") is None:
        return None
    named = _named_doer_before(noun) or noun_agent(noun) is not None or \
        any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
    return verb if named else None


def going_on(noun: Token) -> Token | None:
    """The verb telling that the act ``noun`` names goes on, begins or ends, not denied: "the strike
    continued", "high-level talks have been ongoing", "talks were to continue", "the investigation is at an
    early stage" (not "a strike began": an act first told; not "talks are the best way")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or \
            any(c.dep_ == "det" and c.lower_ in NEW_ACT_DETERMINERS for c in noun.children):
        return None
    later = first_child(verb, "xcomp")  # "talks were to continue Monday"
    if verb.lemma_.lower() == "be" and to_infinitive(later):
        verb = later
    words = {c.lower_ for c in verb.children if c.dep_ in ("acomp", "advmod")} | \
        {g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "in", "at", "on")
         for g in c.children if g.dep_ == "pobj"}
    told = _verb_phrase(verb) in ASPECT_VERBS or (verb.lemma_.lower() == "be" and words & ONGOING_WORDS)
    if not told or any(c.dep_ == "neg" for c in verb.children):
        return None
    as_a_rule = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)
    return None if as_a_rule and _verb_phrase(verb) not in LASTING_VERBS else verb


def told_failed(noun: Token) -> bool:
    """Talks told as having failed or fallen apart: "the failure of the negotiations between …", "the
    talks between Israel and Hamas had collapsed", "talks … broke down" (the sentence's news is the failure,
    often one party's reaction to it, not the meeting)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lemma_.lower() in FAILURE_NOUNS
    return noun.dep_ == "nsubj" and _verb_phrase(noun.head) in FAILURE_VERBS


def _state_of(tok: Token, noun: Token) -> bool:
    """"nurses are on strike", "teachers are in the fourth day of a walkout": an act its subject is in (not
    "were at the Legion on the night of March 6": a date)."""
    prep, verb = tok.head, tok.head.head
    return tok.dep_ == "pobj" and prep.lower_ in ("on", "in") and verb.lemma_.lower() in ("be", "remain") \
        and verb.i < tok.i and first_child(verb, "nsubj") is not None and noun.pos_ == "NOUN" and \
        noun.ent_type_ not in ("DATE", "TIME")


def _verb_phrase(verb: Token) -> str:
    """The lemma of a verb with its particle ("touch off")."""
    prt = particle(verb)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()


def _modified_with_victim(noun: Token, preps: Iterable[str], words: list[Token]) -> bool:
    """A violent act's noun with a modifier before it (not a word of the trigger: "sexual violence") and its
    victim after "of" or one of its target prepositions ("the police killing of a man", "the Israeli
    killing of aid workers", "a police raid on their home"): whether the modifier names an author is the
    coder's to tell (not "the brutal killing of a teenager")."""
    preps = {"of", *preps}
    modified = any(c.dep_ in ("compound", "amod") and c.i < noun.i and c not in words for c in noun.children)
    return modified and any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children)


def _adverb_particle(verb: Token) -> str | None:
    """"pressed ahead with the march", "pushed on": an adverb the parse does not call a particle that
    makes another verb all the same (carry on)."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ == "advmod" and nxt.head == verb and \
            nxt.lower_ in ("ahead", "on", "forward") and \
            not any(c.lower_ == "of" for c in nxt.children):  # not "asked ahead of the game"
        return nxt.lower_
    return None


def adjectival_passive(verb: Token, entry: Entry) -> bool:
    """A passive participle read as the adjective of ``entry``'s "be" phrase: the subject's mood, aimed at
    what follows "by" / "with" ("was heartened by Japan's offer"); not with an infinitive or clause, where
    someone acts on the subject ("was encouraged by the minister to apply")."""
    return _passive_participle(verb) and f"be {verb.lower_}" in entry.lemmas and \
        not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _passive_participle(verb: Token) -> bool:
    """A past participle with a passive "be": "was encouraged", "were disappointed"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)


def _copula(tok: Token) -> bool:
    """"Been" before an adjective, in any clause: "staffers who have been critical of the paper"."""
    return any(c.dep_ == "acomp" for c in tok.children)


def _particle(verb: Token, word: str) -> bool:
    """``word`` is a particle of ``verb`` ("gave in", "took in refugees"), not a preposition with an object of
    its own ("gave a speech in Ohio")."""
    return any(c.lower_ == word and (c.dep_ == "prt" or not any(g.dep_ == "pobj" for g in c.children))
               for c in verb.children)


def _opening_clause(noun: Token) -> Token | None:
    """The verb of the clause a phrase like "during a visit to Tunis" or "after talks with Xi" opens, before
    the verb and its subject, whose subject is the visitor ("In a visit to Tunis, Macron criticised …"); not
    a visit whose doer the phrase names ("during his visit", "the visit of the head of state", "the IOC
    committee visit", "a French visit") nor a phrase after the verb."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i or \
            any(_names_a_doer(c) for c in noun.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb if subj is not None and prep.i < subj.i else None


def _course_of(noun: Token, preps: frozenset[str], targets: frozenset[str] = frozenset()) -> Token | None:
    """The verb of a clause whose doer did it in the course of the act ``noun`` names ("officers seized
    heroin in raids in the city", "police arrested two men during a raid", "wrote to the court in support
    of the judge"); not an act whose doer the noun's phrase names ("during an FBI raid", "in a raid by
    agents"). A preposition of the noun's ``targets`` names whom it is aimed at ("in support of X")."""
    prep = noun.head
    verb = prep.head
    while verb.dep_ == "conj" and verb.pos_ in ("NOUN", "PROPN"):  # "seized guns, drugs in raids": the
        verb = verb.head  # phrase hung on the object (a misattachment) belongs to its verb
    if verb.dep_ == "dobj":
        verb = verb.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps or \
            verb.pos_ not in ("VERB", "AUX") or \
            any(_names_a_doer(c) and not (c.dep_ == "prep" and c.lower_ in targets) for c in noun.children):
        return None
    return verb if any(c.dep_ in ("nsubj", "agent") for c in verb.children) else None


#: verbs whose object is a meeting that took place, told or seen by someone else than its parties
WITNESSING_VERBS = frozenset({"show", "televise", "broadcast", "follow", "conclude", "wrap", "attend"})
#: verbs of being or going somewhere, whose subject is there for the talks a "for" phrase names
STAY_VERBS = frozenset({"be", "arrive", "come", "go", "travel", "fly", "head", "stay", "remain", "return",
                        "leave", "land", "gather"})


def _there_for(noun: Token) -> Token | None:
    """The verb whose subject is somewhere for the talks ``noun`` names: "was in Riyadh for talks with",
    "arrived on Monday for talks with", "Kouchner, in town for meetings with Saudi officials, told …"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    verb, place = prep.head, None
    if verb.dep_ == "pobj" and verb.head.lower_ in ("in", "to") and verb.head.dep_ == "prep":
        place, verb = verb, verb.head.head  # ("in town for meetings": the place holds the phrase)
    if verb.pos_ not in ("VERB", "AUX") or (place is None and verb.lemma_.lower() not in STAY_VERBS):
        return None
    return verb if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else None


def _named_doer_before(noun: Token) -> bool:
    """A state or a body named before an act noun, as its doer may be in a possessive ("a Senate probe into",
    "the FBI investigation into"; not an adjective of nationality: "a French visit" may be tourists')."""
    return any(c.dep_ in ("compound", "nmod") and c.i < noun.i and c.ent_type_ in ("GPE", "ORG")
               for c in noun.children)


def _names_a_doer(mod: Token) -> bool:
    """A modifier of an act noun that may name who does it: "his", "IOC", "of the president", "French"."""
    return mod.dep_ in ("poss", "compound", "nmod") or (mod.dep_ == "prep" and mod.lower_ in ("of", "by")) \
        or (mod.dep_ == "amod" and mod.ent_type_ in ("NORP", "GPE", "ORG"))


def held_in(noun: Token) -> Token | None:
    """The verb of "X is / remains in custody" or "X is under investigation" when ``noun`` is that custody or
    investigation (else None)."""
    prep = noun.head
    if any((c.dep_ == "prep" and c.lower_ == "of" and not _of_holding_body(c)) or c.lower_ in CARE_WORDS
           for c in noun.children):
        return None  # "in the custody of their grandmother", "the boy is in state custody": care, not arrest
    if noun.dep_ == "pobj" and prep.lower_ in ("in", "under") and prep.head.lemma_.lower() in STATE_VERBS:
        return prep.head
    return None


#: words that put someone at liberty in "free on bail", "out on bond", "free without bond"
AT_LIBERTY = frozenset({"free", "out"})


def freed_on(noun: Token) -> Token | None:
    """The verb of "X is / remains free on bail" or "X is out on bond" when ``noun`` is that bail (else None):
    the state of a suspect the court let go ("Fumo, free on bail, …" with no verb tells no one's state)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "without"):
        return None
    head = prep.head
    if head.lower_ in AT_LIBERTY and head.dep_ in ("acomp", "advmod", "prt"):
        head = head.head  # "is free on bail": "on" hangs on "free"
    elif not any(c.dep_ in ("acomp", "advmod", "prt") and c.lower_ in AT_LIBERTY and c.i < prep.i
                 for c in head.children):
        return None  # ("held without bond": a custody; "remains free on bail": "on" hangs on the verb)
    return head if head.lemma_.lower() in STATE_VERBS else None


#: words of a body that holds people it arrests: "in the custody of the county sheriff's office"
HOLDING_BODY_WORDS = frozenset({"police", "sheriff", "sheriff's", "marshal", "marshals", "authorities",
                                "agents", "officers", "fbi", "dea", "ice", "troops", "army", "military",
                                "forces"})


def _of_holding_body(of: Token) -> bool:
    """An "of" that names the police or an army as the holder ("in the custody of Ohio police")."""
    return any(t.lower_ in HOLDING_BODY_WORDS for o in of.children if o.dep_ == "pobj" for t in o.subtree)


def between_pair(noun: Token, meeting: bool = False) -> tuple[Token, Token] | None:
    """The two sides after "between" ("clashes between police and insurgents"), when the noun names both;
    of a ``meeting`` also those after "of" ("a summit of France and Germany", "a meeting of the leaders of
    France and Germany") or joined by a hyphen before it ("US-China talks")."""
    # ("the opportunities of the DPRK-U.S. summit": a meeting only referred to names no parties of its own)
    meeting = meeting and noun.dep_ in ("nsubj", "nsubjpass")
    preps = ("between", "of") if meeting else ("between",)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            first = first_child(c, "pobj")
            if first is not None and c.lower_ == "of" and first_child(first, "conj") is None:
                first = next((o for _p, o in pobj_of(first, ("of",))), None)  # "the leaders of A and B"
            second = first_child(first, "conj") if first is not None else None
            if second is not None:
                return first, second
    return _hyphen_pair(noun) if meeting else None


#: codes of a pact whose parties, named after "between", each make it with the other
ACCORD_CODES = frozenset({"057", "0871"})


def signed_between(m: Match, verb: Token) -> bool:
    """A pact or a meeting told in the agentless passive with its two parties after "between", on the noun
    or on its verb ("a ceasefire between Israel and Hamas was agreed", "an accord was signed between A and
    B", "talks were held between Iran and the US")."""
    mutual = m.entry.code in ACCORD_CODES or (m.entry.code[:2] == "04" and "between" in m.entry.targets)
    return mutual and is_passive(verb) and agent(verb) is None and \
        (between_pair(m.token) or between_pair(verb)) is not None


def _hyphen_pair(noun: Token) -> tuple[Token, Token] | None:
    """"US-China talks", "Israel-Hamas negotiations": two named parties joined by a hyphen before the noun."""
    for second in noun.children:
        if second.dep_ != "compound" or second.i > noun.i or second.ent_type_ not in PARTY_ENTS:
            continue
        first = next((c for c in second.children if c.dep_ == "compound" and c.i == second.i - 2 and
                      c.ent_type_ in PARTY_ENTS and c.nbor(1).tag_ == "HYPH"), None)
        if first is not None:
            return first, second
    return None


#: entity types of a party to talks named before the noun ("US-China talks")
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


#: verbs that refer to a known matter rather than report it: "pointing to Menendez's indictments"
REFERRING_VERBS = frozenset({"point", "cite", "refer", "reference", "mention", "recall", "discuss", "note",
                             "invoke", "highlight", "concern"})


#: what a reward is offered for ("information leading to the arrest")
TIPS = frozenset({"information", "tip", "tips", "info", "evidence"})


def _only_referred_to(noun: Token) -> bool:
    """A judicial act named as what something else is about, not reported: "pointing to Menendez's
    indictments", "overlap with Mr Trump's other criminal case"."""
    demonstrative = ("this", "that", "these", "those")
    held = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    if any(c.dep_ == "det" and c.lower_ in demonstrative for t in (noun, *held) for c in t.children):
        return True  # "informed London of this arrest", "the arrest of these persons": told of already
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REFERRING_VERBS:
        return True  # "as this concerns the arrest of a British citizen"
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    owner = noun.head.head
    if owner.lemma_.lower() == "warrant" and noun.head.lower_ == "for" and \
            owner.dep_ in ("dobj", "nsubjpass") and owner.head.lemma_.lower() in WARRANT_VERBS:
        return False  # "issued a warrant for Mixon's arrest": the arrest ordered (not "there may be one")
    if owner.lemma_.lower() == "lead" and owner.tag_ != "VBD" and \
            (owner.head.lemma_.lower() in TIPS or any(c.lemma_.lower() in TIPS for c in owner.children)):
        return True  # "a reward for information leading (that leads) to the arrest of a suspect": none yet
    return owner.pos_ in ("NOUN", "PROPN") or owner.lemma_.lower() in REFERRING_VERBS


def _small_clause(c: Token) -> bool:
    """An adjective the parser made a clause of the verb, with the verb's object as its subject: "found him
    guilty", "held Amazon liable"."""
    return c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children)


def misparsed_object(verb: Token) -> Token | None:
    """A noun after a verb without a direct object that the parser attached as something else: "criticized
    Senator Smith" (npadvmod), "dismissed the ethics complaint against him" (ccomp), "found him guilty"
    (the subject of a small clause)."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for c in verb.children:
        if c.i < verb.i:
            continue
        if _small_clause(c):
            return next(g for g in c.children if g.dep_ == "nsubj")
        if _named_as_predicate(c, verb):
            return c  # "called Governor Lena Marsh a moron": of two predicates, the first is whom it names
        named = c.tag_ in ("NNP", "NNPS") and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        if c.dep_ == "npadvmod" and named:
            return c
        determined = any(d.dep_ in ("det", "poss") for d in c.subtree if d.i < c.i)
        if c.dep_ == "ccomp" and c.tag_ in ("NN", "NNS") and determined:
            return c
        named = _named_in_free_relative(c)
        if named is not None:
            return named
    return None


#: verbs that name their object something ("called him a liar", "branded the report a hoax")
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})


def _named_as_predicate(c: Token, verb: Token) -> bool:
    """A name the parse reads as the first of a naming verb's two predicates: whom it names ("called
    Governor Lena Marsh a moron"; not "called the findings troubling")."""
    return c.dep_ == "oprd" and c.pos_ == "PROPN" and verb.lemma_.lower() in NAMING_VERBS and \
        any(o.dep_ == "oprd" and o.i > c.i for o in verb.children)


#: verbs that name what a free relative ("what he called …", "what they describe as …") stands for
FREE_RELATIVE_NAMING = NAMING_VERBS | {"describe", "characterize", "characterise"}


def _named_in_free_relative(clause: Token) -> Token | None:
    """What "what X called / described as Y" stands for: Y ("praised what he called a heroic response from
    firefighters": the response; "criticized what they describe as an offer delivered by Ottawa")."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() not in FREE_RELATIVE_NAMING or \
            not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in clause.children):
        return None
    named = first_child(clause, "oprd")
    return named if named is not None else next((o for _p, o in pobj_of(clause, ("as",))), None)


def object_heads(verb: Token) -> list[Token]:
    """Direct object plus objects of for/of/to/on prepositions (what a demand or appeal is about)."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "obj", "attr", "oprd")]
    misparsed = misparsed_object(verb)
    if misparsed is not None:
        out.append(misparsed)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    more = []
    for o in out:  # "the release of prisoners", "an end to the bombing", "a request for aid"
        # "50 million euros in aid", "$150 million in aid" (the parse makes "million" the object)
        amount = any(c.dep_ in ("nummod", "quantmod") for c in o.children) or o.like_num
        for c in o.children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "to", "on", "for") or (amount and c.lower_ == "in")):
                more.extend(g for g in c.children if g.dep_ == "pobj")
    return out + more


def infinitives_of(verb: Token) -> list[Token]:
    """Infinitive clauses the parser hung on ``verb`` as adverbials ("pleaded with Israel to allow aid")."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def inside_idiom(lemmas: list[str], lowers: list[str], i: int, lo: int, hi: int,
                 idioms: frozenset[str]) -> bool:
    """Word ``i`` of the sentence ``lo``–``hi`` is inside a fixed phrase of two to four words, matched on
    consecutive lemmas or word forms (both coders read idioms with this)."""
    for n in (2, 3, 4):
        for k in range(max(lo, i - n + 1), min(i, hi - n) + 1):
            if " ".join(lemmas[k:k + n]) in idioms or " ".join(lowers[k:k + n]) in idioms:
                return True
    return False


def object_predicate(verb: Token) -> Token | None:
    """What a naming verb says its object is: "called her a liar"; the parse may hang the predicate inside a
    long object ("called the prosecution's request to begin the trial in July “unrealistic”")."""
    preds = [c for c in verb.children if c.dep_ == "oprd"]
    pred = preds[-1] if preds and _named_as_predicate(preds[0], verb) else first_child(verb, "oprd")
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if pred is None and len(objs) > 1 and verb.lemma_.lower() in NAMING_VERBS:
        return objs[-1]  # "called Trump a liar": the parse may read the predicate as a second object
    if pred is None:
        obj = first_child(verb, "dobj")
        pred = next((t for t in obj.subtree if t.dep_ == "oprd"), None) if obj is not None else None
        if pred is None and obj is not None and verb.lemma_.lower() in NAMING_VERBS:
            pred = next((c for c in obj.children if c.dep_ == "appos" and  # "called the governor “a
                         any(t.is_quote for t in verb.doc[obj.i + 1:c.i])), None)  # moron”": quoted
    return pred


def _marked_for(clause: Token, verb: Token) -> bool:
    """``clause`` opens with "for" right after ``verb`` ("called for Israel to allow aid")."""
    return any(g.dep_ == "mark" and g.lower_ == "for" and g.i == verb.i + 1 for g in clause.children)


#: nouns whose own infinitive tells what they are ("his plans to change regulations", "the right to vote"):
#: that infinitive is no complement of the verb they are object of ("called his plans to change … a giveaway")
INFINITIVE_NOUNS = frozenset({"plan", "proposal", "decision", "effort", "attempt", "bid", "move", "right",
                              "ability", "power", "chance", "opportunity", "need", "way", "money", "fund",
                              "authority", "permission", "intention", "promise", "pledge", "commitment",
                              "offer", "threat", "refusal", "failure", "push", "campaign", "scheme"})


#: the tags of a finite verb (a relative clause's "meets", "was", "said"), never an asked act's infinitive
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def complement_verb(verb: Token) -> Token | None:
    c = first_child(verb, "xcomp", "ccomp")
    if c is None:  # "called for Israel to allow aid": a for-clause the parse hangs as an adverbial
        c = next((a for a in verb.children if a.dep_ == "advcl" and _marked_for(a, verb)), None)
    if c is None and (adj := first_child(verb, "acomp")) is not None:
        c = first_child(adj, "xcomp")  # "is ready to negotiate": the infinitive of the predicate adjective
    if c is None:
        # "urged Russia to halt": spaCy may attach the infinitive to the object
        for o in verb.children:
            if o.dep_ in ("dobj",) and o.lemma_.lower() not in INFINITIVE_NOUNS:
                c = first_child(o, "acl", "relcl")
                if c is not None and c.tag_ == "VB":
                    return c
        if c is not None and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children):
            return None  # "blamed Russia, a charge denied by the Kremlin": told of, not asked for
        if c is not None and c.tag_ in FINITE_TAGS:
            return None  # "demanding climate action that meets the threat": what the object is, not the ask
    return c


def _borne_criticism(tok: Token, m: Match) -> bool:
    """A criticism, an objection or an accusation "from" someone that a clause's act is done despite or
    amid: the critic is named and the clause's subject is the one criticised."""
    return m.entry.code[:2] in ("11", "12") and tok.dep_ == "pobj" and tok.head.lower_ in SPITE_PREPS and \
        tok.head.head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "prep" and c.lower_ == "from" for c in m.token.children)
