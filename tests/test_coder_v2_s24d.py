"""Coder v2, 24th session (d): institutional acts with no trigger before — reviews and audits, fines,
meetings by other names, acting in support of someone (every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, root_dyads, triples


def codes(coded):
    return [e.cameo for e in coded.events]


# ---------------------------------------------------------------- reviews, audits, inspections
def test_a_review_launched_into_an_actor_is_an_investigation(coder):
    c = code(coder, "The Justice Department launched a review of the Chicago police department.")
    assert ("09", "USA", "USA") in root_dyads(c)


def test_reviewing_or_auditing_an_actor_is_an_investigation(coder):
    c = code(coder, "The Justice Department is reviewing the police department's use of force.")
    assert ("090", "USAGOV", "USACOP") in triples(c)
    c = code(coder, "The Senate intelligence committee audited the Pentagon last year.")
    assert [r[0] for r in root_dyads(c)] == ["09"]


def test_reviewing_a_request_a_case_or_a_book_is_no_investigation(coder):
    c = code(coder, "The Foreign Office said it was reviewing the Russian request for consular access.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "A federal judge will review the case of the former governor on Monday.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "The Guardian reviewed the memoir of former President Barack Obama.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "The city council reviewed the budget on Monday.")
    assert codes(c) == []


# ---------------------------------------------------------------- fines
def test_imposing_a_fine_is_a_penalty_not_sanctions(coder):
    c = code(coder, "The European Commission imposed a fine of 2 billion euros on Google.")
    assert [e.cameo for e in c.events] == ["116"]
    c = code(coder, "Britain imposed sanctions on Russian banks.")
    assert [e.cameo for e in c.events] == ["163"]


# ---------------------------------------------------------------- meetings by other names
def test_a_confab_or_sit_down_with_a_leader_is_a_meeting(coder):
    c = code(coder, "In his latest White House confab with President Biden, Speaker Mike Johnson pressed "
                    "for border money.")
    assert ("04", "USA", "USA") in root_dyads(c)
    c = code(coder, "Governor Kathy Hochul held a sit-down with union leaders on Friday.")
    assert [r[0] for r in root_dyads(c)] == ["04"]


# ---------------------------------------------------------------- acting in support of someone
def test_acting_in_support_of_a_political_actor_endorses_it(coder):
    c = code(coder, "Two senators testified in support of the nominee, Judge Ana Ruiz.")
    assert [r[0] for r in root_dyads(c)] == ["05"]
    c = code(coder, "Senator Ted Cruz wrote to the appeals court in support of Governor Greg Abbott.")
    assert ("051", "USALEG", "USAGOV") in triples(c)


def test_in_support_of_a_bill_or_an_offensive_endorses_no_one(coder):
    c = code(coder, "The council voted in support of the bill on Tuesday.")
    assert not [x for x in codes(c) if x.startswith("05")]
    c = code(coder, "American jets flew missions in support of the Iraqi army's military offensive.")
    assert not [x for x in codes(c) if x.startswith("05")]


# ---------------------------------------------------------------- deals
def test_cutting_a_deal_with_a_party_concludes_an_agreement(coder):
    c = code(coder, "Speaker Mike Johnson cut a deal with Senate Democrats to avert a shutdown.")
    assert [r[0] for r in root_dyads(c)] == ["05"]
    c = code(coder, "The governor's budget cut the program's funding by half.")
    assert codes(c) == []


# ---------------------------------------------------------------- a rule, not an act
def test_what_is_subject_to_review_is_not_reviewed(coder):
    c = code(coder, "Every permit application is subject to review by the township police chief.")
    assert codes(c) == []


# ---------------------------------------------------------------- citations and lawsuits
def test_a_citation_issued_to_someone_is_a_penalty(coder):
    c = code(coder, "The police officer issued a citation to the driver for speeding.")
    assert [e.cameo for e in c.events] == ["116"]
    c = code(coder, "Professor Smith's article received hundreds of citations from scholars.")
    assert codes(c) == []


def test_a_lawsuit_is_against_whom_its_participle_or_preposition_names(coder):
    c = code(coder, "The ACLU filed a lawsuit challenging the governor's executive order.")
    assert [e.cameo for e in c.events] == ["115"]
    c = code(coder, "The ACLU's lawsuit against the Justice Department was dismissed.")
    assert ("115", "USAGOV") in [(e.cameo, e.target.code) for e in c.events]


def test_a_lawsuit_filed_for_someone_names_no_defendant(coder):
    c = code(coder, "The ACLU filed a lawsuit on behalf of the protesters.")
    assert all(e.target is None for e in c.events)  # (kept with one party by the test coder only)


def test_naming_someone_as_a_defendant_sues_him(coder):
    c = code(coder, "The ACLU named the governor as a defendant in its lawsuit.")
    assert [e.cameo for e in c.events] == ["115"]
    c = code(coder, "The magazine named the governor as its person of the year.")
    assert codes(c) == []


def test_a_review_only_wanted_is_no_investigation(coder):
    c = code(coder, "The mayor said a review of the police department would be needed.")
    assert not [x for x in codes(c) if x.startswith("09")]
    c = code(coder, "Activists called for an audit of the Pentagon.")
    assert not [x for x in codes(c) if x.startswith("09")]
