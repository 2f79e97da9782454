"""Actor lexicons: load the YAML files under ``tacitus/data/actors`` into one flat entry table.

Every entry has a ``kind`` (country, demonym, capital, place, metonym, org, leader, title, weak, agent),
a ``rule`` id (``"demonym:russian"``) and the payload the resolver needs (ISO3 / code / sector / roles).

Under our lexicons lies a default layer converted from the public PETRARCH2/Phoenix actor dictionaries
(``data/actors/phoenix/``, built by ``scripts/build_phoenix_actors.py``; MIT, Open Event Data Alliance):
persons with dated roles, state organs, IGOs/NGOs, non-state armed groups, places and agent nouns. It is
held apart (:class:`PhraseLayer`, matched by pre-tokenized lower-case word sequences, so loading needs no
tokenizer and no phrase matcher) and our entries — and a user lexicon's — win on the same phrase. Switch it
off with ``Lexicon.load(phoenix=False)``, ``CodingOptions(phoenix_actors=False)`` or
``TACITUS_PHOENIX_ACTORS=0``.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from tacitus.actors.codes import is_country, split_code
from tacitus.nlp.inflect import plural
from tacitus.yamlio import data_yaml, load_yaml

#: kinds that name things (matched only when capitalised in the text)
PROPER_KINDS = frozenset({"country", "demonym", "capital", "place", "metonym", "org", "leader"})

DEFAULT_FILES = (
    "sectors.yaml",
    "titles.yaml",
    "countries_extra.yaml",
    "demonyms.yaml",
    "capitals.yaml",
    "places.yaml",
    "metonyms.yaml",
    "organisations.yaml",
    "leaders.yaml",
)
#: environment switch for the Phoenix layer's default ("0" = off)
PHOENIX_ENV = "TACITUS_PHOENIX_ACTORS"
#: lower-case words a name may hold without a capital ("Abdel Fattah el-Sisi", "Bank of England")
_NAME_SMALL = frozenset(
    ["of", "the", "and", "for", "de", "la", "al", "el", "du", "des", "in", "on", "at", "to", "bin", "ibn",
     "van", "von", "der", "del", "da", "y", "e", "i", "a", "'s", "s"]
)


@dataclass(slots=True)
class Role:
    """One dated role of a leader."""

    code: str
    start: dt.date | None
    end: dt.date | None


@dataclass(slots=True)
class Entry:
    """One lexicon phrase."""

    kind: str
    phrase: str  # as written in the lexicon
    rule: str
    code: str = ""  # full code for metonym/org; ISO3 for country-like kinds
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)  # leaders only
    canonical: str = ""  # leaders: the full name

    @property
    def case_sensitive(self) -> bool:
        """Short all-caps abbreviations (US, UN, IS, RT) must match exactly."""
        bare = self.phrase.replace(".", "").replace("-", "")
        return self.kind in PROPER_KINDS and bare.isupper() and len(bare) <= 5


def _date(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def data_dir() -> Path:
    """Directory of the packaged lexicons."""
    return Path(str(importlib.resources.files("tacitus") / "data" / "actors"))


class Lexicon:
    """All entries plus the single-word lookup tables."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.precedence: list[str] = []
        self.sectors: dict[str, str] = {}
        self.collective: set[str] = set()  # "the NATO alliance": heads that stand for the body before them
        #: agent nouns -> the modifiers that make them a thing ("market intelligence", "a travel agency")
        self.other_senses: dict[str, frozenset[str]] = {}
        self.words: dict[str, Entry] = {}  # single-word agents/titles/weak, lower-case
        self.leaders: dict[str, Entry] = {}  # lower-case name variant -> entry (merged roles)
        self._seen: set[tuple[str, str]] = set()
        self.layer = PhraseLayer()  # the Phoenix default layer (empty when switched off)

    # ------------------------------------------------------------------ building
    def add(self, entry: Entry) -> None:
        key = (entry.kind, entry.phrase.lower() if not entry.case_sensitive else entry.phrase)
        if key in self._seen:
            return
        self._seen.add(key)
        phrase = entry.phrase.strip()
        if not phrase:
            return
        if entry.kind in ("agent", "title", "weak") and " " not in phrase and "-" not in phrase:
            self.words.setdefault(phrase.lower(), entry)
            return
        self.entries.append(entry)

    def rank(self, sector: str | None) -> int:
        if sector is None:
            return 999
        try:
            return self.precedence.index(sector)
        except ValueError:
            return 500

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), phoenix: bool | None = None) -> Lexicon:
        """Our lexicons with ``paths`` (user lexicons) on top and, unless ``phoenix`` is False, the Phoenix
        layer underneath (``None``: on unless ``$TACITUS_PHOENIX_ACTORS`` is ``0``)."""
        lex = cls()
        # user files first so that their entries win over the defaults (first entry per phrase wins)
        for path in (Path(p) for p in paths):
            lex._load_one(path.name, load_yaml(path.read_text(encoding="utf-8")) or {})
        for name in DEFAULT_FILES:
            lex._load_one(name, data_yaml(f"actors/{name}") or {})
        lex._add_pycountry()
        if phoenix is None:
            phoenix = cls.phoenix_default()
        if phoenix:
            lex.layer = load_phoenix(lex)
        return lex

    @staticmethod
    def phoenix_default() -> bool:
        """Is the Phoenix layer on by default (``$TACITUS_PHOENIX_ACTORS`` is not ``0``)?"""
        return os.environ.get(PHOENIX_ENV, "1").strip().lower() not in ("0", "false", "no", "off")

    def phrases(self) -> set[str]:
        """Every lower-case phrase our (and user) lexicons have: the layer never overrides one of them."""
        out = {e.phrase.lower() for e in self.entries} | set(self.words) | set(self.leaders)
        return out | {p[4:] for p in out if p.startswith("the ")}

    def _load_one(self, name: str, data: Any) -> None:
        stem = name.rsplit(".", 1)[0]
        if isinstance(data, dict) and "agents" in data:
            self.precedence = self.precedence or list(data.get("precedence") or [])
            self.sectors.update(data.get("sectors") or {})
            self.collective.update(str(w).lower() for w in data.get("collective") or ())
            for noun, words in (data.get("other_senses") or {}).items():
                self.other_senses[str(noun).lower()] = frozenset(str(w).lower() for w in words)
            for sector, words in data["agents"].items():
                for w in words:
                    self._agent(str(w), sector)
        elif isinstance(data, dict) and "titles" in data:
            for sector, words in data["titles"].items():
                for w in words:
                    self.add(Entry("title", str(w), f"title:{str(w).lower()}", sector=sector))
            for w, sector in (data.get("weak") or {}).items():
                self.add(Entry("weak", str(w), f"title:{str(w).lower()}", sector=sector))
        elif stem.startswith("leaders") or (isinstance(data, list) and data and "from" in data[0]):
            self._leaders(data)
        elif stem.startswith("organisations") or (isinstance(data, list) and data and "code" in data[0]):
            for item in data:
                code = str(item["code"])
                for n in item["names"]:
                    self.add(Entry("org", str(n), f"org:{str(item['names'][0]).lower()}", code=code))
        elif stem.startswith("metonyms"):
            for phrase, code in data.items():
                self.add(Entry("metonym", str(phrase), f"metonym:{str(phrase).lower()}", code=str(code)))
        else:
            kind = {
                "demonyms": "demonym",
                "capitals": "capital",
                "places": "place",
                "countries_extra": "country",
            }.get(stem, "country")
            for iso3, names in data.items():
                for n in names or []:
                    self._country_like(kind, str(n), str(iso3))

    def _agent(self, word: str, sector: str) -> None:
        self.add(Entry("agent", word, f"agent:{word.lower()}", sector=sector))
        if " " in word and (not word.endswith("s") or word.endswith("ss")):  # "aid agencies", "party bosses"
            for form in plural(word):
                self.add(Entry("agent", form, f"agent:{word.lower()}", sector=sector))

    def _country_like(self, kind: str, name: str, iso3: str) -> None:
        rule = f"{kind}:{name.lower()}"
        self.add(Entry(kind, name, rule, code=iso3))
        if kind == "demonym":
            low = name.lower()
            if not low.endswith("s") and (low.endswith("an") or low.endswith("i")):
                self.add(Entry(kind, name + "s", rule, code=iso3))
        if kind == "country" and name.lower().startswith("the "):
            self.add(Entry(kind, name[4:], rule, code=iso3))

    def _leaders(self, data: list[dict]) -> None:
        for item in data:
            role = Role(str(item["code"]), _date(item.get("from")), _date(item.get("to")))
            names = [str(n) for n in item["names"]]
            for n in names:
                key = n.lower()
                ent = self.leaders.get(key)
                if ent is None:
                    ent = Entry("leader", n, f"leader:{names[0].lower()}", canonical=names[0])
                    self.leaders[key] = ent
                    self.add(ent)
                ent.roles.append(role)

    def _add_pycountry(self) -> None:
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                n = getattr(c, attr, None)
                if n:
                    self._country_like("country", n, c.alpha_3)


