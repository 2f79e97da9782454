"""Verbal conflict judged from what is said: a speech act whose content is a negative evaluation of a party
(every sentence here is ours, written for the test)."""

from __future__ import annotations

from coded_events import code, triples


def speech_events(coded):
    return [e for e in coded.events if e.trigger.text in ("said", "says", "told", "added")]


# ---------------------------------------------------------------- evaluative words
def test_a_measure_called_draconian_criticises_its_author(coder):
    c = code(coder, "Opposition leader Keir Starmer said the government's lockdown rules were draconian and "
                    "utterly disproportionate.")
    assert ("111", "GBROPP", "GBRGOV") in triples(c)
    assert "speech:disparaging=draconian" in speech_events(c)[0].rule  # the word that fired is the evidence


def test_saying_a_party_violated_the_law_accuses_it(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon had violated federal law by withholding the "
                    "funds.")
    assert ("112", "USALEG", "USAMIL") in triples(c)
    assert "speech:accusing=violated" in speech_events(c)[0].rule


def test_a_phrase_of_judgement_is_named_in_the_evidence(coder):
    c = code(coder, "Senator Susan Collins criticised Beijing on Monday. She said the new tariffs imposed by "
                    "China were an economic dead end.")
    said = speech_events(c)
    assert [(e.cameo, e.target.country) for e in said] == [("111", "CHN")]
    assert "speech:disparaging=dead end" in said[0].rule


def test_a_virtue_denied_to_a_partys_policy_is_criticism(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon's new spending rules were not productive.")
    assert ("111", "USALEG", "USAMIL") in triples(c)


def test_a_denied_violation_or_a_denied_judgement_accuses_no_one(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon had not violated federal law.")
    assert not any(e.cameo.startswith("11") for e in c.events)
    c = code(coder, "Senator Susan Collins said the Pentagon's spending rules were not counterproductive.")
    assert not any(e.cameo.startswith("11") for e in c.events)


def test_judging_the_weather_criticises_no_one(coder):
    c = code(coder, "Senator Susan Collins said the storm was devastating and the flood damage "
                    "disproportionate.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- the party judged is the story's topic
def test_a_virtue_denied_of_what_the_story_tells_criticises_its_author(coder):
    c = code(coder, "The Kremlin expelled two British diplomats on Monday. \"This is not legitimate,\" "
                    "Foreign Secretary Boris Johnson said.")
    said = speech_events(c)
    assert [(e.cameo, e.source.code, e.target.code) for e in said] == [("111", "GBRGOV", "RUSGOV")]
    assert "speech:disparaging+topic=legitimate" in said[0].rule


def test_a_judging_word_denied_of_the_topic_criticises_no_one(coder):
    for quote in ("This is not bad", "I do not think this is fair"):
        c = code(coder, f"The Kremlin expelled two British diplomats on Monday. \"{quote},\" Foreign "
                        "Secretary Boris Johnson said.")
        assert speech_events(c) == []


# ---------------------------------------------------------------- phrases under a negation
def test_a_phrase_of_judgement_under_a_negation_accuses_no_one(coder):
    c = code(coder, "Senator Susan Collins said the Pentagon was in breach of the law.")
    assert ("112", "USALEG", "USAMIL") in triples(c)
    c = code(coder, "Senator Susan Collins said the Pentagon was not in breach of the law.")
    assert not any(e.cameo.startswith("11") for e in c.events)


# ---------------------------------------------------------------- whom a judged act is aimed at
def test_whom_a_judged_measure_is_aimed_at_is_not_the_one_judged(coder):
    c = code(coder, "Senator Susan Collins said the sanctions against Iran were illegal.")
    assert not any(e.cameo.startswith("11") for e in c.events)
    c = code(coder, "Senator Susan Collins said the Pentagon's sanctions against Iran were illegal.")
    assert [e.target.code for e in speech_events(c)] == ["USAMIL"]


# ---------------------------------------------------------------- naming a party with a judgement
def test_calling_a_party_a_name_the_parse_reads_as_a_second_object_is_criticism(coder):
    c = code(coder, "Senator Bob Casey called Trump a liar.")
    assert triples(c) == [("111", "USALEG", "USAELI")]  # not a telephone call (041)
    c = code(coder, "Senator Bob Casey called Trump on Tuesday.")
    assert [e.cameo for e in c.events] == ["041"]


def test_calling_a_party_reckless_when_the_parse_folds_the_name_into_the_predicate(coder):
    c = code(coder, "Senator Bob Casey called Trump reckless.")
    assert triples(c) == [("111", "USALEG", "USAELI")]
    c = code(coder, "Senator Bob Casey called Trump brave.")
    assert triples(c) == []


def test_a_dehumanising_name_for_a_people_is_criticism(coder):
    c = code(coder, "Israeli lawmaker Avi Cohen described the Palestinians as insects.")
    assert [(e.cameo, e.target.code[:3]) for e in c.events] == [("111", "PSE")]
    c = code(coder, "Israeli lawmaker Avi Cohen described the Palestinians as neighbours.")
    assert c.events == []
