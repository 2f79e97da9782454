"""Coder v2: a suspect described in passing by a participle inside another act's prepositional phrase
("charges against a man accused of …") is no accusation of the story's: the deed is coded as claimed, with no
112 by an implied court; a suspect the sentence is about ("a man accused of … appeared in court", "who was
accused of …") keeps the 112. A university's head angry at a public measure criticises it (111).

Every sentence here is ours, written for the test."""

from __future__ import annotations

from coded_events import code, sector_triples


def test_a_suspect_described_inside_another_acts_phrase_is_no_accusation(coder):
    for text in ("Prosecutors dropped the charges against a Dayton man accused of robbing a bank.",
                 "A plea deal was discussed for Mara Quinlan, a Salem woman accused of poisoning her uncle.",
                 "The lawyer for a farmer accused of stabbing a deputy asked for a new hearing."):
        got = sector_triples(code(coder, text))
        assert not [g for g in got if g[0].startswith("112")], (text, got)
    for text in ("A Dayton man accused of robbing a bank appeared in court on Monday.",
                 "Lyle Ferris, who is accused of robbing a bank, appeared in court on Monday."):
        got = sector_triples(code(coder, text))
        assert [g for g in got if g[0].startswith("112")], (text, got)


def test_a_university_head_angry_at_a_public_measure_criticises_it(coder):
    text = "Vice-chancellors reacted angrily to the government's cuts to research grants."
    got = sector_triples(code(coder, text))
    assert [g for g in got if g[0] == "111" and g[1] == "EDU"], got
    got = sector_triples(code(coder, "The rector was upset about the weather."))
    assert not [g for g in got if g[0] == "111"], got
