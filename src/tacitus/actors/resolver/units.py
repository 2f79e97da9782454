"""The resolver's word lists, its resolved units (_Unit) and a document's actors (DocumentActors)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.parts_of_speech import ADJ, NOUN, PRON, PROPN, X
from spacy.tokens import Doc, Token

from tacitus.actors.codes import split_code
from tacitus.actors.lexicon import Entry
from tacitus.model.records import Actor

if TYPE_CHECKING:
    from tacitus.actors.resolver.resolver import ActorResolver


#: dependency labels of tokens that modify a noun inside its phrase (not phrase heads)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nummod", "det", "case", "punct"})
#: a left modifier reached through one of these lemmas does not give the head its country ("US-backed")
BLOCKING_LEMMAS = frozenset(
    {
        "back",
        "support",
        "sponsor",
        "arm",
        "train",
        "fund",
        "hold",
        "control",
        "occupy",
        "ally",
        "allied",
        "align",
        "aligned",
        "inspire",
        "link",
        "affiliate",
        "base",
    }
)
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "into",
        "to",
        "from",
        "toward",
        "towards",
        "on",
        "over",
    }
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: weak titles that stand for people even with nothing else in the phrase (lawyers, founders, executives)
PERSON_ROLES = frozenset({"CVL", "BUS"})
#: office holders who become elites (ELI) when "former"
FORMER_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: prefixes the tokenizer splits off a hyphenated role noun ("co-founders", "vice-chairman")
HYPHEN_PREFIXES = frozenset({"co", "vice", "deputy", "acting"})
ENT_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: parts of speech a unit without a lexicon entry needs to be resolved at all (spaCy's symbol ids)
NOMINAL_POS = frozenset({NOUN, PROPN, X, ADJ, PRON})


def mentioned_by(actor: Actor, tok: Token, rule: str, **changes) -> Actor:
    """``actor`` as the word ``tok`` mentions it (that word's text and offsets), found by ``rule``: a pronoun,
    a description or a bare "one" that refers back to it; it keeps the title its antecedent was named by."""
    return replace(actor, text=tok.text, start=tok.idx, end=tok.idx + len(tok), rule=rule,
                   title=carried_title(actor), **changes)


#: naming rules of an office a mention carried elsewhere keeps: "Gov. Pell" (title:gov.), "the mayor"
#: (agent:mayor, carried to the story's country as carry:group+agent:mayor)
TITLE_RULES = ("title:", "agent:", "phoenix:title:", "phoenix:agent:", "carry:group+")


def carried_title(actor: Actor) -> str | None:
    """The title or office ``actor`` was named by, for a mention that carries it to another word (a pronoun,
    a quote's "we", a bare surname): the one its antecedent already carried, else its own naming rule."""
    if actor.title:
        return actor.title
    return actor.rule if actor.rule.startswith(TITLE_RULES) else None


class _Unit:
    """A run of tokens treated as one word: a lexicon match, a named entity, or one token."""

    __slots__ = ("end", "ent", "entry", "root", "start")

    def __init__(self, start: int, end: int, entry: Entry | None, ent: str, root: Token):
        self.start, self.end, self.entry, self.ent, self.root = start, end, entry, ent, root


class DocumentActors:
    """Actor mentions of one document, with look-ups by spaCy token."""

    def __init__(self, doc: Doc, resolver: ActorResolver, published: dt.date | None):
        self.doc = doc
        self._r = resolver
        self.published = published
        self._units: list[_Unit] = []
        self._unit_of: list[int] = []
        self._actor: dict[int, Actor | None] = {}  # unit index -> actor
        self.mentions: list[Actor] = []
        self.surnames: set[int] = set()  # tokens of countries' names that are people's ("Brown and Jordan")
        self.quote_spans: list[tuple[int, int]] | None = None  # direct quotes' character spans, when asked
        self.pairs: dict[int, list[Actor]] = {}  # "both", "the two sides": the two parties, by token
        self.place_countries: Counter | None = None  # how often places of each country are named, when asked

    def pair_of(self, token: Token) -> list[Actor] | None:
        """The two parties a subject such as "both" or "the two sides" stands for, when it stands for two."""
        return self.pairs.get(token.i)

    # ------------------------------------------------------------------ public
    def unit_actor(self, token: Token) -> Actor | None:
        """The actor of the unit holding ``token`` itself (no climbing to a head: :meth:`for_token`)."""
        return self._actor.get(self._unit_of[token.i])

    def for_token(self, token: Token) -> Actor | None:
        """The actor of the noun phrase headed by ``token`` (or containing it as a modifier)."""
        doc = token.doc
        if token.lower_ in HYPHEN_PREFIXES and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and \
                not token.whitespace_ and doc[token.i + 2].pos_ == "NOUN":
            token = doc[token.i + 2]  # "the co-founders sued him": split by the tokenizer, parsed at "co"
        u = self._unit_of[token.i]
        seen = 0
        while seen < 8:
            seen += 1
            a = self._actor.get(u)
            if a is not None:
                return self._name_after_title(u, a) or a
            root = self._units[u].root
            if root.dep_ in ("compound", "flat", "nmod", "amod") and root.head != root:
                nu = self._unit_of[root.head.i]
                if nu == u:
                    break
                u = nu
                continue
            break
        return self._collective(token)

    def _name_after_title(self, u: int, title: Actor) -> Actor | None:
        """The named person a bare title opens ("accused President Barack Obama of …", which the parser split
        into "President" and a name it hung elsewhere): the person's actor, when the title alone has no
        country and the name that follows it at once is a person the resolver knows."""
        if not title.rule.startswith("title:") or title.person or title.country:
            return None
        end = self._units[u].end
        doc = self.doc
        if end >= len(doc) or doc[end].ent_type_ != "PERSON" or doc[end].ent_iob_ != "B":
            return None
        named = self._actor.get(self._unit_of[end])
        return named if named is not None and named.person and named.country else None

    def _collective(self, token: Token) -> Actor | None:
        """"the NATO alliance", "the Hamas leadership": the body named before a collective head."""
        root = self._units[self._unit_of[token.i]].root
        before = root.doc[root.i - 1] if root.i > 0 else None
        two = f"{before.lower_} {root.lemma_.lower()}" if before is not None and before.head == root else ""
        # ("EU member states": the two words of "member state")
        if root.lemma_.lower() not in self._r.lex.collective and two not in self._r.lex.collective:
            return None
        for child in sorted(root.subtree, key=lambda t: -t.i):  # ("EU member states": EU hangs on member)
            if child.i < root.i and child.dep_ in ("compound", "amod", "nmod"):
                a = self.unit_actor(child)
                if a is not None and a.rule != "coref:pronoun":
                    return a
        return self._bloc_of_members(root) if two == "member state" else None

    def _bloc_of_members(self, root: Token) -> Actor | None:
        """Bare "member states": those of the intergovernmental body named before in the sentence ("at a
        meeting of the OAS in Washington, member states agreed …"), acting as that body."""
        for t in reversed(root.doc[root.sent.start:root.i]):
            a = self.unit_actor(t)
            if a is not None and a.sector == "IGO" and a.code and a.code.startswith("IGO"):
                return mentioned_by(a, root, f"{a.rule}+members")
        return None

    def country_of_word(self, token: Token) -> str | None:
        """ISO3 named by the word (or name) at ``token`` itself, without climbing to the phrase head:
        in "Russian and Syrian aircraft", "Russian" → RUS."""
        return self._r._unit_country(self.doc, self._units[self._unit_of[token.i]], self.published)

    def origin(self, noun: Token, preps: tuple[str, ...] = ("of", "from")) -> str | None:
        """The country an origin noun names ("a native of Mexico", "an Iranian national"), through ``preps``
        ("a programmer from Sweden"; not "of" for any noun: "a critic of China" is no Chinese)."""
        for c in noun.children:
            of = c.dep_ == "prep" and c.lower_ in preps
            for w in [g for g in c.children if g.dep_ == "pobj"] if of else \
                    [c, *_modifiers_of(c)] if c.dep_ in ("amod", "compound") else []:
                e = self._units[self._unit_of[w.i]].entry
                if e is not None and e.kind in ("country", "demonym", "capital"):
                    return e.code
        return None

    def origin_of(self, person: Token) -> str | None:
        """The country an apposition gives ``person`` ("Gomez, a native of Mexico": MEX)."""
        return next((c for a in person.children if a.dep_ == "appos" and a.lemma_.lower() in ORIGIN_NOUNS
                     if (c := self.origin(a))), None)

    def company_at(self, token: Token) -> bool:
        """The word at ``token`` is a company's name in the lexicons ("Toyota", "Volkswagen")."""
        e = self._units[self._unit_of[token.i]].entry
        return e is not None and e.kind == "org" and split_code(e.code)[1] == "BUS"

    def country_for_token(self, token: Token) -> str | None:
        """ISO3 of the country the phrase headed by ``token`` names or lies in ("Aleppo" -> SYR)."""
        if token.i in self.surnames:
            return None
        a = self.for_token(token)
        if a is not None and a.country:
            return a.country
        u = self._units[self._unit_of[token.i]]
        c = self._r._unit_country(self.doc, u, self.published)
        if c:
            return c
        # "the city of Aleppo", "northern Idlib province", "Aleppo's old city"
        tok = u.root
        cands = [t for t in tok.children if t.dep_ in ("compound", "nmod", "poss", "amod")]
        cands += [
            g
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        for t in cands:
            c = self._r._unit_country(self.doc, self._units[self._unit_of[t.i]], self.published)
            if c:
                return c
        return None
def _modifiers_of(word: Token) -> list[Token]:
    """The words that modify a compound's first word ("a Canadian figure skater": the parser hangs
    "Canadian" on "figure")."""
    return [m for m in word.children if m.dep_ in ("amod", "compound") and m.i < word.i] \
        if word.dep_ == "compound" else []


#: nouns of an apposition that tells where a person is from ("a native of Mexico", "an Iranian national")
ORIGIN_NOUNS = frozenset({"native", "citizen", "national", "resident"})
