"""Over-coding on unseen pages (session 21e): every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples
from tacitus.events import domain

# ---------------------------------------------------------------- a page in another language
GERMAN_PAGE = ("Die Ausstattung des Advanced Trail Pro ist nicht schlecht, und der Rahmen ist auch "
               "mit dem Motor für die Berge gut. Sie ist das Beste von allen, und es ist ein Rad "
               "zu einem fairen Preis. "
               "Vorbau Advanced Trail 45 mm. Der Akku hält lange, und das ist für uns wichtig.")


def test_a_page_in_another_language_is_not_coded(coder):

    assert code(coder, GERMAN_PAGE).events == []
    assert domain.foreign_page([GERMAN_PAGE.lower().split()])


def test_an_english_page_with_a_foreign_quote_is_coded(coder):

    text = ("Russian troops attacked Ukrainian positions near Kharkiv on Monday, the ministry said. "
            "Protesters in Berlin chanted \"Nie wieder Krieg, und nicht in unserem Namen\".")
    assert ("190", "RUSMIL", "UKR") in [(e.cameo, e.source.code, e.target.code[:3]) for e in
                                        code(coder, text).events if e.target]
    assert not domain.foreign_page([text.lower().split()])


# ---------------------------------------------------------------- regulators' warnings
def test_a_regulator_warning_companies_over_illegal_sales_accuses_them(coder):
    c = code(coder, "The FDA has warned companies that have illegally sold unapproved diet drugs online.")
    assert triples(c) == [("112", "USAGOV", "USABUS")]
    c = code(coder, "The FDA warned Pfizer over unlawful sales of the drug.")
    assert [e.cameo for e in c.events] == ["112"]


def test_a_warning_of_a_shortage_stays_a_pessimistic_comment(coder):
    c = code(coder, "The FDA warned companies that supplies of the drug could run short this winter.")
    assert [e.cameo for e in c.events] == ["012"]
    c = code(coder, "The sheriff warned residents who live near the fair about criminals.")
    assert "112" not in [e.cameo for e in c.events]


# ---------------------------------------------------------------- advisories to the public
def test_a_consumer_advisory_is_not_an_event(coder):
    assert code(coder, "However, the FDA warns against buying medications from any source other than a "
                       "state-licensed pharmacy.").events == []


def test_a_warning_to_a_government_against_a_purchase_is_coded(coder):
    c = code(coder, "The union warned the government against buying cheap foreign steel.")
    assert [e.cameo for e in c.events] == ["012"]


# ---------------------------------------------------------------- quoted commands and chants
def test_a_chanted_command_is_not_the_act(coder):
    assert code(coder, 'Protesters shouted "arrest the minister" outside parliament.').events == []
    assert code(coder, 'The crowd chanted “Arrest the minister!” outside parliament.').events == []


def test_a_quoted_report_of_the_act_is_still_coded(coder):
    c = code(coder, '"Police arrested the minister on Monday," the spokesman said.')
    assert ("173", "COP", "GOV") in [(e.cameo, e.source.code[-3:], e.target.code[-3:]) for e in c.events]


# ---------------------------------------------------------------- staff against their company
def test_staff_criticism_of_their_company_is_a_company_matter(coder):
    assert code(coder, "Both Microsoft and Amazon have come under fire from activist tech workers who have "
                       "demanded they stop supplying technology to oil and gas companies.").events == []
    assert code(coder, "Amazon pledged to buy electric vans after employee activists pushed the retailer to "
                       "take a tougher stance on climate.").events == []


def test_staff_accusing_their_company_before_a_ministry_is_coded(coder):
    c = code(coder, "Workers at the factory accused Tesla of ignoring safety rules, and the labor ministry "
                    "opened an inquiry.")
    assert ("112", "LAB", "USABUS") in triples(c)


# ---------------------------------------------------------------- smoke advisories
def test_a_smoke_advisory_to_residents_is_safety_advice(coder):
    assert code(coder, "Health officials in Oregon urged residents to stay indoors because of the "
                       "smoke.").events == []


def test_an_appeal_to_a_governor_about_smog_is_coded(coder):
    c = code(coder, "The mayor urged the governor to act on the smog that chokes the city.")
    assert [e.cameo for e in c.events] == ["020"]


# ---------------------------------------------------------------- plots of films, novels and games
def test_the_plot_of_a_film_or_a_game_is_not_news(coder):
    assert code(coder, "In the film, Russian soldiers attack a village in Ukraine and arrest the "
                       "mayor.").events == []
    assert code(coder, "In the video game, players invade Poland and attack Warsaw.").events == []
    assert code(coder, "The series follows a CIA agent who kidnaps a Russian diplomat in "
                       "Berlin.").events == []


def test_a_series_of_attacks_and_history_told_by_a_film_are_coded(coder):
    c = code(coder, "In a series of attacks, Russian troops shelled Kharkiv on Monday.")
    assert [e.cameo for e in c.events] == ["194"]
    c = code(coder, "The new film depicts how police arrested Nelson Mandela in 1962.")
    assert [e.cameo for e in c.events] == ["173"]
