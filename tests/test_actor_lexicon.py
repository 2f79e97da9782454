"""Every lexicon entry resolves to its code in a small generated sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.actors import ActorResolver
from tacitus.actors.codes import split_code
from tacitus.actors.lexicon import Lexicon, pick_role

LEX = Lexicon.load()


@pytest.fixture(scope="module")
def nlp():
    from tacitus.nlp.model import load_model

    return load_model()  # the pipeline the coder runs (its tokenizer keeps "Amb." whole)


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver.default()


def _resolve(nlp, resolver, text: str, phrase: str, published=None):
    doc = nlp(text)
    da = resolver.resolve(doc, published=published)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return da, span


def _entries(kind: str, files: tuple[str, ...] = ()):
    """Our entries of one kind (the Phoenix layer's are sampled in test_phoenix_actors.py)."""
    return sorted(
        {(e.phrase, e.code or e.sector, e.rule) for e in LEX.entries if e.kind == kind}
        | {
            (e.phrase, e.code or e.sector, e.rule)
            for e in LEX.words.values()
            if e.kind == kind and not e.rule.startswith("phoenix:")
        }
    )


ORGS = [(p, c) for p, c, _ in _entries("org")]
METONYMS = [(p, c) for p, c, _ in _entries("metonym")]
CAPITALS = [(p, c) for p, c, r in _entries("capital")]
DEMONYMS = [(p, c) for p, c, _ in _entries("demonym") if not p.endswith("s")]
AGENTS = [(p, c) for p, c, _ in _entries("agent")]
TITLES = [(p, c) for p, c, _ in _entries("title") if not p.endswith(".")]
# only before a name; a plural one ("Sens.", "Reps.") stands before two names, not before one
# (test_coder_world_reads)
_TITLE_WORDS = {p for p, _, _ in _entries("title")}
ABBREVIATED_TITLES = [(p, c) for p, c, _ in _entries("title")
                      if p.endswith(".") and p[:-2] + "." not in _TITLE_WORDS]
LEADERS = sorted(
    {
        (e.canonical, i)
        for e in LEX.leaders.values()
        for i in range(len(LEX.leaders[e.canonical.lower()].roles))
    }
)


@pytest.mark.parametrize(("phrase", "code"), ORGS)
def test_org(nlp, resolver, phrase, code):
    da, span = _resolve(nlp, resolver, f"On Monday, {phrase} said the talks had failed.", phrase)
    a = da.for_token(span[-1])
    assert a is not None and a.code == code


@pytest.mark.parametrize(("phrase", "code"), METONYMS)
def test_metonym(nlp, resolver, phrase, code):
    text = phrase[0].upper() + phrase[1:]
    da, span = _resolve(nlp, resolver, f"{text} said on Monday that the talks had failed.", text)
    a = da.for_token(span[-1])
    assert a is not None and a.code == code


@pytest.mark.parametrize(("phrase", "iso3"), CAPITALS)
def test_capital_as_actor_and_location(nlp, resolver, phrase, iso3):
    da, span = _resolve(nlp, resolver, f"On Monday, {phrase} said the talks had failed.", phrase)
    a = da.for_token(span[-1])
    assert a is not None and a.code == iso3
    da, span = _resolve(nlp, resolver, f"The talks were held in {phrase} on Monday.", phrase)
    assert da.country_for_token(span[-1]) == iso3


@pytest.mark.parametrize(("phrase", "iso3"), DEMONYMS)
def test_demonym(nlp, resolver, phrase, iso3):
    da, span = _resolve(
        nlp, resolver, f"{phrase} officials said on Monday that the talks had failed.", "officials"
    )
    a = da.for_token(span[-1])
    assert a is not None and a.country == iso3 and a.code == iso3 + "GOV"


@pytest.mark.parametrize(("phrase", "sector"), AGENTS)
def test_agent(nlp, resolver, phrase, sector):
    da, span = _resolve(
        nlp, resolver, f"The Syrian {phrase} said on Monday that the talks had failed.", phrase
    )
    a = da.for_token(span[-1])
    assert a is not None and a.sector == sector and a.country == "SYR"


@pytest.mark.parametrize(("phrase", "sector"), TITLES)
def test_title(nlp, resolver, phrase, sector):
    da, span = _resolve(
        nlp, resolver, f"The Egyptian {phrase} said on Monday that the talks had failed.", phrase
    )
    a = da.for_token(span[-1])
    assert a is not None and a.sector == sector and a.country == "EGY"


@pytest.mark.parametrize(("phrase", "sector"), ABBREVIATED_TITLES)
def test_abbreviated_title(nlp, resolver, phrase, sector):
    title = phrase[:1].upper() + phrase[1:]
    da, span = _resolve(
        nlp, resolver, f"The Egyptian {title} Karim Mansour said on Monday that the talks failed.", "Mansour"
    )
    a = da.for_token(span[-1])
    assert a is not None and a.sector == sector and a.country == "EGY" and a.person == "Karim Mansour"


@pytest.mark.parametrize(("name", "i"), LEADERS)
def test_leader(nlp, resolver, name, i):
    entry = LEX.leaders[name.lower()]
    role = entry.roles[i]
    day = role.start or dt.date(2000, 1, 1)
    if role.end is not None and role.end <= day:
        pytest.skip("empty range")
    if pick_role(entry, day) is not role:
        pytest.skip("overlapping roles")
    da, span = _resolve(nlp, resolver, f"On Monday, {name} said the talks had failed.", name, published=day)
    a = da.for_token(span[-1])
    assert a is not None and a.code == role.code
    assert (a.country, a.sector) == split_code(role.code)


def test_every_country_name_is_known():
    names = {e.phrase.lower(): e.code for e in LEX.entries if e.kind == "country"}
    for key, iso3 in [
        ("syria", "SYR"),
        ("united states", "USA"),
        ("britain", "GBR"),
        ("north korea", "PRK"),
        ("south korea", "KOR"),
        ("iran", "IRN"),
        ("ukraine", "UKR"),
        ("turkey", "TUR"),
    ]:
        assert names[key] == iso3


def test_lexicon_sizes():
    assert len(CAPITALS) >= 150
    assert len({c for _, c in DEMONYMS}) >= 180
    assert len(LEX.sectors) >= 15
