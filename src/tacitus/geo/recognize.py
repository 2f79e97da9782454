"""Toponym recognition: spaCy GPE/LOC/FAC/NORP entities plus gazetteer phrase matching, with
directional modifiers ("eastern Aleppo"), admin suffixes ("Idlib province") and containers ("Paris, Texas").
"""

from __future__ import annotations

import re
from itertools import pairwise

from tacitus.geo.gazetteer import Q_ALT, REGION_DEMONYMS, Gazetteer, fold, norm
from tacitus.geo.resolve import ADMIN_WORDS, CITY_WORDS, US_STATE_ABBR, Mention, container_of
from tacitus.nlp.doctext import doc_text

DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "mid",
        "upper",
        "lower",
        "greater",
        "outer",
        "inner",
        "downtown",
        "rebel-held",
        "government-held",
        "besieged",
        "rural",
        "suburban",
        "coastal",
    ]
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCK_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
CONNECTORS = frozenset(
    {
        "of",
        "de",
        "del",
        "la",
        "le",
        "al",
        "el",
        "ez",
        "es",
        "as",
        "ash",
        "ad",
        "ar",
        "az",
        "on",
        "upon",
        "du",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "and",
    }
)
# capitalised words that are place names in the gazetteer but far more often something else
COMMON = frozenset(
    [
        "march",
        "may",
        "june",
        "april",
        "august",
        "will",
        "bill",
        "mark",
        "hope",
        "victoria",
        "university",
        "college",
        "church",
        "school",
        "street",
        "road",
        "park",
        "center",
        "centre",
        "county",
        "state",
        "city",
        "north",
        "south",
        "east",
        "west",
        "new",
        "republic",
        "union",
        "independence",
        "liberty",
        "commerce",
        "enterprise",
        "opportunity",
        "unity",
        "progress",
        "eden",
        "mobile",
        "reading",
        "nice",
        "split",
        "bath",
        "early",
        "mission",
        "government",
        "police",
        "president",
        "minister",
        "army",
        "court",
    ]
)
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "from", "to", "into", "across", "throughout"})
_TAIL = re.compile(r"\s*,\s*((?:[A-Z][A-Za-z]*\.?\s?){1,3})")


def _strip_modifier(gz: Gazetteer, text: str) -> tuple[str, int]:
    """("eastern Aleppo") -> ("Aleppo", offset of the name in the text); unchanged when nothing to strip."""
    words = text.split()
    if (
        len(words) > 1
        and words[0].lower() in DIRECTIONS
        and not gz.has_key(text)
        and fold(text).strip() not in REGION_DEMONYMS  # "Central American", "North American"
        and not gz.demonym_country(text)  # "South Korean"
    ):
        rest = text[len(words[0]) :].lstrip()
        return rest, len(text) - len(rest)
    return text, 0


def mention_from_text(gz: Gazetteer, full_text: str, start: int, end: int) -> Mention:
    """A mention for a given span (gold or recognised): core name, admin/city hints, container, demonym."""
    span = full_text[start:end]
    name, _ = _strip_modifier(gz, span)
    m = Mention(text=span, start=start, end=end, name=name)
    words = name.split()
    last = words[-1].lower() if words else ""
    if len(words) > 1 and last in ADMIN_WORDS:
        m.admin_hint = True
        if not gz.lookup(name):
            m.name = " ".join(words[:-1])
    elif len(words) > 1 and last in CITY_WORDS and not gz.lookup(name):
        m.city_hint = True
        m.name = " ".join(words[:-1])
    after = full_text[end : end + 40]
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in ADMIN_WORDS and nxt.group(1).lower() not in ("state",):
        m.admin_hint = True
    elif nxt and nxt.group(1).lower() in CITY_WORDS:
        m.city_hint = True
    before = full_text[max(0, start - 12) : start].lower()
    if before.endswith(("city of ", "town of ", "village of ")):
        m.city_hint = True
    elif before.endswith(("province of ", "state of ", "county of ", "region of ")):
        m.admin_hint = True
    tail = _TAIL.match(after)
    if tail:
        c = container_of(gz, tail.group(1).strip())
        if c is None and norm(tail.group(1)) in US_STATE_ABBR:
            c = ("US", US_STATE_ABBR[norm(tail.group(1))])
        m.container = c
    iso2 = gz.demonym_country(m.name)
    if iso2 and not any(q == 0 and gz.entries[i].population >= 100_000 for i, q in gz.lookup(m.name)):
        m.demonym = iso2
        m.weight = 0.5
    else:
        region = REGION_DEMONYMS.get(fold(m.name).strip())
        if region:
            m.name = region
            m.weight = 0.5
    return m


