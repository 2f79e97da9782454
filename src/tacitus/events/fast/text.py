"""The fast mode's text layer: a regex tokenizer that also splits sentences and looks up lemmas.

No statistical component runs: spaCy's rule tokenizer alone costs about 10 µs a token on our machine
(five times this one), so ``--fast`` tokenizes with one regular expression, builds the ``Doc`` directly
(words, spaces, lemmas, sentence starts) and gives the coder plain lists (:class:`Tokens`).

Tokens follow spaCy's English conventions where the coder depends on them: clitics are split
("Russia's" → "Russia" "'s", "don't" → "do" "n't"), hyphens are tokens of their own ("US-backed" →
"US" "-" "backed"), dotted acronyms and title abbreviations keep their period ("U.S.", "Gen.").
Sentences end at a line break and at "." "!" "?" before a capitalised word, a digit or a quote.
Lemmas come from a lookup table (:func:`tacitus.nlp.inflect.lemma_table`) over the words our
lexicons use; any other word's lemma is its lower-case form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, sub

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp.abbreviations import TITLE_ABBREVIATIONS

ABBREVIATIONS = "|".join((
    "Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|St|Jr|Mt|Rev",
    "|".join(a.rstrip(".") for a in TITLE_ABBREVIATIONS),
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Corp|vs|etc|approx",
))
TOKEN = (
    # first, what most words are (a shortcut, the same token as ``\w+`` below): letters before neither a
    # period, an apostrophe nor a digit, which none of the other alternatives could take
    r"[^\W\d_]+(?![.'’\w])"
    r"|(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    rf"|\b(?:{ABBREVIATIONS})\.(?!\w)"  # Gen., Mr.
    r"|\d+(?:[.,:/]\d+)*"  # 1,000  3.5  9/11
    r"|[^\W\d_]+(?=n['’]t\b)"  # "do" of "don't"
    r"|(?i:n['’]t)\b"
    r"|['’](?i:s|re|ve|ll|d|m)\b"
    r"|\w+"
    r"|\S"
)
TOKEN_RE = re.compile(rf"(\s+)|({TOKEN})")  # whitespace run | token
GAP_TOKEN_RE = re.compile(rf"(\s*)({TOKEN})")  # the same tokens, each with the whitespace before it
SENTENCE_END = frozenset({".", "!", "?"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})
OPENERS = frozenset({'"', "“", "‘", "'", "("})
USER_DATA_KEY = "tacitus_fast_tokens"
FAST_TOKENIZER = "tacitus.fast_tokenizer.v1"


def tokenize(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags, spaCy style: one space after a token is its whitespace, any other
    run of whitespace is a token of its own."""
    words: list[str] = []
    spaces: list[bool] = []
    for ws, tok in TOKEN_RE.findall(text):
        if tok:
            words.append(tok)
            spaces.append(False)
        elif ws == " " and words and not spaces[-1]:
            spaces[-1] = True
        else:
            if words and not spaces[-1] and ws[0] == " ":
                spaces[-1] = True
                ws = ws[1:]
            words.append(ws)
            spaces.append(False)
    return words, spaces


def sentence_starts(words: list[str], spaces: list[bool] | None = None) -> list[bool]:
    """True at the first word of each sentence (line breaks and end punctuation; never on whitespace).
    A quote right after an end mark closes the sentence; after a space it opens the next one."""
    starts = [False] * len(words)
    pending = True  # the next word starts a sentence
    after_end = False  # an end mark was seen: the next word starts one if it looks like a start
    for i, w in enumerate(words):
        if w[0].isspace():
            if "\n" in w:
                pending = True
            continue
        if after_end and not pending and w in CLOSERS and (spaces is None or not spaces[i - 1]):
            continue  # 'he said "No." Then …': the closing quote ends the sentence with its period
        if pending or (after_end and (w[0].isupper() or w[0].isdigit() or w in OPENERS)):
            starts[i] = True
        pending = False
        after_end = w in SENTENCE_END
    return starts


