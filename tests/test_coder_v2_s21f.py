"""Coder v2, session 21f: the countries of American and local pages (towns named like foreign cities, local
news that names no country) and the language of evaluation pages. Every sentence here is ours, written for
the test."""

from __future__ import annotations

from coded_events import root_dyads


def _countries(coder, text):
    return root_dyads(coder.code_text(text))


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


# ---------------------------------------------------------------- American local news
def test_a_town_after_a_house_number_and_street_is_american_local_news(coder):
    got = _countries(coder, "Alexandria police arrested a woman on Sunday. Rita Jones, 33, of 1410 Lee St., "
                            "Alexandria, was charged with a felony count of theft.")
    assert ("17", "USA", "USA") in got and not any("EGY" in (s, t) for _r, s, t in got)


def test_a_numbered_street_makes_a_namesake_town_american(coder):
    got = _countries(coder, "Police arrested a man near Elm Avenue and West 9th Street in San Pedro on "
                            "Monday. Officers said he had fired two shots.")
    assert ("17", "USA", "USA") in got and not any("PHL" in (s, t) for _r, s, t in got)


def test_a_county_named_with_an_inner_capital_is_american(coder):
    got = _countries(coder, "A DuPage County judge sentenced a former teacher on Tuesday. Prosecutors said "
                            "the teacher had stolen from the school.")
    assert ("17", "USA", "USA") in got


def test_alexandria_in_an_egyptian_story_stays_egyptian(coder):
    got = _countries(coder, "Egyptian police in Alexandria arrested a woman on Sunday. The police said she "
                            "was charged with theft.")
    assert ("17", "EGY", "EGY") in got and not any("USA" in (s, t) for _r, s, t in got)


def test_a_canadian_street_address_is_no_american_sign(coder):
    got = _countries(coder, "Police in London, Ontario, arrested a man at 410 Queens Ave., London, on "
                            "Friday. Officers said he had robbed a bank.")
    assert got and not any("USA" in (s, t) for _r, s, t in got)


def test_the_block_of_a_street_is_how_american_police_reports_write(coder):
    got = _countries(coder, "A man was shot in the 900 block of Pine Road on Sunday. Police arrested a "
                            "suspect in Paris hours later.")
    assert ("17", "USA", "USA") in got and not any("FRA" in (s, t) for _r, s, t in got)


def test_the_police_of_new_york_city_are_american(coder):
    got = _countries(coder, "A boxer has been arrested and charged with assault after a brawl at an arena, "
                            "the NYPD says.")
    assert ("17", "USA", "USA") in got


# ---------------------------------------------------------------- a home town is no nationality
def test_a_capital_as_someones_home_town_in_a_story_of_a_state_is_the_states_town(coder):
    got = _countries(coder, "Texas police arrested a Paris man on Monday.")
    assert got == [("17", "USA", "USA")]


def test_a_capital_as_home_town_stays_the_capital_when_the_story_names_its_country(coder):
    got = _countries(coder, "Texas police arrested a Paris man on Monday. French officials said he was a "
                            "tourist.")
    assert ("17", "USA", "FRA") in got
