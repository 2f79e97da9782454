"""Coder v2: speakers lost on the way to their verb: the relative pronoun of a speaker's clause is no
second speaker ("Rep. X, who has accused …" is said by X), and a subject pronoun right after a speaker's
quotation is that speaker, whatever its verb ("He said, “…” He urged them to …"); a quote no cue
attributes goes on with the speaker of the quote before it, across nothing but that speaker's own sentence
(“We will …” after “…,” Musa said.).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code


def _reasons(coded, trigger):
    return [m.reason for m in coded.near_misses if m.trigger == trigger]


def _events(coded, trigger):
    return [e for e in coded.events if e.trigger.text == trigger]


# ------------------------------------------------------------- a relative clause of the speaker
def test_the_speaker_of_a_relative_clause_is_its_head(coder):
    c = code(coder, "Senator Maria Okafor, who has accused the Chinese government of hiding the outbreak, "
                    "will retire next year.")
    found = _events(c, "accused")
    assert found and found[0].source is not None and found[0].source.sector == "LEG"
    c = code(coder, "Mayor Tom Ruiz, who said on Monday that the state government had lied to voters, "
                    "left the party.")
    assert "no source actor" not in _reasons(c, "said")
    c = code(coder, "The video, which accuses the Chinese government of hiding the outbreak, went viral.")
    assert not _events(c, "accuses")  # (the head is no actor: still no one's)


# ------------------------------------------------------------- a speaker after his quotation
QUOTE = ("Defence Minister Ibrahim Musa visited the Kaduna academy on Thursday. He told the cadets: "
         "“You are joining at a hard time. The country faces many threats. You must obey the civil "
         "authority. You must protect our young democracy.”")


def test_a_subject_pronoun_after_a_quotation_is_its_speaker(coder):
    c = code(coder, QUOTE + " He, however, urged the Nigerian army to respect the rights of civilians.")
    found = _events(c, "urged")
    assert found and found[0].source is not None and found[0].source.code == "NGAGOV"
    # a sentence of narrative between the quote and the pronoun: no speaker carried across it
    c = code(coder, QUOTE + " The ceremony ended at noon. Rain fell. The band played. He, however, urged the "
                            "Nigerian army to respect the rights of civilians.")
    assert not any(e.source is not None and e.source.code == "NGAGOV" for e in _events(c, "urged"))


# ------------------------------------------------------------- a quote no cue attributes
def _we_sources(coded):
    return {a.code for a in coded.actors if a.text == "We"}


def test_an_unattributed_quote_goes_on_with_the_speaker_before(coder):
    opening = ("Defence Minister Ibrahim Musa of Nigeria spoke in Abuja on Monday.\n\n"
               "“The soldiers will not give up,” Musa said. “The war is long.”\n\n")
    c = code(coder, opening + "“The army is strong. We will negotiate with the rebels next week.”")
    assert _we_sources(c) == {"NGAGOV"}
    found = _events(c, "negotiate")
    assert found and found[0].source is not None and found[0].source.code == "NGAGOV"
    # across a sentence of his own ("The Defence Minister was angry …")
    c = code(coder, opening + "The Defence Minister was angry with the rebels.\n\n"
                              "“We will negotiate with the rebels next week.”")
    assert _we_sources(c) == {"NGAGOV"}
    # not across another person's sentence: a new speaker, whom no cue names
    c = code(coder, opening + "Governor Ada Bello of Kano State spoke later.\n\n"
                              "“We will negotiate with the rebels next week.”")
    assert not _we_sources(c)


def test_a_quote_after_someone_elses_sentence_is_not_carried_on(coder):
    # a sentence between opening at the closing mark (no paragraph break): still not the speaker's
    c = code(coder, "Defence Minister Ibrahim Musa of Nigeria spoke in Abuja on Monday. \"The soldiers will "
                    "not give up,\" Musa said, \"and the war is long.\" Anger grew when the rebels burned "
                    "the market. \"We will negotiate with the rebels next week.\"")
    assert "NGAGOV" not in _we_sources(c)


def test_a_quote_with_words_outside_its_marks_is_not_carried_on(coder):
    # a speaker after the quote that no cue names ("…,” a commander known as Tiger later smiled)
    c = code(coder, "Defence Minister Ibrahim Musa of Nigeria spoke in Abuja on Monday.\n\n"
                    "“The soldiers will not give up,” Musa said. “The war is long.”\n\n"
                    "“We will negotiate with the army next week,” a rebel commander known as Tiger later "
                    "smiled at a film maker.")
    assert "NGAGOV" not in _we_sources(c)
