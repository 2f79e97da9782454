"""Direct and indirect speech with its speaker.

* **direct** quotes are the spans between quote marks (:func:`~tacitus.enrich.quote_marks.direct_spans`:
  curly, guillemets, straight, doubled apostrophes; quotes spanning paragraphs); a quote interrupted
  by its attribution (“A,” he said, “B.” or “A?” said X, a senior aide. “B.”) is one quote from A to
  B. A quote inside the complement of its reporting verb is a mixed quote whose content is the whole
  complement (Trump says voter fraud “would be one hell of a way to lose”). Short quoted phrases
  (fewer than :data:`MIN_DIRECT_WORDS` words: scare quotes, titles) are only kept when a cue
  attributes them. Transcript lines ("PENCE: …") and '“…” ― Name' lines name their speaker.
* **indirect** speech is a cue (``data/enrich/quote_cues.yaml``) with its content
  (:mod:`tacitus.enrich.quote_cues`): "X said (that) …", "…, officials said", "X, he said, Y",
  "X vowed to …", "X urged Y to …", "X called for …", "X's claim that …", or "according to X"
  attached to a clause.
* the **speaker** is the subject noun phrase of the cue (its whole phrase, appositives and relative
  clauses included, as news annotators mark it: "Sen. Lindsey Graham (R-S.C.)"), resolved to an actor
  with ``DocumentActors.for_token``. A direct quote is attributed by a cue outside quotes in the
  sentences its parts start and end in or the sentence right after a part; else by "X said:" before
  its opening mark.

Offsets: a quote's ``start``/``end`` cover its content without the surrounding quote marks or a
leading "that"; ``speaker_start``/``speaker_end`` the speaker phrase. O(tokens) per document.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tacitus.enrich.quote_cues import (
    INTENT_VERBS,
    NOUN_CUES,
    REPORT_VERBS,
    SUBJ,
    complement_around,
    indirect_content,
    is_indirect_cue,
    noun_content,
    speaker_act,
)
from tacitus.enrich.quote_marks import dash_byline, direct_spans, merge_interrupted, rstrip_ws
from tacitus.model.records import Quote
from tacitus.nlp.doctext import doc_text

__all__ = [
    "INTENT_VERBS", "MIN_DIRECT_WORDS", "REPORT_VERBS", "QuoteFinder", "direct_quotes", "direct_spans",
    "find_quotes",
]

MIN_DIRECT_WORDS = 4
_TRANSCRIPT = re.compile(r"^[\"“]?([A-Z][A-Z.'\- ]{1,40}[A-Z.]):\s+", re.M)

Spans = list[tuple[int, int]]


class QuoteFinder:
    """Finds quotes in parsed documents; stateless (build once)."""

    def find(self, doc: Doc, actors=None) -> list[Quote]:
        run = _Run(doc, actors)
        run.transcripts()
        run.direct()
        run.indirect()
        run.quotes.sort(key=lambda q: q.start)
        return run.quotes


class _Run:
    """The state of one :meth:`QuoteFinder.find` call."""

    def __init__(self, doc: Doc, actors) -> None:
        self.doc, self.actors, self.text = doc, actors, doc_text(doc)
        self.quotes: list[Quote] = []
        self.taken: Spans = []  # transcript lines and indirect contents
        self.direct_quotes: list[Quote] = []

    def quote(
        self, kind: str, s: int, e: int, subj: Token | None, span=None, stop: Spans | None = None
    ) -> Quote:
        """A quote ``[s, e)`` by ``subj`` (its phrase ``span``, or the phrase around it minus ``stop``)."""
        q = Quote(text=self.text[s:e], start=s, end=e, kind=kind)
        if subj is not None:
            ss, se = span or phrase(subj, stop or [(s, e)])
            q.speaker_text, q.speaker_start, q.speaker_end = self.text[ss:se], ss, se
            if self.actors is not None:
                try:
                    q.speaker = self.actors.for_token(subj)
                except Exception:  # pragma: no cover - defensive
                    q.speaker = None
        self.quotes.append(q)
        return q

    def transcripts(self) -> None:
        """Transcript lines: "PENCE: Well, look, …" is a direct quote of PENCE."""
        text = self.text
        for m in _TRANSCRIPT.finditer(text):
            line_end = text.find("\n", m.end())
            cs, ce = m.end(), rstrip_ws(text, len(text) if line_end < 0 else line_end)
            if ce - cs < 5:
                continue
            name = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if name is None or not len(name):
                continue
            self.quote("direct", cs, ce, name.root, span=(m.start(1), m.end(1)))
            self.taken.append((m.start(), ce))

    def direct(self) -> None:
        text = self.text
        spans = [sp for sp in direct_spans(text) if not _overlaps(sp, self.taken)]
        for s, e, parts in merge_interrupted(text, spans):
            byline = dash_byline(text, e)
            name = self.doc.char_span(*byline, alignment_mode="expand") if byline else None
            if name is not None and len(name):
                self.direct_quotes.append(self.quote("direct", s, e, name.root, span=byline))
                continue
            subj, verb = attribution(self.doc, text, parts, spans)
            if subj is None and len(text[s:e].split()) < MIN_DIRECT_WORDS:
                continue
            if verb is not None and len(parts) == 1 and verb.lower_ != "according":
                s, e = complement_around(verb, s, e)
                parts = [(s, e)]
            self.direct_quotes.append(
                self.quote("direct", s, e, subj, stop=[(a - 2, b + 2) for a, b in parts])
            )

    def indirect(self) -> None:
        """Indirect speech: reporting and intent verbs, cue nouns, "according to X"."""
        for t in self.doc:
            if is_indirect_cue(t):
                span = indirect_content(t)
                if span is not None:  # "X, he said, Y": the speaker lies inside the content
                    inside = span[0] <= t.idx < span[1]
                    self.indirect_quote(
                        span, _subject_of(t), stop=[(t.idx, t.idx + len(t))] if inside else None
                    )
            elif t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_CUES:
                found = noun_content(t)
                if found is not None:
                    self.indirect_quote(found[0], found[1], stop=[found[0], (t.idx, t.idx + len(t))])
            elif t.lower_ == "according":
                src = according_source(t)
                if src is not None:
                    ph = phrase(src)
                    self.indirect_quote(_according_clause(t, ph[1], self.text), src, span=ph)

    def indirect_quote(self, content: tuple[int, int], subj: Token | None, span=None, stop=None) -> None:
        cs, ce = content
        if ce - cs < 3 or _overlaps((cs, ce), self.taken) or not self.mixed(cs, ce):
            return
        self.quote("indirect", cs, ce, subj, span=span, stop=stop)
        self.taken.append((cs, ce))

    def mixed(self, cs: int, ce: int) -> bool:
        """An indirect clause [cs, ce) overlapping direct quotes: keep it (dropping the quotes) when it
        contains them with words of its own around (a mixed quote); drop it when a quote covers it."""
        over = [q for q in self.direct_quotes if q.start < ce and cs < q.end]
        if not over:
            return True
        inside = all(cs <= q.start - 1 and q.end <= ce + 1 for q in over)
        if not inside or (ce - cs) - sum(q.end - q.start for q in over) <= 2:
            return False
        for q in over:
            if q in self.quotes:
                self.quotes.remove(q)
        return True


# ---------------------------------------------------------------------------------- speakers
def phrase(tok: Token, stop: Spans | None = None) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (its subtree minus outer punctuation and
    anything inside ``stop``). Appositives and relative clauses are kept ("X, a senior aide, said"):
    cutting them lowered speaker F1 on PolNeAR dev from 0.585 to 0.532; a closing bracket is kept
    when its opening one is in the phrase ("Sen. Lindsey Graham (R-S.C.)")."""
    idx = {t.i for t in tok.subtree if not (stop and any(a <= t.idx < b for a, b in stop))}
    s = e = tok.i
    while s - 1 in idx:
        s -= 1
    while e + 1 in idx:
        e += 1
    doc = tok.doc
    # hyphenated names split by the tokenizer: "al-Assad"
    while (
        e + 2 < len(doc)
        and doc[e].whitespace_ == ""
        and doc[e + 1].text == "-"
        and doc[e + 1].whitespace_ == ""
    ):
        e += 2
    while (
        e > s
        and doc[e].is_punct
        and not (doc[e].text == ")" and any(doc[i].text == "(" for i in range(s, e)))
    ):
        e -= 1
    while s < e and doc[s].is_punct:
        s += 1
    return doc[s].idx, doc[e].idx + len(doc[e])


