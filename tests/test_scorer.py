"""The sentence scorer on hand-made events (no NLP)."""

from __future__ import annotations

from tacitus.evaluation.sentences import Case, Expected, score_case
from tacitus.model import Actor, Event, Trigger


def ev(code, src, tgt):
    def actor(c):
        return Actor(text=c, code=c, country=None, sector=None, start=0, end=1) if c else None

    return Event(
        doc_id="d",
        sentence_index=0,
        sentence="s",
        date=None,
        cameo=code,
        root=code[:2],
        quad_class=1,
        goldstein=0.0,
        plover_type=None,
        plover_mode=None,
        source=actor(src),
        target=actor(tgt),
        trigger=Trigger("t", 0, 1),
        modality="asserted",
        reported_by=None,
        confidence=0.5,
        rule="r",
    )


def test_exact_root_and_extra():
    case = Case("c", "s", None, [Expected("1313", "USAGOV", "RUSGOV"), Expected("190", "SYRMIL", None)])
    r = score_case(case, [ev("130", "USAGOV", "RUSGOV"), ev("190", "SYRMIL", None), ev("111", "USA", "RUS")])
    assert r.exact == [False, True]
    assert r.root == [True, True]
    assert r.extra == 1


def test_missing_target_must_be_missing():
    case = Case("c", "s", None, [Expected("190", "SYRMIL", None)])
    assert score_case(case, [ev("190", "SYRMIL", "SYRREB")]).exact == [False]


def test_each_produced_event_matches_once():
    case = Case("c", "s", None, [Expected("057", "MAR", "ISR"), Expected("057", "MAR", "ISR")])
    assert score_case(case, [ev("057", "MAR", "ISR")]).exact == [True, False]
