"""Our real-news gold (``eval/news-gold/*.yaml``, annotated with ``docs/CODING_GUIDE.md``): loading,
validation against the article text, and matching produced events to gold events.

A gold event is located by its ``quote`` (a verbatim substring of the article's clean text); the
sentence of the coded document that contains the quote is the event's sentence. A produced event
matches a gold event in the same sentence when the roots agree and the dyads agree at the chosen level:

* ``country`` level — ``USAGOV`` → ``USA``; ``IGOUNO…``/``NGO…``/``IMG…`` keep their full code; an
  unknown country (``---``) matches only ``---``; ``null`` matches only no actor;
* ``full`` level — the whole code (and the exact CAMEO code instead of the root).

Gold events with modality ``negated`` or ``hypothetical`` are not scored, and neither are produced
events with those modalities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.ingest.clean import fix_apostrophes
from tacitus.yamlio import load_yaml

UNSCORED_MODALITIES = frozenset({"negated", "hypothetical"})
MODALITIES = frozenset({"asserted", "claimed", "threat", "future", "unverified"}) | UNSCORED_MODALITIES
ACTOR_RE = re.compile(r"^(---|[A-Z]{3})([A-Z]{3})*$")
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


@dataclass(slots=True)
class GoldEvent:
    quote: str
    trigger: str
    code: str
    source: str | None
    target: str | None
    modality: str = "asserted"
    note: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def scored(self) -> bool:
        return self.modality not in UNSCORED_MODALITIES


@dataclass(slots=True)
class GoldArticle:
    key: str
    split: str
    political: bool
    events: list[GoldEvent] = field(default_factory=list)
    path: Path | None = None
    annotator: str = ""


def load_gold(folder: Path) -> list[GoldArticle]:
    """Every annotation file in ``folder`` (sorted by key)."""
    articles = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
        except Exception as exc:
            raise ValueError(f"{path}: not a readable annotation file ({exc})") from None
        events = [
            GoldEvent(
                quote=str(e["quote"]), trigger=str(e.get("trigger", "")), code=str(e["code"]),
                source=_actor(e.get("source")), target=_actor(e.get("target")),
                modality=str(e.get("modality", "asserted")), note=str(e.get("note", "") or ""),
            )
            for e in data.get("events") or []
        ]
        articles.append(GoldArticle(
            key=str(data["article"]), split=str(data.get("split", "dev")),
            political=bool(data.get("political", True)), events=events, path=path,
            annotator=str(data.get("annotator", "")),
        ))
    return sorted(articles, key=lambda a: a.key)


def _actor(value: Any) -> str | None:
    if value in (None, "", "null", "None", "-"):
        return None
    return str(value).strip()


def validate(article: GoldArticle, text: str, is_code) -> list[str]:
    """Problems with an annotation file: quotes not found (or not unique) in ``text``, triggers outside
    their quote, unknown CAMEO codes, malformed actor codes, unknown modalities."""
    problems = []
    if article.split not in ("dev", "test"):
        problems.append(f"split {article.split!r} is neither dev nor test")
    for i, e in enumerate(article.events):
        where = f"event {i} ({e.quote[:40]!r})"
        n = count(text, e.quote)
        if n == 0:
            problems.append(f"{where}: quote not found in the article text")
        elif n > 1:
            problems.append(f"{where}: quote found {n} times; make it longer")
        if e.trigger and e.trigger.lower() not in e.quote.lower():
            problems.append(f"{where}: trigger {e.trigger!r} is not inside the quote")
        if not is_code(e.code):
            problems.append(f"{where}: {e.code!r} is not a CAMEO code")
        for role, code in (("source", e.source), ("target", e.target)):
            if code is not None and not ACTOR_RE.match(code):
                problems.append(f"{where}: {role} {code!r} is not an actor code (e.g. USAGOV, ---CVL)")
        if e.modality not in MODALITIES:
            problems.append(f"{where}: modality {e.modality!r} unknown")
    return problems


def locate(text: str, quote: str) -> int:
    """Offset of ``quote`` in ``text`` (-1 when absent); apostrophes typed as opening quotes ("Biden‘s") are
    normalised by our cleaning, so a quote copied before that normalisation is looked up both ways."""
    at = text.find(quote)
    if at < 0:
        at = text.find(fix_apostrophes(quote))
    return at


def count(text: str, quote: str) -> int:
    return max(text.count(quote), text.count(fix_apostrophes(quote)))


def country_key(code: str | None) -> str | None:
    """The country-level identity of an actor code (see the module docstring)."""
    if code is None:
        return None
    if code.startswith(ORG_PREFIXES):
        return code
    return code[:3]


def sentence_of(doc, offset: int) -> int | None:
    """Index of the sentence of ``doc`` (a Document with sentences) holding character ``offset``."""
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return s.index
    return None


def produced_key(actor) -> str | None:
    """Our actor → its code for matching: ``---`` + sector when the country is unknown (``CVL`` → ``---CVL``),
    organisation and bloc codes as they are."""
    if actor is None:
        return None
    code = actor.code or ""
    if actor.country or code.startswith((*ORG_PREFIXES, "WST")):
        return code
    return "---" + (code or actor.sector or "")


def same_country(gold: str | None, produced: str | None, role: str = "target") -> bool:
    """Country-level agreement; an unknown gold source (``---``) also accepts no source at all (an agentless
    passive)."""
    if country_key(gold) == country_key(produced):
        return True
    return role == "source" and produced is None and gold is not None and gold.startswith("---")


def accepted_codes(gold: GoldEvent) -> tuple[str, str]:
    """The code and root a gold event may also be coded as: an announced cooperative act ("will visit on
    Monday", modality future) may be coded as the intent to do it (03x), the convention of PETRARCH
    dictionaries and of our coder; the guide accepts both."""
    if gold.modality == "future":
        from tacitus.events.lexicon import EventLexicon

        intent = EventLexicon.default().intent_code(gold.code)
        if intent is not None:
            return intent, intent[:2]
    return gold.code, gold.root


def match_pairs(left: list, right: list, same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """One-to-one pairs (left index, right index) of the events of one sentence, greedy in order: each left
    event takes the first right event not taken yet that ``same`` accepts."""
    used: set[int] = set()
    pairs = []
    for li, a in enumerate(left):
        for ri, b in enumerate(right):
            if ri not in used and same(a, b):
                used.add(ri)
                pairs.append((li, ri))
                break
    return pairs


def same_gold(a: GoldEvent, b: GoldEvent, level: str) -> bool:
    """Whether two annotators' events of one sentence are the same event: ``root`` — the roots agree (either
    annotator's future cooperative act may be the other's intent); ``dyad`` — and the actors agree at
    country level (an unknown source ``---`` also matches no source, both ways); ``exact`` — the same
    code and the same full actor codes."""
    if level == "exact":
        return a.code == b.code and a.source == b.source and a.target == b.target
    if not {a.root, accepted_codes(a)[1]} & {b.root, accepted_codes(b)[1]}:
        return False
    if level == "root":
        return True
    return ((same_country(a.source, b.source, "source") or same_country(b.source, a.source, "source"))
            and same_country(a.target, b.target))
