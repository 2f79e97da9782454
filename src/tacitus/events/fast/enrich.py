"""Tone and themes for the fast mode: the same lexicons as :mod:`tacitus.enrich.tone` and
:mod:`tacitus.enrich.themes`, read off the fast coder's word lists instead of spaCy tokens.

Without a tagger, ``activity`` (verbs and adjectives of the activity list) and ``self_group`` (first-person
pronouns) are not computed and stay 0; positive, negative, tone, polarity and word count are as in the
full mode up to the lemma table (:mod:`tacitus.events.fast.text`).
"""

from __future__ import annotations

from tacitus.enrich.themes import default_tagger
from tacitus.enrich.tone import tone_lexicon
from tacitus.events.fast.text import Tokens
from tacitus.model.records import Theme, Tone

NEGATING = frozenset({"no", "not", "never", "without"})


def fast_tone(t: Tokens) -> Tone:
    lex = tone_lexicon()
    pos_w, neg_w = lex["positive"], lex["negative"]
    n = pos = neg = 0
    prev = ""
    for low, lem in zip(t.lower, t.lemma, strict=True):
        if not low.isalpha():
            prev = low
            continue
        n += 1
        if lem in pos_w or low in pos_w:
            if prev in NEGATING:
                neg += 1
            else:
                pos += 1
        elif lem in neg_w or low in neg_w:
            neg += 1
        prev = low
    if n == 0:
        return Tone(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    p, q = 100.0 * pos / n, 100.0 * neg / n
    return Tone(tone=round(p - q, 4), positive=round(p, 4), negative=round(q, 4), polarity=round(p + q, 4),
                activity=0.0, self_group=0.0, word_count=n)


def fast_themes(t: Tokens) -> list[Theme]:
    """Theme keywords (strong: one hit; weak: two distinct) matched on lemmas or lower-case forms."""
    tagger = default_tagger()
    return tagger.match(tagger.index, t.lower, t.lemma, t.start)
