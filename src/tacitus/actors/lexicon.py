"""Actor lexicons: load the YAML files under ``tacitus/data/actors`` into one flat entry table.

Every entry has a ``kind`` (country, demonym, capital, place, metonym, org, leader, title, weak, agent),
a ``rule`` id (``"demonym:russian"``) and the payload the resolver needs (ISO3 / code / sector / roles).
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml

from tacitus.actors.codes import split_code

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
        self.words: dict[str, Entry] = {}  # single-word agents/titles/weak, lower-case
        self.leaders: dict[str, Entry] = {}  # lower-case name variant -> entry (merged roles)
        self._seen: set[tuple[str, str]] = set()

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
    def load(cls, paths: Iterable[str | Path] = ()) -> Lexicon:
        lex = cls()
        files = [data_dir() / name for name in DEFAULT_FILES]
        user = [Path(p) for p in paths]
        # user files first so that their entries win over the defaults (first entry per phrase wins)
        for path in [*user, *files]:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh) or {}
            lex._load_one(path.name, data)
        lex._add_pycountry()
        return lex

    def _load_one(self, name: str, data: Any) -> None:
        stem = name.rsplit(".", 1)[0]
        if isinstance(data, dict) and "agents" in data:
            self.precedence = self.precedence or list(data.get("precedence") or [])
            self.sectors.update(data.get("sectors") or {})
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
        if " " in word and not word.endswith("s"):
            self.add(Entry("agent", word + "s", f"agent:{word.lower()}", sector=sector))

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


def pick_role(entry: Entry, published: dt.date | None) -> Role | None:
    """The role valid on ``published``; with no date (or none valid) the most recent one."""
    if not entry.roles:
        return None
    if published is not None:
        for r in entry.roles:
            if (r.start is None or r.start <= published) and (r.end is None or published < r.end):
                return r
        before = [r for r in entry.roles if r.start is None or r.start <= published]
        if before:
            return max(before, key=lambda r: r.start or dt.date.min)
    return max(entry.roles, key=lambda r: r.start or dt.date.min)


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
