"""Toponym resolution: candidates from the gazetteer, scored with population, feature type, string
exactness, the document's country focus, co-occurring places and explicit containment ("Paris, Texas").

Deterministic: ties are broken by geonameid.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from tacitus.geo.gazetteer import (
    Q_ALT,
    Q_DERIVED,
    Q_LOOSE,
    Q_PRIMARY,
    Gazetteer,
    GeoEntry,
    haversine_km,
    norm,
)

FCODE_PRIOR = {
    "PCLI": 4.0,
    "PCLS": 3.0,
    "CONT": 4.0,
    "TERR": 3.5,
    "ADM1": 2.0,
    "RGN": 2.5,
    "PEN": 2.5,
    "SEA": 2.5,
    "OCN": 2.5,
    "GULF": 2.5,
    "STRT": 2.5,
    "LK": 2.0,
    "VAL": 2.0,
    "ST": 1.0,
    "PPLC": 1.5,
    "ADM2": 0.3,
    "PPL": 0.0,
}
POP_WEIGHT = 0.9  # per power of ten of population
COUNTRY_WEIGHT, COUNTRY_BASE = 4.0, 1.0  # document country focus: BASE + WEIGHT * share of the votes
ADM1_WEIGHT = 3.0  # shared first-level division with other places of the document
PROXIMITY_WEIGHT = 3.0
CONTEXT_PASSES = 4
REPEAT_WEIGHT = 0.5  # a name mentioned n times votes with weight 1 + REPEAT_WEIGHT * ln(n)
QUALITY_PENALTY = {Q_PRIMARY: 0.0, Q_ALT: -1.5, Q_DERIVED: -1.0, Q_LOOSE: -3.0}

#: suffixes that say "this is an administrative area" ("Idlib province", "Harris County")
ADMIN_WORDS = frozenset(
    [
        "province",
        "governorate",
        "region",
        "county",
        "parish",
        "district",
        "state",
        "oblast",
        "prefecture",
        "municipality",
        "department",
        "territory",
        "division",
        "krai",
        "raion",
        "emirate",
        "canton",
    ]
)
CITY_WORDS = frozenset(["city", "town", "village"])

# US state abbreviations (AP style and postal) for "Alexandria, La." containment
US_STATE_ABBR = {
    "ala": "AL",
    "ariz": "AZ",
    "ark": "AR",
    "calif": "CA",
    "cal": "CA",
    "colo": "CO",
    "conn": "CT",
    "del": "DE",
    "fla": "FL",
    "ga": "GA",
    "ill": "IL",
    "ind": "IN",
    "kan": "KS",
    "kans": "KS",
    "ky": "KY",
    "la": "LA",
    "md": "MD",
    "mass": "MA",
    "mich": "MI",
    "minn": "MN",
    "miss": "MS",
    "mo": "MO",
    "mont": "MT",
    "neb": "NE",
    "nebr": "NE",
    "nev": "NV",
    "n h": "NH",
    "n j": "NJ",
    "n m": "NM",
    "n y": "NY",
    "n c": "NC",
    "n d": "ND",
    "okla": "OK",
    "ore": "OR",
    "pa": "PA",
    "penn": "PA",
    "r i": "RI",
    "s c": "SC",
    "s d": "SD",
    "tenn": "TN",
    "tex": "TX",
    "vt": "VT",
    "va": "VA",
    "wash": "WA",
    "w va": "WV",
    "wis": "WI",
    "wisc": "WI",
    "wyo": "WY",
    "d c": "DC",
}


@dataclass(slots=True)
class Mention:
    """A toponym occurrence to resolve."""

    text: str  # evidence span text ("eastern Aleppo", "Idlib province")
    start: int
    end: int
    name: str  # the name to look up ("Aleppo", "Idlib")
    admin_hint: bool = False  # "… province", "… County"
    city_hint: bool = False  # "the city of …", "… City"
    container: tuple[str, str] | None = None  # ("US", "TX") / ("FR", "") from "Paris, Texas"
    demonym: str | None = None  # ISO2 when the mention is an adjective/demonym ("Syrian")
    weight: float = 1.0  # vote weight in the document context
    source: str = "gold"  # how it was recognised: "ner:GPE", "gazetteer", …
    backoff: str = ""  # how an unknown name was placed: "demonym", "part" or "focus"
    candidates: list[tuple[int, int]] = field(default_factory=list)
    best: int | None = None
    score: float = 0.0
    margin: float = 0.0


#: last words that name a feature inside a place ("Royal Street", "Colorado State University")
FEATURE_WORDS = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "square",
        "plaza",
        "park",
        "gardens",
        "garden",
        "estate",
        "centre",
        "center",
        "mall",
        "tower",
        "towers",
        "castle",
        "palace",
        "church",
        "cathedral",
        "chapel",
        "mosque",
        "temple",
        "abbey",
        "hospital",
        "university",
        "college",
        "school",
        "academy",
        "airport",
        "station",
        "stadium",
        "arena",
        "hall",
        "court",
        "courthouse",
        "bridge",
        "harbor",
        "harbour",
        "port",
        "river",
        "creek",
        "lake",
        "bay",
        "beach",
        "island",
        "valley",
        "mountain",
        "mountains",
        "hill",
        "hills",
        "canyon",
        "forest",
        "township",
        "co",
        "district",
        "neighborhood",
        "neighbourhood",
        "quarter",
        "office",
        "headquarters",
        "base",
        "club",
        "hotel",
        "cup",
    ]
)
#: words that are place names somewhere but, alone inside a longer name, rarely mean that place
GENERIC_WORDS = frozenset(
    [
        "central",
        "federal",
        "union",
        "national",
        "international",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "city",
        "hall",
        "bank",
        "delta",
        "point",
        "summit",
        "state",
        "republic",
        "united",
        "royal",
        "new",
        "old",
        "great",
        "grand",
        "upper",
        "lower",
        "middle",
        "saint",
        "san",
        "santa",
        "fort",
        "mount",
        "lake",
        "river",
        "camp",
        "village",
        "town",
        "county",
        "market",
        "house",
    ]
)
#: demonym and plural endings -> replacements that may give the place name ("Ohioans" -> "Ohio")
_DEMONYM_RULES = (
    ("ians", ("ia", "")),
    ("ian", ("ia", "")),
    ("ans", ("a", "", "s")),
    ("an", ("a", "", "s")),
    ("ers", ("",)),
    ("er", ("",)),
    ("ese", ("",)),
    ("s", ("", "ia")),
)


def demonym_bases(name: str) -> list[str]:
    """Place names a demonym or plural may come from: "South Ossetian" -> ["South Ossetia", "South Osset"]."""
    words = name.split()
    if not words or len(words[-1]) < 4:
        return []
    last, head = words[-1], " ".join(words[:-1])
    out = []
    for suffix, repls in _DEMONYM_RULES:
        if last.lower().endswith(suffix) and len(last) - len(suffix) >= 3:
            for r in repls:
                base = last[: len(last) - len(suffix)] + r
                out.append(f"{head} {base}".strip())
    return list(dict.fromkeys(out))


def _prominent(
    gz: Gazetteer, cands: list[tuple[int, int]], min_pop: int, max_q: int
) -> list[tuple[int, int]]:
    return [
        (i, q)
        for i, q in cands
        if q <= max_q and (gz.entries[i].fclass in "AL" or gz.entries[i].population >= min_pop)
    ]


def backoff_candidates(gz: Gazetteer, name: str) -> tuple[list[tuple[int, int]], str]:
    """Candidates for a name the gazetteer does not know: the place its demonym/plural comes from
    ("Ohioans" -> Ohio, "New Londoners" -> New London), else the place a feature or organisation name
    contains ("Colorado State University" -> Colorado, "Port of Los Angeles" -> Los Angeles)."""
    for base in demonym_bases(name):
        got = _prominent(gz, gz.lookup(base), 1000, Q_DERIVED)
        if got:
            return [(i, max(q, Q_DERIVED)) for i, q in got], "demonym"
    words = [w for w in name.replace("/", " ").split() if w]
    n = len(words)
    for size in range(n - 1, 0, -1):
        for start in range(n - size + 1):
            part = words[start : start + size]
            if part[-1].lower().strip(".") in FEATURE_WORDS or part[0].lower() in ("of", "the"):
                continue
            if size == 1 and (len(part[0]) < 3 or not part[0][:1].isupper()):
                continue
            if size == 1 and part[0].lower() in GENERIC_WORDS:
                continue
            got = _prominent(gz, gz.lookup(" ".join(part)), 50_000, Q_PRIMARY)
            if got:
                return [(i, Q_LOOSE) for i, _q in got], "part"
    return [], ""


def container_of(gz: Gazetteer, text: str) -> tuple[str, str] | None:
    """What a "…, X" tail names: a country or a first-level division (US state abbreviations included)."""
    from tacitus.geo.gazetteer import norm

    key = norm(text)
    if not key:
        return None
    if key in US_STATE_ABBR:
        return ("US", US_STATE_ABBR[key])
    best: tuple[float, tuple[str, str]] | None = None
    for i, q in gz.lookup(text):
        e = gz.entries[i]
        if e.fcode.startswith("PCL") and q <= Q_ALT:
            cand = (10.0 + q, (e.cc, ""))
        elif e.fcode == "ADM1" and q <= Q_ALT:
            cand = (5.0 + math.log10(e.population + 10) / 10 - q, (e.cc, e.adm1))
        else:
            continue
        if best is None or cand[0] > best[0]:
            best = cand
    return best[1] if best else None


def _base_scores(gz: Gazetteer, m: Mention, top: int = 12) -> list[tuple[float, int, int]]:
    """The ``top`` candidates by context-free score, as ``(score, entry index, quality)``, best first."""
    big_city: dict[str, int] = {}
    for i, q in m.candidates:
        e = gz.entries[i]
        if e.fclass == "P" and q <= Q_ALT and (e.population > big_city.get(e.cc, 0) or e.fcode == "PPLC"):
            big_city[e.cc] = 10**12 if e.fcode == "PPLC" else e.population
    return sorted(((_base_score(gz, m, i, q, big_city), i, q) for i, q in m.candidates), reverse=True)[:top]


def _base_score(gz: Gazetteer, m: Mention, i: int, q: int, big_city: dict[str, int]) -> float:
    e = gz.entries[i]
    s = math.log10(e.population + 10) * POP_WEIGHT
    if e.geonameid is None:  # our curated regions
        s += 3.0
    if e.fcode in ("ADM1", "ADM2") and not m.admin_hint and big_city.get(e.cc, 0) * 4 >= e.population:
        s -= 2.5  # "New York", "Aleppo": the city, not the province of the same name
    s += FCODE_PRIOR.get(e.fcode, 1.0 if e.fclass in "LHT" else 0.0)
    s += QUALITY_PENALTY.get(q, -3.0) if not (q == Q_ALT and e.population >= 100_000) else -0.5
    if m.admin_hint:
        s += 3.0 if e.fclass == "A" and not e.fcode.startswith("PCL") else -3.0
    if m.city_hint:
        s += 2.0 if e.fclass == "P" else -1.0
    return s


@dataclass
class Context:
    countries: Counter  # ISO2 -> weight
    adm1: Counter  # (ISO2, code) -> weight
    anchors: list[tuple[float, float, float, str]]  # (lat, lon, weight, name) of local places
    own_countries: dict[str, Counter] = field(default_factory=dict)  # name -> its mentions' own votes
    own_adm1: dict[str, Counter] = field(default_factory=dict)

    total: float = 1.0  # sum of the country votes (set by _build_context)


def _context_score(gz: Gazetteer, m: Mention, i: int, ctx: Context, k: str = "") -> float:
    e = gz.entries[i]
    s = 0.0
    if ctx.anchors and e.fclass != "L" and not e.fcode.startswith("PCL"):
        near = tot = 0.0
        coslat = math.cos(math.radians(e.lat))
        for lat, lon, w, j in ctx.anchors:
            if j == k:
                continue
            tot += w
            dy, dx = lat - e.lat, (lon - e.lon) * coslat
            d2 = dy * dy + dx * dx
            if d2 < 16.0:  # linear decay to 0 at ~445 km
                near += w * (1.0 - math.sqrt(d2) / 4.0)
        if tot > 0:
            s += PROXIMITY_WEIGHT * near / tot
    if m.container is not None:
        cc, a1 = m.container
        if e.cc == cc and (not a1 or e.adm1 == a1):
            s += 8.0
        elif e.cc == cc:
            s += 2.0
        else:
            s -= 2.0
    if ctx.countries and e.cc:
        oc = ctx.own_countries.get(k)
        tot = ctx.total - (sum(oc.values()) if oc else 0.0)  # same-name mentions do not vote for each other
        w = ctx.countries.get(e.cc, 0.0) - (oc.get(e.cc, 0.0) if oc else 0.0)
        if tot > 1e-9 and w > 1e-9:
            s += COUNTRY_WEIGHT * w / tot + COUNTRY_BASE
    if ctx.adm1 and e.adm1 and not e.fcode.startswith("PCL"):
        oa = ctx.own_adm1.get(k)
        w = ctx.adm1.get((e.cc, e.adm1), 0.0) - (oa.get((e.cc, e.adm1), 0.0) if oa else 0.0)
        if w > 1e-9:
            s += ADM1_WEIGHT * (0.5 + 0.5 * min(w, 3.0) / 3.0)
    return s


def _own_key(e: GeoEntry) -> tuple[str, str]:
    return (e.cc, e.adm1 if not e.fcode.startswith("PCL") else "")


def resolve_mentions(
    gz: Gazetteer,
    mentions: list[Mention],
    *,
    focus_countries: Counter | None = None,
    allow_loose: bool = True,
    fallback_to_focus: bool = True,
) -> None:
    """Fill ``best``/``score``/``margin`` of every mention (two passes: alone, then in document context).

    A name the gazetteer cannot place even through :func:`backoff_candidates` is, with
    ``fallback_to_focus``, put at the document's focus (a street or a building of a local story is in
    its town); such mentions get ``backoff == "focus"`` and score 0."""
    # mentions with the same name and cues score alike: resolve one of each group, copy to the others
    keys = [norm(m.name) for m in mentions]
    groups: dict[tuple, list[Mention]] = {}
    for k, m in zip(keys, mentions, strict=True):
        sig = (k, m.name, m.demonym, m.container, m.admin_hint, m.city_hint)
        groups.setdefault(sig, []).append(m)
    bases: dict[tuple, list[tuple[float, int, int]]] = {}
    for sig, ms in groups.items():
        m = ms[0]
        if m.demonym:
            idx = gz.country.get(m.demonym)
            m.candidates = [(idx, Q_PRIMARY)] if idx is not None else []
        else:
            m.candidates = gz.lookup(m.name, allow_loose=allow_loose)
            if not m.candidates:
                m.candidates, m.backoff = backoff_candidates(gz, m.name)
        for other in ms[1:]:
            other.candidates, other.backoff = m.candidates, m.backoff
        bases[sig] = _base_scores(gz, m)

    def pick_all(ctx: Context | None) -> None:
        empty = Context(Counter(), Counter(), [])
        for sig, ms in groups.items():
            m = ms[0]
            scored = []
            for s, i, _q in bases[sig]:
                if ctx is not None or m.container is not None:
                    s += _context_score(gz, m, i, ctx or empty, sig[0])
                scored.append((s, -(gz.entries[i].geonameid or 0), i))
            scored.sort(reverse=True)
            best, score = (scored[0][2], scored[0][0]) if scored else (None, 0.0)
            margin = (scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0) if scored else 0.0
            for x in ms:
                x.best, x.score, x.margin = best, score, margin

    pick_all(None)
    seen: set[tuple] = set()
    for _ in range(CONTEXT_PASSES):
        pick_all(_build_context(gz, mentions, keys, focus_countries))
        state = tuple(m.best for m in mentions)
        if state in seen:  # converged (or cycling): stop
            break
        seen.add(state)
    if fallback_to_focus:
        _fall_back_to_focus(gz, mentions)


def _vote(m: Mention) -> float:
    """A resolved mention's vote: its weight, damped when it won narrowly or was placed by a back-off."""
    return m.weight * min(1.0, 0.3 + m.margin / 4.0) * (0.25 if m.backoff else 1.0)


