"""Counts: number, category and approximate flag from news sentences (our gold set + unit cases)."""

from __future__ import annotations

import pytest

from tacitus.enrich.counts import find_counts, to_gkg


def _counts(nlp, text):
    return [(c.number, c.category, c.approximate) for c in find_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 400 people have been killed in Aleppo.", [(400, "killed", True)]),
        ("Tens of thousands of people have fled their homes.", [(20000, "displaced", True)]),
        (
            "The blast killed 12 people and wounded 30 others.",
            [(12, "killed", False), (30, "wounded", False)],
        ),
        ("The death toll rose to 45.", [(45, "killed", False)]),
        ("Dozens of protesters were arrested.", [(24, "arrested", True)]),
        ("The 2014 war devastated the city.", []),
        ("The government pledged $400 million in aid.", []),
        ("Unemployment rose to 12 percent.", []),
        ("About 60 soldiers were deployed to the border.", []),
    ],
)
def test_counts_cases(nlp, text, expected):
    assert _counts(nlp, text) == expected


def test_count_fields_and_gkg(nlp):
    doc = nlp("Gunmen kidnapped 20 students from a school.")
    (c,) = find_counts(doc)
    assert doc.text[c.start : c.end] == c.text == "20 students"
    assert c.what == "students" and c.place is None
    assert to_gkg(c).startswith("KIDNAP#20#students#")


def test_count_actor(coder):
    from tacitus.enrich.counts import find_counts as fc

    doc = coder.nlp("Seven Syrian soldiers were killed in the ambush.")
    actors = coder.actors.resolve(doc)
    (c,) = fc(doc, actors)
    assert c.actor == "SYRMIL"


def test_counts_gold_exact(nlp):
    from tacitus.evaluation.enrich_eval import run_counts_eval

    r = run_counts_eval(nlp=nlp)
    assert r["sentences"] >= 200
    assert r["exact"] >= 0.85
