"""The domain gate: pages about sport, entertainment, markets or lifestyle yield no political events.

Each sentence is read as lemmas; topic cues (``data/events/domains.yaml``) count per domain, political cues
and political actor mentions count for politics. A page is gated when its strongest non-political domain
clearly outweighs politics; a sentence of an ungated page is gated when it carries a domain cue, no political
cue and no political actor. Both coders call :meth:`DomainGate.judge` with plain lemma lists.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from tacitus.nlp.language import function_words
from tacitus.yamlio import data_yaml

#: actor sectors that make a mention political
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "REB", "IGO", "OPP", "PTY", "ELI", "SPY",
                               "IMG",
                               "WST"})
#: a page is gated when its top domain has at least this many cue hits …
MIN_DOMAIN_HITS = 6
#: … and more than this many times the political weight
DOMAIN_RATIO = 2.0
#: a page whose function words are mostly another language's is not English (a German product page sent
#: as English): at least this many of them, and more than twice its English ones
MIN_FOREIGN_WORDS = 10
FOREIGN = "another language"


@dataclass(slots=True)
class DomainVerdict:
    """What the gate decided for one document."""

    domain: str | None  # the page's non-political domain, when the whole page is gated
    counts: dict[str, int] = field(default_factory=dict)  # cue hits per domain, and "political"
    gated_sentences: dict[int, str] = field(default_factory=dict)  # sentence index -> domain

    def gated(self, sentence: int) -> str | None:
        """The domain that gates ``sentence`` (the page's, or the sentence's own), else None."""
        return self.domain or self.gated_sentences.get(sentence)


class DomainGate:
    """Topic cues by domain plus political cues, matched on lemma unigrams and bigrams."""

    def __init__(self, domains: dict[str, frozenset[str]], political: frozenset[str]) -> None:
        self.domains = domains
        self.political = political

    @classmethod
    def default(cls) -> DomainGate:
        return _default_gate()

    def words(self) -> frozenset[str]:
        """Every single word of the cues (of all domains and of politics)."""
        cues = self.political.union(*self.domains.values())
        return frozenset(w for cue in cues for w in cue.split())

    def _hits(self, lemmas: Sequence[str]) -> tuple[Counter, int]:
        grams = list(lemmas) + [f"{a} {b}" for a, b in itertools.pairwise(lemmas)]
        per = Counter()
        for name, cues in self.domains.items():
            per[name] = sum(1 for g in grams if g in cues)
        return per, sum(1 for g in grams if g in self.political)

    def judge(self, sentences: Sequence[Sequence[str]], political_actors: Sequence[int]) -> DomainVerdict:
        """``sentences``: lower-case lemmas per sentence; ``political_actors``: political actor mentions
        per sentence (same length)."""
        total = Counter()
        pol_total = 0
        per_sentence = []
        for lemmas, n_actors in zip(sentences, political_actors, strict=True):
            hits, pol = self._hits(lemmas)
            total.update(hits)
            pol_total += pol + n_actors
            per_sentence.append((hits, pol + n_actors))
        counts = {**{k: total[k] for k in self.domains}, "political": pol_total}
        top, n = max(((k, total[k]) for k in self.domains), key=lambda kv: kv[1], default=(None, 0))
        domain = top if n >= MIN_DOMAIN_HITS and n > DOMAIN_RATIO * pol_total else None
        if foreign_page(sentences):
            domain = FOREIGN
        gated = {}
        if domain is None:
            for i, (hits, pol) in enumerate(per_sentence):
                best = max(hits.items(), key=lambda kv: kv[1], default=(None, 0))
                if best[1] >= 2 and pol == 0:
                    gated[i] = best[0]
        return DomainVerdict(domain, counts, gated)


def foreign_page(sentences: Sequence[Sequence[str]]) -> bool:
    """Are the page's function words mostly another language's ("Die Ausstattung des Advanced …")?"""
    english, other = function_words([w for lemmas in sentences for w in lemmas])
    return other >= MIN_FOREIGN_WORDS and other > 2 * english


@cache
def _default_gate() -> DomainGate:
    raw = data_yaml("events/domains.yaml")
    domains = {k: frozenset(str(w).lower() for w in v) for k, v in raw["domains"].items()}
    return DomainGate(domains, frozenset(str(w).lower() for w in raw["political"]))


def political_actor(actor) -> bool:
    """An actor whose mention makes a sentence political: a state, armed, judicial or party sector, an IGO."""
    return actor is not None and ((actor.sector or "")[:3] in POLITICAL_SECTORS or
                                  (actor.code or "").startswith(("IGO", "IMG", "WST")))


def political_mentions(actors, sentences) -> list[int]:
    """Political actor mentions per sentence (``sentences``: (start_char, end_char) pairs in order)."""
    counts = [0] * len(sentences)
    starts = [s for s, _ in sentences]
    for a in actors:
        if political_actor(a):
            i = bisect.bisect_right(starts, a.start) - 1
            if 0 <= i < len(counts):
                counts[i] += 1
    return counts