def _build_context(
    gz: Gazetteer,
    mentions: list[Mention],
    keys: list[str],
    focus_countries: Counter | None,
) -> Context:
    """Votes of the current resolutions: countries, first-level divisions and local anchor points.

    A name's mentions vote together, with its most confident mention's weight times a slowly growing
    factor of their count, so one ambiguous name repeated ten times does not outvote the other places."""
    ctx = Context(Counter(focus_countries or {}), Counter(), [])
    by_key: dict[str, list[Mention]] = {}
    for k, m in zip(keys, mentions, strict=True):
        if m.best is not None:
            by_key.setdefault(k, []).append(m)
    for k, ms in by_key.items():
        for best in dict.fromkeys(m.best for m in ms):
            group = [m for m in ms if m.best == best]
            e = gz.entries[best]
            conf = max(_vote(m) for m in group)
            conf *= 1.0 + REPEAT_WEIGHT * math.log(len(group))
            if e.fclass == "P" or e.fcode == "ADM2":
                ctx.anchors.append((e.lat, e.lon, conf, k))
            if e.cc:
                ctx.countries[e.cc] += conf
                ctx.own_countries.setdefault(k, Counter())[e.cc] += conf
            if e.adm1 and not e.fcode.startswith("PCL"):
                ctx.adm1[(e.cc, e.adm1)] += conf
                ctx.own_adm1.setdefault(k, Counter())[(e.cc, e.adm1)] += conf
        for m in ms:
            if m.container is not None:
                ctx.countries[m.container[0]] += 0.5
                if m.container[1]:
                    ctx.adm1[m.container] += 0.5
    ctx.total = sum(ctx.countries.values()) or 1.0
    return ctx