def _sentence_bounds(words: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """(first, last + 1) word of each sentence, as :func:`sentence_starts` splits them, from the words
    (no whitespace) and the whitespace before each: a sentence starts at the first word, after a line
    break, and after an end mark (closing quotes right after it skipped) at a capital, a digit or an
    opening quote."""
    n = len(words)
    if not n:
        return []
    starts = {0}
    starts.update(compress(range(n), map(str.__contains__, gaps, repeat("\n"))))
    for e in compress(range(n), map(SENTENCE_END.__contains__, words)):
        j = e + 1
        while j < n and words[j] in CLOSERS and gaps[j] != " " and "\n" not in gaps[j]:
            j += 1  # 'he said "No." Then …': the closing quote ends the sentence with its period
        if j < n:
            w = words[j]
            if w[0].isupper() or w[0].isdigit() or w in OPENERS:
                starts.add(j)
    cuts = sorted(starts)
    return list(zip(cuts, [*cuts[1:], n], strict=True))


class FastTokenizer:
    """``nlp.tokenizer`` for the fast pipeline: text → Doc with words, spaces, lemmas and sentences."""

    def __init__(self, vocab, lemmas: dict[str, str]) -> None:
        self.vocab = vocab
        self.lemmas = lemmas

    def __call__(self, text: str) -> Doc:
        # the same tokens, sentences and lemmas as tokenize() → sentence_starts() → a loop over the words,
        # built list by list: one regex pass gives each token with the whitespace before it, and only the
        # tokens after a line break or an end mark are looked at one by one
        pairs = GAP_TOKEN_RE.findall(text)
        gaps, kept = list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs))
        n = len(kept)
        lengths = list(map(len, kept))
        offsets = list(map(sub, accumulate(map(add, map(len, gaps), lengths)), lengths))
        lower = list(map(str.lower, kept))
        if "’" in text:  # "Russia’s", "don’t": the coder reads straight apostrophes
            lower = [w.replace("’", "'") if "’" in w else w for w in lower]
        lemma = list(map(self.lemmas.get, lower, lower))
        bounds = _sentence_bounds(kept, gaps)
        sent: list[int] = []
        for k, (a, b) in enumerate(bounds):
            sent += repeat(k, b - a)
        # index of each token among the Doc's words, whitespace tokens included (sentence_starts' words)
        spaced = [g != "" and g != " " for g in gaps]
        if n and gaps[0] == " ":
            spaced[0] = True  # leading whitespace is a token of its own even when it is one space
        where = list(map(add, range(n), accumulate(spaced)))
        # the fast coder reads the lists below, never the Doc's tokens: an empty Doc carries them (a Doc of
        # every word cost a third of fast mode's time in spaCy's vocabulary and arrays)
        doc = Doc(self.vocab, words=[])
        doc.user_data[USER_DATA_KEY] = (text, kept, lower, lemma, offsets, sent, where, bounds)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> FastTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> FastTokenizer:
        return self


@spacy.registry.tokenizers(FAST_TOKENIZER)
def _fast_tokenizer_factory():
    return lambda nlp: FastTokenizer(nlp.vocab, {})


def fast_pipeline(lemmas: dict[str, str]) -> Language:
    """A blank English pipeline whose only step is :class:`FastTokenizer` (no tagger, parser or NER).
    The tokenizer is named in the config, so spaCy never builds (and compiles the rules of) its own."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": FAST_TOKENIZER}}})
    nlp.tokenizer.lemmas = lemmas
    return nlp


@dataclass(slots=True)
class SentenceText:
    """A sentence of the fast pipeline: its text and offsets, and the next sentence's text."""

    text: str
    start_char: int
    end_char: int
    following: str | None = None


@dataclass(slots=True)
class Tokens:
    """One document as plain lists (whitespace tokens dropped): what the fast coder reads."""

    text: str
    words: list[str]
    lower: list[str]
    lemma: list[str]
    start: list[int]  # character offset of each token
    sent: list[int]  # sentence index of each token
    where: list[int]  # index of each token in the Doc
    doc: Doc
    sentence_spans: list[tuple[int, int]] | None = None  # bounds(), once known (the tokenizer gives them)

    @classmethod
    def from_doc(cls, doc: Doc) -> Tokens:
        """The lists the fast tokenizer stored with the Doc, or read off any other Doc."""
        stored = doc.user_data.get(USER_DATA_KEY)
        if stored is not None:
            text, words, lower, lemma, start, sent, where, spans = stored  # (Doc.text would join every token)
            return cls(text, words, lower, lemma, start, sent, where, doc, sentence_spans=spans)
        words, lower, lemma, start, sent, where = [], [], [], [], [], []
        si = -1
        for t in doc:
            if t.is_sent_start:
                si += 1
            if t.is_space:
                continue
            w = t.text
            words.append(w)
            low = w.lower().replace("’", "'")
            lower.append(low)
            lemma.append(t.lemma_ or low)
            start.append(t.idx)
            sent.append(max(si, 0))
            where.append(t.i)
        return cls(doc.text, words, lower, lemma, start, sent, where, doc)

    def bounds(self) -> list[tuple[int, int]]:
        """(first, last + 1) token of each sentence (sentences without words are left out)."""
        if self.sentence_spans is not None:
            return self.sentence_spans
        out: list[tuple[int, int]] = []
        for i, s in enumerate(self.sent):
            if i == 0 or s != self.sent[i - 1]:
                out.append((i, i + 1))
            else:
                out[-1] = (out[-1][0], i + 1)
        self.sentence_spans = out
        return out

    def span(self, first: int, last: int) -> SentenceText:
        """The sentence holding tokens ``first`` … ``last`` (its words), with the text of the next one."""
        lo, hi = first, last + 1
        while lo > 0 and self.sent[lo - 1] == self.sent[first]:
            lo -= 1
        while hi < len(self.sent) and self.sent[hi] == self.sent[last]:
            hi += 1
        nxt = hi
        while nxt < len(self.sent) and self.sent[nxt] == self.sent[hi]:
            nxt += 1
        following = self.text[self.start[hi]:self.end(nxt - 1)] if hi < len(self.sent) else None
        start, end = self.start[lo], self.end(hi - 1)
        return SentenceText(self.text[start:end], start, end, following)

    def end(self, i: int) -> int:
        """Character offset just after token ``i``."""
        return self.start[i] + len(self.words[i])

    def __len__(self) -> int:
        return len(self.words)