class PhraseLayer:
    """Entries matched by their lower-case token sequences over a tokenized text (spaCy ``Doc`` or any
    sequence of tokens with ``.text`` and ``.lower_``). Names (kinds in ``PROPER_KINDS``) must be written as
    names: every word capitalised but for particles ("el", "of") and the part after a hyphen; a one-word
    acronym of at most 4 letters exactly in capitals. Agents match in any case.

    Entries are made on first use (``entry(k)``): loading reads the rows and builds the token index only."""

    __slots__ = ("_entries", "_hindex", "_items", "_rows", "index")

    AGENT, NAME, EXACT, PLACE = 0, 1, 2, 3  # how a phrase must be written in the text

    def __init__(self) -> None:
        #: first token -> [(length, {tokens: (entry number, mode)})], longest first
        self.index: dict[str, list[tuple[int, dict[tuple, tuple[int, int]]]]] = {}
        self._rows: list[tuple[str, str, str]] = []  # (kind, code or roles, first name)
        self._items: list[tuple[int, str]] = []  # per entry: (row, phrase)
        self._entries: list[Entry | None] = []
        self._hindex: dict[int, list[tuple[int, dict[tuple, tuple[int, int]]]]] | None = None

    def __len__(self) -> int:
        return len(self._items)

    def add_row(self, kind: str, code: str, first: str) -> int:
        self._rows.append((kind, code, first))
        return len(self._rows) - 1

    def add(self, tokens: Sequence[str], row: int, phrase: str, mode: int) -> None:
        toks = tuple(tokens)
        if not toks:
            return
        by_len = self.index.setdefault(toks[0], [])
        for m, found in by_len:
            if m == len(toks):
                table = found
                break
        else:
            table = {}
            by_len.append((len(toks), table))
        if toks in table:
            return  # the first entry with these words wins
        table[toks] = (len(self._items), mode)
        self._items.append((row, phrase))
        self._entries.append(None)

    def finish(self) -> None:
        for by_len in self.index.values():
            if len(by_len) > 1:
                by_len.sort(key=lambda c: -c[0])

    def _hashed(self) -> dict[int, list[tuple[int, dict[tuple, tuple[int, int]]]]]:
        """The index keyed by spaCy string hashes (built on first use)."""
        if self._hindex is None:
            from spacy.strings import hash_string

            self._hindex = {
                hash_string(first): [
                    (m, {tuple(hash_string(t) for t in toks): v for toks, v in table.items()})
                    for m, table in by_len
                ]
                for first, by_len in self.index.items()
            }
        return self._hindex

    def entry(self, k: int) -> Entry:
        e = self._entries[k]
        if e is None:
            row, phrase = self._items[k]
            kind, code, first = self._rows[row]
            rule = f"phoenix:{kind}:{first.lower()}"
            if kind == "leader":
                e = Entry(kind, phrase, rule, roles=_parse_roles(code), canonical=first)
            elif kind == "agent":
                e = Entry(kind, phrase, f"phoenix:agent:{phrase}", sector=code)
            else:
                e = Entry(kind, phrase, rule, code=code)
            self._entries[k] = e
        return e

    @property
    def entries(self) -> list[Entry]:
        return [self.entry(k) for k in range(len(self._items))]

    def matches(self, doc: Sequence[Any]) -> list[tuple[int, int, int]]:
        """``(start, end, entry number)`` of the longest entry starting at each token (overlaps allowed:
        the caller filters spans). A place or country name inside a longer person or organisation name
        ("Naomi Osaka") is not a match."""
        if not self.index:
            return []
        out: list[tuple[int, int, int]] = []
        if hasattr(doc, "to_array"):  # a spaCy Doc: compare the hashes of lower-case forms (no Token objects)
            from spacy.attrs import LOWER

            index = self._hashed()
            lower = doc.to_array(LOWER).tolist()
        else:
            index = self.index
            lower = [t.lower_ for t in doc]
        n = len(lower)
        for i in range(n):
            by_len = index.get(lower[i])
            if by_len is None:
                continue
            for m, table in by_len:
                if i + m > n:
                    continue
                got = table.get(tuple(lower[i : i + m]))
                if got is None:
                    continue
                k, mode = got
                if mode == PhraseLayer.EXACT:
                    if doc[i].text != doc[i].text.upper():
                        continue
                elif mode != PhraseLayer.AGENT:
                    if not _written_as_name(doc, i, i + m):
                        continue
                    if mode == PhraseLayer.PLACE and _inside_name(doc, i, i + m):
                        continue
                out.append((i, i + m, k))
                break
        return out


