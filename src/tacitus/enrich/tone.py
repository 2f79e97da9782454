"""GKG-style document tone from our own lexicon (``data/enrich/tone.yaml``).

Fields, as in GDELT GKG V2 ``V2Tone`` (all but ``word_count`` are percentages of the words):
``positive`` = share of positive words, ``negative`` = share of negative words,
``tone`` = positive - negative, ``polarity`` = positive + negative, ``activity`` = share of
activity words, ``self_group`` = share of first-person pronouns, ``word_count`` = alphabetic tokens.
A word is looked up by lemma, then by lower-case form; one pass over the tokens.
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache

from spacy.tokens import Doc

from tacitus.model.records import Tone
from tacitus.yamlio import load_yaml


@lru_cache(maxsize=1)
def tone_lexicon() -> dict[str, frozenset[str]]:
    path = importlib.resources.files("tacitus") / "data" / "enrich" / "tone.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


def compute_tone(doc: Doc) -> Tone:
    lex = tone_lexicon()
    pos_w, neg_w, act_w, self_w = lex["positive"], lex["negative"], lex["activity"], lex["self_group"]
    n = pos = neg = act = me = 0
    for t in doc:
        if not t.is_alpha:
            continue
        n += 1
        low = t.lower_
        lem = t.lemma_.lower()
        if low in self_w and t.pos_ == "PRON":
            me += 1
            continue
        negated = t.i > 0 and doc[t.i - 1].lower_ in ("no", "not", "never", "without")
        if lem in pos_w or low in pos_w:
            if negated:
                neg += 1
            else:
                pos += 1
        elif lem in neg_w or low in neg_w:
            neg += 1
        if t.pos_ in ("VERB", "ADJ") and (lem in act_w or low in act_w):
            act += 1
    if n == 0:
        return Tone(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    p, q = 100.0 * pos / n, 100.0 * neg / n
    return Tone(
        tone=round(p - q, 4),
        positive=round(p, 4),
        negative=round(q, 4),
        polarity=round(p + q, 4),
        activity=round(100.0 * act / n, 4),
        self_group=round(100.0 * me / n, 4),
        word_count=n,
    )


def to_gkg(tone: Tone) -> str:
    """GKG V2 ``V2Tone``: tone,positive,negative,polarity,activity,self/group,word count."""
    fields = (tone.tone, tone.positive, tone.negative, tone.polarity, tone.activity, tone.self_group)
    return ",".join(str(x) for x in (*fields, tone.word_count))