def _fall_back_to_focus(gz: Gazetteer, mentions: list[Mention]) -> None:
    """Unplaced mentions go to the document focus; so do feature names whose only known part is an area
    around the focus ("Bank of England" in a London story is in London, not at England's centre)."""
    if not any(m.best is None or m.backoff == "part" for m in mentions):
        return
    focus = document_focus_entry(gz, mentions)
    if focus is None:
        return
    f = gz.entries[focus]
    for m in mentions:
        if m.best is not None and m.backoff == "part":
            e = gz.entries[m.best]
            inside = e.fclass == "L" or (
                e.fclass == "A" and e.cc == f.cc and (e.fcode != "ADM1" or e.adm1 == f.adm1)
            )
            if not (inside and (f.fclass == "P" or f.fcode == "ADM2")):
                continue
        elif m.best is not None:
            continue
        m.best, m.score, m.margin, m.backoff = focus, 0.0, 0.0, "focus"


def document_focus_entry(gz: Gazetteer, mentions: list[Mention]) -> int | None:
    """The entry the document is most about: its most mentioned local place (town, county), else its
    most mentioned first-level division, else its most mentioned country (backed-off mentions excluded)."""
    tiers: list[Counter] = [Counter(), Counter(), Counter()]
    for m in mentions:
        if m.best is None or m.backoff or m.demonym:
            continue
        e = gz.entries[m.best]
        if e.fclass == "P" or e.fcode == "ADM2":
            tiers[0][m.best] += m.weight
        if e.adm1 and e.cc in gz.country and (e.cc, e.adm1) in gz.adm1:
            tiers[1][gz.adm1[(e.cc, e.adm1)]] += m.weight
        if e.cc in gz.country:
            tiers[2][gz.country[e.cc]] += m.weight
    for tier in tiers:
        if tier:
            return max(tier.items(), key=lambda kv: (kv[1], -(gz.entries[kv[0]].geonameid or 0)))[0]
    return None


def distance_km(gz: Gazetteer, i: int, lat: float, lon: float) -> float:
    e = gz.entries[i]
    return haversine_km(e.lat, e.lon, lat, lon)
