"""The coder against our 213-sentence regression set: floors that may only go up.

The per-root figures are in docs/ACCURACY.md (scripts/update_accuracy.py). The floors below sit just under
the measured figures so a regression fails the build; raise them when the coder improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.evaluation.sentences import load_cases, score

FIXTURES = Path(__file__).parent / "fixtures" / "coding_sentences.yaml"

EXACT_RECALL_FLOOR = 0.29
ROOT_RECALL_FLOOR = 0.35
EXTRA_RATE_CEILING = 0.40
NO_EVENT_PRECISION_FLOOR = 0.90


@pytest.fixture(scope="module")
def result(coder):
    return score(load_cases(FIXTURES), coder)


def test_exact_recall_floor(result):
    assert result.exact_recall() >= EXACT_RECALL_FLOOR


def test_root_recall_floor(result):
    assert result.root_recall() >= ROOT_RECALL_FLOOR


def test_over_coding_ceiling(result):
    assert result.extra_rate() <= EXTRA_RATE_CEILING


def test_no_event_sentences_stay_empty(result):
    assert result.no_event_precision() >= NO_EVENT_PRECISION_FLOOR


def test_every_root_is_covered(result):
    assert set(result.per_root()) == {f"{i:02d}" for i in range(1, 21)}


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Wales beat Hungary 2-0 to earn a place in the finals.",
        "Switzerland beat Gibraltar in the qualifier on Sunday.",
        "Brazil defeated Argentina 3–1 in Rio.",
    ],
)
def test_match_results_are_not_events(text, fast):
    from tacitus.pipeline import Coder, CodingOptions

    assert Coder(CodingOptions(fast=fast)).code_text(text).events == []


def test_military_defeats_are_still_coded():
    from tacitus.pipeline import Coder, CodingOptions

    events = Coder(CodingOptions(one_party=True)).code_text(  # ("a rebel assault" names no actor yet)
        "Syrian forces beat back a rebel assault on the town.").events
    assert [e.source.code for e in events] == ["SYRMIL"]
