"""Entities without the NER model: proper-noun runs typed by our lexicons, the gazetteer and given names.

The model's NER is about half of the small English pipeline's time on news (its own embedding layer runs
over every word). Most of what the coder reads from it is whether a capitalised run of proper nouns is a
person, an organisation or a place, and our own data answer that for most runs: the actor lexicons name
states, capitals, organisations and leaders; the gazetteer names places; ``genders.yaml`` and the census
list ``given_names.txt`` hold given names; the words of an organisation's name say it is one ("…
Association", "… Corp."). :class:`LightNer` labels each maximal run of title-case proper nouns (and
nationality adjectives) by those, in that order, and then reads a lone surname as the person named in full
elsewhere in the document. Weekday and month names, with the day before or the day and year after them
("23 March", "March 13, 2023", "Oct. 7"), years ("in 2021", "the 2024 election"; not "2000 troops") and
relative dates ("this week") are DATE. Other labels (numbers, money, events, works) are left to the rules
that need them.

The default entity source (``CodingOptions.ner = "light"``; ``--model-ner`` runs spaCy's NER instead). In
the selective pipeline it runs after the parse over the whole document: where no sentence was tagged, a
capitalised word that does not open its sentence (or an opening word our data know as a name) counts as a
proper noun, and the words of the names it finds there are tagged NNP/PROPN. A lone nationality word after
"in", "speaks", "translated into" … with no noun after it is a LANGUAGE. News-gold and speed beside the
model's NER: docs/BENCHMARKS.md.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tacitus.enrich.dates import MONTHS as DATE_MONTHS
from tacitus.enrich.dates import WEEKDAYS
from tacitus.nlp.abbreviations import TITLE_ABBREVIATIONS
from tacitus.nlp.names import (
    LANGUAGE_NAMES,
    LANGUAGE_NOUNS,
    LANGUAGE_QUALITIES,
    PROPER_TAGS,
    opens_sentence,
    token_runs,
)

KIND_LABELS = {"country": "GPE", "capital": "GPE", "place": "GPE", "org": "ORG", "metonym": "ORG",
               "leader": "PERSON", "demonym": "NORP"}
#: words before a name that make it a person's ("Mr", "Senator", "President")
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "sir", "dame", "lord",
    "lady", "president", "senator", "judge", "justice", "minister", "mayor", "governor", "secretary",
    "chancellor", "king", "queen", "prince", "princess", "pope", "rabbi", "imam", "sheikh", "general",
    "gen.", "colonel", "congressman", "congresswoman", "assemblymember", "commissioner", "supervisor",
    "prosecutor", "officer", *(a.lower() for a in TITLE_ABBREVIATIONS),
})
#: lower-case words inside a name ("Bank of England", "Institute for Economic Affairs")
CONNECTORS = frozenset({"of", "for", "de", "del", "al"})
#: lower-case particles inside Arabic and Romance place and person names ("Deir ez-Zor", "Dar es Salaam")
PARTICLES = frozenset({"el", "al", "ez", "es", "ed", "ad", "as", "ash", "az", "ar", "an", "ul", "bin", "ibn",
                       "abu", "de", "du", "da", "di", "la", "le", "van", "von", "der"})
#: words before a name that make it a place ("in Lyon", "near Bakhmut")
LOCATIVES = frozenset({"in", "at", "near", "from", "outside", "across", "to", "into", "around", "throughout"})
#: month names and abbreviations (tacitus.enrich.dates) that are also words or names on their own: "May"
#: only beside a day number, "Mar" and "Jun" only with a dot
AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jun"})
MONTHS = frozenset(DATE_MONTHS) | {f"{m}." for m in DATE_MONTHS
                                   if len(m) <= 4 and m not in ("may", "june", "july")}  # "Sept.", "Apr."
DATE_WORDS = frozenset(WEEKDAYS) | (MONTHS - AMBIGUOUS_MONTHS)


#: the label of a run nothing knows, settled once the whole document is read (a surname or a body)
UNKNOWN = "UNKNOWN_NAME"


#: "this week", "last month", "next year" … and "today", "yesterday", "tomorrow", "tonight"
RELATIVE_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
RELATIVE_WORDS = frozenset({"this", "last", "next", "past", "coming"})
RELATIVE_UNITS = frozenset({"week", "weekend", "month", "year", "morning", "evening", "afternoon"})


def _relative_dates(doc: Doc) -> list[Span]:
    """Relative date phrases the rules that need a date read ("investigates the company this week")."""
    out = []
    for t in doc:
        if t.lower_ in RELATIVE_DAYS:
            out.append(Span(doc, t.i, t.i + 1, label="DATE"))
        elif t.lower_ in RELATIVE_WORDS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in RELATIVE_UNITS:
            out.append(Span(doc, t.i, t.i + 2, label="DATE"))
    return out


def _particle(tok: Token) -> bool:
    return tok.lower_ in PARTICLES and tok.is_lower


def _before_title(span: Span) -> bool:
    """A lone word right before a title ("Foreign Secretary", "Home Secretary"): part of the title."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) == 1 and nxt is not None and nxt.lower_ in HONORIFICS and nxt.is_title


