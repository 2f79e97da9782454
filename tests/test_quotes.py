"""Quotes: direct (curly/straight, interrupted, across paragraphs) and indirect speech with speakers."""

from __future__ import annotations

from tacitus.enrich.quotes import direct_spans, find_quotes
from tacitus.evaluation.enrich_eval import normalise_span


def test_direct_spans_pairs_and_paragraphs():
    text = 'He said: "We will not leave.\n\n"This is our land," he added.\nShe called it “a «disaster»”.'
    spans = [text[s:e] for s, e in direct_spans(text)]
    assert spans[0].startswith("We will not leave.") and spans[0].endswith("This is our land,")
    assert "a «disaster»" in spans


def test_direct_quote_speaker(coder):
    text = "“We will not allow the city to fall,” Syrian President Bashar al-Assad said on Sunday."
    doc = coder.nlp(text)
    qs = find_quotes(doc, coder.actors.resolve(doc))
    (q,) = [q for q in qs if q.kind == "direct"]
    assert q.text == "We will not allow the city to fall,"
    assert q.speaker_text == "Syrian President Bashar al-Assad"
    assert q.speaker is not None and q.speaker.code.startswith("SYR")


def test_interrupted_quote_is_one(coder):
    text = "“The talks have failed,” the envoy said, “and the fighting will go on for months.”"
    qs = find_quotes(coder.nlp(text))
    (q,) = qs
    assert q.kind == "direct" and q.text.startswith("The talks") and q.text.endswith("for months.")
    assert q.speaker_text == "the envoy"


def test_indirect_speech(coder):
    text = "Russian Foreign Minister Sergei Lavrov said that Moscow would veto the resolution."
    doc = coder.nlp(text)
    (q,) = find_quotes(doc, coder.actors.resolve(doc))
    assert q.kind == "indirect" and q.text == "Moscow would veto the resolution"
    assert q.speaker_text == "Russian Foreign Minister Sergei Lavrov" and q.speaker.code == "RUSGOV"


def test_according_to(coder):
    text = (
        "Dozens of civilians were killed in the raid, according to the Syrian Observatory for Human Rights."
    )
    (q,) = find_quotes(coder.nlp(text))
    assert q.text.startswith("Dozens of civilians") and q.speaker_text.endswith("Human Rights")


def test_normalise_span():
    assert normalise_span("“that we will win.”") == "we will win"


def _quotes(nlp, text):
    return [(q.kind, q.text, q.speaker_text) for q in find_quotes(nlp(text))]


def test_doubled_apostrophe_quotes():
    text = "''We will rebuild the bridge before winter,'' the mayor said.\n''It is not enough,'' he added."
    assert [text[s:e] for s, e in direct_spans(text)] == [
        "We will rebuild the bridge before winter,",
        "It is not enough,",
    ]


def test_paragraph_opening_right_quote_opens():
    text = "”The city needs new schools and safer streets.” ― Maria Lopez\nOther news."
    assert [text[s:e] for s, e in direct_spans(text)] == ["The city needs new schools and safer streets."]


def test_dash_byline_names_speaker(nlp):
    text = "“The city needs new schools and safer streets.” ― Maria Lopez\n“We want jobs.” ― Tom Baker."
    assert [(q, s) for _, q, s in _quotes(nlp, text)] == [
        ("The city needs new schools and safer streets.", "Maria Lopez"),
        ("We want jobs.", "Tom Baker"),
    ]


def test_quote_interrupted_across_sentences(nlp):
    text = (
        "“Why did nobody warn us?” said Jane Doe, a spokeswoman for the ministry. "
        "“The river rose in two hours and the roads were closed.”"
    )
    (q,) = find_quotes(nlp(text))
    assert q.text.startswith("Why did nobody") and q.text.endswith("were closed.")
    assert q.speaker_text == "Jane Doe, a spokeswoman for the ministry"


