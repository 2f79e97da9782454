"""Readers for the public PETRARCH / TABARI / Phoenix dictionary formats.

The formats (petrarch2 ``docs/source/dictionaries.rst``; Phoenix and PETR.Validate files):

* **actors** — ``PHRASE [CODE]`` or ``PHRASE [CODE DATES]``; ``+SYNONYM`` lines add names to the entry
  above; code lines may follow on their own (indented) lines; several codes with date restrictions
  (``<YYMMDD`` before, ``>YYMMDD`` from, ``YYMMDD-YYMMDD`` between; 6- or 8-digit dates) give dated roles.
  ``_`` joins words; a trailing ``_`` means "this exact word" (TABARI matched other phrases as prefixes).
* **agents** — ``!SET! = A, B, C`` substitution sets, ``PHRASE {PLURALS} [~CODE]`` (``~CODE`` is a role
  code added to the actor's country; ``CODE~`` a primary code), ``{}`` = regular plural.
* **verbs** — synsets (``&NAME`` then ``+WORD`` lines), then verb blocks ``--- NAME [CODE] ---`` listing
  verb forms (``WORD {IRREGULAR FORMS}``, ``+COMPOUND_VERB``) and patterns ``- LEFT * RIGHT [CODE]``
  where RIGHT holds words, ``&SYNSETS``, ``{phrases}``, ``(PREP WORDS)`` and the markers ``$`` (source),
  ``+`` (target), ``%`` (compound), ``^`` (skip).
* **discards** — one phrase a line; ``+PHRASE`` discards the whole story, otherwise the sentence.
* **issues** — ``<ISSUE CATEGORY=...>`` blocks of ``phrase [ISSUE_CODE]`` lines (``n:`` noun marker,
  ``~`` negative phrase).

Comments: ``#`` to the end of a line and ``<!-- ... -->`` (also ``<! -- ... -->``) lines.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE_RE = re.compile(r"\[([^\]]*)\]")


# ---------------------------------------------------------------------------------------------- helpers
def _strip_comment(line: str) -> str:
    s = line.rstrip("\n")
    if s.lstrip().startswith("<!") or s.lstrip().startswith("-->"):
        return ""
    s = re.sub(r"<!--.*?-->", "", s)
    if "#" in s:
        s = s[: s.index("#")]
    return s.rstrip()


def _lines(path: str | Path) -> list[str]:
    return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()


def phrase_text(raw: str) -> tuple[str, bool]:
    """``"ARNOR_"`` → ``("ARNOR", True)``: the phrase with spaces for ``_`` and whether it is exact."""
    raw = raw.strip()
    exact = raw.endswith("_")
    words = re.sub(r"[_\s]+", " ", raw).strip()
    return words, exact


def parse_date(value: str) -> dt.date | None:
    """PETRARCH dates: ``YYMMDD`` (years >= 30 are 19xx) or ``YYYYMMDD``."""
    v = value.strip()
    try:
        if len(v) == 8:
            return dt.date(int(v[:4]), int(v[4:6]), int(v[6:8]))
        if len(v) == 6:
            yy = int(v[:2])
            return dt.date((1900 if yy >= 30 else 2000) + yy, int(v[2:4]), int(v[4:6]))
    except ValueError:
        return None
    return None


@dataclass(slots=True)
class Role:
    """One code of an actor, valid from ``start`` (inclusive) to ``end`` (inclusive); None = open."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