#: words before a nationality word that make it a language ("available in English", "speaks French")
LANGUAGE_CUES = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "learn", "learned",
                           "learning", "fluent", "translated", "native"})


def _languages(ents: list[Span], common: frozenset[str]) -> list[Span]:
    """A language name ("Arabic"), or a lone nationality word after "in", "speaks", "fluent", … (or after
    "and"/"or" following one) that no common noun follows or that a language noun follows, is a language,
    not a people: "available in English and Spanish", "limited English skills"."""
    out: list[Span] = []
    for sp in ents:
        if len(sp) == 1 and (sp.text.lower() in LANGUAGE_NAMES or
                             (sp.label_ == "NORP" and _names_a_language(sp, out, common))):
            sp = Span(sp.doc, sp.start, sp.end, label="LANGUAGE")
        out.append(sp)
    return out


def _names_a_language(sp: Span, before: list[Span], common: frozenset[str]) -> bool:
    doc = sp.doc
    nxt = doc[sp.end] if sp.end < len(doc) else None
    if nxt is not None and nxt.lower_ in LANGUAGE_NOUNS:
        return True  # "limited English skills", "French classes"
    if nxt is not None and (nxt.lower_ in common or nxt.pos_ in ("NOUN", "PROPN")):
        return False  # "in French politics": an adjective
    prev = doc[sp.start - 1] if sp.start else None
    if prev is None:
        return False
    if prev.lower_ in LANGUAGE_CUES or prev.lower_ in LANGUAGE_QUALITIES:
        return True
    return prev.lower_ in ("and", "or") and bool(before) and before[-1].label_ == "LANGUAGE" and \
        before[-1].end == sp.start - 1


def _tag_untagged_names(ents: list[Span]) -> None:
    """The capitalised words of names in untagged sentences become proper nouns (NNP, PROPN), so that the
    stages after NER read a name there as they read one in a parsed sentence."""
    for sp in ents:
        if sp.label_ in ("DATE", "TIME", "CARDINAL"):
            continue
        for tok in sp:
            if not tok.tag_ and tok.text[:1].isupper():
                tok.tag_, tok.pos_ = "NNP", "PROPN"


#: nouns of a person's role, in an apposition after a name ("…, the president of the union")
ROLE_NOUNS = frozenset({
    "president", "director", "chief", "head", "spokesperson", "spokesman", "spokeswoman", "founder",
    "co-founder", "leader", "chairman", "chairwoman", "chair", "ceo", "secretary", "minister", "professor",
    "lawyer", "attorney", "senator", "mayor", "governor", "editor", "reporter", "executive", "member",
})


def _role_after(span: Span) -> bool:
    """The name is followed by a role in apposition: ", the president of", ", a lawyer"."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    words = [t.lower_ for t in doc[i + 1:i + 5] if t.is_alpha]
    words = words[1:] if words[:1] in (["the"], ["a"], ["an"], ["its"], ["their"]) else words
    return any(w in ROLE_NOUNS for w in words[:2])


def _role_before(span: Span) -> bool:
    """A lower-case role noun right before the name: "said attorney Hedge Morrow", "spokesman Ed Vale"."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.is_lower and prev.lower_ in ROLE_NOUNS


def _year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


#: honorifics of a place's office holder: after a place's name they are its office, not part of a name
PLACE_OFFICES = frozenset({"gov.", "governor", "mayor", "premier"})


