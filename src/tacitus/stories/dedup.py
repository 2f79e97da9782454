"""Event deduplication: mentions of one real event collapse to one ``EventCluster``.

Two event mentions are the same event when they are in the same story and have

* the same dyad: source and target actor codes (a missing actor only matches a missing actor),
* a compatible code: the same CAMEO root,
* the same modality class: factual (asserted, claimed, unverified), negated, or prospective
  (threat, hypothetical, future) — "did not attack" never merges with "attacked",
* a compatible date: within ``date_tolerance`` days of the dates the cluster already has
  (an undated mention is compatible with any date),
* a compatible place: the same GeoNames id or, failing ids, the same country (unknown = compatible).

Mentions are visited in ``(published, doc_id, event_index)`` order and join the first compatible
cluster (clusters in creation order), so the result is deterministic.

**Conflicting codes** inside a cluster (same root, different sub-codes) are resolved by this rule:
the code found in the most distinct *documents* wins; ties go to the larger sum of mention
confidences; then to the more specific code (4 digits > 3 digits > a 3-digit "not specified" code
ending in 0 > root); then to the smallest code. Goldstein, QuadClass
and PLOVER fields follow the winning code's first mention. The event date is the earliest mention date.

**Confidence from agreement**: ``(share of mentions with the winning code) × (1 − Π(1 − c_d))`` where
``c_d`` is the best mention confidence of each distinct document — independent reports raise it, a
disputed code lowers it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from tacitus.model.records import Event

FACTUAL = "factual"
_MODALITY_CLASS = {
    "asserted": FACTUAL,
    "claimed": FACTUAL,
    "unverified": FACTUAL,
    "negated": "negated",
    "threat": "prospective",
    "hypothetical": "prospective",
    "future": "prospective",
}
CODE_RULE = "most documents > confidence sum > most specific > smallest code"  # see resolve_code


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention with what dedup needs to know about its document."""

    event: Event
    event_index: int
    story_id: str
    source: str  # outlet
    published: dt.date | None = None
    tone: float | None = None

    @property
    def doc_id(self) -> str:
        return self.event.doc_id

    @property
    def key(self) -> str:
        return f"{self.event.doc_id}:{self.event_index}"


@dataclass(slots=True)
class EventCluster:
    cluster_id: str
    global_event_id: int
    story_id: str
    mentions: list[Mention] = field(default_factory=list)
    event: Event | None = None  # the representative mention (first with the winning code), code resolved
    cameo: str = ""
    date: dt.date | None = None
    num_mentions: int = 0
    num_sources: int = 0
    num_articles: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    confidence: float = 0.0
    codes: dict[str, int] = field(default_factory=dict)  # code -> number of documents
    avg_tone: float | None = None
    # matching state
    _dates: set[dt.date] = field(default_factory=set)

    @property
    def root(self) -> str:
        return self.event.root if self.event else ""

    @property
    def sources(self) -> list[str]:
        return sorted({m.source for m in self.mentions})


def _actor_code(actor) -> str | None:
    return actor.code if actor is not None else None


def _place_key(event: Event) -> tuple[str, str] | None:
    loc = event.location
    if loc is None:
        return None
    if loc.geonameid is not None:
        return ("id", str(loc.geonameid))
    return ("country", loc.country or loc.name)


def _places_compatible(
    a: tuple[str, str] | None, b: tuple[str, str] | None, event_a: Event, event_b: Event
) -> bool:
    if a is None or b is None:
        return True
    if a[0] == b[0]:
        return a[1] == b[1]
    ca = event_a.location.country if event_a.location else None
    cb = event_b.location.country if event_b.location else None
    return ca is None or cb is None or ca == cb


def global_event_id(key: str) -> int:
    """A stable positive 63-bit integer for GDELT's GLOBALEVENTID, from our mention key."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") & ((1 << 63) - 1)


def deduplicate(mentions: list[Mention], date_tolerance: int = 1) -> list[EventCluster]:
    """Group event mentions into real events. See the module docstring for the rules."""
    ordered = sorted(mentions, key=lambda m: (m.published or dt.date.min, m.doc_id, m.event_index))
    open_by_key: dict[tuple, list[EventCluster]] = {}
    clusters: list[EventCluster] = []
    tolerance = dt.timedelta(days=date_tolerance)
    for m in ordered:
        e = m.event
        key = (
            m.story_id,
            _actor_code(e.source),
            _actor_code(e.target),
            e.root,
            _MODALITY_CLASS.get(e.modality, e.modality),
        )
        home = None
        for c in open_by_key.get(key, []):
            if e.date is not None and c._dates and not any(abs(e.date - d) <= tolerance for d in c._dates):
                continue
            if not all(
                _places_compatible(_place_key(e), _place_key(x.event), e, x.event) for x in c.mentions
            ):
                continue
            home = c
            break
        if home is None:
            home = EventCluster(cluster_id="", global_event_id=0, story_id=m.story_id)
            home.cluster_id = "e" + hashlib.sha256(m.key.encode()).hexdigest()[:16]
            home.global_event_id = global_event_id(m.key)
            open_by_key.setdefault(key, []).append(home)
            clusters.append(home)
        home.mentions.append(m)
        if e.date is not None:
            home._dates.add(e.date)
    for c in clusters:
        _summarise(c)
    return clusters


def resolve_code(mentions: list[Mention]) -> str:
    """The cluster's CAMEO code by the documented rule (see module docstring)."""
    docs: dict[str, set[str]] = {}
    conf: Counter[str] = Counter()
    for m in mentions:
        docs.setdefault(m.event.cameo, set()).add(m.doc_id)
        conf[m.event.cameo] += m.event.confidence
    return min(docs, key=lambda code: (-len(docs[code]), -conf[code], -specificity(code), code))


def specificity(code: str) -> int:
    """4-digit codes > 3-digit codes > 3-digit "x0" codes ("not specified") > roots."""
    if len(code) == 3 and code.endswith("0"):
        return 2
    return {2: 1, 3: 3, 4: 4}.get(len(code), len(code))


def _summarise(c: EventCluster) -> None:
    ms = c.mentions
    c.cameo = resolve_code(ms)
    rep = next(m for m in ms if m.event.cameo == c.cameo)
    c.event = rep.event
    dates = sorted(m.event.date for m in ms if m.event.date is not None)
    c.date = dates[0] if dates else rep.event.date
    seen = sorted(m.published for m in ms if m.published is not None)
    c.first_seen = seen[0] if seen else None
    c.last_seen = seen[-1] if seen else None
    c.num_mentions = len(ms)
    c.num_articles = len({m.doc_id for m in ms})
    c.num_sources = len({m.source for m in ms})
    docs_by_code: dict[str, set[str]] = {}
    for m in ms:
        docs_by_code.setdefault(m.event.cameo, set()).add(m.doc_id)
    c.codes = {code: len(d) for code, d in sorted(docs_by_code.items())}
    best: dict[str, float] = {}
    for m in ms:
        best[m.doc_id] = max(best.get(m.doc_id, 0.0), m.event.confidence)
    miss = 1.0
    for value in best.values():
        miss *= 1.0 - min(max(value, 0.0), 1.0)
    agreement = sum(1 for m in ms if m.event.cameo == c.cameo) / len(ms)
    c.confidence = round(agreement * (1.0 - miss), 4)
    tones = {}
    for m in ms:
        if m.tone is not None:
            tones[m.doc_id] = m.tone
    c.avg_tone = sum(tones.values()) / len(tones) if tones else None
