"""Text normalisation and page-furniture stripping: :func:`clean_text`."""

from __future__ import annotations

import re
import unicodedata

from tacitus.ingest.furniture import furniture_rules
from tacitus.ingest.types import safe_text

# Zero-width and invisible characters (ZWJ/ZWNJ are kept: they matter in Persian, Hindi ...).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u180e"), None)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Bullets, pipes and separators that frame furniture lines ("| Share |", "• Tweet").
_FRAME = " \t|•·›»>–—-*_=~"
_TERMINAL = tuple('.!?:;"”’»)]…')


#: a left single quote between a word and "s"/"t"/"re"… is an apostrophe the tokenizer would not split off
_WRONG_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u2018(?=(?:s|t|re|ve|ll|d|m)\b)")


def fix_apostrophes(text: str) -> str:
    """"Biden‘s" → "Biden’s": an opening quote typed as an apostrophe becomes one."""
    return _WRONG_APOSTROPHE.sub("\u2019", text)


def _normalise(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", safe_text(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = fix_apostrophes(text)
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


def _is_content(line: str) -> bool:
    return any(ch.isalnum() for ch in line)


def strip_furniture(lines: list[str]) -> list[str]:
    """Drop furniture lines: ``anywhere`` groups everywhere, ``edge`` groups near the start/end."""
    rules = furniture_rules()
    kinds: list[str | None] = []
    for line in lines:
        group = rules.match(line.strip(_FRAME))
        kinds.append(group.where if group else None)
    n = len(lines)
    # number of kept content lines before / after each line
    before = [0] * n
    after = [0] * n
    count = 0
    for i in range(n):
        before[i] = count
        if kinds[i] is None:
            count += 1
    count = 0
    for i in range(n - 1, -1, -1):
        after[i] = count
        if kinds[i] is None:
            count += 1
    window = rules.edge_window
    kept = []
    for i, line in enumerate(lines):
        kind = kinds[i]
        if kind == "anywhere" or (kind == "edge" and (before[i] < window or after[i] < window)):
            continue
        kept.append(line)
    return kept


def _join_wrapped(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped lines: a line without final punctuation followed by a lowercase start."""
    out: list[str] = []
    for line in lines:
        if out and not out[-1].endswith(_TERMINAL) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def clean_text(text: str) -> str:
    """Normalise whitespace and strip page furniture.

    Paragraphs are separated by a single ``"\\n"``; runs of spaces are collapsed; invisible
    characters are removed; lines that are only punctuation, furniture (see
    ``data/furniture.yaml``) or an immediate repetition of the previous line are dropped.
    """
    lines = [line for line in _normalise(text) if _is_content(line)]
    lines = strip_furniture(lines)
    lines = _join_wrapped(lines)
    deduped: list[str] = []
    for line in lines:
        if not deduped or line != deduped[-1]:
            deduped.append(line)
    return "\n".join(deduped)
