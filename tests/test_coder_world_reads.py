"""Coder v2: three patterns read on unannotated world pages (session 28): a plural title ("Sens.", "Senators")
before persons joined by "and" is each one's title; an authority revoking a licence, visa or accreditation of
someone imposes an administrative sanction on him (172); two named leaders who "spoke" with no topic,
audience nor place told spoke to each other (040 both ways).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, root_dyads, triples


def _source(c, name):
    return next(a for a in c.actors if a.person == name)


def test_a_plural_title_abbreviation_is_a_legislators(coder):
    c = code(coder, "Sens. Mara Quillan and Dev Ostrander criticized the Interior Department on Friday.")
    assert _source(c, "Mara Quillan").sector == "LEG"
    assert _source(c, "Dev Ostrander").sector == "LEG"


def test_a_plural_title_covers_the_second_name(coder):
    c = code(coder, "Senators Mara Quillan and Dev Ostrander denounced the Energy Department on Friday.")
    assert _source(c, "Dev Ostrander").sector == "LEG"


def test_a_singular_title_stays_with_its_own_name(coder):
    c = code(coder, "Gov. Mara Quillan and Dev Ostrander criticized the Interior Department on Friday.")
    assert _source(c, "Mara Quillan").sector == "GOV"
    assert _source(c, "Dev Ostrander").sector != "GOV"
    c = code(coder, "Reps. Mara Quillan and Dev Ostrander criticized the Interior Department on Friday.")
    assert _source(c, "Dev Ostrander").sector == "LEG"


def test_revoking_someones_visa_is_an_administrative_sanction(coder):
    c = code(coder, "The Interior Ministry of Belarus revoked the visas of two Polish journalists on Monday.")
    assert ("17", "BLR", "POL") in root_dyads(c)
    assert any(e.cameo == "172" for e in c.events)


def test_withdrawing_a_reporters_accreditation_is_a_sanction(coder):
    c = code(coder, "Russia withdrew the accreditation of a Danish television reporter last week.")
    assert ("17", "RUS", "DNK") in root_dyads(c)


def test_revoking_a_decree_is_no_sanction_on_anyone(coder):
    c = code(coder, "The Belarusian government revoked the decree of 2015 on Monday.")
    assert all(r != "17" for r, _, _ in root_dyads(c))
    c = code(coder, "Belarus revoked the press cards of three Lithuanian reporters on Monday.")
    assert ("17", "BLR", "LTU") in root_dyads(c)


def test_two_leaders_who_spoke_spoke_to_each_other(coder):
    c = code(coder, "Meanwhile, Chilean President Gabriel Boric and Peruvian President Dina Boluarte "
                    "also spoke.")
    assert ("04", "CHL", "PER") in root_dyads(c)
    assert ("04", "PER", "CHL") in root_dyads(c)


def test_two_leaders_who_spoke_on_a_day_spoke_to_each_other(coder):
    c = code(coder, "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke on "
                    "Tuesday.")
    assert ("04", "CHL", "PER") in root_dyads(c)


def test_officials_who_spoke_about_a_crisis_did_not_consult(coder):
    told = code(coder, "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke "
                        "on Friday.")
    assert ("04", "PER", "CHL") in root_dyads(told)
    for text in ("Chilean and Peruvian officials have spoken about the border crisis.",
                 "Chile's Gabriel Boric and Peru's Dina Boluarte spoke at the summit dinner.",
                 "Chile's Gabriel Boric and Peru's Dina Boluarte spoke out against the plan."):
        assert all(r != "04" for r, _, _ in root_dyads(code(coder, text))), (text, triples(code(coder, text)))
