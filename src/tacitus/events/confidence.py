"""How far an event can be trusted: a logistic model over what the event record tells of its own reading.

An analyst trusts a reading by its kind: which lexicon entry fired and in what context (a verb with its own
subject, a noun after a light verb, a speech act), the modality, and how each actor was found (named,
read off a title, carried from a pronoun, inherited from the story's country). :func:`features` turns an
:class:`~tacitus.model.Event` into those indicators; :class:`ConfidenceModel` weighs them with the weights in
``data/events/confidence.tsv`` (the fast coder's in ``confidence_fast.tsv``) — learned by
``scripts/train_confidence.py`` from the coder's events on the news-gold **dev** pages, each labelled by
whether it matches an event an analyst coded there (root and country-level dyad), and from the events read by
hand on pages no one had annotated (``eval/judged-events``), on which it is also calibrated. The confidence is
the model's probability that the event is right. Retrain it after changing the coder's rules: its features
name lexicon entries and rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tacitus.model import Actor, Event
from tacitus.yamlio import data_text

#: the weights file of each coder: the parse coder's and the fast one's (their rules differ)
WEIGHTS_FILES = {"parse": "events/confidence.tsv", "fast": "events/confidence_fast.tsv"}
BIAS = "(bias)"
#: marks an actor rule carries when the actor was found away from its mention or completed by context
ACTOR_FLAGS = ("inherit:", "coref:", "announcer", "document-focus", "implied", "carry:", "place:", "origin")
_BRACKETS = re.compile(r"\[([^\]]*)\]")


def features(event: Event, document_events: Sequence[Event] = ()) -> dict[str, float]:
    """Indicators of ``event``'s reading: code and root, lexicon entry, trigger context, refinements,
    modality, for each actor its presence, sector, whether its country is known and how it was found; and,
    among the ``document_events`` (its document's events, itself included), whether another event joins
    the same two countries, how many events its sentence has and whether it opens the story."""
    head = event.rule.split(";", 1)[0]  # "verb:statement[speech:disparaging]/verb"
    entry = head.split("[", 1)[0].split("/", 1)[0]
    out = {f"root:{event.root}": 1.0, f"code:{event.cameo}": 1.0, f"entry:{entry}": 1.0,
           f"context:{head.rsplit('/', 1)[-1]}": 1.0, f"modality:{event.modality}": 1.0}
    for bracket in _BRACKETS.findall(head):
        for part in bracket.split(","):
            out[f"refined:{part.split('=', 1)[0][:40]}"] = 1.0
    for role, actor in (("source", event.source), ("target", event.target)):
        out.update(_actor_features(role, actor))
    if event.source is not None and event.target is not None and event.source.country and \
            event.source.country == event.target.country:
        out["same-country"] = 1.0
    if event.reported_by is not None:
        out["reported"] = 1.0
    if event.date_text:
        out["dated"] = 1.0
    if _in_quote(event):
        out["quoted"] = 1.0
    if document_events:
        out.update(_document_features(event, document_events))
    return out


def _document_features(event: Event, events: Sequence[Event]) -> dict[str, float]:
    pair = _countries(event)
    out = {}
    if pair is not None and any(e is not event and _countries(e) == pair for e in events):
        out["dyad-told-again"] = 1.0
    in_sentence = sum(e.sentence_index == event.sentence_index for e in events)
    out[f"sentence-events:{min(in_sentence, 3)}"] = 1.0
    if event.sentence_index < 3:
        out["story-opening"] = 1.0
    return out


def _in_quote(e: Event) -> bool:
    """The trigger stands inside a quotation of its sentence (more opening marks than closing before it)."""
    start = e.trigger.start - _sentence_start(e)
    before = e.sentence[:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _sentence_start(e: Event) -> int:
    """The document offset of the event's sentence: the trigger's offset less its place in the sentence."""
    at = e.sentence.find(e.trigger.text)
    return e.trigger.start - at if at >= 0 else e.trigger.start


def _countries(e: Event) -> frozenset[str] | None:
    """The two countries an event joins, either way round (None when one is unknown)."""
    if e.source is None or e.target is None or not e.source.country or not e.target.country:
        return None
    return frozenset((e.source.country, e.target.country))


def _actor_features(role: str, actor: Actor | None) -> dict[str, float]:
    if actor is None:
        return {f"{role}:none": 1.0}
    out = {f"{role}:sector:{(actor.sector or '')[:3]}": 1.0,
           f"{role}:found:{actor.rule.split(':', 1)[0]}": 1.0}
    if actor.country:
        out[f"{role}:country-known"] = 1.0
    if actor.person:
        out[f"{role}:person"] = 1.0
    for flag in ACTOR_FLAGS:
        if flag in actor.rule:
            out[f"{role}:flag:{flag.rstrip(':')}"] = 1.0
    return out


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Logistic weights per feature (features it does not know weigh nothing)."""

    weights: dict[str, float]
    bias: float

    def score(self, event: Event, document_events: Sequence[Event] = ()) -> float:
        """The probability that ``event`` (among its document's ``document_events``) is right, to three
        places."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value
                            for name, value in features(event, document_events).items())
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    def reasons(self, event: Event, document_events: Sequence[Event] = (),
                n: int = 3) -> list[tuple[str, float]]:
        """The ``n`` features that move ``event``'s score most, with their weights (above 0: trusted more)."""
        weighed = [(name, self.weights.get(name, 0.0) * value)
                   for name, value in features(event, document_events).items()]
        return sorted((w for w in weighed if w[1]), key=lambda w: -abs(w[1]))[:n]

    def calibrate(self, events: Sequence[Event]) -> None:
        """Set the confidence of each of one document's events to its score."""
        scores = [self.score(e, events) for e in events]
        for e, c in zip(events, scores, strict=True):
            e.confidence = c

    @classmethod
    def parse(cls, text: str) -> ConfidenceModel:
        """Read ``feature<TAB>weight`` lines (``#`` comments; the intercept is the feature ``(bias)``)."""
        weights: dict[str, float] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, sep, value = line.rpartition("\t")
            try:
                weights[name] = float(value)
            except ValueError:
                raise ValueError(f"weights line {n}: expected 'feature<TAB>weight', got {line!r}") from None
            if not sep:
                raise ValueError(f"weights line {n}: expected 'feature<TAB>weight', got {line!r}")
        return cls(weights=weights, bias=weights.pop(BIAS, 0.0))

    def to_tsv(self, header: str) -> str:
        """The weights file: ``header`` as comments, the intercept, then features by weight."""
        lines = [f"# {h}" if h else "#" for h in header.splitlines()]
        lines.append(f"{BIAS}\t{self.bias:.4f}")
        ranked = sorted(self.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
        lines += [f"{k}\t{w:.4f}" for k, w in ranked]
        return "\n".join(lines) + "\n"

    @classmethod
    def default(cls, coder: str = "parse") -> ConfidenceModel:
        """The packaged model of the ``parse`` or the ``fast`` coder (read once per process)."""
        return _packaged(coder)

    @classmethod
    def of(cls, event: Event) -> ConfidenceModel:
        """The packaged model that scored ``event`` (the fast coder's rules start with ``fast:``)."""
        return cls.default("fast" if event.rule.startswith("fast:") else "parse")


@cache
def _packaged(coder: str) -> ConfidenceModel:
    return ConfidenceModel.parse(data_text(WEIGHTS_FILES[coder]))
