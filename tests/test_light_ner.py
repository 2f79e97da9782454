"""Entities without the NER model (tacitus.nlp.light_ner); texts written for the test."""

from __future__ import annotations

import pytest

from tacitus.nlp.light_ner import LightNer
from tacitus.nlp.model import load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model(ner="light")


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_the_model_ner_is_replaced(nlp):
    assert "ner" in nlp.pipe_names and isinstance(nlp.get_pipe("ner"), LightNer)
    with pytest.raises(ValueError, match="ner must be one of"):
        load_model(ner="spacy-large")


def test_names_are_typed_by_our_data(nlp):
    found = ents(nlp, "Senator Jane Holt met Tony Fernandes of the Bank of England in Kuala Lumpur on "
                      "Wednesday. Fernandes said Israeli troops had left Hamas territory.")
    assert ("Jane Holt", "PERSON") in found  # a given name; "Senator" stays outside
    assert ("Bank of England", "ORG") in found  # a name joined by "of"
    assert ("Kuala Lumpur", "GPE") in found  # the gazetteer
    assert ("Wednesday", "DATE") in found
    assert ("Fernandes", "PERSON") in found  # the surname of a person named in full
    assert ("Israeli", "NORP") in found and ("Hamas", "ORG") in found


def test_a_run_is_split_before_a_given_name_and_after_a_nationality(nlp):
    found = ents(nlp, "US Secretary of State John Kerry warned Russian Foreign Minister Sergei Lavrov.")
    assert ("John Kerry", "PERSON") in found and ("Sergei Lavrov", "PERSON") in found
    assert ("Russian", "NORP") in found


def test_unknown_names_are_people_unless_their_words_say_otherwise():
    import spacy
    from spacy.tokens import Doc

    ner = LightNer(kinds={}, is_place=lambda t, locative: False, demonym=lambda t: False, given=frozenset(),
                   org_words=frozenset({"association"}), common=frozenset({"capital"}))
    words = ["Crystal", "Heath", "met", "Capital", "Ventures", "and", "Vermont", "Principals", "Association"]
    tags = ["NNP", "NNP", "VBD", "NNP", "NNP", "CC", "NNP", "NNP", "NNP"]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags)
    assert [(e.text, e.label_) for e in ner(doc).ents] == [
        ("Crystal Heath", "PERSON"), ("Capital Ventures", "ORG"), ("Vermont Principals Association", "ORG")]


def test_dates_are_month_names_with_their_day_and_year_and_years_after_a_preposition(nlp):
    found = ents(nlp, "In a memo dated March 13, 2023, the group said that since 2019 the school had failed. "
                      "On Oct. 7 Hamas attacked Israel.")
    assert {("March 13, 2023", "DATE"), ("2019", "DATE"), ("Oct. 7", "DATE")} <= set(found)


@pytest.mark.parametrize("text, expected", [
    ("Rep. Chip Roy of Texas wrote the bill.", [("Chip Roy", "PERSON"), ("Texas", "GPE")]),  # "of" a place
    ("The University of Texas said so.", [("University of Texas", "ORG")]),
    ("Donald Trump won the Michigan Republican caucuses.", [("Michigan", "GPE")]),  # a state and its party
    ("Senator Mitch McConnell met Ron DeSantis.",
     [("Mitch McConnell", "PERSON"), ("Ron DeSantis", "PERSON")]),  # capitals inside a surname
    ("Mrs Hamilton presented the award.", [("Hamilton", "PERSON")]),  # an honorific before a town's name
    ("The American Property Casualty Insurance Association said so.",
     [("American Property Casualty Insurance Association", "ORG")]),
    ("He is Canadian-American.", []),  # never a place
])
def test_names_found_reading_real_pages(nlp, text, expected):
    found = ents(nlp, text)
    assert all(e in found for e in expected), found
    assert not any(label == "GPE" for t, label in found if "American" in t)


@pytest.mark.parametrize("text, date", [
    ("It opened on 2 April.", "2 April"), ("It opened on May 17.", "May 17"),
    ("It opened on 17 May 2023.", "17 May 2023"), ("The 2024 election was close.", "2024"),
    ("The agency investigates the company this week.", "this week"), ("He left yesterday.", "yesterday"),
])
def test_dates_with_the_day_first_and_bare_years(nlp, text, date):
    assert (date, "DATE") in ents(nlp, text)


def test_a_count_and_a_surname_are_no_dates(nlp):
    assert ents(nlp, "He sent 2000 troops.") == []
    assert ("Theresa May", "PERSON") in ents(nlp, "Theresa May said so.")


@pytest.mark.parametrize("text, expected", [
    ("Senator Holden said Barger took bribes.", [("Barger", "PERSON")]),  # a lone unknown name: a surname
    ("The Miami Seaquarium opened. The Seaquarium said so.", [("Seaquarium", "ORG")]),  # … ending a body's
    ("Dana King met the press. King said so.", [("Dana King", "PERSON"), ("King", "PERSON")]),
    ("Israel accused the UN Relief and Works Agency.", [("UN Relief and Works Agency", "ORG")]),
    ("A strike killed soldiers near Deir ez-Zor.", [("Deir ez-Zor", "GPE")]),  # particles inside a name
    ("Ursula von der Leyen said so.", [("Ursula von der Leyen", "PERSON")]),
])
def test_lone_names_titles_and_bodies_joined_by_and(nlp, text, expected):
    found = ents(nlp, text)
    assert all(e in found for e in expected), found


