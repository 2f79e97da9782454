"""The Phoenix actor layer under our lexicons: loading, dated roles, kinds, precedence, the shipped data."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tacitus.actors import ActorResolver
from tacitus.actors.lexicon import PHOENIX_ENV, Lexicon, load_phoenix, phoenix_dir

# a small layer of our own (made-up names; the format written by scripts/build_phoenix_actors.py)
ACTORS_TSV = """# test layer
# kind\tcode\tsource\tnames\ttokens
leader\tEGYMIL:1977-01-01:2012-08-13,EGYGOV:2014-06-08:\tC\tKarim Fictional Haddad|Karim Haddad\t|
org\tIGONTS\tI\tOrganisation of Northern Test States|ONTS\t|
org\tSYRREB\tM\tSilver Dawn Brigades|Liwa al-Fajr al-Fiddi\t|liwa al - fajr al - fiddi
org\tKENGOV\tC\tBarack Obama|United Nations\t|
place\tJPN\tC\tOsakaville\t
"""
AGENTS_TSV = """# test layer
# sector\trole\tsource\tnames\ttokens
COP\tCOP\tA\tborder wardens|border warden|wardenman\t||
"""


@pytest.fixture(scope="module")
def layer_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("phoenix")
    (d / "actors.tsv").write_text(ACTORS_TSV, encoding="utf-8")
    (d / "agents.tsv").write_text(AGENTS_TSV, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def resolver(layer_dir):
    lex = Lexicon.load(phoenix=False)
    lex.layer = load_phoenix(lex, layer_dir)
    return ActorResolver(lex)


def _actor(nlp, resolver, text, phrase, published=None):
    doc = nlp(text)
    da = resolver.resolve(doc, published=published)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return da.for_token(span[-1])


def test_layer_loads_and_switches_off(layer_dir, monkeypatch):
    lex = Lexicon.load(phoenix=False)
    assert len(lex.layer) == 0
    layer = load_phoenix(lex, layer_dir)
    # "Barack Obama" and "United Nations" are ours: the layer skips them; the one-word agent goes to words
    assert len(layer) == 9
    assert lex.words["wardenman"].sector == "COP"
    monkeypatch.setenv(PHOENIX_ENV, "0")
    assert not Lexicon.phoenix_default()
    monkeypatch.delenv(PHOENIX_ENV)
    assert Lexicon.phoenix_default()


def test_dated_roles(nlp, resolver):
    text = "On Monday, Karim Fictional Haddad said the talks had failed."
    assert _actor(nlp, resolver, text, "Haddad", dt.date(2010, 5, 1)).code == "EGYMIL"
    a = _actor(nlp, resolver, text, "Haddad", dt.date(2016, 1, 1))
    assert (a.code, a.person) == ("EGYGOV", "Karim Fictional Haddad")
    assert a.rule == "phoenix:leader:karim fictional haddad"
    assert _actor(nlp, resolver, text, "Haddad").code == "EGYGOV"  # no date: the latest role


def test_igo_and_armed_group(nlp, resolver):
    a = _actor(nlp, resolver, "The Organisation of Northern Test States condemned the attack.", "States")
    assert (a.code, a.country, a.sector) == ("IGONTS", None, "IGO")
    a = _actor(nlp, resolver, "Fighters of Liwa al-Fajr al-Fiddi attacked the town on Monday.", "Fiddi")
    assert a.code == "SYRREB"
    a = _actor(nlp, resolver, "The Silver Dawn Brigades attacked the town on Monday.", "Brigades")
    assert a.code == "SYRREB"
    assert _actor(nlp, resolver, "ONTS condemned the attack.", "ONTS").code == "IGONTS"


def test_names_must_be_written_as_names(nlp, resolver):
    a = _actor(nlp, resolver, "The silver dawn brigades attacked the town on Monday.", "brigades")
    assert a is None or a.code != "SYRREB"
    a = _actor(nlp, resolver, "Onts condemned the attack.", "Onts")  # a short acronym only in capitals
    assert a is None or a.code != "IGONTS"


def test_ours_override_the_layer(nlp, resolver):
    text = "On Monday, Barack Obama said the United Nations had failed."
    assert _actor(nlp, resolver, text, "Obama", dt.date(2012, 1, 1)).code == "USAGOV"
    assert _actor(nlp, resolver, text, "United Nations").code == "IGOUNO"


def test_layer_agents_and_places(nlp, resolver):
    a = _actor(nlp, resolver, "Syrian border wardens arrested two men on Monday.", "wardens")
    assert (a.code, a.sector) == ("SYRCOP", "COP")
    doc = nlp("The talks were held in Osakaville on Monday.")
    da = resolver.resolve(doc)
    assert da.country_for_token(doc[5]) == "JPN"


def test_layer_matches_every_mention(resolver, nlp):
    doc = nlp("Karim Haddad met officials of the Organisation of Northern Test States in Osakaville. " * 20)
    matches = resolver.lex.layer.matches(doc)
    assert len(matches) == 60


# ----------------------------------------------------------------------------------------- shipped data
@pytest.fixture(scope="module")
def default():
    return ActorResolver.default(phoenix=True)


def test_shipped_layer(nlp, default):
    assert len(default.lex.layer) > 30000
    text = "On Monday, Suharto said the talks had failed."
    assert _actor(nlp, default, text, "Suharto", dt.date(1990, 1, 1)).code == "IDNGOV"
    assert _actor(nlp, default, text, "Suharto", dt.date(2000, 1, 1)).code == "IDNELI"
    text = "The Abu Nidal Organization and the International Bar Association issued statements."
    assert _actor(nlp, default, text, "Organization").code == "IMGMUSALQ"
    assert _actor(nlp, default, text, "Association").code == "NGOJUDHRI"
    off = ActorResolver.default(phoenix=False)
    assert len(off.lex.layer) == 0
    a = _actor(nlp, off, text, "Organization")
    assert a is None or a.code != "IMGMUSALQ"


def test_shipped_manifest_and_attribution():
    d = phoenix_dir()
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for line in (d / "actors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            kind, _code, _src, names, _toks = line.split("\t")
            counts[kind] = counts.get(kind, 0) + len(names.split("|"))
    for line in (d / "agents.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            counts["agent"] = counts.get("agent", 0) + len(line.split("\t")[3].split("|"))
    assert counts == manifest["kept"]
    assert manifest["kept_total"] == sum(counts.values())
    assert manifest["dropped_total"] == sum(manifest["dropped"].values())
    assert {"ours", "common_word", "generic", "ambiguous", "contains_ours"} <= set(manifest["dropped"])
    header = (d / "actors.tsv").read_text(encoding="utf-8")[:400]
    assert "MIT" in header and "Open Event Data Alliance" in header and manifest["source"]["commit"] in header
    licence = (d / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Open Event Data Alliance" in licence
