"""Coder v2: a defendant's appearance in court on charges, on bail or in custody is the court's act on him
(173, guide §5: arraignment, remand); a witness's or a lawyer's appearance is none, nor a failure to
appear; an appearance told with the remand or charge it led to is one act. A gang or a ring busted and a
suspect snared in a manhunt are arrests.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _custody(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.sector, e.modality)
            for e in c.events if e.cameo == "173"]


def test_a_defendant_appearing_in_court_is_the_courts_act_on_him(coder):
    for text in ("Three men appeared in court in Leeds on burglary charges on Monday.",
                 "The two brothers will appear on bail at Wexford District Court on Friday.",
                 "Two teenagers appeared before a judge in custody after the break-in at the pharmacy."):
        got = _custody(code(coder, text))
        assert got and got[0][:3] == ("173", "JUD", "CVL"), (text, got)


def test_a_witness_or_a_lawyer_appearing_in_court_is_no_court_act(coder):
    for text in ("The detective appeared in court to testify about the burglary charges.",
                 "The mayor appeared in court on Monday in a dispute over his parking space."):
        assert _custody(code(coder, text)) == [], text


def test_a_failure_to_appear_in_court_is_no_appearance(coder):
    text = "A warrant was issued for his failure to appear in court on the theft charges."
    got = _custody(code(coder, text))
    assert all(m == "negated" for c, s, t, m in got if t == "CVL" and s == "JUD"), got


def test_an_appearance_told_with_the_remand_is_one_act(coder):
    got = _custody(code(coder, "A 40-year-old man was remanded in custody after appearing in court on nine "
                               "counts of fraud."))
    assert len(got) == 1, got


def test_a_ring_busted_or_a_suspect_snared_is_arrested(coder):
    for text in ("A car theft ring was busted in Denver last week, the sheriff announced.",
                 "The fugitive was snared in a three-state manhunt on Sunday."):
        got = _custody(code(coder, text))
        assert got and got[0][:2] == ("173", "COP"), (text, got)
