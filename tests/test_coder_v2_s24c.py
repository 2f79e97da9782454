"""Coder v2, session 24 (c): whom an act is aimed at (our sentences, written in the style of news)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- the doer of the act faulted
def test_condemning_an_act_done_by_someone_faults_its_doer(coder):
    # the parse hangs "by Egyptian police" on "condemned"; it names who made the arrests
    c = code(coder, "The French foreign minister condemned the arrests by Egyptian police.")
    assert ("111", "FRAGOV", "EGYCOP") in triples(c)


def test_condemning_by_a_means_names_no_target(coder):
    c = code(coder, "The French foreign minister condemned the arrests by telephone.")
    assert not [e for e in c.events if e.root == "11" and e.target is not None]


# ---------------------------------------------------------------- premises that stand for their company
def test_the_facility_refers_back_to_the_company_named_before(coder):
    c = code(coder, "Miami Seaquarium has lost several animals this year. Federal inspectors opened an "
                    "inspection of the facility on Monday.")
    assert [(e.root, e.target.sector) for e in c.events if e.sentence_index == 1] == [("09", "BUS")]


def test_a_facility_with_no_company_before_it_is_no_actor(coder):
    c = code(coder, "The city council met on Monday. Federal inspectors opened an inspection of the "
                    "facility.")
    assert not [e for e in c.events if e.sentence_index == 1 and e.target is not None]


# ---------------------------------------------------------------- a recalled envoy
def test_a_recalled_ambassador_aims_the_recall_at_the_country_of_his_post(coder):
    c = code(coder, "The Czech government decided to recall its ambassador to Belarus. After the cabinet "
                    "meeting, the foreign minister said the ambassador was recalled for consultations.")
    assert [(e.root, e.target.code[:3]) for e in c.events if e.sentence_index == 1] == [("16", "BLR")]


def test_an_ambassador_posted_nowhere_named_is_not_aimed_at(coder):
    c = code(coder, "The Czech foreign minister said the ambassador was recalled for consultations.")
    assert not [e for e in c.events if e.root == "16" and e.target is not None and
                e.target.code[:3] != "CZE"]
