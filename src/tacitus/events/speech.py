"""Speech acts: "X said …" is X's act. The content decides the code and the addressee:

* content naming another actor with disparaging words → 111 (criticise) toward that actor;
* … with words of wrongdoing → 112 (accuse);
* otherwise 010 (make a statement), toward whoever was told (``told reporters`` is no addressee).

Only the speech act is coded here; an act reported in the content ("said its forces killed …") is coded on
its own by the ordinary triggers, with the speaker as ``reported_by``.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.events.triggers import ngrams

#: dependency labels that carry the content of a speech verb
CONTENT_DEPS = ("ccomp", "parataxis", "xcomp")


def content_of(verb: Token) -> Token | None:
    """The head of what was said: the complement clause, or the quote a parenthetical "he said" hangs on."""
    for c in verb.children:
        if c.dep_ in CONTENT_DEPS and not _clause_before_semicolon(c, verb):
            return c
    if verb.dep_ in ("parataxis", "ccomp") and verb.head != verb and verb.head.i < verb.i and \
            not _clause_before_semicolon(verb.head, verb) and not subordinated(verb):
        return verb.head  # "“They are dishonest,” he said"
    return None


def subordinated(verb: Token) -> bool:
    """A clause opened by "that", "whether", "if" …: what its head says of it, not a speech clause after a
    quote ("it is unjust that the US declared an alert" — 'unjust' is not what the US declared)."""
    return any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children)


def _clause_before_semicolon(clause: Token, verb: Token) -> bool:
    """A clause ended by a semicolon before the speech verb: a sentence of its own, not what was said ("the
    prosecutor questioned him; he claimed he had no idea")."""
    if clause.i > verb.i:
        return False
    end = max(t.i for t in clause.subtree if t.i < verb.i)
    return any(t.text == ";" for t in verb.doc[end:verb.i])


def quote_continuation(verb: Token, content: Token | None) -> Token | None:
    """The second part of a quote split by its speech clause: “The bill won't pass,” Biden said, “because
    Trump would rather weaponize the issue.” — the clause after the speaker, opening with a quote mark."""
    if content is None or content.i > verb.i:
        return None
    for c in verb.children:
        if c.i > verb.i and c is not content and c.dep_ in ("ccomp", "parataxis", "advcl", "conj") and \
                c.pos_ in ("VERB", "AUX") and \
                any(t.is_quote for t in verb.doc[verb.i + 1:c.left_edge.i + 1]):
            return c
    return None


def content_tokens(content: Token, verb: Token) -> list[Token]:
    """The content's tokens: its subtree, less the speech clause when the content is the verb's head."""
    if content.head == verb or verb in content.ancestors:
        return list(content.subtree)
    speech = {t.i for t in verb.subtree}
    return [t for t in content.subtree if t.i not in speech]


#: nouns a judging word only names when it modifies them: "the election interference case", "his fraud trial"
NAMED_MATTERS = frozenset({"case", "trial", "scandal", "investigation", "probe", "inquiry", "charge",
                           "indictment", "lawsuit", "suit", "hearing", "conviction", "verdict", "law", "bill",
                           "unit", "squad", "arrest", "allegation", "victim", "survivor", "prevention",
                           "awareness", "program", "programme", "training"})  # "sexual assault arrests"


def content_words(content: Token, verb: Token) -> set[str]:
    """Lemmas, lower-case forms and their n-grams of the content's words (not the speech clause's own), less
    the words that only name a matter ("the election interference case": no accusation)."""
    return ngrams([t for t in content_tokens(content, verb)
                   if not names_a_matter(t) and not names_a_topic(t)])


def names_a_matter(tok: Token) -> bool:
    """A modifier inside the name of a case, trial or law ("interference" in "the election interference
    case")."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head is not tok and head.lemma_.lower() in NAMED_MATTERS


#: nouns whose on/against/into object is a topic worked on, not a charge: "his work on corruption"
TOPIC_HOLDERS = frozenset({"work", "research", "reporting", "report", "book", "study", "expertise", "expert",
                           "crackdown", "fight", "campaign", "war", "effort", "conference", "legislation",
                           "cooperation", "measure", "rule", "guidance", "training", "course"})
#: verbs whose from-object is what is barred, not what was done: "the agency is prohibited from spying"
BARRING = frozenset({"prohibit", "bar", "ban", "forbid", "restrain", "deter", "refrain", "preclude"})


def names_a_topic(tok: Token) -> bool:
    """A judging word that names what is barred or worked on, or a confusion, not a charge against anyone:
    "legally prohibited from spying", "his work on corruption", "the tie is mistaken for a friendship"."""
    head = tok.head
    if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "from" and head.head.lemma_.lower() in BARRING:
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("on", "against", "into") and \
            head.head.lemma_.lower() in TOPIC_HOLDERS:
        return True
    return tok.lemma_.lower() == "mistake" and tok.pos_ == "VERB" and \
        any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def content_actor_tokens(content: Token, verb: Token) -> list[Token]:
    """Candidate heads of actors the content is about: its subject and objects first, then other nouns."""
    first, rest = [], []
    for t in content_tokens(content, verb):
        if t.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        (first if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") else rest).append(t)
    return first + rest
