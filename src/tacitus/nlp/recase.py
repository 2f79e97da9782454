"""Headlines written in capitals or Title Case, put in sentence case before parsing.

A statistical tagger reads "SALVADORAN ILLEGAL IMMIGRANT ARRESTED IN CONNECTION TO MARYLAND MURDER" or "The
Biden Administration Joins Israel's War on UNRWA" as a string of proper nouns: no verb, no subject, no event.
:class:`Recaser` rewrites such lines only, letter case only (the text keeps its length, so every offset into
the original stays valid): names our actor lexicon knows keep their written form ("Maryland", "UNRWA"),
other words of a capitals line are lower-cased, and the words of a Title Case line that are common words (our
trigger and sector vocabulary, function words) are lower-cased; the line starts with a capital.
:func:`restore_text` puts the original spelling back into the records coded from the recased parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
#: a line needs this many words of four letters or more to be judged
MIN_LONG_WORDS = 3
#: share of letters in capitals that makes a line "shouting"
CAPITALS_SHARE = 0.8
#: longest known name, in words
MAX_NAME_WORDS = 6


class Recaser:
    """Sentence-cases capitals and Title Case lines; built once from the lexicons."""

    def __init__(self, names: Iterable[str], common: Iterable[str]) -> None:
        self.names: dict[str, str] = {}  # lower-case name phrase -> its written form
        for n in names:
            self.names.setdefault(n.lower(), n)
        self.common = frozenset(w.lower() for w in common) | STOP_WORDS

    def recase(self, text: str) -> str:
        """``text`` with its capitals and Title Case lines in sentence case (same length)."""
        lines = text.splitlines(keepends=True)
        kinds = [self._shouting(line) for line in lines]
        if not any(kinds):
            return text
        pairs = zip(lines, kinds, strict=True)
        return "".join(self._recase_line(line, kind) if kind else line for line, kind in pairs)

    @staticmethod
    def _shouting(line: str) -> str | None:
        """"capitals" or "title" for a headline-like line, else None."""
        words = _WORD.findall(line)
        long_words = [w for w in words if len(w) >= 4]
        if len(long_words) < MIN_LONG_WORDS:
            return None
        letters = [c for w in words for c in w if c.isalpha()]
        if sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters):
            return "capitals"
        if all(w[0].isupper() for w in long_words) and line.rstrip()[-1:] not in ".:":
            return "title"
        return None

    def _recase_line(self, line: str, kind: str) -> str:
        spans = [(m.start(), m.end()) for m in _WORD.finditer(line)]
        words = [line[s:e] for s, e in spans]
        new = list(words)
        keep = [False] * len(words)
        i = 0
        while i < len(words):  # known names, longest first, keep their written form
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(w.lower() for w in words[i : i + n])
                written = self.names.get(phrase)
                if written is not None and len(written.split()) == n:
                    for k, w in enumerate(written.split()):
                        new[i + k] = _cased_like(w, words[i + k])
                        keep[i + k] = True
                    i += n
                    break
            else:
                i += 1
        for k, w in enumerate(words):
            if keep[k]:
                continue
            if kind == "capitals" or w.lower() in self.common or _base(w.lower()) in self.common:
                new[k] = w.lower()
        if new and not keep[0]:
            new[0] = new[0][:1].upper() + new[0][1:]
        chars = list(line)
        for (s, e), w in zip(spans, new, strict=True):
            chars[s:e] = w
        return "".join(chars)


def _cased_like(written: str, seen: str) -> str:
    """The lexicon's spelling of a name word, fitted to the length seen ("MARYLAND" → "Maryland")."""
    return written if len(written) == len(seen) else seen[:1].upper() + seen[1:].lower()


def _base(word: str) -> str:
    """A crude base form for the common-word test ("joins" → "join", "strikes" → "strike")."""
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def restore_text(obj, original: str, seen: set[int] | None = None) -> None:
    """Put ``original``'s spelling back into the text fields of records coded from a recased parse: every
    ``text`` (and a quote's ``speaker_text``) with character offsets, and each event's sentence."""
    seen = set() if seen is None else seen
    if obj is None or id(obj) in seen or isinstance(obj, (str, int, float, bool)):
        return
    seen.add(id(obj))
    if isinstance(obj, (list, tuple)):
        for x in obj:
            restore_text(x, original, seen)
        return
    if not hasattr(obj, "__dataclass_fields__"):
        return
    for name, pair in (("text", ("start", "end")), ("speaker_text", ("speaker_start", "speaker_end"))):
        s, e = (getattr(obj, p, None) for p in pair)
        value = getattr(obj, name, None)
        if isinstance(value, str) and isinstance(s, int) and isinstance(e, int) and \
                original[s:e].lower() == value.lower():
            setattr(obj, name, original[s:e])
    for f in obj.__dataclass_fields__:
        if f not in ("text", "speaker_text"):
            restore_text(getattr(obj, f), original, seen)