def _inside_name(doc: Sequence[Any], start: int, end: int) -> bool:
    """The span is part of a longer PERSON/ORG/... entity of a parsed ``Doc``."""
    first = doc[start]
    label = getattr(first, "ent_type_", "")
    if label in _NAME_ENTS and first.ent_iob_ == "I":
        return True
    if end < len(doc):
        nxt = doc[end]
        if nxt.ent_iob_ == "I" and nxt.ent_type_ in _NAME_ENTS:
            return True
    return False


_NAME_ENTS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"})


def _written_as_name(doc: Sequence[Any], start: int, end: int) -> bool:
    """Every word of the span is capitalised, but for particles, punctuation and the part after a hyphen."""
    seen = False
    for j in range(start, end):
        t = doc[j].text
        if not t[:1].isalpha():
            continue
        if t[:1].isupper():
            seen = True
        elif t.lower() not in _NAME_SMALL and not (j > start and doc[j - 1].text == "-"):  # "Ban Ki-moon"
            return False
    return seen


def phoenix_dir() -> Path:
    return data_dir() / "phoenix"


def _parse_roles(text: str) -> list[Role]:
    roles = []
    for part in text.split(","):
        code, start, end = part.split(":")
        roles.append(Role(code, _date(start), _date(end)))
    return roles