def parse_code(text: str) -> Role | None:
    """``"EGYMIL 770101-120812"`` / ``"HOB < 950601"`` / ``"ELR/GAL"`` → a Role (None for an empty code)."""
    text = text.strip()
    if not text:
        return None
    parts = text.split(None, 1)
    code = parts[0].split("/")[0].strip()
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not code:
        return None
    if not rest:
        return Role(code)
    if rest.startswith("<"):
        return Role(code, None, parse_date(rest[1:]))
    if rest.startswith(">"):
        return Role(code, parse_date(rest[1:]), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return Role(code, parse_date(a), parse_date(b))
    return Role(code)


# ---------------------------------------------------------------------------------------------- actors
@dataclass(slots=True)
class ActorEntry:
    names: list[str]  # first = the head phrase; words joined by spaces, as written (upper case)
    exact: list[bool]  # per name: trailing underscore (exact word, no prefix matching)
    roles: list[Role] = field(default_factory=list)


def read_actors(path: str | Path) -> list[ActorEntry]:
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for raw in _lines(path):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        codes = _CODE_RE.findall(line)
        head = _CODE_RE.sub("", line).strip()
        if head.startswith("+") and current is not None:
            name, exact = phrase_text(head[1:])
            if name:
                current.names.append(name)
                current.exact.append(exact)
        elif head:
            name, exact = phrase_text(head)
            current = ActorEntry([name], [exact])
            entries.append(current)
        for c in codes:
            role = parse_code(c)
            if role is not None and current is not None:
                current.roles.append(role)
    return [e for e in entries if e.roles]


# ---------------------------------------------------------------------------------------------- agents
@dataclass(slots=True)
class AgentEntry:
    names: list[str]  # singular and plural forms, words joined by spaces
    code: str  # without the tilde
    primary: bool  # CODE~ (a primary code) rather than ~CODE (a role added to a country)


def _plural(word: str) -> str:
    w = word
    if w.endswith(("S", "X", "Z", "CH", "SH")):
        return w + "ES"
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        return w[:-1] + "IES"
    if w.endswith("MAN"):
        return w[:-3] + "MEN"
    return w + "S"


def read_agents(path: str | Path) -> list[AgentEntry]:
    subs: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    for raw in _lines(path):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        m = re.match(r"^\s*(![A-Z0-9_]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE_RE.findall(line)
        if not codes:
            continue
        code = codes[0].strip()
        primary = code.endswith("~") and not code.startswith("~")
        code = code.strip("~ ").split()[0] if code.strip("~ ") else ""
        if not code:
            continue
        body = _CODE_RE.sub("", line)
        plurals_m = re.search(r"\{([^}]*)\}", body)
        phrase = re.sub(r"\{[^}]*\}", "", body).strip()
        forms = _expand_subs(phrase, subs)
        names: list[str] = []
        for f in forms:
            name, _ = phrase_text(f)
            if not name:
                continue
            names.append(name)
            if plurals_m is not None and plurals_m.group(1).strip():
                names += [phrase_text(p)[0] for p in plurals_m.group(1).split()]
            elif not re.search(r"([^S]S|MEN)$", name):  # regular plurals unless given or already plural
                words = name.split(" ")
                names.append(" ".join([*words[:-1], _plural(words[-1])]))
        if names:
            out.append(AgentEntry(list(dict.fromkeys(names)), code, primary))
    return out


def _expand_subs(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z0-9_]+!", phrase)
    if not m or m.group(0) not in subs:
        return [phrase]
    out = []
    for w in subs[m.group(0)]:
        out += _expand_subs(phrase[: m.start()] + w + phrase[m.end():], subs)
    return out


# ---------------------------------------------------------------------------------------------- verbs
@dataclass(slots=True)
class Pattern:
    """``- LEFT * RIGHT [CODE]``: words before the verb (usually the subject) and after it."""

    left: list[str]
    right: list[str]  # tokens: WORD, &SYNSET, {multi word}, (PREP ...) groups are flattened as "(" ... ")"
    code: str
    text: str


@dataclass(slots=True)
class VerbBlock:
    name: str
    code: str | None  # None for "---"
    verbs: list[str] = field(default_factory=list)  # lemmas, words joined by spaces
    forms: list[str] = field(default_factory=list)  # irregular forms given in braces
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(slots=True)
class VerbDictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)  # NAME (without &) -> phrases
    blocks: list[VerbBlock] = field(default_factory=list)


def _verb_code(text: str) -> str | None:
    """``"190"`` → "190"; ``"042:043"`` → "042" (the second code is for the reverse dyad); ``---`` → None."""
    c = text.strip().split(":")[0].strip()
    return c if c and re.fullmatch(r"\d{2,4}", c) else (None if not c or set(c) <= set("-") else c)


def _tokens(text: str) -> list[str]:
    toks: list[str] = []
    for m in re.finditer(r"\{[^}]*\}|\(|\)|[^\s(){}]+", text):
        t = m.group(0)
        if t.startswith("{"):
            toks.append("{" + phrase_text(t[1:-1])[0] + "}")
        else:
            toks.append(t)
    return toks


def read_verbs(path: str | Path) -> VerbDictionary:
    d = VerbDictionary()
    synset: str | None = None
    block: VerbBlock | None = None
    for raw in _lines(path):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        s = line.strip()
        m = re.match(r"^---\s*(.+?)\s*\[([^\]]*)\]\s*---", s)
        if m:
            synset = None
            block = VerbBlock(phrase_text(m.group(1))[0], _verb_code(m.group(2)))
            d.blocks.append(block)
            continue
        if s.startswith("&") and block is None:
            synset = s[1:].split()[0].rstrip("_")
            d.synsets[synset] = []
            continue
        if s.startswith("+") and synset is not None and block is None:
            d.synsets[synset].append(phrase_text(s[1:])[0])
            continue
        if block is None:
            continue
        if s.startswith("-"):
            codes = _CODE_RE.findall(s)
            if not codes:
                continue
            code = _verb_code(codes[-1])
            body = _CODE_RE.sub("", s)[1:].strip()
            left, _, right = body.partition("*")
            block.patterns.append(Pattern(_tokens(left), _tokens(right), code or "", body))
            continue
        # a verb (or +compound verb) line, possibly with its irregular forms and its own code
        body = _CODE_RE.sub("", s)
        forms = re.search(r"\{([^}]*)\}", body)
        word = re.sub(r"\{[^}]*\}", "", body).strip().lstrip("+")
        if word:
            block.verbs.append(phrase_text(word)[0])
        if forms:
            block.forms += [f for f in forms.group(1).split() if f]
    return d


# ---------------------------------------------------------------------------------------------- others
@dataclass(slots=True)
class Discard:
    phrase: str
    story: bool  # True: discards the whole story, False: the sentence


def read_discards(path: str | Path) -> list[Discard]:
    out = []
    for raw in _lines(path):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        story = line.startswith("+")
        out.append(Discard(phrase_text(line.lstrip("+"))[0], story))
    return out


@dataclass(slots=True)
class Issue:
    category: str
    phrase: str  # "n:" markers removed, "+" joins → space
    code: str
    negative: bool  # "~phrase": a phrase that cancels the issue


def read_issues(path: str | Path) -> list[Issue]:
    out: list[Issue] = []
    category = ""
    for raw in _lines(path):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"<ISSUE\s+CATEGORY=\"([^\"]+)\"", line)
        if m:
            category = m.group(1)
            continue
        if line.startswith("<"):
            continue
        negative = line.startswith("~")
        codes = _CODE_RE.findall(line)
        phrase = _CODE_RE.sub("", line).lstrip("~").strip()
        phrase = re.sub(r"\b[a-z]:", "", phrase).replace("+", " ")
        out.append(Issue(category, re.sub(r"\s+", " ", phrase), codes[0].strip() if codes else "", negative))
    return out
