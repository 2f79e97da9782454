"""Two annotators on one page (eval/news-gold-second): matching annotator to annotator, and the counts of
one sentence the agreement suite adds up."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tacitus.evaluation.news_gold import GoldEvent, load_gold, match_pairs, same_gold
from tacitus.evaluation.suite import REPO_ROOT
from tacitus.evaluation.suites.news_gold_agreement import compare_sentence, f1


def _g(code, source, target, modality="asserted"):
    return GoldEvent(quote="q", trigger="t", code=code, source=source, target=target, modality=modality)


def _coded(code, source, target):
    def actor(c):
        return None if c is None else SimpleNamespace(code=c, country=c[:3] if c[:3] != "---" else None,
                                                     sector=c[3:])
    return SimpleNamespace(cameo=code, root=code[:2], source=actor(source), target=actor(target))


def test_two_annotators_agree_at_country_level_not_on_sectors_exactly():
    a, b = _g("111", "USAGOV", "RUSGOV"), _g("112", "USALEG", "RUSMIL")
    assert same_gold(a, b, "dyad") and same_gold(a, b, "root") and not same_gold(a, b, "exact")
    assert not same_gold(a, _g("111", "USAGOV", "UKRGOV"), "dyad")
    assert not same_gold(a, _g("120", "USAGOV", "RUSGOV"), "root")


def test_an_unknown_source_matches_no_source_from_either_side():
    assert same_gold(_g("173", "---COP", "USACVL"), _g("173", None, "USACVL"), "dyad")
    assert same_gold(_g("173", None, "USACVL"), _g("173", "---COP", "USACVL"), "dyad")
    assert not same_gold(_g("173", "USACOP", "USACVL"), _g("173", None, "USACVL"), "dyad")


def test_an_announced_visit_matches_the_other_annotators_intent_to_meet():
    visit = _g("042", "USAGOV", "UKRGOV", modality="future")
    assert same_gold(visit, _g("036", "USAGOV", "UKRGOV"), "dyad")
    assert same_gold(_g("036", "USAGOV", "UKRGOV"), visit, "dyad")


def test_pairs_are_one_to_one():
    left = [_g("111", "USAGOV", "RUSGOV"), _g("111", "USAGOV", "RUSGOV")]
    right = [_g("111", "USAGOV", "RUSGOV")]
    assert match_pairs(left, right, lambda x, y: same_gold(x, y, "dyad")) == [(0, 0)]
    assert f1(1, 2, 1) == 2 / 3 and f1(0, 0, 0) == 1.0


def test_sentence_counts_set_the_coder_beside_each_annotator():
    first = [_g("111", "USAGOV", "RUSGOV"), _g("0841", "RUSGOV", "UKRCVL")]
    second = [_g("112", "USAGOV", "RUSGOV"), _g("173", "UKRJUD", "UKRCVL")]
    coded = [_coded("111", "USAGOV", "RUSGOV"), _coded("173", "UKRJUD", "UKRCVL"),
             _coded("190", "RUSMIL", "UKR")]
    c, agreed = compare_sentence(first, second, coded)
    assert (c["first"], c["second"], c["coder"]) == (2, 2, 3)
    assert (c["agree_dyad"], c["agree_root"], c["agree_exact"]) == (1, 1, 0)
    assert (c["coder_first"], c["coder_second"], c["consensus"], c["coder_consensus"]) == (1, 2, 1, 1)
    assert c["coder_either"] == 2  # the 190 no annotator coded is the only wrong one
    assert agreed == [(0, 0)]


@pytest.mark.parametrize("folder", ["news-gold-second", "news-gold-second-bulk"])
def test_second_annotations_are_valid_and_each_has_a_first_annotation(folder):
    first = {a.key: a for a in load_gold(REPO_ROOT / "eval" / "news-gold")}
    second = load_gold(REPO_ROOT / "eval" / folder)
    assert len(second) >= 20
    for article in second:
        assert article.key in first and first[article.key].split == "dev" == article.split
        assert article.annotator and article.annotator != first[article.key].annotator


def test_page_bootstrap_intervals_hold_the_figure_and_narrow_with_more_pages():
    from collections import Counter

    from tacitus.evaluation.suites.news_gold import page_bootstrap

    few = [Counter(gold=10, pred=5, tp=4), Counter(gold=10, pred=5, tp=1)] * 5
    many = few * 10
    wide, narrow = page_bootstrap(few, rounds=500), page_bootstrap(many, rounds=500)
    assert wide["recall"][0] <= 0.25 <= wide["recall"][1]
    assert wide["precision"][0] <= 0.5 <= wide["precision"][1]
    assert narrow["recall"][1] - narrow["recall"][0] < wide["recall"][1] - wide["recall"][0]
    assert page_bootstrap([Counter(gold=4, pred=2, tp=2)], rounds=50) == {"recall": (0.5, 0.5),
                                                                           "precision": (1.0, 1.0)}