class LightNer:
    """Label proper-noun runs; ``kinds`` maps a lower-case name to its actor-lexicon kind,
    ``is_place(name, after a locative preposition)`` and ``demonym`` consult the gazetteer, ``given`` holds
    lower-case given names, ``org_words`` the words that end an organisation's name, ``common`` lower-case
    common nouns."""

    def __init__(self, kinds: dict[str, str], is_place: Callable[[str, bool], bool],
                 demonym: Callable[[str], bool], given: frozenset[str], org_words: frozenset[str],
                 common: frozenset[str], english: frozenset[str] = frozenset()) -> None:
        self.kinds, self.is_place, self.demonym = kinds, is_place, demonym
        self.given, self.org_words, self.common, self.english = given, org_words, common, english

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Doc) -> Doc:
        ents = [Span(doc, s, e, label=self.label(doc[s:e])) for s, e in self._split(self.runs(doc), doc)]
        ents = [sp for sp in ents if not (sp.label_ == UNKNOWN and _before_title(sp))]  # "Foreign Secretary"
        people = {sp[-1].lower_ for sp in ents if sp.label_ == "PERSON" and len(sp) > 1}
        bodies = {sp[-1].lower_ for sp in ents if sp.label_ in ("ORG", UNKNOWN) and len(sp) > 1}
        ents = [Span(doc, sp.start, sp.end, label="PERSON")
                if len(sp) == 1 and sp.label_ != "PERSON" and sp[0].lower_ in people and
                self.kinds.get(sp.text.lower()) not in KIND_LABELS else sp for sp in ents]
        # a lone unknown capitalised word is mostly a surname ("Barger said"), unless it ends a body's name
        ents = [sp if sp.label_ != UNKNOWN else
                Span(doc, sp.start, sp.end, label="PERSON" if self._surname(sp, bodies) else "ORG")
                for sp in ents]
        ents = _languages(ents, self.common)
        ents = filter_spans([self._whole_date(sp) if sp.label_ == "DATE" else sp for sp in ents])
        taken = {i for sp in ents for i in range(sp.start, sp.end)}
        ents += [Span(doc, t.i, t.i + 1, label="DATE")  # "the 2024 election", not "2000 troops"
                 for t in doc if t.i not in taken and _year(t) and
                 not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "NNS")]
        ents += [sp for sp in _relative_dates(doc) if not taken.intersection(range(sp.start, sp.end))]
        doc.set_ents(sorted(ents, key=lambda sp: sp.start))
        _tag_untagged_names(ents)
        return doc

    @staticmethod
    def _whole_date(span: Span) -> Span:
        """A month name with the day before it ("23 March") or the day and year after it ("March 13, 2023",
        "Oct. 7")."""
        doc, start, end = span.doc, span.start, span.end
        day = doc[start - 1] if start > 0 else None
        if day is not None and day.like_num and len(day.text) <= 2 and span[0].lower_ in MONTHS:
            start -= 1
        while end < len(doc) and (doc[end].like_num or (doc[end].text == "," and end + 1 < len(doc)
                                                         and _year(doc[end + 1]))):
            end += 1
        return Span(doc, start, end, label="DATE") if (start, end) != (span.start, span.end) else span

    def runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Maximal runs of title-case proper nouns or nationality adjectives, joined by "of" or "for"
        between two of them ("Institute for Economic Affairs") and "and" inside a body's name ("UN Relief and
        Works Agency"); honorifics stay outside, unless a given name comes first ("Dana King")."""
        def member(tok: Token) -> bool:
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and (prev.text == "-" or _particle(prev)) and tok.is_title and \
                    self._proper(tok):
                return True  # "Sharm el-Sheikh"
            return self._name_word(tok) or (tok.lower_ in HONORIFICS and tok.is_title and prev is not None and
                                            prev.lower_ in self.given and self._proper(prev) and
                                            not (tok.lower_ in PLACE_OFFICES and self._ends_a_place(prev)))

        def joins(tok: Token) -> bool:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if _particle(tok) or (tok.text == "-" and tok.i > 0 and _particle(doc[tok.i - 1])):
                j = tok.i + 1  # "Deir ez-Zor", "von der Leyen", "Sharm el-Sheikh"
                while j < len(doc) and (doc[j].text == "-" or _particle(doc[j])):
                    j += 1
                return j < len(doc) and (self._name_word(doc[j]) or
                                         (doc[j].is_title and self._proper(doc[j])))
            if nxt is None or not self._name_word(nxt):
                return False
            if tok.text == "&" and self._partners(doc, tok.i):
                return True  # "Stevens & Wilkinson", "Kaplan & Rothstein": a firm of partners
            if tok.lower_ in ("and", "&"):
                end = tok.i + 1
                while end < len(doc) and self._name_word(doc[end]):
                    end += 1
                # "UN Relief and Works Agency"; not "Capital Ventures and Vermont Principals Association"
                return end - tok.i - 1 <= 2 and doc[end - 1].lower_ in self.org_words and \
                    doc[tok.i - 1].lower_ not in self.org_words
            if tok.text == "-":  # "African-American"; not "Israel-Hamas", "D-New York"
                return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_ and \
                    self.demonym(nxt.text) and self.demonym(doc[tok.i - 1].text)
            if tok.lower_ not in CONNECTORS or not self._proper(nxt):
                return False
            # "Bank of England", "University of Texas"; not "Rep. Chip Roy of Texas"
            return tok.i == 0 or doc[tok.i - 1].lower_ in self.org_words or \
                not self.is_place(nxt.text, False)

        return token_runs(doc, member, joins)

    def _partners(self, doc: Doc, amp: int) -> bool:
        """Two lone surnames joined by "&" ("Stevens & Wilkinson", "Hartman & Tyner") name a firm of partners:
        neither is a given name or a name our data know, and the two are no place ("Harry & Meghan",
        "Trinidad & Tobago" are no firm; "Crate & Barrel" is one)."""
        if amp < 1 or amp + 1 >= len(doc):
            return False
        left, right = doc[amp - 1], doc[amp + 1]
        if amp >= 2 and self._name_word(doc[amp - 2]):
            return False  # "Tom Stevens & Co": a longer name, whose words say more
        if amp + 2 < len(doc) and self._name_word(doc[amp + 2]):
            return False

        def surname(t: Token) -> bool:
            return t.is_title and t.is_alpha and self._name_word(t) and t.lower_ not in self.given and \
                t.lower_ not in self.kinds  # (WordNet lists "Stevens", and many surnames name a county)

        return surname(left) and surname(right) and \
            not self.is_place(f"{left.text} and {right.text}", False)  # "Trinidad & Tobago"

    def _ends_a_place(self, tok: Token) -> bool:
        """A given name that ends a place's name ("South Carolina Gov. Henry McMaster", "West Virginia"),
        after which an honorific is the place's office holder's, not a name's part ("Dana King")."""
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return self.is_place(tok.text, False) or \
            (before is not None and before.is_title and self.is_place(f"{before.text} {tok.text}", False))

    def _split(self, runs: list[tuple[int, int]], doc: Doc) -> list[tuple[int, int]]:
        """A run with a given name or a nationality after its start is two names ("State | John Kerry",
        "Russian | Foreign"), unless the whole run is a name our data know ("Bank of England")."""
        out = []
        for start, end in runs:
            hyphenated = any(t.text == "-" for t in doc[start:end])
            cut = None
            if doc[start].lower_ not in self.given:  # "State | John Kerry"; "Chip Roy", "Morgan Stanley": one
                cut = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in self.given and
                            doc[i - 1].lower_ not in self.given), None)
            if cut is None and hyphenated:  # "the African-American | Nixon"
                dash = max(i for i in range(start, end) if doc[i].text == "-")
                if dash + 2 < end and self.demonym(doc[dash + 1].text):
                    cut = dash + 2
            # "Russian | Foreign"; not "American Bar Association"
            if cut is None and end - start > 1 and self.demonym(doc[start].text) and not hyphenated and \
                    doc[end - 1].lower_ not in self.org_words:
                cut = start + 1
            last = doc[end - 1].lower_
            party = (self.kinds.get(last) or self.kinds.get(last + "s")) in ("metonym", "demonym")
            if cut is None and end - start > 1 and party and self.is_place(doc[start:end - 1].text, False):
                cut = end - 1  # "the Michigan | Republican caucuses"
            if cut is None and end - start >= 3 and self._name_after_title(doc, start, end):
                cut = end - 2  # "Minister of Foreign Affairs | Stephane Sejourne"
            if cut is None or doc[start:end].text.lower() in self.kinds:
                out.append((start, end))
                continue
            first_end = cut
            while first_end > start + 1 and (doc[first_end - 1].lower_ in CONNECTORS or
                                             doc[first_end - 1].lower_ in ("and", "&")):
                first_end -= 1  # "Attorneys for | Donald Trump": the connector belongs to neither name
            out += [(start, first_end), (cut, end)]
        return out

    def _name_after_title(self, doc: Doc, start: int, end: int) -> bool:
        """The run ends in two name words after a common noun ("… Foreign Affairs Stephane Sejourne"): two
        words that are no common nouns, no organisation word and nothing our data know as a whole."""
        before, names = doc[end - 3], doc[end - 2:end]
        if not (self._common(before.lower_) and before.is_title):
            return False
        return all(t.is_title and t.is_alpha and not self._common(t.lower_) and t.lower_ not in self.org_words
                   for t in names) and names.text.lower() not in self.kinds and \
            not self.is_place(names.text, False)

    def _common(self, low: str) -> bool:
        return low in self.common or (low.endswith("s") and low[:-1] in self.common)

    def _name_word(self, tok: Token) -> bool:
        capitalised = tok.is_title or tok.is_upper or (tok.text[:1].isupper() and tok.is_alpha)  # "McRae"
        if not capitalised or tok.lower_ in HONORIFICS or tok.is_punct:
            return False
        if self._proper(tok):
            return True
        return tok.tag_ in ("JJ", "") and self.demonym(tok.text)  # "Israeli", "French"

    def _proper(self, tok: Token) -> bool:
        """A proper noun: the tagger's NNP/NNPS; in a sentence nobody tagged (the selective pipeline parses
        only some), a capitalised word that does not open the sentence, or an opening word our data know as a
        name (an actor, a given name, a place)."""
        if tok.is_upper and len(tok.text) > 3 and self._common(tok.lower_) and tok.lower_ not in self.kinds:
            return False  # a label in capitals ("ARRESTS –", "UPDATE:"), not an acronym
        if tok.tag_:
            return tok.tag_ in PROPER_TAGS
        text = tok.text
        if not text[:1].isupper() or text == "I" or (tok.is_stop and not tok.is_upper):
            return False  # "She", "The" (not "US")
        if not opens_sentence(tok):
            return True
        low = tok.lower_
        return low in self.kinds or low in self.given or self.is_place(text, False)

    def label(self, span: Span) -> str:
        text = span.text
        low = text.lower()
        kind = self.kinds.get(low) or self.kinds.get(low.removeprefix("the "))
        if kind in KIND_LABELS:
            return KIND_LABELS[kind]
        words = [t.lower_ for t in span]
        if len(words) == 1 and words[0] in DATE_WORDS:
            return "DATE"
        days = [t for t in (span.doc[span.start - 1] if span.start else None,
                            span.doc[span.end] if span.end < len(span.doc) else None) if t is not None]
        if words == ["may"] and any(t.like_num and len(t.text) <= 2 for t in days):
            return "DATE"  # "May 17", "17 May" (not the verb, not a given name)
        if len(words) > 1 and words[-1] in THING_HEADS:
            return THING_HEADS[words[-1]]  # "the No-Confidence Motion", "the Expropriation Act": no body
        if len(words) == 3 and words[1] == "&" and self._partners(span.doc, span.start + 1):
            return "ORG"  # "Stevens & Wilkinson": a firm (runs joins only such lone surnames by "&")
        if words[-1] in self.org_words or (any(w in CONNECTORS for w in words) and
                                           any(w in self.org_words for w in words)):
            return "ORG"  # "Justice Department", "University of Texas"
        prev = span.doc[span.start - 1] if span.start > 0 else None
        if len(words) == 1 and prev is not None and prev.lower_ in LOCATIVES and self.is_place(text, False):
            return "GPE"  # "rallied in Austin": the city, though Austin is also a given name
        if len(words) == 1 and words[0] in self.given and _of_a_holder(span) and self.is_place(text, True):
            return "GPE"  # "Mayor Dana Whitfield of Columbus", "the mayor of Columbus": a town, not a name
        if words[0] in self.given or _middle_initial(span):
            return "PERSON"  # "Jayden F. Snow"
        if (len(words) == 1 or "-" in words) and self.demonym(span[-1].text):
            return "NORP"  # "Israeli", "African-American"
        if prev is not None and prev.lower_ in HONORIFICS:
            return "PERSON"  # "Mrs Hamilton", "Sen. Warner"
        if self.is_place(text, prev is not None and prev.lower_ in LOCATIVES):
            return "GPE"
        if 2 <= len(words) <= 3 and not any(w in self.common for w in words) and not text.isupper():
            return "PERSON"  # "Crystal Heath": two or three name words that are no common nouns
        if 2 <= len(words) <= 3 and (_role_after(span) or (
                _role_before(span) and all(t.is_title for t in span) and
                not any(w in self.org_words for w in words))):
            return "PERSON"  # "Zeph Capo, the president of …" ("capo" is also a noun); "lawyer Hedge Morrow"
        if 2 <= len(words) <= 3 and self.english and words[0] not in self.english and not text.isupper() \
                and all(t.is_title for t in span) and not any(w in self.org_words for w in words) and \
                span.root.dep_ in PARTY_DEPS:
            # "police shot Stephon Clark": a given name no list knows, a surname that is also a word, as a
            # party to the clause (not "vice president of Spicher Appliance")
            return "PERSON"
        return UNKNOWN

    def _surname(self, span: Span, bodies: set[str]) -> bool:
        """A lone capitalised word that no lexicon, gazetteer or common noun knows and no body's name ends
        with."""
        tok = span[0]
        return len(span) == 1 and tok.is_title and tok.lower_ not in self.common and tok.lower_ not in bodies