def _strong(gz: Gazetteer, text: str) -> bool:
    """Is a capitalised phrase, unknown to NER, a safe gazetteer match?"""
    for i, q in gz.lookup(text):
        e = gz.entries[i]
        if q > Q_ALT:
            continue
        if e.fclass in "ALHT" and e.fcode != "ADM2":
            return True
        if e.fclass == "P" and e.population >= 50_000:
            return True
    return False


def recognize(doc, gz: Gazetteer) -> list[Mention]:
    """Toponym mentions in a parsed spaCy ``Doc``, in text order, without overlaps."""
    text = doc_text(doc)
    mentions: list[Mention] = []
    covered = [False] * len(doc)
    blocked = [False] * len(doc)
    for ent in doc.ents:
        label = ent.label_
        if (
            label in ("ORG", "PERSON")
            and ent.start > 0
            and doc[ent.start - 1].lower_ in LOCATIVE
            and _strong(gz, ent.text)
        ):
            label = "GPE"  # "officials in Kyiv said" tagged ORG by the small model
        if label in BLOCK_LABELS:
            for t in range(ent.start, ent.end):
                blocked[t] = True
            continue
        if label not in PLACE_LABELS and label != "NORP":
            continue
        s, e = ent.start, ent.end
        if doc[s].lower_ == "the":
            s += 1
        if s >= e:
            continue
        # extend with a directional modifier before, an admin word after
        if s > 0 and doc[s - 1].lower_ in DIRECTIONS:
            s -= 1
        if e < len(doc) and doc[e].lower_ in ADMIN_WORDS and doc[e].lower_ != "state":
            e += 1
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        m = mention_from_text(gz, text, start, end)
        if label == "NORP":
            if not m.demonym:
                continue
        elif not gz.lookup(m.name, allow_loose=label != "FAC"):
            continue
        if label == "FAC" and not _strong(gz, m.name):
            continue
        m.source = f"ner:{ent.label_}"
        mentions.append(m)
        for t in range(s, e):
            covered[t] = True
    # gazetteer phrase matching over capitalised proper nouns that NER missed
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if covered[i] or blocked[i] or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
            i += 1
            continue
        found = None
        for j in range(min(n, i + 4), i, -1):
            if any(covered[k] or blocked[k] for k in range(i, j)):
                continue
            last = doc[j - 1]
            if not last.text[:1].isupper():
                continue
            if any(
                not (doc[k].text[:1].isupper() or doc[k].lower_ in CONNECTORS or doc[k].text == "-")
                for k in range(i, j)
            ):
                continue
            phrase = text[tok.idx : last.idx + len(last)]
            if j - i == 1 and fold(phrase) in COMMON:
                continue
            if _strong(gz, phrase):
                found = j
                break
        if found is None:
            i += 1
            continue
        s, e = i, found
        if s > 0 and doc[s - 1].lower_ in DIRECTIONS:
            s -= 1
        if e < n and doc[e].lower_ in ADMIN_WORDS and doc[e].lower_ != "state":
            e += 1
        m = mention_from_text(gz, text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
        m.source = "gazetteer"
        mentions.append(m)
        for t in range(s, e):
            covered[t] = True
        i = e
    mentions.sort(key=lambda m: m.start)
    # "Paris, Texas": a following toponym after a comma is the container of the first
    for a, b in pairwise(mentions):
        if a.container is None and text[a.end : b.start].strip() == ",":
            a.container = container_of(gz, b.name)
    return mentions
