"""Coder v2: the subject of an "as" clause the parse took for a preposition's object (our sentences)."""

from __future__ import annotations

from coded_events import code, root_triples


def test_an_as_on_the_clause_verb_itself_names_its_subject(coder):
    c = code(coder, "The purpose of the visit is to deepen trade with \"our closest partners,\" as Chairman "
                    "of the Defence Committee of the National Assembly Pierre Dubois praised the German "
                    "government.")
    assert ("05", "DEU") in [(r, t and t[:3]) for r, s, t in root_triples(c)]


def test_a_headline_as_clause_buried_in_the_subject_names_the_doer(coder):
    c = code(coder, "Thousands of jobs at risk as business owners and teachers slam 'devastating' Dublin "
                    "government")
    assert sorted((r, s, t) for r, s, t in root_triples(c)) == [("11", "IRLBUS", "IRLGOV"),
                                                                 ("11", "IRLEDU", "IRLGOV")]
    # an "as" phrase on the subject itself is no clause: the senator criticises as chairman
    c = code(coder, "Senator Tom Harkin of Iowa as chairman criticized the Chinese government.")
    assert ("11", "USALEG", "CHNGOV") in root_triples(c)


def test_both_subjects_on_the_verb_the_one_after_as_does_it(coder):
    c = code(coder, "Thousands of jobs at risk as Irish nurses and farmers slam 'devastating' Dublin "
                    "government")
    assert ("11", "IRLHLH", "IRLGOV") in root_triples(c)
