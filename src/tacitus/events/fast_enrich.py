"""Tone and themes for the fast mode: the same lexicons as :mod:`tacitus.enrich.tone` and
:mod:`tacitus.enrich.themes`, read off the fast coder's word lists instead of spaCy tokens.

Without a tagger, ``activity`` (verbs and adjectives of the activity list) and ``self_group`` (first-person
pronouns) are not computed and stay 0; positive, negative, tone, polarity and word count are as in the
full mode up to the lemma table (:mod:`tacitus.events.fast_text`).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import compress
from operator import and_, or_

from tacitus.enrich.themes import default_tagger
from tacitus.enrich.tone import tone_lexicon
from tacitus.events.fast_text import Tokens
from tacitus.model.records import Theme, Tone

NEGATING = frozenset({"no", "not", "never", "without"})


def fast_tone(t: Tokens) -> Tone:
    """Counted over the alphabetic words; a positive word right after "no", "not", "never" or "without"
    counts as negative. The words are looked up list by list, and only the hits one by one."""
    lex = tone_lexicon()
    pos_w, neg_w = lex["positive"], lex["negative"]
    lows, lems = t.lower, t.lemma
    alpha = list(map(str.isalpha, lows))
    n = sum(alpha)
    if n == 0:
        return Tone(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    index = range(len(lows))
    positive = list(compress(index, map(and_, alpha, map(or_, map(pos_w.__contains__, lems),
                                                           map(pos_w.__contains__, lows)))))
    negative = compress(index, map(and_, alpha, map(or_, map(neg_w.__contains__, lems),
                                                     map(neg_w.__contains__, lows))))
    negated = sum(1 for i in positive if i > 0 and lows[i - 1] in NEGATING)
    pos = len(positive) - negated
    neg = negated + len(set(negative).difference(positive))  # a word of both lists is positive
    p, q = 100.0 * pos / n, 100.0 * neg / n
    return Tone(tone=round(p - q, 4), positive=round(p, 4), negative=round(q, 4), polarity=round(p + q, 4),
                activity=0.0, self_group=0.0, word_count=n)


def fast_themes(t: Tokens) -> list[Theme]:
    """Theme keywords (strong: one hit; weak: two distinct) matched on lemmas or lower-case forms."""
    tagger = default_tagger()
    index, lows, lems, n = tagger.index, t.lower, t.lemma, len(t)
    hits: dict[str, list[tuple[int, bool, tuple[str, ...]]]] = defaultdict(list)
    i = 0
    first = index.__contains__  # only words that open a keyword are looked at
    for at in compress(range(n), map(or_, map(first, lems), map(first, lows))):
        if at < i:
            continue  # inside the keyword matched before
        i = at
        cands = index.get(lems[i], []) + (index.get(lows[i], []) if lows[i] != lems[i] else [])
        matched = 0
        for words, name, strong in cands:
            k = len(words)
            if i + k <= n and all(words[j] in (lems[i + j], lows[i + j]) for j in range(k)):
                hits[name].append((t.start[i], strong, words))
                matched = max(matched, k)
        i += matched if matched > 1 else 1
    out = []
    for name in tagger.names:
        h = hits.get(name)
        if h and (any(s for _, s, _ in h) or len({w for _, s, w in h if not s}) >= 2):
            out.append(Theme(name=name, offsets=sorted({o for o, _, _ in h})))
    return out