def attribution(doc: Doc, text: str, parts: Spans, quoted: Spans) -> tuple[Token | None, Token | None]:
    """(speaker, cue) of the direct quote made of ``parts``: the nearest cue outside every quote
    (``quoted``) in the sentences the parts start and end in, or the sentence right after a part
    ("“…?” Clinton said."); else the verb of a sentence introducing the quote with a colon."""
    s, e = parts[0][0], parts[-1][1]
    cands: list[tuple[int, Token]] = []
    for st in _part_sentences(doc, text, parts):
        for t in st:
            if _is_cue(t) and not any(a - 2 <= t.idx < b + 2 for a, b in quoted):
                cands.append((min(abs(t.idx - s), abs(t.idx - e)), t))
    cands.sort(key=lambda x: x[0])
    for _, v in cands:
        subj = _cue_subject(v, parts)
        if subj is not None:
            return subj, v
    return _colon_intro(doc, text, s, parts)


def _is_cue(t: Token) -> bool:
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS:
        return True
    return t.lower_ == "according" and according_source(t) is not None


def according_source(t: Token) -> Token | None:
    """X in "according to X" (``t`` is "according"), or None."""
    doc = t.doc
    if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
        return None
    src = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
    return src or next((c for c in t.children if c.dep_ == "pobj"), None)