def company_code(code: str) -> str:
    """Phoenix's multinational corporations ("MNCJPN" Toyota, "MNC" Chevron) as the coding guide codes
    companies: their home country's business (``JPNBUS``), ``BUS`` when it names no country."""
    if not code.startswith("MNC"):
        return code
    home = code[3:6]
    return f"{home}BUS" if is_country(home) else "BUS"


def load_phoenix(lex: Lexicon, folder: str | Path | None = None) -> PhraseLayer:
    """The Phoenix layer (``actors.tsv``, ``agents.tsv``) minus every phrase ``lex`` already has; one-word
    agent nouns go to ``lex.words`` (after ours)."""
    folder = Path(folder) if folder is not None else phoenix_dir()
    layer = PhraseLayer()
    taken = lex.phrases()
    name_mode, exact_mode, place_mode = PhraseLayer.NAME, PhraseLayer.EXACT, PhraseLayer.PLACE
    for kind, code, _src, names_s, toks_s in _tsv_rows(folder / "actors.tsv"):
        names = names_s.split("|")
        row = layer.add_row(kind, company_code(code) if kind == "org" else code, names[0])
        short = kind != "leader"
        for name, tk in zip(names, toks_s.split("|"), strict=True):
            low = name.lower()
            if low in taken:
                continue
            words = tk.split(" ") if tk else low.split(" ")
            if short and len(words) == 1 and len(name) <= 5 and name.isupper():
                mode = exact_mode
            else:
                mode = place_mode if kind in ("place", "country") else name_mode
            layer.add(words, row, name, mode)
    for sector, _code, _src, names_s, toks_s in _tsv_rows(folder / "agents.tsv"):
        row = layer.add_row("agent", sector, "")
        for name, tk in zip(names_s.split("|"), toks_s.split("|"), strict=True):
            if name in taken:
                continue
            words = tk.split(" ") if tk else name.split(" ")
            if len(words) == 1:
                entry = Entry("agent", name, f"phoenix:agent:{name}", sector=sector)
                lex.words.setdefault(name, entry)
            else:
                layer.add(words, row, name, PhraseLayer.AGENT)
    layer.finish()
    return layer


