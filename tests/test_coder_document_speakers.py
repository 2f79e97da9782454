"""Coder v2: documents speaking for their authors — a resolution owned by a pronoun is its issuers' even when
a later plural could take the pronoun; blame placed, put or laid on a party is an accusation; a named target's
words are no kind of thing asked for ("the Environmental Protection Agency" asks for no protection).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, triples


def by_code(coded, prefix):
    """(code, source code, target code) of the events whose code starts with ``prefix``."""
    return [t for t in triples(coded) if t[0].startswith(prefix)]


# ---------------------------------------------------------------- "their resolution": the issuers'
def test_a_resolution_owned_by_a_pronoun_is_its_issuers_not_the_last_plurals(coder):
    c = code(coder, "Three Texas state senators filed a resolution on Tuesday. The measure was written after "
                    "a court ruling. Cattle ranchers said the fees would hurt their businesses. Their "
                    "resolution urges Governor Abbott to drop the new fees.")
    assert ("020", "USALEG", "USAGOV") in by_code(c, "02")
    assert not [t for t in by_code(c, "02") if t[1] != "USALEG"]
    # a pronoun-owned lawsuit never issued in words stays the pronoun's
    c = code(coder, "The Justice Department sued the city on Monday. Its lawsuit accuses the Chicago police "
                    "of abuses.")
    assert [t for t in by_code(c, "112") if t[2] == "USACOP"] == [("1122", "USAGOV", "USACOP")]


# ---------------------------------------------------------------- blame placed on a party
def test_blame_placed_or_laid_on_a_party_accuses_it(coder):
    c = code(coder, "The Kenyan foreign ministry laid the blame on Somalia for the delays.")
    assert by_code(c, "11") == [("112", "KENGOV", "SOM")]
    c = code(coder, "The Nigerian interior ministry placed blame on Chad for the delays.")
    assert by_code(c, "11") == [("112", "NGAGOV", "TCD")]
    c = code(coder, "The coach put the blame on himself after the loss.")
    assert by_code(c, "11") == []


# ---------------------------------------------------------------- a named target's name is no thing asked for
def test_an_appeal_to_an_agency_named_for_protection_is_no_appeal_for_peacekeeping(coder):
    c = code(coder, "Ohio lawmakers urged the Environmental Protection Agency to drop the new fees.")
    assert [t[0] for t in by_code(c, "02")] == ["020"]
    # an appeal for protection itself still asks for peacekeeping
    c = code(coder, "The Malian president asked the United Nations for protection of the northern towns.")
    assert [t[0] for t in by_code(c, "02")] == ["0234"]


# ------------------------------------------------------------ a report's recommendations: its author's 0242
def test_a_commissioned_reports_recommendation_is_an_appeal_for_policy_change(coder):
    c = code(coder, "The Canadian government commissioned a report on cannabis. The report recommended that "
                    "cannabis should not be sold in liquor stores.")
    assert by_code(c, "02") == [("0242", "CANGOV", "CANGOV")]  # advice to its author
    c = code(coder, "Ontario's education minister released a report she commissioned on school closures. "
                    "The report recommends that school boards share their buildings.")
    assert by_code(c, "02") == [("0242", "CANGOV", "CANEDU")]
    # a study by researchers asks nothing of anyone
    c = code(coder, "A study by university researchers recommended that parents limit screen time.")
    assert by_code(c, "02") == []


def test_it_after_a_report_is_the_report(coder):
    c = code(coder, "The Canadian government commissioned a report on cannabis. The report contains many "
                    "proposals. It recommends storefront sales to adults.")
    assert by_code(c, "02") == [("0242", "CANGOV", "CANGOV")]


def test_a_report_an_office_commissioned_in_a_relative_clause_is_the_offices(coder):
    c = code(coder, "Reporters obtained a report the Kenyan health ministry commissioned last year. "
                    "The report recommends that the county governments hire more nurses.")
    assert [(t[0], t[1][:3]) for t in by_code(c, "02")] == [("0242", "KEN")]
