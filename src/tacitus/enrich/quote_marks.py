"""Quotation marks in clean text: direct-quote spans, interrupted quotes, dash bylines.

Character-level only (no parse), used by :mod:`tacitus.enrich.quotes`.
"""

from __future__ import annotations

import re

#: first-person pronouns, which inside a direct quote stand for its speaker (actors and events read them)
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
#: the double quote marks a quotation opens or closes with (the sentence splitter, the actor stage and the
#: coder read them)
QUOTE_MARKS = frozenset('"“”«»„')

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
#: "’’", a doubled right single quote, closes a quote in some papers ("“… a political party’’")
_MARK = re.compile(r"''|’’|[\"“”«»„]")
_OPENERS = ('"', "“", "«", "''")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines of ``text``."""
    out = []
    pos = 0
    for m in re.finditer(r"\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def rstrip_ws(text: str, e: int) -> int:
    while e > 0 and text[e - 1].isspace():
        e -= 1
    return e


def _opens_with_quote(text: str, s: int, e: int) -> int | None:
    """End of the quote mark opening the paragraph ``[s, e)``, or None."""
    m = _MARK.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()))
    return m.end() if m and m.group() in (*_OPENERS, "”") else None


def _closes(open_mark: str, mark: str) -> bool:
    if open_mark == "''":
        return mark in ("''", "’’")
    if open_mark == '"':
        return mark == open_mark
    return mark in (_OPEN_CLOSE[open_mark], '"', "’’")


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (content only, without the quote marks) of the quotations in ``text``.

    Marks: curly pairs, guillemets, straight ``"`` and the doubled apostrophe ``''`` some papers use
    for both ends of a quote; a ” opening a paragraph opens a quote. A quote still open at a paragraph
    end goes on when the next paragraph opens with a quote mark (quotes spanning paragraphs)."""
    spans: list[tuple[int, int]] = []
    paras = paragraphs(text)
    open_at: int | None = None  # start of a quote still open at a paragraph end
    open_mark = ""
    for pi, (ps, pe) in enumerate(paras):
        i = ps
        if open_at is not None:
            cont = _opens_with_quote(text, ps, pe)
            if cont is None:
                spans.append((open_at, rstrip_ws(text, paras[pi - 1][1])))
                open_at = None
            else:
                i = cont
        for m in _MARK.finditer(text, i, pe):
            mark = m.group()
            if open_at is None:
                if mark in _OPENERS or mark in _OPEN_CLOSE:
                    open_at, open_mark = m.end(), mark
                elif mark == "”" and not text[ps : m.start()].strip():
                    open_at, open_mark = m.end(), "“"
            elif _closes(open_mark, mark):
                if m.start() > open_at:
                    spans.append((open_at, m.start()))
                open_at = None
        if open_at is not None and (pi + 1 == len(paras) or _opens_with_quote(text, *paras[pi + 1]) is None):
            spans.append((open_at, rstrip_ws(text, pe)))
            open_at = None
    return [(s, e) for s, e in spans if e > s]


_GAP_VERB = re.compile(
    r"\b(said|says|say|added|adds|told|tells|asked|asks|continued|explained|noted|wrote|writes|declared|"
    r"recalled|argued|insisted|warned|stated|remarked|replied|responded|explains|notes|argues|insists)\b"
)
_GAP_STOP = re.compile(r"\b(adding|before|after|later|while|when)\b")


def merge_interrupted(
    text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, parts): “A,” he said, “B.” and “A?” he said. “B.” are one quote from A to B when
    only an attribution ("he said", "said X, a senior aide.") lies between them in one paragraph."""
    out: list[tuple[int, int, list[tuple[int, int]]]] = []
    for s, e in spans:
        if out:
            ps, pe, parts = out[-1]
            if _attribution_gap(text, pe, s):
                out[-1] = (ps, e, [*parts, (s, e)])
                continue
        out.append((s, e, [(s, e)]))
    return out


def _attribution_gap(text: str, pe: int, s: int) -> bool:
    gap = text[pe:s]
    between = gap.strip(" \"'“”«»,.:")
    return (
        len(gap) < 200
        and "\n" not in gap
        and text[pe - 1 : pe] in (",", "?", "!", "—", "-")
        and gap.rstrip(" \"'“«")[-1:] in (",", ".", ":")
        and not re.search("[\"“”«»]|''", between)
        and _GAP_VERB.search(between) is not None
        and not _GAP_STOP.search(between)
    )


_BYLINE = re.compile(
    r"[\"”'»]*[^\S\n]*[―—–][^\S\n]*"
    r"([A-Z][\w'’.\-]*(?:[^\S\n]+[A-Z][\w'’.\-]*){0,4})[^\S\n.]*\.?[^\S\n]*(?:\n|$)"
)


def dash_byline(text: str, e: int) -> tuple[int, int] | None:
    """Span of the name after a quote ending at ``e`` in '“…” ― Sonya Herridge' (a dash and a
    capitalised name that ends the line)."""
    m = _BYLINE.match(text, e)
    if m is None:
        return None
    end = m.end(1) - 1 if m.group(1).endswith(".") else m.end(1)
    return m.start(1), end