def _tsv_rows(path: Path):
    """The tab-separated fields of each non-comment line of a layer file (nothing when it is absent)."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line[0] != "#":
                yield line.rstrip("\n").split("\t")


def pick_role(entry: Entry, published: dt.date | None) -> Role | None:
    """The role valid on ``published``: out of office after a role → an elite (ELI) of the country, and
    before the first → also ELI; with no date the most recent role in the country served longest
    (:func:`_undated_role`)."""
    if not entry.roles:
        return None
    if published is not None:
        for r in entry.roles:
            if (r.start is None or r.start <= published) and (r.end is None or published < r.end):
                return r
        before = [r for r in entry.roles if r.start is None or r.start <= published]
        if before:
            last = max(before, key=lambda r: r.start or dt.date.min)
            country = split_code(last.code)[0]
            if last.end is not None and last.end <= published and country:
                # out of office on that date: a former office holder is an elite of the country
                return Role(country + "ELI", last.end, None)
            return last
        first = min(entry.roles, key=lambda r: r.start or dt.date.min)
        country = split_code(first.code)[0]
        if country:  # before any office listed: a public figure of the country, not yet its office holder
            return Role(country + "ELI", None, first.start)
    return _undated_role(entry.roles)


def _undated_role(roles: Sequence[Role]) -> Role:
    """A person's role in an undated story: the most recent one in the country (or organisation) they served
    longest, not a short later post abroad (Saakashvili, Georgia's president for nine years and a Ukrainian
    governor for one, is Georgia's); with one country's roles, the most recent."""
    served: dict[str, int] = {}
    for r in roles:
        if r.start is not None:
            served[r.code[:3]] = served.get(r.code[:3], 0) + ((r.end or dt.date.today()) - r.start).days
    home = max(served, key=lambda c: served[c]) if len(served) > 1 else None
    return max((r for r in roles if home is None or r.code[:3] == home), key=lambda r: r.start or dt.date.min)


def entry_country_sector(entry: Entry, role: Role | None = None) -> tuple[str | None, str | None, str]:
    """(country, sector, code) an entry stands for on its own."""
    if entry.kind == "leader":
        code = role.code if role else ""
        c, s = split_code(code)
        return c, s, code
    if entry.kind in ("metonym", "org"):
        c, s = split_code(entry.code)
        return c, s, entry.code
    if entry.kind in ("country", "demonym", "capital", "place"):
        return entry.code, None, entry.code
    return None, entry.sector, entry.sector or ""
