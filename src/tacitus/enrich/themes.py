"""Document themes (ARMED_CONFLICT, CEASEFIRE, SANCTIONS, …) from our keyword taxonomy.

``data/enrich/themes.yaml`` lists, per theme, *strong* keywords (one is enough) and *weak* ones (two
distinct weak keywords are needed). Keywords are lemma sequences matched token by token (a keyword's
word matches a token whose lemma or lower-case form equals it), through an index on the first word,
so a document costs O(tokens). ``Theme.offsets`` are the character offsets of every keyword hit that
supports the theme (strong and weak), in text order.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from itertools import compress
from operator import or_

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from tacitus.model.records import Theme
from tacitus.yamlio import data_yaml

Key = tuple[str, ...]


class ThemeTagger:
    def __init__(self, data: dict | None = None) -> None:
        if data is None:
            data = data_yaml("enrich/themes.yaml")
        self.names = list(data)
        # first word -> list of (words, theme, strong); ``hashed``: the same keyed by string hashes
        self.index: dict[str, list[tuple[Key, str, bool]]] = defaultdict(list)
        self.hashed: dict[int, list[tuple[tuple[int, ...], str, bool]]] = defaultdict(list)
        for name, spec in data.items():
            for strong, items in ((True, spec.get("strong") or []), (False, spec.get("weak") or [])):
                for kw in items:
                    words = tuple(str(kw).lower().replace("-", " - ").split())
                    self.index[words[0]].append((words, name, strong))
                    keys = tuple(hash_string(w) for w in words)
                    self.hashed[keys[0]].append((keys, name, strong))
        for index in (self.index, self.hashed):
            for v in index.values():
                v.sort(key=lambda x: -len(x[0]))
        self._lower: dict[int, int] = {}  # lemma hash -> hash of its lower-case form

    def tag(self, doc: Doc) -> list[Theme]:
        lows, lems = self._lower_lemmas(doc)
        return self.match(self.hashed, lows, lems, doc.to_array([IDX]).tolist())

    def match(self, index: dict, lows: list, lems: list, offsets: list[int]) -> list[Theme]:
        """Themes of a word sequence: ``lows`` and ``lems`` are each word's lower-case form and lemma as
        ``index`` keys them (strings for :attr:`index`, hashes for :attr:`hashed`); ``offsets`` its start."""
        n = len(lows)
        hits: dict[str, list[tuple[int, bool, tuple]]] = defaultdict(list)
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
                    hits[name].append((offsets[i], strong, words))
                    matched = max(matched, k)
            i += matched if matched > 1 else 1
        out = []
        for name in self.names:
            h = hits.get(name)
            if h and (any(s for _, s, _ in h) or len({w for _, s, w in h if not s}) >= 2):
                out.append(Theme(name=name, offsets=sorted({o for o, _, _ in h})))
        return out

    def _lower_lemmas(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Hashes of each token's lower-case form and lower-cased lemma (one array read, no Token objects)."""
        arr = doc.to_array([LOWER, LEMMA])
        lows, lemmas = arr[:, 0].tolist(), arr[:, 1].tolist()
        memo, strings = self._lower, doc.vocab.strings
        if len(memo) > 500_000:
            memo.clear()
        for i, h in enumerate(lemmas):
            low = memo.get(h)
            if low is None:
                low = memo[h] = hash_string(strings[h].lower())
            lemmas[i] = low
        return lows, lemmas


@lru_cache(maxsize=1)
def default_tagger() -> ThemeTagger:
    return ThemeTagger()


def find_themes(doc: Doc) -> list[Theme]:
    return default_tagger().tag(doc)
