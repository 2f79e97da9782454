"""Incremental, time-windowed story clustering of documents (single pass, deterministic).

Each document is compared with the open stories (those whose date span is within ``window_days`` of
its publication date, or all of them when dates are unknown) and joins the best one when

    score = w_text · cos(tf-idf terms) + w_names · cos(idf-weighted names)
            + w_numbers · [shared numbers] + w_events · [shared event signatures]
            + w_persons · [the document's main people include one of the story's key people]
            − w_years · [both name years, none shared]

reaches ``threshold``; otherwise it opens a new story. Term and name idf are fitted incrementally on
the documents seen so far (optionally on top of a prior document-frequency table). A story is the
sum of its documents' normalised log-tf vectors, so its centroid never depends on arrival order
beyond the order of documents themselves; callers feed documents sorted by ``(published, id)``.

The story's key people are its ``key_persons`` most-mentioned surnames among those named in at least
``person_share`` of its documents; the document's main people are its ``key_persons`` most-mentioned
surnames. Two happenings of one kind (two rehab check-ins, two Oscar hosts) share the vocabulary of the
kind, not the person at their centre, so the bonus lets the threshold rise without splitting a story.

The default parameters were tuned on ECB+ topics 1–22 only and then frozen (see docs/STORIES.md).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from tacitus.stories.features import StoryFeatures


@dataclass(frozen=True, slots=True)
class ClusterParams:
    threshold: float = 0.45
    w_text: float = 1.0
    w_names: float = 1.0
    w_numbers: float = 0.05
    w_events: float = 0.05
    w_years: float = 0.3  # penalty when both name years and share none
    w_persons: float = 0.3  # bonus when the document's main people include a key person of the story
    key_persons: int = 3  # main people of a document / key people of a story (most mentioned first)
    person_share: float = 0.5  # a story's key person is named in at least this share of its documents
    window_days: int = 7  # a story stays open this long after its last document
    max_terms: int = 400  # terms kept per story centroid (highest weight first)
    candidate_terms: int = 12  # a document is compared with stories sharing one of its top terms or names


@dataclass(slots=True)
class Story:
    story_id: str
    doc_ids: list[str] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)  # sum of normalised log-tf vectors
    names: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    years: Counter[str] = field(default_factory=Counter)
    persons: Counter[str] = field(default_factory=Counter)  # surname -> mentions
    person_docs: Counter[str] = field(default_factory=Counter)  # surname -> documents naming it
    first: dt.date | None = None
    last: dt.date | None = None
    title: str = ""
    sources: Counter[str] = field(default_factory=Counter)


def _log_tf(counts: Counter[str]) -> dict[str, float]:
    vec = {t: 1.0 + math.log(c) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


class _Idf:
    def __init__(self, prior: dict[str, int] | None = None, n_prior: int = 0) -> None:
        self.df: Counter[str] = Counter(prior or {})
        self.n = n_prior

    def add(self, keys: Iterable[str]) -> None:
        self.n += 1
        self.df.update(set(keys))

    def __call__(self, key: str) -> float:
        return math.log((1 + self.n) / (1 + self.df.get(key, 0))) + 1.0


def _top(counts: Counter[str], k: int) -> list[str]:
    """The ``k`` most frequent keys (ties by key: deterministic)."""
    return [key for key, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def key_persons(story: Story, k: int, share: float) -> set[str]:
    """The story's most-mentioned people among those named in at least ``share`` of its documents."""
    needed = share * len(story.doc_ids)
    return {p for p in _top(story.persons, k) if story.person_docs[p] >= needed}


def _cosine(doc: dict[str, float], centroid: Counter[str], idf: _Idf) -> float:
    if not doc or not centroid:
        return 0.0
    num = 0.0
    dnorm = 0.0
    for t, v in doc.items():
        w = idf(t)
        dnorm += (v * w) ** 2
        c = centroid.get(t)
        if c:
            num += v * c * w * w
    if num == 0.0:
        return 0.0
    cnorm = math.sqrt(sum((c * idf(t)) ** 2 for t, c in centroid.items()))
    return num / (math.sqrt(dnorm) * cnorm)


