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
    "GULF": 2.5,
    "STRT": 2.5,
    "LK": 2.0,
    "VAL": 2.0,
    "ST": 1.0,
    "PPLC": 1.5,
    "ADM2": 0.3,
    "PPL": 0.0,
}
PROXIMITY_WEIGHT = 3.0
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
    candidates: list[tuple[int, int]] = field(default_factory=list)
    best: int | None = None
    score: float = 0.0
    margin: float = 0.0


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


def _base_score(gz: Gazetteer, m: Mention, i: int, q: int, big_city: dict[str, int]) -> float:
    e = gz.entries[i]
    s = math.log10(e.population + 10) * 0.9
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

    @property
    def total(self) -> float:
        return sum(self.countries.values()) or 1.0


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
            s += 4.0 * w / tot + 1.0
    if ctx.adm1 and e.adm1 and not e.fcode.startswith("PCL"):
        oa = ctx.own_adm1.get(k)
        w = ctx.adm1.get((e.cc, e.adm1), 0.0) - (oa.get((e.cc, e.adm1), 0.0) if oa else 0.0)
        if w > 1e-9:
            s += 1.5 + 1.5 * min(w, 3.0) / 3.0
    return s


def _own_key(e: GeoEntry) -> tuple[str, str]:
    return (e.cc, e.adm1 if not e.fcode.startswith("PCL") else "")


def resolve_mentions(
    gz: Gazetteer,
    mentions: list[Mention],
    *,
    focus_countries: Counter | None = None,
    allow_loose: bool = True,
) -> None:
    """Fill ``best``/``score``/``margin`` of every mention (two passes: alone, then in document context)."""
    for m in mentions:
        if m.demonym:
            idx = gz.country.get(m.demonym)
            m.candidates = [(idx, Q_PRIMARY)] if idx is not None else []
        else:
            m.candidates = gz.lookup(m.name, allow_loose=allow_loose)

    def pick(m: Mention, ctx: Context | None, k: str) -> None:
        scored = []
        big_city: dict[str, int] = {}
        for i, q in m.candidates:
            e = gz.entries[i]
            if e.fclass == "P" and q <= Q_ALT and (e.population > big_city.get(e.cc, 0) or e.fcode == "PPLC"):
                big_city[e.cc] = 10**12 if e.fcode == "PPLC" else e.population
        base = sorted(((_base_score(gz, m, i, q, big_city), i, q) for i, q in m.candidates), reverse=True)[
            :12
        ]
        for s, i, _q in base:
            if ctx is not None:
                s += _context_score(gz, m, i, ctx, k)
            elif m.container is not None:
                s += _context_score(gz, m, i, Context(Counter(), Counter(), []))
            scored.append((s, -(gz.entries[i].geonameid or 0), i))
        if not scored:
            m.best, m.score, m.margin = None, 0.0, 0.0
            return
        scored.sort(reverse=True)
        m.best, m.score = scored[0][2], scored[0][0]
        m.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0

    keys = [norm(m.name) for m in mentions]
    for k, m in zip(keys, mentions, strict=True):
        pick(m, None, k)
    for _ in range(2):
        ctx = Context(Counter(focus_countries or {}), Counter(), [])
        for k, m in zip(keys, mentions, strict=True):
            if m.best is None:
                continue
            e = gz.entries[m.best]
            conf = m.weight * min(1.0, 0.3 + m.margin / 4.0)
            if e.fclass == "P" or e.fcode == "ADM2":
                ctx.anchors.append((e.lat, e.lon, conf, k))
            if e.cc:
                ctx.countries[e.cc] += conf
                ctx.own_countries.setdefault(k, Counter())[e.cc] += conf
            if e.adm1 and not e.fcode.startswith("PCL"):
                ctx.adm1[(e.cc, e.adm1)] += conf
                ctx.own_adm1.setdefault(k, Counter())[(e.cc, e.adm1)] += conf
            if m.container is not None:
                ctx.countries[m.container[0]] += 0.5
                if m.container[1]:
                    ctx.adm1[m.container] += 0.5
        for k, m in zip(keys, mentions, strict=True):
            pick(m, ctx, k)


def distance_km(gz: Gazetteer, i: int, lat: float, lon: float) -> float:
    e = gz.entries[i]
    return haversine_km(e.lat, e.lon, lat, lon)
