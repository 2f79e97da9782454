"""Coder v2, session 21f: the countries of American and local pages (towns named like foreign cities, local
news that names no country) and the language of evaluation pages. Every sentence here is ours, written for
the test."""

from __future__ import annotations

from coded_events import root_dyads


# ---------------------------------------------------------------- evaluation pages keep their language
def test_an_evaluation_page_not_in_english_is_skipped_as_in_production(tmp_path, coder):
    from tacitus.evaluation.news_articles import load_article

    folder = tmp_path / "geoparsing-gritta"
    folder.mkdir()
    (folder / "GWN.xml").write_text(
        "<articles><article file='1'><title>Festnahme</title><link>http://example.org/2019/05/02/a</link>"
        "<text>Die Polizei hat am Dienstag in Hamburg zwei Männer festgenommen. Die Staatsanwaltschaft "
        "wirft ihnen vor, mehrere Geschäfte überfallen zu haben, und hat Anklage erhoben.</text></article>"
        "<article file='2'><title>Arrest</title><link>http://example.org/2019/05/02/b</link>"
        "<text>German police arrested two men in Hamburg on Tuesday. Prosecutors said the men had robbed "
        "several shops.</text></article></articles>", encoding="utf-8")
    german, english = (load_article(tmp_path, f"gritta/gwn/{n}") for n in (1, 2))
    assert german.language is None  # the coder finds it, as it does for a user's page
    coded = list(coder.code_documents([german, english]))
    assert coded[0].document.language == "de" and not coded[0].events
    assert coded[1].document.language == "en" and ("17", "DEU", "DEU") in root_dyads(coded[1])
