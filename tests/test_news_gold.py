"""The real-news gold tooling (eval/news-gold): loading, validation and matching, on files we write here."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tacitus.evaluation.news_gold import (
    GoldEvent,
    country_key,
    load_gold,
    locate,
    produced_key,
    same_country,
    validate,
)
from tacitus.evaluation.suites.news_gold import _same
from tacitus.events.cameo import CAMEO

TEXT = "Minister Ana Lopez criticized the Kremlin on Monday. President Biden‘s aides will visit Kyiv."


def _write(tmp_path, body: str):
    (tmp_path / "fundus_X_0.yaml").write_text(body, encoding="utf-8")
    return load_gold(tmp_path)


def test_load_and_validate(tmp_path):
    [article] = _write(tmp_path, """
article: fundus/X_0
split: dev
political: true
events:
  - {quote: "Ana Lopez criticized the Kremlin", trigger: criticized, code: "111", source: ESPGOV,
     target: RUSGOV}
  - {quote: "not in the text", trigger: nope, code: "999", source: usagov, target: null, modality: maybe}
""")
    assert article.key == "fundus/X_0" and article.split == "dev" and len(article.events) == 2
    problems = validate(article, TEXT, CAMEO.is_code)
    assert any("quote not found" in p for p in problems)
    assert any("'999' is not a CAMEO code" in p for p in problems)
    assert any("source 'usagov' is not an actor code" in p for p in problems)
    assert any("modality 'maybe' unknown" in p for p in problems)
    assert any("trigger 'nope' is not inside the quote" in p for p in problems)
    assert not any(p.startswith("event 0") for p in problems)


def test_quotes_are_found_across_apostrophe_normalisation():
    cleaned = TEXT.replace("\u2018", "\u2019")
    assert locate(cleaned, "President Biden\u2018s aides") == cleaned.index("President Biden\u2019s aides")


def test_actor_keys():
    assert country_key("USAGOV") == "USA" and country_key("IGOUNOKID") == "IGOUNOKID"
    assert produced_key(SimpleNamespace(code="CVL", country=None, sector="CVL")) == "---CVL"
    assert produced_key(SimpleNamespace(code="WST", country=None, sector="WST")) == "WST"
    assert same_country("---CVL", None, "source") and not same_country("---CVL", None, "target")


def _event(cameo, source, target):
    def actor(code):
        return (SimpleNamespace(code=code, country=code[:3], sector=code[3:6] or None)
                 if code else None)
    return SimpleNamespace(cameo=cameo, root=cameo[:2], source=actor(source), target=actor(target))


def test_matching_levels_and_the_intent_convention():
    gold = GoldEvent(quote="q", trigger="visit", code="042", source="USAGOV", target="UKRGOV",
                     modality="future")
    assert _same(gold, _event("042", "USAGOV", "UKR"), "dyad")
    assert _same(gold, _event("036", "USAGOV", "UKRGOV"), "exact")  # announced: the intent code counts
    assert not _same(gold, _event("042", "RUSGOV", "UKRGOV"), "dyad")
    asserted = GoldEvent(quote="q", trigger="visited", code="042", source="USAGOV", target="UKRGOV")
    assert not _same(asserted, _event("036", "USAGOV", "UKRGOV"), "dyad")


def test_trafilatura_pages_are_found_by_file_name(tmp_path):
    import datetime as dt
    import json

    from tacitus.evaluation.news_articles import article_path

    folder = tmp_path / "trafilatura-eval"
    folder.mkdir()
    (folder / "evaldata.json").write_text(json.dumps(
        {"https://example.org/a": {"file": "example.org.a.html", "date": "2020-01-02"}}), encoding="utf-8")
    path, url, date = article_path(tmp_path, "trafilatura/example.org.a.html")
    assert path == folder / "html" / "example.org.a.html.gz"
    assert (url, date) == ("https://example.org/a", dt.date(2020, 1, 2))
    with pytest.raises(ValueError, match="trafilatura/FILE"):
        article_path(tmp_path, "elsewhere/x")


def test_a_page_record_with_no_calendar_date_still_loads_without_one(tmp_path):
    import json

    from tacitus.evaluation.news_articles import article_path

    folder = tmp_path / "trafilatura-eval"
    folder.mkdir()
    (folder / "evaldata.json").write_text(json.dumps(
        {"https://example.org/b": {"file": "example.org.b.html", "date": "2019-13-01"}}), encoding="utf-8")
    assert article_path(tmp_path, "trafilatura/example.org.b.html")[2] is None


def test_geoparsing_corpus_articles_load_as_plain_text_with_a_date(tmp_path):
    import datetime as dt

    from tacitus.evaluation.news_articles import load_article

    folder = tmp_path / "geoparsing-gritta"
    folder.mkdir()
    (folder / "TR-News.xml").write_text(
        "<articles><article docid='7'><title>Minister resigns</title>"
        "<url>\n  http://example.org/news/minister-resigns</url>"
        "<dltime>Wed Nov 23, 2016 | 4:58pm EST</dltime>"
        "<text>The minister resigned on Tuesday. Police arrested two men.</text></article></articles>",
        encoding="utf-8")
    (folder / "GWN.xml").write_text(
        "<articles><article file='3'><title>T</title><link>http://example.org/2018/03/31/story</link>"
        "<text>The mayor met the governor.</text></article></articles>", encoding="utf-8")
    doc = load_article(tmp_path, "gritta/trnews/7")
    assert doc.text.startswith("The minister resigned") and doc.title == "Minister resigns"
    assert (doc.url, doc.published) == ("http://example.org/news/minister-resigns", dt.date(2016, 11, 23))
    assert load_article(tmp_path, "gritta/gwn/3").published == dt.date(2018, 3, 31)  # the URL's date
    (folder / "GeoVirus.xml").write_text(  # WikiNews articles by position, the URL in <source>
        "<articles><article><source>https://en.wikinews.org/wiki/A</source><text>First.</text></article>"
        "<article><source>https://en.wikinews.org/wiki/B</source><text>Health officials warned."
        "</text></article></articles>", encoding="utf-8")
    doc = load_article(tmp_path, "gritta/geovirus/1")
    assert (doc.text, doc.url) == ("Health officials warned.", "https://en.wikinews.org/wiki/B")
    with pytest.raises(ValueError, match="gritta/trnews/8"):
        load_article(tmp_path, "gritta/trnews/8")


def test_articles_whose_page_source_is_absent_are_skipped_and_said(tmp_path, monkeypatch, coder):
    import gzip
    import json

    from tacitus.evaluation.news_gold import GoldArticle
    from tacitus.evaluation.suite import RunContext
    from tacitus.evaluation.suites.news_gold import run

    fundus = tmp_path / "fundus-eval"
    (fundus / "html").mkdir(parents=True)
    page = ("<html><body><article><p>Police in Lagos arrested dozens of protesters on Monday.</p>"
            "</article></body></html>")
    (fundus / "html" / "Ex_0.html.gz").write_bytes(gzip.compress(page.encode()))
    (fundus / "ground_truth.json").write_text(json.dumps({"Ex_0.html.gz": {"url": "https://example.org/a"}}))
    monkeypatch.setenv("TACITUS_SHARED_DATA", str(tmp_path))
    articles = [GoldArticle("fundus/Ex_0", "test", True), GoldArticle("gritta/lgl/1", "test", True)]
    result = run(articles, RunContext(data_dir=tmp_path, coder=coder, split="test"))
    assert result.n_cases == 1
    assert "1 articles skipped: their pages are not in this shared folder" in result.notes


def test_judged_events_are_well_formed_and_never_on_a_test_page():
    import json
    from pathlib import Path

    from tacitus.evaluation.news_gold import load_gold

    repo = Path(__file__).resolve().parent.parent
    judged = [json.loads(line) for line in
              (repo / "eval" / "judged-events" / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    test_pages = {a.key for a in load_gold(repo / "eval" / "news-gold") if a.split != "dev"}
    assert len(judged) > 500
    for j in judged:
        assert j["verdict"] in ("ok", "partial", "wrong"), j
        assert j["page"].startswith(("gritta/", "trafilatura/", "wcxb/")), j  # (never the held-out benchmark)
        assert j["quote"] and j["trigger"] and CAMEO.is_code(j["code"]), j
        assert j["page"] not in test_pages, j["page"]  # (a page read, then annotated, is a dev page)