@Language.factory("tacitus_light_ner")
def make_light_ner(nlp: Language, name: str) -> LightNer:
    """Pipeline component: :class:`LightNer` over the default actor lexicon and the gazetteer."""
    from tacitus.actors.resolver import ORG_SECTOR_WORDS, ActorResolver, given_names
    from tacitus.geo.gazetteer import get_gazetteer
    from tacitus.nlp.names import common_nouns, english_words

    lex = ActorResolver.default().lex
    kinds: dict[str, str] = {}
    for entry in lex.entries:
        kinds.setdefault(entry.phrase.lower(), entry.kind)
    for key in lex.leaders:
        kinds.setdefault(key, "leader")
    gz = get_gazetteer()

    def is_place(name: str, locative: bool) -> bool:
        """A name the gazetteer knows as a country, region, capital or town of 50,000 people, or any place
        it knows after "in"/"near"/… ("Fernandes" is also a hamlet somewhere)."""
        entries = [gz.entries[i] for i, _ in gz.lookup(name)]
        return bool(entries) and (locative or any(
            e.fclass == "A" or e.fcode.startswith(("PPLC", "PPLA", "CONT", "RGN")) or e.population >= 50_000
            for e in entries))

    org_words = frozenset(w for words in ORG_SECTOR_WORDS.values() for w in words)
    return LightNer(kinds, is_place, lambda text: gz.demonym_country(text) is not None, given_names(),
                    org_words, common_nouns(nlp), english_words(nlp))


