"""Event confidence: the features of a reading, the weights file, and the scores the parse coder gives."""

from __future__ import annotations

import math

import pytest

from tacitus.evaluation.suites.news_gold import auc
from tacitus.events.confidence import BIAS, ConfidenceModel, features
from tacitus.model import Actor, Event, Trigger


def _event(rule="verb:arrest/verb", source=("FRACOP", "FRA", "COP", "agent:police"),
           target=("FRACVL", "FRA", "CVL", "agent:man+inherit:sentence-country"), sentence_index=5,
           modality="asserted") -> Event:
    def actor(spec):
        if spec is None:
            return None
        code, country, sector, rule = spec
        return Actor(text=code, code=code, country=country, sector=sector, start=0, end=1, rule=rule)

    return Event(doc_id="d", sentence_index=sentence_index, sentence="…", date=None, cameo="173", root="17",
                 quad_class=4, goldstein=-5.0, plover_type="ARREST", plover_mode=None, source=actor(source),
                 target=actor(target), trigger=Trigger("arrested", 0, 8), modality=modality, reported_by=None,
                 confidence=0.0, rule=f"{rule}; modality: {modality}")


def test_features_describe_the_reading_and_how_each_actor_was_found():
    f = features(_event(rule="verb:accuse[prep=with,lemma=charge]/verb"))
    assert {"root:17", "code:173", "entry:verb:accuse", "context:verb", "modality:asserted", "refined:prep",
            "refined:lemma", "source:sector:COP", "source:found:agent", "source:country-known",
            "target:flag:inherit", "same-country"} <= set(f)
    assert "target:none" in features(_event(target=None))


def test_features_tell_a_reported_dated_or_quoted_reading():
    from dataclasses import replace

    e = _event()
    assert not {"reported", "dated", "quoted"} & set(features(e))
    told = replace(e, reported_by=e.source, date_text="Monday", sentence='He said: "they arrested me"',
                   trigger=Trigger("arrested", 1000 + 20, 1000 + 28))
    assert {"reported", "dated", "quoted"} <= set(features(told))


def test_document_features_count_the_story_around_the_event():
    a, b = _event(sentence_index=1), _event(sentence_index=7)
    f = features(a, [a, b])
    assert {"dyad-told-again", "sentence-events:1", "story-opening"} <= set(f)
    alone = features(b, [b])
    assert "dyad-told-again" not in alone and "story-opening" not in alone


def test_the_model_is_a_logistic_score_of_its_weights():
    model = ConfidenceModel.parse(f"# a comment\n{BIAS}\t-1.0\nroot:17\t2.0\nunseen:feature\t5.0\n")
    assert model.bias == -1.0 and model.weights == {"root:17": 2.0, "unseen:feature": 5.0}
    assert model.score(_event()) == round(1 / (1 + math.exp(-1.0)), 3)
    again = ConfidenceModel.parse(model.to_tsv("trained on nothing"))
    assert again == model
    with pytest.raises(ValueError, match="line 2"):
        ConfidenceModel.parse(f"{BIAS}\t0\nroot:17 2.0\n")


def test_the_packaged_model_says_how_it_was_trained():
    text = ConfidenceModel.default().to_tsv("")
    assert ConfidenceModel.default().weights
    from tacitus.yamlio import data_text

    header = data_text("events/confidence.tsv").splitlines()[:4]
    assert any("news-gold dev" in line for line in header) and "(bias)" in text


def test_auc_is_the_chance_a_right_event_scores_above_a_wrong_one():
    assert auc([(0.9, True), (0.1, False)]) == 1.0
    assert auc([(0.1, True), (0.9, False)]) == 0.0
    assert auc([(0.5, True), (0.5, False), (0.7, True)]) == 0.75
    assert auc([(0.5, True)]) is None


def test_the_parse_coder_scores_each_event_with_the_model(coder):
    c = coder.code_text("Police in Paris arrested three men on Monday. French police later charged the men.")
    assert c.events and all(0.0 < e.confidence < 1.0 for e in c.events)
    model = ConfidenceModel.default()
    assert [e.confidence for e in c.events] == [model.score(e, c.events) for e in c.events]


def test_the_fast_coder_scores_with_its_own_model():
    from tacitus.pipeline import Coder, CodingOptions

    c = Coder(CodingOptions(fast=True)).code_text("Russian airstrikes killed civilians. Turkey met Iran.")
    assert c.events
    model = ConfidenceModel.default("fast")
    assert model is not ConfidenceModel.default() and model.weights
    assert [e.confidence for e in c.events] == [model.score(e, c.events) for e in c.events]


def test_reasons_name_the_features_that_move_a_score_most():
    model = ConfidenceModel.parse(f"{BIAS}\t0\nroot:17\t-0.2\nsource:sector:COP\t0.9\nsame-country\t0.1\n")
    assert model.reasons(_event(), n=2) == [("source:sector:COP", 0.9), ("root:17", -0.2)]
    from dataclasses import replace

    assert ConfidenceModel.of(_event()) is ConfidenceModel.default()
    fast = replace(_event(), rule="fast:verb:arrest/verb")
    assert ConfidenceModel.of(fast) is ConfidenceModel.default("fast")


def test_explain_says_why_an_event_has_its_confidence(coder):
    import io

    from rich.console import Console

    from tacitus.cli.explain import render

    out = io.StringIO()
    render(coder.code_text("Russian airstrikes killed civilians in Aleppo on Monday."), color=False,
           console=Console(file=out, width=200))
    line = next(x for x in out.getvalue().splitlines() if "confidence:" in x)
    assert "(" in line and any(sign in line for sign in ("+0.", "-0."))
