"""Coder v2: speakers the story names but the coder lost: a quote closed by a doubled right single quote
("“… the workers’’", as some papers print it) ends there, not at the paragraph's end; a saying verb
parsed with two subjects ("The offer, de Wit said, shows …") is said by the one next to the verb.

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code
from tacitus.enrich.quote_marks import direct_spans


def _reasons(coded, trigger):
    return [m.reason for m in coded.near_misses if m.trigger == trigger]


# ------------------------------------------------------------- a quote closed by ’’
def test_a_doubled_right_single_quote_closes_a_quote():
    text = "Okoro spoke. “Obi is an honest man’’. He also said the police lied."
    spans = direct_spans(text)
    assert [text[s:e] for s, e in spans] == ["Obi is an honest man"]
    text = "Okoro spoke. ''Obi is an honest man’’. He left."
    assert [text[s:e] for s, e in direct_spans(text)] == ["Obi is an honest man"]
    text = "“We will stay,” she said. He left."  # (curly pairs close as before)
    assert [text[s:e] for s, e in direct_spans(text)] == ["We will stay,"]


# ------------------------------------------------------------- two subjects on a saying verb
def test_the_speaker_next_to_the_verb_says_a_fronted_content(coder):
    c = code(coder, "Finance Minister Anna de Wit met the premiers on Sunday. The federal offer, de Wit said "
                    "in an interview, shows that Prime Minister Carney is a liar.")
    assert _reasons(c, "said") and "no source actor" not in _reasons(c, "said")
    c = code(coder, "Finance Minister Anna de Wit met the premiers on Sunday. The new rules, de Wit said on "
                    "Monday, would punish farmers, and she accused Ottawa of ignoring them.")
    assert "no source actor" not in _reasons(c, "said")
    c = code(coder, "Mayor Jones said on Monday that the council had failed the town.")  # (one subject)
    assert "no source actor" not in _reasons(c, "said")



# ------------------------------------------------------------- every rejected reading is told
def test_each_rejected_reading_of_a_word_tells_its_own_reason(coder):
    """'called X a liar' with no known speaker: the name-calling reading fails for want of a source, and that
    reason is listed beside the phone-call and demand readings' (before, only the first reading was told)."""
    c = code(coder, "He called Okafor a liar at the rally in Lagos on Monday, the newspaper reported.")
    assert c.events == []
    reasons = _reasons(c, "called")
    assert "no source actor" in reasons and len(reasons) >= 2