#: last words of a name that make it a text or an occasion, not a body that acts
THING_HEADS = {
    **dict.fromkeys(("act", "bill", "motion", "amendment", "resolution", "treaty", "accord", "accords",
                     "agreement", "law", "charter", "constitution", "protocol", "directive", "ordinance",
                     "plan", "report", "doctrine"), "LAW"),
    **dict.fromkeys(("summit", "conference", "war", "election", "elections", "festival", "games", "olympics",
                     "award", "awards", "prize", "day", "week", "month", "marathon", "championship",
                     "cup"), "EVENT"),
}

#: where a name stands as a party to its clause: subject, object, apposition, owner
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "poss"})


def _of_a_holder(span: Span) -> bool:
    """The name follows "of" after a place's office or a person's name ("the mayor of Austin", "Dana
    Whitfield of Columbus"): where the office or the person is, though it is also a given name."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    owner = doc[i - 2]
    return owner.lower_ in PLACE_OFFICES or (owner.tag_ in ("NNP", "NNPS") and owner.is_title and
                                              owner.lower_ not in HONORIFICS)


def _middle_initial(span: Span) -> bool:
    """Three words whose middle one is an initial: "Jayden F. Snow" is a person's name."""
    return len(span) == 3 and len(span[1].text) == 2 and span[1].text[0].isupper() and span[1].text[1] == "."
