"""Coder v2, session 21l: pronoun and quantifier subjects (every sentence here is ours, for the test)."""

from __future__ import annotations

from coded_events import code, triples


# ---------------------------------------------------------------- a voice owned by a pronoun
def test_a_spokesman_owned_by_a_pronoun_speaks_for_its_antecedent(coder):
    c = code(coder, "Turkish President Recep Tayyip Erdogan toured Izmir on Monday. "
                    "His spokesman accused Greece of provocations in the Aegean.")
    assert ("1123", "TURGOV", "GRC") in triples(c)
    c = code(coder, "The Chinese foreign ministry issued a statement on Friday. "
                    "Its spokeswoman accused Japan of provocations.")
    assert ("1123", "CHNGOV", "JPN") in triples(c)


def test_an_aide_or_office_tied_to_a_pronoun_by_a_preposition_or_possessive(coder):
    c = code(coder, "Senator Elizabeth Warren spoke in Boston on Monday. "
                    "An aide to her accused the Pentagon of hiding the costs.")
    assert ("112", "USALEG", "USAMIL") in triples(c)
    c = code(coder, "Senator Elizabeth Warren spoke in Boston on Monday. "
                    "Her office accused the Pentagon of hiding the costs.")
    assert ("112", "USALEG", "USAMIL") in triples(c)


def test_a_private_persons_spokesman_is_no_actor(coder):
    c = code(coder, "John Smith, a retired plumber, was arrested on Monday. "
                    "His spokesman accused the police of brutality.")
    assert not any(e.sentence_index == 1 for e in c.events)


# ---------------------------------------------------------------- "both", "the two sides": two parties before
def test_both_and_the_two_sides_act_for_each_of_the_two_parties_coordinated_before(coder):
    c = code(coder, "Armenia and Azerbaijan signed a truce on Monday. "
                    "Both accused Russia of stoking the conflict.")
    assert {t for t in triples(c) if t[0] == "112"} == {("112", "ARM", "RUS"), ("112", "AZE", "RUS")}
    c = code(coder, "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris. "
                    "The two leaders criticized Iran for the attack.")
    assert {t for t in triples(c) if t[0] == "111"} == {("111", "FRAGOV", "IRN"), ("111", "DEUGOV", "IRN")}


def test_both_with_no_two_parties_named_before_is_no_actor(coder):
    c = code(coder, "Russian President Vladimir Putin met Chinese leaders on Monday. "
                    "Both accused the United States of provocations.")
    assert not any(e.sentence_index == 1 for e in c.events)
    c = code(coder, "Armenia, Georgia and Azerbaijan signed a pact. "
                    "The two countries accused Russia of meddling.")
    assert not any(e.sentence_index == 1 for e in c.events)


def test_an_office_owned_by_a_pronoun_is_a_voice_only_as_a_subject(coder):
    c = code(coder, "Senator Elizabeth Warren spoke in Boston on Monday. "
                    "She met Pentagon officials in her office.")
    assert not any(a.rule.endswith("+voice") for a in c.actors)
