"""Coder v2, wrong choices: a police search whose finding the sentence tells as a seizure is that seizure
(1711), not an inquiry (091) besides it; a search with nothing found stays an inquiry. Two persons of one
surname with other given names (a suspect and the prosecutor) keep apart: the bare surname is the first one
named, the story's subject, not the official named after him. Support given in kind ("supported X with
weapons") is aid (07x, guide §5), not diplomatic backing (050).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _codes(c):
    return [(e.cameo, e.source and e.source.sector, e.target and e.target.text) for e in c.events]


def test_a_search_that_found_contraband_is_the_seizure(coder):
    for text in ("Police searched the home of Dale Pruitt and found a quantity of cocaine in the kitchen.",
                 "While searching Dale Pruitt at the county jail, officers retrieved two baggies of heroin."):
        got = _codes(code(coder, text))
        assert any(c == "1711" for c, _, _ in got), (text, got)
        assert not any(c == "091" for c, _, _ in got), (text, got)


def test_a_search_with_nothing_found_stays_an_inquiry(coder):
    got = _codes(code(coder, "Detectives searched the home of Dale Pruitt on Tuesday."))
    assert any(c == "091" for c, _, _ in got), got


def _person_of(c, code_):
    return [(e.source and e.source.person, e.target and e.target.person, e.target and e.target.sector)
            for e in c.events if e.cameo == code_]


def test_a_bare_surname_stays_with_the_first_of_two_namesakes(coder):
    text = ("Dennis R. Holloway, 52, of Pine County, is held in the county jail on a parole violation, "
            "Prosecutor Margaret Holloway said. Holloway is accused of killing a neighbor in March.")
    got = _person_of(code(coder, text), "112")
    assert got and got[0][1] == "Dennis R. Holloway" and got[0][2] != "JUD", got


def test_a_surname_then_its_office_is_still_one_person(coder):
    text = ("Can Ostrander hold the seat? Supervisor Janet Ostrander said the county will not pay. "
            "Ostrander criticized Governor Mike Hale over the audit.")
    got = [(e.source and e.source.sector) for e in code(coder, text).events if e.cameo.startswith("11")]
    assert got and got[0] == "GOV", got


def test_support_given_in_kind_is_aid(coder):
    for text, want in (("Denmark supported Georgia with weapons and ammunition last year.", "072"),
                       ("Norway supported Chad with food and medicine after the floods.", "073")):
        got = [e.cameo for e in code(coder, text).events]
        assert want in got and "050" not in got, (text, got)
    got = [e.cameo for e in code(coder, "Denmark supported Georgia at the summit in Vilnius.").events]
    assert "050" in got, got
