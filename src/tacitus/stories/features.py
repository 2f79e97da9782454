"""What story clustering and near-duplicate detection read from a stored record.

Everything here works on plain ``tacitus.model`` records (``Document``/``CodedDocument``): no spaCy.
``StoryFeatures`` holds the content terms of a document (lower-cased, stop words dropped, a light
plural/suffix folding), its names (entities, actors, places and — as a fallback when the coder found
none — capitalised words inside sentences), the people it names (surname → mentions), its numbers,
its dates and its event signatures.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from tacitus.model.records import CodedDocument, Document
from tacitus.nlp.inflect import looks_plural

STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "according",
        "new",
        "news",
        "also",
        "one",
        "two",
        "three",
        "first",
        "last",
        "year",
        "years",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "time",
        "times",
        "today",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mr",
        "mrs",
        "ms",
        "dr",
        "people",
        "may",
        "might",
        "must",
        "shall",
        "get",
        "got",
        "go",
        "going",
        "went",
        "make",
        "made",
        "like",
        "well",
        "back",
        "still",
        "even",
        "many",
        "much",
        "since",
        "around",
        "another",
        "would",
        "could",
        "http",
        "https",
        "www",
        "com",
        "html",
        "htm",
        "index",
        "php",
        "article",
        "story",
    ]
)

# Entity labels read as names, with a weight: who is involved tells stories apart better than where.
NAME_LABELS = {
    "PERSON": 2,
    "ORG": 2,
    "FAC": 2,
    "EVENT": 2,
    "PRODUCT": 1,
    "WORK_OF_ART": 1,
    "LAW": 1,
    "GPE": 1,
    "LOC": 1,
    "NORP": 1,
}
# Sentence-initial words and titles that are capitalised without being names.
_NOT_NAMES = STOP_WORDS | frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "he",
        "she",
        "it",
        "they",
        "we",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "president",
        "minister",
        "police",
        "officials",
        "official",
        "government",
        "reuters",
        "ap",
        "afp",
        "update",
        "updated",
        "breaking",
    ]
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CAP_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)*)")


def fold(word: str) -> str:
    """A light, deterministic stemmer: lower case, possessive and plural endings removed."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and looks_plural(w):
        return w[:-1]
    return w


def terms(text: str) -> Counter[str]:
    """Content-word counts of ``text``."""
    out: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        raw = m.group(0)
        low = raw.lower()
        if low in STOP_WORDS or len(low) < 3:
            continue
        w = fold(raw)
        if w and w not in STOP_WORDS:
            out[w] += 1
    return out


def normalise_name(text: str) -> str:
    words = [fold(w) for w in _WORD.findall(text)]
    words = [w for w in words if w not in ("the", "of", "and")]
    return " ".join(words)


def numbers(text: str) -> set[str]:
    """Numbers written with digits (years excluded; 0–9 excluded as too common)."""
    out = set()
    for m in _NUMBER.finditer(text):
        value = m.group(0).replace(",", "")
        if _YEAR.match(value):
            continue
        try:
            if float(value) < 10:
                continue
        except ValueError:  # pragma: no cover
            continue
        out.add(value)
    return out


def years(text: str) -> set[str]:
    return {m.group(0) for m in re.finditer(r"(?<![\w.,])(19[5-9]\d|20\d\d)(?![\w])", text)}


def capitalised_names(text: str) -> Counter[str]:
    """Fallback names: runs of capitalised words that do not start a sentence or line."""
    out: Counter[str] = Counter()
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            for m in _CAP_RUN.finditer(sentence):
                if m.start() == 0:
                    continue
                words = [w for w in re.split(r"[\s\-]+", m.group(1)) if w.lower() not in _NOT_NAMES]
                for w in words:  # single words: "Reid" matches "Tara Reid"
                    out[fold(w)] += 1
    return out


@dataclass(slots=True)
class StoryFeatures:
    """Plain features of one document for clustering."""

    doc_id: str
    published: dt.date | None = None
    source: str | None = None
    title: str = ""
    terms: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    numbers: set[str] = field(default_factory=set)
    dates: set[dt.date] = field(default_factory=set)
    events: set[str] = field(default_factory=set)  # "SRC|root|TGT" signatures
    years: set[str] = field(default_factory=set)  # four-digit years named in the text
    persons: Counter[str] = field(default_factory=Counter)  # surname (last name word) -> mentions


def source_of(document: Document) -> str:
    """The outlet of a document: its source name, else the host of its URL, else its id."""
    if document.source:
        return document.source.strip().lower()
    if document.url:
        host = re.sub(r"^[a-z]+://", "", document.url.strip().lower()).split("/")[0]
        return host.removeprefix("www.")
    return document.id


def surname(text: str) -> str | None:
    """The last name word of a person's name ("Tara Reid's" -> "reid"), or None."""
    words = [w for w in normalise_name(text).split() if w not in _NOT_NAMES and len(w) > 1]
    return words[-1] if words else None


def persons_of(coded: CodedDocument) -> Counter[str]:
    """Mentions of each person (by surname): PERSON entities, else the persons of resolved actors."""
    found = [surname(e.text) for e in coded.entities if e.label == "PERSON"]
    if not coded.entities:
        found = [surname(a.person) for a in coded.actors if a.person]
    return Counter(p for p in found if p)


def features_of(coded: CodedDocument | Document) -> StoryFeatures:
    """Features of a stored document (``CodedDocument`` or bare ``Document``)."""
    if isinstance(coded, Document):
        coded = CodedDocument(document=coded)
    d = coded.document
    text = d.text or ""
    title = d.title or text.strip().split("\n", 1)[0][:160]
    body_terms = terms(text)
    if d.title and not text.startswith(d.title):
        body_terms.update(terms(d.title))
    names: Counter[str] = Counter()
    for e in coded.entities:
        weight = NAME_LABELS.get(e.label)
        if weight:
            for w in normalise_name(e.text).split():
                if w not in _NOT_NAMES and len(w) > 1:
                    names[w] += weight
    for a in coded.actors:
        if a.person:
            names.update(w for w in normalise_name(a.person).split() if w not in _NOT_NAMES)
        if a.code:
            names["@" + a.code] += 1
    for p in coded.places:
        names["#" + (str(p.geonameid) if p.geonameid is not None else normalise_name(p.name))] += 1
    if not coded.entities:
        names.update(capitalised_names(text))
    dates = {m.date for m in coded.dates if m.date is not None and m.granularity == "day"}
    events = set()
    for e in coded.events:
        dates.add(e.date) if e.date else None
        src = e.source.code if e.source else "-"
        tgt = e.target.code if e.target else "-"
        events.add(f"{src}|{e.root}|{tgt}")
    return StoryFeatures(
        doc_id=d.id,
        published=d.published,
        source=source_of(d),
        title=title.strip(),
        terms=body_terms,
        names=names,
        numbers=numbers(text),
        dates=dates,
        events=events,
        years=years(text) | {str(d.published.year)} if d.published else years(text),
        persons=persons_of(coded),
    )
