"""What the coder behaviour tests read of a coded text (imported by the ``test_coder_*`` modules)."""

from __future__ import annotations

import datetime as dt

SPRING_2024 = dt.date(2024, 3, 1)  # a publication date inside every office holder's term the tests use


def code(coder, text, published=SPRING_2024, url=None):
    """The coded document of ``text`` published on ``published`` (at ``url``, when given); a text the coder
    fails on (an E100 error document) fails the test that codes it."""
    coded = coder.code_text(text, published=published, url=url)
    assert coded.status != "error", coded.reason
    return coded


def actor_named(coded, text):
    """The actor mention whose text is ``text`` (None when there is none)."""
    return next((a for a in coded.actors if a.text == text), None)


def of_codes(coded, prefixes=()):
    """The events, or those whose code starts with one of ``prefixes`` ("07", "116") when any are given."""
    return [e for e in coded.events if not prefixes or e.cameo.startswith(tuple(prefixes))]


def triples(coded, *prefixes):
    """(code, source code, target code) of each event (of the codes ``prefixes`` start, when given)."""
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code)
            for e in of_codes(coded, prefixes)]


def root_dyads(coded):
    """(root, source country, target country) of each event: the root + dyad the news-gold scorer compares."""
    return [(e.cameo[:2], e.source and e.source.code[:3], e.target and e.target.code[:3])
            for e in coded.events]


def codes(coded):
    """The CAMEO code of each event."""
    return [e.cameo for e in coded.events]


def root_triples(coded):
    """(root, source code, target code) of each event."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events]


def acts(coded):
    """(root, source code, target code) of each event stated as done or claimed (not negated or
    hypothetical)."""
    return [(e.cameo[:2], e.source and e.source.code, e.target and e.target.code) for e in coded.events
            if str(e.modality) in ("asserted", "claimed")]


def target_countries(coded):
    """Code, source code and the target's country (first three letters; None without a target)."""
    return [(e.cameo, e.source and e.source.code, e.target and (e.target.code or "")[:3])
            for e in coded.events]


def sector_triples(coded, *prefixes):
    """(code, source sector, target sector) of each event (of the codes ``prefixes`` start, when given)."""
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector)
            for e in of_codes(coded, prefixes)]
