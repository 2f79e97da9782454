"""Coder v2, cooperation: a pact told in the agentless passive with its two parties after "between" (on the
noun or on its verb) is made by each with the other (057, 0871); a state that establishes or forges ties
with another cooperates with it (050; diplomatic relations: 054); a state that opens or reopens its embassy
in another recognises it (054); support voiced for a public measure nobody is named as the author of backs
the government (051). Firms' deals, a negotiator's contact with a suspect and a firm's new office are none.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _dyads(c, root):
    return sorted((e.cameo, e.source and e.source.country, e.target and e.target.country)
                  for e in c.events if e.cameo[:2] == root)


def test_a_pact_signed_between_two_parties_is_each_ones_not_firms_deals(coder):
    for text in ("A trade accord was signed between Chile and Peru in Lima on Friday.",
                 "The minister said the treaties that were signed between Chile and Peru must be reviewed."):
        got = _dyads(code(coder, text), "05")
        assert got == [("057", "CHL", "PER"), ("057", "PER", "CHL")], (text, got)
    got = _dyads(code(coder, "A truce between Armenia and Azerbaijan was agreed late on Sunday."), "08")
    assert got == [("0871", "ARM", "AZE"), ("0871", "AZE", "ARM")], got
    # a deal between firms, a pact undone: none
    for text in ("A supply deal was signed between Volvo and Siemens in Berlin on Friday.",
                 "The accord between Chile and Peru was scrapped in May."):
        assert not _dyads(code(coder, text), "05"), text


def test_ties_established_or_forged_with_a_state(coder):
    got = _dyads(code(coder, "Bhutan established diplomatic relations with Denmark in 1989."), "05")
    assert got == [("054", "BTN", "DNK")], got
    got = _dyads(code(coder, "Mongolia has forged close ties with South Korea since the 1990s."), "05")
    assert got and got[0][1:] == ("MNG", "KOR"), got
    got = code(coder, "The sergeant drove to the farm to establish contact with the gunman.")
    assert not _dyads(got, "05"), got.events


def test_an_embassy_opened_in_another_state(coder):
    for text in ("Portugal reopened its embassy in Tripoli on Monday.",
                 "Uruguay opens embassy in Kenya."):
        got = _dyads(code(coder, text), "05")
        assert got and got[0][0] == "054" and got[0][1] in ("PRT", "URY") and got[0][2] in ("LBY", "KEN"), \
            (text, got)
    got = code(coder, "The carmaker opened a new sales office in Nairobi.")
    assert not _dyads(got, "05"), got.events


def test_support_voiced_for_a_public_measure_backs_the_government(coder):
    got = code(coder, "The teachers' union voiced support for the new rules on school meals.")
    assert [(e.cameo, e.target and e.target.sector) for e in got.events if e.cameo[:2] == "05"] == \
        [("051", "GOV")], got.events
    got = code(coder, "The teachers' union voiced support for the striking nurses.")
    assert not [e for e in got.events if e.cameo[:2] == "05" and e.target and e.target.sector == "GOV"], \
        got.events


def test_talks_held_or_ties_restored_between_two_states_are_each_ones(coder):
    got = _dyads(code(coder, "Negotiations were held between Chile and Peru in Quito on Tuesday."), "04")
    assert got == [("046", "CHL", "PER"), ("046", "PER", "CHL")], got
    for text in ("Diplomatic ties between Qatar and Chad were restored in 2021.",
                 "Diplomatic relations were established between Chile and Peru in 1990."):
        got = _dyads(code(coder, text), "05")
        assert [d[1:] for d in got] in ([("CHL", "PER"), ("PER", "CHL")], [("QAT", "TCD"), ("TCD", "QAT")]), \
            (text, got)
    assert not _dyads(code(coder, "Diplomatic ties were restored in 2021."), "05")


def test_money_spent_to_support_a_service_is_no_diplomatic_support(coder):
    for text in ("The province spends four million dollars a year to support the police.",
                 "The council invested ten million pounds to support the fire brigade."):
        got = code(coder, text)
        assert not [e for e in got.events if e.cameo == "050"], (text, got.events)
    got = code(coder, "Norway voted to support Chile at the summit.")
    assert [(e.cameo, e.target and e.target.country) for e in got.events] == [("050", "CHL")], got.events