def _according_clause(t: Token, src_end: int, text: str) -> tuple[int, int]:
    """The clause "according to X" is attached to: its sentence minus the "according to X" phrase."""
    doc, sent = t.doc, t.sent
    s0, e0 = sent.start_char, sent.end_char
    if doc[t.i - 1].text == "," and t.i - 1 >= sent.start:
        cs, ce = s0, doc[t.i - 1].idx
    elif t.i == sent.start or doc[sent.start].is_punct:
        cs, ce = src_end, e0
        while cs < e0 and text[cs] in " ,":
            cs += 1
    else:
        cs, ce = s0, t.idx
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",.;:—–"):
        ce -= 1
    return cs, ce


def _subject_of(v: Token) -> Token | None:
    """The subject of ``v``, or of the verb it continues ("X said … and added …", "X spoke, saying …")."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in SUBJ), None)
        if subj is not None or v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
            return subj
        head = v.head
        if speaker_act(v) and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORT_VERBS:
            head = head.head  # "X said A, arguing B": X argues, not A's subject
        v = head
    return None


def _cue_subject(v: Token, parts: Spans) -> Token | None:
    """The speaker token of the cue ``v`` outside the quote ``parts``: its subject; else the word
    after it ('…,” said Caddell' parsed with Caddell as object) or before it ('…,” Chief Chuck Jordan
    said' parsed with "said" inside the quote's clause)."""
    doc = v.doc
    if v.lower_ == "according":
        return according_source(v)
    subj = _subject_of(v)
    if subj is None and v.i + 1 < len(doc) and doc[v.i + 1].pos_ in ("PROPN", "PRON", "NOUN"):
        subj = doc[v.i + 1]
        while subj.head != subj and subj.dep_ in ("compound", "flat") and subj.head.i > subj.i:
            subj = subj.head
    if subj is not None and _inside_parts(subj, parts):
        subj = None
    if subj is None and v.i > 0 and doc[v.i - 1].pos_ in ("PROPN", "NOUN", "PRON"):
        subj = doc[v.i - 1]
        if _inside_parts(subj, parts) or subj.dep_ in ("pobj", "dobj", "poss"):
            subj = None
    return subj


def _inside_parts(t: Token, parts: Spans) -> bool:
    return any(a <= t.idx < b for a, b in parts)


def _part_sentences(doc: Doc, text: str, parts: Spans) -> list[Span]:
    """Sentences holding the start and end of each part, and the sentence after a part's end when the
    part closes its sentence and the next one is in the same paragraph."""
    out: list[Span] = []
    for a, b in parts:
        first = doc.char_span(a, min(a + 1, b), alignment_mode="expand")
        last = doc.char_span(max(b - 1, a), b, alignment_mode="expand")
        if first is None or last is None or not len(first) or not len(last):
            continue
        st = last[-1].sent
        found = [first[0].sent, st]
        if st.end < len(doc) and "\n" not in text[b : doc[st.end].idx] and st.end_char - b < 4:
            found.append(doc[st.end].sent)
        out.extend(x for x in found if all(o.start != x.start for o in out))
    return out


def _colon_intro(doc: Doc, text: str, s: int, parts: Spans) -> tuple[Token | None, Token | None]:
    """(speaker, verb) of "X said:" (or "X continued:") just before the quote's opening mark."""
    i = s - 1
    while i > 0 and (text[i].isspace() or text[i] in "\"“«'"):
        i -= 1
    colon = doc.char_span(i, i + 1, alignment_mode="expand") if i > 0 and text[i] == ":" else None
    if colon is None or not len(colon):
        return None, None
    for t in reversed(doc[colon[0].sent.start : colon[0].i]):
        if t.pos_ == "VERB" and t.lemma_.lower() in REPORT_VERBS:
            subj = _cue_subject(t, parts)
            if subj is not None:
                return subj, t
    return None, None


def _overlaps(sp: tuple[int, int], taken: Spans) -> bool:
    return any(sp[0] < b and a < sp[1] for a, b in taken)


def find_quotes(doc: Doc, actors=None) -> list[Quote]:
    """Convenience wrapper around a module-level :class:`QuoteFinder`."""
    return _FINDER.find(doc, actors)


def direct_quotes(doc: Doc, actors=None) -> list[Quote]:
    """Only the direct quotes (between quote marks) of ``doc``, with their speakers."""
    run = _Run(doc, actors)
    run.transcripts()
    run.direct()
    return run.direct_quotes


_FINDER = QuoteFinder()
