"""Coder v2: a weak title held in a chamber of a legislature ("Senate Tax Chairman X", "chairman of the
House roads committee") makes its holder a legislator (LEG), as "Committee Chairman X" already does; a
company's or a club's chairman stays a private person.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def source_sectors(coded):
    """(root, source sector) of each event."""
    return [(e.cameo[:2], e.source and e.source.sector) for e in coded.events]


def test_a_chamber_before_a_weak_title_is_the_legislature(coder):
    for text in ("Senate Transport Chairman Dale Murnane sharply criticized the governor's budget.",
                 "House Education Chairwoman Petra Lindqvist sharply criticized the governor's budget.",
                 "Assembly Housing Chairman Omar Whitfield sharply criticized the governor's budget."):
        assert source_sectors(code(coder, text)) == [("11", "LEG")], text


def test_chairman_of_a_chamber_s_committee_in_lower_case_is_a_legislator(coder):
    c = code(coder, "Dale Murnane, chairman of the Senate transport committee, sharply criticized the "
                    "governor's budget.")
    assert source_sectors(c) == [("11", "LEG")]


def test_a_company_s_or_a_club_s_chairman_is_no_legislator(coder):
    for text in ("Brightwater Chairman Dale Murnane sharply criticized the governor's budget.",
                 "Dale Murnane, chairman of the Brightwater board, sharply criticized the governor's budget.",
                 "Dale Murnane, chairman of the parish fundraising committee, sharply criticized the "
                 "governor's budget."):
        assert all(s != "LEG" for _r, s in source_sectors(code(coder, text))), text


def test_a_national_parliament_named_in_its_own_language_is_a_legislature(coder):
    for text, want in (("The Verkhovna Rada sharply criticized the central bank's new rules.", "UKRLEG"),
                       ("The Sejm sharply criticized the central bank's new rules.", "POLLEG"),
                       ("The Storting sharply criticized the central bank's new rules.", "NORLEG")):
        assert coded_sources(coder, text) == [("11", want)], text


def coded_sources(coder, text):
    """(root, full source code) of each event of one text."""
    return [(e.cameo[:2], e.source and e.source.code) for e in code(coder, text).events]