def test_attribution_in_next_sentence(nlp):
    text = "“The talks failed. Nobody came to the table.” The envoy said. “We will try again in May.”"
    quotes = find_quotes(nlp(text))
    assert quotes[0].text.startswith("The talks failed") and quotes[0].speaker_text == "The envoy"


def test_colon_introduces_quote(nlp):
    text = 'The governor said:\n\n"We will not raise taxes this year, whatever the deficit."'
    (q,) = find_quotes(nlp(text))
    assert q.kind == "direct" and q.speaker_text == "The governor"


def test_mixed_quote_is_the_clause(nlp):
    text = "The minister said the deal was “a historic step for both nations.”"
    (q,) = find_quotes(nlp(text))
    assert q.text == "the deal was “a historic step for both nations."
    assert q.speaker_text == "The minister"


def test_parenthetical_attribution(nlp):
    text = "The talks, the envoy said, would resume in Geneva next week."
    (q,) = find_quotes(nlp(text))
    assert q.text == "The talks, the envoy said, would resume in Geneva next week"
    assert q.speaker_text == "the envoy"


def test_intent_cues(nlp):
    assert _quotes(nlp, "The senator urged Congress to pass the bill.") == [
        ("indirect", "Congress to pass the bill", "The senator")
    ]
    assert _quotes(nlp, "The union called for a general strike.") == [
        ("indirect", "a general strike", "The union")
    ]
    assert _quotes(nlp, "The general vowed to rebuild the army.") == [
        ("indirect", "to rebuild the army", "The general")
    ]


def test_noun_cue_with_possessor(nlp):
    text = "Officials rejected the minister's claim that the border was closed."
    assert _quotes(nlp, text) == [("indirect", "the border was closed", "the minister's")]


def test_speaker_keeps_closing_bracket(nlp):
    text = "Sen. Jane Doe (D-Ore.) said the vote would be close."
    assert _quotes(nlp, text) == [("indirect", "the vote would be close", "Sen. Jane Doe (D-Ore.)")]


def test_content_stops_before_speakers_next_act(nlp):
    text = "The minister said the army would withdraw from the city, arguing that the truce held."
    assert _quotes(nlp, text) == [
        ("indirect", "the army would withdraw from the city", "The minister"),
        ("indirect", "the truce held", "The minister"),
    ]


def test_subject_of_participle_cue(nlp):
    text = "The president spoke in Ohio on Monday, saying that the economy was strong."
    assert _quotes(nlp, text) == [("indirect", "the economy was strong", "The president")]


def test_content_without_opening_conjunction(nlp):
    text = "The plan passed. But the plan will fail, the senator said."
    assert _quotes(nlp, text) == [("indirect", "the plan will fail", "the senator")]


def test_asked_whether_is_not_a_statement(nlp):
    assert find_quotes(nlp("The reporter asked whether the border was open.")) == []


def test_transcript_lines_inside_quote_marks(nlp):
    text = '"SMITH: We have to act now on the budget.\n\n"JONES: I disagree with that completely.'
    assert [(q, s) for _, q, s in _quotes(nlp, text)] == [
        ("We have to act now on the budget.", "SMITH"),
        ("I disagree with that completely.", "JONES"),
    ]


def test_naming_verbs(nlp):
    assert _quotes(nlp, "The mayor called the new budget a disaster for the city.") == [
        ("indirect", "the new budget a disaster for the city", "The mayor")
    ]
    assert _quotes(nlp, "The senator described the strike as a threat to the economy.") == [
        ("indirect", "the strike as a threat to the economy", "The senator")
    ]
    # "called" without a second complement is not a characterisation
    assert find_quotes(nlp("The mayor called the police.")) == []


def test_complement_after_the_verb_is_preferred(nlp):
    text = "Speaking to reporters who asked about the vote, the minister said that the count was fair."
    assert ("indirect", "the count was fair", "the minister") in _quotes(nlp, text)


def test_has_quote_counts_doubled_apostrophes():
    from tacitus.evaluation.enrich_eval import _has_quote

    text = "He said ''we will win'' and left."
    assert _has_quote(text, 8, 23) and not _has_quote(text, 0, 7)
