"""Property-based tests (hypothesis) on arbitrary input: ingest never raises anything but a coded
``InputError``, never lets a character through that UTF-8 consumers refuse, and the coder codes whatever
text ingest accepts without raising. Few examples each and the spaCy model loaded once (the session
coder), so the file runs in seconds."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.errors import InputError
from tacitus.ingest import Rejected, decode_bytes, document_from_html, document_from_text, read_inputs
from tacitus.model import Document

# $TACITUS_PROPERTY_EXAMPLES raises the counts for a longer hunt (docs/RELIABILITY.md)
_N = int(os.environ.get("TACITUS_PROPERTY_EXAMPLES", "0"))
_QUIET = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
FEW = settings(max_examples=_N or 40, **_QUIET)
SOME = settings(max_examples=_N or 15, **_QUIET)

# text with the characters that break things: controls, surrogates (from JSON), RTL, zero-width, CJK …
hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.sampled_from(list("\x00\r\n\t\u2028\u2029\ufeff\u200b\u202e\ud800\udfff<>&\"'{}[]")),
    ),
    max_size=300,
)
newsy_text = st.lists(
    st.sampled_from(
        ["Russia", "attacked", "Ukraine", "on", "Monday", ".", "The", "UN", "condemned", "the", "strike", ",",
         "\n", "Iran", "said", "talks", "in", "Geneva", "will", "resume", "\u201c", "\u201d", "12", "people",
         "were", "killed", "\u00e9", "\ud83d\ude00", "\u0645\u0631\u062d\u0628\u0627"]
    ),
    max_size=60,
).map(" ".join)


def utf8_clean(text: str | None) -> bool:
    if text is None:
        return True
    text.encode("utf-8")  # raises on lone surrogates
    return True


def check_doc(doc: Document) -> None:
    assert doc.text and doc.text == doc.text.strip()
    for value in (doc.text, doc.title, doc.url, doc.source, doc.origin):
        assert utf8_clean(value)


@FEW
@given(st.binary(max_size=2000))
def test_decode_bytes_raises_only_coded_errors(data):
    try:
        text = decode_bytes(data)
    except InputError as exc:
        assert str(exc)[:4] in ("E002", "E003")
        return
    assert isinstance(text, str)


@FEW
@given(hostile_text)
def test_document_from_text_is_a_clean_document_or_a_coded_error(text):
    try:
        doc = document_from_text(text, title=text[:20], url=text[:30])
    except InputError as exc:
        assert str(exc).startswith("E0")
        return
    check_doc(doc)


@FEW
@given(st.one_of(hostile_text.map(lambda t: f"<html><body><p>{t}</p></body></html>"),
                 st.binary(max_size=1500)))
def test_document_from_html_is_a_clean_document_or_a_coded_error(html):
    try:
        doc = document_from_html(html)
    except InputError as exc:
        assert str(exc).startswith("E0")
        return
    check_doc(doc)


@SOME
@given(
    name=st.binary(min_size=1, max_size=40).filter(
        lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")),
    suffix=st.sampled_from([b".txt", b".html", b".jsonl", b".json", b".txt.gz", b""]),
    data=st.binary(max_size=1500),
)
def test_read_inputs_never_raises_on_any_file(tmp_path_factory, name, suffix, data):
    folder = tmp_path_factory.mktemp("prop")
    with open(os.path.join(os.fsencode(folder), name + suffix), "wb") as fh:
        fh.write(data)
    for item in read_inputs([str(folder)]):
        assert isinstance(item, Document | Rejected)
        if isinstance(item, Rejected):
            assert item.reason[:1] == "E" and utf8_clean(item.reason) and utf8_clean(item.origin)
        else:
            check_doc(item)


@pytest.fixture(scope="module")
def memory_store():
    from tacitus.store import Store

    store = Store(":memory:")
    yield store
    store.close()


@SOME
@given(st.one_of(newsy_text, hostile_text))
def test_coder_codes_any_accepted_text_and_the_store_takes_it(coder, memory_store, text):
    try:
        doc = document_from_text(text)
    except InputError:
        return
    coded = coder.code_text(doc.text)
    assert coded.status in ("ok", "skipped", "error")
    assert coded.status != "error", coded.reason
    n = len(coded.document.text)
    for e in coded.events:
        assert 0 <= e.trigger.start < e.trigger.end <= n
        for actor in (e.source, e.target):
            assert actor is None or actor.start is None or 0 <= actor.start < actor.end <= n
    memory_store.add([coded])
