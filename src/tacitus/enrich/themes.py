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

from spacy.tokens import Doc

from tacitus.model.records import Theme
from tacitus.yamlio import data_yaml

Key = tuple[str, ...]


class ThemeTagger:
    def __init__(self, data: dict | None = None) -> None:
        if data is None:
            data = data_yaml("enrich/themes.yaml")
        self.names = list(data)
        # first word -> list of (words, theme, strong)
        self.index: dict[str, list[tuple[Key, str, bool]]] = defaultdict(list)
        for name, spec in data.items():
            for strong, items in ((True, spec.get("strong") or []), (False, spec.get("weak") or [])):
                for kw in items:
                    words = tuple(str(kw).lower().replace("-", " - ").split())
                    self.index[words[0]].append((words, name, strong))
        for v in self.index.values():
            v.sort(key=lambda x: -len(x[0]))

    def tag(self, doc: Doc) -> list[Theme]:
        n = len(doc)
        lows = [t.lower_ for t in doc]
        lems = [t.lemma_.lower() for t in doc]
        hits: dict[str, list[tuple[int, bool, Key]]] = defaultdict(list)
        i = 0
        while i < n:
            cands = self.index.get(lems[i], []) + (self.index.get(lows[i], []) if lows[i] != lems[i] else [])
            matched = 0
            for words, name, strong in cands:
                k = len(words)
                if i + k <= n and all(words[j] in (lems[i + j], lows[i + j]) for j in range(k)):
                    hits[name].append((doc[i].idx, strong, words))
                    matched = max(matched, k)
            i += max(matched, 1) if matched > 1 else 1
        out = []
        for name in self.names:
            h = hits.get(name)
            if not h:
                continue
            strong = any(s for _, s, _ in h)
            weak_kinds = {w for _, s, w in h if not s}
            if strong or len(weak_kinds) >= 2:
                out.append(Theme(name=name, offsets=sorted({o for o, _, _ in h})))
        return out


@lru_cache(maxsize=1)
def default_tagger() -> ThemeTagger:
    return ThemeTagger()


def find_themes(doc: Doc) -> list[Theme]:
    return default_tagger().tag(doc)
