"""CAMEO-style code helpers: ``USAGOV`` = country ``USA`` + sector ``GOV``."""

from __future__ import annotations

import pycountry

#: prefixes of codes that are not countries (international / non-state)
NON_COUNTRY = frozenset({"IGO", "NGO", "IMG", "MNC", "MED", "REB", "OPP", "GOV", "MIL", "CVL", "WST"})

_ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX", "PSE"}


def is_country(code: str | None) -> bool:
    return bool(code) and code in _ISO3


def split_code(code: str) -> tuple[str | None, str | None]:
    """``"SYRREB"`` -> ``("SYR", "REB")``; ``"IGOUNO"`` -> ``(None, "IGO")``; ``"RUS"`` -> ``("RUS", None)``.

    The sector is the first three letters after the country (``"PSEREBHMS"`` -> ``("PSE", "REB")``).
    """
    if not code:
        return None, None
    head = code[:3]
    if head in _ISO3 and head not in NON_COUNTRY:
        return head, (code[3:6] or None)
    return None, head


def make_code(country: str | None, sector: str | None) -> str:
    return f"{country or ''}{sector or ''}"