def test_a_word_before_a_title_is_part_of_the_title(nlp):
    assert not [e for e in ents(nlp, "The Foreign Secretary said so.") if e[0] == "Foreign"]


def test_month_abbreviations_come_from_the_date_stage(nlp):
    """One list of month names (tacitus.enrich.dates); "Apr." and "Jul" were missing from the light NER's."""
    assert ("Apr. 3", "DATE") in ents(nlp, "It opened on Apr. 3.")
    assert ("Jul 9", "DATE") in ents(nlp, "It closed Jul 9.")
    assert ("Wang Jun", "PERSON") in ents(nlp, "Wang Jun said so.")  # "Jun" alone is a name, not June


def _unparsed(text):
    """The default coder's pipeline, with a gate that parses no sentence: light NER reads capitalisation."""
    from tacitus.pipeline import Coder, CodingOptions

    coder = Coder(CodingOptions())
    comp = coder.nlp.get_pipe("tacitus_selective_parse")
    comp.gate = lambda sent: False
    try:
        doc = coder.nlp(text)
    finally:
        comp.gate = coder.gate
    assert not any(t.dep_ for t in doc)
    return doc


def test_names_in_sentences_nobody_parsed():
    doc = _unparsed("She adopted a dog in Lyon. Insurance Commissioner Ricardo Lara spoke in Sacramento on "
                    "Monday.\nThe Bank of England met.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Lyon", "GPE"), ("Ricardo Lara", "PERSON"), ("Sacramento", "GPE"), ("Monday", "DATE"),
        ("Bank of England", "ORG")]
    # "She" and "The" open their sentences and are no names; the names' words read as proper nouns
    assert [t.text for t in doc if t.pos_ == "PROPN"] == ["Lyon", "Ricardo", "Lara", "Sacramento", "Bank",
                                                          "England"]


def test_the_selective_pipeline_runs_the_light_ner_after_the_parse():
    from tacitus.pipeline import Coder, CodingOptions

    names = Coder(CodingOptions()).nlp.pipe_names
    assert names.index("ner") == names.index("tacitus_selective_parse") + 1


@pytest.mark.parametrize(("text", "languages"), [
    ("The form is available in English and Spanish for Americans.", ["English", "Spanish"]),
    ("He speaks French fluently.", ["French"]),
    ("In French politics, the Socialists lost.", []),  # an adjective before a noun
    ("French troops entered Mali.", []),
])
def test_a_nationality_word_after_in_or_speaks_is_a_language(text, languages):
    from tacitus.pipeline import Coder, CodingOptions

    coder = Coder(CodingOptions())
    doc = coder.nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "LANGUAGE"] == languages
    coded = coder.code_text(text)
    assert not any(a.text in languages for a in coded.actors)  # a language is no country's actor


def test_a_connector_before_a_cut_belongs_to_neither_name(nlp):
    found = ents(nlp, "Attorneys for Donald Trump said on Monday that he would appeal.")
    assert ("Attorneys for", "ORG") not in found
    from tacitus.pipeline import Coder, CodingOptions

    text = "Attorneys for Donald Trump now say it is not feasible for him to pay the damages."
    coded = Coder(CodingOptions()).code_text(text)
    lawyers = next(a for a in coded.actors if a.text.startswith("Attorneys"))
    assert lawyers.country == "USA"  # the lawyers speak for their client


def test_a_name_before_a_role_in_apposition_is_a_person(nlp):
    # "capo" is also a common noun, which alone would leave the name unknown
    text = "Zeph Capo, the president of the teachers' union, said the plan would help."
    assert ("Zeph Capo", "PERSON") in ents(nlp, text)
    bank = "Bank Leumi, the largest lender in Israel, said profits rose."
    assert ("Bank Leumi", "PERSON") not in ents(nlp, bank)


def test_two_name_words_after_a_title_are_a_person_the_census_does_not_know(nlp):
    text = "French Minister of Foreign Affairs Stephane Sejourne clarified the comments on Monday."
    assert ("Stephane Sejourne", "PERSON") in ents(nlp, text)
    firm = "Goldman Sachs Asset Management said profits rose."
    assert ("Goldman Sachs Asset Management", "ORG") in ents(nlp, firm)


def test_a_name_whose_first_word_is_no_english_word_is_a_person():
    """"Stephon Clark": the surname is also a noun ("clark"), the given name no word; "United Atlantic
    Ventures" opens with a word, so its words do not say it is a person."""
    import spacy
    from spacy.tokens import Doc

    ner = LightNer(kinds={}, is_place=lambda t, locative: False, demonym=lambda t: False, given=frozenset(),
                   org_words=frozenset(), common=frozenset({"clark", "venture", "atlantic"}),
                   english=frozenset({"clark", "united", "atlantic", "venture", "ventures"}))
    words = ["Stephon", "Clark", "met", "United", "Atlantic", "Ventures"]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=["NNP", "NNP", "VBD", "NNP", "NNP", "NNP"],
              heads=[1, 2, 2, 5, 5, 2], deps=["compound", "nsubj", "ROOT", "compound", "compound", "dobj"])
    assert [(e.text, e.label_) for e in ner(doc).ents] == [("Stephon Clark", "PERSON"),
                                                          ("United Atlantic Ventures", "ORG")]
