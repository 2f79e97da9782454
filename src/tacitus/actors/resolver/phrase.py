"""The noun-phrase builder (NP): a phrase's words -> an actor."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tacitus.actors.codes import make_code, split_code
from tacitus.actors.lexicon import Entry, entry_country_sector, pick_role
from tacitus.actors.places import region_country, town_countries
from tacitus.actors.resolver.antecedents import (
    PUBLIC_OFFICERS,
    _local_government,
    _State,
    acronym_after,
    local_director,
    public_officials,
)
from tacitus.actors.resolver.local import (
    BARE_DEPUTIES,
    LOCAL_BODY_SECTORS,
    LOCAL_BODY_WORDS,
    STATES_NAMED_LIKE_COUNTRIES,
    _aged,
    american_local_news,
    copular_description,
    unique_town,
)
from tacitus.actors.resolver.names import (
    ATTACKER_NOUNS,
    GUESSED_ORG,
    MEASURE_SENSES,
    NAMED_NON_BODIES,
    OWN_COUNTRY,
    PERSON_TITLE_WORDS,
    RANKS,
    THING_NAME_ENDS,
    UNCARRIED_SECTORS,
    UNKNOWN_ORG,
    a_persons_firm,
    facility_name,
    looks_like_name,
    named_body,
    org_sector,
    parent_body,
    police_story,
    rank_sector,
    us_party_state,
    word_entry,
)
from tacitus.actors.resolver.units import (
    BLOCKING_LEMMAS,
    FORMER_SECTORS,
    LOCATIVE_PREPS,
    ORIGIN_NOUNS,
    PERSON_ROLES,
    POSSESSIVE_PRONOUNS,
    DocumentActors,
    _Unit,
    carried_title,
)
from tacitus.model.records import Actor

if TYPE_CHECKING:
    from tacitus.actors.resolver.resolver import ActorResolver

#: prepositions after which a one-word place name is the town, never a person of that surname
TOWN_PREPS = frozenset({"in", "near"})


#: how many sentences before its own "the country" looks back for the country named
THE_COUNTRY_REACH = 5


class NP:
    """Analysis of one noun phrase around a head unit."""

    def __init__(self, r: ActorResolver, da: DocumentActors, u: _Unit, st: _State):
        self.r, self.da, self.u, self.st = r, da, u, st
        self.doc = da.doc
        self.lex = r.lex
        self.sector_words: list[str] = []

    # ---------------------------------------------------------------- helpers
    def _unit(self, t: Token) -> _Unit:
        return self.da._units[self.da._unit_of[t.i]]

    def _word_entry(self, t: Token) -> Entry | None:
        if t.lower_ in BARE_DEPUTIES:  # a sheriff's, only in American local news (not "Duma deputies"),
            # and only as the head ("deputies searched the home"; not "deputy mayor", "Deputy Chief Corle")
            if t.dep_ in ("amod", "compound") or not american_local_news(t.doc):
                return None
            return Entry("agent", t.lower_, f"agent:{t.lower_}", sector="COP")
        return None if t.i in self.da.surnames else word_entry(self.lex, t)

    def _entry(self, u: _Unit) -> Entry | None:
        if u.entry is not None:
            return u.entry
        if u.end - u.start == 1:
            return self._word_entry(u.root)
        return self._word_entry(u.root)

    def _known_owner(self, lu: _Unit) -> Actor | None:
        """A person named earlier in the story who owns the head: "Lara's spokesperson" (political only)."""
        if lu.root.dep_ != "poss" or lu.root.pos_ != "PROPN":
            return None
        name = self.doc[lu.start:lu.end].text
        known = self.st.named(name)
        if known is None or not known.code or (known.sector or "")[:3] in ("CVL", ""):
            return None
        return known

    def _left(self) -> list[_Unit]:
        """Units left of the head inside its phrase (contiguous, in its subtree), minus stance words."""
        u, doc = self.u, self.doc
        utoks = range(u.start, u.end)
        lo = min(doc[i].left_edge.i for i in utoks)
        out: list[_Unit] = []
        seen: set[int] = set()
        stance_until = -1
        for i in range(lo, u.start):
            t = doc[i]
            if t.lower_ in ("pro", "anti") and i + 1 < len(doc) and doc[i + 1].text == "-":
                stance_until = i + 2  # the word after the hyphen is the stance object
                continue
            if i <= stance_until:
                continue
            if (
                i + 1 < u.start
                and doc[i + 1].text == "-"
                and i + 2 < len(doc)
                and doc[i + 2].lemma_.lower() in BLOCKING_LEMMAS
            ):
                continue  # "US-backed", "rebel-held"
            if not self._reaches(t, utoks):
                continue
            k = self.da._unit_of[i]
            if k in seen:
                continue
            seen.add(k)
            out.append(self.da._units[k])
        return out

    def _name_after_title(self, u: _Unit, left: list[_Unit]) -> bool:
        """A name the parser took for an organisation right after a person's title ("spokeswoman Mao Ning",
        "minister Wang Yi"): a person, not a firm guessed for want of a word saying what it is."""
        span = self.doc[u.start:u.end]
        if u.ent != "ORG" or not 2 <= len(span) <= 3 or org_sector(span) is not None or \
                not looks_like_name(span):
            return False
        title = next((lu for lu in left if lu.end == u.start), None)
        e = self._entry(title) if title is not None else None
        return e is not None and e.kind in ("title", "weak") and title.root.is_lower

    def _staff_abroad(self, u: _Unit, home: str | None) -> str | None:
        """The country of the place a company's staff are said to be in ("Tesla employees in Berlin",
        "Apple staff at its plant in Cork"), when it is not the company's own: the people of a foreign
        firm's plant or office are workers of the country they work in (as "Tesla workers" there are)."""
        head = u.root
        if head.lower_ not in STAFF_WORDS:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for g in prep.subtree:
                k = self.da._unit_of[g.i] if g.dep_ == "pobj" else None
                country = self.r._unit_country(self.doc, self.da._units[k], self.st.published) \
                    if k is not None else None
                if country is not None:
                    return country if country != home else None
        return None

    def _without_heritage(self, countries: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
        """Of a hyphenated nationality ("German-Iraqi boy", "Iraqi-American man"), the part whose country
        the story's places are in more (a boy of Iraqi parents in a story of German towns is German); the
        last part when the places do not tell."""
        at = {i: c for c, _r, i in countries if i >= 0}
        for i, c in at.items():
            other = at.get(i + 2)
            if other is None or other == c or self.doc[i + 1].text != "-":
                continue
            places = self._story_place_countries()
            if places.get(c, 0) > places.get(other, 0):
                return [x for x in countries if x[2] != i + 2]
        return countries

    def _story_place_countries(self) -> Counter:
        """How often the document names a place of each country (read once per document)."""
        counts = self.da.place_countries
        if counts is None:
            counts = Counter()
            for e in self.doc.ents:
                k = self.da._unit_of[e.root.i] if e.label_ == "GPE" else None
                if k is not None:
                    country = self.r._unit_country(self.doc, self.da._units[k], self.st.published)
                    counts[country] += country is not None
            self.da.place_countries = counts
        return counts

    def _named_before(self, head: Token) -> bool:
        """The proper noun is the name of a person the story named before ("David Morales" … "Morales")."""
        carried = self.st.named(head.text) if head.tag_ in ("NNP", "NNPS", "NN") else None
        return carried is not None and bool(carried.person)

    def _reaches(self, t: Token, utoks: range) -> bool:
        cur = t
        for _ in range(12):
            if cur.i in utoks:
                return True
            if cur.lemma_.lower() in BLOCKING_LEMMAS or cur.head == cur:
                return False
            cur = cur.head
        return False

    def _right(self) -> list[tuple[str, _Unit, Token]]:
        """Right-side attachments: ("of", pobj unit), ("loyal", object unit), ("appos", unit),
        ("fronted", unit): a fronted description of a person named before."""
        out = []
        head = self.u.root
        entry = self._entry(self.u)
        # a weak title is held somewhere: "a director at the Institute", "a spokesperson with the department"
        # ("officials in Vietnam" are Vietnam's, as "Vietnamese officials" are)
        preps = ("of", "from", "for", "at", "with", "in") if entry is not None and entry.kind == "weak" else \
            ("of", "from", "for")
        clauses = [c.i for c in head.children if c.dep_ == "relcl" and c.i >= self.u.end]
        for c in head.children:
            if c.i < self.u.end or any(i < c.i for i in clauses):
                continue  # (not past a relative clause: "The Minister, who was the review officer …, of …")
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.append((c.lower_, self._unit(g), g))
            elif c.dep_ in ("amod", "acl") and c.lemma_.lower() in ("loyal", "allegiant", "faithful"):
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "to":
                        for g in p.children:
                            if g.dep_ == "pobj":
                                out.append(("loyal", self._unit(g), g))
            elif c.dep_ == "appos":
                out.append(("appos", self._unit(c), c))
        known = self._named_before(head)
        fronted = _fronted_description(head, self.u.start, known)
        if fronted is not None and not any(rel == "appos" for rel, _u, _t in out):
            # "A Canadian skater, Smith won …"; of a person named before, only the country ("David
            # Morales, co-founder of a firm … A former Spanish officer, Morales yearned …": a Spaniard)
            out.append(("fronted" if known else "appos", self._unit(fronted), fronted))
        pred = copular_description(head)
        if pred is not None and not any(rel == "appos" for rel, _u, _t in out):
            out.append(("appos", self._unit(pred), pred))  # "Steele … is a former officer in Britain's MI6"
        return out

    def _people_of_a_place(self, word: str) -> bool:
        """"Californians", "Texans", "Ohioans", "Floridians": the people of a place the lexicons know."""
        if not word.endswith("ans"):
            return False
        places = getattr(self.lex, "one_word_places", None)
        if places is None:
            places = frozenset(e.phrase.lower() for e in self.lex.entries
                               if e.kind in ("place", "country", "capital") and " " not in e.phrase)
            self.lex.one_word_places = places  # (built once per lexicon)
        stems = (word[:-4], word[:-3], word[:-2])  # californ(ians), ohio(ans), iowa(ns)
        return any(stem + end in places for stem in stems if len(stem) >= 3
                   for end in ("", "a", "s", "as", "ia"))

    def _body_worked_at(self, noun: Token) -> Actor | None:
        """The body a person's appositive says they work at when it holds no title the lexicons know ("a
        marine biologist at the Animal Welfare Institute", "the lawyer from PETA"), or a conjunct's ("a
        longtime Congress watcher and emeritus fellow at the American Enterprise Institute"): a body of the
        lexicons or one whose name says what it is (not a firm guessed, not a place: "a nurse from Ohio")."""
        for n in (noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")):
            if n is not noun and (a := self._sub_actor(n, allow_right=True)) is not None and a.code and \
                    (a.sector != "CVL" or a.country):
                return a
            for prep in (c for c in n.children if c.dep_ == "prep" and c.lower_ in ("at", "with", "from")):
                for g in (c for c in prep.children if c.dep_ == "pobj"):
                    a = self._sub_actor(g)
                    if a is not None and a.code and not a.person and \
                            a.sector not in (None, "CVL", "BUS") and \
                            a.rule.startswith(("org:", "phoenix:org:", "agent:")):
                        return a
        return None

    def _town_of_story(self, ru: _Unit) -> Entry | None:
        """A town the lexicon does not know, of the one country the gazetteer knows a town of that name in
        ("Dogubayazit", "Doğubayazıt"): a place of that country (whether the story is of it, _place_of_story
        tells)."""
        if ru.ent != "GPE":
            return None
        name = self.doc[ru.start:ru.end].text
        towns = town_countries(name)
        return Entry("place", name, f"place:{name.lower()}+town", next(iter(towns))) if len(towns) == 1 \
            else None

    def _place_of_story(self, e: Entry | None) -> bool:
        """A country, a capital or a town the story locates ("Hammond, Indiana"), or a town only the
        gazetteer knows in a country the story names as such or by its people ("the Turkish government"):
        towns of one name lie in many countries, and the gazetteer knows only the larger ("a city official
        in Malakoff" of a Texas story is no French official)."""
        if e is None or not e.rule.endswith("+town"):
            return True
        named = {u.entry.code for u in self.da._units if u.entry is not None and
                 u.entry.kind in ("country", "demonym", "capital") and u.entry.code}
        return e.code in named

    def _the_country(self, t: Token) -> str | None:
        """The country "the country" or "the nation" stands for ("the chief epidemiologist in the country",
        "the country's health minister"): the last one the text named (or its people's adjective) in its few
        sentences before."""
        if t.lower_ not in ("country", "nation") or \
                [c.lower_ for c in t.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return None
        first = t.sent.start
        for _ in range(THE_COUNTRY_REACH):
            if first == 0:
                break
            first = t.doc[first - 1].sent.start
        named = [u for u in self.da._units if first <= u.start < t.i and u.entry is not None and
                 u.entry.kind in ("country", "demonym") and u.start not in self.da.surnames]
        return max(named, key=lambda u: u.start).entry.code[:3] if named else None

    def _said_country(self, noun: Token) -> str | None:
        """The country a description places its holder in by "the country" ("the top judge in the
        country", "a senior officer of the nation")."""
        return next((c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                     for g in p.children if g.dep_ == "pobj" and (c := self._the_country(g))), None)

    def _appositive_place(self, t: Token) -> str | None:
        """The country of the place "in" which an appositive's body lies ("a professor at the University of
        St. Thomas in Houston, Texas")."""
        for g in t.subtree:
            if g.dep_ == "pobj" and g.head.lower_ == "in" and g.i > t.i:
                k = self.da._unit_of[g.i]
                if k is not None:
                    country = self.r._unit_country(self.doc, self.da._units[k], self.st.published)
                    if country is not None:
                        return country
        return None

    def _titled_name(self, u: _Unit) -> bool:
        """An entity of the parser that is a title and a person's name ("Ambassador Ansar", "Inspector
        Pascal Feeney", "Sgt. Kosinski"), with no word that names a body."""
        words = [t for t in self.doc[u.start:u.end] if not t.is_punct or t.i == u.start]
        if not 2 <= len(words) <= 4 or words[0].lower_ not in PERSON_TITLE_WORDS | RANKS or \
                any(not t.text[:1].isupper() or t.is_upper or t.like_num for t in words):
            return False
        title = self._word_entry(words[0])
        return title is not None and title.kind in ("title", "agent", "weak") and bool(title.sector) and \
            all(self._word_entry(t) is None for t in words[1:])

    def _shared_title(self, head: Token) -> Entry | None:
        """The plural title before the first of persons joined by "and" ("Sens. Tom Udall and Martin
        Heinrich", "Senators Smith and Jones"): each holds it (not a singular one: "Gov. Brown and Smith")."""
        first = head
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        k = self.da._unit_of[first.i] if first is not head else None
        if k is None:
            return None
        start = self.da._units[k].start  # the title may open the name's unit or stand just before it
        word = self.doc[start]
        if self._word_entry(word) is None and start:
            word = self.doc[start - 1]
        low = word.lower_
        one = low[:-2] + "." if low.endswith("s.") else low[:-1] if low.endswith("s") else ""
        title, single = self._word_entry(word), self.lex.words.get(one)
        if title is None or single is None or title.kind not in ("title", "agent") or not title.sector:
            return None
        return title if single.sector == title.sector else None

    def _sub_actor(self, t: Token, allow_right: bool = False) -> Actor | None:
        """Actor of another phrase (for "of"/"loyal to"/appos attachments), computed without carry."""
        da = self.da
        k = da._unit_of[t.i]
        if k in da._actor:
            return da._actor[k]
        np = NP(self.r, da, da._units[k], _State(self.st.published))
        np.st.persons = self.st.persons
        return np.build(allow_right=allow_right)

    def _country_in_name(self, u: _Unit) -> tuple[str, str] | None:
        """The one country a body's own name gives after its "of" ("the Federation of German Industries",
        "the Union of Kenyan Farmers"): the body is that country's."""
        doc = self.doc
        end = u.end
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG":
            end += 1  # the name's words the parser kept as units of their own ("of", "German", …)
        of = next((t.i for t in doc[u.start:end] if t.lower_ == "of"), None)
        if of is None:
            return None
        found = {(e.code, e.rule) for t in doc[of + 1:end] if (e := self._entry(self._unit(t))) is not None
                 and e.kind in ("country", "demonym") and e.code}
        return next(iter(found)) if len({c for c, _r in found}) == 1 else None

    def _named_in_body(self, tok: Token, a: Actor) -> Actor:
        """The body a title is held in, with the country its own name tells through its "of" ("chief
        executive of the Association of German Chambers", "head of the Federation of Korean Industries"),
        which the body's actor computed without its attachments lacks."""
        deeper = self._sub_actor(tok, allow_right=True)
        return deeper if deeper is not None and deeper.country and deeper.sector == a.sector else a

    def _title_ending_body(self, lu: _Unit) -> Entry | None:
        """The title or agent noun that ends an unknown organisation's name the parser ran into a person's
        title ("PPD Patrolman" before "Amanda Forrest"): the title gives the sector."""
        if lu.ent != "ORG" or lu.end - lu.start < 2:
            return None
        e = self._word_entry(self.doc[lu.end - 1])
        return e if e is not None and e.kind in ("title", "agent") and e.sector else None

    def _chamber_title(self, lu: _Unit) -> str | None:
        """The rule of a weak title opened by a chamber's name, run together by the parser ("Senate Tax
        Chairman", "House Judiciary Chairwoman"): an office of the legislature (LEG), not a private one."""
        first = self.doc[lu.start]
        if lu.end - lu.start < 2 or not _chamber_word(first):
            return None
        e = self._word_entry(self.doc[lu.end - 1])
        return f"{e.rule}+{first.lower_}" if e is not None and e.kind == "weak" else None

    def _chamber_committee(self, tok: Token) -> bool:
        """A committee of a chamber of a legislature ("the Senate tax committee", "the House appropriations
        subcommittee"), in lower case the lexicons' committees do not match."""
        return tok.lower_ in ("committee", "subcommittee") and any(
            _chamber_word(t) and t.dep_ in ("compound", "nmod", "amod") for t in tok.lefts)

    def _unknown_acronym(self, lu: _Unit) -> bool:
        """A lone initialism the lexicons do not know ("NFU", "PPD"): a body, of no known sector."""
        word = self.doc[lu.start:lu.end].text
        return lu.end - lu.start == 1 and word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and \
            lu.root.dep_ == "compound" and not any(t.is_punct for t in self.doc[lu.end:self.u.start])

    def _surname_of_someone(self, u: _Unit) -> bool:
        """A bare capitalised title word ("King", "Judge", "Marshal") with no article nor name of its own,
        where a person of that surname was named earlier: the person's surname."""
        head = u.root
        if u.end - u.start != 1 or not head.text[:1].isupper() or head.text.isupper():
            return False
        if head.lower_ not in self.st.persons or any(t.dep_ in ("det", "poss") for t in head.lefts):
            return False
        if head.i > 0 and self.doc[head.i - 1].lower_ in ("the", "a", "an", "'s", *POSSESSIVE_PRONOUNS):
            return False
        if any(t.dep_ == "prep" and t.lower_ == "of" for t in head.rights):
            return False  # "King of Jordan"
        return head.i + 1 >= len(self.doc) or self.doc[head.i + 1].ent_type_ != "PERSON"

    def _town(self, u: _Unit) -> str | None:
        """The country of a town named before an agent noun ("Danbury police", "the Paranaque Regional Trial
        Court") or its public officers ("Gainesville officials")."""
        after = self._entry(self._unit(self.doc[u.end])) if u.end < len(self.doc) else None
        head = self._entry(self.u)
        agent = (after is not None and after.kind == "agent") or (head is not None and head.kind == "agent")
        if not agent and not self._public_officers(head):
            return None
        if not agent and (u.ent != "GPE" or self.doc[u.start:u.end].text.isupper()):
            return None  # a place's officials only ("Ford officials": the firm's; "PA officials": a body's)
        named = u.ent in ("GPE", "ORG") or (u.root.pos_ == "PROPN" and not u.root.is_sent_start)
        return unique_town(self.doc[u.start:u.end], self.st.persons) if named else None

    def _public_officers(self, head: Entry | None) -> bool:
        """The head is a town's public officers ("Gainesville officials", "Dayton inspectors"): the
        town's government's people, of the town's country."""
        return head is not None and head.kind == "weak" and self.u.root.lemma_.lower() in PUBLIC_OFFICERS

    def _body_town(self, u: _Unit) -> tuple[str, str, int] | None:
        """(country, rule, token) of the town a police, court or council unit is named after ("the Paranaque
        Regional Trial Court"), when the gazetteer knows that town in one country only."""
        doc = self.doc
        first = doc[u.start + 1 if doc[u.start].lower_ == "the" else u.start]
        if first.i >= u.end - 1 or not any(t.lower_ in LOCAL_BODY_WORDS for t in doc[first.i + 1:u.end]):
            return None
        town = unique_town(doc[first.i:first.i + 1], self.st.persons)
        return (town, f"town:{first.lower_}", first.i) if town is not None else None

    def _names_its_country(self, u: _Unit, country: str) -> bool:
        """The name of a company says its country in a word or two of its own ("British Airways", "Bank of
        China", "Qatar Airways"; not "Toyota", a town's name too)."""
        words = [t.text for t in self.doc[u.start:u.end] if not t.is_punct]
        return any(self.r.places.named_country(" ".join(words[i:i + n])) == country
                   for n in (1, 2) for i in range(len(words) - n + 1) if n < len(words))

    def _among_people(self, head: Token) -> bool:
        """A country's name joined by "and" to a person the story named ("Brown and Jordan")."""
        partners = [head.head] if head.dep_ == "conj" else []
        partners += [c for c in head.children if c.dep_ == "conj"]
        kinds = [(p, self._entry(self._unit(p))) for p in partners]
        return any(p.pos_ == "PROPN" and p.ent_type_ in ("PERSON", "GPE", "") and
                   (e is None or e.kind == "leader") and self.r.places.lookup(p.text) is None
                   for p, e in kinds)

    def _other_sense(self, head: Token) -> bool:
        """Does a modifier make the agent noun or title a thing ("market intelligence", "a travel agency",
        "this speaker": a determiner no one-holder office takes)?"""
        senses = self.lex.other_senses.get(head.lemma_.lower())
        return bool(senses) and any(c.dep_ in ("compound", "amod", "det") and c.lower_ in senses
                                    for c in head.children)

    def _town_after_preposition(self, u: _Unit) -> bool:
        """A one-word place name after "in" or "near" ("police in Orlando"): the town, even where a person of
        that surname was named before ("Kyle Orlando"); not after "to", "at" ("an aide to Warren")."""
        head = u.root
        return u.end - u.start == 1 and head.dep_ == "pobj" and head.head.lower_ in TOWN_PREPS and \
            (u.ent == "GPE" or self.r.places.lookup(head.text) is not None)

    def _capitalised_noun(self, u: _Unit) -> bool:
        """A lone capitalised word the tagger took for a common noun ("Mendes, who was deployed …",
        "Heath wrote"): it may be the surname of a person named earlier."""
        head = u.root
        return self._entry(u) is None and u.end - u.start == 1 and head.pos_ == "NOUN" and \
            head.text[:1].isupper() and not head.text.isupper() and \
            not any(t.dep_ in ("det", "poss") for t in head.lefts)

    # ---------------------------------------------------------------- main
    def build(self, allow_right: bool = True) -> Actor | None:
        u, doc, lex = self.u, self.doc, self.lex
        head = u.root
        he = self._entry(u)
        left = self._left()
        right = self._right() if allow_right else []

        if he is not None and head.lower_ in MEASURE_SENSES and any(
                rel == "of" and self._entry(ru) is None and tok.pos_ == "NOUN" for rel, ru, tok in right):
            return None  # "a jet of water", "an army of volunteers", "a battery of tests": no agent
        if he is not None and he.kind in ("agent", "title") and self._other_sense(head):
            return None  # "market intelligence", "SEO agencies", "a fish tank", "a Bluetooth speaker"
        if he is None and head.pos_ == "PROPN" and self._constituency(head):
            return None  # "the Labour MP for Leeds Central": a seat, no firm and no person
        countries: list[tuple[str, str, int]] = []  # (iso3, rule, token index)
        sectors: list[tuple[str, str]] = []  # (sector, rule)
        codes: list[tuple[str, str]] = []  # full codes from orgs / metonyms / leaders in modifiers
        span_lo, span_hi = u.start, u.end
        used_lo = u.start
        poss_country: tuple[str, str] | None = None
        unknown_body = False

        for lu in left:
            e = self._entry(lu)
            if e is None:
                known, how = self._known_owner(lu), "carry:person"
                if known is None:  # "IEA executive director Tom Clougherty": the IEA named before
                    known, how = self.st.acronyms.get(doc[lu.start:lu.end].text), "carry:acronym"
                if known is None and lu.ent == "ORG" and head.ent_iob_ != "I":  # "a Times spokesperson" …
                    known, how = self.st.short_name(doc[lu.start:lu.end].text), "carry:short-name"
                if known is not None:  # "Lara's spokesperson": a person named earlier speaks through them
                    codes.append((known.code, how))
                    used_lo = min(used_lo, lu.start)
                elif (town := self._town(lu)) is not None:
                    countries.append((town, f"town:{doc[lu.start:lu.end].text.lower()}", lu.start))
                    used_lo = min(used_lo, lu.start)  # "Danbury police", "the Gainesville Police Department"
                elif (title := self._title_ending_body(lu)) is not None:
                    sectors.append((title.sector, title.rule))  # "PPD Patrolman Amanda Forrest": a policeman
                    used_lo = min(used_lo, lu.start)
                elif (chamber := self._chamber_title(lu)) is not None:
                    sectors.append(("LEG", chamber))  # "House Education Chairwoman Petra Lindqvist"
                    used_lo = min(used_lo, lu.start)
                elif (named := self._the_country(lu.root)) is not None:
                    countries.append((named, "the-country", lu.start))  # "the country's health minister"
                    poss_country = (named, "the-country") if lu.root.dep_ == "poss" else poss_country
                    used_lo = min(used_lo, lu.start)
                elif self._unknown_acronym(lu):
                    unknown_body = True  # "the NFU president": an office in a body the lexicons do not know
                continue
            kind = e.kind
            if lu.root.dep_ == "poss" or (lu.end < len(doc) and doc[lu.end].dep_ == "case"):
                is_poss = True
            else:
                is_poss = False
            used = True
            if kind == "demonym" and facility_name(head):
                continue  # "the Turkish Friendship Hospital" in Gaza, "the American University of Beirut"
            if kind in ("country", "place", "capital") and lu.root.ent_type_ == "PERSON" and \
                    head.ent_type_ == "PERSON" and head.ent_iob_ == "I":
                continue  # "Mayor Virginia Raggi": a given name, not the state
            if kind == "country" and self._among_people(lu.root):
                continue  # "Brown and Jordan shot accomplice Vanessa Hankins": no Jordanian
            if kind == "leader" and lu.end - lu.start == 1 and \
                    (carried := self.st.named(doc[lu.start:lu.end].text)) is not None and \
                    carried.person and not carried.rule.startswith("leader:") and carried.code:
                codes.append((carried.code, "carry:person"))  # "Ms Raggi's adviser" after "Mayor Virginia
                used_lo = min(used_lo, lu.start)  # Raggi": hers, not a foreign minister of that surname
                continue
            if kind in ("country", "demonym", "capital", "place"):
                countries.append((e.code, e.rule, lu.start))
                if is_poss:
                    poss_country = (e.code, e.rule)
            elif kind in ("org", "metonym"):
                codes.append((e.code, e.rule))
            elif kind == "leader":
                role = pick_role(e, self.st.published)
                if role:
                    codes.append((role.code, e.rule))
            elif kind == "title" and unknown_body and lu.root.lower_ not in PERSON_TITLE_WORDS:
                sectors.append(("BUS", e.rule))  # "NFU president Tom Bradshaw" (the body guessed a firm's)
            elif kind in ("agent", "title"):
                sectors.append((e.sector, e.rule))
            elif kind == "weak" and (chamber := self._chamber_title(lu)) is not None:
                sectors.append(("LEG", chamber))  # "Senate Tax Chairman Tom Bakk"
            elif kind == "weak":
                used = False
            else:
                used = False
            if used:
                used_lo = min(used_lo, lu.start)
        # right-side attachments
        appos_actor: Actor | None = None
        appos_person: str | None = None
        outside_sector: str | None = None  # the sector of an unknown named body the title is held in
        for rel, ru, tok in right:
            if rel == "appos" and tok.lemma_.lower() in ORIGIN_NOUNS:  # "Gomez, a native of Mexico"
                origin = self.da.origin(tok)
                if origin is not None:
                    countries.append((origin, f"origin:{tok.lemma_.lower()}", -1))
                continue
            if rel == "fronted":  # a private or former role adds the country only (an office held: appos)
                a = self._sub_actor(tok)
                if a is not None and a.country and (a.sector or "CVL")[:3] in ("CVL", "ELI"):
                    countries.append((a.country, "origin:fronted-description", -1))
                    continue
                rel = "appos"
            if rel == "appos" and doc[ru.start:ru.end].text.removesuffix(".") == acronym_after(doc, u.end):
                continue  # "the Food Standards Agency (FSA)": its name again, not the FSA of the lexicon
            if rel == "appos":  # "Callan Spicher, vice president of Acme": the office with its "of"
                a = self._sub_actor(tok, allow_right=True)
                if (a is None or (a.sector == "CVL" and not a.country)) and _describes_one(tok, joined=True):
                    a = self._body_worked_at(tok) or a  # "a lawyer", "a marine biologist" (not "spied on
                    # Assange, his legal team, … US journalists": a list the parser hung on the name)
                if a is not None and not a.country and a.sector:
                    home = self._appositive_place(tok) or self._said_country(tok)  # "a professor at the
                    # University of St. Thomas in Houston, Texas": an American professor
                    if home is not None:
                        a = replace(a, code=make_code(home, a.sector), country=home,
                                    rule=f"{a.rule}+appos-place")
                if a is not None:
                    appos_actor = a
                elif ru.ent == "PERSON":
                    appos_person = doc[ru.start : ru.end].text
                elif (_describes_one(tok) or _indefinite_description(tok)) and \
                        (origin := self.da.origin(tok, ("from",)) or self._said_country(tok)) is not None:
                    countries.append((origin, "origin:appos-demonym", -1))  # "Bini, a Swedish programmer"
                continue
            if rel in ("of", "in") and (named := self._the_country(tok)) is not None:
                countries.append((named, "the-country", -1))  # "the health minister of the country"
                span_hi = max(span_hi, ru.end)
                continue
            e = self._entry(ru)
            if rel == "in" and e is None and _government_officials(he, u.root):
                e = self._town_of_story(ru)  # "officials in Dogubayazit" in a story of Turkey's government
            if rel == "in" and not (_officials_in(he, e, u.root) and self._place_of_story(e)):
                continue  # only "officials in Vietnam", who are its own as "Vietnamese officials" are
            if rel in ("of", "from", "in") and e is not None and (
                    e.kind in ("country", "demonym", "capital") or
                    (e.kind == "place" and (he is not None or sectors))):
                # "the premier of Manitoba", "Senator John Smith of Texas" (not "Goble, 26, of Edmonton",
                # Kentucky: a private person's town, which may be any country's)
                home = STATES_NAMED_LIKE_COUNTRIES.get(doc[ru.start:ru.end].text.lower())
                if home is not None and he is not None and he.code[:3] == home:
                    countries.append((home, f"state:{doc[ru.start:ru.end].text.lower()}", -1))
                else:  # ("a Democrat from Georgia" is American; "officials in Vietnam" only if nothing else
                    # tells their country: not "Russia-connected officials in the Netherlands")
                    countries.append((e.code, e.rule, -9 if rel == "in" else -1))
                span_hi = max(span_hi, ru.end)
                continue
            a = self._sub_actor(tok)
            if a is not None and not a.country and rel == "of":
                a = self._named_in_body(tok, a)  # "head of the Federation of German Industries"
            if self._office_town(he, rel, ru, a):
                span_hi = max(span_hi, ru.end)  # "Tom Reyes, the mayor of Elmford": a town's officer
                continue
            if a is None and rel == "of" and he is not None and he.kind in ("title", "weak"):
                a = self._body_of_part(tok)  # "the chief of the press service for the Ministry of Defence"
            if a is None and rel == "of" and he is not None and he.kind == "weak" and \
                    self._chamber_committee(tok):  # "chairman of the Senate tax committee"
                sectors.append(("LEG", f"{he.rule}+committee"))
                span_hi = max(span_hi, ru.end)
                continue
            if a is None:
                if rel == "of" and ru.ent == "ORG" and e is None:  # "vice president of Acme Appliances"
                    outside_sector = org_sector(doc[ru.start : ru.end]) or "BUS"
                continue
            if rel == "for" and a.rule.startswith(GUESSED_ORG) and he is not None and he.sector == "LEG":
                continue  # "the Labour MP for Leeds Central": a constituency, no firm the member works for
            if rel == "loyal":
                if a.country:
                    countries.append((a.country, "loyal:" + a.rule, -1))
                    span_hi = max(span_hi, ru.end)
                continue
            # "officials from the European Commission", "a delegation from the ministry": the body's people
            # (one the lexicon knows: "a police officer from the PSNI" is no business's, for a guessed sector)
            held_from = rel == "from" and he is not None and he.kind in ("title", "agent", "weak") and \
                (not a.rule.startswith("org:unknown") or head.lemma_.lower() in SPEAKS_FOR_A_BODY)
            if (rel in ("of", "for", "at", "with") or held_from) and a.code:
                codes.append((a.code, a.rule))
                span_hi = max(span_hi, ru.end)

        if unknown_body and he is not None and he.kind == "title" and head.lower_ not in PERSON_TITLE_WORDS:
            outside_sector = outside_sector or "BUS"  # (a president, a chairman; not a minister or a mayor)
        if not countries and us_party_state(doc, u.end):
            countries.append(("USA", "us-party-state", -1))  # "Sen. Byron Dorgan, D-N.D.,": an American
        kind = he.kind if he is not None else None
        if kind == "agent" and not countries and u.ent == "ORG" and (town := self._body_town(u)) is not None:
            countries.append(town)  # "the Paranaque Regional Trial Court": the Philippines'
        countries = self._without_heritage(countries)
        self.sector_words = [s for s, _ in sectors]
        published = self.st.published

        def country_pick() -> tuple[str | None, str]:
            if poss_country:
                return poss_country
            tail = [c for c in countries if c[2] == -1]
            if tail:
                return tail[0][0], tail[0][1]
            if countries:
                c = max(countries, key=lambda x: x[2])
                return c[0], c[1]
            return None, ""

        def mk(
            code: str,
            country: str | None,
            sector: str | None,
            rule: str,
            person: str | None = None,
            lo: int | None = None,
            title: str | None = None,
        ) -> Actor:
            lo = used_lo if lo is None else lo
            while lo < span_lo and doc[lo].dep_ in ("det", "punct", "case"):
                lo += 1
            before = range(max(lo - 1, 0), span_lo)
            if sector in FORMER_SECTORS and any(doc[i].lower_ in ("former", "ex") for i in before):
                sector, code = "ELI", make_code(country, "ELI")  # "the former mayor"
            start = min(lo, span_lo)
            sp = doc[start:span_hi]
            return Actor(
                text=sp.text,
                code=code,
                country=country,
                sector=sector,
                start=sp.start_char,
                end=sp.end_char,
                rule=rule,
                person=person,
                title=title,
            )

        # --- the head is a named organisation / metonym, unless a person of that surname was named before
        if kind == "org" and u.end - u.start == 1 and not left:  # "Michael Bloomberg … Bloomberg apologized"
            carried = self.st.named(doc[u.start].text)
            if carried is not None and carried.person:
                return mk(carried.code, carried.country, carried.sector, "carry:person", carried.person,
                          lo=u.start, title=carried_title(carried))
        if kind == "org" and u.end - u.start == 1 and split_code(he.code)[1] == "BUS" and \
                any(t.dep_ == "det" and t.lower_ in ("a", "an", "the") for t in head.lefts):
            return None  # "the Toyota failed to yield", "a Walmart in Ohio": a thing it makes, a store
        if kind in ("org", "metonym"):
            c, s, code = entry_country_sector(he)
            if kind == "metonym" and countries:  # "Canada's Department of Justice": Canada's, not the US's
                c = country_pick()[0]
                code = make_code(c, s)
            own = s == "BUS" and c is not None and self._names_its_country(u, c)
            rule = f"{he.rule}+{OWN_COUNTRY}" if own else he.rule
            return mk(code, c, s, rule, lo=u.start if not sectors else None)

        if he is None and (u.ent == "PERSON" or (u.ent == "ORG" and org_sector(doc[u.start:u.end]) is None)) \
                and self._titled_name(u) and (title := self._word_entry(doc[u.start])) is not None:
            # "Ambassador Ansar", "Inspector Pascal Feeney" (the parser's ORG), "Sgt. Kosinski" (its PERSON)
            country, crule = country_pick()
            sector = rank_sector(doc[u.start], title.sector)
            name = doc[u.start + 1:u.end].text
            return mk(make_code(country, sector), country, sector, f"{title.rule}+name", name, lo=u.start)
        if he is None and doc[u.end - 1].lower_ in THING_NAME_ENDS and doc[u.end - 1].text[:1].isupper():
            return None  # "the Holland Scholarship", "the Nobel Prize": a thing's name, no one's
        # --- the head is a person
        is_person = kind == "leader" or (u.ent == "PERSON" and he is None) or \
            (he is None and self._name_after_title(u, left))
        town_here = kind != "leader" and self._town_after_preposition(u)  # (not "trust in Obama")
        is_person = is_person and not town_here
        carried = None
        if not town_here and (is_person or (head.pos_ == "PROPN" and he is None) or
                              self._capitalised_noun(u)):
            name = doc[u.start : u.end].text
            carried = self.st.named(name)
        elif kind == "title" and self._surname_of_someone(u):
            carried = self.st.persons[head.lower_]  # "… Gayle King … King asked": her, not a monarch
        if is_person or carried is not None:
            name = doc[u.start : u.end].text
            person = carried.person if carried is not None and len(name.split()) == 1 else name
            title_sector = None
            title_rule = ""
            if sectors:
                s, title_rule = min(sectors, key=lambda x: lex.rank(x[0]))
                title_sector = s
            weak = [lu for lu in left if (e := self._entry(lu)) is not None and e.kind == "weak"]
            rank = next((lu for lu in weak if lu.root.lower_ in RANKS), None)
            if title_sector is None and not codes and any(local_director(lu.root) for lu in weak):
                title_sector, title_rule = "GOV", "title:local-director"  # "County housing director Ann Lee"
            if title_sector is None and not codes and rank is not None:  # "Sgt. Kosinski stopped a tenant"
                title_sector = rank_sector(rank.root, self._entry(rank).sector)
                title_rule = f"title:{rank.root.lower_}"
            country, crule = country_pick()
            if codes:
                code, rule = codes[-1]
                c2, s2 = split_code(code)
                if c2 is None or (country is None and title_sector is None):
                    return mk(code, c2, s2, rule, person)
                country = country or c2
                title_sector = title_sector or s2
                title_rule = title_rule or rule
            if title_sector or (country and weak):
                if title_sector is None:
                    title_sector = self._entry(weak[0]).sector if weak else None  # the lemma's entry
                if country is None and kind == "leader":
                    role = pick_role(he, published)
                    c2, _, _ = entry_country_sector(he, role)
                    country = c2
                if country is None and carried is not None:
                    country = carried.country
                if country is None and _state_office(appos_actor):
                    country = appos_actor.country  # "Rep. Ed Royce, the chairman of the House Foreign
                    # Affairs Committee": American, in whatever country's story
                rule = title_rule or (crule if crule else "")
                if title_sector is None and country is None:
                    return None
                where = self._territory() if country is None and title_sector == "GOV" and \
                    rule.partition(":")[2] in TERRITORY_OFFICES else None
                if where is not None:  # "Governor John Rankin", "Premier Fahie": the territory's
                    country, rule = where, f"{rule}+territory"
                return mk(make_code(country, title_sector), country, title_sector, rule, person)
            # "Trump, the man who …", "Trump, the former president": a countryless description adds
            # nothing to a person the lexicons or the story already know
            known = kind == "leader" or carried is not None
            if appos_actor is not None and appos_actor.code and (appos_actor.country or not known):
                return mk(
                    appos_actor.code,
                    appos_actor.country,
                    appos_actor.sector,
                    appos_actor.rule,
                    person,
                    lo=u.start,
                )
            if kind == "leader" and (carried is None or (len(name.split()) > 1 and carried.person != name)):
                role = pick_role(he, published)
                c2, s2, code = entry_country_sector(he, role)
                if code:
                    return mk(
                        code, c2, s2, he.rule, he.canonical if len(name.split()) == 1 else name, lo=u.start
                    )
            if carried is not None and carried.sector == "CVL" and crule.startswith("origin:"):
                rule = f"carry:person+{crule}"  # "Gomez, a native of Mexico"
                return mk(make_code(country, "CVL"), country, "CVL", rule, person, lo=u.start)
            if carried is not None:
                return mk(carried.code, carried.country, carried.sector, "carry:person", person, lo=u.start,
                          title=carried_title(carried))
            if kind == "leader":
                role = pick_role(he, published)
                c2, s2, code = entry_country_sector(he, role)
                return mk(code, c2, s2, he.rule, name, lo=u.start)
            if u.ent != "PERSON" or not looks_like_name(doc[u.start:u.end]):
                return None
            if u.end - u.start == 1 and self._people_of_a_place(head.lower_):
                return None  # "rate increases that cost Californians": a people, no person's name
            if u.end - u.start == 1 and not head.text.endswith("s") and \
                    any(t.dep_ == "det" and t.lower_ in ("a", "an", "the") for t in head.lefts):
                return None  # "the Oscar will need a larger tank": a fish, a prize (not "the Boons")
            shared = self._shared_title(head)
            if shared is not None:  # "Sens. Tom Udall and Martin Heinrich": both senators
                return mk(make_code(country, shared.sector), country, shared.sector, f"{shared.rule}+shared",
                          name, lo=u.start)
            # a named person outside the lexicons: a private person unless the phrase says more
            rule = "person:unknown" + (f"+{crule}" if crule else "")
            return mk(make_code(country, "CVL"), country, "CVL", rule, name, lo=u.start)

        # --- the head is a country / capital / demonym noun
        if kind in ("country", "capital", "demonym"):
            if kind == "demonym" and head.pos_ == "ADJ":
                return None
            if kind == "country" and self._among_people(head):
                self.da.surnames.add(head.i)
                return None  # "Brown and Jordan shot an accomplice": a surname, not the kingdom
            if kind == "capital":
                prep = head.head if head.dep_ == "pobj" else None
                if prep is not None and prep.lower_ in LOCATIVE_PREPS:
                    return None
            if sectors:  # "the Syrian government" where the parse made the country the head
                s, rule = min(sectors, key=lambda x: lex.rank(x[0]))
                return mk(make_code(he.code, s), he.code, s, rule)
            return mk(he.code, he.code, None, he.rule, lo=u.start)
        if kind == "place" or (kind is None and u.ent == "GPE"):
            name = doc[u.start:u.end].text.lower()
            region = region_country(name) if head.dep_ == "nsubj" and head.head.pos_ == "VERB" else None
            if region is None:
                return None  # "Tamil Nadu accused the Centre": the state's government; "Aleppo fell": none
            return mk(make_code(region, "GOV"), region, "GOV", f"region:{name}", lo=u.start)

        # --- a named organisation outside the lexicons: a body of an IGO named first ("the United Nations
        # Development Programme", "the UN Relief Works Agency for Palestine"), else its sector from its words
        parent = parent_body(self.da, head) if u.ent == "ORG" and kind in (None, "agent", "title") else None
        if parent is not None:
            c2, s2, code = entry_country_sector(parent)
            return mk(code, c2, s2, f"{parent.rule}+body", lo=u.start)
        if he is None and u.ent == "ORG" and doc[u.start].lower_ in NAMED_NON_BODIES:
            return None  # "Operation Falcon", "Hurricane Betsy": an operation or a storm, not a body
        if he is None and u.ent == "ORG" and _aged(doc, u.end) and u.end - u.start <= 3:
            name = doc[u.start:u.end].text  # "Pascal Etcheber, 45, could be released": a person, by the age
            country, crule = country_pick()
            rule = "person:aged" + (f"+{crule}" if crule else "")
            return mk(make_code(country, "CVL"), country, "CVL", rule, name, lo=u.start)
        company = next((c for c in reversed(codes) if split_code(c[0])[1] == "BUS"), None) \
            if he is None and u.ent == "ORG" and org_sector(doc[u.start:u.end]) == "BUS" else None
        if company is not None:  # "Microsoft Corp.", "Toyota Motor Corp.": a company by its full name
            c2, s2 = split_code(company[0])
            return mk(company[0], c2, s2, f"{company[1]}+body", lo=u.start)
        if he is None and u.ent == "ORG":
            sector = org_sector(doc[u.start:u.end])
            if sector is None and doc[u.start:u.end].text in ("State", "the State"):
                sector = "GOV"  # "the State said the Centre had failed", "it's the State's contention"
            unknown = UNKNOWN_ORG
            if sector is None:
                if not named_body(doc[u.start:u.end]):
                    return None
                sector, unknown = "BUS", GUESSED_ORG  # a named body with no word saying what it is: mostly
            country, crule = country_pick()  # a firm (a guess: "Lovelle Mixon" may be a person's name)
            if a_persons_firm(doc, u.start):  # "Henry's Turkey Service": a firm, its words no country
                sector, country, crule = "BUS", None, ""
            if country is None and (inner := self._country_in_name(u)) is not None:
                country, crule = inner  # "the Federation of German Industries": Germany's
            town = self._body_town(u) if country is None and sector[:3] in LOCAL_BODY_SECTORS else None
            if town is not None:  # "the Danbury Municipal Court" (a body the lexicons do not know)
                country, crule = town[0], town[1]
            rule = unknown + (f"+{crule}" if crule else "")
            return mk(make_code(country, sector), country, sector, rule, lo=u.start)

        if he is None and _local_government(head):
            return mk("GOV", None, "GOV", "agent:local-government", lo=u.start)

        # --- the head is a sector noun or a title
        if he is None or kind not in ("agent", "title", "weak"):
            return None
        head_sector = he.sector
        if outside_sector is not None and not sectors and not codes and kind == "title":
            head_sector = outside_sector  # an office in a company or a university, not in a government
        weak_head = kind == "weak"
        person = appos_person
        if appos_actor is not None and appos_actor.person:
            person = appos_actor.person
        if codes:
            code, rule = codes[-1]
            c2, s2 = split_code(code)
            if c2 is None or weak_head:
                where = self._staff_abroad(u, c2) if s2 == "BUS" else None
                if where is not None:  # "Tesla employees in Berlin": the firm's workers there, Germany's
                    return mk(make_code(where, "LAB"), where, "LAB", f"{rule}+staff-abroad", person)
                return mk(code, c2, s2, rule, person)
            if not (s2 == "BUS" and head_sector in PEOPLE_OF_A_FIRM):
                countries.append((c2, rule, -2))
            sectors.append((s2, rule)) if s2 and kind == "title" else None
        all_sectors = list(sectors)
        if not weak_head:
            all_sectors.append((head_sector, he.rule))
        if all_sectors and _trade_union(head, he, left):
            sector, rule = "LAB", he.rule  # "the teachers' union", "the police union": labour, not the trade
        elif all_sectors:
            sector, rule = min(all_sectors, key=lambda x: lex.rank(x[0]))
            if not weak_head and lex.rank(head_sector) <= lex.rank(sector):
                rule = he.rule
        else:
            sector, rule = None, he.rule
        country, crule = country_pick()
        if country is None and appos_actor is not None:
            country = appos_actor.country
        if weak_head and sector is None and public_officials(head):
            sector, rule = "GOV", "agent:public-officials"  # "county officials", "federal officials"
        elif country is None and (sector is None or not weak_head) and self._police_people(head):
            # "Police arrested a man … Officials say another video showed …", "Authorities are working to
            # identify more victims": the police's
            police = self._story_country("COP")
            return mk(make_code(police, "COP"), police, "COP", "carry:police-officials", person)
        elif weak_head and sector is None:
            carried = self._story_country(he.sector) if head.tag_ == "NNS" else None
            if country is None and he.sector not in PERSON_ROLES and carried is not None:
                # "Canadian police arrested … Investigators identified a suspect": the story's own
                return mk(make_code(carried, he.sector), carried, he.sector, "carry:group", person)
            if country is None and he.sector and he.sector not in (*PERSON_ROLES, "GOV") and \
                    head.tag_ == "NNS" and any(a.sector == he.sector for a, _s, _r, _o in self.st.groups):
                # "Police were called to the home … Investigators identified a suspect": the police's (not
                # "officials", of whatever office)
                return mk(he.sector, None, he.sector, "carry:sector", person)
            if country is None and he.sector not in PERSON_ROLES:
                return None  # "the official" alone says nothing; "the co-founders" are still people
            sector = he.sector
        if sector is None and country is None:
            return None
        self.sector_words = [s for s, _ in all_sectors]
        holder = self._titled_before(head, he.rule) if country is None and kind == "title" and not person \
            else None
        if holder is not None:  # "Crown Prince Mohammed bin Salman … the crown prince detained …"
            return mk(holder.code, holder.country, holder.sector, "carry:title", holder.person)
        where = self._territory() if country is None and sector == "GOV" and \
            he.rule.partition(":")[2] in TERRITORY_OFFICES else None
        if where is not None:  # "the governor called for calm" in a story of the British Virgin Islands
            return mk(make_code(where, sector), where, sector, f"{rule}+territory", person)
        if country is None and sector:
            carried = self._story_country(sector)
            if carried is not None and head.lower_ not in ATTACKER_NOUNS and \
                    not any(lu.root.lower_ in ("pro", "anti") for lu in left):
                return mk(make_code(carried, sector), carried, sector, carried_rule(rule, sector), person)
        return mk(make_code(country, sector), country, sector, rule, person)

    def _body_of_part(self, part: Token) -> Actor | None:
        """The public body a title's unnamed part belongs to ("chief of the press service for the Ministry
        of Defence", "director of communications at the Health Department"): an office of that body (not a
        firm's, nor one guessed from a name)."""
        if part.pos_ != "NOUN" or part.ent_type_:
            return None
        for prep in (c for c in part.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
            for g in (c for c in prep.children if c.dep_ == "pobj"):
                a = self._sub_actor(g)
                if a is not None and a.code and not a.person and a.sector not in (None, "CVL", "BUS") and \
                        a.rule.startswith(("org:", "phoenix:org:", "agent:", "phoenix:agent:", "metonym:")) \
                        and not a.rule.startswith(GUESSED_ORG):
                    return a
        return None

    def _office_town(self, he: Entry | None, rel: str, ru: _Unit, a: Actor | None) -> bool:
        """The unknown place a local office is held "of"/"for" ("the mayor of Elmford", "the sheriff of
        Elmford County"): the town the gazetteer lacks, not a person nor a firm the name would be guessed
        to be; the office keeps its own sector and the story's country."""
        if he is None or he.kind not in ("title", "agent") or he.phrase not in LOCAL_OFFICES or \
                rel not in ("of", "for"):
            return False
        if self._entry(ru) is not None or not self.doc[ru.start].text[:1].isupper():
            return False
        return a is None or a.rule.startswith(("person:unknown", "org:unknown"))

    def _constituency(self, head: Token) -> bool:
        """A name a legislator sits "for" ("the Labour MP for Leeds Central", "a senator for Ontario"): the
        seat, a place, not a firm the name would be guessed to be."""
        prep = head.head if head.dep_ == "pobj" else None
        if prep is None or prep.lower_ != "for" or prep.head.i >= prep.i:
            return False
        held = self._word_entry(prep.head)
        return held is not None and held.kind in ("title", "agent") and held.sector == "LEG"

    def _police_people(self, head: Token) -> bool:
        """Bare "officials" or "authorities" in a police story whose police the story has named."""
        return head.tag_ == "NNS" and head.lemma_.lower() in POLICE_PEOPLE and police_story(self.doc) and \
            not any(c.dep_ in ("prep", "compound", "amod", "nmod", "poss") for c in head.children) and \
            any((a.sector or "")[:3] == "COP" for a, _s, _r, _o in self.st.groups)

    def _titled_before(self, head: Token, title_rule: str) -> Actor | None:
        """The person "the <title>" refers back to: the one person the text has named with that title
        ("Crown Prince Mohammed bin Salman" … "the crown prince"), when all so named are of one country."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or head.tag_ == "NNS":
            return None
        named = [a for a, _s, _subj in self.st.people if a.rule == title_rule and a.person and a.country]
        if not named or len({a.person for a in named}) != 1:
            return None
        return named[-1]

    def _territory(self) -> str | None:
        """The one dependent territory with a governor and a premier of its own that the story names
        ("the British Virgin Islands", "BVI"): whose a bare governor or premier is, not the power that
        appoints him nor a state whose agents act there."""
        places = self._story_place_countries()
        found = set(places).union(*self.st.sector_countries.values()) & TERRITORIES
        where = next(iter(found)) if len(found) == 1 else None
        if where is None:
            return None
        # the story opens on the territory or names it most (not a Florida story that names Puerto Rico)
        return where if self._first_place() == where or places[where] >= max(places.values(), default=1) \
            else None

    def _first_place(self) -> str | None:
        """The country the story names first ("BVI Premier Andrew Fahie has been detained …": VGB)."""
        for u in self.da._units:
            if u.entry is not None and u.entry.kind in ("country", "capital", "place"):
                return self.r._unit_country(self.doc, u, self.st.published)
        return None

    def _story_country(self, sector: str | None) -> str | None:
        """The one country the story has given actors of ``sector`` so far, which a bare noun of that sector
        carries ("Canadian police … the police"); none for private people or when several countries."""
        countries = self.st.sector_countries.get(sector or "")
        if not countries or len(countries) != 1 or sector in UNCARRIED_SECTORS:
            return None
        return next(iter(countries))


#: offices of a town or county, held "of" a place ("the mayor of Elmford", "the sheriff of Elmford County")
LOCAL_OFFICES = frozenset({
    "mayor", "deputy mayor", "council member", "councilmember", "city council member", "councilman",
    "councilwoman", "councillor", "councilor", "alderman", "alderwoman", "sheriff", "deputy sheriff",
    "county executive", "county commissioner", "county supervisor", "county attorney", "selectman",
    "first selectman", "town manager", "city administrator", "county administrator", "police chief"})

#: dependent territories with a governor and a premier (or chief minister) of their own
TERRITORIES = frozenset({"VGB", "CYM", "TCA", "BMU", "AIA", "MSR", "GIB", "VIR", "PRI", "GUM", "ASM", "MNP"})

#: offices a dependent territory has of its own ("the governor", "the premier")
TERRITORY_OFFICES = frozenset({"governor", "premier"})

#: people a police story names bare who are its police's ("Officials say …", "Authorities believe …")
POLICE_PEOPLE = frozenset({"official", "authority"})

#: people whom a company names without making them its country's ("the driver of a Toyota", "Samsung
#: workers" in Vietnam): the firm's home country is not theirs
PEOPLE_OF_A_FIRM = frozenset({"CVL", "LAB"})

#: sectors of a state's offices: an apposition naming one says whose office holder the person is
STATE_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


#: chambers of a legislature whose name may open a weak title ("Senate Tax Chairman Tom Bakk")
CHAMBER_WORDS = frozenset({"senate", "house", "assembly", "legislative", "congressional"})


#: people named by whom they act for: "representatives from Acme Corp." are the firm's, not legislators
SPEAKS_FOR_A_BODY = frozenset({"representative", "delegate"})
#: sectors of public offices whose different nouns name different holders ("the governor", "the mayor")
OFFICE_SECTORS = frozenset({"GOV", "LEG", "EDU"})


def _trade_union(head: Token, he: Entry, left: list[_Unit]) -> bool:
    """A union named by the trade of its members ("the teachers' union", "the nurses union", "the police
    union"): a labour actor (coding guide: pay bargaining), whatever sector the trade alone has; a students'
    union is the students' body."""
    return he.sector == "LAB" and head.lemma_.lower() == "union" and \
        not any(lu.root.lemma_.lower() == "student" for lu in left)


def carried_rule(rule: str, sector: str | None) -> str:
    """The rule of an office carried to the story's country: "carry:group", keeping which office it names
    ("carry:group+agent:mayor") so that "the governor" and "the mayor of Columbus" stay two actors."""
    office = rule.removeprefix("phoenix:").startswith("agent:") and (sector or "")[:3] in OFFICE_SECTORS
    return f"carry:group+{rule}" if office else "carry:group"


def _chamber_word(tok: Token) -> bool:
    """A capitalised name of a legislature's chamber ("Senate", "House"; not "the house")."""
    return tok.lower_ in CHAMBER_WORDS and tok.text[:1].isupper()

#: a company's people, of the country they work in ("Tesla employees in Berlin")
STAFF_WORDS = frozenset({"employees", "staff", "staffers", "workforce"})


def _state_office(actor: Actor | None) -> bool:
    """The actor is an office of a named state ("the chairman of the House Foreign Affairs Committee")."""
    return actor is not None and bool(actor.country) and (actor.sector or "")[:3] in STATE_OFFICE_SECTORS


def _fronted_description(head: Token, start: int, known: bool = False) -> Token | None:
    """A description fronted before a named subject and its comma, which the parser hangs on the verb ("A
    former Spanish officer, Morales yearned …", "A Canadian skater, Smith won …"): an apposition. The
    subject is a person's name by the parser's entity, or ``known`` as a person the story named before
    (the parser may take "Morales" for a place)."""
    doc = head.doc
    if not (head.ent_type_ == "PERSON" or known) or head.dep_ not in ("nsubj", "nsubjpass") or start < 2 or \
            doc[start - 1].text != ",":
        return None
    for c in head.head.children:
        if c.i < start - 1 and c.dep_ in ("npadvmod", "nsubj", "nsubjpass", "dep") and c.tag_ == "NN" and \
                c.right_edge.i == start - 2 and c.left_edge.i == c.sent.start and \
                any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return c
    return None


def _indefinite_description(noun: Token) -> bool:
    """An apposition "a <noun>" set off by a comma right after its person, before the next item of a list
    ("Ola Bini, a Swedish developer who visited him, and Felicity Ruby"): it describes that person (a list
    names its people, it does not open an item with "a")."""
    return noun.tag_ == "NN" and noun.dep_ == "appos" and noun.head.i < noun.i and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and \
        noun.left_edge.i > 1 and noun.doc[noun.left_edge.i - 1].text == "," and \
        noun.doc[noun.left_edge.i - 2].i == noun.head.i


def _describes_one(noun: Token, joined: bool = False) -> bool:
    """An apposition that describes its person ("Ola Bini, a Swedish programmer"; ``joined``: also "a Congress
    watcher and fellow at …"), not the next item of a list the parser hung on it ("spied on Assange, his
    legal team, his American friends")."""
    return noun.tag_ == "NN" and not any(c.dep_ == "poss" for c in noun.children) and \
        all(c.lower_ in ("a", "an", "the") for c in noun.children if c.dep_ == "det") and \
        (joined or not any(c.dep_ == "conj" for c in noun.children)) and \
        not any(c.dep_ in ("conj", "appos") and c.i != noun.i for c in noun.head.children)


def _officials_in(he: Entry | None, e: Entry | None, head: Token) -> bool:
    """Government officials named by the country, capital or town where they serve ("officials in Vietnam",
    "a senior official in Nairobi", "officials in Dogubayazit", "officials in Hammond, Indiana"): its own; a
    spokesman or an inspector there may be anyone's. (Not a region of the lexicons: "officials in Ohio say
    they will check whether …", the one such case on the pools, read as an accusation.)"""
    town = e is not None and e.kind == "place" and e.rule.endswith(("+town", "+state"))
    return _government_officials(he, head) and e is not None and (e.kind in ("country", "capital") or town)


def _government_officials(he: Entry | None, head: Token) -> bool:
    """"officials", "authorities", "a senior official": a government's people, named by no body of theirs."""
    return he is not None and he.kind == "weak" and he.sector == "GOV" and \
        (head.tag_ == "NNS" or head.lemma_.lower() == "official")
