"""Entities: spaCy NER merged with our actor lexicons, with actor codes."""

from __future__ import annotations

from tacitus.enrich.entities import EntityFinder, _agree
from tacitus.evaluation.enrich_eval import _re3d_split
from tacitus.model.records import Entity


def test_entities_with_codes(coder):
    text = "Hayat Tahrir al-Sham fighters attacked Aleppo, and Sergei Lavrov said Russia would respond."
    doc = coder.nlp(text)
    ents = {e.text: e for e in EntityFinder().find(doc, coder.actors.resolve(doc))}
    assert ents["Hayat Tahrir al-Sham"].label == "ORG" and ents["Hayat Tahrir al-Sham"].code.startswith(
        "SYRREB"
    )
    assert ents["Aleppo"].label == "GPE"
    assert ents["Sergei Lavrov"].label == "PERSON" and ents["Sergei Lavrov"].code == "RUSGOV"
    for e in ents.values():
        assert doc.text[e.start : e.end] == e.text


def test_pronoun_mode(coder):
    doc = coder.nlp("We will respond, he said.")
    labels = {e.text: e.label for e in EntityFinder(pronouns=True).find(doc, coder.actors.resolve(doc))}
    assert labels == {"We": "ORG", "he": "PERSON"}
    assert EntityFinder().find(doc, coder.actors.resolve(doc)) == []


def _ents(coder, text: str) -> dict[str, list[str]]:
    doc = coder.nlp(text)
    out: dict[str, list[str]] = {}
    for e in EntityFinder().find(doc, coder.actors.resolve(doc)):
        assert doc.text[e.start : e.end] == e.text
        out.setdefault(e.text, []).append(e.label)
    return out


def test_leading_preposition_is_not_part_of_a_name(coder):
    ents = _ents(coder, "Near Tikrit, one strike destroyed a bunker.")
    assert ents == {"Tikrit": ["GPE"]}


def test_a_name_seen_as_a_place_stays_a_place(coder):
    ents = _ents(coder, "Fighting continued in Hamdan. Hamdan was shelled again.")
    assert ents == {"Hamdan": ["GPE", "GPE"]}


def test_title_of_office_is_a_person_with_its_determiner(coder):
    ents = _ents(coder, "The Foreign Secretary said the talks would resume.")
    assert ents == {"The Foreign Secretary": ["PERSON"]}


def test_rank_before_a_name_belongs_to_the_person(coder):
    ents = _ents(coder, "Gen. Mark Dalton said Dalton would visit.")
    assert ents["Gen. Mark Dalton"] == ["PERSON"] and "Mark Dalton" not in ents


def test_capitalised_coalition_is_an_organisation(coder):
    assert _ents(coder, "Aircraft from the Coalition struck targets.")["Coalition"] == ["ORG"]
    assert "coalition" not in _ents(coder, "Aircraft from the coalition struck targets.")


def test_organisation_name_cut_short_by_ner_is_dropped(coder):
    ents = _ents(coder, "The Islamic State of Iraq and the Levant claimed the attack.")
    assert ents["The Islamic State of Iraq and the Levant"] == ["ORG"]
    assert "The Islamic State of Iraq" not in ents


def test_country_modifying_a_coded_group_is_not_a_place(coder):
    ents = _ents(coder, "U.S. forces entered the town.")
    assert ents == {"U.S. forces": ["ORG"]}


def test_guesses_agree_with_surer_entities():
    full = Entity("Abboud Qanbar", 0, 13, "PERSON")
    guess = Entity("Qanbar", 20, 26, "ORG")
    by_span = {(0, 13): full, (20, 26): guess}
    _agree(by_span, [guess])
    assert guess.label == "PERSON"
    org = Entity("Islamic State of Iraq and the Levant", 0, 36, "ORG", "IMGMUSISI")
    cut = Entity("Levant", 30, 36, "PERSON")
    by_span = {(0, 36): org, (30, 36): cut}
    _agree(by_span, [cut])
    assert list(by_span) == [(0, 36)]


def test_re3d_split_is_by_document_parity():
    assert [_re3d_split(i) for i in range(4)] == ["dev", "test", "dev", "test"]
