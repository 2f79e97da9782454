"""Tests for tacitus.nlp.language.detect_language."""

from __future__ import annotations

import pytest

from tacitus.nlp.language import detect_language, get_detector

SAMPLES = {
    "en": "The government announced new sanctions against the rebels in the north of the country on "
    "Monday, officials said. Talks are expected to continue in Geneva next week.",
    "es": "El gobierno anunció el lunes nuevas sanciones contra los rebeldes en el norte del país, "
    "según dijeron las autoridades. Las conversaciones continuarán la próxima semana.",
    "fr": "Le gouvernement a annoncé lundi de nouvelles sanctions contre les rebelles dans le nord du "
    "pays, selon des responsables. Les pourparlers reprendront la semaine prochaine.",
    "de": "Die Regierung hat am Montag neue Sanktionen gegen die Rebellen im Norden des Landes "
    "angekündigt, teilten Beamte mit. Die Gespräche sollen nächste Woche weitergehen.",
    "ru": "Правительство в понедельник объявило о новых санкциях против повстанцев на севере страны, "
    "сообщили официальные лица. Переговоры продолжатся на следующей неделе.",
    "ar": "أعلنت الحكومة يوم الاثنين فرض عقوبات جديدة على المتمردين في شمال البلاد، حسبما قال مسؤولون. "
    "ومن المتوقع أن تستمر المحادثات الأسبوع المقبل.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_news_languages(code):
    assert detect_language(SAMPLES[code]) == code


@pytest.mark.parametrize(
    "text",
    [
        "Obama met Netanyahu in Jerusalem on Tuesday.",
        "Kerry met Lavrov in Geneva on Friday.",
        "Putin and Erdogan meet in Ankara.",
    ],
)
def test_short_english_with_names(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", ["", "Hi", "12 345 678 ... !!!", "OK thanks"])
def test_too_short_is_none(text):
    assert detect_language(text) is None


def test_long_text_only_first_chars_and_cached_detector():
    text = SAMPLES["es"] * 50 + " " + SAMPLES["en"] * 200
    assert detect_language(text) == "es"
    assert get_detector() is get_detector()


@pytest.mark.parametrize(("text", "lang"), [
    ("Saudi Arabia and Iran met in Baghdad.", "en"),  # lingua alone: Italian 0.32, English 0.20
    ("Il governo ha criticato il piano.", "it"),
    ("El gobierno criticó el plan.", "es"),
])
def test_a_short_text_of_names_with_english_function_words_is_english(text, lang):
    assert detect_language(text) == lang
