"""Tests for tacitus.ingest: formats, furniture stripping, decoding and coded rejections."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.ingest import (
    IngestOptions,
    Rejected,
    clean_text,
    decode_bytes,
    document_from_html,
    document_from_text,
    read_inputs,
)
from tacitus.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE_HTML = FIXTURES / "article.html"
SCRAPED_TXT = FIXTURES / "scraped.txt"

BODY = (
    "The foreign ministers of Vantoria and Ostrelia met in Port Ellis on Tuesday to discuss "
    "the disputed border. They agreed to set up a joint commission."
)


def read_all(paths, options=None, stdin=None):
    return list(read_inputs([str(p) for p in paths], options, stdin=stdin))


def docs_of(items):
    return [i for i in items if isinstance(i, Document)]


def rejected_of(items):
    return [i for i in items if isinstance(i, Rejected)]


# --- furniture ---------------------------------------------------------------------------------


def test_scraped_article_furniture_removed_sentences_kept():
    doc = document_from_text(SCRAPED_TXT.read_text(encoding="utf-8"), origin="scraped")
    lines = doc.text.split("\n")
    assert lines[0].startswith("VANTORIA CITY (Reuters) - The government")
    assert lines[-1] == (
        "The United Nations envoy called for restraint and urged both sides to return to the "
        "negotiating table."
    )
    assert "Share prices fell on Monday." in lines
    assert "Loading of aid trucks began at dawn." in lines
    for junk in ("English", "Loading...", "By John Smith", "September 29, 2016", "Advertisement",
                 "Photo:", "Reporting by", "cookies", "©", "Share this"):  # fmt: skip
        assert junk not in doc.text, junk
    assert "Loading" not in lines
    assert len(lines) == 5


@pytest.mark.parametrize(
    "line",
    [
        "English | Français | Español",
        "العربية",
        "Русский",
        "Deutsch",
        "Loading...",
        "Share",
        "Tweet",
        "ADVERTISEMENT",
        "Skip to content",
        "Sign in",
        "Subscribe",
        "Read more",
        "Related",
        "Related: Aid agencies warn of food shortages in besieged areas",
        "Comments",
        "This site uses cookies.",
        "Accept all cookies",
        "© 2016 Example Media",
        "All rights reserved",
        "By John Smith",
        "By John Smith and Jane Doe, Reuters",
        "Reporting by John Smith; Editing by Jane Doe",
        "29 September 2016",
        "Updated: Sept. 29, 2016 at 10:42 a.m.",
        "Photo: AFP",
        "Follow us on Twitter",
    ],
)
def test_furniture_line_at_edge_is_removed(line):
    text = f"{line}\n{BODY}\n{line}"
    assert clean_text(text) == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices fell on Monday.",
        "Loading of aid trucks began at dawn.",
        "By Tuesday, the troops had left the city.",
        "Reporting by state media suggested the attack killed 12 people.",
        "Comments by the minister angered the opposition.",
        "English and French are official languages of Cameroon.",
        "Related talks will take place in Geneva next week.",
        "Subscribe to the idea that sanctions work, and you will be disappointed, he said.",
    ],
)
def test_real_sentences_are_kept(sentence):
    assert clean_text(f"{sentence}\n{BODY}\n{sentence}") == f"{sentence}\n{BODY}\n{sentence}"


def test_edge_only_patterns_kept_in_middle():
    middle = ["First paragraph.", "Second paragraph.", "Third paragraph.", "Fourth paragraph."]
    text = "\n".join([*middle, "By John Smith", *middle])
    assert "By John Smith" in clean_text(text)
    text = "\n".join([*middle, "Advertisement", *middle])  # "anywhere" pattern
    assert "Advertisement" not in clean_text(text)


def test_clean_text_whitespace():
    raw = "  Talks  resumed\u00a0on\tMonday.\r\n\r\n\r\nThe  envoy\u200b said\nthat more was needed.\n\n---\n"
    assert clean_text(raw) == "Talks resumed on Monday.\nThe envoy said that more was needed."


# --- documents ---------------------------------------------------------------------------------


def test_document_from_text_metadata_and_id():
    a = document_from_text(BODY, url="https://www.example.org/a", published=dt.date(2016, 9, 29))
    b = document_from_text("  " + BODY.replace(" ", "  ") + "\n\nShare\n")
    assert a.id == b.id and len(a.id) == 16
    assert a.source == "example.org"
    assert a.published == dt.date(2016, 9, 29)
    assert document_from_text("Something else entirely happened today.").id != a.id


def test_document_from_text_empty_raises_e001():
    with pytest.raises(InputError, match="E001"):
        document_from_text("  \n Share \n Loading... \n")


def test_document_from_html_metadata():
    doc = document_from_html(ARTICLE_HTML.read_bytes(), origin="article.html")
    assert doc.title == "Ceasefire talks resume in Vantoria"
    assert doc.published == dt.date(2016, 9, 29)
    assert doc.source == "The Meridian Herald"
    assert doc.url == "https://www.meridianherald.example/world/ceasefire-talks-resume"
    assert "Negotiators from the government of Vantoria" in doc.text
    assert "Share prices on the Port Ellis exchange rose sharply" in doc.text
    for junk in ("Skip to content", "Sign in", "Français", "cookies", "All rights reserved", "Tweet"):
        assert junk not in doc.text, junk


def test_document_from_html_explicit_date_and_host_fallback():
    html = (
        "<html><body><div>"
        + "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(3))
        + "</div></body></html>"
    )
    doc = document_from_html(html, url="https://www.news.example/x", published=dt.date(2020, 1, 2))
    assert doc.published == dt.date(2020, 1, 2)
    assert doc.source == "news.example"
    assert "joint commission" in doc.text


def test_document_from_html_fallback_and_empty():
    doc = document_from_html("<html><body><p>Rebels shelled the market in Port Ellis.</p></body></html>")
    assert "Rebels shelled the market" in doc.text
    with pytest.raises(InputError, match="E001"):
        document_from_html("<html><head><title>x</title></head><body><nav>Menu</nav></body></html>")


# --- decoding ----------------------------------------------------------------------------------


def test_decode_bytes():
    assert decode_bytes("café".encode()) == "café"
    assert decode_bytes(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"
    assert decode_bytes("Le café est fermé.".encode("cp1252")) == "Le café est fermé."
    assert decode_bytes("“Quoted” – dash".encode("cp1252")) == "“Quoted” – dash"
    with pytest.raises(InputError, match="E002"):
        decode_bytes(b"abc\x00\x00def")
    with pytest.raises(InputError, match="E002"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError, match="E003"):
        decode_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20)


# --- read_inputs -------------------------------------------------------------------------------


def test_read_text_and_html_files(tmp_path):
    txt = tmp_path / "story.txt"
    txt.write_text(BODY, encoding="utf-8")
    items = read_all([txt, ARTICLE_HTML])
    assert [type(i) for i in items] == [Document, Document]
    assert items[0].origin == str(txt) and items[0].text == BODY
    assert items[1].source == "The Meridian Herald"


def test_read_jsonl_default_fields_and_errors(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": BODY, "url": "https://www.daily.example/a", "date": "2016-09-29"}),
        "{not json",
        json.dumps({"id": "a3", "headline": "no text here"}),
        "",
        json.dumps({"content": "Troops withdrew from the three northern towns.",
                    "published": "Sept. 30, 2016", "source_name": "Daily Example", "title": " A  title "}),
        json.dumps({"html": ARTICLE_HTML.read_text(encoding="utf-8")}),
        json.dumps(["not", "an", "object"]),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all([path])
    docs, rej = docs_of(items), rejected_of(items)
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:5", f"{path}:6"]
    assert docs[0].source == "daily.example" and docs[0].published == dt.date(2016, 9, 29)
    assert docs[1].source == "Daily Example" and docs[1].published == dt.date(2016, 9, 30)
    assert docs[1].title == "A title"
    assert docs[2].title == "Ceasefire talks resume in Vantoria"
    assert [r.origin for r in rej] == [f"{path}:2", f"{path}:3", f"{path}:7"]
    assert rej[0].reason.startswith("E004") and "line 2" in rej[0].reason
    assert rej[1].reason.startswith("E005") and rej[1].doc_id == "a3"
    assert rej[2].reason.startswith("E004")


def test_read_jsonl_custom_fields(tmp_path):
    path = tmp_path / "custom.ndjson"
    rec = {"story": BODY, "link": "https://news.example/s", "headline": "Commission agreed",
           "when": "2015-03-02T08:00:00+01:00", "outlet_name": "News Example"}  # fmt: skip
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    opts = IngestOptions(text_field="story", url_field="link", title_field="headline",
                         date_field="when", source_field="outlet_name")  # fmt: skip
    (doc,) = read_all([path], opts)
    assert doc.text == BODY
    assert (doc.url, doc.title, doc.source) == ("https://news.example/s", "Commission agreed", "News Example")
    assert doc.published == dt.date(2015, 3, 2)
    # the default field names are not consulted when a field is named explicitly
    (rej,) = read_all([path], IngestOptions(text_field="body"))
    assert rej.reason.startswith("E005") and "body" in rej.reason


def test_read_json_array_file(tmp_path):
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": BODY}, {"text": "Another report of shelling."}], indent=2))
    docs = read_all([path])
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:2"]


def test_default_and_forced_date(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps({"text": BODY, "date": "2016-09-29"}) + "\n" + json.dumps({"text": "No date."})
    )
    default = dt.date(2020, 5, 5)
    docs = read_all([path], IngestOptions(default_date=default))
    assert [d.published for d in docs] == [dt.date(2016, 9, 29), default]
    docs = read_all([path], IngestOptions(default_date=default, force_date=True))
    assert [d.published for d in docs] == [default, default]


def test_read_directory(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_bytes(ARTICLE_HTML.read_bytes())
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Talks collapsed again on Friday."}) + "\n")
    (tmp_path / "noext").write_text("Protesters gathered outside parliament.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("hidden too")
    items = read_all([tmp_path])
    assert all(isinstance(i, Document) for i in items)
    assert [Path(i.origin).name for i in items] == ["a.txt", "2.html", "c.jsonl:1", "noext"]


def test_stdin_formats():
    (doc,) = read_all(["-"], stdin=io.BytesIO(BODY.encode()))
    assert doc.origin == "stdin" and doc.text == BODY
    stream = io.BytesIO(b"\n" + json.dumps({"text": BODY}).encode() + b"\n{bad\n")
    items = read_all(["-"], stdin=stream)
    assert isinstance(items[0], Document) and items[0].origin == "stdin:2"
    assert isinstance(items[1], Rejected) and items[1].origin == "stdin:3" and "E004" in items[1].reason
    (doc,) = read_all(["-"], stdin=io.BytesIO(ARTICLE_HTML.read_bytes()))
    assert doc.title == "Ceasefire talks resume in Vantoria"
    (doc,) = read_all(["-"], stdin=io.StringIO(BODY))  # a text stream works too
    assert doc.text == BODY


def test_bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank_html = tmp_path / "blank.html"
    blank_html.write_text("<html><body>   </body></html>")
    binary = tmp_path / "data.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    cp1252 = tmp_path / "cafe.txt"
    cp1252.write_bytes("Le café de la place a fermé après les manifestations.".encode("cp1252"))
    explicit_pdf = tmp_path / "scan.pdf"
    explicit_pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    missing = tmp_path / "missing.txt"
    items = read_all([empty, blank_html, binary, cp1252, explicit_pdf, missing])
    reasons = [i.reason[:4] if isinstance(i, Rejected) else "doc" for i in items]
    assert reasons == ["E001", "E001", "E002", "doc", "E002", "E006"]
    assert items[3].text == "Le café de la place a fermé après les manifestations."
    assert items[5].origin == str(missing)


def test_explicit_unknown_extension_text_is_read(tmp_path):
    path = tmp_path / "story.article"
    path.write_text(BODY)
    (doc,) = read_all([path])
    assert doc.text == BODY


def test_forced_format(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(ARTICLE_HTML.read_bytes())
    (doc,) = read_all([path], IngestOptions(fmt="html"))
    assert doc.title == "Ceasefire talks resume in Vantoria"
    with pytest.raises(ValueError):
        IngestOptions(fmt="pdf")


def test_section_menu_line_at_the_top_is_furniture():
    from tacitus.ingest import clean_text

    text = (
        "Home | World | Middle East | Opinion | Video\nRebels attacked the town on Monday, officials said.\n"
    )
    assert clean_text(text) == "Rebels attacked the town on Monday, officials said."
    kept = "Rebels attacked the town on Monday, officials said.\nSyria | Aleppo | Idlib were hit, he said."
    assert "Aleppo" in clean_text(kept)
