"""Office holders of a state body the resolver would otherwise take for private persons or firms: a title held
in an unnamed part of a body, a local government's director, and a legislator's constituency."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver.default()


def _actor(nlp, resolver, text: str, word: str):
    doc = nlp(text)
    da = resolver.resolve(doc)
    tok = next(t for t in doc if t.text == word)
    return da.for_token(tok)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The deputy chief of the press office for the Ministry of Agriculture denied it.", "chief"),
        ("The head of the press service for the Ministry of Energy rejected the claims.", "head"),
    ],
)
def test_title_held_in_a_part_of_a_state_body(nlp, resolver, text, word):
    a = _actor(nlp, resolver, text, word)
    assert a is not None and a.sector == "GOV"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Harbor County transit director Ellen Ruiz rejected the claims on Friday.", "Ruiz"),
        ("Ellen Ruiz, the county's transit director, rejected the claims on Friday.", "Ruiz"),
        ("The city planning director rejected the claims on Friday.", "director"),
    ],
)
def test_director_of_a_local_government(nlp, resolver, text, word):
    a = _actor(nlp, resolver, text, word)
    assert a is not None and a.sector == "GOV"


def test_only_a_local_government_makes_a_director_public(nlp, resolver):
    public = _actor(nlp, resolver, "Ellen Ruiz, the town's art director, rejected the claims.", "Ruiz")
    private = _actor(nlp, resolver, "Ellen Ruiz, the film's art director, rejected the claims.", "Ruiz")
    assert public is not None and public.sector == "GOV"
    assert private is None or private.sector != "GOV"


def test_constituency_is_no_firm(nlp, resolver):
    text = "Paul Okafor, the Labour MP for Leeds Riverside, said the plan would fail."
    assert _actor(nlp, resolver, text, "Riverside") is None
    a = _actor(nlp, resolver, text, "Okafor")
    assert a is not None and a.sector == "LEG"


@pytest.mark.parametrize(
    "text",
    [
        "Olga Smirnova, the head of the information department of the Interior Ministry, denied the reports.",
        "Egyptian police closed the square. A spokesman for the legal department of the Interior Ministry "
        "said the closure would last a week.",
    ],
)
def test_a_us_department_is_not_matched_into_a_ministry(nlp, resolver, text):
    word = "Smirnova" if "Smirnova" in text else "spokesman"
    a = _actor(nlp, resolver, text, word)
    assert a is not None and a.sector == "GOV" and a.country != "USA"
    us = _actor(nlp, resolver, "Department of the Interior Secretary Ann Lowe toured the park.", "Lowe")
    assert us is not None and us.code == "USAGOV"  # no ministry after it: the US department


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("Dana Whitfield, the mayor of Brackenhurst, vetoed the zoning plan.", "Whitfield", "GOV"),
        ("The mayor of Brackenhurst vetoed the zoning plan.", "mayor", "GOV"),
    ],
)
def test_an_office_of_an_unknown_town_is_public(nlp, resolver, text, word, sector):
    a = _actor(nlp, resolver, text, word)
    assert a is not None and a.sector == sector