class StoryClusterer:
    """``add(features) -> story_id``: streaming story assignment. ``restore`` replays a stored assignment."""

    def __init__(
        self,
        params: ClusterParams | None = None,
        *,
        term_prior: dict[str, int] | None = None,
        name_prior: dict[str, int] | None = None,
        n_prior: int = 0,
    ) -> None:
        self.params = params or ClusterParams()
        self.stories: dict[str, Story] = {}
        self.term_idf = _Idf(term_prior, n_prior)
        self.name_idf = _Idf(name_prior, n_prior)
        self._index: dict[str, set[str]] = {}  # term or name -> story ids
        self.last_score: float = 0.0

    # -- scoring -------------------------------------------------------------------------

    def score(self, f: StoryFeatures, story: Story) -> float:
        p = self.params
        s = p.w_text * _cosine(_log_tf(f.terms), story.terms, self.term_idf)
        if p.w_names and f.names:
            s += p.w_names * _cosine(_log_tf(f.names), story.names, self.name_idf)
        if p.w_numbers and f.numbers:
            s += p.w_numbers * min(1.0, sum(1 for n in f.numbers if n in story.numbers) / 2)
        if p.w_events and f.events:
            s += p.w_events * min(1.0, sum(1 for e in f.events if e in story.events and "-" not in e))
        if p.w_years and f.years and story.years and not any(y in story.years for y in f.years):
            s -= p.w_years
        if p.w_persons and f.persons:
            key = key_persons(story, p.key_persons, p.person_share)
            if key.intersection(_top(f.persons, p.key_persons)):
                s += p.w_persons
        return s

    def _open(self, story: Story, day: dt.date | None) -> bool:
        if day is None or story.last is None:
            return True
        window = dt.timedelta(days=self.params.window_days)
        return story.first - window <= day <= story.last + window

    def _candidates(self, f: StoryFeatures) -> list[Story]:
        keys = sorted(f.terms, key=lambda t: (-f.terms[t] * self.term_idf(t), t))[
            : self.params.candidate_terms
        ]
        keys += sorted(f.names, key=lambda t: (-f.names[t] * self.name_idf(t), t))[
            : self.params.candidate_terms
        ]
        ids: set[str] = set()
        for k in keys:
            ids |= self._index.get(k, set())
        return [self.stories[i] for i in sorted(ids) if self._open(self.stories[i], f.published)]

    def best(self, f: StoryFeatures) -> tuple[str | None, float]:
        """The best open story for ``f`` and its score (no state change)."""
        best_id, best_score = None, 0.0
        for story in self._candidates(f):
            s = self.score(f, story)
            if s > best_score or (s == best_score and best_id is not None and story.story_id < best_id):
                best_id, best_score = story.story_id, s
        return best_id, best_score

    # -- updating ------------------------------------------------------------------------

    def add(self, f: StoryFeatures) -> str:
        """Assign ``f`` to a story (an existing one or a new one) and return its id."""
        self._fit(f)
        story_id, s = self.best(f)
        self.last_score = s
        if story_id is None or s < self.params.threshold:
            story_id = new_story_id(f.doc_id)
        self._join(f, story_id)
        return story_id

    def restore(self, f: StoryFeatures, story_id: str) -> None:
        """Replay a stored assignment (used to resume a stream from the store)."""
        self._fit(f)
        self._join(f, story_id)

    def _fit(self, f: StoryFeatures) -> None:
        self.term_idf.add(f.terms)
        self.name_idf.add(f.names)

    def _join(self, f: StoryFeatures, story_id: str) -> None:
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id=story_id, title=f.title)
        story.doc_ids.append(f.doc_id)
        story.terms.update(_log_tf(f.terms))
        if len(story.terms) > self.params.max_terms * 2:
            story.terms = Counter(dict(story.terms.most_common(self.params.max_terms)))
        story.names.update(_log_tf(f.names))
        story.numbers.update(f.numbers)
        story.events.update(f.events)
        story.years.update(f.years)
        story.persons.update(f.persons)
        story.person_docs.update(set(f.persons))
        if f.source:
            story.sources[f.source] += 1
        if f.published:
            story.first = min(story.first or f.published, f.published)
            story.last = max(story.last or f.published, f.published)
        for k in list(f.terms) + list(f.names):
            self._index.setdefault(k, set()).add(story_id)


def document_frequencies(features: Iterable[StoryFeatures]) -> dict:
    """A prior for ``StoryClusterer(**prior)``: term and name document frequencies of a corpus."""
    terms, names, n = Counter(), Counter(), 0
    for f in features:
        terms.update(set(f.terms))
        names.update(set(f.names))
        n += 1
    return {"term_prior": dict(terms), "name_prior": dict(names), "n_prior": n}


def new_story_id(first_doc_id: str) -> str:
    """Stories are named after their first document: stable across reruns."""
    return "s" + first_doc_id[:16]


def cluster(features: Iterable[StoryFeatures], params: ClusterParams | None = None, **kw) -> dict[str, str]:
    """Batch helper: ``{doc_id: story_id}`` for documents fed in ``(published, id)`` order."""
    clusterer = StoryClusterer(params, **kw)
    ordered = sorted(features, key=lambda f: (f.published or dt.date.min, f.doc_id))
    return {f.doc_id: clusterer.add(f) for f in ordered}
